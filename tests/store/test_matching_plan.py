"""Storing a set of reports finds each report's message by its mid, and the messages marked
as sent that wait for a mid through the partial index of such messages: never through every
message ever sent to a number, or at all (SQLite uses a partial index only when the query
states its condition)."""

from __future__ import annotations

from pathlib import Path

from store_backends import explain

from juhe_desk.store import Store
from juhe_desk.store.dialect import SQLITE
from juhe_desk.store.events import AWAITING_MATCH_SQL
from juhe_desk.store.matching import linked_reports_sql


def test_messages_awaiting_a_mid_are_found_through_their_partial_index(tmp_path: Path) -> None:
    with Store.open(tmp_path / "juhe.db") as store, store.job_connection():
        plan = explain(store, AWAITING_MATCH_SQL)
    assert any("messages_awaiting_mid" in step for step in plan), plan
    assert not any(step.startswith("SCAN m") and "INDEX" not in step for step in plan), plan


def test_a_pulled_report_finds_its_message_by_mid_not_by_number(tmp_path: Path) -> None:
    """By the number's index, each report went through every message its number was ever
    sent (a shop's regular customers get one a week)."""
    items = '[{"mid": "M1", "mobile": "13800000001", "stat": "DELIVRD", "time": "t"}]'
    with Store.open(tmp_path / "juhe.db") as store, store.job_connection():
        plan = explain(store, linked_reports_sql(SQLITE), ("now", "pull", items))
    assert any("messages_mid (mid=?)" in step for step in plan), plan
    assert not any("messages_mobile" in step for step in plan), plan
