"""What differs per desktop system, set once at start: where the data folder is, high-DPI
scaling, the font for Chinese on Windows, and the identity Windows groups our windows under.

The data folder on Windows is ``%LOCALAPPDATA%\\juhe-desk`` (database, logs, backups): the local
profile, never the roaming one, which Windows copies between PCs at sign-in and sign-out and
which would carry a half-written database. Elsewhere it stays where Qt puts app data.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QFont, QGuiApplication

from juhe_desk import APP_ID, APP_NAME

# The Chinese UI font of Windows 10/11 ("UI" has the tighter line spacing made for menus and
# dialogs), then the older face every Chinese Windows has.
WINDOWS_CHINESE_FONTS = ("Microsoft YaHei UI", "Microsoft YaHei")


def default_data_dir(demo: bool) -> Path:
    """The platform's app-data folder; the demo keeps its own so it never mixes with real data."""
    if sys.platform == "win32":
        local = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
        base = Path(local) / APP_NAME  # Qt's GenericDataLocation is %LOCALAPPDATA% on Windows
    else:
        base = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppDataLocation))
        if not base.name:
            base = Path.home() / ".local" / "share" / APP_NAME
    return base / "demo" if demo else base


def before_application() -> None:
    """What must be set before the QApplication exists."""
    # Qt 6 always scales for high DPI; pass Windows' 125 % and 150 % through as they are
    # instead of rounding them to 100 % or 200 % (the default, set here so it stays so).
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    if sys.platform == "win32":
        import ctypes

        # The taskbar groups and pins our windows under the id the Start-menu shortcut carries
        # (AppUserModelID in packaging/windows/juhe-desk.iss), not under python or the exe path.
        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)


def font_families(system_family: str, platform: str = sys.platform) -> list[str]:
    """The interface font and its fallbacks: on Windows, Chinese text in Microsoft YaHei UI
    whatever the system font, so an English Windows does not fall back to SimSun."""
    families = [system_family]
    if platform == "win32":
        families += [name for name in WINDOWS_CHINESE_FONTS if name != system_family]
    return families


def use_platform_fonts(app: QGuiApplication) -> None:
    font = QFont(app.font())
    families = font_families(font.family())
    if families != [font.family()]:
        font.setFamilies(families)
        app.setFont(font)
