"""The reader process yields the CPU to the window: it runs a little below normal priority.

The PCs the app runs on have two to four cores, and while a campaign sends the app already
keeps one busy (its send threads). Starting the reader process (Python and its modules),
reading a 100,000-row workbook (calamine) and checking its rows take a core for a second or
more; at the app's priority, the system hands the GUI thread a core only when the reader's
time slice ends, and the window misses frames (bench/ui_stall.py's bulk phase; a FILE given
on the command line is read while the window starts). A little below normal, the reader gives
way whenever the GUI thread wakes, and still gets every core nobody else wants: on an idle
machine it reads as fast as before.
"""

from __future__ import annotations

import os
import sys

# POSIX niceness added to the app's (0 normal, 19 lowest): enough for the GUI thread's
# wake-ups to come first, not so much that the reader starves beside a busy send (Linux
# then gives it about a third of a core it shares with a thread at normal priority).
READER_NICENESS = 5
# Windows: BELOW_NORMAL_PRIORITY_CLASS, one step below the app's own class.
_BELOW_NORMAL_PRIORITY_CLASS = 0x00004000


def lower_child(pid: int | None, process_handle: int) -> bool:
    """Lower a just-started reader process's CPU priority (``process_handle``: its handle on
    Windows, multiprocessing's sentinel); False where the system refused."""
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.SetPriorityClass.argtypes = (wintypes.HANDLE, wintypes.DWORD)
        kernel32.SetPriorityClass.restype = wintypes.BOOL
        return bool(kernel32.SetPriorityClass(process_handle, _BELOW_NORMAL_PRIORITY_CLASS))
    if pid is None:
        return False
    try:
        os.setpriority(os.PRIO_PROCESS, pid,
                       min(19, os.getpriority(os.PRIO_PROCESS, 0) + READER_NICENESS))
    except OSError:  # it ended already, or the system refuses
        return False
    return True
