"""The interface language: chosen in Preferences or following the system, loaded at start-up."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from ..model.i18n import install_date_format, install_translator
from ..resources import resource_path
from .text import DATE_FORMAT

#: The languages MentorDesk speaks, each in its own words.
LANGUAGES = {"en": "English", "it": "Italiano", "bg": "Български"}
SETTING = "language"
_LOCALES = {"en": "en_GB", "it": "it_IT", "bg": "bg_BG"}


def system_language(locale: QLocale | None = None) -> str:
    """The system's language if MentorDesk speaks it, else English."""
    name = (locale or QLocale.system()).name().split("_")[0]
    return name if name in LANGUAGES else "en"


def chosen_language(settings: QSettings, locale: QLocale | None = None) -> str:
    """The language from Preferences, or the system's when none was chosen."""
    value = str(settings.value(SETTING, "") or "")
    return value if value in LANGUAGES else system_language(locale)


def save_language(settings: QSettings, language: str) -> None:
    """Remember ``language`` ("" follows the system) for the next start."""
    if language and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    settings.setValue(SETTING, language)


def install(language: str) -> list[QTranslator]:
    """Install MentorDesk's and Qt's own translations for ``language``; keep what is returned.

    Dates and numbers follow the same language: ``QLocale()`` everywhere gives its formats.
    """
    app = QCoreApplication.instance()
    assert app is not None, "create the application first"
    system = QLocale.system()
    # The system's own regional formats when it speaks this language (it_CH, en_US …).
    same = system_language(system) == language
    QLocale.setDefault(system if same else QLocale(_LOCALES.get(language, "en_GB")))
    installed: list[QTranslator] = []
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for path in (
            str(resource_path("i18n", f"mentordesk_{language}.qm")),
            f"{qt_folder}/qtbase_{language}.qm",
        ):
            translator = QTranslator(app)
            if translator.load(path):
                app.installTranslator(translator)
                installed.append(translator)
    install_translator(lambda context, text: QCoreApplication.translate(context, text))
    install_date_format(format_date)
    return installed


def uninstall(translators: list[QTranslator]) -> None:
    """Back to English (tests switch languages within one run)."""
    app = QCoreApplication.instance()
    for translator in translators:
        if app is not None:
            app.removeTranslator(translator)
    install_date_format(None)
    QLocale.setDefault(QLocale(_LOCALES["en"]))


def format_date(day: dt.date, pattern: str = DATE_FORMAT) -> str:
    """``day`` in the interface language ("3 Nov 2026", "3 nov 2026", "3.11.2026 г." …)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def install_for_command_line(language: str) -> QTranslator | None:
    """The command line's messages in ``language``. There is no application object, so the
    model's strings are looked up in MentorDesk's catalogue directly."""
    translator = QTranslator()
    if language == "en" or not translator.load(
        str(resource_path("i18n", f"mentordesk_{language}.qm"))
    ):
        return None  # English, with ISO dates: what scripts have always read
    QLocale.setDefault(QLocale(_LOCALES[language]))
    install_date_format(format_date)
    install_translator(lambda context, text: translator.translate(context, text) or text)
    return translator
