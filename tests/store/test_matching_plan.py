"""Each set of reports stored looks for messages marked as sent that wait for a mid: through
the partial index of such messages, not through every message ever sent (SQLite uses a
partial index only when the query states its condition)."""

from __future__ import annotations

from pathlib import Path

from store_backends import explain

from juhe_desk.store import Store
from juhe_desk.store.events import AWAITING_MATCH_SQL


def test_messages_awaiting_a_mid_are_found_through_their_partial_index(tmp_path: Path) -> None:
    with Store.open(tmp_path / "juhe.db") as store, store.job_connection():
        plan = explain(store, AWAITING_MATCH_SQL)
    assert any("messages_awaiting_mid" in step for step in plan), plan
    assert not any(step.startswith("SCAN m") and "INDEX" not in step for step in plan), plan
