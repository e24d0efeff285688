"""The Account tab against the simulator: gauge, warning level, switching, daily totals."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring_backends import MemoryKeyring, installed_keyring
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT, EXTNO, PASSWORD, SIGNATURE, window_simulator

from juhe_desk.app import make_main_window
from juhe_desk.gateway.china_time import CHINA_TZ, now_in_china
from juhe_desk.gateway.client import GatewayClient
from juhe_desk.gateway.simulator import GatewaySimulator, SimAccount
from juhe_desk.services.statistics import StatisticsCache, last_days
from juhe_desk.store import Account, Store
from juhe_desk.ui.pages.account_page import BALANCE_REFRESH_SETTING, AccountPage
from juhe_desk.ui.session import DATABASE_NAME

SECOND = "922033"
SECOND_PASSWORD = "pw-second-4410"


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def plain(text: str) -> str:
    """Numbers without their group separators (``20,000`` under zh_CN)."""
    return text.replace(",", "")


class ShiftedClock:
    """Real China time moved by ``offset``: lets the simulator take sends on earlier days."""

    def __init__(self) -> None:
        self.offset = dt.timedelta()

    def __call__(self) -> dt.datetime:
        return dt.datetime.now(CHINA_TZ) + self.offset


@pytest.fixture
def clock() -> ShiftedClock:
    return ShiftedClock()


@pytest.fixture
def gateway(clock: ShiftedClock) -> Iterator[GatewaySimulator]:
    """The conftest's gateway, with a movable clock and a second, richer account."""
    sim = window_simulator(clock=clock)
    sim.add_account(SimAccount(account=SECOND, password=SECOND_PASSWORD, extno="1069099",
                               signatures=("【花店】",), balance=2_000_000, price=40))
    with sim:
        yield sim


def save_accounts(data_dir: Path, *accounts: Account,
                  prepare: Callable[[Store], None] | None = None) -> None:
    """Accounts set up in an earlier run (the store outlives the window)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    with Store.open(data_dir / DATABASE_NAME) as store:
        for account in accounts:
            store.save_account(account)
        if prepare is not None:
            prepare(store)


def stored_account(gateway: GatewaySimulator, **changes: object) -> Account:
    fields: dict[str, object] = dict(id=ACCOUNT, gateway_url=gateway.base_url, name="门店",
                                     extno=EXTNO, signatures=(SIGNATURE,), price_li=50,
                                     low_balance_li=20_000, is_active=True)
    fields.update(changes)
    return Account(**fields)  # type: ignore[arg-type]


@pytest.fixture
def open_account_window(open_window: Callable[..., QMainWindow], tmp_path: Path,
                        gateway: GatewaySimulator) -> Callable[..., QMainWindow]:
    def factory(account: str = ACCOUNT, password: str = PASSWORD) -> QMainWindow:
        keyring.set_password("juhe-desk", account, password)
        return open_window("--gateway", gateway.base_url, "--account", account,
                           data_dir=tmp_path / "data")
    return factory


def page_of(window: QMainWindow, show: bool = False) -> AccountPage:
    page = window.findChild(AccountPage, "accountPage")
    assert page is not None
    if show:
        tabs = window.findChild(QTabWidget, "mainTabs")
        tabs.setCurrentWidget(page)
    return page


def requests(gateway: GatewaySimulator, *actions: str) -> int:
    return sum(1 for r in gateway.request_log() if r.action in actions)


def send_now(gateway: GatewaySimulator, numbers: list[str]) -> None:
    with GatewayClient(gateway.base_url, ACCOUNT, PASSWORD) as client:
        outcome = client.send(numbers, f"{SIGNATURE}您的快递已到，请凭取件码领取", extno=EXTNO)
    assert all(result.accepted for result in outcome)


def test_gauge_shows_the_balance_after_start_and_after_a_send(
        open_account_window: Callable[..., QMainWindow], gateway: GatewaySimulator,
        tmp_path: Path, qtbot: QtBot) -> None:
    save_accounts(tmp_path / "data", stored_account(gateway))
    window = open_account_window()
    page = page_of(window, show=True)
    qtbot.waitUntil(lambda: page.gauge.balance_li == 1_000_000, timeout=5000)
    assert page.gauge.objectName() == "balanceGauge"
    assert page.gauge.amount_text() == "¥1,000.00"
    assert page.gauge.caption == tr("AccountPage", "Pre-paid")
    assert page.charge_label.text() == tr(
        "AccountPage", "Pre-paid: sending stops when the balance runs out.")
    assert "20000" in plain(page.sms_left_label.text())  # ¥1000 at ¥0.050 a part
    assert page.updated_label.text() != tr("AccountPage", "Balance not checked yet")
    assert not page.low_label.isVisible()

    with window.session.make_client() as client:  # type: ignore[attr-defined]
        client.send(["13800138001", "13800138002"], f"{SIGNATURE}今天到货，欢迎选购",
                    extno=EXTNO)
    window.session.sendFinished.emit(object())  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.gauge.balance_li == 999_900, timeout=5000)
    assert "19998" in plain(page.sms_left_label.text())


def test_threshold_is_marked_saved_and_warns_in_the_status_bar(
        open_account_window: Callable[..., QMainWindow], gateway: GatewaySimulator,
        tmp_path: Path, qtbot: QtBot) -> None:
    save_accounts(tmp_path / "data", stored_account(gateway))
    window = open_account_window()
    page = page_of(window, show=True)
    status = window.findChild(QLabel, "balanceLabel")
    low_word = tr("MainWindow", "(low)")
    qtbot.waitUntil(lambda: page.gauge.balance_li == 1_000_000, timeout=5000)
    assert page.gauge.threshold_li == 20_000 and not page.gauge.is_low()
    assert page.threshold_spin.value() == pytest.approx(20.0)
    assert low_word not in status.text()

    page.threshold_spin.setValue(50.0)
    assert page.threshold_button.isEnabled()
    qtbot.mouseClick(page.threshold_button, Qt.MouseButton.LeftButton)
    assert window.session.account.low_balance_li == 50_000  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.session.store.get_account(  # type: ignore[attr-defined]
        ACCOUNT).low_balance_li == 50_000, timeout=3000)  # written off the GUI thread
    assert page.gauge.threshold_li == 50_000
    assert not page.threshold_button.isEnabled()

    gateway.set_balance(ACCOUNT, 30_000)
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.gauge.balance_li == 30_000, timeout=5000)
    assert page.gauge.is_low()
    assert page.low_label.isVisible() and "50.00" in page.low_label.text()
    assert low_word in status.text() and "30.00" in status.text()
    assert "c0392b" in status.styleSheet()

    page.threshold_spin.setFocus()
    page.threshold_spin.selectAll()
    qtbot.keyClicks(page.threshold_spin, "20")  # below the balance again: no more warning
    qtbot.keyClick(page.threshold_spin, Qt.Key.Key_Return)
    assert window.session.account.low_balance_li == 20_000  # type: ignore[attr-defined]
    assert not page.gauge.is_low() and not page.low_label.isVisible()
    assert low_word not in status.text() and status.styleSheet() == ""


def test_post_paid_account_that_owes_money_reads_sensibly(
        open_account_window: Callable[..., QMainWindow], gateway: GatewaySimulator,
        qtbot: QtBot) -> None:
    gateway.add_account(SimAccount(account="922077", password="pw-post-1", extno="1069077",
                                   signatures=(SIGNATURE,), balance=-12_300,
                                   charge_type="POSTCHARGE", price=50))
    window = open_account_window("922077", "pw-post-1")
    page = page_of(window, show=True)
    qtbot.waitUntil(lambda: page.gauge.balance_li == -12_300, timeout=5000)
    assert page.gauge.amount_text() == tr("BalanceGauge", "owes ¥{amount}").format(
        amount="12.30")
    assert page.gauge.caption == tr("AccountPage", "Post-paid")
    assert page.charge_label.text() == tr(
        "AccountPage", "Post-paid: the provider bills the account afterwards.")
    assert page.sms_left_label.text() == tr("AccountPage", "The account owes ¥{amount}.").format(
        amount="12.30")


def test_refresh_button_asks_the_gateway_again(
        open_account_window: Callable[..., QMainWindow], gateway: GatewaySimulator,
        qtbot: QtBot) -> None:
    window = open_account_window()
    page = page_of(window, show=True)
    qtbot.waitUntil(lambda: page.gauge.balance_li == 1_000_000, timeout=5000)
    asked = requests(gateway, "overage", "balance")
    gateway.set_balance(ACCOUNT, 777_000)
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    assert page.updated_label.text() == tr("AccountPage", "Updating…")
    qtbot.waitUntil(lambda: page.gauge.balance_li == 777_000, timeout=5000)
    assert requests(gateway, "overage", "balance") == asked + 1
    assert page.updated_label.text() != tr("AccountPage", "Updating…")


def test_statistics_for_7_and_30_days_come_from_one_request(
        open_account_window: Callable[..., QMainWindow], gateway: GatewaySimulator,
        clock: ShiftedClock, qtbot: QtBot) -> None:
    for days_ago, numbers in ((20, ["13800000001", "13800000002", "13800000003"]),
                              (2, ["13800000004", "13800000005"]), (0, ["13800000006"])):
        clock.offset = -dt.timedelta(days=days_ago)
        send_now(gateway, numbers)
    clock.offset = dt.timedelta()
    window = open_account_window()
    page = page_of(window)
    assert requests(gateway, "statis") == 0  # not asked before the tab is looked at

    stats = page.statistics
    page_of(window, show=True)
    qtbot.waitUntil(lambda: stats.answer is not None
                    and not stats.answer.from_cache, timeout=5000)
    assert stats.answer is not None and stats.answer.totals.total == 3
    assert len(stats.chart.days()) == 7
    assert sum(d.total for d in stats.chart.days()) == 3
    sent = tr("StatisticsPanel", "%Ln SMS sent").replace("%Ln", "3")
    assert stats.summary_label.text().startswith(sent)

    qtbot.mouseClick(stats.month_radio, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(stats.chart.days()) == 30, timeout=5000)
    assert stats.answer.totals.total == 6
    assert sum(d.total for d in stats.chart.days()) == 6
    assert "6" in stats.summary_label.text()

    qtbot.mouseClick(stats.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(stats.week_radio, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(stats.chart.days()) == 7 and not stats.busy, timeout=5000)
    assert stats.answer.from_cache and stats.answer.totals.total == 3
    assert requests(gateway, "statis") == 1  # 30 days were asked once; the rest is cached


def test_rate_limit_shows_the_cached_figures_and_says_why(
        open_account_window: Callable[..., QMainWindow], gateway: GatewaySimulator,
        tmp_path: Path, qtbot: QtBot) -> None:
    gateway.statis_min_interval = 7200
    send_now(gateway, ["13800000011", "13800000012", "13800000013", "13800000014"])
    two_hours_ago = now_in_china() - dt.timedelta(hours=2)

    def remember_old_figures(store: Store) -> None:
        # Figures cached "two hours ago" by our clock; the gateway was asked just now (by
        # another computer, say), so it refuses the next question with STATUS 31.
        cache = StatisticsCache(store, clock=lambda: two_hours_ago)
        today = now_in_china().date()
        with GatewayClient(gateway.base_url, ACCOUNT, PASSWORD) as client:
            cache.get(client, ACCOUNT, *last_days(today, 30))

    save_accounts(tmp_path / "data", stored_account(gateway), prepare=remember_old_figures)
    window = open_account_window()
    page = page_of(window, show=True)
    stats = page.statistics
    qtbot.waitUntil(lambda: stats.answer is not None
                    and stats.answer.rate_limited, timeout=5000)
    assert requests(gateway, "statis") == 2
    assert stats.answer.totals.total == 4
    assert sum(d.total for d in stats.chart.days()) == 4
    status = stats.status_label.text()
    assert tr("StatisticsPanel", "The gateway gives statistics only about once an hour, so "
                                 "it did not answer just now.") in status
    assert two_hours_ago.strftime("%H:%M") in status

    qtbot.mouseClick(stats.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not stats.busy, timeout=5000)
    assert stats.answer.rate_limited
    assert requests(gateway, "statis") == 2  # no point asking again within the hour


def test_switching_accounts_uses_the_password_from_the_keyring(
        open_account_window: Callable[..., QMainWindow], gateway: GatewaySimulator,
        tmp_path: Path, qtbot: QtBot) -> None:
    second = Account(id=SECOND, gateway_url=gateway.base_url, name="花店", extno="1069099",
                     signatures=("【花店】",), price_li=40, low_balance_li=0)
    save_accounts(tmp_path / "data", stored_account(gateway), second)
    keyring.set_password("juhe-desk", SECOND, SECOND_PASSWORD)
    window = open_account_window()
    page = page_of(window, show=True)
    combo = window.findChild(QComboBox, "accountCombo")
    qtbot.waitUntil(lambda: page.gauge.balance_li == 1_000_000, timeout=5000)
    assert combo.count() == 2 and combo.currentData() == ACCOUNT and combo.isEnabled()

    index = combo.findData(SECOND)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    qtbot.waitUntil(lambda: page.gauge.balance_li == 2_000_000, timeout=5000)
    session = window.session  # type: ignore[attr-defined]
    assert session.account.id == SECOND and session.ready
    assert session.store.get_active_account().id == SECOND
    assert any(r.account == SECOND and r.action in ("overage", "balance")
               for r in gateway.request_log())
    assert page.id_label.text().startswith(SECOND)
    assert page.extno_label.text() == "1069099"
    assert "50000" in plain(page.sms_left_label.text())  # ¥2000 at ¥0.040


def test_details_and_edit_button(open_account_window: Callable[..., QMainWindow],
                                 gateway: GatewaySimulator, tmp_path: Path,
                                 qtbot: QtBot) -> None:
    save_accounts(tmp_path / "data", stored_account(gateway),
                  prepare=lambda store: store.set_setting(BALANCE_REFRESH_SETTING, "3"))
    window = open_account_window()
    page = page_of(window, show=True)
    assert page.gateway_label.text() == gateway.base_url
    assert page.signatures_label.text() == SIGNATURE
    assert "0.050" in page.price_label.text()
    assert page.balance_timer.isActive() and page.balance_timer.interval() == 3 * 60_000
    assert not page.notice_label.isVisible()

    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.account_dialog  # type: ignore[attr-defined]
    assert dialog is not None and dialog.isVisible()
    assert dialog.findChild(QWidget, "accountEdit").text() == ACCOUNT
    dialog.reject()


def test_without_any_account_the_page_says_what_to_do(open_window: Callable[..., QMainWindow],
                                                       qtbot: QtBot) -> None:
    window = open_window()
    page = page_of(window, show=True)
    assert page.gauge.amount_text() == "—"
    assert page.notice_label.isVisible() and not page.edit_button.isEnabled()
    assert sum(d.total for d in page.statistics.chart.days()) == 0
    assert page.statistics.answer is None and not page.statistics.busy
    qtbot.waitUntil(lambda: window.account_dialog is not None, timeout=5000)  # type: ignore[attr-defined]
    window.account_dialog.reject()  # type: ignore[attr-defined]


def test_a_huge_balance_says_how_many_sms_it_pays_for(
        open_account_window: Callable[..., QMainWindow], gateway: GatewaySimulator,
        qtbot: QtBot, tmp_path: Path) -> None:
    save_accounts(tmp_path / "data", stored_account(gateway))  # 0.050 元 a part
    gateway.set_balance(ACCOUNT, 50 * (2**31 + 5))  # more SMS than a 32-bit count holds
    page = page_of(open_account_window(), show=True)
    qtbot.waitUntil(lambda: page.gauge.balance_li == 50 * (2**31 + 5), timeout=5000)
    assert page.sms_left_label.text() == "按每条 0.050 元计，约还能发送 2,147,483,653 条短信"


class SlowKeyring(MemoryKeyring):
    """Answers only once ``answer`` is set: a keyring still unlocking at start."""

    def __init__(self) -> None:
        super().__init__()
        self.answer = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.answer.wait(10)
        return super().get_password(service, username)


def test_statistics_follow_once_the_password_comes_from_the_keyring(
        qtbot: QtBot, tmp_path: Path, gateway: GatewaySimulator) -> None:
    slow = SlowKeyring()
    with installed_keyring(slow):
        slow.set_password("juhe-desk", ACCOUNT, PASSWORD)
        window = make_main_window(["--data-dir", str(tmp_path / "data"), "--lang", "zh_CN",
                                   "--gateway", gateway.base_url, "--account", ACCOUNT])
        qtbot.addWidget(window)
        window.show()
        tabs = window.findChild(QTabWidget, "mainTabs")
        qtbot.waitUntil(lambda: isinstance(tabs.widget(2), AccountPage), timeout=10_000)
        page = page_of(window, show=True)  # opened before the keyring answered
        waiting = tr("StatisticsPanel",
                     "Enter the account's password (Edit account…) to get statistics.")
        qtbot.waitUntil(lambda: page.statistics.status_label.text() == waiting, timeout=5000)
        slow.answer.set()
        qtbot.waitUntil(lambda: page.statistics.answer is not None, timeout=10_000)
        assert page.statistics.status_label.text() != waiting
        qtbot.waitUntil(lambda: bool(getattr(window, "ready", False)), timeout=10_000)
