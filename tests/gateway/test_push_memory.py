"""Memory stays bounded while many senders hold big, unfinished bodies.

The receiver runs in a child process, so its resident size is its own. Each sender declares
a body just under the limit, sends most of it and stops: whatever a connection buffers is
held until it is cut off. waitress keeps a body in memory up to ``inbuf_overflow`` and
moves it to a temporary file beyond; the receiver keeps that in-memory part small, so RAM
does not grow by half a megabyte for every connection. Linux only (/proc).
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from time_support import wait_until

pytestmark = pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="Linux /proc")

SERVE = """
import sys
from juhe_desk.gateway.push_receiver import PushReceiver, PushLimits
with PushReceiver(lambda items: None, limits=PushLimits(connections=100)) as receiver:
    print(receiver.url, flush=True)
    sys.stdin.read()
"""
SENDERS = 60
BODY_BYTES = 1_900_000  # declared; the limit is 2,000,000
SENT_BYTES = 500_000  # then nothing more: just under waitress's default in-memory part


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def unread_bytes(port: int) -> int:
    """Bytes queued on loopback sockets to or from ``port`` that nobody has read yet."""
    total = 0
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local, remote = fields[1], fields[2]
        if local.endswith(f":{port:04X}") or remote.endswith(f":{port:04X}"):
            tx, rx = fields[4].split(":")
            total += int(tx, 16) + int(rx, 16)
    return total


def test_unfinished_big_bodies_are_not_held_in_memory() -> None:
    server = subprocess.Popen([sys.executable, "-c", SERVE], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    senders: list[socket.socket] = []
    assert server.stdin is not None and server.stdout is not None
    try:
        url = server.stdout.readline().strip()
        port = int(url.split(":")[2].split("/")[0])
        item = {"flag": 1, "mid": "1", "mobile": "13800000001", "stat": "DELIVRD",
                "time": "2026-11-01 09:00:00"}
        assert requests.post(url, data=json.dumps([item]), timeout=10).text == "OK"
        before = resident_mb(server.pid)
        head = (f"POST {url.split(str(port), 1)[1]} HTTP/1.1\r\nHost: x\r\n"
                f"Content-Length: {BODY_BYTES}\r\n\r\n").encode()
        for index in range(SENDERS):
            sock = socket.create_connection(("127.0.0.1", port), timeout=10,
                                            source_address=(f"127.0.4.{index + 1}", 0))
            senders.append(sock)
            sock.sendall(head + b"[" + b" " * (SENT_BYTES - 1))
        wait_until(lambda: unread_bytes(port) == 0, 30, "the server read every byte")
        grown = resident_mb(server.pid) - before
        # 60 x 0.5 MB = 30 MB received; with waitress's default (512 kB of a body in
        # memory, the rest in a file) the server grew by all of it.
        assert grown < 15, f"{grown:.1f} MB"
        assert requests.post(url, data=json.dumps([item]), timeout=10).text == "OK"
    finally:
        for sock in senders:
            sock.close()
        server.stdin.close()
        server.wait(10)
        server.stdout.close()
