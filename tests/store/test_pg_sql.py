"""Queries written with SQLite's placeholders, as PostgreSQL takes them (store/pg_sql.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from juhe_desk.store.pg_sql import translate


def test_placeholders_become_numbered_parameters() -> None:
    query = translate("SELECT * FROM t WHERE a = ? AND b IN (?, ?)")
    assert query.sql == "SELECT * FROM t WHERE a = $1 AND b IN ($2, $3)"
    assert query.bind([1, 2, 3]) == [1, 2, 3]


def test_numbered_and_bare_placeholders_count_as_sqlite_counts_them() -> None:
    # A bare ? takes the highest number so far plus one: (?1,?2,?3,?,?) is 1,2,3,4,5.
    query = translate("VALUES (?1,?2,?,?),(?1,?2,?,?)")
    assert query.sql == "VALUES ($1,$2,$3,$4),($5,$6,$7,$8)"
    assert query.bind(["c", "b", "x1", "y1", "x2", "y2"]) == [
        "c", "b", "x1", "y1", "c", "b", "x2", "y2"]


def test_named_parameters_are_bound_by_name_once_each() -> None:
    query = translate("UPDATE m SET s = :stat WHERE t < :time OR (t = :time AND :stat <> 'D')")
    assert query.sql == "UPDATE m SET s = $1 WHERE t < $2 OR (t = $2 AND $1 <> 'D')"
    assert query.bind({"time": "T", "stat": "S", "unused": 0}) == ["S", "T"]


def test_quoted_text_comments_and_casts_are_left_alone() -> None:
    sql = ("SELECT '?:x', \"a?b\", 'it''s ?' -- what? :no\n"
           "FROM jsonb_array_elements_text(?::jsonb) AS w (value) WHERE x = ?")
    query = translate(sql)
    assert query.sql == ("SELECT '?:x', \"a?b\", 'it''s ?' -- what? :no\n"
                         "FROM jsonb_array_elements_text($1::jsonb) AS w (value) WHERE x = $2")


@given(st.text(alphabet=st.characters(blacklist_characters="?:'\"-")))
def test_text_without_placeholders_is_unchanged(sql: str) -> None:
    query = translate(sql)
    assert query.sql == sql and query.bind([]) == []
