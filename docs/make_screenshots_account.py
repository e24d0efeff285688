"""Renders the Account tab with a month of real-looking traffic to docs/screenshots/account.png.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots_account.py``.
A simulated gateway whose clock is moved back takes a shop's sends over the last 30 days;
the app then reads the balance and the daily totals from it, as it would from a real one.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
from pathlib import Path

from screenshot_support import (
    ACCOUNT,
    EXTNO,
    SCREENSHOTS,
    ShiftedClock,
    shop_client,
    shop_gateway,
    shop_window,
    start_app,
    wait_until,
)

from juhe_desk.gateway.models import CHINA_TZ
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.store import Account, Store
from juhe_desk.ui.session import DATABASE_NAME

OUTPUT = SCREENSHOTS / "account.png"
SIGNATURE = "【花语鲜花店】"


def _month_of_sends(sim: GatewaySimulator, clock: ShiftedClock) -> None:
    """A flower shop's traffic: more on weekends, a promotion two weeks ago, most delivered,
    a few failed, and this morning's reports partly still on their way."""
    rng = random.Random(20240520)
    today = dt.datetime.now(CHINA_TZ).date()
    serial = 0
    with shop_client(sim) as client:
        for days_ago in range(29, -1, -1):
            day = today - dt.timedelta(days=days_ago)
            if rng.random() < 0.12:
                continue  # closed that day
            count = rng.randint(25, 70) + (60 if day.weekday() >= 5 else 0)
            if days_ago == 14:
                count += 260  # the Qixi promotion
            numbers = [f"139{(serial + i) * 7919 % 100_000_000:08d}" for i in range(count)]
            serial += count
            for mobile in numbers:
                failed = rng.random() < (0.09 if days_ago == 14 else 0.04)
                sim.set_report_stat(mobile, rng.choice(["UNDELIV", "MA:0001", "EXPIRED"])
                                    if failed else "DELIVRD")
            clock.offset = -dt.timedelta(days=days_ago, hours=3 if days_ago else 0, minutes=15)
            client.send(numbers, f"{SIGNATURE}新到一批玫瑰和百合，本周会员九折，回复TD退订",
                        extno=EXTNO)
    clock.offset = dt.timedelta()


def main() -> int:
    start_app()
    clock = ShiftedClock()
    sim = shop_gateway(SIGNATURE, balance=3_000_000, price=50, seed=11, clock=clock,
                       report_delay=(0.0, 1800.0))
    with sim, tempfile.TemporaryDirectory() as folder:
        _month_of_sends(sim, clock)
        sim.set_balance(ACCOUNT, 1_286_450)  # after last week's top-up
        data_dir = Path(folder)
        with Store.open(data_dir / DATABASE_NAME) as store:
            store.save_account(Account(
                id=ACCOUNT, gateway_url=sim.base_url, name="花语鲜花店", extno=EXTNO,
                signatures=(SIGNATURE, "【花语】"), price_li=50, low_balance_li=200_000,
                is_active=True))
        window = shop_window(data_dir, sim.base_url, size=(1100, 760))
        wait_until(lambda: window.session.ready)  # the password read from the keyring
        page = window.pages.account  # built as its tab is first opened
        window.tabs.setCurrentWidget(page)
        page.statistics.month_radio.click()
        wait_until(lambda: page.gauge.balance_li is not None
                    and page.statistics.answer is not None
                    and len(page.statistics.chart.days()) == 30 and not page.statistics.busy)
        OUTPUT.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(OUTPUT))
        window.close()
    print(OUTPUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
