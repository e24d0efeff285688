"""Each thing has one home (issue 11): what a newcomer would otherwise find spelled twice.

Read as text, like tests/test_layers.py: a module stays short, and a clock, a colour or a
translation helper is written once, where docs/ARCHITECTURE.md says it lives.
"""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "juhe_desk"
MODULES = sorted(PACKAGE.rglob("*.py"))

# A module does one thing and stays short: about 400 lines, never much more.
MAX_LINES = 430


def relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def places(pattern: str) -> list[str]:
    """``module:line`` of every line of juhe_desk that matches ``pattern``."""
    found = re.compile(pattern)
    return [f"{relative(path)}:{number}"
            for path in MODULES
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if found.search(line)]


def modules_with(pattern: str) -> set[str]:
    return {place.split(":")[0] for place in places(pattern)}


def test_no_module_is_long() -> None:
    long = {relative(path): lines for path in MODULES
            if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"split these (more than {MAX_LINES} lines): {long}"


def test_now_in_china_is_written_once() -> None:
    assert modules_with(r"datetime\.now\(") == {"gateway/china_time.py"}


def test_the_red_of_errors_lives_in_status_style() -> None:
    assert modules_with(r"(?i)#c0392b") == {"ui/status_style.py"}


def test_tr_is_made_by_translator_for_only() -> None:
    assert places(r"^\s*def _tr\b") == []
    assert all("translator_for(" in line for line in _tr_bindings())


def _tr_bindings() -> list[str]:
    return [line for path in MODULES
            for line in path.read_text(encoding="utf-8").splitlines()
            if re.match(r"\s*_tr\s*=", line)]
