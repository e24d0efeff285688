"""Words of Qt's own dialogs that Qt's Chinese translation (qtbase_zh_CN, shipped with
PySide6) lacks: Qt 6 renamed them ("Look in:" became "&Look in:") and the translation was
not brought along, so the file dialog said "Look in" and "Files of type" in English.

They are listed here in Qt's own contexts, so lupdate puts them into our .ts file;
``ui/i18n.py`` installs our translator before Qt's, and Qt asks ours for what its own
does not hold. tests/ui/test_menus_and_help.py opens the file dialog and reads them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "No to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
)
