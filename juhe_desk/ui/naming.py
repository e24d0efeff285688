"""``named(widget, "objectName")``: set an objectName inline, keeping the widget's type.

PySide6 accepts ``QLabel(objectName=...)`` at run time, but its type stubs do not.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

QObjectT = TypeVar("QObjectT", bound=QObject)


def named(obj: QObjectT, name: str) -> QObjectT:
    obj.setObjectName(name)
    return obj
