"""Whether an account's campaign waits for its delivery reports now: a batch sent in the last
minutes that still has messages accepted by the gateway and not yet reported on. The desk that
pulls then pulls sooner (services/puller.py): most reports come within minutes of a send.

Cheap on any size of history: the batches are found by when their request started (an index
on ``request_started_at``), newest first, a few in a window of minutes; each one's messages by
the batch (its key).
"""

from __future__ import annotations

import datetime as dt

from juhe_desk.gateway.models import format_gateway_time
from juhe_desk.store._base import StoreBase


class ReportsAwaitedMixin(StoreBase):
    def reports_awaited(self, account_id: str, within: dt.timedelta) -> bool:
        """True when a batch of ``account_id`` sent within ``within`` (before now) has
        messages still waiting for their report."""
        since = format_gateway_time(self._clock() - within)
        return self._scalar(AWAITED_SQL, (since, account_id)) is not None


# The newest batches first: they are the ones still waiting, most of the time. A batch's
# messages by its id (the (batch_id, mobile) key), at most a batch's size: by campaign and
# status instead, SQLite went through every message of the campaign still waiting for each
# batch already reported on (3.5-5 s on a campaign of 100,000 half reported, each pull turn;
# 0.1 ms now).
AWAITED_SQL = (
    "SELECT 1 FROM batches b JOIN campaigns c ON c.id = b.campaign_id"
    " WHERE b.request_started_at IS NOT NULL AND b.request_started_at >= ?"
    " AND c.account_id = ? AND EXISTS (SELECT 1 FROM messages m"
    " WHERE m.batch_id = b.id AND m.status = 'submitted')"
    " ORDER BY b.request_started_at DESC LIMIT 1")
