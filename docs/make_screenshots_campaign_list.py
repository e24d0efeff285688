"""Renders the bulk tab's list of campaigns on a team's database to
docs/screenshots/campaign-list.png, and the question before taking a campaign over to
campaign-takeover.png.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots_campaign_list.py
[en]`` (``en``: the English screens, to look at, in a temporary folder instead). Needs
Debian's PostgreSQL server (packaging/setup.sh --test installs it): a throwaway cluster.
A clinic with three desks: this one (收银台) sent two campaigns earlier; 前台2 is sending
the member-day campaign now; 办公室 was sending the tasting invitation when its computer
went off, with one batch on its way.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt loads
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # pg_cluster

import keyring
from pg_cluster import APP_PASSWORD, PgCluster
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTabWidget, QWidget
from screenshot_support import MemoryKeyring, wait_until

from juhe_desk.app import make_main_window
from juhe_desk.gateway.client import GatewayClient
from juhe_desk.gateway.simulator import GatewaySimulator, SimAccount
from juhe_desk.services.sending import CampaignSender, SendOptions
from juhe_desk.store import Account, DeskIdentity, NewBatch, NewCampaign, NewMessage, Store
from juhe_desk.ui.importing.campaign_view import CampaignPanel

SCREENSHOTS = Path(__file__).parent / "screenshots"
ACCOUNT, PASSWORD, EXTNO, SIGNATURE = "922011", "screenshot-only-pw", "1069012345", "【康宁诊所】"


def numbers(first: int, count: int) -> list[str]:
    return [str(13812340000 + first + i * 7) for i in range(count)]


def campaign(store: Store, name: str, text: str, mobiles: list[str], per_batch: int) -> int:
    content = SIGNATURE + text
    batches = [NewBatch("send", tuple(NewMessage(m, content) for m in mobiles[i:i + per_batch]))
               for i in range(0, len(mobiles), per_batch)]
    return store.create_campaign(NewCampaign(ACCOUNT, name, "send", content=content,
                                             extno=EXTNO, signature=SIGNATURE), batches).id


def main() -> int:
    english = sys.argv[1:] == ["en"]
    out = Path(tempfile.mkdtemp()) if english else SCREENSHOTS
    app = QApplication.instance() or QApplication(sys.argv[:1])
    keyring.set_keyring(MemoryKeyring())
    sim = GatewaySimulator(port=0, seed=31, report_delay=(0.0, 0.0))
    sim.add_account(SimAccount(account=ACCOUNT, password=PASSWORD, extno=EXTNO,
                               signatures=(SIGNATURE,), balance=5_000_000, price=45))
    for index, mobile in enumerate(numbers(0, 120)):
        if index % 17 == 3:
            sim.set_report_stat(mobile, "UNDELIV")
    sim.start()
    try:
        with PgCluster.start() as cluster, tempfile.TemporaryDirectory() as folder:
            address = cluster.new_database()
            keyring.set_password("juhe-desk", address.url, APP_PASSWORD)
            keyring.set_password("juhe-desk", ACCOUNT, PASSWORD)
            _shoot(app, sim, address.url, Path(folder), out, english)
    finally:
        sim.stop()
    if english:
        print(f"English screens in {out}")
    return 0


def _shoot(app: QApplication, sim: GatewaySimulator, url: str, folder: Path, out: Path,
           english: bool) -> None:
    def client() -> GatewayClient:
        return GatewayClient(sim.base_url, ACCOUNT, PASSWORD)

    here = folder / "till"
    here.mkdir()
    (here / "desk.json").write_text('{"id": "till", "name": "收银台"}', encoding="utf-8")
    till = Store.open_shared(url, APP_PASSWORD)
    till.save_account(Account(id=ACCOUNT, gateway_url=sim.base_url, name="康宁诊所",
                              extno=EXTNO, signatures=(SIGNATURE,), price_li=45,
                              poll_interval_s=60, is_active=True))
    till.set_desk(DeskIdentity("till", "收银台"))
    for name, first, count in (("十一月复诊提醒", 0, 48), ("流感疫苗到货通知", 60, 60)):
        done = campaign(till, name, "您好，本周可预约，回复R退订", numbers(first, count), 20)
        CampaignSender(till, client, done, options=SendOptions(parallel=1)).run()
    till.close()
    sim.flush_reports()

    office = Store.open_shared(url, APP_PASSWORD)  # 办公室: gone with a batch on its way
    office.set_desk(DeskIdentity.new("办公室"))
    tasting = campaign(office, "新品试吃邀请", "周六上午新品试吃，欢迎到店", numbers(200, 90), 30)
    office.claim_campaign(tasting)
    first, second, *_ = office.campaign_batches(tasting)
    office.start_batch(first.id)
    with client() as gateway:
        answer = gateway.send([m for m, _ in office.batch_recipients(first.id)],
                              SIGNATURE + "周六上午新品试吃，欢迎到店", extno=EXTNO)
    office.batch_submitted(first.id, answer.results)
    office.start_batch(second.id)  # the computer goes off now
    office.close()

    front = Store.open_shared(url, APP_PASSWORD)  # 前台2: sending now, a batch a second
    front.set_desk(DeskIdentity.new("前台2"))
    member_day = campaign(front, "十二月会员日", "12月12日会员日，全场药品九折",
                          numbers(400, 600), 50)
    sim.faults.latency = 1.0
    sender = threading.Thread(target=CampaignSender(
        front, client, member_day, options=SendOptions(parallel=1)).run)
    sender.start()
    try:
        window = make_main_window(["--data-dir", str(here), "--lang",
                                   "en" if english else "zh_CN", "--shared-db", url])
        assert isinstance(window, QMainWindow)
        window.resize(1180, 940)
        window.show()
        wait_until(lambda: bool(getattr(window, "ready", True)))
        tabs, page = window.findChild(QTabWidget, "mainTabs"), window.findChild(QWidget,
                                                                                "importPage")
        assert tabs is not None and page is not None
        tabs.setCurrentWidget(page)
        split = page.findChild(QSplitter, "importSplitter")
        assert split is not None
        split.setSizes([1, 3])  # the clerk drags the handles up: the campaigns get the room
        campaigns = page.findChild(QSplitter, "campaignSplitter")
        assert campaigns is not None
        campaigns.setSizes([5, 6])
        panel = window.findChild(CampaignPanel)
        assert panel is not None
        panel.session.poll_now()  # the reports of the earlier campaigns
        rows = panel.campaign_list.list_model
        wait_until(lambda: rows.rowCount() == 4
                   and rows.campaign_row(3).totals.delivered > 0
                   and rows.find(tasting) is not None
                   and rows.find(tasting).desk_role == "gone"  # type: ignore[union-attr]
                   and rows.find(member_day) is not None
                   and rows.find(member_day).went >= 100  # type: ignore[union-attr]
                   and rows.find(member_day).desk_role == "other",  # type: ignore[union-attr]
                   30_000)
        panel.show_campaign(member_day)
        wait_until(lambda: panel.pause_button.isEnabled() and _shows(panel, "会员日"))
        app.processEvents()  # a button shown or hidden: the layout request is posted
        panel.grab().save(str(out / "campaign-list.png"))
        panel.show_campaign(tasting)
        wait_until(lambda: panel.take_over_button.isVisible() and _shows(panel, "试吃"))
        box = panel.campaign_list.take_over(tasting)
        assert box is not None
        wait_until(box.isVisible)
        box.grab().save(str(out / "campaign-takeover.png"))
        box.reject()
        if english:
            app.processEvents()
            panel.grab().save(str(out / "campaign-list-gone.png"))
        front.set_campaign_state(member_day, "paused")  # 前台2 stops before its next batch
        sender.join(30)
        window.close()
        app.processEvents()
    finally:
        sender.join(30)
        front.close()


def _shows(panel: CampaignPanel, words: str) -> bool:
    """The messages below are the chosen campaign's (they are read in a job)."""
    model = panel.model
    return model.rowCount() > 0 and words in str(model.index(0, model.COL_TEXT).data())


if __name__ == "__main__":
    sys.exit(main())
