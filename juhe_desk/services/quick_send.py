"""The Send tab's quick send: one text to many numbers, gathered on the GUI thread.

Its numbers are the recipients box sorted out (``check_recipients``); it is written as a
campaign of its own (``write``, saved in steps) and then sent like any other; its counts
and cost are a ``SendCheck``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, replace

from juhe_desk.domain.carriers import Carrier, count_by_carrier
from juhe_desk.domain.recipients import RecipientCheck, parse_recipients
from juhe_desk.gateway.models import Balance
from juhe_desk.services.campaign_saving import SavingInSteps, start_saving
from juhe_desk.services.send_check import SendCheck, carrier_pairs
from juhe_desk.store import Account, Store


@dataclass(frozen=True, slots=True)
class QuickSend:
    """Numbers, the final text (signature and opt-out note included) and the checks' counts."""

    account: Account
    mobiles: tuple[str, ...]
    text: str
    parts: int  # SMS parts per number
    signature: str = ""
    invalid: int = 0
    duplicates: int = 0
    opted_out_left_out: int = 0
    opted_out_included: int = 0
    balance: Balance | None = None
    # The numbers on the opt-out list the user chose to include; any other number that is
    # on the list when the send starts (e.g. it replied R meanwhile) is left out.
    included_opt_outs: frozenset[str] = frozenset()
    carriers: tuple[tuple[Carrier, int], ...] = ()  # ``mobiles`` by carrier, most first

    @property
    def check(self) -> SendCheck:
        return SendCheck(
            messages=len(self.mobiles), total_parts=len(self.mobiles) * self.parts,
            price_li=self.account.price_li, balance=self.balance, signature=self.signature,
            invalid=self.invalid, duplicates=self.duplicates,
            opted_out=self.opted_out_left_out, opted_out_included=self.opted_out_included,
            sample_text=self.text, carriers=self.carriers)

    def leaving_out(self, pairs: Collection[tuple[str, str]]) -> QuickSend:
        """Without the numbers of these (number, text) pairs (e.g. sent in the last 24 h)."""
        mobiles = tuple(m for m in self.mobiles if (m, self.text) not in pairs)
        gone = count_by_carrier(set(self.mobiles) - set(mobiles))
        carriers = Counter(dict(self.carriers))
        carriers.subtract(gone)
        return replace(self, mobiles=mobiles, carriers=carrier_pairs(carriers))

    def write(self, store: Store, name: str) -> SavingInSteps:
        """Worker thread: the campaign with its first batch; the rest is saved in steps while
        it sends (campaign_saving.py). A number that opted out since the check (and was not
        chosen) is written as not sent."""
        account = self.account
        return start_saving(
            store, account_id=account.id, name=name, extno=account.extno,
            messages=[(mobile, self.text) for mobile in self.mobiles],
            batch_size=account.batch_size, signature=self.signature,
            included_opt_outs=self.included_opt_outs)


def check_recipients(text: str, store: Store) -> RecipientCheck:
    """The recipients box sorted out, numbers on the store's opt-out list set apart, both
    counted by carrier."""
    check = parse_recipients(text)
    blocked = store.opted_out(check.valid)
    if blocked:
        check = RecipientCheck(tuple(m for m in check.valid if m not in blocked),
                               check.invalid, check.duplicates,
                               tuple(m for m in check.valid if m in blocked))
    return replace(check, carriers=carrier_pairs(count_by_carrier(check.valid)),
                   opted_out_carriers=carrier_pairs(count_by_carrier(check.opted_out)))
