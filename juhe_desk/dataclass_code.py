"""The compiled methods of dataclasses, kept between starts like Python's ``__pycache__``.

``@dataclass`` writes each class's ``__init__``, ``__repr__``, ``__eq__``... as Python text
and hands it to ``exec``, which parses and compiles it, every time the class is created: at
each start about 430 methods of the 73 dataclasses imported before the window paints,
about a tenth of the work before the first paint, for texts that never change between
starts. ``install()`` gives ``dataclasses`` an ``exec`` that looks the text up in the code
compiled by earlier starts (``marshal``, in the data folder's ``cache``) and compiles only
what it has not seen; the same text compiles to the same code, so the classes are the same.
``keep_in(data_dir)`` reads that file once the data folder is known (before the window's
modules are imported: the few dataclasses of the command line are compiled as usual);
``save()`` at the end of the run writes it when something was compiled anew (the first
start, a new version of the app or of Python).

A file that cannot be read (damaged, half-written by a crash, from another Python: its
name carries the bytecode's version) is ignored, and what it held is compiled as usual.
Imports nothing of juhe_desk: ``__main__`` installs it before the app's first dataclass.
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import logging
import marshal
import os
import sys
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType
from typing import Any

log = logging.getLogger(__name__)

FOLDER = "cache"  # in the data folder
# A file that grew past this many methods (versions come and go) keeps those of this run only.
MOST_KEPT = 5_000


class CompiledMethods:
    """What ``exec`` is in ``dataclasses`` once installed: a text already seen runs as its
    compiled code; any other text is compiled as ``exec`` would, and kept."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        # Each method's code stays marshalled until its class is made: reading the file is
        # then a copy of bytes, whatever the classes this run never makes.
        self.stored: dict[str, bytes] = _read(path) if path is not None else {}
        self.compiled: dict[str, CodeType] = {}  # texts this run compiled (not in the file)
        self.used: set[str] = set()

    def __call__(self, source: object, globals_: dict[str, Any] | None = None,
                 locals_: Any = None, /) -> None:
        if isinstance(source, str):
            source = self._code(source)
        builtins.exec(source, globals_, locals_)  # type: ignore[arg-type]

    def _code(self, text: str) -> CodeType:
        self.used.add(text)
        stored = self.stored.get(text)
        if stored is not None:
            with contextlib.suppress(ValueError, EOFError, TypeError):
                code = marshal.loads(stored)
                if isinstance(code, CodeType):
                    return code
        code = self.compiled.get(text)
        if code is None:
            # dont_inherit: compiled as dataclasses' own exec of the text would be, without
            # this module's __future__ flags.
            code = compile(text, "<string>", "exec", dont_inherit=True)
            self.compiled[text] = code
        return code

    def save(self) -> None:
        """Write the file when this run compiled something anew (atomically: a start that
        reads it meanwhile finds the old file or the new, never half of one)."""
        # Compiled before the file was read (the command line's classes) is no news.
        fresh = {text: marshal.dumps(code) for text, code in self.compiled.items()
                 if text not in self.stored}
        if not fresh or self.path is None:
            return
        stored = {**_read(self.path), **self.stored, **fresh}  # another copy's too
        if len(stored) > MOST_KEPT:
            stored = {text: stored[text] for text in self.used}
        partial = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(marshal.dumps(stored))
            os.replace(partial, self.path)
        except OSError as error:  # a full or read-only disk: the next start compiles them
            log.info("the dataclasses' compiled methods were not kept: %s", error)
            with contextlib.suppress(OSError):
                partial.unlink()
        else:
            self.stored, self.compiled = stored, {}


_installed: CompiledMethods | None = None


def cache_file(data_dir: Path) -> Path:
    """Named for the Python that reads it: another version's bytecode is never loaded."""
    return data_dir / FOLDER / (
        f"dataclass-methods.{sys.implementation.cache_tag}-{MAGIC_NUMBER.hex()}")


def install() -> CompiledMethods:
    """From now on ``dataclasses`` compiles through the cache (``keep_in`` gives its file)."""
    global _installed
    if _installed is None:
        _installed = CompiledMethods()
        dataclasses.exec = _installed  # type: ignore[attr-defined]  # its global, over builtins'
    return _installed


def keep_in(data_dir: Path) -> None:
    """The data folder is known: use what earlier starts kept there, and keep this run's
    there (nothing when not installed, as in tests that build windows in-process)."""
    if _installed is not None and _installed.path is None:
        _installed.path = path = cache_file(data_dir)
        _installed.stored = _read(path)


def save() -> None:
    """At the end of the run: keep what this run compiled anew (nothing when not installed)."""
    if _installed is not None:
        _installed.save()


def _read(path: Path) -> dict[str, bytes]:
    try:
        stored = marshal.loads(path.read_bytes())
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, EOFError, TypeError) as error:
        log.info("the dataclasses' compiled methods could not be read: %s", error)
        return {}
    if not isinstance(stored, dict):
        return {}
    return {text: code for text, code in stored.items()
            if isinstance(text, str) and isinstance(code, bytes)}
