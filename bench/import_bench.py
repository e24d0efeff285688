"""Import benchmark: a 100,000-row workbook, from file to the checked, merged preview.

Generates a .xlsx (姓名, 手机号 stored as numbers, 单号, 金额) with openpyxl's normal mode, which
like Excel and WPS writes a <dimension> element, then measures, each run in a fresh process so
that peak memories are separate:

(a) a bare openpyxl read_only loop (slow; --skip-openpyxl leaves it out),
(b) a bare python-calamine read of the whole sheet,
(c) read_sheet + guess_phone_column + normalize_mobile on every phone + merging
    "{姓名}您好，您的订单{单号}已发货" into every row (CompiledTemplate.bind: row by row),
(d) read_sheet + guess_phone_column + check_rows, the preview the app really builds
    (numbers, texts with the signature 【聚合云信】 and the opt-out note 拒收请回复R, length,
    parts, duplicates, verdicts). The headline. Goals: time ≤ 1.5 × (b), peak ≤ 250 MB,
(e) write_table_xlsx of the same rows plus five result columns (write-only mode),
(f) export_results of the whole sheet (a new workbook: the source is above the in-place limit).

read_sheet reads in a reader process (juhe_desk/domain/sheets/isolation.py) that the app
starts when the import tab is shown: (c) and (d) begin with it running, as in the app;
(c0) is (c) with no reader process yet (a file given on the command line).

(b), (c) and (d) take turns, --repeat rounds of them, so that a busy machine slows them
alike; time is the best run of each, memory the highest peak resident size (VmHWM), with the
size right after the imports in brackets.

    .venv/bin/python bench/import_bench.py [--rows 100000] [--repeat 3] [--skip-openpyxl]
        [--skip-writing] [--workbook PATH]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TEMPLATE = "{姓名}您好，您的订单{单号}已发货"
SIGNATURE, OPTOUT_SUFFIX = "【聚合云信】", "拒收请回复R"
TIME_GOAL = 1.5
MEMORY_GOAL_MB = 250
MEASUREMENTS = {
    "openpyxl": "(a) openpyxl read_only loop",
    "calamine": "(b) bare python-calamine read",
    "import": "(c) read_sheet + normalise + merge",
    "import_cold": "(c0) (c), reader process not started",
    "check": "(d) read_sheet + check_rows",
    "write_table": "(e) write_table_xlsx, 9 columns",
    "export": "(f) export_results, new workbook",
}


def make_workbook(path: Path, rows: int) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "客户"
    sheet.append(["姓名", "手机号", "单号", "金额"])
    for i in range(rows):
        sheet.append([f"客户{i}", float(13000000000 + i * 7), f"SO{i:08d}", (i % 1000) + 0.5])
    workbook.save(path)


def peak_mb() -> float:
    """The peak resident size of this process. Linux: VmHWM, since ru_maxrss carries the
    parent's peak over fork and exec."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        status = ""
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def measure(kind: str, path: Path) -> dict[str, float]:
    """One measurement in this process (the parent runs each in a fresh interpreter)."""
    import openpyxl
    import python_calamine

    from juhe_desk.domain.carriers import warm_up
    from juhe_desk.domain.numbers import normalize_mobile
    from juhe_desk.domain.sheet_check import RowCheckOptions, check_rows
    from juhe_desk.domain.sheets import guess_phone_column, read_sheet
    from juhe_desk.domain.templates import compile_template
    from juhe_desk.domain.workbook_export import RowResult, export_results, write_table_xlsx

    # phonenumbers, which the number check imports on first use (once a session in the app,
    # which warms it up at start), is imported with the other modules, before the clock.
    warm_up(with_carriers=False)
    if kind in ("import", "check"):  # the reader process runs, as once the tab was shown
        tiny = path.with_name(f"tiny-{kind}.csv")
        tiny.write_text("手机号\n13800000001\n", encoding="utf-8")
        read_sheet(tiny)
    kind = "import" if kind == "import_cold" else kind
    baseline = peak_mb()
    parts: dict[str, float] = {}
    out = path.with_name(f"out-{kind}.xlsx")
    started = time.perf_counter()
    count = 0
    if kind == "openpyxl":
        workbook = openpyxl.load_workbook(path, read_only=True)
        for row in workbook.worksheets[0].iter_rows(values_only=True):
            count += len(row)
        workbook.close()
    elif kind == "calamine":
        with python_calamine.CalamineWorkbook.from_path(str(path)) as workbook:
            count = len(workbook.get_sheet_by_index(0).to_python())
    elif kind == "import":
        data = read_sheet(path)
        phone = guess_phone_column(data)
        assert phone is not None
        read_done = time.perf_counter()
        checks = [normalize_mobile(row[phone]) for row in data.rows]
        checked = time.perf_counter()
        merge = compile_template(TEMPLATE).bind(data.columns)
        texts = [merge(row) for row in data.rows]
        merged = time.perf_counter()
        count = sum(1 for check in checks if check.valid)
        assert len(texts) == count == len(data.rows)
        parts = {"read": read_done - started, "normalise": checked - read_done,
                 "merge": merged - checked}
    elif kind == "check":
        data = read_sheet(path)
        phone = guess_phone_column(data)
        assert phone is not None
        read_done = time.perf_counter()
        checked_rows = check_rows(data.columns, data.rows,
                                  RowCheckOptions(phone, TEMPLATE, SIGNATURE, OPTOUT_SUFFIX))
        count = checked_rows.valid
        assert count == len(data.rows) and checked_rows.rows[-1].text.endswith(OPTOUT_SUFFIX)
        parts = {"read": read_done - started, "check": time.perf_counter() - read_done}
    elif kind == "write_table":
        data = read_sheet(path)
        started = time.perf_counter()  # the writing alone
        rows = ([*row, "成功", "DELIVRD", "", "00A1B2C3D4E5F607", "2026-11-01 10:00:00"]
                for row in data.rows)
        write_table_xlsx(out, [*data.columns, "结果", "状态", "原因", "消息ID", "时间"], rows,
                         text_columns=(1, 7), row_count=len(data.rows))
        count = len(data.rows)
    elif kind == "export":
        data = read_sheet(path)
        results = [RowResult(n, "成功", "DELIVRD", None, "00A1B2C3D4E5F607",
                             "2026-11-01 10:00:00") for n in data.source_row_numbers]
        started = time.perf_counter()
        export_results(data, results, out)
        count = len(results)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_mb": peak_mb(), "baseline_mb": baseline, "count": count,
            "reader_mb": reader_peak_mb(),
            **{f"part_{name}": value for name, value in parts.items()}}


def reader_peak_mb() -> float:
    """The peak resident size of the largest reader process this one started (Linux)."""
    try:
        from juhe_desk.domain.sheets import stop_readers
    except ImportError:  # a juhe-desk from before the reader process
        return 0.0
    stop_readers()  # joins them, so their peak shows in RUSAGE_CHILDREN
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def run_child(kind: str, path: Path) -> dict[str, float]:
    result = subprocess.run([sys.executable, __file__, "--measure", kind, str(path)],
                            check=True, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-openpyxl", action="store_true")
    parser.add_argument("--skip-writing", action="store_true", help="leave out (e) and (f)")
    parser.add_argument("--measure", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    parser.add_argument("--generate", nargs=2, metavar=("ROWS", "PATH"), help=argparse.SUPPRESS)
    parser.add_argument("--workbook", type=Path,
                        help="measure this .xlsx (made by an earlier run) instead of a new one")
    args = parser.parse_args()
    if args.generate:
        make_workbook(Path(args.generate[1]), int(args.generate[0]))
        return
    if args.measure:
        print(json.dumps(measure(args.measure[0], Path(args.measure[1]))))
        return

    kinds = list(MEASUREMENTS)
    if args.skip_openpyxl:
        kinds.remove("openpyxl")
    if args.skip_writing:
        kinds.remove("write_table")
        kinds.remove("export")
    with tempfile.TemporaryDirectory(prefix="import-bench-") as folder:
        path = args.workbook or Path(folder) / "bench.xlsx"
        if not path.exists():
            started = time.perf_counter()
            # In a child: the parent stays small, so no child starts with a large peak.
            subprocess.run([sys.executable, __file__, "--generate", str(args.rows), str(path)],
                           check=True)
            print(f"written in {time.perf_counter() - started:.1f} s: ", end="")
        print(f"{path.name}, {path.stat().st_size / 1e6:.1f} MB")
        runs: dict[str, list[dict[str, float]]] = {kind: [] for kind in kinds}
        taking_turns = [kind for kind in ("calamine", "import", "check", "import_cold")
                        if kind in kinds]
        for _ in range(args.repeat):
            for kind in taking_turns:
                runs[kind].append(run_child(kind, path))
        best: dict[str, dict[str, float]] = {}
        for kind in kinds:
            if not runs[kind]:  # the slow ones, once
                runs[kind].append(run_child(kind, path))
            best[kind] = min(runs[kind], key=lambda r: r["seconds"])
            best[kind]["peak_mb"] = max(r["peak_mb"] for r in runs[kind])
            best[kind]["reader_mb"] = max(r["reader_mb"] for r in runs[kind])
            run = best[kind]
            spread = ""
            if len(runs[kind]) > 1:
                spread = f" (worst {max(r['seconds'] for r in runs[kind]):.2f} s)"
            reader = f" + reader {run['reader_mb']:.0f} MB" if run["reader_mb"] else ""
            print(f"{MEASUREMENTS[kind]:<38} {run['seconds']:7.2f} s{spread:<17} "
                  f"{run['peak_mb']:6.0f} MB peak ({run['baseline_mb']:.0f} after imports)"
                  + reader)
            split = [f"{k[5:]} {v:.2f} s" for k, v in run.items() if k.startswith("part_")]
            if split:
                print(f"{'':<40}{' + '.join(split)}")
    for kind, label in (("import", "(c)"), ("check", "(d)"), ("import_cold", "(c0)")):
        if kind not in best:
            continue
        ratio = best[kind]["seconds"] / best["calamine"]["seconds"]
        peak = best[kind]["peak_mb"] + best[kind]["reader_mb"]
        print(f"{label}/(b) = {ratio:.2f}× (goal ≤ {TIME_GOAL}×: "
              f"{'met' if ratio <= TIME_GOAL else 'MISSED'}); {label} peak {peak:.0f} MB "
              f"(goal ≤ {MEMORY_GOAL_MB} MB: {'met' if peak <= MEMORY_GOAL_MB else 'MISSED'})")


if __name__ == "__main__":
    main()
