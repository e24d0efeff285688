"""How a status line looks for its severity: the same green, amber and red on every page."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

STYLES = {"ok": "color: #2e7d32;", "warning": "color: #b7791f;",
          "error": "color: #c0392b; font-weight: bold;", "": ""}


def style_status(label: QLabel, severity: str) -> None:
    """Colour ``label`` for ``severity`` ("ok", "warning", "error" or "" for plain)."""
    label.setStyleSheet(STYLES.get(severity, ""))
