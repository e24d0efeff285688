"""Bulk work that makes many small objects, none in a cycle, runs with the collector paused;
a big tuple just made is looked at by the collector at once, on its own."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator, Sized
from typing import TypeVar

T = TypeVar("T", bound=Sized)
# Fewer items are looked at in well under a millisecond, with the young objects about them.
LOOK_AT_ONCE = 20_000


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


def looked_at(container: T) -> T:
    """``container``, a tuple of tens of thousands of strings or numbers just made, with the
    collector's young pass over it done now, on its own.

    A new tuple is tracked by the collector until one of its passes has looked at every item
    and found nothing to track; the pass that meets it walks all its items holding the GIL,
    on whichever thread happens to allocate then. Ten new 100,000-item columns met by one
    pass held the GIL some 10 ms (40 on a busy machine): the window stalled. Looked at as
    each is made, a pass takes about 1 ms, between which the other threads run. Nothing is
    done while the collector is paused (``collector_paused``: a bulk job that wants none).
    """
    if len(container) >= LOOK_AT_ONCE and gc.isenabled():
        gc.collect(0)
    return container
