"""A package's names, each imported from its home module on first use (PEP 562).

Importing one light module of a package (the gateway's log redaction, a sheet's errors)
runs the package's ``__init__``; with its names loaded here on first use, that does not
bring in the heavy ones (the HTTP client and ``requests``, the spreadsheet readers) the
window needs only later. ``tests/ui/test_start_imports.py`` proves it. Imports nothing of
juhe_desk, so every layer may use it.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Mapping


def lazy_exports(package: str, homes: Mapping[str, Iterable[str]]) -> Callable[[str], object]:
    """The module ``__getattr__`` of ``package``: ``homes`` maps a submodule to the names it
    gives; a name is imported from it when first asked for, then found directly."""
    module_of = {name: module for module, names in homes.items() for name in names}
    namespace = vars(sys.modules[package])

    def load(name: str) -> object:
        module = module_of.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value  # found directly from now on
        return value

    return load
