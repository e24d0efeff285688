"""Renders a conversation with a customer to docs/screenshots/conversation.png and a reply
being written (a quick reply inserted, the length counted) to docs/screenshots/reply.png.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots_conversation.py
[--lang en]``. A simulated gateway whose clock is moved back takes a clinic's campaigns over
the last days, each from its own extension of the 接入号 (the account allows them); patients
named in the campaigns' sheets write back, one of them to the plain 接入号 (a guess), and
the clinic has answered one already. The app pulls the replies on start, as it would from a
real gateway.
"""

from __future__ import annotations

import argparse
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
PATIENT = "13912345678"  # 江苏省常州市, 中国移动
NAMES = ("张伟", "李娜", "刘洋", "陈静", "杨帆", "赵敏", "黄磊", "周婷", "吴昊", "孙悦")
QUICK_REPLIES = (
    ("地址", "本院地址：和平路 12 号二楼（地铁 2 号线和平路站 B 口）。"),
    ("营业时间", "营业时间：周一至周日 9:00-20:00，节假日照常。"),
    ("预约电话", "预约电话 0519-8888 6666，也可直接回复短信预约。"),
    ("停车", "院门口有免费停车位，周末车位较紧张，建议公共交通。"),
)


def _send(sim: GatewaySimulator, store: Store, name: str, text: str,
          numbers: list[str]) -> int:
    return send_campaign(store, lambda: shop_client(sim), name,
                         [(m, SIGNATURE + text) for m in numbers],
                         options=SendOptions(parallel=1)).campaign_id


def _history(sim: GatewaySimulator, store: Store, clock: ShiftedClock) -> int:
    """The clinic's last days; returns how many numbers replied."""
    rng = random.Random(51)
    others = [f"13{rng.choice('5789')}{rng.randrange(10 ** 8):08d}" for _ in range(60)]
    sim.set_report_stat(PATIENT, "DELIVRD")
    clock.offset = -dt.timedelta(days=3, hours=5)
    spring = _send(sim, store, "五一洁牙优惠", "五一假期洁牙特惠98元，名额有限，欢迎预约。"
                   "回复TD退订", [PATIENT, *others])
    store.remember_customer_names(spring, [(PATIENT, "王丽"), *zip(others, NAMES * 6,
                                                                  strict=False)])
    sim.flush_reports()
    clock.offset += dt.timedelta(minutes=40)
    sim.inject_mo(ACCOUNT, PATIENT, "请问洁牙大概要多久？需要空腹吗")
    replied = {PATIENT}
    for mobile, text in zip(others[:6], ("几点开门？", "好的，谢谢", "R", "周六还有名额吗？",
                                         "地址在哪里？", "收到"), strict=True):
        clock.offset += dt.timedelta(minutes=rng.randint(5, 40))
        sim.inject_mo(ACCOUNT, mobile, text)
        replied.add(mobile)
    clock.offset = -dt.timedelta(days=3, hours=4)
    _send(sim, store, "回复 " + PATIENT, "您好，洁牙约30分钟，不需要空腹。", [PATIENT])
    clock.offset = -dt.timedelta(days=1, hours=2)
    _send(sim, store, "复诊提醒 5月8日", "王女士您好，您预约的洁牙时间为5月8日下午3点，"
          "如需改期请回复。回复TD退订", [PATIENT])
    sim.flush_reports()
    clock.offset += dt.timedelta(minutes=25)
    sim.inject_mo(ACCOUNT, PATIENT, "能改到下周一下午吗？")
    clock.offset = -dt.timedelta(minutes=30)
    sim.inject_mo(ACCOUNT, others[7], "上次的优惠还有吗", access_code=EXTNO)  # plain: a guess
    replied.add(others[7])
    clock.offset = -dt.timedelta(minutes=12)
    sim.inject_mo(ACCOUNT, PATIENT, "另外孩子也想一起看，可以吗")
    clock.offset = dt.timedelta()
    return len(replied)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_CN")
    args = parser.parse_args()
    suffix = "" if args.lang == "zh_CN" else f"-{args.lang}"
    start_app()
    clock = ShiftedClock()
    sim = shop_gateway(SIGNATURE, balance=2_000_000, price=50, seed=5, clock=clock)
    with sim, tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        with Store.open(data_dir / DATABASE_NAME, clock=clock) as store:
            store.save_account(shop_account(sim.base_url, "康宁口腔", SIGNATURE, price_li=50,
                                            low_balance_li=100_000, reply_extension_digits=2))
            for title, text in QUICK_REPLIES:
                store.add_quick_reply(title, text)
            numbers = _history(sim, store, clock)
        window = shop_window(data_dir, sim.base_url, lang=args.lang)
        page = window.pages.inbox  # built as its tab is first opened
        session = page.session
        wait_until(lambda: page.conversations.model.rowCount() == numbers
                   and page.unread() > 0 and session.runner.busy() == 0)
        page.open_conversation(PATIENT)
        panel = page.conversations.panel
        wait_until(lambda: panel.conversation is not None and "·" in panel.number_label.text()
                   and session.runner.busy() == 0)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SCREENSHOTS / f"conversation{suffix}.png"))

        box = panel.reply_box
        box.set_body("可以的，已为您改到下周一（5月12日）下午3点，孩子可以一起来。")
        box.quick_bar.itemAt(1).widget().click()  # 营业时间
        wait_until(lambda: session.runner.busy() == 0)
        panel.grab().save(str(SCREENSHOTS / f"reply{suffix}.png"))
        window.close()
    print(SCREENSHOTS / f"conversation{suffix}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
