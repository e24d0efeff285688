"""A campaign's own extension of the 接入号, so that a reply names the campaign it answers.

The gateway routes a reply to the number the phone saw: the account's 接入号 (extno) with
whatever digits the sender appended. Where the account allows extensions (an account
option, off by default: not every channel does), each campaign is sent from the 接入号 plus
a short suffix of its own, and a reply whose accessCode is exactly that is matched to the
campaign for sure. Without an extension, a reply can only be linked to the latest message
sent to its number, which is a guess (``store.conversations``).

The limits, decided here (the vendor documents set none):
- the suffix has 2 to 4 digits (``SUFFIX_DIGITS``): the channels that allow extensions give
  the sender at least a few digits, and 4 digits tell 10,000 campaigns apart;
- the whole extno stays within 20 digits (``MAX_EXTNO_DIGITS``): the SP number of CMPP 2.0
  (``Src_Id``) and SGIP is at most 21 octets, 20 digits and the terminating NUL. An account
  whose 接入号 leaves no room sends without a suffix, as before.
Suffixes are handed out in turn, 01, 02, ... 99 and then 00 and 01 again (with 2 digits):
a suffix is used again only after as many newer campaigns as there are suffixes, and a reply
to it is matched among the campaigns that messaged that number, the latest first.
"""

from __future__ import annotations

SUFFIX_DIGITS = (2, 3, 4)
MAX_EXTNO_DIGITS = 20


def suffix_fits(extno: str, digits: int) -> bool:
    """Whether ``extno`` can take a suffix of ``digits`` digits within the gateway's limit."""
    return (digits in SUFFIX_DIGITS and extno.isdigit() and extno.isascii()
            and len(extno) + digits <= MAX_EXTNO_DIGITS)


def next_suffix(previous: str | None, digits: int) -> str:
    """The suffix after ``previous`` (None: the first), ``digits`` long, wrapping around."""
    if digits not in SUFFIX_DIGITS:
        raise ValueError(f"a suffix has 2 to 4 digits, not {digits}")
    number = int(previous) + 1 if previous and previous.isascii() and previous.isdigit() else 1
    return f"{number % 10 ** digits:0{digits}d}"


def room_for_suffix(extno: str) -> int:
    """How many digits of suffix ``extno`` leaves room for (0 to 4)."""
    if not extno.isdigit() or not extno.isascii():
        return 0
    return max(0, min(SUFFIX_DIGITS[-1], MAX_EXTNO_DIGITS - len(extno)))
