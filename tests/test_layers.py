"""The layers run one way: gateway <- domain <- store <- services <- ui; only ui uses Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "juhe_desk"

# What each lower layer may import from juhe_desk (besides itself).
ALLOWED = {
    "gateway": {"gateway"},
    "domain": {"domain", "gateway"},
    "store": {"store", "gateway", "domain"},
    "credentials": {"credentials"},
    "services": {"services", "gateway", "domain", "store"},
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def layer_files(layer: str) -> list[Path]:
    single = PACKAGE / f"{layer}.py"
    return [single] if single.exists() else sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_lower_layers_use_no_qt_and_import_nothing_above(layer: str) -> None:
    files = layer_files(layer)
    assert files, layer
    for path in files:
        for module in imported_modules(path):
            assert not module.startswith(("PySide6", "shiboken6")), f"{path}: {module}"
            if module == "juhe_desk":
                continue  # the package's own version constants
            if module.startswith("juhe_desk."):
                part = module.split(".")[1]
                assert part in ALLOWED[layer], f"{path} imports {module} (upward)"
