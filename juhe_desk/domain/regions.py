"""Where a mainland mobile number was registered: its province and city (归属地).

From the geocoding data of Google's libphonenumber (the ``phonenumbers`` package). That data
covers every country: 29 generated modules, 19 MB of Python, which its package
(``phonenumbers.geodata``, and so ``phonenumbers.geocoder``) imports all at once: about 0.9 s
and 110 MB. China's mobile prefixes are about 130,000 of its entries, in some of those
modules. So this module reads the data modules one by one without their package, keeps the
entries of Chinese mobile prefixes in one table of 2 bytes per 7-digit prefix (1.4 MB), and
lets each module go. The app's bundle carries only the modules that hold Chinese entries
(``packaging/juhe-desk.spec``), which is all this reads there.

Nothing is read until the first question: ``load_regions()`` in a background job keeps the
wait off the GUI thread. Given a folder (the data folder's ``cache``), it keeps the table
there (``region_file``) for the data it was built from, and later runs read it back in a few
ms instead of executing the geodata again; the first run builds it in a process of its own
(``region_builder``), so that no thread of the app holds the GIL for it. Every function takes
the 11 digits of a mobile number.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import logging
import pkgutil
import re
import threading
from array import array
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple, cast

from juhe_desk.domain import region_builder, region_file

log = logging.getLogger(__name__)

GEODATA_PACKAGE = "phonenumbers.geodata"
KEPT_FILE = "china-mobile-regions.bin"  # in the folder given to load_regions
CHINA_MOBILE_KEYS = "861"  # +86, then a mobile number's first digit
_FIRST, _END = 1_300_000, 2_000_000  # the 7-digit prefixes of mobile numbers, 130 0000 to 199 9999
_DATA_MODULE = re.compile(r"data\d+")
# The province part of libphonenumber's Chinese descriptions: "江苏省常州市", "广西南宁市";
# a municipality is the whole text ("北京市").
_PROVINCE = re.compile(r"(内蒙古(?:自治区)?|广西(?:壮族自治区)?|西藏(?:自治区)?"
                       r"|宁夏(?:回族自治区)?|新疆(?:维吾尔自治区)?|[^省]+省)(.+)")


class Region(NamedTuple):
    """A number's province and city, as libphonenumber names them."""

    province: str  # 江苏省, 广西, 北京市
    city: str  # 常州市, 南宁市, 北京市 (a municipality is its own city)
    province_en: str  # Jiangsu
    city_en: str  # Changzhou

    def text(self, lang: str = "zh_CN") -> str:
        """江苏省常州市, 北京市 / Changzhou, Jiangsu, Beijing."""
        if self.city == self.province:  # a municipality
            return self.city_en if lang.startswith("en") else self.city
        if lang.startswith("en"):
            return f"{self.city_en}, {self.province_en}"  # Jilin, Jilin
        return self.province + self.city


class _RegionIndex(NamedTuple):
    regions: list[Region | None]  # index 0: no entry
    by_prefix: array[int]  # 7-digit prefix - _FIRST -> index into regions


_index: _RegionIndex | None = None
_loading = threading.Lock()


def region_of(mobile: str) -> Region | None:
    """The province and city of ``mobile``; None when the data has none for its prefix.
    The first call reads the data (0.2-0.3 s); call ``load_regions()`` off the GUI thread."""
    table = _index or load_regions()
    offset = int(mobile[:7]) - _FIRST
    if not 0 <= offset < _END - _FIRST:
        return None
    return table.regions[table.by_prefix[offset]]


def load_regions(folder: Path | None = None) -> _RegionIndex:
    """Read the data now, once (thread-safe); later calls return at once. With a ``folder``,
    the table kept there for the installed data when there is one, else built and kept."""
    global _index
    with _loading:
        if _index is None:
            _index = _kept_or_built(folder) if folder is not None else _build_index(
                _geodata_modules())
        return _index


def _kept_or_built(folder: Path) -> _RegionIndex:
    """The table kept in ``folder``; else built in a process of its own (no GIL held in
    the app's) and read back; else, should that process fail, built here and kept."""
    path, names = folder / KEPT_FILE, geodata_module_names()
    key = _data_key(names)
    kept = region_file.read(path, key, _END - _FIRST)
    if kept is None and region_builder.build_apart(folder):
        kept = region_file.read(path, key, _END - _FIRST)
    if kept is not None:
        rows, by_prefix = kept
        return _RegionIndex([Region(*row) if row else None for row in rows], by_prefix)
    return build_and_keep(folder)


def build_and_keep(folder: Path) -> _RegionIndex:
    """Build the table from the installed data and keep it in ``folder`` (the process of
    ``region_builder`` does, or the app itself when that process failed)."""
    names = geodata_module_names()
    built = _build_index(read_geodata_module(name) for name in names)
    try:
        region_file.write(folder / KEPT_FILE, _data_key(names), built.regions,
                          built.by_prefix)
    except OSError as error:  # a full or read-only disk: the next run builds it again
        log.info("the table of regions was not kept: %s", error)
    return built


def _data_key(names: list[str]) -> dict[str, Any]:
    """What the table is built from: the library's version and its geodata modules here
    (the app's bundle carries only some)."""
    # Imported already: finding the geodata's modules imports their parent.
    version = getattr(importlib.import_module("phonenumbers"), "__version__", "")
    return {"phonenumbers": str(version), "modules": names}


def china_mobile_entries() -> dict[str, Mapping[str, str]]:
    """libphonenumber's entries for Chinese mobile prefixes: "86" + up to 7 digits ->
    {"zh": ..., "en": ...}, from whichever of its geodata modules are installed."""
    entries: dict[str, Mapping[str, str]] = {}
    for data in _geodata_modules():
        entries.update((key, names) for key, names in data.items()
                       if key.startswith(CHINA_MOBILE_KEYS))
    return entries


def geodata_module_names() -> list[str]:
    """The names of the installed geodata modules (data0, data1, ...), without importing."""
    folders = _geodata_folders()
    return sorted((info.name for info in pkgutil.iter_modules(folders)
                   if _DATA_MODULE.fullmatch(info.name)), key=lambda name: int(name[4:]))


def read_geodata_module(name: str) -> dict[str, Mapping[str, str]]:
    """The ``data`` of one geodata module, executed without its package's ``__init__``
    (which would import every other module) and not kept in ``sys.modules``."""
    fullname = f"{GEODATA_PACKAGE}.{name}"
    spec = importlib.machinery.PathFinder.find_spec(fullname, _geodata_folders())
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(fullname)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return cast("dict[str, Mapping[str, str]]", module.data)


def china_geodata_module_names() -> list[str]:
    """The geodata modules holding entries of Chinese mobile prefixes: what the app's bundle
    keeps of them (reads every module: for the build, not the app)."""
    return [name for name in geodata_module_names()
            if any(key.startswith(CHINA_MOBILE_KEYS) for key in read_geodata_module(name))]


def _geodata_modules() -> Iterator[dict[str, Mapping[str, str]]]:
    for name in geodata_module_names():
        yield read_geodata_module(name)


def _geodata_folders() -> list[str]:
    # find_spec of a subpackage imports its parent (phonenumbers: 20 ms), not the subpackage.
    spec = importlib.util.find_spec(GEODATA_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(GEODATA_PACKAGE)
    return list(spec.submodule_search_locations)


def _build_index(modules: Iterable[Mapping[str, Mapping[str, str]]]) -> _RegionIndex:
    """The table, from one module at a time: each module's entries are let go once read."""
    regions: list[Region | None] = [None]
    index_of: dict[tuple[str, str], int] = {}
    by_prefix = array("H", bytes(2 * (_END - _FIRST)))
    shorter: list[tuple[str, int]] = []  # prefixes of fewer than 7 digits, ~19,000

    def index(names: Mapping[str, str]) -> int:
        zh, en = names.get("zh") or names.get("en", ""), names.get("en") or names.get("zh", "")
        found = index_of.get((zh, en))
        if found is None:
            found = index_of[(zh, en)] = len(regions)
            regions.append(_region(zh, en))
        return found

    for data in modules:
        for key, names in data.items():
            if not key.startswith(CHINA_MOBILE_KEYS):
                continue
            if len(key) == 9:  # "86" and 7 digits: the most precise
                offset = int(key[2:]) - _FIRST
                if 0 <= offset < _END - _FIRST:
                    by_prefix[offset] = index(names)
            elif len(key) > 2:
                shorter.append((key, index(names)))
    # Longest first, each filling only what no longer prefix has: the longest prefix wins.
    for key, found in sorted(shorter, key=lambda item: -len(item[0])):
        width = 9 - len(key)
        start = max(int(key[2:]) * 10 ** width, _FIRST)
        end = min(int(key[2:]) * 10 ** width + 10 ** width, _END)
        for offset in range(start - _FIRST, end - _FIRST):
            if not by_prefix[offset]:
                by_prefix[offset] = found
    return _RegionIndex(regions, by_prefix)


def _region(zh: str, en: str) -> Region:
    city_en, _, province_en = en.partition(", ")
    province_en = province_en or city_en
    split = _PROVINCE.fullmatch(zh)
    province, city = (split.group(1), split.group(2)) if split else (zh, zh)
    return Region(province, city, province_en, city_en)
