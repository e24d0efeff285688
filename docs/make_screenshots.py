"""Refresh every screenshot in docs/screenshots/ with one command.

Run: ``.venv/bin/python docs/make_screenshots.py [NAME ...]``.
Runs each ``docs/make_screenshots_<name>.py`` in its own process (offscreen, so no window
appears and no display is needed), one after the other: each script starts its own
application and gateway simulator, and a fresh process keeps them from sharing Qt state.
Give names (``compose``, ``inbox``, ...) to refresh only those. Exits non-zero if any script
fails; the others still run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

DOCS = Path(__file__).resolve().parent
REPO = DOCS.parent
PREFIX = "make_screenshots_"
TIMEOUT_S = 300


def screenshot_scripts(names: list[str]) -> list[Path]:
    """The scripts to run, in name order; an unknown name is an error."""
    scripts = sorted(DOCS.glob(f"{PREFIX}*.py"))
    if not names:
        return scripts
    by_name = {script.stem.removeprefix(PREFIX): script for script in scripts}
    unknown = [name for name in names if name not in by_name]
    if unknown:
        raise SystemExit(f"no screenshot script for: {', '.join(unknown)} "
                         f"(known: {', '.join(by_name)})")
    return [by_name[name] for name in names]


def run_script(script: Path) -> bool:
    # A PC on China time, as our users' are (elsewhere the app notes that times are China time).
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TZ="Asia/Shanghai")
    started = time.monotonic()
    print(f"--- {script.name}", flush=True)
    try:
        finished = subprocess.run([sys.executable, str(script)], cwd=REPO, env=env,
                                  timeout=TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        print(f"FAILED {script.name}: no result after {TIMEOUT_S} s", flush=True)
        return False
    seconds = time.monotonic() - started
    if finished.returncode != 0:
        print(f"FAILED {script.name} (exit code {finished.returncode})", flush=True)
        return False
    print(f"ok {script.name} ({seconds:.1f} s)", flush=True)
    return True


def main(argv: list[str]) -> int:
    failed = [script.name for script in screenshot_scripts(argv) if not run_script(script)]
    if failed:
        print(f"{len(failed)} script(s) failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    print(f"screenshots are in {DOCS / 'screenshots'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
