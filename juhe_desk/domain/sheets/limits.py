"""The memory the reader process may use, enforced by the operating system.

POSIX: ``RLIMIT_AS``, set by the reader process on itself before it reads anything. A native
allocation past it fails at once: calamine (Rust) then aborts, Python raises MemoryError.
Windows has no RLIMIT_AS: the app puts each reader process in a Job object whose
per-process memory limit does the same; the job also kills its processes when the app ends
and turns crash dialogs off (a crashed reader must not wait for a click). Where neither holds
(a job refused, Wine, which does not enforce job limits), ``memory_in_use`` lets the app
watch the reader and end it past the limit.
"""

from __future__ import annotations

import os
import sys

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
# The app (Qt, the store, a campaign) takes 150-250 MB; with this, app and reader together
# stay under 1 GB. A reader needs about 530 MB for 1,000,000 rows of 4 columns (25 MB).
READER_MEMORY_MB = 700
READER_MEMORY_BYTES = READER_MEMORY_MB * 1024 * 1024


def limit_this_process(limit_bytes: int) -> None:
    """Cap this process's address space (POSIX; a no-op where the system has no such limit)."""
    if sys.platform == "win32":
        _no_crash_dialogs()
        return
    import resource

    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit_bytes = min(limit_bytes, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, hard))
    except (ValueError, OSError):  # macOS refuses RLIMIT_AS: only the time limit holds there
        pass


def memory_in_use(pid: int, handle: int) -> int | None:
    """The memory a process holds now (Windows: committed; Linux: resident), if known."""
    if sys.platform == "win32":
        return _committed(handle)
    try:
        with open(f"/proc/{pid}/statm", "rb") as statm:
            return int(statm.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return None


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    _JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS = 9
    _JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x0100
    _JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION = 0x0400
    _JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x2000
    _SEM_FAILCRITICALERRORS = 0x0001
    _SEM_NOGPFAULTERRORBOX = 0x0002

    class _BasicLimits(ctypes.Structure):
        _fields_ = [
            ("PerProcessUserTimeLimit", ctypes.c_int64),
            ("PerJobUserTimeLimit", ctypes.c_int64),
            ("LimitFlags", wintypes.DWORD),
            ("MinimumWorkingSetSize", ctypes.c_size_t),
            ("MaximumWorkingSetSize", ctypes.c_size_t),
            ("ActiveProcessLimit", wintypes.DWORD),
            ("Affinity", ctypes.c_size_t),
            ("PriorityClass", wintypes.DWORD),
            ("SchedulingClass", wintypes.DWORD),
        ]

    class _IoCounters(ctypes.Structure):
        _fields_ = [(name, ctypes.c_uint64) for name in (
            "ReadOperationCount", "WriteOperationCount", "OtherOperationCount",
            "ReadTransferCount", "WriteTransferCount", "OtherTransferCount")]

    class _ExtendedLimits(ctypes.Structure):
        _fields_ = [
            ("BasicLimitInformation", _BasicLimits),
            ("IoInfo", _IoCounters),
            ("ProcessMemoryLimit", ctypes.c_size_t),
            ("JobMemoryLimit", ctypes.c_size_t),
            ("PeakProcessMemoryUsed", ctypes.c_size_t),
            ("PeakJobMemoryUsed", ctypes.c_size_t),
        ]

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _kernel32.CreateJobObjectW.restype = wintypes.HANDLE
    _kernel32.CreateJobObjectW.argtypes = (ctypes.c_void_p, wintypes.LPCWSTR)
    _kernel32.SetInformationJobObject.restype = wintypes.BOOL
    _kernel32.SetInformationJobObject.argtypes = (wintypes.HANDLE, ctypes.c_int,
                                                  ctypes.c_void_p, wintypes.DWORD)
    _kernel32.AssignProcessToJobObject.restype = wintypes.BOOL
    _kernel32.AssignProcessToJobObject.argtypes = (wintypes.HANDLE, wintypes.HANDLE)
    _job: int | None = None

    class _MemoryCounters(ctypes.Structure):
        _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD)] + [
            (name, ctypes.c_size_t) for name in (
                "PeakWorkingSetSize", "WorkingSetSize", "QuotaPeakPagedPoolUsage",
                "QuotaPagedPoolUsage", "QuotaPeakNonPagedPoolUsage", "QuotaNonPagedPoolUsage",
                "PagefileUsage", "PeakPagefileUsage", "PrivateUsage")]

    _kernel32.K32GetProcessMemoryInfo.restype = wintypes.BOOL
    _kernel32.K32GetProcessMemoryInfo.argtypes = (wintypes.HANDLE, ctypes.c_void_p,
                                                  wintypes.DWORD)

    def _committed(handle: int) -> int | None:
        counters = _MemoryCounters()
        counters.cb = ctypes.sizeof(counters)
        if not _kernel32.K32GetProcessMemoryInfo(handle, ctypes.byref(counters),
                                                 counters.cb):
            return None
        # The commit charge; Windows fills both, Wine only PagefileUsage.
        return int(max(counters.PagefileUsage, counters.PrivateUsage))

    def _no_crash_dialogs() -> None:
        _kernel32.SetErrorMode(_SEM_FAILCRITICALERRORS | _SEM_NOGPFAULTERRORBOX)

    def _reader_job(limit_bytes: int) -> int:
        global _job
        if _job is None:
            job = _kernel32.CreateJobObjectW(None, None)
            if not job:
                raise ctypes.WinError(ctypes.get_last_error())
            limits = _ExtendedLimits()
            limits.BasicLimitInformation.LimitFlags = (
                _JOB_OBJECT_LIMIT_PROCESS_MEMORY | _JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION
                | _JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE)
            limits.ProcessMemoryLimit = limit_bytes
            if not _kernel32.SetInformationJobObject(
                    job, _JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS, ctypes.byref(limits),
                    ctypes.sizeof(limits)):
                raise ctypes.WinError(ctypes.get_last_error())
            _job = job
        return _job

    def limit_child(process_handle: int, limit_bytes: int) -> bool:
        """Put a started reader process in the memory-limited job; False if that failed."""
        try:
            job = _reader_job(limit_bytes)
        except OSError:
            return False
        return bool(_kernel32.AssignProcessToJobObject(job, process_handle))

else:

    def limit_child(process_handle: int, limit_bytes: int) -> bool:
        """POSIX readers limit themselves (``limit_this_process``)."""
        return True
