"""The list of an account's campaigns as the bulk tab shows it: the newest few and all their
totals, each in one query however many campaigns are listed (the list is read again as often
as every 0.4 s while a campaign sends, so one GROUP BY per campaign added up)."""

from __future__ import annotations

from collections.abc import Iterable

from juhe_desk.store import _rows
from juhe_desk.store._base import StoreBase
from juhe_desk.store.records import Campaign, CampaignTotals


class CampaignOverviewMixin(StoreBase):
    def recent_campaigns(self, account_id: str, limit: int) -> list[Campaign]:
        """The newest ``limit`` campaigns of ``account_id``, newest first."""
        return [_rows.campaign(r) for r in self._rows(
            f"SELECT {_rows.CAMPAIGN_COLUMNS} FROM campaigns WHERE account_id = ?"
            " ORDER BY id DESC LIMIT ?", (account_id, limit))]

    def campaigns_totals(self, campaign_ids: Iterable[int]) -> dict[int, CampaignTotals]:
        """Each campaign's messages by status (``campaign_totals`` for many at once, along
        the index on (campaign_id, status)); a campaign without messages has empty totals."""
        ids = sorted(set(campaign_ids))
        if not ids:
            return {}
        counts: dict[int, dict[str, int]] = {i: {} for i in ids}
        for campaign_id, status, n in self._tuples(
                "SELECT campaign_id, status, count(*) FROM messages"
                f" WHERE campaign_id IN ({','.join('?' * len(ids))})"
                " GROUP BY campaign_id, status", ids):
            counts[campaign_id][status] = n
        return {i: CampaignTotals(total=sum(c.values()), **c) for i, c in counts.items()}
