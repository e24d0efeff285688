"""Carriers and prefixes in use, from libphonenumber: every real allocation accepted, the
unused ones refused with the prefix named, and the same answers as the library itself."""

from __future__ import annotations

import itertools
import random
import subprocess
import sys
import textwrap

import phonenumbers
import pytest
from phonenumbers import carrier as library_carrier

from juhe_desk.domain.carriers import (
    VIRTUAL_PREFIXES,
    Carrier,
    all_allocated,
    carrier_blocks,
    carrier_of,
    count_by_carrier,
    is_allocated,
    prefix_info,
)

MOBILE, UNICOM, TELECOM, BROADNET = (Carrier.MOBILE, Carrier.UNICOM, Carrier.TELECOM,
                                     Carrier.BROADNET)
# Every 11-digit mobile allocation of MIIT in use in 2026, with its carrier: (prefix, carrier,
# reseller). The 虚拟运营商 prefixes are carried on the network named.
REAL_PREFIXES = [
    *[(f"134{d}", MOBILE, False) for d in range(9)],
    *[(p, MOBILE, False) for p in ("135", "136", "137", "138", "139", "147", "150", "151",
                                   "152", "157", "158", "159", "172", "178", "182", "183",
                                   "184", "187", "188", "195", "197", "198")],
    *[(p, UNICOM, False) for p in ("130", "131", "132", "145", "155", "156", "166", "175",
                                   "176", "185", "186", "196")],
    *[(p, TELECOM, False) for p in ("133", "153", "173", "177", "180", "181", "189", "190",
                                    "191", "193", "199")],
    *[(f"1740{d}", TELECOM, False) for d in range(6)],  # 天通 satellite phones
    ("192", BROADNET, False),
    ("1349", Carrier.OTHER, False),  # satellite; the data names no carrier
    ("162", TELECOM, True), ("165", MOBILE, True), ("167", UNICOM, True), ("171", UNICOM, True),
    *[(f"170{d}", TELECOM, True) for d in (0, 1, 2)],
    *[(f"170{d}", MOBILE, True) for d in (3, 5, 6)],
    *[(f"170{d}", UNICOM, True) for d in (4, 7, 8, 9)],
]
# Not mobile prefixes in use: never allocated, or data-only and IoT cards (146, 148, 149).
UNUSED = [("154", "154"), ("194", "194"), ("160", "160"), ("163", "163"), ("164", "164"),
          ("168", "168"), ("169", "169"), ("179", "179"), ("140", "140"), ("144", "144"),
          ("146", "146"), ("148", "148"), ("149", "149"), ("1749", "1749"),
          ("17406", "17406"), ("17409", "17409")]


def numbers_starting(prefix: str) -> list[str]:
    """The first, the last and one random number of the prefix."""
    rest = 11 - len(prefix)
    middle = random.Random(prefix).randrange(10 ** rest)
    return [prefix + "0" * rest, prefix + "9" * rest, f"{prefix}{middle:0{rest}d}"]


@pytest.mark.parametrize(("prefix", "carrier", "virtual"), REAL_PREFIXES)
def test_every_real_prefix_is_in_use_with_its_carrier(prefix: str, carrier: Carrier,
                                                      virtual: bool) -> None:
    for mobile in numbers_starting(prefix):
        info = prefix_info(mobile)
        assert (info.carrier, info.virtual, info.allocated) == (carrier, virtual, True), mobile
        assert info.unused_text() == ""
        assert is_allocated(mobile) and carrier_of(mobile) is carrier


@pytest.mark.parametrize(("prefix", "block"), UNUSED)
def test_unused_prefixes_are_refused_naming_the_shortest_unused_start(prefix: str,
                                                                      block: str) -> None:
    for mobile in numbers_starting(prefix):
        info = prefix_info(mobile)
        assert not info.allocated and info.carrier is None and not is_allocated(mobile)
        assert info.unused_block == block
        assert info.unused_text() == f"号段 {block} 不是在用的手机号段"
        assert info.unused_text("en") == f"{block} is not a mobile prefix in use"


def test_the_issue_example() -> None:
    info = prefix_info("13912345678")
    assert info.carrier is Carrier.MOBILE and info.prefix == "1391234"
    assert Carrier.MOBILE.text() == "中国移动" and Carrier.MOBILE.text("en") == "China Mobile"
    assert [c.short_text() for c in Carrier] == ["移动", "联通", "电信", "广电", "其他"]
    assert Carrier.BROADNET.short_text("en") == "Broadnet"


def test_counts_by_carrier_biggest_first() -> None:
    mobiles = ["13912345678", "13800000001", "18600000004", "19200000000", "15400000000",
               "16200000001"]
    assert count_by_carrier(mobiles) == {MOBILE: 2, TELECOM: 1, UNICOM: 1, BROADNET: 1}
    assert next(iter(count_by_carrier(mobiles))) is MOBILE
    assert all_allocated(mobiles[:4]) and not all_allocated(mobiles)
    assert count_by_carrier([]) == {}


def test_in_use_as_libphonenumber_says_for_every_six_digit_block() -> None:
    """The library's own number_type() on the first number of each of the 70,000 blocks and
    on 20,000 random numbers: our reading of its pattern, and the 7-digit cache, agree."""
    rng = random.Random(12)
    mobiles = [f"{block}00000" for block in range(130_000, 200_000)]
    mobiles += [str(rng.randrange(13_000_000_000, 20_000_000_000)) for _ in range(20_000)]
    mobile_types = {phonenumbers.PhoneNumberType.MOBILE,
                    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
    for mobile in mobiles:
        number = phonenumbers.PhoneNumber(country_code=86, national_number=int(mobile))
        assert is_allocated(mobile) == (phonenumbers.number_type(number) in mobile_types), mobile


def test_carriers_as_libphonenumber_names_them() -> None:
    """Every carrier name the library gives a Chinese mobile prefix is one we know; where it
    names none, the prefix is a reseller's we know the network of, or 1349."""
    names = {"China Mobile": MOBILE, "China Unicom": UNICOM, "China Telecom": TELECOM,
             "China Broadnet": BROADNET}
    for block in range(13_000, 20_000):
        mobile = f"{block}000000"
        if not is_allocated(mobile):
            continue
        number = phonenumbers.PhoneNumber(country_code=86, national_number=int(mobile))
        name = library_carrier.name_for_valid_number(number, "en")
        if name:
            assert names[name] is carrier_of(mobile), mobile
            assert library_carrier.name_for_valid_number(number, "zh") == names[name].zh
        else:
            assert mobile[:3] in VIRTUAL_PREFIXES or mobile.startswith("1349"), mobile


def test_carrier_blocks_are_every_in_use_numbers_carrier() -> None:
    """Runs of 4-digit blocks, in order from 1300, each the carrier of every number in use
    that starts in it (what the store's carrier column is computed from)."""
    blocks = carrier_blocks()
    starts = [block for block, _ in blocks]
    assert starts[0] == "1300" and starts == sorted(starts) and len(set(starts)) == len(starts)
    assert all(a[1] is not b[1] for a, b in itertools.pairwise(blocks))
    ends = [*starts[1:], "2000"]
    for (start, carrier), end in zip(blocks, ends, strict=True):
        for block in range(int(start), int(end)):
            for mobile in numbers_starting(str(block)):
                found = carrier_of(mobile)
                assert found is None or found is carrier, mobile


def test_phonenumbers_is_imported_on_first_use_only() -> None:
    code = textwrap.dedent("""
        import sys
        from juhe_desk.domain import numbers, recipients, sheet_check, carriers
        assert "phonenumbers" not in sys.modules
        assert numbers.normalize_mobile("13912345678").valid
        assert "phonenumbers" in sys.modules
        assert "phonenumbers.carrierdata" not in sys.modules  # a check needs no carrier
        assert not carriers.is_warm()  # warm_up() loads both
        assert carriers.carrier_of("13912345678") is carriers.Carrier.MOBILE
        assert "phonenumbers.carrierdata" in sys.modules
        assert "phonenumbers.geodata" not in sys.modules  # the world's cities: never
        assert carriers.is_warm()
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr
