"""Interface language: our translations from resources/i18n and Qt's own (dialog buttons).

Source strings are English; ``zh_CN`` is the default language of the interface.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from juhe_desk.resources import resource_path

log = logging.getLogger(__name__)

SUPPORTED = ("zh_CN", "en")
DEFAULT = "zh_CN"

_installed: list[QTranslator] = []
_current = DEFAULT


def translator_for(context: str) -> Callable[[str], str]:
    """The ``_tr`` of a module that is not a QObject: ``_tr = translator_for("Context")``.

    packaging/update_translations.py reads the literal calls of such a ``_tr`` for lupdate.
    """

    def translate(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return translate


def choose_language(requested: str | None) -> str:
    """The language asked for, else the system's when we have it, else Chinese."""
    if requested in SUPPORTED:
        return requested
    system = QLocale.system().name()
    if system.startswith("en"):
        return "en"
    return DEFAULT


def current_language() -> str:
    return _current


def install_translators(app: QApplication, requested: str | None) -> str:
    """Load the translations for the chosen language; returns the language code."""
    global _current
    language = choose_language(requested)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = language
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China)
                       if language == "zh_CN" else QLocale(QLocale.Language.English,
                                                           QLocale.Country.UnitedStates))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"juhe_desk_{language}", str(resource_path("i18n")))]
    if language != "en":  # English: the sources, and the singular and plural of counts
        candidates.append((f"qtbase_{language}", qt_dir))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
    return language
