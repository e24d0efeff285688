"""Whose a callback is, so that one whose widget is gone is dropped quietly.

A job's result can come back after the widget that asked for it was closed and deleted (a
tab built again, a dialog closed, a page of a benchmark): calling it then would touch a
deleted label and print a traceback. The task runner (tasks.py) and the session's shutdown
hooks ask ``gone`` first. A callback's owner is the QObject it is a bound method of (a
``timer.stop``, a ``self._show``), or the ``self`` a closure defined in a QObject's method
uses (the usual ``def show(result): self._show(...)`` handed to ``submit``); a callback
with neither (a plain function, a list's ``append``) has no owner and is always called.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject

Hook = TypeVar("Hook", bound=Callable[..., Any])


def owner_of(callback: Callable[..., Any]) -> QObject | None:
    """The QObject ``callback`` belongs to, or None."""
    while isinstance(callback, functools.partial):
        callback = callback.func
    target = getattr(callback, "__self__", None)
    if isinstance(target, QObject):
        return target
    code, closure = getattr(callback, "__code__", None), getattr(callback, "__closure__", None)
    if code is None or not closure:
        return None
    for name, cell in zip(code.co_freevars, closure, strict=True):
        if name != "self":
            continue
        try:
            value = cell.cell_contents
        except ValueError:  # not set yet
            return None
        return value if isinstance(value, QObject) else None
    return None


def gone(callback: Callable[..., Any]) -> bool:
    """True when ``callback``'s owner has been deleted: calling it would touch a dead object."""
    owner = owner_of(callback)
    return owner is not None and not shiboken6.isValid(owner)


def still_wanted(callbacks: Iterable[Hook]) -> list[Hook]:
    """Those of ``callbacks`` whose owner (if any) still exists."""
    return [callback for callback in callbacks if not gone(callback)]
