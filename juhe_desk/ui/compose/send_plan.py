"""What one send from the Send tab will do and cost, gathered on the GUI thread before it starts."""

from __future__ import annotations

from dataclasses import dataclass

from juhe_desk.domain.money import estimated_cost_li, prepaid_shortfall_li
from juhe_desk.gateway.models import Balance
from juhe_desk.store import Account


@dataclass(frozen=True, slots=True)
class SendPlan:
    """Numbers, the final text (signature and opt-out note included) and the checks' counts."""

    account: Account
    mobiles: tuple[str, ...]
    text: str
    parts: int
    signature: str = ""
    invalid: int = 0
    duplicates: int = 0
    opted_out_left_out: int = 0
    opted_out_included: int = 0
    balance: Balance | None = None
    # The numbers on the opt-out list the user chose to include; any other number that is
    # on the list when the send starts (e.g. it replied R meanwhile) is left out.
    included_opt_outs: frozenset[str] = frozenset()

    @property
    def total_parts(self) -> int:
        return len(self.mobiles) * self.parts

    @property
    def cost_li(self) -> int | None:
        """The estimated cost, or None when the account has no price per part."""
        return estimated_cost_li(self.total_parts, self.account.price_li)

    @property
    def shortfall_li(self) -> int:
        """What a pre-paid balance lacks (0 when it is enough, post-paid or unknown)."""
        return prepaid_shortfall_li(self.cost_li, self.balance)

    @property
    def blocked(self) -> bool:
        return self.shortfall_li > 0
