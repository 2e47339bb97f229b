"""Translation for the non-Qt layers (CLI, reports, Excel), read from the same .ts files as Qt.

Source strings are English; Simplified Chinese is the default language. The Qt side loads the
compiled .qm files with QTranslator; this module reads the .ts XML so that the CLI, PDF and
Excel layers need no Qt. Placeholders are Qt style: %1, %2, ...
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from defusedxml import ElementTree

DEFAULT_LANG = "zh_CN"
SUPPORTED = ("zh_CN", "en")
_current = {"lang": os.environ.get("LISHUI_LANG", DEFAULT_LANG)}


def set_language(lang: str) -> None:
    if lang not in SUPPORTED:
        raise ValueError(lang)
    _current["lang"] = lang


def language() -> str:
    return _current["lang"] if _current["lang"] in SUPPORTED else DEFAULT_LANG


@lru_cache(maxsize=4)
def _catalog(lang: str) -> dict[tuple[str, str], str]:
    from lishui_desktop.paths import i18n_dir

    path = i18n_dir() / f"lishui_{lang}.ts"
    table: dict[tuple[str, str], str] = {}
    if not path.exists():
        return table
    root = ElementTree.parse(str(path)).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if node.text:
                table[(name, source)] = node.text
    return table


def fill(text: str, *args: object) -> str:
    """Replace %1..%99 with args in one pass, Qt style: %10 is the tenth, never %1 and a 0, and
    text inserted for one placeholder is never searched for the next."""

    def sub(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(args[index]) if 0 <= index < len(args) else match.group(0)

    return re.sub(r"%(\d{1,2})", sub, text)


def translate(context: str, text: str, *args: object) -> str:
    """The text in the current language, placeholders filled."""
    lang = language()
    if lang != "en":
        text = _catalog(lang).get((context, text), text)
    return fill(text, *args)


def translations(context: str, text: str) -> set[str]:
    """The text in every supported language (the source is English): to read back a stored
    text that an export wrote translated, whatever language the reader uses now."""
    return {text, *(_catalog(lang).get((context, text), text) for lang in SUPPORTED if lang != "en")}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark a module-level string for lupdate; translate it later with translate()."""
    return text
