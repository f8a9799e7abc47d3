"""The interface language: Tasking's translations and Qt's own, loaded once at start.

The language is the LANGUAGE setting (for example "pl"), else the system's. Translations
are ``resources/translations/tasking_<language>.qm``, made by ``make translations``; a
language without one shows the English source text.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from tasking.resources import resources_root

log = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate looks for
    """Mark ``source`` for translation under ``context``; translated where it is shown."""
    return source


def translations_folder() -> Path:
    return resources_root() / "translations"


def install_translators(
    app: QApplication, language: str = "", folder: Path | None = None
) -> list[QTranslator]:
    """Install Qt's and Tasking's translators for ``language`` (or the system's); keep them."""
    locale = QLocale(language) if language else QLocale.system()
    installed: list[QTranslator] = []
    sources = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("tasking", str(folder or translations_folder())),
    )
    for name, where in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where):
            app.installTranslator(translator)
            installed.append(translator)
            log.info("Interface language %s from %s", locale.name(), translator.filePath())
    return installed
