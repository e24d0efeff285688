"""The index Qt hands a model's (and a delegate's) methods: plain or persistent."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex
