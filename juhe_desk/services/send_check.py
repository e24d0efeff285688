"""What a send about to start will do and cost, and whether that stops it: one type for all.

The Send tab's quick send (``QuickSend.check``), the bulk tab's pre-send check and the
"send the failed rows again" of a campaign all fill in a ``SendCheck``; both confirmation
dialogs show it. A pre-paid balance that cannot pay blocks the send: the gateway would refuse
the numbers it cannot pay for, halfway through. So does a send to nobody.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from juhe_desk.domain.carriers import Carrier
from juhe_desk.domain.money import estimated_cost_li, prepaid_shortfall_li
from juhe_desk.domain.sheet_check import CheckedRows, Verdict
from juhe_desk.gateway.china_time import in_china
from juhe_desk.gateway.models import Balance

# Marketing texts belong in the day: carriers and the rules on commercial SMS frown on
# texts sent at night: the customers' night, in China, whatever the PC's clock says.
QUIET_HOURS_END = dt.time(8, 0)
QUIET_HOURS_START = dt.time(22, 0)
SEVERAL_TEXTS_EXAMPLES = 3  # numbers named where one number gets several texts


def in_quiet_hours(moment: dt.datetime) -> bool:
    """True when ``moment`` (naive: China time) is outside 08:00-22:00 China time, when
    marketing texts should not go out."""
    time = in_china(moment).time()
    return time < QUIET_HOURS_END or time >= QUIET_HOURS_START


@dataclass(frozen=True, slots=True)
class SendCheck:
    """The counts and the money of one send about to start."""

    messages: int  # what will be sent
    total_parts: int
    price_li: int = 0  # per SMS part; 0 when the account has no price set
    balance: Balance | None = None  # None: it could not be checked
    signature: str = ""
    invalid: int = 0
    duplicates: int = 0
    opted_out: int = 0  # on the opt-out list: left out
    opted_out_included: int = 0  # on the opt-out list: included, as the user chose
    empty_text: int = 0
    line_break: int = 0
    extra_cost_rows: int = 0
    suffix: str = ""  # the opt-out note added to every text
    sample_text: str = ""  # the first text as it goes out
    personalised: bool = False
    resend_of: str | None = None  # the name of the campaign whose failed rows go again
    repeats_left_out: int = 0  # texts sent to the same numbers in the last 24 hours
    repeats_included: int = 0  # the same, sent again as the user chose
    numbers: int | None = None  # the numbers that get a text; None: one text each
    carriers: tuple[tuple[Carrier, int], ...] = ()  # those numbers by carrier, most first
    # Fields used without a default that are blank: (field, rows), in the template's order;
    # such a row is not sent (empty_field_rows of them).
    empty_fields: tuple[tuple[str, int], ...] = ()
    empty_field_rows: int = 0
    # Numbers that get more than one text (different texts on several rows): how many, and
    # the first few with their sheet rows.
    several_texts: int = 0
    several_texts_examples: tuple[tuple[str, tuple[int, ...]], ...] = ()

    @classmethod
    def of_checked_rows(cls, checked: CheckedRows, *, price_li: int, balance: Balance | None,
                        signature: str, suffix: str,
                        source_rows: Sequence[int] = ()) -> SendCheck:
        """The check of a campaign about to be made from the ``checked`` rows;
        ``source_rows[i]`` is the sheet row of data row ``i`` (their carriers and the numbers
        with several texts are best worked out in the checking job first)."""
        sendable = checked.sendable
        several = checked.numbers_with_several_texts()
        examples = tuple((mobile, tuple(_sheet_row(i, source_rows) for i in rows))
                         for mobile, rows in list(several.items())[:SEVERAL_TEXTS_EXAMPLES])
        return cls(
            messages=len(sendable), total_parts=checked.total_parts,
            invalid=checked.invalid, duplicates=checked.duplicates,
            opted_out=checked.counts.get(Verdict.OPTED_OUT, 0),
            empty_text=checked.counts.get(Verdict.EMPTY_TEXT, 0),
            empty_fields=tuple(checked.empty_fields.items()),
            empty_field_rows=checked.empty_field_rows,
            line_break=checked.counts.get(Verdict.LINE_BREAK, 0),
            extra_cost_rows=len(sendable.extra_parts) - sendable.extra_parts.count(0),
            price_li=price_li, balance=balance, signature=signature, suffix=suffix,
            sample_text=sendable[0].text if sendable else "", personalised=checked.personalised,
            numbers=checked.number_count(), carriers=carrier_pairs(checked.carrier_counts()),
            several_texts=len(several), several_texts_examples=examples)

    @property
    def number_count(self) -> int:
        """How many numbers get a text (fewer than ``messages`` when some get several)."""
        return self.messages if self.numbers is None else self.numbers

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
        """Nothing may be sent: the pre-paid balance cannot pay, or there is nobody."""
        return self.shortfall_li > 0 or self.messages == 0


def carrier_pairs(counts: Mapping[Carrier, int] | Iterable[tuple[Carrier, int]]
                  ) -> tuple[tuple[Carrier, int], ...]:
    """Counts by carrier as pairs, most first (ties in the order of ``Carrier``), carriers
    with none left out."""
    pairs = counts.items() if isinstance(counts, Mapping) else counts
    order = list(Carrier)
    return tuple(sorted(((c, n) for c, n in pairs if n > 0),
                        key=lambda pair: (-pair[1], order.index(pair[0]))))


def _sheet_row(index: int, source_rows: Sequence[int]) -> int:
    return source_rows[index] if 0 <= index < len(source_rows) else index + 1
