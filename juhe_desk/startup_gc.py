"""The garbage collector while the app starts.

The start allocates a few hundred thousand objects that live as long as the app (modules,
classes, Qt's wrappers). With the usual thresholds the collector scans them over and over
(about 100 collections, one of them a full one: tens of ms, some after the first paint).
During the start it runs rarely (``collect_less``: every 20,000 allocations instead of 700,
which still collects the start's garbage); once the window's start has finished,
``collect_as_usual`` moves what is alive then out of every later collection for good
(``gc.freeze``) and brings the usual thresholds back. Already at the window's first paint
(``first_paint``) what is alive then is moved out: a collection during the rest of the start
then looks only at what that makes, a few ms, never at every module and widget (tens of ms,
a stall of the painted window).

Until that first paint the collector does not run at all: there its 8 collections took
10-15 ms of the start and found a few hundred objects of garbage (634 in a demo start),
which then stay, frozen with the rest.
"""

from __future__ import annotations

import gc

START_THRESHOLDS = (20_000, 50, 1_000)
_usual: tuple[int, int, int] | None = None
_paused = False  # by collect_less, until the first paint


def collect_less() -> None:
    global _usual, _paused
    if _usual is None:
        _usual = gc.get_threshold()
        _paused = gc.isenabled()
        gc.disable()
    gc.set_threshold(*START_THRESHOLDS)


def first_paint() -> None:
    """The window has painted: what the start made so far stays, and the collector runs
    again, rarely (a start that ``collect_less`` began; tests building windows leave the
    collector alone)."""
    if _usual is not None:
        gc.freeze()
        _resume()


def _resume() -> None:
    global _paused
    if _paused:
        gc.enable()
        _paused = False


def collect_as_usual(*, freeze: bool = True) -> None:
    """``freeze``: the start went well and what it made stays; otherwise (the start was
    cancelled) collect now, so that nothing it opened waits for the end of the process."""
    global _usual
    if _usual is None:
        return
    _resume()
    if freeze:
        gc.freeze()
    else:
        gc.collect()
    gc.set_threshold(*_usual)
    _usual = None
