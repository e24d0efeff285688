"""The layers run one way: gateway <- domain <- store <- services <- ui; only ui uses Qt."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "juhe_desk"

# Plain Python every layer may use; they import nothing of juhe_desk.
FOUNDATION = ("explained_error", "lazy_exports")
# What each lower layer may import from juhe_desk (besides itself).
ALLOWED = {
    "gateway": {"gateway"},
    "domain": {"domain", "gateway"},
    "store": {"store", "gateway", "domain"},
    "credentials": {"credentials"},
    **{module: {module} for module in FOUNDATION},
    # Jobs may read and save passwords (credentials.py: the keyring, no Qt).
    "services": {"services", "gateway", "domain", "store", "credentials"},
    # The plain modules of the start (app.py assembles them with ui): no Qt, so that
    # ``--help`` works without a display and the log starts before any window.
    "cli": {"cli", "store"},
    "logfile": {"logfile", "gateway"},
    "resources": {"resources"},
    "startup_gc": {"startup_gc"},
}


def module_name(path: Path, root: Path) -> str:
    """``juhe_desk.store.journal`` for ``<root>/juhe_desk/store/journal.py``."""
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, root: Path = PACKAGE.parent) -> set[str]:
    """Every module ``path`` imports, relative imports resolved to absolute names; for
    ``from package import name`` both the package and ``package.name`` (name may be a module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module_name(path, root).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize(("source", "module", "expected"), [
    ("from ..ui import main_window", "store/x.py", "juhe_desk.ui.main_window"),
    ("from . import schema", "store/x.py", "juhe_desk.store.schema"),
    ("from .schema import MIGRATIONS", "store/__init__.py", "juhe_desk.store.schema"),
    ("from juhe_desk import ui", "store/x.py", "juhe_desk.ui"),
])
def test_imports_are_resolved(tmp_path: Path, source: str, module: str, expected: str) -> None:
    path = tmp_path / "juhe_desk" / module
    path.parent.mkdir(parents=True)
    path.write_text(source + "\n", encoding="utf-8")
    assert expected in imported_modules(path, root=tmp_path)


# Names of juhe_desk/__init__.py, which every layer may use (they import nothing).
VERSION_CONSTANTS = {"__version__", "APP_NAME", "APP_ID"}


def layer_files(layer: str) -> list[Path]:
    single = PACKAGE / f"{layer}.py"
    return [single] if single.exists() else sorted((PACKAGE / layer).rglob("*.py"))


# What assembles the app from every layer, ui included.
ASSEMBLERS = {"app", "__main__", "__init__", "ui"}


def plain_modules() -> list[str]:
    """The folders and top-level modules of juhe_desk below ui: each is a layer; one not
    listed in ALLOWED is held to the strictest rule (it may import only itself)."""
    names = {path.stem for path in PACKAGE.glob("*.py")} | {
        path.parent.name for path in PACKAGE.glob("*/__init__.py")}
    return sorted(names - ASSEMBLERS)


@pytest.mark.parametrize("layer", plain_modules())
def test_lower_layers_use_no_qt_and_import_nothing_above(layer: str) -> None:
    files = layer_files(layer)
    assert files, layer
    allowed = ALLOWED.get(layer, {layer})
    for path in files:
        for module in imported_modules(path):
            assert not module.startswith(("PySide6", "shiboken6")), f"{path}: {module}"
            if module.startswith("juhe_desk."):
                part = module.split(".")[1]
                if part in VERSION_CONSTANTS:
                    continue  # ``from juhe_desk import __version__``: plain constants
                if part in FOUNDATION:
                    continue  # every layer may use them: they import nothing of juhe_desk
                assert part in allowed, f"{path} imports {module} (upward)"


def test_every_plain_layer_is_checked_by_mypy_strict() -> None:
    """A module below ui that mypy does not check strictly escapes the typing the lower
    layers promise: pyproject.toml's strict override must name it."""
    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    strict = {pattern for override in config["tool"]["mypy"]["overrides"]
              if override.get("strict") for pattern in override["module"]}
    missing = [layer for layer in plain_modules()
               if f"juhe_desk.{layer}" not in strict and f"juhe_desk.{layer}.*" not in strict]
    assert not missing, f"add to the mypy strict override in pyproject.toml: {missing}"
