"""The table of regions kept in the data folder's cache: built once, read back the same, and
any file that is not exactly right is ignored and written again."""

from __future__ import annotations

import random
import tempfile
from array import array
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from juhe_desk.domain import region_file, regions
from juhe_desk.domain.regions import KEPT_FILE, load_regions, region_of

SIZE = 700_000  # 7-digit prefixes 130 0000 to 199 9999


@pytest.fixture(scope="module")
def built() -> regions._RegionIndex:
    return regions._build_index(regions._geodata_modules())


def _load(folder: Path | None) -> regions._RegionIndex:
    regions._index = None
    return load_regions(folder)


def test_the_kept_table_answers_as_the_built_one(
        tmp_path: Path, built: regions._RegionIndex, fresh_regions_table: None) -> None:
    first = _load(tmp_path / "cache")  # built, then kept
    assert (tmp_path / "cache" / KEPT_FILE).is_file()
    assert first.regions == built.regions and first.by_prefix == built.by_prefix
    first_answers = _answers()

    read = _load(tmp_path / "cache")
    assert read is not first
    assert read.regions == built.regions
    assert read.by_prefix == built.by_prefix  # every prefix's index
    assert _answers() == first_answers
    assert sum(answer is not None for answer in first_answers) > 1_000


def _answers() -> list[regions.Region | None]:
    rng = random.Random(11)
    return [region_of(str(rng.randrange(13_000_000_000, 20_000_000_000)))
            for _ in range(5_000)] + [region_of("13912345678"), region_of("18601010000")]


def _damaged(data: bytes, count: int) -> dict[str, bytes]:
    header_at = len(region_file.MAGIC) + 4
    return {
        "empty": b"",
        "cut short": data[:-1],
        "cut in its header": data[:header_at + 10],
        "one byte more": data + b"\0",
        "another format": b"x" + data[1:],
        "header not JSON": data[:header_at] + b"[" + data[header_at + 1:],
        "index beyond the regions": data[:-2] + b"\xff\xff",
        # The first index with no region: the count of regions.
        "index just past the regions": data[:-2] + count.to_bytes(2, "little"),
    }


def test_a_damaged_or_foreign_file_is_ignored_and_replaced(
        tmp_path: Path, built: regions._RegionIndex, fresh_regions_table: None) -> None:
    folder = tmp_path / "cache"
    _load(folder)
    good = (folder / KEPT_FILE).read_bytes()
    key = regions._data_key(regions.geodata_module_names())
    for name, data in _damaged(good, len(built.regions)).items():
        (folder / KEPT_FILE).write_bytes(data)
        assert region_file.read(folder / KEPT_FILE, key, SIZE) is None, name
    foreign = {**key, "phonenumbers": "0.0.1"}
    region_file.write(folder / KEPT_FILE, foreign, built.regions, built.by_prefix)
    assert region_file.read(folder / KEPT_FILE, foreign, SIZE) is not None
    assert region_file.read(folder / KEPT_FILE, key, SIZE) is None

    (folder / KEPT_FILE).write_bytes(good[:-2] + b"\xff\xff")
    table = _load(folder)  # ignores it, builds, writes it again
    assert table.by_prefix == built.by_prefix
    assert (folder / KEPT_FILE).read_bytes() == good
    assert [path.name for path in folder.iterdir()] == [KEPT_FILE]  # no temporary left


def test_a_folder_that_cannot_be_written_costs_only_the_file(
        tmp_path: Path, built: regions._RegionIndex, fresh_regions_table: None) -> None:
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file where the folder should be")
    table = _load(not_a_folder)
    assert table.by_prefix == built.by_prefix
    assert region_of("13912345678") == built.regions[built.by_prefix[1_391_234 - 1_300_000]]
    assert not_a_folder.read_text() == "a file where the folder should be"
    assert [path.name for path in tmp_path.iterdir()] == ["cache"]


@given(st.lists(st.integers(0, 0xFFFF), min_size=0, max_size=300), st.integers(1, 0xFFFF))
def test_indices_below_is_max_below(values: list[int], count: int) -> None:
    raw = array("H", values)
    if raw.itemsize == 2 and array("H", [1]).tobytes() != b"\x01\x00":
        raw.byteswap()
    expected = all(value < count for value in values)
    assert region_file._indices_below(raw.tobytes(), count) is expected


@given(st.binary(max_size=400), st.integers(0, 400))
def test_any_bytes_read_as_nothing_or_a_table(junk: bytes, cut: int) -> None:
    header = b'{"key": {"format": 1}, "regions": [null, ["a", "b", "c", "d"]]}'
    for data in (junk, region_file.MAGIC + junk,
                 (region_file.MAGIC + len(header).to_bytes(4, "little") + header + junk)[:cut]):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / KEPT_FILE
            path.write_bytes(data)
            kept = region_file.read(path, {}, len(junk) // 2)
        if kept is not None:
            rows, table = kept
            assert all(index < len(rows) for index in table)
