"""The disk fills up while a send's request is on the wire: its answer cannot be stored.

The numbers of that request may have received the message; the window must say they are
uncertain (how many, what to do), never "nothing was lost, please try again"; and the
journal, read again once there is space, agrees.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import keyring
import pytest
from disk_support import fill, small_disk
from import_helpers import WindowFactory, save_account
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT, PASSWORD
from test_send_end_to_end import compose_page, confirm_with_enter, fill_in, open_confirmation

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.store import Store
from juhe_desk.ui.session import DATABASE_NAME

NUMBERS = ("13800000001", "13800000002")


def fill_disk_before_answering(gateway: GatewaySimulator, disk: Path) -> list[Path]:
    """The next send request is processed by the gateway, then the disk fills, then the
    answer goes back: exactly the moment between "sending" and "answered" in the journal.
    (The simulator has no public hook for this; its action handler is wrapped.)"""
    server = gateway._server
    assert server is not None
    respond = server.actions.respond
    fillers: list[Path] = []

    def respond_then_fill(params: Mapping[str, str], delay: float = 0.0) -> Any:
        answer = respond(params, delay)
        if params.get("action") in ("send", "p2p") and not fillers:
            fillers.append(fill(disk))
        return answer

    server.actions.respond = respond_then_fill  # type: ignore[method-assign]
    return fillers


def test_answers_that_cannot_be_stored_are_reported_uncertain(
        open_window: WindowFactory, gateway: GatewaySimulator, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the log's fallback folder
    with small_disk(tmp_path / "disk", "8m") as disk:
        data_dir = disk / "data"
        save_account(data_dir, gateway)
        keyring.set_password("juhe-desk", ACCOUNT, PASSWORD)
        window = open_window("--gateway", gateway.base_url, "--account", ACCOUNT,
                             data_dir=data_dir)
        page = compose_page(window)
        fillers = fill_disk_before_answering(gateway, disk)
        fill_in(qtbot, page, "\n".join(NUMBERS), "【聚合云信】您好")
        with qtbot.waitSignal(page.campaign_runner.failed, timeout=20_000):
            confirm_with_enter(qtbot, open_confirmation(qtbot, page))

        status = page.findChild(QLabel, "sendStatusLabel").text()
        assert "磁盘已满" in status
        assert "2 个号码可能已经收到短信" in status and "不确定" in status
        assert "不要给它们重发" in status and "状态报告" in status
        assert "没有丢失" not in status and "再试一次" not in status
        assert sorted(s.mobile for s in gateway.submissions(ACCOUNT)) == list(NUMBERS)
        model = page.results_model  # the table agrees: not "not sent"
        qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10_000)

        def outcomes() -> dict[str, str]:
            return {str(model.index(r, 0).data()): str(model.index(r, 1).data())
                    for r in range(2)}

        # The batches left "sending" are read in a job, then marked in the table.
        qtbot.waitUntil(lambda: all("不确定是否已发送" in o for o in outcomes().values()),
                        timeout=10_000)
        assert set(outcomes()) == set(NUMBERS)
        assert all("没能保存" in o for o in outcomes().values()), outcomes()

        fillers[0].unlink()  # space again; the app starts again on the same file
        window.close()
        with Store.open(data_dir / DATABASE_NAME) as store:
            (batch,) = store.recover_interrupted_batches()
            assert batch.state == "uncertain"
            assert [m.status for m in store.batch_messages(batch.id)] == ["uncertain"] * 2
