"""Linux desktop entry, AppStream metadata, icons and installers: valid, and naming one app id."""

from __future__ import annotations

import ast
import configparser
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import juhe_desk
from juhe_desk import APP_ID, APP_NAME

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP_FILE = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO_FILE = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
SPREADSHEET_TYPES = {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",  # .xlsx
    "application/vnd.ms-excel",  # .xls
    "text/csv",
}


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)  # Exec's %f is not interpolation
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO_FILE).getroot()


def run_validator(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (bash packaging/setup.sh --test installs it)")
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = run_validator("desktop-file-validate", str(DESKTOP_FILE))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error:" not in output and "warning:" not in output, output


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = run_validator("appstreamcli", "validate", "--no-net", str(METAINFO_FILE))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert not re.search(r"^[EW]:", output, re.MULTILINE), output


def test_files_installed_as_a_distribution_would_pass_validate_tree(tmp_path: Path) -> None:
    """validate-tree also checks that the launchable names a desktop file that is there."""
    share = tmp_path / "usr" / "share"
    for source, folder in ((DESKTOP_FILE, share / "applications"),
                           (METAINFO_FILE, share / "metainfo")):
        folder.mkdir(parents=True)
        shutil.copy(source, folder)
    for png in (ICONS / "hicolor").glob(f"*/apps/{APP_ID}.png"):
        target = share / "icons" / png.relative_to(ICONS)
        target.parent.mkdir(parents=True)
        shutil.copy(png, target)
    result = run_validator("appstreamcli", "validate-tree", "--no-net", str(tmp_path))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert not re.search(r"^\s*[EW]:", output, re.MULTILINE), output


def test_the_app_id_is_the_same_everywhere() -> None:
    entry = desktop_entry()
    component = metainfo()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    assert entry["Icon"] == APP_ID
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert spec_bundle_identifier() == APP_ID
    assert constant_in(PACKAGING / "make_icons.py", "APP_ID") == APP_ID


def spec_bundle_identifier() -> str:
    """The macOS bundle id the spec passes to BUNDLE(), resolved like the spec resolves it."""
    tree = ast.parse((PACKAGING / "juhe-desk.spec").read_text(encoding="utf-8"))
    imported = {
        alias.asname or alias.name: getattr(juhe_desk, alias.name)
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "juhe_desk"
        for alias in node.names
    }
    calls = [node for node in ast.walk(tree)
             if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "BUNDLE"]
    assert len(calls) == 1
    value = next(kw.value for kw in calls[0].keywords if kw.arg == "bundle_identifier")
    if isinstance(value, ast.Name):
        return str(imported[value.id])
    return str(ast.literal_eval(value))


def constant_in(path: Path, name: str) -> object:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(target, ast.Name) and target.id == name for target in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned in {path}")


def test_desktop_entry_and_metainfo_describe_the_installed_program() -> None:
    entry = desktop_entry()
    component = metainfo()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert APP_NAME in scripts["project"]["gui-scripts"]
    assert entry["Exec"].split()[0] == APP_NAME
    assert entry["TryExec"] == APP_NAME
    assert component.findtext("provides/binary") == APP_NAME
    # Qt names the X11 window class after the application name (app.configure_application).
    assert entry["StartupWMClass"] == APP_NAME
    assert set(filter(None, entry["MimeType"].split(";"))) == SPREADSHEET_TYPES
    assert {e.text for e in component.iterfind("provides/mediatype")} == SPREADSHEET_TYPES
    assert entry["Name[zh_CN]"] and entry["Comment[zh_CN]"]
    assert component.find("name[@{http://www.w3.org/XML/1998/namespace}lang='zh_CN']") is not None


def test_metainfo_lists_the_current_version_as_a_release() -> None:
    versions = [release.get("version") for release in metainfo().iterfind("releases/release")]
    assert juhe_desk.__version__ in versions


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_theme_pngs_have_the_size_their_folder_names() -> None:
    folders = sorted((ICONS / "hicolor").iterdir())
    assert folders
    for folder in folders:
        side = int(folder.name.split("x")[0])
        assert png_size((folder / "apps" / f"{APP_ID}.png").read_bytes()) == (side, side)


def test_windows_ico_holds_every_size_up_to_256() -> None:
    data = (ICONS / "juhe-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index)
        side = width or 256
        assert png_size(data[offset:offset + length]) == (side, height or 256)
        sizes.append(side)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_macos_icns_is_well_formed_and_holds_the_large_sizes() -> None:
    data = (ICONS / "juhe-desk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    sides, at = {}, 8
    while at < len(data):
        kind, length = data[at:at + 4], struct.unpack(">I", data[at + 4:at + 8])[0]
        sides[kind] = png_size(data[at + 8:at + length])[0]
        at += length
    assert at == len(data)
    assert sides[b"ic07"] == 128 and sides[b"ic08"] == 256
    assert sides[b"ic09"] == 512 and sides[b"ic10"] == 1024


def test_windows_installer_offers_open_with_without_taking_over_the_default() -> None:
    script = (PACKAGING / "windows" / "juhe-desk.iss").read_text(encoding="utf-8-sig")
    assert re.search(r"^AppId=\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}$", script, re.M)
    assert f'#define ExeName "{APP_NAME}.exe"' in script
    registry = [line for line in script.splitlines() if line.startswith("Root: HKA;")]
    open_with_key = re.compile(r'Subkey: "Software\\Classes\\(\.\w+)\\OpenWithProgids"')
    open_with = {m.group(1) for line in registry if (m := open_with_key.search(line))}
    assert open_with == {".xlsx", ".xls", ".csv"}
    # Writing an extension key's own default value would make us its default program.
    assert not [line for line in registry
                if re.search(r'Subkey: "Software\\Classes\\\.\w+";', line)]
