"""Translations of the desk: which language to use and swapping Qt translators at run time.

Every user-visible string goes through ``QCoreApplication.translate(context, text)`` with a literal
context, so ``pyside6-lupdate`` finds it and the context never depends on a subclass name. The
``.ts`` sources and built ``.qm`` files live in ``resources/i18n`` (``reviewer_vi``, ``reviewer_en``).
Widgets re-read their texts when they receive ``QEvent.LanguageChange``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator

from reviewer.config import resources_dir

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {
    # Each language is named in itself, so a user can always find their own.
    "vi": "Tiếng Việt",
    "en": "English",
}


def translations_dir() -> Path:
    """Folder of the shipped ``reviewer_<lang>.qm`` files."""
    return resources_dir() / "i18n"


def system_language() -> str:
    """``vi`` where the system locale is Vietnamese, else ``en``."""
    return "vi" if QLocale.system().language() == QLocale.Language.Vietnamese else "en"


def resolve_language(setting: str) -> str:
    """The language to use for a ``Settings.language`` value ("" follows the system)."""
    return setting if setting in LANGUAGES else system_language()


class LanguageSwitcher(QObject):
    """Owns the application's translator and replaces it when the user picks another language."""

    def __init__(self, app: QCoreApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._translator: QTranslator | None = None
        self.language = "en"

    def apply(self, language: str) -> bool:
        """Install the translator for ``language``; widgets get ``LanguageChange``. False if missing."""
        language = language if language in LANGUAGES else "en"
        translator = QTranslator(self)
        ok = translator.load(f"reviewer_{language}", str(translations_dir()))
        if not ok:
            log.warning("no translation file reviewer_%s.qm in %s", language, translations_dir())
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator.deleteLater()
            self._translator = None
        if ok:
            self._app.installTranslator(translator)
            self._translator = translator
        else:
            translator.deleteLater()
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English))
        return ok


def fill(text: str, *args: object) -> str:
    """Qt-style placeholders: ``fill("%1 of %2", 3, 7)`` -> ``"3 of 7"`` (translators move them freely)."""
    # Highest first, so %1 never eats the start of %10.
    for n in range(len(args), 0, -1):
        text = text.replace(f"%{n}", str(args[n - 1]))
    return text
