"""Bulk work that makes many small objects, none in a cycle, runs with the collector paused."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector during a bulk load or check.

    Reading a sheet or checking its rows creates hundreds of thousands of small lists and
    tuples, none in a cycle; the collector would otherwise walk the growing heap again and
    again (about 20% of the time). Reference counting frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
