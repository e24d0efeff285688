"""juhe_desk/dataclass_code.py: dataclasses' methods compiled once and kept between starts."""

from __future__ import annotations

import dataclasses
import inspect
import os
import subprocess
import sys
from pathlib import Path

import pytest

from juhe_desk.dataclass_code import CompiledMethods, cache_file


def make_classes() -> tuple[type, type]:
    @dataclasses.dataclass(frozen=True, slots=True)
    class Point:
        x: int
        y: int = 0
        tags: list[str] = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(order=True)
    class Version:
        major: int
        minor: int

    return Point, Version


def check_classes(point: type, version: type) -> None:
    p = point(1)
    assert p == point(1, 0, []) and p != point(2)
    assert repr(p).endswith("Point(x=1, y=0, tags=[])")
    assert p.tags is not point(1).tags  # a fresh list each time
    assert hash(point(1, 2, ())) == hash(point(1, 2, ()))
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 3  # type: ignore[misc]
    assert version(1, 2) < version(1, 10)
    # Compiled without this test's (nor dataclass_code's) ``from __future__ import annotations``:
    # the annotations are the objects themselves, as plain dataclasses make them.
    assert inspect.signature(point.__init__).return_annotation is None
    assert inspect.signature(point.__init__).parameters["x"].annotation == "int"


def test_the_methods_are_compiled_once_and_the_classes_stay_the_same(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "cache" / "methods"
    first = CompiledMethods(path)
    monkeypatch.setattr(dataclasses, "exec", first, raising=False)
    check_classes(*make_classes())
    assert first.compiled  # nothing was kept yet
    first.save()
    assert path.exists() and not first.compiled

    second = CompiledMethods(path)  # the next start
    monkeypatch.setattr(dataclasses, "exec", second, raising=False)
    check_classes(*make_classes())
    assert not second.compiled and second.used
    second.save()  # nothing new: the file is not written again
    assert not list(path.parent.glob("*.tmp"))


@pytest.mark.parametrize("content", [b"", b"\x00garbage", b"\xe3\x01\x00\x00"],
                         ids=["empty", "garbage", "truncated"])
def test_a_damaged_file_is_ignored_and_replaced(tmp_path: Path, content: bytes,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "methods"
    path.write_bytes(content)
    methods = CompiledMethods(path)
    monkeypatch.setattr(dataclasses, "exec", methods, raising=False)
    check_classes(*make_classes())
    methods.save()
    assert CompiledMethods(path).stored


def test_a_folder_that_cannot_be_written_costs_nothing_but_the_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    methods = CompiledMethods(blocker / "methods")
    monkeypatch.setattr(dataclasses, "exec", methods, raising=False)
    check_classes(*make_classes())
    methods.save()  # logged, not raised
    assert not (tmp_path / "methods").exists()


def test_the_file_is_in_the_data_folder_named_for_the_python_that_reads_it(
        tmp_path: Path) -> None:
    path = cache_file(tmp_path)
    assert path.parent == tmp_path / "cache"
    assert sys.implementation.cache_tag in path.name


def test_a_real_start_keeps_them_and_the_next_start_uses_them(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    data_dir = tmp_path / "data"
    argv = [sys.executable, "-m", "juhe_desk", "--demo", "--data-dir", str(data_dir),
            "--quit-after", "0"]

    def start() -> None:
        done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120,
                              check=False)
        assert done.returncode == 0, done.stderr

    start()
    kept = cache_file(data_dir)
    written = kept.stat().st_mtime_ns
    start()  # found every method in the file: nothing compiled, nothing written
    assert kept.stat().st_mtime_ns == written
