"""Menus: no two items share a shortcut or a mnemonic, in either language; Help opens the
bundled user guide (offline, its links and pictures working); Qt's own dialogs speak Chinese;
the password mode choice says what each option means."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from import_helpers import WindowFactory
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QTabWidget,
    QTextBrowser,
)
from pytestqt.qtbot import QtBot

from juhe_desk.resources import user_guide_path
from juhe_desk.ui.dialogs.user_guide import heading_anchor
from juhe_desk.ui.main_window import MainWindow


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).upper() if match else None


def repeated(values: list[str | None]) -> list[str]:
    return [value for value, n in Counter(v for v in values if v).items() if n > 1]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_no_two_menu_items_share_a_shortcut_or_mnemonic(open_window: WindowFactory,
                                                        language: str) -> None:
    window = open_window("--demo", "--lang", language)
    bar = window.menuBar()
    titles = [action.text() for action in bar.actions()]
    assert len(titles) >= 4 and not repeated([mnemonic(t) for t in titles]), titles
    shortcuts: list[str | None] = [a.shortcut().toString() for a in window.actions()]
    for title_action in bar.actions():
        menu = title_action.menu()
        assert isinstance(menu, QMenu)
        items = [a for a in menu.actions() if not a.isSeparator()]
        texts = [a.text() for a in items]
        assert all(mnemonic(t) for t in texts), texts  # each item reachable by its letter
        assert not repeated([mnemonic(t) for t in texts]), texts
        shortcuts += [a.shortcut().toString() for a in items]
    assert not repeated(shortcuts), shortcuts


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_no_two_controls_of_a_page_share_a_letter(qtbot: QtBot, open_window: WindowFactory,
                                                   language: str) -> None:
    """Alt+letter on a page reaches one control: its buttons and labelled fields, the tabs
    and the menu bar's menus each have their own letter."""
    window = open_window("--demo", "--lang", language)
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert tabs is not None
    shared = [tabs.tabText(i) for i in range(tabs.count())]
    shared += [action.text() for action in window.menuBar().actions()]
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        page = tabs.currentWidget()
        qtbot.waitUntil(page.isVisible)
        texts = list(shared)
        texts += [b.text() for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page)]
        texts += [label.text() for label in page.findChildren(QLabel)
                  if label.buddy() is not None and label.isVisibleTo(page)]
        assert not repeated([mnemonic(t) for t in texts]), (page.objectName(), texts)


def test_help_opens_the_user_guide_offline(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window("--demo")
    assert isinstance(window, MainWindow)
    action = window.findChild(QAction, "userGuideAction")
    assert action is not None and action.shortcut().toString() == "F1"
    assert action.text() == "用户指南(&U)"
    action.trigger()
    dialog = window.guide_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    browser = dialog.findChild(QTextBrowser, "userGuideBrowser")
    assert browser is not None
    document = browser.document()
    assert "juhe-desk 用户指南" in document.toPlainText()
    # Its pictures come from the files beside it: no network.
    picture = document.resource(QTextDocument.ResourceType.ImageResource,
                                browser.source().resolved("screenshots/compose.png"))
    assert picture is not None and not picture.isNull()
    # The window-sized screenshots are shown narrower than the dialog: no sideways scrolling.
    qtbot.waitUntil(lambda: browser.horizontalScrollBar().maximum() == 0)
    # The table of contents jumps to its heading.
    bar = browser.verticalScrollBar()
    assert bar.value() == 0
    browser.anchorClicked.emit(QUrl("#" + heading_anchor("7. 和客户对话")))  # as a click does
    qtbot.waitUntil(lambda: bar.value() > 0)
    assert 'name="7-和客户对话"' in browser.toHtml()


def test_the_guide_is_found_and_its_anchors_are_githubs() -> None:
    guide = user_guide_path()
    assert guide is not None and guide.is_file()
    text = guide.read_text(encoding="utf-8")
    assert "](#12-数据安全备份恢复不确定)" in text
    assert heading_anchor("12. 数据安全：备份、恢复、“不确定”") == "12-数据安全备份恢复不确定"


def test_qt_dialogs_speak_chinese(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window("--demo")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                      window)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "取消"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Close).text() == "关闭"
    dialog = QFileDialog(window)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    # Qt 6 renamed these two and its own Chinese lacks them: ours (ui/qt_words.py) has them.
    assert {"查找范围(&L)：", "文件名称(&N)：", "文件类型(&T)："} <= labels, labels


def test_password_mode_says_what_each_choice_means(qtbot: QtBot,
                                                   open_window: WindowFactory) -> None:
    window = open_window("--demo")
    assert isinstance(window, MainWindow)
    dialog = window.show_account_dialog()
    combo = dialog.findChild(QComboBox, "passwordModeCombo")
    help_label = dialog.findChild(QLabel, "passwordModeHelpLabel")
    assert combo is not None and help_label is not None
    combo.setCurrentIndex(combo.findData("plain"))
    assert "https://" in help_label.text() and help_label.isVisible()
    plain = help_label.text()
    combo.setCurrentIndex(combo.findData("md5"))
    assert help_label.text() != plain and "MD5" in help_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
