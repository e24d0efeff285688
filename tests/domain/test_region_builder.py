"""The first build of the table of cities runs in a process of its own (no GIL shared with the
window); should that process die, hang or not start, the app builds the table itself."""

from __future__ import annotations

import functools
import os
import signal
import threading
from pathlib import Path

import pytest

from juhe_desk.domain import region_builder, region_file, regions
from juhe_desk.domain.regions import KEPT_FILE, load_regions, region_of

CHANGZHOU = regions.Region("江苏省", "常州市", "Jiangsu", "Changzhou")


def _load(folder: Path) -> regions._RegionIndex:
    regions._index = None
    return load_regions(folder)


def _not_here(*_args: object) -> None:
    raise AssertionError("the table was built in the app's process")


def test_the_first_build_runs_in_a_process_of_its_own(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_regions_table: None) -> None:
    monkeypatch.setattr(regions, "_build_index", _not_here)  # only in this process
    folder = tmp_path / "cache"
    table = _load(folder)
    assert (folder / KEPT_FILE).is_file()
    assert region_of("13912345678") == CHANGZHOU
    assert len(table.by_prefix) == 700_000 and len(table.regions) > 300
    assert [path.name for path in folder.iterdir()] == [KEPT_FILE]  # no temporary left


# What the process runs instead of building, in the child (spawn imports this module there).
def _dies(_folder: str) -> None:
    os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))  # as the OOM killer


def _fails(_folder: str) -> None:
    raise SystemExit(1)


def _hangs(_folder: str) -> None:
    threading.Event().wait()


def _writes_junk(folder: str) -> None:
    Path(folder).mkdir(parents=True, exist_ok=True)
    (Path(folder) / KEPT_FILE).write_bytes(region_file.MAGIC + b"junk")


@pytest.mark.parametrize("child", [_dies, _fails, _writes_junk])
def test_when_the_process_fails_the_app_builds_the_table_itself(
        child: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        fresh_regions_table: None) -> None:
    folder = tmp_path / "cache"
    ended = region_builder.build_apart(folder, target=child)  # type: ignore[arg-type]
    assert ended is (child is _writes_junk)  # it ended well, having written junk
    monkeypatch.setattr(region_builder, "build_apart",
                        functools.partial(region_builder.build_apart, target=child))
    _load(folder)
    assert region_of("13912345678") == CHANGZHOU
    key = regions._data_key(regions.geodata_module_names())
    assert region_file.read(folder / KEPT_FILE, key, 700_000) is not None  # kept by the app


def _builds_apart_itself(folder: str) -> None:
    # A process of the app's own (daemonic, as the sheet reader) may start no other:
    # build_apart says so, it does not fail.
    raise SystemExit(0 if region_builder.build_apart(Path(folder)) is False else 3)


def test_a_process_of_the_apps_own_leaves_the_build_to_itself(tmp_path: Path) -> None:
    assert region_builder.build_apart(tmp_path, target=_builds_apart_itself)


def test_a_process_that_hangs_is_stopped_at_its_time_limit(tmp_path: Path) -> None:
    assert not region_builder.build_apart(tmp_path, target=_hangs, time_limit_s=1)
    assert not [path for path in tmp_path.iterdir()]


def test_no_process_to_be_had_leaves_it_to_the_app(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(self: object) -> None:
        raise OSError("Resource temporarily unavailable")

    monkeypatch.setattr("multiprocessing.process.BaseProcess.start", refused)
    assert not region_builder.build_apart(tmp_path)
