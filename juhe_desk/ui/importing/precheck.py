"""What a campaign will send and cost, gathered on the GUI thread for the pre-send check."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from juhe_desk.domain.campaign_plan import CampaignPlan, Verdict
from juhe_desk.domain.money import estimated_cost_li, prepaid_shortfall_li
from juhe_desk.gateway.models import Balance

# Marketing texts belong in the day: carriers and the rules on commercial SMS frown on
# texts sent at night.
QUIET_HOURS_END = dt.time(8, 0)
QUIET_HOURS_START = dt.time(22, 0)


def in_quiet_hours(moment: dt.time) -> bool:
    """True outside 08:00-22:00, when marketing texts should not go out."""
    return moment < QUIET_HOURS_END or moment >= QUIET_HOURS_START


@dataclass(frozen=True, slots=True)
class Precheck:
    """The counts and money of one campaign about to be created."""

    messages: int  # what will be sent
    total_parts: int
    invalid: int = 0
    duplicates: int = 0
    opted_out: int = 0
    empty_text: int = 0
    line_break: int = 0
    extra_cost_rows: int = 0
    price_li: int = 0
    balance: Balance | None = None
    signature: str = ""
    suffix: str = ""
    sample_text: str = ""
    personalised: bool = False
    resend_of: str | None = None  # the name of the campaign whose failed rows go again
    repeats_left_out: int = 0  # texts sent to the same numbers in the last 24 hours
    repeats_included: int = 0  # the same, sent again as the user chose

    @classmethod
    def from_plan(cls, plan: CampaignPlan, *, price_li: int, balance: Balance | None,
                  signature: str, suffix: str) -> Precheck:
        sendable = plan.sendable
        return cls(
            messages=len(plan.messages()), total_parts=plan.total_parts,
            invalid=plan.invalid, duplicates=plan.duplicates,
            opted_out=plan.counts.get(Verdict.OPTED_OUT, 0),
            # Rows with a blank field count here until the check shows them on their own.
            empty_text=plan.counts.get(Verdict.EMPTY_TEXT, 0) + plan.empty_field_rows,
            line_break=plan.counts.get(Verdict.LINE_BREAK, 0),
            extra_cost_rows=sum(1 for r in sendable if r.extra_parts),
            price_li=price_li, balance=balance, signature=signature, suffix=suffix,
            sample_text=sendable[0].text if sendable else "", personalised=plan.personalised)

    @property
    def cost_li(self) -> int | None:
        """The estimated cost, or None when the account has no price per part."""
        return estimated_cost_li(self.total_parts, self.price_li)

    @property
    def shortfall_li(self) -> int:
        """What a pre-paid balance lacks (0 when it is enough, post-paid or unknown)."""
        return prepaid_shortfall_li(self.cost_li, self.balance)

    @property
    def blocked(self) -> bool:
        return self.shortfall_li > 0 or self.messages == 0
