"""Whether an account's campaign waits for its delivery reports now (the puller then pulls
sooner): a batch sent in the last minutes with messages the gateway accepted and no report
has settled yet; not once they are reported on, nor long after, nor for another account."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from store_backends import explain
from time_support import FakeClock

from juhe_desk.gateway.models import DeliveryReport, SubmitResult
from juhe_desk.store import NewBatch, NewCampaign, NewMessage, Store
from juhe_desk.store.reports_awaited import AWAITED_SQL

ACCOUNT, TEXT = "922011", "【店】周六八折"
WINDOW = dt.timedelta(minutes=10)


def test_reports_are_awaited_after_a_send_until_reported_or_long_after(
        store: Store, clock: FakeClock) -> None:
    assert not store.reports_awaited(ACCOUNT, WINDOW)
    campaign = store.create_campaign(
        NewCampaign(ACCOUNT, "店庆", "send", content=TEXT),
        [NewBatch("send", (NewMessage("13800000001", TEXT), NewMessage("13800000002", TEXT)))])
    [batch] = store.campaign_batches(campaign.id)
    assert not store.reports_awaited(ACCOUNT, WINDOW)  # saved, not sent
    store.start_batch(batch.id)
    store.batch_submitted(batch.id, [SubmitResult("13800000001", "A1B2C3D4E5F60718", 0),
                                     SubmitResult("13800000002", "A1B2C3D4E5F60719", 0)])
    assert store.reports_awaited(ACCOUNT, WINDOW)
    assert not store.reports_awaited("922099", WINDOW)  # another account's pulls: as usual
    clock.advance(WINDOW + dt.timedelta(seconds=1))
    assert not store.reports_awaited(ACCOUNT, WINDOW)  # late reports: the usual interval
    clock.advance(-WINDOW)
    now = "2026-11-01 09:00:30"
    store.add_reports([DeliveryReport("A1B2C3D4E5F60718", "13800000001", "DELIVRD", now),
                       DeliveryReport("A1B2C3D4E5F60719", "13800000002", "UNDELIV", now)],
                      "pull")
    assert not store.reports_awaited(ACCOUNT, WINDOW)  # every message reported on


def test_each_batch_is_asked_by_its_key_newest_first(tmp_path: Path) -> None:
    """By campaign and status, SQLite went through every message of the campaign still
    waiting, for each batch already reported on: seconds a pull turn on a big campaign."""
    with Store.open(tmp_path / "juhe.db") as plain, plain.job_connection():
        plan = explain(plain, AWAITED_SQL, ("2026-11-01 09:00:00", ACCOUNT))
    assert any("sqlite_autoindex_messages_1 (batch_id=?)" in step for step in plan), plan
    assert not any("messages_campaign_status" in step for step in plan), plan
    assert not any("TEMP B-TREE" in step for step in plan), plan  # newest first by the index
