"""File names as the operating system gives them, made fit to open and to show.

On Linux a name is bytes: one copied from a Chinese Windows PC (a USB stick, a zip archive)
is often GBK, which Python holds as surrogate escapes ("\\udcc9\\udcee") that Qt drops and
that native readers refuse. On Windows a name may hold an unpaired UTF-16 surrogate, and a
path longer than MAX_PATH opens only with the "\\\\?\\" prefix.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Long enough for any real name; a longer one would widen the window's labels.
MAX_SHOWN = 80
_WINDOWS_MAX_PATH = 260


def display_name(path: str | Path, *, limit: int = MAX_SHOWN) -> str:
    """The file's name as a person should read it: bytes that are not UTF-8 are read as
    GB18030 (what Chinese Windows writes), anything else undecodable becomes "�", and a
    very long name keeps its start and its extension around an ellipsis."""
    return _shorten(readable(Path(path).name), limit)


def readable(text: str) -> str:
    """``text`` without surrogates, so Qt, logs and UTF-8 files can take it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        pass
    else:
        return text
    try:
        raw = text.encode("utf-8", "surrogateescape")  # the bytes the OS gave
    except UnicodeEncodeError:  # a lone UTF-16 surrogate (Windows): no bytes behind it
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def _shorten(name: str, limit: int) -> str:
    if len(name) <= limit:
        return name
    stem, dot, extension = name.rpartition(".")
    tail = f"{dot}{extension}" if dot and stem and len(extension) <= 8 else ""
    keep = limit - len(tail) - 1
    head = name[:keep] if not tail else stem[:keep]
    return f"{head}…{tail}"


def fits_native(path: str | Path) -> bool:
    """Whether a native reader can take ``path`` as a (UTF-8) string."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def os_path(path: str | Path) -> str:
    """The path to hand the operating system: on Windows, a long absolute path gets the
    "\\\\?\\" prefix that lifts the 260-character limit."""
    text = str(path)
    if sys.platform != "win32" or len(text) < _WINDOWS_MAX_PATH or text.startswith("\\\\"):
        return text
    return "\\\\?\\" + os.path.abspath(text)
