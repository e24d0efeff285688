"""The other desks hear a change within a second (LISTEN/NOTIFY), and a listener whose
connection was cut connects again and says it must catch up."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_backends import SharedCluster, StorePlace

from juhe_desk.gateway.models import DeliveryReport, InboundMessage
from juhe_desk.services.live_changes import CATCH_UP, LiveEvent, listen
from juhe_desk.store import Account, NewBatch, NewCampaign, NewMessage, Store
from juhe_desk.store.changes import Change, ChangeKind
from juhe_desk.store.desk_identity import DeskIdentity


class Heard:
    """What a listener thread delivered, waited on by events (no sleeps)."""

    def __init__(self, store: Store, wait_s: float = 0.3) -> None:
        self.events: list[LiveEvent] = []
        self.changed = threading.Condition()
        self.listening = threading.Event()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=listen, args=(
            store, self._deliver, self.stop.is_set, self.stop.wait),
            kwargs={"listening": self.listening.set, "retry_s": 0.1, "wait_s": wait_s},
            daemon=True)

    def _deliver(self, events: list[LiveEvent]) -> None:
        with self.changed:
            self.events.extend(events)
            self.changed.notify_all()

    def wait_for(self, event: LiveEvent, timeout: float) -> float:
        """Seconds until ``event`` was heard; fails after ``timeout``."""
        started = time.monotonic()
        with self.changed:
            assert self.changed.wait_for(lambda: event in self.events, timeout), self.events
        return time.monotonic() - started


@pytest.fixture
def two_desks(shared_cluster: SharedCluster, tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    place = StorePlace("postgresql", tmp_path, shared_cluster)
    try:
        yield place.open(), place.open()
    finally:
        place.close_all()


@pytest.fixture
def heard(two_desks: tuple[Store, Store]) -> Iterator[Heard]:
    heard = Heard(two_desks[1])
    heard.thread.start()
    assert heard.listening.wait(10)
    yield heard
    heard.stop.set()
    heard.thread.join(10)
    assert not heard.thread.is_alive()


def test_a_report_stored_at_one_desk_is_heard_at_another_within_a_second(
        two_desks: tuple[Store, Store], heard: Heard) -> None:
    puller, _ = two_desks
    puller.add_reports([DeliveryReport("m1", "13800000001", "DELIVRD", "2026-12-05 10:00:00",
                                       "106901234")], "pull")
    report_id = puller._scalar("SELECT max(id) FROM reports")
    assert heard.wait_for(Change(ChangeKind.REPORT, str(report_id)), 5) < 1.0


def test_a_change_is_passed_on_as_it_is_heard_not_when_the_wait_ends(
        two_desks: tuple[Store, Store]) -> None:
    desk, listener_store = two_desks
    heard = Heard(listener_store, wait_s=60.0)  # a wait far longer than the test allows
    heard.thread.start()
    assert heard.listening.wait(10)
    desk.add_opt_outs(["13800000008"], "manual")
    assert heard.wait_for(Change(ChangeKind.OPT_OUT, "1"), 10) < 10
    heard.stop.set()
    desk.add_opt_outs(["13800000009"], "manual")  # wakes the listener, which sees the stop
    heard.thread.join(10)
    assert not heard.thread.is_alive()


def test_replies_and_opt_outs_are_heard_but_a_write_that_rolled_back_is_not(
        two_desks: tuple[Store, Store], heard: Heard) -> None:
    desk, _ = two_desks
    [reply] = desk.add_inbound([InboundMessage("i1", "13800000002", "退订",
                                               "2026-12-05 10:00:00", "106901234")], "pull")
    heard.wait_for(Change(ChangeKind.REPLY, str(reply.id)), 5)
    with pytest.raises(ValueError):
        desk.add_opt_outs(["13800000003"], "nonsense")  # type: ignore[arg-type]
    desk.remove_opt_outs(["13800000004"])  # not on the list: nothing changed, nothing said
    desk.add_opt_outs(["13800000002"], "mo")
    heard.wait_for(Change(ChangeKind.OPT_OUT, "1"), 5)
    assert [e for e in heard.events if isinstance(e, Change)
            and e.kind is ChangeKind.OPT_OUT] == [Change(ChangeKind.OPT_OUT, "1")]


def test_a_listener_whose_connection_was_cut_reconnects_and_catches_up(
        two_desks: tuple[Store, Store], heard: Heard) -> None:
    desk, listener_store = two_desks
    heard.listening.clear()
    desk._db.connection().execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
        " WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()")
    heard.wait_for(CATCH_UP, 15)
    assert heard.listening.is_set()
    desk.add_opt_outs(["13800000005"], "manual")  # and it hears again
    heard.wait_for(Change(ChangeKind.OPT_OUT, "1"), 5)
    del listener_store


def test_a_campaign_made_and_sent_is_heard_at_each_step(
        two_desks: tuple[Store, Store], heard: Heard) -> None:
    desk, _ = two_desks
    desk.save_account(Account(id="922011", gateway_url="http://127.0.0.1:9"))
    campaign = desk.create_campaign(
        NewCampaign("922011", "店庆", "send", content="周末八折"),
        [NewBatch("send", (NewMessage("13800000007", "周末八折", row_index=0),))])
    change = Change(ChangeKind.CAMPAIGN, str(campaign.id))
    heard.wait_for(change, 5)
    with heard.changed:
        heard.events.clear()
    [batch] = desk.campaign_batches(campaign.id)
    desk.start_batch(batch.id)  # the campaign is sending: its progress moved
    heard.wait_for(change, 5)


def test_the_other_desks_on_line_are_named(two_desks: tuple[Store, Store]) -> None:
    front, back = two_desks
    front.set_desk(DeskIdentity.new("前台"))
    assert front.other_desks_online() == []
    back.set_desk(DeskIdentity.new("后台"))
    assert front.other_desks_online() == ["后台"]
    assert back.other_desks_online() == ["前台"]


def test_a_sqlite_file_sends_nothing_and_names_no_other_desk(tmp_path: Path) -> None:
    with Store.open(tmp_path / "one.sqlite3") as store:
        store.add_opt_outs(["13800000006"], "manual")  # pg_notify would fail here
        assert store.other_desks_online() == []
