"""``--smoke-test DIR``, the check packaging/windows/smoke.sh runs in the installed Windows
build, run here on the development copy in a child process: its files are its only output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from juhe_desk import __version__

TESTS_DIR = Path(__file__).resolve().parents[1]


def run_juhe_desk(tmp_path: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "PYTHONPATH": str(TESTS_DIR),
           "PYTHON_KEYRING_BACKEND": "keyring_backends.MemoryKeyring"}
    return subprocess.run([sys.executable, "-m", "juhe_desk", *map(str, args)], env=env,
                          cwd=tmp_path, capture_output=True, text=True, timeout=240,
                          check=False)


def test_smoke_test_sends_reads_the_file_checks_the_keyring_and_writes_its_files(
        tmp_path: Path) -> None:
    folder = tmp_path / "桌面" / "客户名单"
    folder.mkdir(parents=True)
    sheet = folder / "客户名单.csv"
    sheet.write_text("姓名,手机号\n张三,13800000001\n李四,13800000002\n", encoding="utf-8")
    out = tmp_path / "结果"

    result = run_juhe_desk(tmp_path, "--demo", "--lang", "zh_CN", "--data-dir",
                           tmp_path / "data", "--smoke-test", out, sheet)

    assert result.returncode == 0, result.stderr
    found = json.loads((out / "result.json").read_text(encoding="utf-8"))
    assert found["ok"] and not found["failures"]
    environment = found["environment"]
    assert environment["version"] == __version__ and environment["language"] == "zh_CN"
    assert environment["tabs"][0] == "发送"
    assert Path(environment["data_dir"]) == tmp_path / "data"
    assert found["send"]["outcome"] == "done" and found["send"]["accepted"] == 1
    assert found["send"]["status"] in ("delivered", "failed") and found["send"]["stat"]
    assert found["file"] == {"path": str(sheet), "rows": 2, "columns": ["姓名", "手机号"],
                             "same_path": True}
    keyring = found["keyring"]
    assert keyring["backend"] == "keyring_backends.MemoryKeyring"
    assert keyring["persisted"] and keyring["read_back"] and keyring["deleted"]
    assert "密码" in keyring["password"]
    for name in ("main.png", "import.png"):
        image = QImage(str(out / name))
        assert not image.isNull() and image.width() >= 800 and image.height() >= 500, name


def test_smoke_test_refuses_to_run_without_the_demo_gateway(tmp_path: Path) -> None:
    result = run_juhe_desk(tmp_path, "--data-dir", tmp_path / "data", "--smoke-test",
                           tmp_path / "out")
    assert result.returncode == 2
    assert "--smoke-test" in result.stderr and "--demo" in result.stderr
    assert not (tmp_path / "out").exists() and not (tmp_path / "data").exists()
