"""The command line of the automation contract: as the installed script and ``python -m``.

``--help``, ``--version`` and bad options run with no display and with Qt impossible to
import; a real start runs the app offscreen in a subprocess against the simulator, with HOME
an empty folder; the in-process part uses ``make_main_window``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from keyring_backends import SEED_VARIABLE, MemoryKeyring, installed_keyring
from PySide6.QtWidgets import QLabel, QTabWidget
from pytestqt.qtbot import QtBot

from juhe_desk import __version__
from juhe_desk.app import make_main_window
from juhe_desk.gateway.simulator import GatewaySimulator, SimAccount
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.session import DATABASE_NAME

ACCOUNT, PASSWORD, EXTNO = "922011", "cli-test-pw-4410", "1069012345"
TESTS_DIR = Path(__file__).parent
SCRIPT = Path(sys.executable).with_name("juhe-desk.exe" if os.name == "nt" else "juhe-desk")
ENGLISH_TABS = ["Send", "Bulk import", "Account", "Delivery reports", "Inbox / replies"]

# Makes every import of Qt fail, so a command that needs no window proves it loads none.
BLOCK_QT = """
import sys

class _NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError("Qt must not be imported here: " + name)
        return None

sys.meta_path.insert(0, _NoQt())
"""


def bare_environment(home: Path, **extra: str) -> dict[str, str]:
    """No display, no Qt platform, no XDG folders: only PATH, an empty HOME and ``extra``."""
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(home), "LC_ALL": "C.UTF-8"}
    if os.name == "nt":
        env["SYSTEMROOT"] = os.environ.get("SYSTEMROOT", "")
    env.update(extra)
    return env


@pytest.fixture
def no_qt_env(tmp_path: Path) -> dict[str, str]:
    blocker = tmp_path / "no_qt"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(BLOCK_QT, encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    return bare_environment(home, PYTHONPATH=str(blocker))


def run(args: list[str], env: dict[str, str],
        timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout,
                          check=False, cwd=TESTS_DIR.parent)


def test_the_blocker_really_blocks_qt(no_qt_env: dict[str, str]) -> None:
    done = run([sys.executable, "-c", "import PySide6.QtCore"], no_qt_env)
    assert done.returncode != 0 and "Qt must not be imported" in done.stderr


@pytest.mark.parametrize("command", [[str(SCRIPT)], [sys.executable, "-m", "juhe_desk"]],
                         ids=["script", "python-m"])
def test_version_needs_no_display_and_no_qt(command: list[str],
                                            no_qt_env: dict[str, str]) -> None:
    done = run([*command, "--version"], no_qt_env)
    assert (done.returncode, done.stdout.strip(), done.stderr) == (
        0, f"juhe-desk {__version__}", "")


def test_help_needs_no_display_and_no_qt(no_qt_env: dict[str, str]) -> None:
    done = run([str(SCRIPT), "--help"], no_qt_env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: juhe-desk")
    for option in ("--demo", "--gateway", "--account", "--extno", "--data-dir", "--lang",
                   "--version", "FILE"):
        assert option in done.stdout
    assert "--quit-after" not in done.stdout  # for build smoke tests only


def test_version_imports_no_qt_module(tmp_path: Path) -> None:
    """The same, seen from the other side: the interpreter's own import log."""
    done = run([sys.executable, "-X", "importtime", "-m", "juhe_desk", "--version"],
               bare_environment(tmp_path))
    assert done.returncode == 0
    imported = [line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()]
    assert "juhe_desk.cli" in imported
    assert [name for name in imported if name.startswith(("PySide6", "shiboken6"))] == []


@pytest.mark.parametrize(("args", "complaint"), [
    (["--no-such-option"], "unrecognized arguments: --no-such-option"),
    (["--lang", "fr"], "invalid choice: 'fr'"),
    (["--gateway", "ftp://example.com"], "--gateway needs a URL starting with http://"),
    (["--gateway"], "expected one argument"),
    (["a.xlsx", "b.xlsx"], "unrecognized arguments: b.xlsx"),
])
def test_bad_options_exit_2_with_a_message(args: list[str], complaint: str,
                                           no_qt_env: dict[str, str]) -> None:
    done = run([str(SCRIPT), *args], no_qt_env)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("usage: juhe-desk")
    assert complaint in done.stderr
    assert "Traceback" not in done.stderr


# --- a real start, in a subprocess ---------------------------------------------------------
@dataclass
class StartedApp:
    result: subprocess.CompletedProcess[str]
    home: Path
    data_dir: Path
    requests: list[tuple[str, str]]


def _simulator() -> GatewaySimulator:
    """The gateway with the account named on the command line (no signature set up)."""
    sim = GatewaySimulator(port=0, report_delay=(0.0, 0.0))
    sim.add_account(SimAccount(account=ACCOUNT, password=PASSWORD, extno=EXTNO,
                               balance=1_000_000, charge_type="PRECHARGE", price=50))
    return sim


@pytest.fixture(scope="module")
def started_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StartedApp]:
    """``juhe-desk --gateway … --account … --data-dir …`` with the password in the keyring."""
    root = tmp_path_factory.mktemp("cli-start")
    home, data_dir = root / "home", root / "data"
    home.mkdir()
    with _simulator() as sim:
        env = bare_environment(
            home, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(TESTS_DIR),
            PYTHON_KEYRING_BACKEND="keyring_backends.MemoryKeyring",
            **{SEED_VARIABLE: json.dumps({"juhe-desk": {ACCOUNT: PASSWORD}})})
        result = run([str(SCRIPT), "--gateway", sim.base_url, "--account", ACCOUNT,
                      "--extno", EXTNO, "--data-dir", str(data_dir), "--lang", "en",
                      "--quit-after", "1"], env)
        requests = [(r.action, r.account) for r in sim.request_log()]
    yield StartedApp(result, home, data_dir, requests)


def test_gateway_and_account_open_straight_into_the_main_window(started_app: StartedApp) -> None:
    assert started_app.result.returncode == 0, started_app.result.stderr
    assert "Traceback" not in started_app.result.stderr
    # Signed in from the start: the balance was asked with the keyring's password.
    assert ("overage", ACCOUNT) in started_app.requests or (
        "balance", ACCOUNT) in started_app.requests
    log_text = (started_app.data_dir / "logs" / "juhe-desk.log").read_text(encoding="utf-8")
    assert f"opening with account {ACCOUNT}" in log_text
    assert "asking for one" not in log_text  # no first-run dialog
    assert PASSWORD not in log_text


def test_data_dir_holds_everything_and_home_stays_empty(started_app: StartedApp) -> None:
    assert (started_app.data_dir / DATABASE_NAME).is_file()
    assert (started_app.data_dir / "logs" / "juhe-desk.log").is_file()
    created = sorted(str(p.relative_to(started_app.home)) for p in started_app.home.rglob("*"))
    # fontconfig may write its own cache under ~/.cache/fontconfig when the system's is stale:
    # that is the font library's doing, not the app's, and it holds nothing of ours.
    created = [p for p in created if p not in (".cache", ".cache/fontconfig")
               and not p.startswith(".cache/fontconfig/")]
    assert created == []


# --- in-process ----------------------------------------------------------------------------
@pytest.fixture
def signed_in_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    with installed_keyring(backend):
        keyring.set_password("juhe-desk", ACCOUNT, PASSWORD)
        yield backend


@pytest.fixture
def gateway() -> Iterator[GatewaySimulator]:
    with _simulator() as sim:
        yield sim


@pytest.fixture
def window_for(qtbot: QtBot, tmp_path: Path, gateway: GatewaySimulator,
               signed_in_keyring: MemoryKeyring) -> Iterator[object]:
    windows: list[MainWindow] = []

    def factory(*extra: str) -> MainWindow:
        window = make_main_window(["--gateway", gateway.base_url, "--account", ACCOUNT,
                                   "--extno", EXTNO, "--data-dir", str(tmp_path / "data"),
                                   *extra])
        assert isinstance(window, MainWindow)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.close()


def tab_titles(window: MainWindow) -> list[str]:
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert tabs is not None
    return [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]


def test_signed_in_start_shows_no_account_dialog(window_for, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    window = window_for("--lang", "en")
    balance = window.findChild(QLabel, "balanceLabel")
    qtbot.waitUntil(lambda: "1000.00" in balance.text(), timeout=5000)
    assert window.account_dialog is None
    assert window.session.ready and window.session.account.id == ACCOUNT


def test_lang_en_shows_english_tabs(window_for) -> None:  # type: ignore[no-untyped-def]
    assert tab_titles(window_for("--lang", "en")) == ENGLISH_TABS


def test_lang_zh_cn_shows_chinese_tabs(window_for) -> None:  # type: ignore[no-untyped-def]
    titles = tab_titles(window_for("--lang", "zh_CN"))
    assert len(titles) == len(ENGLISH_TABS)
    for title in titles:
        assert any("\u4e00" <= char <= "\u9fff" for char in title), title
