"""Renders the warning before a text goes twice to docs/screenshots/repeat-send-warning.png.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots_repeat.py
[--lang en] [--out FILE]``.
A flower shop sent its Mother's Day offer this morning to its member list (a campaign from a
spreadsheet) and an hour ago by quick send to a few walk-in customers. Now a colleague
pastes a longer list with the same offer: juhe-desk reads its journal and warns first.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QMainWindow
from screenshot_support import (
    ACCOUNT,
    EXTNO,
    SCREENSHOTS,
    ShiftedClock,
    shop_account,
    shop_gateway,
    shop_window,
    start_app,
    wait_until,
)

from juhe_desk.gateway.models import SubmitResult
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.store import Store
from juhe_desk.store.records import DEFAULT_POLL_INTERVAL_S
from juhe_desk.ui.pages.compose_page import ComposePage
from juhe_desk.ui.session import DATABASE_NAME

OUTPUT = SCREENSHOTS / "repeat-send-warning.png"
SIGNATURE = "【花语鲜花店】"
TEXT = "母亲节花束预订开始啦！5月12日前到店或电话预订，康乃馨花束一律8折。"
MEMBERS = [f"1391234{i:04d}" for i in range(860)]
WALK_IN = [f"1380013{i:04d}" for i in range(9)]
PASTED = MEMBERS[700:] + WALK_IN[:6] + [f"1507788{i:04d}" for i in range(140)]


def sent_earlier(data_dir: Path) -> None:
    """This morning's campaign and the quick send an hour ago, as the journal keeps them."""
    clock = ShiftedClock()
    with Store.open(data_dir / DATABASE_NAME, clock=clock) as store:
        store.save_account(shop_account("http://127.0.0.1:9", "花语鲜花店", SIGNATURE,
                                         poll_interval_s=DEFAULT_POLL_INTERVAL_S))
        earlier = ((dt.timedelta(hours=-4, minutes=-12), "会员名单.xlsx 母亲节", MEMBERS,
                    "会员名单.xlsx"),
                   (dt.timedelta(hours=-1, minutes=-3), "快速发送 到店客户", WALK_IN, None))
        for offset, name, numbers, source in earlier:
            clock.offset = offset
            campaign = create_campaign_from_messages(
                store, account_id=ACCOUNT, name=name, extno=EXTNO,
                messages=[(m, SIGNATURE + TEXT) for m in numbers], batch_size=200,
                signature=SIGNATURE, source_file=source)
            for batch in store.campaign_batches(campaign.id):
                store.batch_start(batch.id)
                clock.offset += dt.timedelta(seconds=40)
                store.batch_submitted(batch.id, [
                    SubmitResult(m.mobile, f"{m.id:016X}", 0)
                    for m in store.batch_messages(batch.id)])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args()
    app = start_app()
    sim = shop_gateway(SIGNATURE, balance=356_800, price=45, seed=12)
    with sim, tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        sent_earlier(data_dir)
        window = shop_window(data_dir, sim.base_url, lang=args.lang)
        _shoot(window, args.out)
        window.close()
    del app
    return 0


def _shoot(window: QMainWindow, out: Path) -> None:
    page = window.findChild(ComposePage, "composePage")
    assert page is not None
    wait_until(lambda: page.session.balance is not None)
    page.recipients.set_numbers("\n".join(PASTED))
    page.content.set_text(TEXT)
    wait_until(lambda: page.recipients.up_to_date and bool(page.recipients.check.valid))
    page.send()
    guard = page.repeat_guard
    wait_until(lambda: guard.dialog is not None and guard.dialog.isVisible())
    assert guard.dialog is not None
    out.parent.mkdir(parents=True, exist_ok=True)
    guard.dialog.grab().save(str(out))
    guard.dialog.reject()  # the default: nothing is sent
    print(out)


if __name__ == "__main__":
    raise SystemExit(main())
