"""What the screenshot scripts share: the application with a keyring in memory, the shop's
account on a simulated gateway, the real window signed in to it (or in demo mode), a
campaign sent at once, a clock that can be moved, and waits for the screen to get its data.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import keyring
import keyring.backend
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from juhe_desk.app import make_main_window
from juhe_desk.gateway.client import GatewayClient
from juhe_desk.gateway.models import CHINA_TZ
from juhe_desk.gateway.simulator import GatewaySimulator, SimAccount
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.services.sending import CampaignSender, SendOptions, SendReport
from juhe_desk.store import Account, Store
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.session import DATABASE_NAME

SCREENSHOTS = Path(__file__).parent / "screenshots"
# The shop's account at the gateway; each script gives its shop's signature.
ACCOUNT, PASSWORD, EXTNO = "922011", "screenshot-only-pw", "1069012345"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Keeps the screenshot account's password out of the real keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._passwords[service, username] = password

    def delete_password(self, service: str, username: str) -> None:
        self._passwords.pop((service, username), None)


class ShiftedClock:
    """China time now, plus ``offset``: lets a script make a month of history."""

    def __init__(self) -> None:
        self.offset = dt.timedelta()

    def __call__(self) -> dt.datetime:
        return dt.datetime.now(CHINA_TZ) + self.offset


def start_app() -> QApplication:
    """The application (offscreen unless ``QT_QPA_PLATFORM`` says otherwise), with passwords
    kept in memory, never in the real keyring."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the application starts
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    keyring.set_keyring(MemoryKeyring())
    return app


def shop_gateway(signature: str, *, balance: int, price: int, seed: int | None = None,
                 clock: ShiftedClock | None = None,
                 report_delay: tuple[float, float] = (0.0, 0.0)) -> GatewaySimulator:
    """A simulated gateway (started by ``with`` or ``start()``) holding the shop's account:
    ``ACCOUNT``, ``PASSWORD``, ``EXTNO`` and ``signature``, paid in advance."""
    gateway = GatewaySimulator(port=0, seed=seed, clock=clock, report_delay=report_delay)
    gateway.add_account(SimAccount(account=ACCOUNT, password=PASSWORD, extno=EXTNO,
                                   signatures=(signature,), balance=balance,
                                   charge_type="PRECHARGE", price=price))
    return gateway


def shop_client(gateway: GatewaySimulator) -> GatewayClient:
    """A client of ``gateway`` signed in to the shop's account."""
    return GatewayClient(gateway.base_url, ACCOUNT, PASSWORD)


def shop_account(gateway_url: str, name: str, signature: str, *,
                 poll_interval_s: int = 60, **changes: object) -> Account:
    """The shop's account as its window keeps it: ``ACCOUNT`` at ``gateway_url``, 4.5 分 an
    SMS, active; ``changes``: its other fields where they differ (``price_li=50``)."""
    return dataclasses.replace(
        Account(id=ACCOUNT, gateway_url=gateway_url, name=name, extno=EXTNO,
                signatures=(signature,), price_li=45, poll_interval_s=poll_interval_s,
                is_active=True), **changes)


def shop_desk(folder: Path | str, gateway_url: str, name: str, signature: str,
              **changes: object) -> Path:
    """A desk's data folder (``folder``/data) with the shop's account saved in it, as the
    shop set it up (``changes`` as in ``shop_account``)."""
    data_dir = Path(folder) / "data"
    data_dir.mkdir()
    with Store.open(data_dir / DATABASE_NAME) as store:
        store.save_account(shop_account(gateway_url, name, signature, **changes))
    return data_dir


def shop_window(data_dir: Path | str, gateway_url: str, *, lang: str = "zh_CN",
                size: tuple[int, int] = (1100, 720), files: Sequence[Path] = ()) -> MainWindow:
    """The real start on ``data_dir``, signed in to ``ACCOUNT`` at ``gateway_url`` (its
    password in the keyring), ``files`` opened as from the command line; shown."""
    keyring.set_password("juhe-desk", ACCOUNT, PASSWORD)
    return _shown(make_main_window(["--data-dir", str(data_dir), "--lang", lang,
                                    "--gateway", gateway_url, "--account", ACCOUNT,
                                    *map(str, files)]), size)


def demo_window(data_dir: Path | str, *, lang: str = "zh_CN",
                size: tuple[int, int] = (1280, 760)) -> MainWindow:
    """The real start in demo mode (``--demo``) on ``data_dir``; shown."""
    return _shown(make_main_window(["--demo", "--data-dir", str(data_dir), "--lang", lang]),
                  size)


def _shown(window: object, size: tuple[int, int]) -> MainWindow:
    assert isinstance(window, MainWindow)
    window.resize(*size)
    window.show()
    wait_until(lambda: window.ready)  # the start's steps over: account, gateway, polling
    return window


def send_campaign(store: Store, make_client: Callable[[], GatewayClient], name: str,
                  messages: Sequence[tuple[str, str]], *, account_id: str = ACCOUNT,
                  extno: str = EXTNO, options: SendOptions | None = None) -> SendReport:
    """A campaign written and sent at once, in this thread (a script may block)."""
    campaign = create_campaign_from_messages(store, account_id=account_id, name=name,
                                             extno=extno, messages=messages, batch_size=200)
    return CampaignSender(store, make_client, campaign.id, options=options).run()


def send_in_demo(window: MainWindow, name: str, mobiles: Sequence[str], text: str) -> None:
    """A campaign sent through the demo gateway; the tabs hear of it as of one they sent."""
    session = window.session
    assert session.account is not None
    report = send_campaign(session.store, session.make_client, name,
                           [(mobile, text) for mobile in mobiles],
                           account_id=session.account.id, extno=session.account.extno)
    session.sendFinished.emit(report)


def wait_until(condition: Callable[[], bool], timeout_ms: int = 10_000) -> None:
    """Run the event loop until ``condition()`` holds; TimeoutError after ``timeout_ms``."""
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    poll.start(20)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    poll.stop()
    if not condition():
        raise TimeoutError("the screen never got ready")


def settle(ms: int = 600) -> None:
    """Run the event loop ``ms`` longer: pending layouts and paints happen before a grab."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
