"""PySide6, imported without its ``__feature__`` import hook: imported first, by ``app``.

``import PySide6`` replaces ``builtins.__import__`` with shiboken's ``__feature_import__``,
which serves ``from __feature__ import snake_case, true_property``. It calls two Python
functions around every import statement of the process, and for each module imported for
the first time reads the module's whole source (``inspect.getsource``) to see whether it
names PySide6: about 15 ms of the app's start, and more as each tab's modules come.

juhe-desk uses no feature, so ``builtins.__import__`` goes back to the import the hook wraps
(``builtins.__orig_import__``: shiboken's own, which creates Qt classes on first use). With no
module asking for a feature, Qt classes look the same to every module, as they did.
"""

from __future__ import annotations

import builtins

import PySide6  # noqa: F401 - installs the hook removed below


def drop_feature_import_hook() -> None:
    hook = getattr(builtins, "__feature_import__", None)
    wrapped = getattr(builtins, "__orig_import__", None)
    if hook is not None and wrapped is not None and builtins.__import__ is hook:
        builtins.__import__ = wrapped


drop_feature_import_hook()
