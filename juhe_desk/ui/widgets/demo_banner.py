"""In demo mode (``--demo``), a thin banner above the tabs says so, as the title does: what is
sent goes to the simulated gateway, never to a phone, and the demo keeps its own data."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from juhe_desk import APP_NAME
from juhe_desk.ui.i18n import translator_for
from juhe_desk.ui.naming import named

_tr = translator_for("DemoBanner")


def demo_title() -> str:
    return _tr("{app} — demo mode").format(app=APP_NAME)


def with_demo_banner(content: QWidget) -> QWidget:
    """``content`` under the demo banner (``demoBanner``)."""
    banner = named(QLabel(_tr(
        "Demo mode: messages go to a simulated gateway on this computer, never to a phone. "
        "The demo's balance and history are kept in a data folder of their own.")),
        "demoBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet("QLabel#demoBanner { background: #fff4ce; color: #5c4400;"
                         " border-bottom: 1px solid #e0c96b; padding: 3px 8px; }")
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(content, 1)
    return holder
