"""Shared steps of the window tests: sample sheets, the signed-in window, driving the Bulk
import tab, finding the parts of a window (a page, a label, a button)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import keyring
import openpyxl
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT, EXTNO, PASSWORD, SIGNATURE

from juhe_desk.app import make_main_window
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.store import Account, Store
from juhe_desk.ui.importing.precheck_dialog import PrecheckDialog
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.pages.compose_page import ComposePage
from juhe_desk.ui.pages.import_page import ImportPage
from juhe_desk.ui.session import DATABASE_NAME

HEADER = ("姓名", "手机号", "单号", "金额")
TITLE = "2026年11月客户名单"
TEMPLATE = "{姓名}您好，您的订单{单号}已发货，请注意查收。"
SHIPPED = "{姓名}您好，您的订单{单号}已发货"  # the shorter one most campaign tests type
LONG_NAME = "上海市浦东新区张江高科技园区博云路二号浦软大厦七楼东侧前台收发室转李经理"
NAMES = ("张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周杰", "吴霞",
         "徐涛", "孙丽", "马超", "朱琳", "胡军", "郭燕", "何平", "高峰")


def customer_rows(count: int = len(NAMES)) -> list[tuple[object, ...]]:
    """``count`` good rows (numbers stored as floats, as Excel keeps typed digits)."""
    return [(NAMES[i % len(NAMES)], float(13800138001 + i), f"SO2026110{i + 1:04d}",
             round(50 + i * 7.5, 2)) for i in range(count)]


def sample_rows() -> list[tuple[object, ...]]:
    """18 good rows, one invalid number, one exact duplicate, one text crossing 70 characters."""
    rows = customer_rows()
    rows.insert(5, ("钱多多", "1380013", "SO2026119999", 10.0))  # too short: invalid
    rows.append(rows[2])  # same number, same text: sent once
    rows.append((LONG_NAME, 13900139000.0, "SO2026110777", 88.0))  # 2 SMS instead of 1
    return rows


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], *, title: str | None = TITLE,
               header: Sequence[str] = HEADER, sheet: str = "客户名单") -> Path:
    workbook = openpyxl.Workbook()
    worksheet = workbook.active
    assert worksheet is not None
    worksheet.title = sheet
    if title:
        worksheet.append([title])
    worksheet.append(list(header))
    for row in rows:
        worksheet.append(list(row))
    workbook.save(path)
    return path


def save_account(data_dir: Path, gateway: GatewaySimulator, *, batch_size: int = 200,
                 signature: str = SIGNATURE) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    with Store.open(data_dir / DATABASE_NAME) as store:
        store.save_account(Account(id=ACCOUNT, gateway_url=gateway.base_url, extno=EXTNO,
                                   signatures=(signature,), price_li=50, batch_size=batch_size,
                                   is_active=True))


def signed_in_args(gateway: GatewaySimulator) -> list[str]:
    keyring.set_password("juhe-desk", ACCOUNT, PASSWORD)
    return ["--gateway", gateway.base_url, "--account", ACCOUNT]


WindowFactory = Callable[..., QMainWindow]  # the ``open_window`` fixture


class SignedIn:
    """The real window signed in to the simulator's account (the ``signed_in`` fixture):
    ``signed_in(batch_size=5)`` saves the account in the desk's store first, then opens it;
    ``signed_in.open()`` opens the window once more on that store, as after a restart."""

    def __init__(self, open_window: WindowFactory, gateway: GatewaySimulator,
                 data_dir: Path) -> None:
        self._open_window = open_window
        self._gateway = gateway
        self.data_dir = data_dir

    def __call__(self, *, batch_size: int = 200, signature: str = SIGNATURE) -> QMainWindow:
        save_account(self.data_dir, self._gateway, batch_size=batch_size, signature=signature)
        return self.open()

    def open(self) -> QMainWindow:
        return self._open_window(*signed_in_args(self._gateway))


def import_page(window: QMainWindow) -> ImportPage:
    page = window.findChild(QWidget, "importPage")
    assert isinstance(page, ImportPage)
    return page


def unshown_window(qtbot: QtBot, tmp_path: Path, gateway: GatewaySimulator,
                   *extra: str) -> MainWindow:
    """The window of a signed-in English start, made but not yet shown (its start's steps
    come once it is shown)."""
    keyring.set_password("juhe-desk", ACCOUNT, PASSWORD)
    window = make_main_window(["--data-dir", str(tmp_path / "data"), "--lang", "en",
                               "--gateway", gateway.base_url, "--account", ACCOUNT, *extra])
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    return window


def compose_page(window: QMainWindow) -> ComposePage:
    page = window.findChild(QWidget, "composePage")
    assert isinstance(page, ComposePage)
    return page


def balance_text(window: QMainWindow) -> str:
    label = window.findChild(QLabel, "balanceLabel")
    assert label is not None
    return str(label.text())


def label(parent: QWidget, name: str) -> QLabel:
    found = parent.findChild(QLabel, name)
    assert isinstance(found, QLabel), name
    return found


def summary_text(page: ImportPage) -> str:
    label = page.findChild(QLabel, "importSummaryLabel")
    assert label is not None
    return str(label.text())


def summary_counts(page: ImportPage) -> list[int]:
    """valid, invalid, duplicates, opted out: the digits of importSummaryLabel, in order."""
    return [int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", summary_text(page))]


def wait_checked(qtbot: QtBot, page: ImportPage, timeout: int = 10_000) -> list[int]:
    """Until the rows are read and checked; returns the summary's counts."""
    qtbot.waitUntil(lambda: page.checked_rows is not None and not page.checker.busy
                    and len(summary_counts(page)) == 4, timeout=timeout)
    return summary_counts(page)


def open_and_check(qtbot: QtBot, page: ImportPage, path: Path) -> list[int]:
    page.open_file(path)
    qtbot.waitUntil(lambda: page.data is not None and page.data.path == path, timeout=10_000)
    return wait_checked(qtbot, page)


def checked_customers(qtbot: QtBot, window: QMainWindow, folder: Path, count: int,
                      template: str = SHIPPED, *, timeout: int = 10_000) -> ImportPage:
    """The bulk tab with ``count`` customers read (客户.xlsx in ``folder``) and ``template``
    typed, once every row is checked valid."""
    page = import_page(window)
    open_and_check(qtbot, page, write_xlsx(folder / "客户.xlsx", customer_rows(count)))
    type_template(qtbot, page, template)
    assert wait_checked(qtbot, page, timeout) == [count, 0, 0, 0]
    return page


def type_template(qtbot: QtBot, page: ImportPage, text: str) -> None:
    """Replace the message the way a user does: select all, then the input method types."""
    edit = page.findChild(QPlainTextEdit, "templateEdit")
    assert edit is not None
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    commit_text(edit, text)
    assert edit.toPlainText() == text


def commit_text(edit: QWidget, text: str) -> None:
    """``text`` typed into ``edit`` as an input method commits it: Chinese (and full-width
    digits) arrive that way, not as key presses."""
    edit.setFocus()
    typed = QInputMethodEvent()
    typed.setCommitString(text)
    QApplication.sendEvent(edit, typed)


def button(page: QWidget, name: str) -> QPushButton:
    found = page.findChild(QPushButton, name)
    assert found is not None, name
    return found


def open_precheck(qtbot: QtBot, page: ImportPage,
                  start_name: str = "startCampaignButton") -> PrecheckDialog:
    start = button(page, start_name)
    qtbot.waitUntil(start.isEnabled, timeout=10_000)
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.launcher.precheck_dialog is not None
                    and page.launcher.precheck_dialog.isVisible(), timeout=5000)
    dialog = page.launcher.precheck_dialog
    assert dialog is not None and dialog.isModal()
    return dialog


def confirm_with_enter(qtbot: QtBot, dialog: PrecheckDialog) -> None:
    """Enter presses the default button, which must be the one that goes ahead."""
    confirm = dialog.findChild(QPushButton, "precheckConfirmButton")
    assert confirm is not None and confirm.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == PrecheckDialog.DialogCode.Accepted


def schedule(qtbot: QtBot, page: ImportPage, after_s: int, timeout: int = 5000) -> None:
    """The pre-send check confirmed with a time ``after_s`` seconds from now; returns once the
    campaign waits for it."""
    dialog = open_precheck(qtbot, page)
    dialog.choose_time(QDateTime.currentDateTime().addSecs(after_s))
    confirm_with_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(page.control.scheduler.armed()), timeout=timeout)


def progress_full(page: ImportPage) -> bool:
    bar = page.findChild(QProgressBar, "campaignProgress")
    assert bar is not None
    return bar.maximum() > 0 and bar.value() == bar.maximum()


def start_until_paused(qtbot: QtBot, page: ImportPage) -> int:
    """Confirm the pre-send check, then wait until the run ended with the campaign paused
    (or stopped); returns the campaign's id."""
    confirm_with_enter(qtbot, open_precheck(qtbot, page))
    qtbot.waitUntil(lambda: page.campaign_panel.campaign_id is not None
                    and not page.control.busy and not page.launcher.busy, timeout=10_000)
    campaign_id = page.campaign_panel.campaign_id
    assert campaign_id is not None
    qtbot.waitUntil(lambda: page.session.store.get_campaign(campaign_id).state == "paused",
                    timeout=5000)
    return campaign_id


def wait_sent(qtbot: QtBot, page: ImportPage, timeout: int = 15_000) -> None:
    """Until the campaign's run ended and the view shows it complete."""
    qtbot.waitUntil(lambda: not page.control.busy and not page.launcher.busy
                    and page.campaign_panel.campaign_id is not None, timeout=timeout)
    qtbot.waitUntil(lambda: progress_full(page), timeout=timeout)


def sent_numbers(gateway: GatewaySimulator) -> Counter[str]:
    """Number -> how many requests to it the simulator took."""
    return Counter(s.mobile for s in gateway.submissions(ACCOUNT))


def campaign_statuses(page: ImportPage) -> dict[str, str]:
    """Number -> outcome text, as the campaign view shows them (every row loaded)."""
    model = page.campaign_panel.model
    out: dict[str, str] = {}
    for row in range(model.rowCount()):
        mobile = model.index(row, model.COL_MOBILE).data()
        status = model.index(row, model.COL_STATUS).data()
        if mobile not in (None, "…"):
            out[str(mobile)] = str(status)
    return out
