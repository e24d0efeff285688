"""A splitter the user moves once: where they leave it is kept in the store's settings and
comes back at the next start (written off the GUI thread once the handle rests)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QSplitter

from juhe_desk.ui.store_writes import SETTLE_MS, StoreWrites


def remember_splitter(splitter: QSplitter, writes: StoreWrites, key: str) -> None:
    saved = writes.setting(key)
    if saved:
        # A state Qt cannot use (another version, another layout) is ignored by Qt.
        splitter.restoreState(QByteArray.fromBase64(saved.encode("ascii")))

    def moved(_position: int, _index: int) -> None:
        state = bytes(splitter.saveState().toBase64().data()).decode("ascii")
        writes.set_setting(key, state, settle_ms=SETTLE_MS)

    splitter.splitterMoved.connect(moved)
