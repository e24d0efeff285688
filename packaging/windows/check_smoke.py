"""Checks what the installed juhe-desk.exe wrote in its smoke test under Wine; exit 1 with the
reasons when one fails.

    python3 check_smoke.py RESULT_DIR VERSION DATA_DIR SHEET [PLACES_TO_SEARCH...]

Run by packaging/windows/smoke.sh with Debian's Python (stdlib only). RESULT_DIR holds the
result.json and main.png of juhe_desk/ui/smoke.py; DATA_DIR and SHEET are Windows paths; the
places to search (the Wine registry files, the data folder) must not hold the test password in
plain text.
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        return (0, 0)
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def plain_text_hits(secret: str, places: list[Path]) -> list[str]:
    """Files holding ``secret`` unencrypted: as UTF-8 or UTF-16 bytes, or written the ways a
    Wine .reg file writes a value (a string with \\x escapes, or bytes as hex:xx,xx,...)."""
    encodings = [secret.encode("utf-8"), secret.encode("utf-16-le")]
    needles = [*encodings,
               "".join(f"\\x{ord(ch):04x}" if ord(ch) > 127 else ch
                       for ch in secret).encode("ascii"),
               *(",".join(f"{byte:02x}" for byte in encoded).encode("ascii")
                 for encoded in encodings)]
    hits = []
    for place in places:
        files = [place] if place.is_file() else [p for p in place.rglob("*") if p.is_file()]
        for path in files:
            data = path.read_bytes()
            if path.suffix == ".reg":  # long hex values go on over lines ending in a backslash
                data = data.replace(b"\\\n  ", b"")
            if any(needle in data for needle in needles):
                hits.append(str(path))
    return hits


def check(result_dir: Path, version: str, data_dir: str, sheet: str,
          places: list[Path]) -> list[str]:
    result_file = result_dir / "result.json"
    if not result_file.is_file():
        return [f"no {result_file}: the app did not finish its smoke test"]
    result = json.loads(result_file.read_text(encoding="utf-8"))
    env = result.get("environment", {})
    send = result.get("send", {})
    keyring = result.get("keyring", {})
    expectations = {
        "every step of the smoke test held": (result.get("ok"), result.get("failures")),
        "the frozen Windows build ran": (env.get("frozen") and env.get("platform") == "win32",
                                         env.get("platform")),
        f"version {version}": (env.get("version") == version, env.get("version")),
        "a Chinese interface on a Chinese Windows": (
            env.get("language") == "zh_CN" and env.get("tabs", [""])[0] == "发送",
            env.get("tabs")),
        "data under %LOCALAPPDATA%\\juhe-desk": (env.get("data_dir") == data_dir,
                                                 env.get("data_dir")),
        "Python's UTF-8 mode": (env.get("utf8_mode") == 1, env.get("utf8_mode")),
        "Microsoft YaHei UI first among the fallbacks": (
            "Microsoft YaHei UI" in env.get("fonts", {}).get("families", []), env.get("fonts")),
        "a font for Chinese": (bool(env.get("fonts", {}).get("chinese_capable")),
                               env.get("fonts")),
        "high-DPI scaling factors passed through": (
            env.get("screen", {}).get("rounding") == "PassThrough", env.get("screen")),
        "one message accepted, its delivery report in": (
            send.get("accepted") == 1 and send.get("status") in ("delivered", "failed"), send),
        "the Windows Credential Manager backend": (
            keyring.get("backend") == "keyring.backends.Windows.WinVaultKeyring",
            keyring.get("backend")),
        "a Chinese password saved, read back and deleted": (
            keyring.get("persisted") and keyring.get("read_back") and keyring.get("deleted"),
            keyring),
        "the spreadsheet in the Chinese-named folder read": (
            result.get("file", {}).get("path") == sheet and result.get("file", {}).get("rows")
            and result.get("file", {}).get("same_path"), result.get("file")),
    }
    problems = [f"{what}: {seen!r}" for what, (held, seen) in expectations.items() if not held]
    width, height = png_size(result_dir / "main.png")
    if width < 800 or height < 500:
        problems.append(f"main.png is {width}x{height}")
    if keyring.get("password"):
        hits = plain_text_hits(keyring["password"], places)
        if hits:
            problems.append(f"the test password is in plain text in {hits}")
    return problems


def main(argv: list[str]) -> int:
    result_dir, version, data_dir, sheet = Path(argv[0]), argv[1], argv[2], argv[3]
    problems = check(result_dir, version, data_dir, sheet, [Path(p) for p in argv[4:]])
    for problem in problems:
        print(f"check_smoke: {problem}")
    if not problems:
        print("check_smoke: every check holds")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
