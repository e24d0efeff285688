"""Help → About: versions and where data and logs are kept."""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion

from juhe_desk import __version__
from juhe_desk.ui.session import Session


def about_text(session: Session) -> str:
    translate = QCoreApplication.translate  # the name lupdate looks for
    lines = [
        f"<b>juhe-desk {__version__}</b>",
        translate("About", "SMS campaigns through the 聚合云信 industry SMS gateway."),
        translate("About", "Qt {qt}, PySide6 {pyside}, Python {python}").format(
            qt=qVersion(), pyside=pyside_version, python=sys.version.split()[0]),
        translate("About", "Data folder: {path}").format(path=session.data_dir),
        translate("About", "Logs: {path}").format(path=session.data_dir / "logs"),
    ]
    return "<br>".join(lines)
