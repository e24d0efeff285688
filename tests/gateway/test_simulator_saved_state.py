"""The demo gateway's account kept in a file: a simulator started from it goes on where the
last one stopped (balance, reports still to come, replies waiting), through the real client."""

from __future__ import annotations

import json
from pathlib import Path

from juhe_desk.gateway.client import GatewayClient
from juhe_desk.gateway.simulator import (
    DEMO_ACCOUNT,
    DEMO_EXTNO,
    DEMO_PASSWORD,
    GatewaySimulator,
    demo_account,
)
from juhe_desk.gateway.simulator.saved_state import STATE_FILE, load_state, save_state


def started(delay: tuple[float, float], state: Path | None = None) -> GatewaySimulator:
    sim = GatewaySimulator(port=0, seed=3, report_delay=delay)
    sim.add_account(demo_account())
    if state is not None:
        assert load_state(sim, DEMO_ACCOUNT, state)
    sim.start()
    return sim


def client(sim: GatewaySimulator) -> GatewayClient:
    return GatewayClient(sim.base_url, DEMO_ACCOUNT, DEMO_PASSWORD, "plain")


def test_a_restarted_demo_gateway_keeps_its_books(tmp_path: Path) -> None:
    state = tmp_path / STATE_FILE
    first = started((3600.0, 3600.0))  # nothing is reported before the restart
    try:
        with client(first) as gateway:
            sent = gateway.send(["13912345678", "13800138000"], "【聚合云信】周末八折",
                                extno=DEMO_EXTNO)
            assert [r.result for r in sent] == [0, 0]
            assert len(gateway.reports(size=100)) == 0
        first.inject_mo(DEMO_ACCOUNT, "13912345678", "好的")
        balance = first.state(DEMO_ACCOUNT).balance
    finally:
        first.stop()
    save_state(first, DEMO_ACCOUNT, state)
    assert json.loads(state.read_text(encoding="utf-8"))["account"] == DEMO_ACCOUNT

    again = started((0.0, 0.0), state)
    try:
        assert again.state(DEMO_ACCOUNT).balance == balance < demo_account().balance
        assert [s.mid for s in again.submissions(DEMO_ACCOUNT)] == [r.mid for r in sent]
        again.flush_reports()  # the hour has passed
        with client(again) as gateway:
            assert {r.mid for r in gateway.reports(size=100).reports} == {r.mid for r in sent}
            assert [m.content for m in gateway.inbound(size=100).inbound] == ["好的"]
            assert gateway.balance().balance == balance
    finally:
        again.stop()


def test_nothing_saved_or_a_damaged_file_starts_afresh(tmp_path: Path) -> None:
    sim = GatewaySimulator(port=0)
    sim.add_account(demo_account())
    assert not load_state(sim, DEMO_ACCOUNT, tmp_path / STATE_FILE)
    for damaged in ("{", json.dumps({"version": 1, "account": DEMO_ACCOUNT, "books": {}}),
                    json.dumps({"version": 1, "account": "someone-else", "books": {}})):
        (tmp_path / STATE_FILE).write_text(damaged, encoding="utf-8")
        assert not load_state(sim, DEMO_ACCOUNT, tmp_path / STATE_FILE)
        assert not (tmp_path / STATE_FILE).exists()
        assert (tmp_path / (STATE_FILE + ".unusable")).read_text(encoding="utf-8") == damaged
    assert sim.state(DEMO_ACCOUNT).balance == demo_account().balance
