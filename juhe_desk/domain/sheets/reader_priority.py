"""The reader process yields the CPU to the window: it runs a little below normal priority.

The PCs the app runs on have two to four cores, and while a campaign sends the app already
keeps one busy (its send threads), the gateway's answers another. Reading a 100,000-row
workbook (calamine) and checking its rows then take a core for a second or more; at the
same priority as the app, the system hands the GUI thread a core only when the reader's
time slice ends, and the window misses frames (bench/ui_stall.py's bulk phase). A little
below normal, the reader gives way whenever the GUI thread wakes and still gets every core
nobody else wants: on an idle machine it reads as fast as before.
"""

from __future__ import annotations

import os
import sys

# POSIX niceness (0 normal, 19 lowest): enough for the GUI thread's wake-ups to come first,
# not so much that the reader starves beside a busy send (CFS gives it about a third of a
# core shared with a task at normal priority).
READER_NICENESS = 5
# Windows: BELOW_NORMAL_PRIORITY_CLASS, one step below the app's own class.
_BELOW_NORMAL_PRIORITY_CLASS = 0x00004000


def lower_this_process() -> bool:
    """Lower this process's CPU priority; False where the system refused."""
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.GetCurrentProcess.restype = wintypes.HANDLE
        kernel32.SetPriorityClass.argtypes = (wintypes.HANDLE, wintypes.DWORD)
        kernel32.SetPriorityClass.restype = wintypes.BOOL
        return bool(kernel32.SetPriorityClass(kernel32.GetCurrentProcess(),
                                              _BELOW_NORMAL_PRIORITY_CLASS))
    try:
        os.nice(READER_NICENESS)
    except OSError:
        return False
    return True
