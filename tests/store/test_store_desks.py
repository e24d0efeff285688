"""Several desks on one shared database: one desk per role (pulling an account, sending a
campaign) through session-level advisory locks, released when a desk's connection ends;
recovering after a crash never touches a running desk's batches. On a SQLite file there is
one desk and nothing changes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator

import pytest
from pg_cluster import APP_PASSWORD
from store_backends import SharedCluster, StorePlace
from time_support import wait_until

from juhe_desk.gateway.models import SubmitResult
from juhe_desk.store import (
    CampaignBusyError,
    DeskIdentity,
    NewBatch,
    NewCampaign,
    NewMessage,
    Store,
)
from juhe_desk.store.advisory_locks import puller_key
from juhe_desk.store.desk_identity import load_or_create
from juhe_desk.store.journal import INTERRUPTED_TEXT

TEXT = "【店】周六八折"
ACCOUNT = "922011"


@pytest.fixture
def three_desks(shared_cluster: SharedCluster, tmp_path: object) -> Iterator[list[Store]]:
    """Three desks on one fresh shared database, each with its identity."""
    from pathlib import Path

    place = StorePlace("postgresql", Path(str(tmp_path)), shared_cluster)
    try:
        stores = [place.open() for _ in range(3)]
        for store, name in zip(stores, ("前台", "收银台", "办公室"), strict=True):
            store.set_desk(DeskIdentity.new(name))
        yield stores
    finally:
        place.close_all()


def campaign(store: Store, *mobiles: str) -> int:
    batches = [NewBatch("send", (NewMessage(m, TEXT),)) for m in mobiles]
    return store.create_campaign(NewCampaign(ACCOUNT, "店庆", "send", content=TEXT),
                                 batches).id


def test_a_desk_keeps_its_id_in_its_data_folder(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    first = load_or_create(folder, "前台电脑")
    again = load_or_create(folder)
    assert again.id == first.id and len(first.id) == 32
    assert first.name == "前台电脑" and again.name  # the computer's name when not given
    assert load_or_create(folder / "other").id != first.id


def test_one_desk_pulls_an_account_and_another_takes_over_when_it_goes(
        three_desks: list[Store]) -> None:
    a, b, c = three_desks
    assert a.try_take_puller(ACCOUNT)
    assert a.try_take_puller(ACCOUNT)  # still it
    assert not b.try_take_puller(ACCOUNT) and not c.try_take_puller(ACCOUNT)
    assert b.try_take_puller("another-account")  # one puller per account
    seen_by_b = b.puller_of(ACCOUNT)
    assert seen_by_b is not None and seen_by_b.name == "前台" and not seen_by_b.is_this_desk
    here = a.puller_of(ACCOUNT)
    assert here is not None and here.is_this_desk
    a.close()  # the desk quits (a crash ends its connection the same way)
    _wait_released(lambda: b.puller_of(ACCOUNT) is None)
    assert c.try_take_puller(ACCOUNT) and not b.try_take_puller(ACCOUNT)
    taken = b.puller_of(ACCOUNT)
    assert taken is not None and taken.name == "办公室"


def test_the_puller_is_named_by_its_lock_even_before_or_against_its_roles_row(
        three_desks: list[Store]) -> None:
    """The role's row is written after the lock is taken, in a write that may wait behind
    other desks' writes: meanwhile the desks name the puller by who holds the lock."""
    a, b, c = three_desks
    assert c.try_take_puller(ACCOUNT)  # 办公室 pulled last: the row names it
    c.release_puller(ACCOUNT)
    locks = a._session_locks()
    assert locks is not None and locks.try_lock(puller_key(ACCOUNT))  # its row not written yet
    seen = b.puller_of(ACCOUNT)
    assert seen is not None and (seen.name, seen.id) == ("前台", a.desk.id)  # type: ignore[union-attr]
    here = a.puller_of(ACCOUNT)
    assert here is not None and here.is_this_desk
    locks.unlock(puller_key(ACCOUNT))
    assert b.puller_of(ACCOUNT) is None


def test_a_campaign_is_sent_by_one_desk_at_a_time(three_desks: list[Store]) -> None:
    a, b, _ = three_desks
    campaign_id = campaign(a, "13800000001")
    assert a.get_campaign(campaign_id).desk_id == a.desk.id  # type: ignore[union-attr]
    a.claim_campaign(campaign_id)
    with pytest.raises(CampaignBusyError) as busy:
        b.claim_campaign(campaign_id)
    assert "前台" in busy.value.text() and "前台" in busy.value.text("en")
    sender = b.campaign_sender(campaign_id)
    assert sender is not None and sender.name == "前台"
    a.release_campaign(campaign_id)
    assert b.campaign_sender(campaign_id) is None
    b.claim_campaign(campaign_id)
    sender = a.campaign_sender(campaign_id)
    assert sender is not None and sender.name == "收银台"


def test_recovery_leaves_a_running_desks_batches_alone(three_desks: list[Store]) -> None:
    a, b, c = three_desks
    campaign_id = campaign(a, "13800000001", "13800000002", "13800000003")
    first, second, third = a.campaign_batches(campaign_id)
    a.start_batch(first.id)  # desk A's request on the wire
    b.start_batch(second.id)  # desk B's
    b.start_batch(third.id)
    b.batch_answered(third.id, [SubmitResult("13800000003", "A1B2C3D4E5F60718", 0)])
    assert a.get_batch(first.id).desk_id == a.desk.id  # type: ignore[union-attr]
    # Desk C starts (or takes over) while A and B run: nothing of theirs is touched.
    assert c.recover_interrupted_batches() == []
    assert c.get_batch(third.id).state == "submitted" and c.answers_to_apply() == [third.id]
    b_id = b.desk.id  # type: ignore[union-attr]
    b.close()  # desk B is gone: its batches in flight are settled, A's still left alone
    _wait_released(lambda: not c.live_desks({b_id}))
    recovered = c.recover_interrupted_batches()
    assert [batch.id for batch in recovered] == [second.id]
    assert recovered[0].state == "uncertain" and recovered[0].error_text == INTERRUPTED_TEXT
    assert c.answers_to_apply() == []  # B's stored answer recorded
    assert c.get_batch(first.id).state == "sending"
    # Mid-run, a desk never marks its own batches; at its next start it does.
    assert a.recover_interrupted_batches(own_too=False) == []
    assert [batch.id for batch in a.recover_interrupted_batches()] == [first.id]


def test_one_desk_store_recovers_as_before(store: Store) -> None:
    """On either backend, a store without other desks marks its batches in flight at
    start, and none mid-run."""
    store.set_desk(DeskIdentity.new("前台"))
    campaign_id = campaign(store, "13800000001")
    (batch,) = store.campaign_batches(campaign_id)
    store.start_batch(batch.id)
    assert store.recover_interrupted_batches(own_too=False) == []
    assert [b.id for b in store.recover_interrupted_batches()] == [batch.id]
    assert store.try_take_puller(ACCOUNT)
    puller = store.puller_of(ACCOUNT)
    assert puller is not None and puller.is_this_desk


_HOLDER = textwrap.dedent("""
    import sys
    from juhe_desk.store import DeskIdentity, Store
    store = Store.open_shared(sys.argv[1], sys.argv[2])
    store.set_desk(DeskIdentity.new("被杀的电脑"))
    assert store.try_take_puller(sys.argv[3])
    print("holding", flush=True)
    sys.stdin.read()
""")


def test_a_desk_killed_by_sigkill_lets_go_of_its_role(
        shared_cluster: SharedCluster, tmp_path: object) -> None:
    from pathlib import Path

    place = StorePlace("postgresql", Path(str(tmp_path)), shared_cluster)
    try:
        other = place.open()
        other.set_desk(DeskIdentity.new("前台"))
        with subprocess.Popen([sys.executable, "-c", _HOLDER, place.target, APP_PASSWORD,
                               ACCOUNT], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, env=os.environ.copy()) as holder:
            try:
                assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
                assert not other.try_take_puller(ACCOUNT)
                seen = other.puller_of(ACCOUNT)
                assert seen is not None and seen.name == "被杀的电脑"
                holder.send_signal(signal.SIGKILL)
                holder.wait(timeout=10)
            finally:
                holder.kill()
        # The kernel closes the dead process's socket; the server ends its session and its
        # locks with it, at once (a lost network takes the keepalives' ~25 s instead).
        wait_until(lambda: other.try_take_puller(ACCOUNT), 10,
                   "the killed desk's role released", interval=0.05)
        mine = other.puller_of(ACCOUNT)
        assert mine is not None and mine.is_this_desk
    finally:
        place.close_all()


def _wait_released(released: Callable[[], bool]) -> None:
    """A closed connection's session ends on the server a moment later: its locks with it."""
    wait_until(released, 10, "the lock released", interval=0.05)  # a query each look


def test_a_campaign_of_a_desk_that_is_gone_is_taken_over_its_uncertain_batch_kept(
        three_desks: list[Store]) -> None:
    from juhe_desk.services.recovery import ResumeError, resume

    a, b, _ = three_desks
    campaign_id = campaign(a, "13800000001", "13800000002")
    first, second = a.campaign_batches(campaign_id)
    a.claim_campaign(campaign_id)
    a.start_batch(first.id)  # on the wire when desk A vanishes
    with pytest.raises(ResumeError) as refused:
        resume(b, campaign_id)
    assert "前台" in refused.value.text()
    a.close()
    _wait_released(lambda: b.campaign_sender(campaign_id) is None)
    summary = resume(b, campaign_id)  # desk B takes over
    assert summary.messages_to_send == 1 and summary.batches_to_send == 1
    assert [u.batch_id for u in summary.uncertain_batches] == [first.id]
    assert b.get_batch(first.id).state == "uncertain"  # never sent again by itself
    assert b.get_batch(second.id).state == "planned"


def test_a_desk_whose_lock_connection_dropped_is_running_again_once_it_reconnects(
        three_desks: list[Store]) -> None:
    a, _, c = three_desks
    a_id = a.desk.id  # type: ignore[union-attr]
    assert c.live_desks({a_id}) == {a_id}
    locks = a._db.session_locks()  # type: ignore[attr-defined]
    pid = locks._conn.info.backend_pid
    c._db.connection().execute("SELECT pg_terminate_backend(?)", (pid,))
    _wait_released(lambda: not c.live_desks({a_id}))
    assert a.try_take_puller(ACCOUNT)  # its next turn makes the connection anew
    assert c.live_desks({a_id}) == {a_id}  # and says again that desk A runs
