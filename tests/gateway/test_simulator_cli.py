"""``python -m juhe_desk.gateway.simulator`` in a real subprocess."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

import pytest
import requests

from juhe_desk.gateway.simulator import DEMO_PASSWORD

READY = "juhe-desk simulator ready at "


def read_line(stream: IO[str], timeout: float = 20.0) -> str:
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.append(stream.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    assert lines, "the simulator printed nothing in time"
    return lines[0]


@contextmanager
def simulator(*options: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    command = [sys.executable, "-m", "juhe_desk.gateway.simulator", "--port", "0", *options]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, encoding="utf-8") as process:
        try:
            line = read_line(process.stdout)  # type: ignore[arg-type]
            assert line.startswith(READY) and line.endswith("\n")
            yield process, line[len(READY):].strip()
        finally:
            if process.poll() is None:
                process.kill()
            process.communicate(timeout=10)


def overage(base_url: str, account: str, password: str) -> dict[str, object]:
    answer: dict[str, object] = requests.post(base_url + "/sms", data={
        "action": "overage", "account": account, "password": password, "rt": "json",
    }, timeout=5).json()
    return answer


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_demo_account_by_default_and_a_clean_exit(stop_signal: signal.Signals) -> None:
    with simulator() as (process, base_url):
        assert base_url.startswith("http://127.0.0.1:")
        assert overage(base_url, "922011", DEMO_PASSWORD) == {
            "status": 0, "balance": 500_000, "chargeType": "PRECHARGE"}
        process.send_signal(stop_signal)
        out, err = process.communicate(timeout=10)
        assert process.returncode == 0
        assert out == ""  # exactly one line in all
        assert DEMO_PASSWORD not in err


def test_options_set_up_the_account() -> None:
    options = ["--account", "555001", "--password", "s3cret", "--extno", "10655",
               "--signature", "【测试】", "--balance", "42", "--price", "40",
               "--report-delay", "0", "0"]
    with simulator(*options) as (process, base_url):
        assert overage(base_url, "555001", "s3cret")["balance"] == 42
        assert overage(base_url, "922011", DEMO_PASSWORD)["status"] == 3
        fields = {"action": "send", "account": "555001", "password": "s3cret", "rt": "json",
                  "mobile": "13800000001,13800000002", "extno": "10655"}
        unsigned = requests.post(base_url + "/sms", data={**fields, "content": "你好"},
                                 timeout=5).json()
        assert [item["result"] for item in unsigned["list"]] == [17, 17]
        signed = requests.post(base_url + "/sms", data={**fields, "content": "【测试】你好"},
                               timeout=5).json()
        assert [item["result"] for item in signed["list"]] == [0, 15]
        assert signed["balance"] == 2
        process.terminate()
        process.wait(10)


def test_a_busy_port_is_reported() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        result = subprocess.run(
            [sys.executable, "-m", "juhe_desk.gateway.simulator", "--port", port],
            capture_output=True, text=True, timeout=20)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "cannot listen" in result.stderr
