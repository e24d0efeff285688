"""What one send from the Send tab will do and cost, gathered on the GUI thread before it starts."""

from __future__ import annotations

from dataclasses import dataclass

from juhe_desk.domain.money import campaign_cost_li
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

    @property
    def total_parts(self) -> int:
        return len(self.mobiles) * self.parts

    @property
    def cost_li(self) -> int | None:
        """The estimated cost, or None when the account has no price per part."""
        if self.account.price_li <= 0:
            return None
        return campaign_cost_li(self.total_parts, self.account.price_li)

    @property
    def shortfall_li(self) -> int:
        """How much a pre-paid balance lacks for this send (0 when it is enough or unknown)."""
        balance = self.balance
        if balance is None or not balance.is_prepaid:
            return 0
        cost = self.cost_li
        if cost is None:
            return 1 if balance.balance <= 0 else 0  # nothing left at all
        return max(0, cost - balance.balance)

    @property
    def blocked(self) -> bool:
        return self.shortfall_li > 0
