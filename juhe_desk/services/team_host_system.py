"""What the operating system says about the hosted server: whether a process is a server,
whether a port is free, which addresses other desks may reach this computer at. Nothing here
sends anything over the network."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

HIGHEST_PORT = 65535
SEARCHED = 200  # ports looked at after a taken one for a free one to suggest


def next_free_port(after: int) -> int | None:
    """The first port after ``after`` no program listens on (a suggestion), or None."""
    for port in range(after + 1, min(after + SEARCHED, HIGHEST_PORT) + 1):
        if port_free(port):
            return port
    return None


def port_free(port: int) -> bool:
    """Whether another program listens on ``port`` (IPv4, every address), asked by trying
    to bind it the way the server will."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        if sys.platform != "win32":  # as the server does; Windows' sockets share otherwise
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("0.0.0.0", port))
        except OSError:
            return False
    return True


def computer_name() -> str:
    return socket.gethostname()


def lan_addresses() -> tuple[str, ...]:
    """This computer's IPv4 addresses other desks may reach (no loopback, no 169.254.x
    fallback addresses), as the system resolves its own name: nothing is sent anywhere."""
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        return ()
    found: list[str] = []
    for info in infos:
        address = str(info[4][0])
        if address.startswith(("127.", "169.254.")) or address in found:
            continue
        found.append(address)
    return tuple(sorted(found, key=_private_first))


def _private_first(address: str) -> tuple[int, str]:
    return (0 if address.startswith(("192.168.", "10.", "172.")) else 1, address)


def pid_in(cluster: Path) -> int | None:
    try:
        first = (cluster / "postmaster.pid").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    head = first.split("\n", 1)[0].strip()
    return int(head) if head.isdigit() else None


def process_exists(pid: int) -> bool:
    if sys.platform == "win32":
        return True  # pg_ctl's signal-pipe test is the one that counts there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def could_be_postgres(pid: int) -> bool:
    """On Linux, whether process ``pid`` runs a postgres program; elsewhere True (the
    caller's other test decides)."""
    try:
        exe = os.readlink(f"/proc/{pid}/exe")
    except FileNotFoundError:
        return not Path("/proc/self").exists() and process_exists(pid)
    except OSError:
        return True  # not ours to look at: let pg_ctl's answer stand
    return Path(exe.removesuffix(" (deleted)")).name.startswith("postgres")
