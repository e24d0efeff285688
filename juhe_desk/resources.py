"""Where the data files of the repository's ``resources/`` folder are at run time.

The folder lives once, at the top of the repository, and is found in one of three places:
- the PyInstaller bundle: the spec copies it to ``<bundle>/resources``;
- an installed wheel (``pip install .``): ``setup.py`` maps it into the package as
  ``juhe_desk/_resources``;
- a source checkout, which is what the editable install of ``packaging/setup.sh`` imports:
  beside the package.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

PACKAGED_NAME = "juhe_desk._resources"


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    packaged = _packaged_dir()
    if packaged is not None:
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


USER_GUIDE = "用户指南.md"


def user_guide_path() -> Path | None:
    """The user guide (Markdown, its screenshots beside it): the bundle carries it in
    ``resources/guide`` (the PyInstaller spec copies it from ``docs/``); a source checkout
    reads ``docs/`` itself. None where neither is there (a wheel does not carry it)."""
    for path in (resource_path("guide", USER_GUIDE),
                 Path(__file__).resolve().parent.parent / "docs" / USER_GUIDE):
        if path.is_file():
            return path
    return None


def _packaged_dir() -> Path | None:
    """The installed copy, if this package came from a wheel (a folder without __init__.py,
    so Python sees a namespace package: its spec holds the folder)."""
    try:
        spec = importlib.util.find_spec(PACKAGED_NAME)
    except ImportError:
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        if Path(location).is_dir():
            return Path(location)
    return None
