"""Translations: Qt .qm catalogues from resources/translations, zh_CN and en."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop.errors import QuorumError
from desktop.resources import resource_path

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
_installed: list[QTranslator] = []


def current_language() -> str:
    value = QSettings().value("ui/language", "")
    if value in LANGUAGES:
        return str(value)
    return "zh_CN" if QLocale.system().name().startswith("zh") else DEFAULT_LANGUAGE


def install_language(language: str) -> bool:
    """Swap the application's translator; widgets retranslate on LanguageChange."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    settings = QSettings()
    if settings.value("ui/language") != language:  # each launch installs it: no write when unchanged
        settings.setValue("ui/language", language)
    if language == "en":
        return True  # source strings are English
    translator = QTranslator(app)
    path = resource_path("translations", f"quorum_{language}.qm")
    if not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    qt_translator = qt_translations(language)
    if qt_translator is not None:  # Qt's own dialogs and buttons (Yes/No, file pickers)
        qt_translator.setParent(app)
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    return True


def qt_translations(language: str) -> QTranslator | None:
    """Qt's own catalogue for ``language`` (qtbase), from the Qt install or, in a bundle that
    left it out, from resources/translations; None when neither has it."""
    translator = QTranslator()
    name = f"qtbase_{language}"
    for folder in (
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(resource_path("translations")),
    ):
        if translator.load(name, folder):
            return translator
    return None


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def error_text(exc: QuorumError) -> str:
    """A domain error in the user's language (the template is translated, then filled)."""
    template = QCoreApplication.translate("errors", exc.template)
    params = dict(exc.params)
    english = _installed_language() == "en"
    for key in [k for k in params if f"{k}_en" in params]:  # a member's name, in both languages
        english_name = params.pop(f"{key}_en")
        if english and english_name:
            params[key] = english_name
    if "basis" in params:  # citations are read in the screen's language
        params["basis"] = cite(params["basis"])
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return exc.message


def _installed_language() -> str:
    """The language of the installed translation (the marker message meeting mode also reads)."""
    marker = QCoreApplication.translate("meeting", "en", "language code of this translation, e.g. zh_CN")
    return marker if marker in LANGUAGES else "en"


def cite(citation: str) -> str:
    """A citation from ``desktop.rules.basis`` in the language of the installed translation."""
    from desktop.rules import basis  # the rules package costs the first window ~20 ms; load it when cited

    return basis.text(citation, _installed_language())
