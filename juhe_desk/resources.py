"""Where the data files in the repository's ``resources/`` folder are at run time.

From a source checkout (the way ``packaging/setup.sh`` installs) they sit beside the
package; in the PyInstaller bundle the spec copies them to ``<bundle>/resources``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
