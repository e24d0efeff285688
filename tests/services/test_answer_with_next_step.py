"""A batch's answer is stored in the transaction that marks the next batch "sending"
(``Store.start_batch(..., answered)``): the app dies on either side of that commit, in a
child process, and the journal still tells what may have gone.

- Killed after the commit, before the next request leaves: the first batch is submitted
  with its answer (recorded by then, or at the next start), the next one uncertain though it never
  reached the gateway (the journal cannot know), the rest planned.
- Killed before the commit, the first answer in hand: the first batch is uncertain (the
  gateway did take it: at most once, and flagged), the rest planned; nothing went twice.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sim_gateway import ACCOUNT, EXTNO, PASSWORD, SIGN

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.store import Store

NUMBERS = [f"1380013{i:04d}" for i in range(9)]  # three batches of three

# Sends the campaign serially; dies (as by SIGKILL: no clean-up at all) at the chosen point.
_CHILD = """
import os, sys
from juhe_desk.gateway.client import GatewayClient
from juhe_desk.services.sending import CampaignSender, SendOptions
from juhe_desk.store import Store
from juhe_desk.store.journal import JournalMixin

db, url, account, password, campaign_id, where = sys.argv[1:7]
if where == "after-commit":  # the second request is about to leave
    submit = GatewayClient.submit
    sent = []
    def submit_then_die(self, request):
        if sent:
            os._exit(9)
        sent.append(request)
        return submit(self, request)
    GatewayClient.submit = submit_then_die
else:  # the first answer came; the step that would store it never commits
    start = JournalMixin.start_batch
    def die_when_storing_an_answer(self, batch_id, answered=None):
        if answered is not None:
            os._exit(9)
        return start(self, batch_id, answered)
    JournalMixin.start_batch = die_when_storing_an_answer
with Store.open(db) as store:
    CampaignSender(store, lambda: GatewayClient(url, account, password), int(campaign_id),
                   options=SendOptions(parallel=1)).run()
sys.exit(0)
"""


def _killed_sending(db: Path, gateway: GatewaySimulator, where: str) -> int:
    """The three-batch campaign, sent by a child killed at ``where`` once the first batch
    went (and only it); its id."""
    with Store.open(db) as store:
        campaign_id = create_campaign_from_messages(
            store, account_id=ACCOUNT, name="三批", extno=EXTNO, batch_size=3,
            messages=[(mobile, f"{SIGN}周末见") for mobile in NUMBERS]).id
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(db), gateway.base_url, ACCOUNT, PASSWORD,
         str(campaign_id), where], capture_output=True, text=True, timeout=60,
        env={**os.environ})
    assert done.returncode == 9, done.stderr
    assert [s.mobile for s in gateway.submissions(ACCOUNT)] == NUMBERS[:3]
    return campaign_id


def test_killed_after_the_step_the_answer_is_kept_and_the_next_batch_uncertain(
        tmp_path: Path, gateway: GatewaySimulator) -> None:
    db = tmp_path / "journal.sqlite3"
    campaign_id = _killed_sending(db, gateway, "after-commit")
    with Store.open(db) as store:
        first, second, third = store.campaign_batches(campaign_id)
        assert (first.state, second.state, third.state) == ("submitted", "sending", "planned")
        # Stored whole; the journal writer may or may not have recorded it number by
        # number before the end (it runs meanwhile): the next start does if not.
        assert store.answers_to_apply() in ([], [first.id])
        assert [b.id for b in store.recover_interrupted_batches()] == [second.id]
        mids = {s.mobile: s.mid for s in gateway.submissions(ACCOUNT)}
        assert {m.mobile: (m.status, m.mid) for m in store.batch_messages(first.id)} == \
            {mobile: ("submitted", mid) for mobile, mid in mids.items()}
        assert store.get_batch(second.id).state == "uncertain"
        assert store.get_batch(third.id).state == "planned"


def test_killed_before_the_step_the_answered_batch_is_uncertain_and_nothing_went_twice(
        tmp_path: Path, gateway: GatewaySimulator) -> None:
    db = tmp_path / "journal.sqlite3"
    campaign_id = _killed_sending(db, gateway, "before-commit")
    with Store.open(db) as store:
        first, second, third = store.campaign_batches(campaign_id)
        assert (first.state, second.state, third.state) == ("sending", "planned", "planned")
        assert [b.id for b in store.recover_interrupted_batches()] == [first.id]
        assert {m.status for m in store.batch_messages(first.id)} == {"uncertain"}
        assert [b.state for b in store.campaign_batches(campaign_id)] == \
            ["uncertain", "planned", "planned"]
