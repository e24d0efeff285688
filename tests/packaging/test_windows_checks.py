"""The checks of the Windows build and smoke test can fail: they are tried here on folders and
results made to fail them (the real ones run under Wine in packaging/windows/*.sh)."""

from __future__ import annotations

import importlib.util
import json
import struct
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "windows" /
                                                  f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check_bundle = load("check_bundle")
check_smoke = load("check_smoke")
SHEET = "C:\\users\\张三\\Desktop\\客户名单\\客户名单𠮷.xlsx"
DATA_DIR = "C:\\users\\张三\\AppData\\Local\\juhe-desk\\demo"
PASSWORD = "冒烟测试密码-0123abcd"


def test_a_stand_in_dll_in_the_bundle_is_found_whatever_its_case(tmp_path: Path) -> None:
    bundle = tmp_path / "juhe-desk"
    (bundle / "_internal" / "PySide6").mkdir(parents=True)
    (bundle / "_internal" / "PySide6" / "Qt6Core.dll").write_bytes(b"MZ")
    assert check_bundle.shipped_standins(bundle) == []
    (bundle / "_internal" / "PySide6" / "ICUUC.dll").write_bytes(b"MZ")
    (bundle / "bcryptprimitives.dll").write_bytes(b"MZ")
    assert {p.name for p in check_bundle.shipped_standins(bundle)} == {
        "bcryptprimitives.dll", "ICUUC.dll"}


def good_result() -> dict[str, Any]:
    return {
        "ok": True, "failures": [],
        "environment": {
            "version": "0.1.0", "frozen": True, "platform": "win32", "utf8_mode": 1,
            "language": "zh_CN", "tabs": ["发送", "批量导入"], "data_dir": DATA_DIR,
            "fonts": {"families": ["MS Shell Dlg", "Microsoft YaHei UI", "Microsoft YaHei"],
                      "chinese_capable": ["WenQuanYi Micro Hei"]},
            "screen": {"rounding": "PassThrough"},
        },
        "send": {"accepted": 1, "status": "delivered"},
        "keyring": {"backend": "keyring.backends.Windows.WinVaultKeyring", "persisted": True,
                    "read_back": True, "deleted": True, "password": PASSWORD},
        "file": {"path": SHEET, "rows": 2, "same_path": True},
    }


def write_result(folder: Path, result: dict[str, Any], width: int = 1125) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "result.json").write_text(json.dumps(result, ensure_ascii=False),
                                        encoding="utf-8")
    (folder / "main.png").write_bytes(b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR"
                                      + struct.pack(">II", width, 720))
    return folder


def test_a_good_smoke_result_passes(tmp_path: Path) -> None:
    folder = write_result(tmp_path / "out", good_result())
    assert check_smoke.check(folder, "0.1.0", DATA_DIR, SHEET, []) == []


def test_a_smoke_result_short_of_any_check_fails(tmp_path: Path) -> None:
    result = good_result()
    result["keyring"]["backend"] = "keyring.backends.fail.Keyring"
    result["environment"]["language"] = "en"
    result["environment"]["data_dir"] = "C:\\users\\张三\\AppData\\Roaming\\juhe-desk\\demo"
    result["file"]["path"] = "C:\\users\\张三\\Desktop\\客户名单\\客户名单?.xlsx"
    folder = write_result(tmp_path / "out", result, width=300)
    problems = "\n".join(check_smoke.check(folder, "0.1.0", DATA_DIR, SHEET, []))
    for expected in ("Credential Manager", "Chinese interface", "LOCALAPPDATA",
                     "Chinese-named folder", "main.png is 300x720"):
        assert expected in problems
    assert check_smoke.check(tmp_path / "nothing", "0.1.0", DATA_DIR, SHEET, [])


def test_a_password_left_in_plain_text_is_found(tmp_path: Path) -> None:
    hex_utf16 = ",".join(f"{b:02x}" for b in PASSWORD.encode("utf-16-le"))
    wrapped = hex_utf16[:30] + "\\\n  " + hex_utf16[30:]  # as Wine wraps long hex values
    (tmp_path / "user.reg").write_text(f'"Password"=hex:{wrapped}\n', encoding="utf-8")
    (tmp_path / "encrypted.reg").write_text('"Password"=hex:3c,92,54,60,44,76\n',
                                            encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()
    (data / "juhe-desk.log").write_bytes(b"... " + PASSWORD.encode("utf-8") + b" ...")
    (data / "clean.log").write_text("nothing secret", encoding="utf-8")
    hits = check_smoke.plain_text_hits(PASSWORD, [tmp_path / "user.reg",
                                                  tmp_path / "encrypted.reg", data])
    assert sorted(Path(hit).name for hit in hits) == ["juhe-desk.log", "user.reg"]
    write_result(tmp_path / "out", good_result())
    problems = check_smoke.check(tmp_path / "out", "0.1.0", DATA_DIR, SHEET, [data])
    assert any("plain text" in problem for problem in problems)
