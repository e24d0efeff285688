"""A send that a failure stopped, and how many of its numbers are left uncertain by it.

Each batch is moved to "sending" in the journal before its request leaves, and out of it
by the write that stores what came back. So once the workers have stopped, a batch still
"sending" is one whose request may have gone but whose answer could not be stored (a full
disk, a folder that turned read-only, a damaged file, a bug): its numbers are uncertain,
and the journal says so at the next start (``recover_interrupted_batches``). Saying
"nothing was lost, try again" then would invite sending them twice.
"""

from __future__ import annotations

import logging

from juhe_desk.store import Store, StoreError
from juhe_desk.store.failures import StorageProblem, storage_problem
from juhe_desk.store.shared_errors import SharedStoreUnavailableError

log = logging.getLogger(__name__)


class SendInterrupted(StoreError):
    """A send stopped by a failure. ``uncertain``: numbers whose request may have gone out
    but whose answer could not be stored (None when even that could not be read back);
    ``problem``: the storage trouble behind it, if that was the cause."""

    def __init__(self, campaign_id: int, uncertain: int | None,
                 problem: StorageProblem | None) -> None:
        count = "一些" if uncertain is None else f"{uncertain} 个"
        count_en = "some" if uncertain is None else str(uncertain)
        super().__init__(
            f"发送中断：{count}号码的请求可能已经发出，但结果未能保存，状态不确定；不要重发，"
            "等状态报告到达后核对。" if uncertain != 0 else
            "发送中断：已发出号码的结果都已保存，其余号码没有发送。",
            message_en=f"Sending stopped: {count_en} number(s) may have been sent but the"
                       " answer could not be stored, so they are uncertain; do not send them"
                       " again, check their delivery reports." if uncertain != 0 else
                       "Sending stopped: the answers for the numbers sent are stored; the"
                       " others were not sent.")
        self.campaign_id = campaign_id
        self.uncertain = uncertain
        self.problem = problem
        # The team's shared database could not be reached (then ``problem`` is None).
        self.database_unreachable = False


def interrupted(store: Store, campaign_id: int, error: BaseException) -> SendInterrupted:
    """What a failure that stopped the sending of ``campaign_id`` left uncertain."""
    problem = storage_problem(error)
    log.error("sending campaign %d stopped (%s)", campaign_id, problem or "unexpected",
              exc_info=error)
    try:
        uncertain: int | None = sum(
            len(store.batch_recipients(batch.id))
            for batch in store.campaign_batches(campaign_id) if batch.state == "sending")
    except Exception:  # the file may be unreadable too: say "some"
        log.exception("could not count the uncertain numbers of campaign %d", campaign_id)
        uncertain = None
    stopped = SendInterrupted(campaign_id, uncertain, problem)
    stopped.database_unreachable = isinstance(error, SharedStoreUnavailableError)
    return stopped
