"""A plain (non-editable) ``pip install .`` carries resources/: the wheel is built, installed
into a fresh venv, and the app there finds its translations and comes up in Chinese."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"

pytestmark = pytest.mark.slow

# Run by the venv's python, from a folder outside the checkout.
WHERE_AND_WHAT = """
import json, sys
from PySide6.QtWidgets import QApplication, QTabWidget
from juhe_desk import resources
app = QApplication([])
from juhe_desk.app import make_main_window
window = make_main_window(["--demo", "--data-dir", sys.argv[1]])
tabs = window.findChild(QTabWidget, "mainTabs")
titles = [tabs.tabText(i) for i in range(tabs.count())]
window.close()
print(json.dumps({"package": resources.__file__, "resources": str(resources.resources_dir()),
                  "tabs": titles}))
"""


@dataclass(frozen=True)
class Installed:
    wheel: Path
    python: Path


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    out = tmp_path_factory.mktemp("wheel")
    # From a copy: setuptools builds in the source tree, and a module deleted since the last
    # build would linger in build/lib and ship.
    source = out / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                    "--disable-pip-version-check", "-w", str(out / "wheels"), str(source)],
                   check=True, capture_output=True, timeout=300)
    (wheel,) = (out / "wheels").glob("juhe_desk-*.whl")
    venv = out / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=120)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                    "--no-deps", "--disable-pip-version-check", str(wheel)],
                   check=True, capture_output=True, timeout=300)
    # The dependencies (Qt, keyring...) come from the test venv, after the venv's own
    # site-packages; a folder named in a .pth is not scanned for .pth files, so the test venv's
    # editable juhe_desk stays out of sight.
    site_packages = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True, capture_output=True, text=True).stdout.strip()
    Path(site_packages, "test-dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    return Installed(wheel=wheel, python=python)


def test_the_wheel_carries_resources(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    for translation in RESOURCES.glob("i18n/*.qm"):
        assert f"juhe_desk/_resources/i18n/{translation.name}" in names
    assert "juhe_desk/_resources/icons/juhe-desk.svg" in names
    assert "juhe_desk/_resources/template.xlsx" in names
    # What only builds use stays out, as in the PyInstaller bundle.
    assert not [name for name in names if name.endswith((".ts", ".icns")) or "hicolor" in name]
    # setup.py finds every package of juhe_desk on its own.
    for init in (ROOT / "juhe_desk").rglob("__init__.py"):
        assert init.relative_to(ROOT).as_posix() in names


def test_installed_app_reads_its_resources_from_the_package(installed: Installed,
                                                            tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "zh_CN.UTF-8",
           "LC_ALL": "zh_CN.UTF-8", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    env.pop("PYTHONPATH", None)
    result = subprocess.run([str(installed.python), "-c", WHERE_AND_WHAT, str(tmp_path / "data")],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    venv = installed.python.parent.parent
    assert Path(found["package"]).is_relative_to(venv)  # not the checkout's copy
    assert Path(found["resources"]).is_relative_to(venv)
    assert (Path(found["resources"]) / "i18n" / "juhe_desk_zh_CN.qm").is_file()
    # Every tab title is Chinese: the translation was found and loaded.
    assert found["tabs"] and all(any("\u4e00" <= ch <= "\u9fff" for ch in title)
                                 for title in found["tabs"]), found["tabs"]
