"""Under zh_CN, no visible text of the window or its main dialogs is left in English.

Looks at every tab, the menus and the account, opt-out and push dialogs, and the About text.
When it fails, the listed strings are missing from resources/i18n/juhe_desk_zh_CN.ts (run
``.venv/bin/python packaging/update_translations.py`` and translate them) or are not passed
through ``tr()`` at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from juhe_desk.gateway.codes import stat_codes
from juhe_desk.gateway.simulator import GatewaySimulator

# ASCII words that are right in the Chinese interface too (compared case-insensitively).
ALLOWED_WORDS = frozenset(word.lower() for word in (
    "juhe", "desk",  # the program's name, juhe-desk, is not translated
    "Excel", "WPS", "LibreOffice",  # product names, written this way in Chinese too
    "xlsx", "xls", "ods", "csv",  # file types, as in "Excel 工作簿 (*.xlsx)"
    "MD",  # "MD5", the password mode's name in the gateway's documents
    "Qt", "PySide", "Python",  # library versions in the About box
    "Ctrl", "Enter",  # key names, printed in English on Chinese keyboards too
    "ID",  # "消息ID" (message ID): the usual Chinese term, also a column of the exported sheets
    "TD",  # what customers reply to opt out (R, TD, 退订): quoted as they type it
))
# Text that is data rather than words: the gateway's status codes (DELIVRD, MA:0001…), web
# addresses, file paths, e-mail addresses, number patterns such as 106XXXXXX.
STATUS_CODE = re.compile(r"\b(?:{})\b|\bMO:\d+".format(
    "|".join(re.escape(code) for code in sorted(stat_codes(), key=len, reverse=True))))
NOT_WORDS = re.compile(r"\b[a-z][a-z0-9+.-]*://\S*|\S*[/\\]\S*|\S+@\S+|\b\d+X+\b",
                       re.IGNORECASE)
HTML_TAG = re.compile(r"<[^>]+>|&[a-z]+;|&#\d+;")
ASCII_WORD = re.compile(r"[A-Za-z]{2,}")
ZH_TAB_TITLES = ["发送", "批量导入", "账户", "状态报告", "上行/回复"]


def english_words(text: str, rich: bool = False) -> list[str]:
    """The ASCII words of ``text`` that are not on the allow list."""
    if rich:
        text = HTML_TAG.sub(" ", text)
    text = NOT_WORDS.sub(" ", STATUS_CODE.sub(" ", text.replace("&&", "&").replace("&", "")))
    return [w for w in ASCII_WORD.findall(text) if w.lower() not in ALLOWED_WORDS]


def test_english_words_finds_english_and_passes_chinese() -> None:
    assert english_words("&Send…") == ["Send"]
    assert english_words("Not connected: {reason}") == ["Not", "connected", "reason"]
    assert english_words("发送(&S)…") == []
    assert english_words("网关地址：http://127.0.0.1:7862/sms 账户 922011") == []
    assert english_words("关于 juhe-desk · Excel 工作簿 (*.xlsx) · Ctrl+Enter") == []
    assert english_words("<b>余额</b>&nbsp;12.35 元", rich=True) == []
    assert english_words("数据文件夹：/tmp/pytest-1/data") == []
    assert english_words("DELIVRD · 成功 MA:0001 MO:0254 106XXXXXX") == []
    assert english_words("EXPIREDS Stop") == ["EXPIREDS", "Stop"]


Texts = Iterator[tuple[str, str, bool]]  # (where, text, is rich text)


def _widget_texts(widget: QWidget) -> Texts:
    where = f"{type(widget).__name__} {widget.objectName()!r}"
    if widget.isWindow():
        yield f"{where} window title", widget.windowTitle(), False
    if widget.toolTip():
        yield f"{where} tooltip", widget.toolTip(), True
    if isinstance(widget, QLabel):
        yield where, widget.text(), widget.textFormat() != Qt.TextFormat.PlainText
    elif isinstance(widget, QAbstractButton):
        yield where, widget.text(), False
    elif isinstance(widget, QGroupBox):
        yield f"{where} title", widget.title(), False
    elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        yield f"{where} placeholder", widget.placeholderText(), False
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield f"{where} tab {i}", widget.tabText(i), False
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"{where} item {i}", widget.itemText(i), False
    elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        yield f"{where} prefix/suffix", widget.prefix() + " " + widget.suffix(), False
    elif isinstance(widget, QProgressBar) and widget.isTextVisible():
        yield f"{where} format", widget.format(), False
    elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
        header_view = (widget.horizontalHeader() if isinstance(widget, QTableView)
                       else widget.header())
        model = widget.model()
        for column in range(model.columnCount(QModelIndex()) if header_view.isVisible() else 0):
            title = model.headerData(column, Qt.Orientation.Horizontal,
                                     Qt.ItemDataRole.DisplayRole)
            yield f"{where} header {column}", str(title or ""), False


def visible_texts(root: QWidget) -> Texts:
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isVisible():
            yield from _widget_texts(widget)


def menu_texts(window: QMainWindow) -> Texts:
    def walk(actions: list[QAction], path: str) -> Texts:
        for action in actions:
            if action.isSeparator() or not action.text():
                continue
            yield f"menu {path}{action.text()!r}", action.text(), False
            menu = action.menu()
            if isinstance(menu, QMenu):
                yield from walk(menu.actions(), f"{path}{action.text()} › ")

    yield from walk(window.menuBar().actions(), "")


def english_in(texts: Texts) -> list[str]:
    found = []
    for where, text, rich in texts:
        words = english_words(text, rich)
        if words:
            found.append(f"{where}: {text!r} (English: {', '.join(words)})")
    return found


def _check_dialog(qtbot: QtBot, open_dialog: Callable[[], QDialog]) -> tuple[list[str], int]:
    dialog = open_dialog()
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    texts = list(visible_texts(dialog))
    dialog.reject()
    return english_in(iter(texts)), len(texts)


def test_window_and_main_dialogs_show_no_english(main_window: QMainWindow, qtbot: QtBot,
                                                 gateway: GatewaySimulator) -> None:
    session = main_window.session  # type: ignore[attr-defined]
    balance = main_window.findChild(QLabel, "balanceLabel")
    tabs = main_window.findChild(QTabWidget, "mainTabs")
    assert balance is not None and tabs is not None
    qtbot.waitUntil(lambda: "1000.00" in balance.text(), timeout=5000)

    found = english_in(menu_texts(main_window))
    seen = 0
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: session.runner.busy() == 0, timeout=5000)
        texts = list(visible_texts(main_window))
        seen += len(texts)
        found += [f"tab {tabs.tabText(index)}: {line}" for line in english_in(iter(texts))]

    openers: list[Callable[[], QDialog]] = [main_window.show_account_dialog]  # type: ignore[attr-defined]
    inbox = main_window.pages.inbox  # type: ignore[attr-defined]
    for name in ("show_opt_out_list", "show_push_settings"):
        if hasattr(inbox, name):  # dialogs of the inbox tab, where they exist
            openers.append(getattr(inbox, name))
    for open_dialog in openers:
        lines, count = _check_dialog(qtbot, open_dialog)
        found += lines
        seen += count

    from juhe_desk.ui.dialogs.about import about_text

    found += english_in(iter([("About box", about_text(session), True)]))
    assert seen > 100, f"only {seen} texts looked at: the window did not come up as expected"
    assert not found, "English text under zh_CN:\n" + "\n".join(found)
    assert [tabs.tabText(i) for i in range(tabs.count())] == ZH_TAB_TITLES
