"""Translations of the desk: which language to use and swapping Qt translators at run time.

Every user-visible string goes through ``QCoreApplication.translate(context, text)`` with a literal
context, so ``pyside6-lupdate`` finds it and the context never depends on a subclass name. One
catalogue per language, ``resources/i18n/reviewer_<lang>.ts``, is regenerated from the sources by
``make translations`` (``tools/i18n_merge.py``), which also builds the ``.qm`` the desk loads.
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


def catalogs(language: str) -> list[Path]:
    """The built translation file of ``language`` (``reviewer_<lang>.qm``), or none when it is missing.

    A feature catalogue left beside it (``<feature>_<lang>.qm``) is not loaded: ``make translations``
    folds it into the one catalogue."""
    main = translations_dir() / f"reviewer_{language}.qm"
    return [main] if main.is_file() else []


class LanguageSwitcher(QObject):
    """Owns the application's translators and replaces them when the user picks another language."""

    def __init__(self, app: QCoreApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> bool:
        """Install the translations for ``language``; widgets get ``LanguageChange``. False if missing."""
        language = language if language in LANGUAGES else "en"
        for old in self._translators:
            self._app.removeTranslator(old)
            old.deleteLater()
        self._translators = []
        files = catalogs(language)
        if not any(f.name == f"reviewer_{language}.qm" for f in files):
            log.warning("no translation file reviewer_%s.qm in %s", language, translations_dir())
        for path in files:
            translator = QTranslator(self)
            if translator.load(str(path)):
                self._app.installTranslator(translator)
                self._translators.append(translator)
            else:
                log.warning("cannot load translation %s", path)
                translator.deleteLater()
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English))
        return bool(self._translators)


def fill(text: str, *args: object) -> str:
    """Qt-style numbered arguments: ``fill("%1 of %2", 3, 7)`` -> ``"3 of 7"`` (translators move them freely)."""
    # Highest first, so %1 never eats the start of %10.
    for n in range(len(args), 0, -1):
        text = text.replace(f"%{n}", str(args[n - 1]))
    return text
