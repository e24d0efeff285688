"""The colours of a status (the red of errors first) are spelled once, in ui/status_style.py."""

from __future__ import annotations

from pathlib import Path

from juhe_desk.ui import status_style

PACKAGE = Path(status_style.__file__).resolve().parent.parent


def test_status_colours_are_spelled_only_in_status_style() -> None:
    colours = {status_style.OK, status_style.WARNING, status_style.ERROR, status_style.MUTED,
               status_style.NOTE, status_style.OPTED_OUT}
    spelled = [f"{path.relative_to(PACKAGE)}: {colour}"
               for path in PACKAGE.rglob("*.py") if path != Path(status_style.__file__).resolve()
               for colour in colours if colour in path.read_text(encoding="utf-8").lower()]
    assert spelled == []
