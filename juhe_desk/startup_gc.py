"""The garbage collector while the app starts.

The start allocates a few hundred thousand objects that live as long as the app (modules,
classes, Qt's wrappers). With the usual thresholds the collector scans them over and over
(about 100 collections, one of them a full one: tens of ms, some after the first paint).
Until the first paint the collector does not run at all (``collect_less``): there its 8
collections took 10-15 ms of the start and found a few hundred objects of garbage (634 in a
demo start), which then stay, frozen with the rest.

At the window's first paint (``first_paint``) what is alive then is moved out of every
later collection (``gc.freeze``), and the collector runs again, but only every
``AFTER_PAINT_THRESHOLDS[0]`` allocations: the rest of the start (its tabs, jobs and
imports) makes some 65,000 (normal and demo starts), so a start that goes as usual never
collects (with 20,000 it did so 3 times in the first 150 ms after the paint, 3-10 ms each
holding every thread: a lost frame), and leaves some 200 objects of garbage, frozen with the
rest when it has finished. A start that hangs (a step waits for a job that never ends) still
collects now and then, so memory does not grow without end. Once the window's start has
finished, ``collect_as_usual`` freezes what is alive then and brings the usual thresholds
back.
"""

from __future__ import annotations

import gc

START_THRESHOLDS = (20_000, 50, 1_000)
AFTER_PAINT_THRESHOLDS = (150_000, 50, 1_000)  # what the rest of a start makes: ~65,000
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
    again, so rarely that the rest of a start that goes as usual never waits for it (a start
    that ``collect_less`` began; tests building windows leave the collector alone)."""
    if _usual is not None:
        gc.freeze()
        gc.set_threshold(*AFTER_PAINT_THRESHOLDS)
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
