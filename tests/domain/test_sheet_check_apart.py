"""The row check in the reader process: the same checked rows as in the app, rows sent once
per sheet, a cancel that stops it at its next step and leaves the process serving, refusals
whole."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from juhe_desk.domain import sheet_check
from juhe_desk.domain.fingerprint import rows_digest
from juhe_desk.domain.sheet_check import RowCheckOptions, TemplateError, Verdict, check_rows
from juhe_desk.domain.sheets import ImportCancelled, read_sheet, stop_readers
from juhe_desk.domain.sheets.checking import check_rows_apart
from juhe_desk.domain.sheets.isolation import readers
from juhe_desk.domain.sheets.reader_priority import READER_NICENESS
from juhe_desk.domain.templates import ProblemKind

COLUMNS = ["姓名", "手机号", "单号"]
PATH = Path("客户名单.xlsx")
OPTIONS = RowCheckOptions(phone_column=1, template="{姓名}您好，您的订单{单号}已发货",
                          signature="【聚合云信】", optout_suffix="拒收请回复R")


def sheet(count: int) -> list[tuple[object, ...]]:
    """``count`` rows with every kind of verdict among them."""
    rows: list[tuple[object, ...]] = [(f"客户{i}", float(13800000000 + i), f"A{i}")
                                      for i in range(count)]
    rows[3] = ("钱多多", "1380013", "A3")  # invalid
    rows[5] = rows[4]  # duplicate
    rows[6] = ("孙丽", 13800000007.0, "")  # empty field
    rows[8] = ("两个号", "13800000001 13900000002", "A8")  # two numbers in a cell
    rows[9] = ("张三", 13800000001.0, "A9")  # the same number with another text
    return rows


@pytest.fixture(autouse=True)
def own_readers() -> Iterator[None]:
    stop_readers()
    yield
    stop_readers()


@pytest.fixture
def checks_in_this_process(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every check_rows call in this process: the reader process is spawned afresh, so the
    calls it makes are not counted here."""
    calls: list[int] = []
    original = sheet_check.check_rows

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(threading.get_ident())
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sheet_check, "check_rows", counted)
    return calls


def test_the_plan_is_the_one_the_app_would_make(checks_in_this_process: list[int]) -> None:
    rows = sheet(5000)
    opted_out = frozenset({"13800000020", "13800000021"})
    apart = check_rows_apart("sheet-1", PATH, COLUMNS, rows, OPTIONS, opted_out)
    assert checks_in_this_process == []  # the reader process checked them
    here = check_rows(COLUMNS, rows, OPTIONS, opted_out)
    assert apart == here
    verdicts = {row.verdict for row in apart.rows}
    assert {Verdict.OK, Verdict.INVALID, Verdict.DUPLICATE, Verdict.EMPTY_FIELD,
            Verdict.OPTED_OUT} <= verdicts
    assert apart.carrier_counts() == here.carrier_counts()
    assert apart.numbers_with_several_texts() == here.numbers_with_several_texts() != {}
    assert apart.number_count() == here.number_count()


def test_rows_go_once_per_sheet_and_a_read_takes_them_back() -> None:
    rows = sheet(3000)
    first = check_rows_apart("sheet-1", PATH, COLUMNS, rows, OPTIONS)
    (reader,) = readers._idle
    assert reader.holding == "sheet-1"
    # Another message for the same sheet: the rows held are checked, none sent again (the
    # rows passed here are not even looked at).
    again = check_rows_apart("sheet-1", PATH, COLUMNS, [], RowCheckOptions(1, "你好"))
    assert readers._idle == [reader] and len(again.rows) == len(first.rows)
    assert {row.text for row in again.rows if row.mobile} == {"你好"}
    # Other rows under another key replace them.
    other = check_rows_apart("sheet-2", PATH, COLUMNS, rows[:10], OPTIONS)
    assert len(other.rows) == 11 and reader.holding == "sheet-2"



def test_the_process_that_read_a_sheet_checks_it_without_its_rows(tmp_path: Path) -> None:
    """A read leaves its rows in the reader process, kept over one started meanwhile: the
    check that follows is sent none (the rows passed here are not even looked at)."""
    path = tmp_path / "名单.csv"
    path.write_text("姓名,手机号,单号\n" + "".join(
        f"客户{i},{13800000000 + i},A{i}\n" for i in range(300)), encoding="utf-8")
    # While it reads, another process is started (as the tab does when it is shown).
    data = read_sheet(path, progress=lambda _fraction: readers.prepare())
    (kept,) = readers._idle
    assert data.rows_key is not None and kept.holding == data.rows_key
    assert data.digest == rows_digest(data.columns, data.rows)
    checked = check_rows_apart(data.rows_key, path, data.columns, [], OPTIONS)
    assert len(checked.rows) == 300 and "客户299您好，您的订单A299已发货" in checked.rows[299].text
    assert readers._idle == [kept]

def test_a_cancel_stops_the_check_and_the_process_serves_on() -> None:
    rows = sheet(60_000)
    steps: list[float] = []
    with pytest.raises(ImportCancelled):
        check_rows_apart("sheet-1", PATH, COLUMNS, rows, OPTIONS, progress=steps.append,
                         cancelled=lambda: len(steps) >= 2)
    assert 2 <= len(steps) < 50  # it stopped at a step, far from the end
    (reader,) = readers._idle  # asked to stop, not ended: it serves the next check
    pid = reader.process.pid
    assert reader.holding == "sheet-1" and reader.process.is_alive()
    checked = check_rows_apart("sheet-1", PATH, COLUMNS, rows, OPTIONS)
    assert len(checked.rows) == 60_001 and readers._idle[0].process.pid == pid


def test_a_template_error_comes_back_whole() -> None:
    with pytest.raises(TemplateError) as raised:
        check_rows_apart("sheet-1", PATH, COLUMNS, sheet(20),
                         RowCheckOptions(1, "{名字}您好，订单{单号}"))
    (problem,) = raised.value.problems
    assert problem.kind is ProblemKind.UNKNOWN_FIELD and problem.suggestion == "姓名"
    assert "名字" in raised.value.text("en")


def test_a_check_the_reader_process_cannot_do_is_done_here(
        checks_in_this_process: list[int]) -> None:
    """Past the reader process's memory limit (a sheet near the largest the app reads), or
    with the process gone, the rows are checked in the app as before, never refused."""
    check_rows_apart("sheet-1", PATH, COLUMNS, sheet(50), OPTIONS)
    (reader,) = readers._idle
    reader.holding = "sheet-2"  # a lie: it holds sheet-1's rows, and fails the check
    rows = sheet(30)
    checked = check_rows_apart("sheet-2", PATH, COLUMNS, rows, OPTIONS)
    assert len(checks_in_this_process) == 1
    assert checked == check_rows(COLUMNS, rows, OPTIONS)


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="POSIX priorities")
def test_the_reader_process_runs_below_the_app() -> None:
    """Reading and checking give way to the window's GUI thread when the cores are busy."""
    check_rows_apart("priority", PATH, COLUMNS, sheet(10), OPTIONS)  # served, then kept
    reader = readers.take()
    try:
        pid = reader.process.pid
        assert pid is not None
        assert os.getpriority(os.PRIO_PROCESS, pid) == min(
            19, os.getpriority(os.PRIO_PROCESS, 0) + READER_NICENESS)
    finally:
        readers.give_back(reader, keep=True)
