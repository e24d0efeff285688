"""Province and city of a mobile number, from libphonenumber's geodata read without its
package (which would load every country's data)."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
import threading

import pytest

from juhe_desk.domain.regions import (
    CHINA_MOBILE_KEYS,
    Region,
    china_geodata_module_names,
    china_mobile_entries,
    geodata_module_names,
    load_regions,
    read_geodata_module,
    region_of,
)


@pytest.mark.parametrize(("mobile", "zh", "en", "province", "city"), [
    ("13912345678", "江苏省常州市", "Changzhou, Jiangsu", "江苏省", "常州市"),
    ("18601010000", "北京市", "Beijing", "北京市", "北京市"),
    ("13010000000", "上海市", "Shanghai", "上海市", "上海市"),
    ("13308000000", "四川省成都市", "Chengdu, Sichuan", "四川省", "成都市"),
    ("15199999999", "新疆伊犁哈萨克自治州", "Ili, Xinjiang", "新疆", "伊犁哈萨克自治州"),
    ("17099990000", "广东省广州市", "Guangzhou, Guangdong", "广东省", "广州市"),
])
def test_province_and_city(mobile: str, zh: str, en: str, province: str, city: str) -> None:
    region = region_of(mobile)
    assert region is not None
    assert (region.text(), region.text("en")) == (zh, en)
    assert (region.province, region.city) == (province, city)


def test_a_prefix_without_data_has_no_region() -> None:
    assert region_of("19200000000") is None  # 广电: in use, not in the geodata yet
    assert region_of("15400000000") is None  # not in use


def test_the_same_places_as_libphonenumbers_geocoder() -> None:
    """Run in a child: the geocoder loads every country's data (110 MB)."""
    code = textwrap.dedent("""
        import random
        from phonenumbers import PhoneNumber, geocoder
        from juhe_desk.domain.regions import region_of
        rng = random.Random(5)
        checked = 0
        for _ in range(20_000):
            mobile = str(rng.randrange(13_000_000_000, 20_000_000_000))
            number = PhoneNumber(country_code=86, national_number=int(mobile))
            expected = geocoder.description_for_valid_number(number, "zh")
            expected_en = geocoder.description_for_valid_number(number, "en")
            region = region_of(mobile)
            if expected in ("中国", ""):  # the library's fallback: the country's name
                assert region is None, (mobile, region)
                continue
            assert region is not None, mobile
            assert (region.text(), region.text("en")) == (expected, expected_en), mobile
            checked += 1
        assert checked > 8_000, checked
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr


def test_the_bundles_modules_hold_every_chinese_entry() -> None:
    kept = china_geodata_module_names()
    assert kept and set(kept) < set(geodata_module_names())
    entries: dict[str, object] = {}
    for name in kept:
        entries.update((k, v) for k, v in read_geodata_module(name).items()
                       if k.startswith(CHINA_MOBILE_KEYS))
    assert entries == china_mobile_entries()
    assert len(entries) > 100_000


def test_loading_from_several_threads_makes_one_table() -> None:
    tables: list[object] = []
    threads = [threading.Thread(target=lambda: tables.append(load_regions())) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(tables) == 4 and all(table is tables[0] for table in tables)


def test_a_hundred_thousand_lookups_are_quick() -> None:
    load_regions()
    rng = random.Random(3)
    mobiles = [str(rng.randrange(13_000_000_000, 20_000_000_000)) for _ in range(100_000)]
    found = [region_of(m) for m in mobiles]
    assert sum(isinstance(r, Region) for r in found) > 40_000
