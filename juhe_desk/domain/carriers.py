"""Whose a mainland mobile number is: its carrier, and whether its prefix is in use at all.

The facts come from Google's libphonenumber (the ``phonenumbers`` package), which its
maintainers keep up with the allocations of China's ministry (MIIT): which numbers are mobile
numbers in use, and the carrier each prefix was given to. China allocates mobile numbers by
their first 7 digits (the 号段 of an HLR), so each 7-digit prefix is worked out once and
remembered: checking a sheet of 100,000 numbers sorts its distinct prefixes into those in
use and those not, set against set.

A number that moved to another carrier (携号转网) keeps its prefix, so the carrier here is the
one the prefix was allocated to: right for nearly all numbers, not for every one.

``phonenumbers`` is imported on first use, not with this module, so the app starts without it.
Everything here takes the 11 digits of a number that ``numbers.MOBILE_PATTERN`` matches.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from juhe_desk.domain import Explained

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber


class Carrier(Explained):
    """The network a number is on. Store ``member.name``; show ``text()`` or ``short_text()``."""

    MOBILE = ("中国移动", "China Mobile")
    UNICOM = ("中国联通", "China Unicom")
    TELECOM = ("中国电信", "China Telecom")
    BROADNET = ("中国广电", "China Broadnet")
    # In use, but the data names no carrier: the satellite prefix 1349.
    OTHER = ("其他运营商", "Other carrier")

    def short_text(self, lang: str = "zh_CN") -> str:
        """移动, 联通, 电信, 广电, 其他 (Mobile, Unicom, Telecom, Broadnet, Other)."""
        zh, en = _SHORT_NAMES[self.name]
        return en if lang.startswith("en") else zh


_SHORT_NAMES = {"MOBILE": ("移动", "Mobile"), "UNICOM": ("联通", "Unicom"),
                "TELECOM": ("电信", "Telecom"), "BROADNET": ("广电", "Broadnet"),
                "OTHER": ("其他", "Other")}


class PrefixInfo(NamedTuple):
    """What the first 7 digits of a mobile number say about it."""

    prefix: str  # the first 7 digits
    carrier: Carrier | None  # None: no mobile number starting so is in use
    # A 虚拟运营商 prefix (162, 165, 167, 170, 171): a reseller's number on ``carrier``'s network.
    virtual: bool = False
    # When not in use: the shortest start (3 to 7 digits) of which no number is, e.g. "154".
    unused_block: str = ""

    @property
    def allocated(self) -> bool:
        return self.carrier is not None

    def unused_text(self, lang: str = "zh_CN") -> str:
        """Why a number of this prefix is refused ("" when it is in use)."""
        if self.carrier is not None:
            return ""
        return unused_prefix_text(self.unused_block or self.prefix, lang)


def unused_prefix_text(block: str, lang: str = "zh_CN") -> str:
    """号段 154 不是在用的手机号段 / 154 is not a mobile prefix in use."""
    if lang.startswith("en"):
        return f"{block} is not a mobile prefix in use"
    return f"号段 {block} 不是在用的手机号段"


# The reseller (虚拟运营商) prefixes MIIT set aside in 2013-2017, with the network they use
# where libphonenumber names none (it knows the carriers of 167, 170x and 171).
VIRTUAL_PREFIXES = frozenset({"162", "165", "167", "170", "171"})
_VIRTUAL_HOSTS = {"162": Carrier.TELECOM, "165": Carrier.MOBILE, "167": Carrier.UNICOM,
                  "171": Carrier.UNICOM}
# libphonenumber's English carrier names (its Chinese ones are the same as Carrier.zh).
_CARRIER_NAMES = {"China Mobile": Carrier.MOBILE, "China Unicom": Carrier.UNICOM,
                  "China Telecom": Carrier.TELECOM, "China Broadnet": Carrier.BROADNET}


class _Kind(NamedTuple):
    """What a prefix says, less the prefix: shared by all prefixes that say the same."""

    carrier: Carrier | None
    virtual: bool
    unused_block: str


first_seven: Callable[[str], str] = itemgetter(slice(0, 7))  # in C, for map()
# Whether a prefix is in use (only libphonenumber's metadata is needed) is remembered apart
# from its carrier (its carrier data too, 20 ms more to import): checking a sheet asks only
# the first. Prefixes in use and not in use are kept in two sets, for a sheet's prefixes to
# be sorted out in C; those not in use with the start to name.
_IN_USE: set[str] = set()
_NOT_IN_USE: dict[str, str] = {}  # prefix -> unused block
# 7 digits -> what they say, carrier included (a dict is thread-safe enough). Its values are
# a few hundred shared _Kind: a tuple per prefix would be many objects for the collector.
_BY_PREFIX: dict[str, _Kind] = {}
_KINDS: dict[_Kind, _Kind] = {}


def warm_up(with_carriers: bool = True) -> None:
    """Import libphonenumber's data now (about 20 ms, and 20 ms more for the carriers), so
    that the first check of a number does not wait for it: for a background job at start."""
    _mobile_pattern()
    if with_carriers:
        _carriers()


def is_warm() -> bool:
    """Whether ``warm_up()`` has run: a check of numbers then imports nothing (the GUI thread
    checks a few numbers itself only then)."""
    return _mobile_pattern.cache_info().currsize > 0 and _carriers.cache_info().currsize > 0


def carrier_blocks() -> list[tuple[str, Carrier]]:
    """The carrier of every mobile number by its first 4 digits, as runs: each run's first
    4 digits with its carrier, from "1300" on, in order; a run ends where the next begins,
    the last at "2000". Whether a prefix is in use is left aside (a stored number was in use
    when it was sent to): the carrier the data names for the block, the network of a
    reseller's block, else OTHER. What the store's carrier column is computed from."""
    blocks: list[tuple[str, Carrier]] = []
    for block in map(str, range(1300, 2000)):
        carrier = _carrier_of_block(block[:_carriers().digits])
        if carrier is None:
            carrier = _VIRTUAL_HOSTS.get(block[:3], Carrier.OTHER)
        if not blocks or blocks[-1][1] is not carrier:
            blocks.append((block, carrier))
    return blocks


def prefix_info(mobile: str) -> PrefixInfo:
    """What the prefix of ``mobile`` (11 digits) says: carrier, reseller, in use or not."""
    prefix = mobile[:7]
    return PrefixInfo(prefix, *(_BY_PREFIX.get(prefix) or _learn(prefix)))


def carrier_of(mobile: str) -> Carrier | None:
    """The carrier of ``mobile``; None when its prefix is not in use."""
    prefix = mobile[:7]
    return (_BY_PREFIX.get(prefix) or _learn(prefix)).carrier


def is_allocated(mobile: str) -> bool:
    """True when numbers starting as ``mobile`` does are in use."""
    return not unused_block_of(mobile)


def unused_block_of(mobile: str) -> str:
    """"" when ``mobile``'s prefix is in use, else the start to name ("154"): the quick
    question of a check that refuses a number."""
    prefix = mobile[:7]
    if prefix in _IN_USE:
        return ""
    block = _NOT_IN_USE.get(prefix)
    return _learn_use(prefix) if block is None else block


def all_allocated(mobiles: Collection[str]) -> bool:
    """True when every number's prefix is in use: for a column, in C when every prefix was
    met before, else a look-up per distinct prefix."""
    return _IN_USE.issuperset(map(first_seven, mobiles)) or not unused_prefixes(mobiles)


def unused_prefixes(mobiles: Iterable[str]) -> dict[str, str]:
    """The 7-digit prefixes of ``mobiles`` that are not in use (usually none), each with the
    start to name ("154"); ``unused.get(mobile[:7])`` then finds the numbers to refuse.
    Sorted out in C, set against set, but for the prefixes met for the first time."""
    prefixes = set(map(first_seven, mobiles))
    for prefix in prefixes - _IN_USE - _NOT_IN_USE.keys():
        _learn_use(prefix)
    return {prefix: _NOT_IN_USE[prefix] for prefix in _NOT_IN_USE.keys() & prefixes}


def count_by_carrier(mobiles: Iterable[str]) -> dict[Carrier, int]:
    """How many of ``mobiles`` each carrier has, biggest first (numbers not in use left out)."""
    totals: Counter[Carrier] = Counter()
    for prefix, count in Counter(map(first_seven, mobiles)).items():
        carrier = carrier_of(prefix)
        if carrier is not None:
            totals[carrier] += count
    return dict(totals.most_common())


def _learn_use(prefix: str) -> str:
    """Whether ``prefix`` is in use, remembered: "" if so, else the start to name."""
    if _in_use(prefix):
        _IN_USE.add(prefix)
        return ""
    block = _NOT_IN_USE[prefix] = _unused_block(prefix)
    return block


def _learn(prefix: str) -> _Kind:
    kind = _classify(prefix)
    kind = _BY_PREFIX[prefix] = _KINDS.setdefault(kind, kind)
    return kind


def _classify(prefix: str) -> _Kind:
    unused = unused_block_of(prefix)
    if unused:
        return _Kind(None, False, unused)
    carrier = _carrier_of_block(prefix[:_carriers().digits])
    if carrier is None:
        carrier = _VIRTUAL_HOSTS.get(prefix[:3], Carrier.OTHER)
    return _Kind(carrier, prefix[:3] in VIRTUAL_PREFIXES, "")


def _in_use(prefix: str) -> bool:
    """Whether the 7-digit ``prefix``'s numbers are mobile numbers in use. China allocates
    whole 7-digit prefixes, so its first number stands for all of them."""
    return _mobile_pattern()(f"{prefix}0000") is not None


@functools.cache
def _carrier_of_block(block: str) -> Carrier | None:
    """The carrier libphonenumber names for numbers starting with ``block``: as long as its
    longest Chinese carrier prefix, so that every longer prefix has the same carrier."""
    carriers = _carriers()
    name = carriers.name(carriers.number(int(block.ljust(11, "0"))), "en")
    return _CARRIER_NAMES.get(name)


@functools.cache
def _block_in_use(block: str) -> bool:
    """Whether any number starting with ``block`` (3 to 6 digits) is in use: exact for 5 and
    6 digits, looked at every 6 digits for shorter blocks (allocations are far coarser)."""
    if len(block) >= 5:
        width = 7 - len(block)
        return any(_in_use(f"{block}{tail:0{width}d}") for tail in range(10 ** width))
    width = 6 - len(block)
    return any(_in_use(f"{block}{tail:0{width}d}0") for tail in range(10 ** width))


def _unused_block(prefix: str) -> str:
    for length in range(3, 7):
        if not _block_in_use(prefix[:length]):
            return prefix[:length]
    return prefix


@functools.lru_cache(maxsize=1)
def _mobile_pattern() -> Callable[[str], re.Match[str] | None]:
    """libphonenumber's pattern of China's mobile numbers in use, what its number_type()
    checks for a mobile: one regular expression, 20 times quicker than number_type().
    Imports phonenumbers (about 20 ms, 12 MB)."""
    import phonenumbers

    metadata = phonenumbers.PhoneMetadata.metadata_for_region("CN")
    mobile = metadata.mobile if metadata is not None else None
    assert mobile is not None and mobile.national_number_pattern is not None
    return re.compile(mobile.national_number_pattern).fullmatch


class _Carriers(NamedTuple):
    number: Callable[[int], PhoneNumber]  # a +86 number from its national digits
    name: Callable[[PhoneNumber, str], str]
    digits: int  # the longest Chinese prefix of the carrier data


@functools.lru_cache(maxsize=1)
def _carriers() -> _Carriers:
    """libphonenumber's carrier data, imported on first use (about 20 ms)."""
    import phonenumbers
    from phonenumbers import carrier
    from phonenumbers.carrierdata import CARRIER_DATA

    digits = max(len(key) for key in CARRIER_DATA if key.startswith("861")) - 2
    return _Carriers(functools.partial(phonenumbers.PhoneNumber, 86),
                     carrier.name_for_valid_number, digits)
