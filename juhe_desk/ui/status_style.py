"""How a status looks for its severity: the same green, amber and red on every page.

Labels take a style sheet (``style_status``, ``text_style``); table models and painted
widgets take the same colours as ``QColor(status_style.ERROR)``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

OK = "#2e7d32"
WARNING = "#b7791f"
ERROR = "#c0392b"  # the red of every error, refusal and failure
MUTED = "#6b6b6b"  # hints, idle and pending rows
NOTE = "#8a6d3b"  # a note that does not block
OPTED_OUT = "#7b4f9d"  # numbers on the opt-out list
STOP_REPLY = "#a0281b"  # a reply that asks to stop (the inbox row, the conversation's badge)
REVIEW = "#8a5a00"  # replies waiting for a person to look at them


def text_style(colour: str, *, bold: bool = False) -> str:
    """A label's style sheet for text in ``colour``."""
    return f"color: {colour};" + (" font-weight: bold;" if bold else "")


STYLES = {"ok": text_style(OK), "warning": text_style(WARNING),
          "error": text_style(ERROR, bold=True), "": ""}


def style_status(label: QLabel, severity: str) -> None:
    """Colour ``label`` for ``severity`` ("ok", "warning", "error" or "" for plain)."""
    style = STYLES.get(severity, "")
    if label.styleSheet() != style:  # a new style sheet lays out and repaints the whole tab
        label.setStyleSheet(style)

