"""The Bulk import tab up to the send: reading files, the phone column, the check, the preview."""

from __future__ import annotations

import codecs
import csv
import importlib
import threading
from pathlib import Path

import openpyxl
import pytest
from import_helpers import (
    LONG_NAME,
    SIGNATURE,
    TEMPLATE,
    WindowFactory,
    button,
    customer_rows,
    import_page,
    open_and_check,
    open_precheck,
    sample_rows,
    save_account,
    signed_in_args,
    summary_counts,
    summary_text,
    type_template,
    wait_checked,
    write_xlsx,
)
from multidata_checks import (
    assert_a_paint_asks_each_cell_once,
    assert_multidata_gives_what_data_gives,
    counting,
)
from PySide6.QtCore import (
    QMimeData,
    QPoint,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QMainWindow,
    QTableView,
    QTabWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from juhe_desk.domain.sheet_check import Verdict
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.ui.i18n import current_language
from juhe_desk.ui.models.campaign_model import CampaignModel
from juhe_desk.ui.models.paged_table import SORT_ROLE
from juhe_desk.ui.models.preview_model import (
    EXTRA_COST_BACKGROUND,
    PreviewModel,
    RowFilter,
)
from juhe_desk.ui.pages.import_page import ImportPage


@pytest.fixture
def page(window: QMainWindow) -> ImportPage:
    return import_page(window)


@pytest.fixture
def orders(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "订单.xlsx", sample_rows())


def preview_row(page: ImportPage, mobile: str) -> int:
    model = page.preview_model
    for row in range(model.rowCount()):
        if model.index(row, PreviewModel.COL_NUMBER).data() == mobile:
            return row
    raise AssertionError(f"{mobile} is not in the preview")



def test_the_tab_built_unseen_is_laid_out_and_painted_before_it_is_shown(
        qtbot: QtBot, window: QMainWindow, page: ImportPage) -> None:
    """Built by the window's start while another tab shows, the bulk tab is laid out at its
    tab's size and painted once into an image, a part at a time: the click on the tab then
    does not make all of it at once (some 20 ms of the GUI thread)."""
    stack = page.parentWidget()
    assert stack is not None and not page.isVisible()
    qtbot.waitUntil(lambda: page.size() == stack.size()
                    and page.preview_view.width() > page.width() // 3)
    assert not page.isVisible()
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert tabs is not None
    tabs.setCurrentWidget(page)
    qtbot.waitUntil(page.preview_view.isVisible)
    assert page.size() == stack.size()

def test_xlsx_with_title_row_and_float_numbers(qtbot: QtBot, page: ImportPage,
                                               orders: Path) -> None:
    counts = open_and_check(qtbot, page, orders)
    combo = page.findChild(QComboBox, "phoneColumnCombo")
    assert combo is not None and combo.currentText() == "手机号"
    # The numbers are checked before any text is typed; nothing can be sent yet.
    assert counts == [19, 1, 1, 0]
    assert not button(page, "startCampaignButton").isEnabled()

    type_template(qtbot, page, TEMPLATE)
    qtbot.waitUntil(lambda: "{" not in summary_text(page) and page.checked_rows is not None
                    and page.checked_rows.personalised, timeout=5000)
    assert wait_checked(qtbot, page) == [19, 1, 1, 0]  # valid, invalid, duplicate, opted out

    model = page.preview_model
    assert model.rowCount() == 21
    first = preview_row(page, "13800138001")
    # Sheet row 3: the title is row 1, the header row 2. The float came back as digits.
    assert model.index(first, PreviewModel.COL_ROW).data() == "3"
    text = model.index(first, PreviewModel.COL_TEXT).data()
    assert text == f"{SIGNATURE}张伟您好，您的订单SO20261100001已发货，请注意查收。"
    assert model.index(first, PreviewModel.COL_LENGTH).data() == str(len(text))
    assert model.index(first, PreviewModel.COL_PARTS).data() == "1"
    language = current_language()
    assert model.index(first, PreviewModel.COL_VERDICT).data() == Verdict.OK.text(language)

    invalid = preview_row(page, "1380013")
    assert model.index(invalid, PreviewModel.COL_VERDICT).data().startswith(
        Verdict.INVALID.text(language))
    duplicates = [r for r in range(model.rowCount())
                  if model.checked_row(r) is not None
                  and model.checked_row(r).verdict == Verdict.DUPLICATE]  # type: ignore[union-attr]
    assert len(duplicates) == 1

    long_row = preview_row(page, "13900139000")
    assert LONG_NAME in model.index(long_row, PreviewModel.COL_TEXT).data()
    assert model.index(long_row, PreviewModel.COL_PARTS).data() == "2"
    assert model.index(long_row, 0).data(Qt.ItemDataRole.BackgroundRole) == EXTRA_COST_BACKGROUND
    assert model.index(first, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "0.05" in model.index(long_row, PreviewModel.COL_EXTRA).data()  # 50 厘 more
    assert "0.05" in model.index(long_row, PreviewModel.COL_TEXT).data(
        Qt.ItemDataRole.ToolTipRole)
    details = page.findChild(QLabel, "planDetailsLabel")
    assert details is not None  # counted in the task runner, once the rows are checked
    qtbot.waitUntil(lambda: "20" in details.text(), timeout=5000)  # 18 + 2 SMS parts
    assert "1.00" in details.text()  # 20 x 50 厘
    assert button(page, "startCampaignButton").isEnabled()


def test_rows_are_checked_in_the_reader_process_that_read_them(
        qtbot: QtBot, page: ImportPage, orders: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No thread of the app checks the rows (it would hold the GIL the window needs): the
    reader process does, holding the sheet's rows from one message to the next."""
    from juhe_desk.domain import sheet_check
    from juhe_desk.domain.sheets.isolation import readers

    in_the_app: list[str] = []
    original = sheet_check.check_rows
    monkeypatch.setattr(sheet_check, "check_rows", lambda *a, **k: in_the_app.append(
        threading.current_thread().name) or original(*a, **k))
    sent: list[str] = []
    checking = importlib.import_module("juhe_desk.domain.sheets.checking")
    hold = checking._CheckExchange._hold
    monkeypatch.setattr(checking._CheckExchange, "_hold", lambda self, reader, key, *rest: (
        sent.append(key), hold(self, reader, key, *rest))[1])

    assert open_and_check(qtbot, page, orders) == [19, 1, 1, 0]
    type_template(qtbot, page, TEMPLATE)
    qtbot.waitUntil(lambda: page.checked_rows is not None
                    and page.checked_rows.personalised, timeout=10_000)
    assert wait_checked(qtbot, page) == [19, 1, 1, 0]
    assert page.checked_rows is not None and page.checked_rows.rows[0].text.endswith("请注意查收。")
    assert in_the_app == []
    # The process that read the rows kept them for every check: they were never sent back.
    assert page.data is not None and page.data.rows_key is not None
    assert sent == [] and any(r.holding == page.data.rows_key for r in readers._idle)

    readers.stop_all()  # another process checks next: the rows go to it, once
    type_template(qtbot, page, TEMPLATE + "谢谢")
    qtbot.waitUntil(lambda: page.checked_rows is not None
                    and page.checked_rows.rows[0].text.endswith("谢谢"),
                    timeout=10_000)
    type_template(qtbot, page, TEMPLATE)
    qtbot.waitUntil(lambda: page.checked_rows is not None
                    and page.checked_rows.rows[0].text.endswith("查收。"),
                    timeout=10_000)
    assert wait_checked(qtbot, page) == [19, 1, 1, 0]
    assert in_the_app == []
    assert sent == [page.data.rows_key]
    assert any(reader.holding == page.data.rows_key for reader in readers._idle)



def test_the_campaign_is_made_from_the_rows_in_a_job(
        qtbot: QtBot, page: ImportPage, orders: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Start goes through every row (the counts, the messages): not on the GUI thread."""
    from juhe_desk.ui.importing import campaign_launcher

    threads: list[str] = []
    original = campaign_launcher.SendCheck.of_checked_rows
    monkeypatch.setattr(campaign_launcher.SendCheck, "of_checked_rows", lambda *a, **k: (
        threads.append(threading.current_thread().name), original(*a, **k))[1])
    open_and_check(qtbot, page, orders)
    type_template(qtbot, page, TEMPLATE)
    wait_checked(qtbot, page)
    before = len(threads)  # the tab's own count under the plan is a job too
    dialog = open_precheck(qtbot, page)
    assert dialog.check.messages == 19
    assert len(threads) > before
    assert threading.main_thread().name not in threads

def test_unknown_field_is_an_error_before_sending(qtbot: QtBot, page: ImportPage,
                                                  orders: Path) -> None:
    open_and_check(qtbot, page, orders)
    type_template(qtbot, page, "{姓名}您好，订单{订单号}已发货")
    error = page.findChild(QLabel, "templateErrorLabel")
    assert error is not None
    qtbot.waitUntil(error.isVisible, timeout=3000)
    assert "{订单号}" in error.text() and "{单号}" in error.text()  # the suggestion
    assert not button(page, "startCampaignButton").isEnabled()
    assert page.preview_model.rowCount() == 0
    assert summary_counts(page) == []

    type_template(qtbot, page, "{姓名}您好，订单{单号}已发货")
    assert wait_checked(qtbot, page) == [19, 1, 1, 0]
    assert not error.isVisible()
    assert button(page, "startCampaignButton").isEnabled()


def test_field_list_inserts_at_the_cursor(qtbot: QtBot, page: ImportPage, orders: Path) -> None:
    open_and_check(qtbot, page, orders)
    type_template(qtbot, page, "您好，订单已发货")
    edit = page.message_panel.template_edit
    cursor = edit.textCursor()
    cursor.setPosition(2)
    edit.setTextCursor(cursor)
    fields = page.message_panel.field_list
    names = [fields.item(i).text() for i in range(fields.count())]
    assert names == ["姓名", "手机号", "单号", "金额"]
    item = fields.item(0)
    qtbot.mouseClick(fields.viewport(), Qt.MouseButton.LeftButton,
                     pos=fields.visualItemRect(item).center())
    assert edit.toPlainText() == "您好{姓名}，订单已发货"


def test_gbk_csv_encoding_detected_and_overridable(qtbot: QtBot, page: ImportPage,
                                                   tmp_path: Path) -> None:
    path = tmp_path / "客户.csv"
    with codecs.open(str(path), "w", encoding="gbk") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["客户姓名", "联系电话", "备注"])
        for name, number in (("张伟", "13800138001"), ("王芳", "13800138002"),
                             ("李娜", "021-55556666")):
            writer.writerow([name, number, "老客户"])
    counts = open_and_check(qtbot, page, path)
    assert counts[:2] == [2, 1]  # the landline is no mobile number
    assert page.data is not None and page.data.columns == ["客户姓名", "联系电话", "备注"]
    assert page.message_panel.phone_combo.currentText() == "联系电话"
    encoding = page.findChild(QComboBox, "encodingCombo")
    delimiter = page.findChild(QComboBox, "delimiterCombo")
    assert encoding is not None and delimiter is not None
    assert encoding.isVisible() and "GBK" in encoding.currentText()
    assert ";" in delimiter.currentText()

    # Read as UTF-8, the GBK bytes cannot be decoded: said in plain words, nothing shown.
    encoding.setCurrentIndex(encoding.findData("utf-8"))
    encoding.activated.emit(encoding.currentIndex())
    qtbot.waitUntil(lambda: "UTF-8" in summary_text(page) or "utf-8" in summary_text(page),
                    timeout=5000)
    assert page.data is None and page.preview_model.rowCount() == 0
    assert not button(page, "startCampaignButton").isEnabled()
    # A comma as separator: one column only, and no phone number in it.
    encoding.setCurrentIndex(0)
    delimiter.setCurrentIndex(delimiter.findData(","))
    delimiter.activated.emit(delimiter.currentIndex())
    qtbot.waitUntil(lambda: page.data is not None and page.data.delimiter == ",",
                    timeout=5000)
    assert len(page.data.columns) == 1
    delimiter.setCurrentIndex(0)
    delimiter.activated.emit(0)
    qtbot.waitUntil(lambda: page.data is not None and page.data.delimiter == ";",
                    timeout=5000)
    type_template(qtbot, page, "{客户姓名}您好")
    assert wait_checked(qtbot, page)[:2] == [2, 1]


def test_opted_out_and_keep_first_only(qtbot: QtBot, page: ImportPage, tmp_path: Path) -> None:
    rows = customer_rows(4)
    rows.append(("张伟二号", rows[0][1], "SO2026110099", 1.0))  # same number, another text
    path = write_xlsx(tmp_path / "list.xlsx", rows)
    page.session.store.add_opt_outs(["13800138002"], "manual")
    open_and_check(qtbot, page, path)
    type_template(qtbot, page, TEMPLATE)
    assert wait_checked(qtbot, page) == [4, 0, 0, 1]

    include = page.findChild(QCheckBox, "importIncludeOptedOutCheck")
    keep_first = page.findChild(QCheckBox, "keepFirstOnlyCheck")
    assert include is not None and keep_first is not None
    include.setChecked(True)
    qtbot.waitUntil(lambda: summary_counts(page) == [5, 0, 0, 0], timeout=5000)
    keep_first.setChecked(True)
    qtbot.waitUntil(lambda: summary_counts(page) == [4, 0, 1, 0], timeout=5000)


def test_file_argument_opens_the_import_tab(qtbot: QtBot, open_window: WindowFactory,
                                            gateway: GatewaySimulator, tmp_path: Path) -> None:
    save_account(tmp_path / "data", gateway)
    path = write_xlsx(tmp_path / "名单.xlsx", sample_rows())
    window = open_window(*signed_in_args(gateway), str(path))
    page = import_page(window)
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert tabs is not None and tabs.currentWidget() is page
    assert wait_checked(qtbot, page) == [19, 1, 1, 0]


def test_a_file_dropped_on_the_window_opens(qtbot: QtBot, window: QMainWindow, page: ImportPage,
                                            orders: Path, tmp_path: Path) -> None:
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert tabs is not None
    tabs.setCurrentIndex(0)
    (tmp_path / "notes.txt.bak").write_text("x")
    refused = QMimeData()
    refused.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt.bak"))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, refused,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(orders))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert tabs.currentWidget() is page
    qtbot.waitUntil(lambda: page.data is not None and page.data.path == orders, timeout=5000)
    assert wait_checked(qtbot, page)[1] == 1


def test_several_sheets_pick_one(qtbot: QtBot, page: ImportPage, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "two.xlsx", customer_rows(3), sheet="一月")
    workbook = openpyxl.load_workbook(path)
    second = workbook.create_sheet("二月")
    second.append(["名字", "手机"])
    for index in range(5):
        second.append([f"客户{index}", f"1390013900{index}"])
    workbook.save(path)
    open_and_check(qtbot, page, path)
    sheets = page.findChild(QComboBox, "sheetCombo")
    assert sheets is not None and sheets.isVisible()
    assert [sheets.itemText(i) for i in range(sheets.count())] == ["一月", "二月"]
    sheets.setCurrentIndex(1)
    sheets.activated.emit(1)
    qtbot.waitUntil(lambda: page.data is not None and page.data.sheet_name == "二月",
                    timeout=5000)
    type_template(qtbot, page, "{名字}，新品到店")
    assert wait_checked(qtbot, page) == [5, 0, 0, 0]
    assert page.message_panel.phone_combo.currentText() == "手机"


def test_save_the_template_workbook(qtbot: QtBot, page: ImportPage, tmp_path: Path) -> None:
    target = tmp_path / "out" / "模板"
    target.parent.mkdir()
    page.file_panel.ask_save_path = lambda *_args: target
    qtbot.mouseClick(button(page, "saveTemplateButton"), Qt.MouseButton.LeftButton)
    saved = target.with_suffix(".xlsx")
    workbook = openpyxl.load_workbook(saved)
    headers = [c.value for c in next(workbook.worksheets[0].iter_rows(max_row=1))]
    assert "手机号" in headers and "姓名" in headers
    # The template opens and checks like any other list.
    counts = open_and_check(qtbot, page, saved)
    assert counts[1] == 0


def test_preview_sorts_and_filters_problems(qtbot: QtBot, page: ImportPage, orders: Path) -> None:
    open_and_check(qtbot, page, orders)
    type_template(qtbot, page, TEMPLATE)
    wait_checked(qtbot, page)
    view = page.findChild(QTableView, "previewView")
    assert view is not None and view.model() is page.preview_model
    view.sortByColumn(PreviewModel.COL_PARTS, Qt.SortOrder.DescendingOrder)
    assert page.preview_model.index(0, PreviewModel.COL_NUMBER).data() == "13900139000"
    combo = page.findChild(QComboBox, "previewFilterCombo")
    assert combo is not None
    combo.setCurrentIndex(1)  # rows not sent as they are
    shown = {page.preview_model.index(r, PreviewModel.COL_NUMBER).data()
             for r in range(page.preview_model.rowCount())}
    assert shown == {"1380013", "13800138003"}
    combo.setCurrentIndex(2)  # costing an extra SMS
    assert page.preview_model.rowCount() == 1



def test_a_preview_paint_asks_each_cell_once(qtbot: QtBot, page: ImportPage,
                                             orders: Path) -> None:
    """Every role of a cell comes from one call into Python (each call waits for the GIL
    while a worker is busy), and gives what ``data`` gives role by role."""
    open_and_check(qtbot, page, orders)
    type_template(qtbot, page, TEMPLATE)
    wait_checked(qtbot, page)
    model = page.preview_model
    assert_multidata_gives_what_data_gives(model, (
        Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole))
    model_class, calls = counting(PreviewModel)
    copy = model_class()
    assert model.checked_rows is not None
    copy.set_checked_rows(model.checked_rows)
    assert_a_paint_asks_each_cell_once(qtbot, copy, calls, visible_rows=10)


def test_each_column_sorts_by_its_sort_values(qtbot: QtBot, page: ImportPage,
                                             orders: Path) -> None:
    """Sorting reads the table's columns (a sort in C), in the order of the cells' values."""
    open_and_check(qtbot, page, orders)
    type_template(qtbot, page, TEMPLATE)
    wait_checked(qtbot, page)
    model = page.preview_model
    model.set_row_filter(RowFilter.ALL)

    def shown(column: int) -> list[object]:
        return [model.index(row, column).data(SORT_ROLE) for row in range(model.rowCount())]

    for column in range(model.columnCount()):
        values = shown(column)
        assert len(set(map(type, values))) == 1  # one kind of value in a column
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            descending = order == Qt.SortOrder.DescendingOrder
            assert shown(column) == sorted(values, reverse=descending)  # type: ignore[type-var]
            assert model.rowCount() == len(values)
        model.sort(-1)
        assert shown(column) == values  # back in the sheet's order

@pytest.mark.slow
def test_100000_rows_load_without_freezing_the_window(qtbot: QtBot, page: ImportPage,
                                                      tmp_path: Path) -> None:
    """The window answers all along: its event loop turns (a timer ticks) while the file is
    read and while its rows are checked, and what the user sees arrives in order. How long
    a stall lasts is bench/ui_stall.py's and bench/start_bench.py's to time, not a test's."""
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["姓名", "手机", "单号"])
        for index in range(100_000):
            writer.writerow([f"客户{index}", f"1{380_000_0000 + index}", f"D{index:07d}"])
    type_template(qtbot, page, "{姓名}您好，订单{单号}已发货")
    events: list[str] = []

    def note(event: str) -> None:
        if event != "tick" or events[-1:] != ["tick"]:  # a run of ticks is one
            events.append(event)

    timer = QTimer()
    timer.timeout.connect(lambda: note("tick"))
    page.file_panel.readingChanged.connect(lambda reading: note(f"reading {reading}"))
    page.file_panel.progress.valueChanged.connect(lambda value: note("read progress")
                                                  if value else None)
    page.file_panel.loaded.connect(lambda _data: note("loaded"))
    page.checker.progressed.connect(lambda _value: note("check progress"))
    page.checker.checked.connect(lambda _request, _checked_rows: note("checked"))
    timer.start(10)
    try:
        page.open_file(path)
        qtbot.waitUntil(lambda: page.checked_rows is not None and not page.checker.busy
                        and len(summary_counts(page)) == 4, timeout=60_000)
    finally:
        timer.stop()
    assert summary_counts(page) == [100_000, 0, 0, 0]
    assert page.preview_model.rowCount() == 100_000
    # Each step in its turn, and the timer ticking between them: no step held the window.
    steps = [e for e in events if e != "tick" and not e.endswith("progress")]
    assert steps == ["reading True", "reading False", "loaded", "checked"]
    reading = events[events.index("reading True"):events.index("reading False")]
    checking = events[events.index("loaded"):events.index("checked")]
    assert "read progress" in reading and "tick" in reading
    assert "check progress" in checking and "tick" in checking


def test_export_the_rows_not_sent_with_reasons(qtbot: QtBot, page: ImportPage, orders: Path,
                                               tmp_path: Path) -> None:
    open_and_check(qtbot, page, orders)
    type_template(qtbot, page, TEMPLATE)
    wait_checked(qtbot, page)
    out = tmp_path / "待修改.xlsx"
    page.file_panel.ask_save_path = lambda *_args: out
    export = button(page, "exportInvalidButton")
    assert export.isEnabled()
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(out.exists, timeout=10_000)
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("姓名", "手机号", "单号", "金额") and rows[0][4:] == ("原因", "原表行号")
    by_row = {row[5]: row for row in rows[1:]}
    assert set(by_row) == {8, 22}  # the short number and the repeated row, as in the sheet
    assert by_row[8][1] == "1380013" and by_row[8][4]
    assert by_row[22][0] == "李娜" and by_row[22][4]


def test_models_pass_the_qt_model_tester(qtbot: QtBot, qtmodeltester: ModelTester,
                                         page: ImportPage, orders: Path) -> None:
    open_and_check(qtbot, page, orders)
    type_template(qtbot, page, TEMPLATE)
    wait_checked(qtbot, page)
    qtmodeltester.check(page.preview_model)
    page.preview_model.sort(PreviewModel.COL_VERDICT, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(page.preview_model)

    store = page.session.store
    assert page.checked_rows is not None
    campaign = create_campaign_from_messages(
        store, account_id="922011", name="t", extno="1069012345",
        messages=page.checked_rows.messages(),
        batch_size=5, row_indexes=[r.row for r in page.checked_rows.sendable])
    model = CampaignModel(store)
    model.show_campaign(campaign.id, page.data.source_row_numbers if page.data else ())
    assert model.rowCount() == 19
    assert model.index(0, CampaignModel.COL_ROW).data() == "3"
    qtmodeltester.check(model)
