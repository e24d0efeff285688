"""Crafted spreadsheets: each gets a refusal in words, and the process that asked lives on.

Each file is read by a separate Python process exactly as the app reads it (``read_sheet``,
which runs the reader in a reader process of its own): if the app's worst case still killed
the asking process, this test process would live to say so.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import hostile_sheets
import pytest
from hostile_sheets import HOSTILE, Hostile, make, write_xlsx

from juhe_desk.domain.sheets import (
    ImportCancelled,
    SheetCorruptError,
    SheetEmptyError,
    SheetEncryptedError,
    SheetError,
    SheetFileError,
    SheetMemoryLimitError,
    SheetReaderCrashError,
    SheetTimeoutError,
    SheetTooLargeError,
    display_name,
    isolation,
    list_sheets,
    read_sheet,
    stop_readers,
)

TESTS = Path(__file__).resolve().parents[1]  # where hostile_sheets.py lives
VERDICT = ("import sys; sys.path.insert(0, sys.argv[1]); from hostile_sheets import verdict; "
           "import json, pathlib; print(json.dumps(verdict(pathlib.Path(sys.argv[2]))))")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile")


def read_in_a_process(path: Path) -> dict[str, object]:
    result = subprocess.run([sys.executable, "-c", VERDICT, str(TESTS), str(path)],
                            capture_output=True, text=True, timeout=300, check=False)
    # A signal shows as a negative code: the asking process itself was taken down.
    assert result.returncode == 0, (
        f"the process reading {path.name} ended with {result.returncode}:\n"
        f"{result.stderr[-3000:]}")
    outcome: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return outcome


@pytest.mark.parametrize("hostile", HOSTILE, ids=[h.file_name for h in HOSTILE])
def test_a_crafted_file_gets_a_verdict_in_words_and_the_app_lives(hostile: Hostile,
                                                                  folder: Path) -> None:
    path = make(hostile, folder)
    outcome = read_in_a_process(path)
    assert outcome["verdict"] in hostile.verdicts, outcome
    if outcome["verdict"] == "rows":
        return
    zh, en = str(outcome["zh"]), str(outcome["en"])
    assert hostile.file_name in zh and hostile.file_name in en
    assert "Traceback" not in zh + en and "Error" not in zh
    assert zh != en


def test_the_far_value_behind_a_lying_dimension_asks_more_than_the_limit(folder: Path) -> None:
    # The 2 KB file: the native reader asks for 549 GB and aborts its process.
    path = make(next(h for h in HOSTILE if h.file_name == "far_cell_lying_dimension.xlsx"),
                folder)
    with pytest.raises(SheetMemoryLimitError) as error:
        read_sheet(path)
    assert "700 MB" in error.value.text("en") and "不受影响" in error.value.text()
    assert isinstance(error.value, SheetTooLargeError)  # what callers already catch


def test_the_next_read_after_a_crash_is_served(folder: Path, tmp_path: Path) -> None:
    crash = make(next(h for h in HOSTILE if h.file_name == "far_cell_lying_dimension.xlsx"),
                 folder)
    good = write_xlsx(tmp_path / "好.xlsx")
    with pytest.raises(SheetMemoryLimitError):
        read_sheet(crash)
    assert list(read_sheet(good).rows) == [(13800000001.0,)]
    assert list_sheets(good) == ["客户"]


def test_list_sheets_is_guarded_too(folder: Path) -> None:
    with pytest.raises(SheetTooLargeError):
        list_sheets(make(next(h for h in HOSTILE if h.file_name == "far_cell.xls"), folder))


@pytest.fixture
def big_csv(tmp_path: Path) -> Path:
    path = tmp_path / "big.csv"
    path.write_text("姓名,手机号\n" + "".join(f"客户{i},{13800000000 + i}\n"
                                             for i in range(200_000)), encoding="utf-8")
    return path


def reader_pids() -> set[int]:
    import multiprocessing

    return {p.pid for p in multiprocessing.active_children() if p.pid is not None}


def test_cancel_stops_the_reader_process(big_csv: Path) -> None:
    seen: list[float] = []
    stop_readers()
    started = time.monotonic()
    with pytest.raises(ImportCancelled):
        read_sheet(big_csv, progress=seen.append, cancelled=lambda: bool(seen))
    assert time.monotonic() - started < 10
    assert not reader_pids()  # the one that was reading is gone


def test_a_read_that_takes_too_long_is_stopped(big_csv: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(isolation, "READ_TIME_BASE_S", 0.0)
    monkeypatch.setattr(isolation, "READ_TIME_PER_MB_S", 0.0)
    with pytest.raises(SheetTimeoutError) as error:
        read_sheet(big_csv)
    assert "0 秒" in error.value.text() and "seconds" in error.value.text("en")


def test_a_time_limit_grows_with_the_file(big_csv: Path, tmp_path: Path) -> None:
    small = tmp_path / "small.csv"
    small.write_text("手机号\n13800000001\n", encoding="utf-8")
    assert isolation.read_time_limit(small) >= 30
    assert isolation.read_time_limit(big_csv) > isolation.read_time_limit(small)


def test_a_reader_that_dies_unexpectedly_is_a_crash_refusal(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # What the app sees when the native reader dies of something other than memory.
    monkeypatch.setattr(isolation, "_OUT_OF_MEMORY_EXITS", frozenset())
    path = make(next(h for h in HOSTILE if h.file_name == "far_cell_lying_dimension.xlsx"),
                folder)
    with pytest.raises(SheetReaderCrashError) as error:
        read_sheet(path)
    assert isinstance(error.value, SheetCorruptError)
    assert path.name in error.value.text() and "不受影响" in error.value.text()


def every_refusal() -> Iterator[SheetError]:
    yield SheetMemoryLimitError("a.xlsx", 700)
    yield SheetTimeoutError("a.xlsx", 30)
    yield SheetReaderCrashError("a.xlsx")
    yield SheetTooLargeError("a.xlsx", "XFD1048576")
    yield SheetTooLargeError("a.xlsx", size_mb=120)
    yield SheetCorruptError("a.xlsx", "细节", "detail")
    yield SheetEmptyError("a.xlsx", header_only=True)
    yield SheetEncryptedError("a.xlsx")
    yield SheetFileError("a.xlsx", PermissionError(13, "denied"))
    yield ImportCancelled()


@pytest.mark.parametrize("error", list(every_refusal()), ids=lambda e: type(e).__name__)
def test_refusals_cross_the_process_boundary_whole(error: SheetError) -> None:
    import pickle

    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert (copy.text(), copy.text("en"), str(copy)) == (error.text(), error.text("en"),
                                                          str(error))


def test_a_file_over_the_size_limit_is_refused_before_reading(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from juhe_desk.domain.sheets import reader

    path = tmp_path / "huge.csv"
    path.write_bytes(b"\xe6\x89\x8b\xe6\x9c\xba\xe5\x8f\xb7\n" + b"13800000001\n" * 200_000)
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 1024 * 1024)  # in this process only
    with pytest.raises(SheetTooLargeError) as error:
        reader.read_sheet_in_process(path)
    assert "2 MB" in error.value.text("en") and "拆分" in error.value.text()


def test_display_names_are_readable_and_short() -> None:
    gbk = os.fsdecode("深圳客户.xlsx".encode("gbk")) if os.name != "nt" else "深圳客户.xlsx"
    assert display_name(Path("/tmp") / gbk) == "深圳客户.xlsx"
    assert display_name("/tmp/\udcff\udcfe.csv") == "\ufffd\ufffd.csv"
    long_name = "客户名单" * 60 + ".xlsx"
    shown = display_name(long_name)
    assert len(shown) <= 80 and shown.endswith("….xlsx") and shown.startswith("客户名单")


@pytest.mark.parametrize("extension", [".xlsx", ".xls", ".ods", ".csv"])
def test_a_name_in_gbk_bytes_is_read_in_every_format(tmp_path: Path, extension: str) -> None:
    if sys.platform in ("win32", "darwin"):
        pytest.skip("file names there are Unicode, never raw bytes")
    source = tmp_path / f"source{extension}"
    if extension == ".xlsx":
        write_xlsx(source)
    elif extension == ".xls":
        hostile_sheets.write_xls(source, [])
    elif extension == ".ods":
        hostile_sheets.write_ods(source, "")
    else:
        source.write_text("手机号\n13800000001\n", encoding="utf-8")
    raw = os.path.join(os.fsencode(tmp_path), f"深圳客户{extension}".encode("gbk"))
    os.rename(source, raw)
    path = Path(os.fsdecode(raw))
    data = read_sheet(path)
    assert len(data.rows) == 1 and data.path == path
    assert list_sheets(path)
    missing = path.with_name(path.name.replace(extension, f"2{extension}"))
    with pytest.raises(SheetFileError) as error:
        read_sheet(missing)
    assert f"“深圳客户2{extension}”" in error.value.text()


def test_a_cell_longer_than_excel_allows_is_refused_naming_it(tmp_path: Path) -> None:
    from juhe_desk.domain.sheets.reader import read_sheet_in_process

    long_text = "长" * 40_000
    csv_path = tmp_path / "长.csv"
    csv_path.write_text(f"手机号,备注\n13800000001,{long_text}\n", encoding="utf-8")
    rows = (hostile_sheets.HEADER_ROWS + '<row r="3"><c r="C3" t="inlineStr"><is><t>'
            f"{long_text}</t></is></c></row>")
    xlsx_path = write_xlsx(tmp_path / "长.xlsx", sheet=hostile_sheets.sheet_xml(rows, "A1:C3"))
    for read in (read_sheet, read_sheet_in_process):  # the csv module, or the reader, sees it
        with pytest.raises(SheetCorruptError) as in_csv:
            read(csv_path)
        words = in_csv.value.text()  # the reader process's csv module stops at line 2
        assert ("第 2 行" in words or "单元格 B2" in words) and "32,767" in words
        with pytest.raises(SheetCorruptError) as in_xlsx:
            read(xlsx_path)
        assert "单元格 C3 有 40,000 个字符" in in_xlsx.value.text()
        assert "cell C3 holds 40,000 characters" in in_xlsx.value.text("en")
    exactly = tmp_path / "ok.csv"
    exactly.write_text(f"手机号,备注\n13800000001,{'长' * 32_767}\n", encoding="utf-8")
    assert len(read_sheet(exactly).rows[0][1]) == 32_767


def test_the_app_watches_the_readers_memory_where_the_system_does_not(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # As on Wine, which does not enforce a Job object's limit: the reader's own limit stays
    # at 700 MB, the app's watch is lowered below what calamine takes for 14 million cells.
    if sys.platform == "darwin":
        pytest.skip("no /proc to watch a process's memory")
    monkeypatch.setattr(isolation, "WATCHED_MEMORY_BYTES", 150 * 1024 * 1024)
    path = make(next(h for h in HOSTILE if h.file_name == "lying_range_14m_cells.xlsx"), folder)
    with pytest.raises(SheetMemoryLimitError):
        read_sheet(path)
    monkeypatch.undo()
    with pytest.raises(SheetTooLargeError) as error:  # unwatched, the range check says where
        read_sheet(path)
    assert "ZZ20000" in error.value.text()
