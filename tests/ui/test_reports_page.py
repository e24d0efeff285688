"""The delivery reports tab against the simulator: reports arrive, filter, sort, totals, export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMainWindow, QTableView, QTabWidget
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT, EXTNO, PASSWORD, SIGNATURE

from juhe_desk.gateway.client import GatewayClient
from juhe_desk.gateway.models import DeliveryReport
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.services.sending import CampaignSender
from juhe_desk.store import CarrierOutcome
from juhe_desk.ui.models.reports_model import FAILED_COLOR, ReportsModel
from juhe_desk.ui.pages.reports_page import ReportsPage

TEXT = SIGNATURE + "您的订单已发货"
COLOR_ROLE = Qt.ItemDataRole.ForegroundRole


def numbers(first: int, count: int) -> list[str]:
    return [f"1390000{n:04d}" for n in range(first, first + count)]


def open_reports(window: QMainWindow, qtbot: QtBot) -> ReportsPage:
    page = window.findChild(ReportsPage, "reportsPage")
    assert page is not None
    window.findChild(QTabWidget, "mainTabs").setCurrentWidget(page)
    qtbot.waitUntil(lambda: not page.model.is_loading(), timeout=5000)
    return page


def send(gateway: GatewaySimulator, mobiles: list[str]) -> dict[str, str]:
    """Send as a script would; returns mid by number."""
    with GatewayClient(gateway.base_url, ACCOUNT, PASSWORD, "plain") as client:
        outcome = client.send(mobiles, TEXT, extno=EXTNO)
    gateway.flush_reports()
    return {r.mobile: r.mid for r in outcome}


def pull_until(page: ReportsPage, qtbot: QtBot, rows: int) -> None:
    """Let the session pull (as its timer would) until the table holds ``rows`` rows."""
    def arrived() -> bool:
        page.session.poll_now()  # skipped while the previous pull still runs
        return page.model.rowCount() == rows and not page.model.is_loading()

    qtbot.waitUntil(arrived, timeout=10_000)


def column(page: ReportsPage, col: int) -> list[str]:
    model = page.model
    return [model.data(model.index(row, col)) for row in range(model.rowCount())]


def settle(page: ReportsPage, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not page.model.is_loading(), timeout=5000)


def test_reports_arrive_with_their_meaning_and_colour(
        main_window: QMainWindow, gateway: GatewaySimulator, qtbot: QtBot) -> None:
    page = open_reports(main_window, qtbot)
    view = main_window.findChild(QTableView, "reportsView")
    assert view is not None and view.model() is page.model
    gateway.set_report_stat("13900000002", "XY:0042")
    gateway.set_report_stat("13900000003", "MA:0001")
    mids = send(gateway, numbers(1, 4))
    pull_until(page, qtbot, 4)
    by_mobile = {page.model.data(page.model.index(r, ReportsModel.COL_MOBILE)): r
                 for r in range(4)}
    failed = page.model.index(by_mobile["13900000003"], ReportsModel.COL_MEANING)
    assert failed.data() == "号码在全局黑名单中"
    assert failed.data(COLOR_ROLE) == FAILED_COLOR
    unknown = page.model.index(by_mobile["13900000002"], ReportsModel.COL_MEANING)
    assert "XY:0042" in unknown.data()  # a code no table lists is shown as it came
    assert set(column(page, ReportsModel.COL_MID)) == set(mids.values())
    assert "4" in page.count_label.text()


def test_filters_by_number_status_and_period(
        main_window: QMainWindow, gateway: GatewaySimulator, qtbot: QtBot) -> None:
    page = open_reports(main_window, qtbot)
    gateway.set_report_stat("13900000012", "EXPIRED")
    send(gateway, [*numbers(10, 5), "13700000001"])
    pull_until(page, qtbot, 6)

    edit = main_window.findChild(QLineEdit, "reportsFilterEdit")
    qtbot.keyClicks(edit, "139 0000 001")
    settle(page, qtbot)
    assert sorted(column(page, ReportsModel.COL_MOBILE)) == numbers(10, 5)

    status = main_window.findChild(QComboBox, "reportsStatusCombo")
    status.setCurrentIndex(status.findData(":failed"))
    settle(page, qtbot)
    assert column(page, ReportsModel.COL_MOBILE) == ["13900000012"]
    status.setCurrentIndex(status.findData(":delivered"))
    settle(page, qtbot)
    assert page.model.rowCount() == 4
    status.setCurrentIndex(status.findData("EXPIRED"))
    settle(page, qtbot)
    assert column(page, ReportsModel.COL_STAT) == ["EXPIRED"]

    edit.clear()
    status.setCurrentIndex(0)
    period = main_window.findChild(QComboBox, "reportsPeriodCombo")
    period.setCurrentIndex(period.findData("today"))
    settle(page, qtbot)
    assert page.model.rowCount() == 6
    assert not page.filter_bar.dates_row.isVisible()  # a row of its own, for dates only
    period.setCurrentIndex(period.findData("custom"))
    assert page.filter_bar.dates_row.isVisible()
    page.filter_bar.to_date.setDate(QDate(2020, 1, 2))
    page.filter_bar.from_date.setDate(QDate(2020, 1, 1))
    settle(page, qtbot)
    assert page.model.rowCount() == 0
    assert "0" in page.count_label.text()


def test_header_click_sorts_in_the_store_and_only_sortable_columns(
        main_window: QMainWindow, gateway: GatewaySimulator, qtbot: QtBot) -> None:
    page = open_reports(main_window, qtbot)
    send(gateway, ["13900000105", "13900000101", "13900000103"])
    pull_until(page, qtbot, 3)
    header = page.view.horizontalHeader()

    def click(section: int) -> None:
        x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, header.height() // 2))

    click(ReportsModel.COL_MOBILE)
    settle(page, qtbot)
    assert page.model.order == ("mobile", False)
    assert column(page, ReportsModel.COL_MOBILE) == ["13900000101", "13900000103",
                                                     "13900000105"]
    click(ReportsModel.COL_MOBILE)
    settle(page, qtbot)
    assert column(page, ReportsModel.COL_MOBILE)[0] == "13900000105"
    click(ReportsModel.COL_CAMPAIGN)  # the store cannot sort by it: nothing changes
    assert header.sortIndicatorSection() == ReportsModel.COL_MOBILE
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert page.model.order == ("mobile", True)
    click(ReportsModel.COL_TIME)  # newest first is the natural start for times
    assert page.model.order == ("time", True)


def test_new_reports_keep_the_selected_report_selected(
        main_window: QMainWindow, gateway: GatewaySimulator, qtbot: QtBot) -> None:
    page = open_reports(main_window, qtbot)
    send(gateway, numbers(200, 3))
    pull_until(page, qtbot, 3)
    page.select_row(1)
    chosen = page.selected_record()
    assert chosen is not None
    send(gateway, numbers(300, 2))
    pull_until(page, qtbot, 5)
    qtbot.waitUntil(lambda: page.selected_record() is not None, timeout=5000)
    assert page.selected_record() == chosen


def test_campaign_choice_shows_its_totals_and_reports(
        main_window: QMainWindow, gateway: GatewaySimulator, qtbot: QtBot) -> None:
    page = open_reports(main_window, qtbot)
    session = main_window.session
    gateway.set_report_stat("13900000402", "REJECTED")
    campaign = create_campaign_from_messages(
        session.store, account_id=ACCOUNT, name="双十一通知", extno=EXTNO,
        messages=[(m, TEXT) for m in numbers(401, 3)], batch_size=200)
    report = CampaignSender(session.store, session.make_client, campaign.id).run()
    session.sendFinished.emit(report)
    send(gateway, ["13700000009"])  # not part of the campaign
    pull_until(page, qtbot, 4)

    combo = main_window.findChild(QComboBox, "reportsCampaignCombo")
    assert combo.findData(campaign.id) > 0
    combo.setCurrentIndex(combo.findData(campaign.id))
    settle(page, qtbot)
    assert sorted(column(page, ReportsModel.COL_MOBILE)) == numbers(401, 3)
    assert set(column(page, ReportsModel.COL_CAMPAIGN)) == {"双十一通知"}
    qtbot.waitUntil(lambda: "2" in page.totals.delivered_label.text(), timeout=5000)
    assert "1" in page.totals.failed_label.text()
    assert "0" in page.totals.pending_label.text()
    assert page.totals.isVisible()
    rates = page.carrier_rates  # of the campaign's messages, the rest left out
    qtbot.waitUntil(lambda: rates.outcomes is not None and "双十一通知" in rates.caption.text(),
                    timeout=5000)
    assert rates.outcomes == {"MOBILE": CarrierOutcome("MOBILE", 3, 2, 1)}
    carrier = main_window.findChild(QComboBox, "reportsCarrierCombo")
    carrier.setCurrentIndex(carrier.findData("TELECOM"))
    qtbot.waitUntil(lambda: not rates.isVisible(), timeout=5000)  # none of its numbers
    assert rates.outcomes == {}
    carrier.setCurrentIndex(0)
    combo.setCurrentIndex(0)
    assert not page.totals.isVisible()


def test_export_writes_the_filtered_rows_with_numbers_and_mids_as_text(
        main_window: QMainWindow, gateway: GatewaySimulator, qtbot: QtBot,
        tmp_path: Path) -> None:
    page = open_reports(main_window, qtbot)
    mids = send(gateway, [*numbers(500, 3), "13700000500"])
    pull_until(page, qtbot, 4)
    page.filter_bar.number_edit.setText("1390")
    settle(page, qtbot)
    target = tmp_path / "reports.xlsx"
    dialog = page.choose_export_path()
    assert dialog is not None
    dialog.selectFile(str(target))
    with qtbot.waitSignal(page.exported, timeout=10_000) as exported:
        dialog.accept()
    assert exported.args == [str(target), 3]
    sheet = openpyxl.load_workbook(target, read_only=True).active
    rows = [tuple(cell for cell in row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == tuple(page.model.header(c) for c in range(page.model.column_count()))
    body = {row[ReportsModel.COL_MOBILE]: row for row in rows[1:]}
    assert sorted(body) == numbers(500, 3)
    for mobile, row in body.items():
        assert row[ReportsModel.COL_MID] == mids[mobile]
        assert row[ReportsModel.COL_MEANING] == "已送达手机"
        dt.datetime.strptime(row[ReportsModel.COL_TIME], "%Y-%m-%d %H:%M:%S")


def test_reports_arriving_while_hidden_show_when_the_tab_opens(
        main_window: QMainWindow, gateway: GatewaySimulator, qtbot: QtBot) -> None:
    page = main_window.findChild(ReportsPage, "reportsPage")
    assert not page.isVisible()
    session = main_window.session
    send(gateway, numbers(600, 2))

    def stored() -> bool:
        session.poll_now()
        return session.store.count_reports() == 2

    qtbot.waitUntil(stored, timeout=10_000)
    assert page.model.rowCount() == 0  # nobody looked: nothing read yet
    open_reports(main_window, qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)


def test_the_status_filter_offers_every_code_stored_not_only_the_rows_read(
        main_window: QMainWindow, qtbot: QtBot) -> None:
    page = open_reports(main_window, qtbot)
    rare = DeliveryReport("M0", "13900000000", "ZZ:0042", "2026-01-01 08:00:00")
    newer = [DeliveryReport(f"M{n}", f"1390000{n:04d}", "DELIVRD",
                            f"2026-11-01 {n // 3600 % 24:02d}:{n // 60 % 60:02d}:{n % 60:02d}")
             for n in range(1, 501)]
    page.session.store.add_reports([rare, *newer], "pull")
    page.refresh()
    status = main_window.findChild(QComboBox, "reportsStatusCombo")
    qtbot.waitUntil(lambda: status.findData("ZZ:0042") >= 0, timeout=5000)
    settle(page, qtbot)
    assert "ZZ:0042" not in {r.stat for r in page.model.cached_records()}  # read from the store


def test_carrier_column_filter_and_rates(
        main_window: QMainWindow, gateway: GatewaySimulator, qtbot: QtBot) -> None:
    page = open_reports(main_window, qtbot)
    gateway.set_report_stat("13900000502", "EXPIRED")
    send(gateway, [*numbers(501, 4), "13000000501", "13300000501"])
    pull_until(page, qtbot, 6)
    assert sorted(column(page, ReportsModel.COL_CARRIER)) == sorted(
        ["移动"] * 4 + ["联通", "电信"])

    rates = page.carrier_rates
    qtbot.waitUntil(lambda: rates.isVisible() and "联通" in rates.rates_text(), timeout=5000)
    assert rates.outcomes is not None
    mobile = rates.outcomes["MOBILE"]
    assert (mobile.total, mobile.delivered, mobile.failed) == (4, 3, 1)
    assert "移动 · 4 条 送达 75.0% · 失败 25.0%" in rates.rates_text()
    assert next(iter(rates.outcomes)) == "MOBILE"  # biggest first

    carrier = main_window.findChild(QComboBox, "reportsCarrierCombo")
    carrier.setCurrentIndex(carrier.findData("UNICOM"))
    settle(page, qtbot)
    assert column(page, ReportsModel.COL_MOBILE) == ["13000000501"]
    qtbot.waitUntil(lambda: rates.outcomes is not None and list(rates.outcomes) == ["UNICOM"],
                    timeout=5000)
    carrier.setCurrentIndex(0)
    settle(page, qtbot)
    assert page.model.rowCount() == 6

    edit = main_window.findChild(QLineEdit, "reportsFilterEdit")
    qtbot.keyClicks(edit, "1390000050")
    settle(page, qtbot)
    assert not rates.isVisible()  # a search for a number has no rates worth showing


def test_scrolled_down_the_rows_read_stay_in_place_as_reports_arrive(
        main_window: QMainWindow, gateway: GatewaySimulator, qtbot: QtBot) -> None:
    page = open_reports(main_window, qtbot)
    send(gateway, numbers(100, 60))
    pull_until(page, qtbot, 60)
    view = page.view
    view.scrollTo(page.model.index(30, 0), QTableView.ScrollHint.PositionAtTop)
    top = view.indexAt(view.viewport().rect().topLeft())
    assert top.row() > 0
    reading = top.siblingAtColumn(ReportsModel.COL_MOBILE).data()
    send(gateway, numbers(200, 5))  # newer: they sort on top, above the rows being read
    pull_until(page, qtbot, 65)
    qtbot.waitUntil(lambda: view.indexAt(view.viewport().rect().topLeft()).siblingAtColumn(
        ReportsModel.COL_MOBILE).data() == reading, timeout=5000)
    assert set(column(page, ReportsModel.COL_MOBILE)[:5]) == set(numbers(200, 5))
