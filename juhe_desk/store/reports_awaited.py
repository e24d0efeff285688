"""Whether an account's campaign waits for its delivery reports now: a batch sent in the last
minutes that still has messages accepted by the gateway and not yet reported on. The desk that
pulls then pulls sooner (services/puller.py): most reports come within minutes of a send.

Cheap on any size of history: the batches are found by when their request started (an index
on ``request_started_at``), a few in a window of minutes; each one's messages by campaign and
status (an index).
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
        return self._scalar(
            "SELECT 1 FROM batches b JOIN campaigns c ON c.id = b.campaign_id"
            " WHERE b.request_started_at IS NOT NULL AND b.request_started_at >= ?"
            " AND c.account_id = ? AND EXISTS (SELECT 1 FROM messages m"
            " WHERE m.campaign_id = b.campaign_id AND m.status = 'submitted'"
            " AND m.batch_id = b.id) LIMIT 1", (since, account_id)) is not None
