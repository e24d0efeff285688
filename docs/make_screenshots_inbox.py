"""Renders the Inbox tab's table of every reply (a week of customers' replies) to
docs/screenshots/inbox.png, the replies that look like opt-outs waiting for a look to
inbox-optout-review.png, and the opt-out list dialog to docs/screenshots/optout.png.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots_inbox.py``.
A simulated gateway whose clock is moved back takes a clinic's campaigns over the last days;
its customers write back (questions, thanks, R, 退订, ...) and the app pulls the replies on
start, as it would from a real gateway: opt-out replies go on the list and are marked, those
that only look like one ("别再发了", "不需要") wait for a look.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
from pathlib import Path

from screenshot_support import (
    ACCOUNT,
    SCREENSHOTS,
    ShiftedClock,
    send_campaign,
    shop_account,
    shop_client,
    shop_gateway,
    shop_window,
    start_app,
    wait_until,
)

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.sending import SendOptions
from juhe_desk.store import Store
from juhe_desk.ui.session import DATABASE_NAME

SIGNATURE = "【康宁口腔】"

CAMPAIGNS = (  # days ago, name, text, how many numbers
    (5, "五一洁牙优惠", "五一假期洁牙特惠98元，名额有限，欢迎预约。回复TD退订", 120),
    (2, "复诊提醒 5月8日", "您预约的复诊时间为5月8日下午，如需改期请回复或来电。回复TD退订", 40),
    (0, "儿童涂氟活动", "本周六儿童免费涂氟，家长可带孩子到店参加。回复TD退订", 160),
)
REPLIES = (
    "好的，谢谢", "R", "几点开门？", "退订", "周六还有名额吗？", "收到", "TD",
    "能改到下周一吗", "地址在哪里？", "谢谢医生", "明天下午过去", "拒收", "有停车位吗？",
    "孩子5岁可以吗", "好的", "需要提前预约吗？", "T",
)
# Replies that look like opt-outs (flagged for a look), and one that only seems to.
LIKELY_REPLIES = ("别再发了，谢谢", "不需要", "烦不烦啊，再发就投诉", "Ｔ Ｄ")
NOT_AN_OPT_OUT = "不要退订哦，我还想收到活动通知"


def _campaigns_and_replies(sim: GatewaySimulator, store: Store, clock: ShiftedClock) -> int:
    """Sends each campaign at its time, then lets some customers answer over the next hours.
    Returns how many replies are waiting at the gateway."""
    rng = random.Random(20240508)
    replies = 0
    serial = 1
    for days_ago, name, text, count in CAMPAIGNS:
        clock.offset = -dt.timedelta(days=days_ago, hours=4 if days_ago == 0 else 0)
        numbers = [f"13{rng.choice('5789')}{(serial + i) * 7919 % 100_000_000:08d}"
                   for i in range(count)]
        serial += count
        send_campaign(store, lambda: shop_client(sim), name,
                      [(m, SIGNATURE + text) for m in numbers], options=SendOptions(parallel=1))
        for mobile in rng.sample(numbers, 7):
            clock.offset += dt.timedelta(minutes=rng.randint(3, 50))
            sim.inject_mo(ACCOUNT, mobile, rng.choice(REPLIES))
            replies += 1
    for mobile, text in zip(rng.sample(numbers, 5), (*LIKELY_REPLIES, NOT_AN_OPT_OUT),
                            strict=True):
        clock.offset += dt.timedelta(minutes=rng.randint(3, 20))
        sim.inject_mo(ACCOUNT, mobile, text)
        replies += 1
    clock.offset = -dt.timedelta(minutes=20)
    sim.inject_mo(ACCOUNT, "18612345678", "请问你们周日营业吗？")  # never sent to: no campaign
    clock.offset = dt.timedelta()
    return replies + 1


def main() -> int:
    start_app()
    clock = ShiftedClock()
    sim = shop_gateway(SIGNATURE, balance=2_000_000, price=50, seed=5, clock=clock)
    with sim, tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        with Store.open(data_dir / DATABASE_NAME, clock=clock) as store:
            store.save_account(shop_account(sim.base_url, "康宁口腔", SIGNATURE, price_li=50,
                                            low_balance_li=100_000))
            store.add_opt_outs(["13900001111", "13511112222"], "manual", note="电话要求")
            replies = _campaigns_and_replies(sim, store, clock)
        window = shop_window(data_dir, sim.base_url)
        page = window.pages.inbox  # built as its tab is first opened
        window.tabs.setCurrentWidget(page)
        page.modes.setCurrentIndex(1)  # every reply, one row each (conversations: its own)
        session = page.session
        wait_until(lambda: page.model.rowCount() == replies and not
                    page.model.is_loading() and session.runner.busy() == 0)
        page.view.selectRow(1)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SCREENSHOTS / "inbox.png"))

        page.review.review_button.click()  # "待确认的疑似退订": only those
        wait_until(lambda: page.model.rowCount() == len(LIKELY_REPLIES)
                   and not page.model.is_loading() and session.runner.busy() == 0)
        page.view.selectRow(0)
        window.grab().save(str(SCREENSHOTS / "inbox-optout-review.png"))
        page.review.review_button.click()

        dialog = page.show_opt_out_list()
        wait_until(lambda: not dialog.model.is_loading() and dialog.model.rowCount() > 2)
        dialog.grab().save(str(SCREENSHOTS / "optout.png"))
        dialog.close()
        window.close()
    print(SCREENSHOTS / "inbox.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
