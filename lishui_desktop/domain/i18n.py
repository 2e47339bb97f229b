"""Translation for the non-Qt layers (CLI, reports, Excel), from the same compiled catalogue as Qt.

Source strings are English; Simplified Chinese is the default language. The one catalogue is
i18n/lishui_<lang>.qm, compiled by pyside6-lrelease from the .ts that pyside6-lupdate fills
(packaging/i18n.py): the Qt side loads it with QTranslator, this module reads the same file
(its messages carry their context and source text) so that the CLI, PDF and Excel layers need
no Qt. Every string is written as pyside6-lupdate reads it: `translate("Context", "text")`
(literal context and text, two arguments) or QT_TRANSLATE_NOOP("Context", "text") for a string
translated later. Placeholders are Qt style, %1 ... %99, filled by fill() in one pass.
"""

from __future__ import annotations

import logging
import os
import re
import struct
from functools import lru_cache
from pathlib import Path

DEFAULT_LANG = "zh_CN"
SUPPORTED = ("zh_CN", "en")
_current = {"lang": os.environ.get("LISHUI_LANG", DEFAULT_LANG)}
log = logging.getLogger("lishui.i18n")

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69  # the section of a .qm that holds the messages
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


def set_language(lang: str) -> None:
    if lang not in SUPPORTED:
        raise ValueError(lang)
    _current["lang"] = lang


def language() -> str:
    return _current["lang"] if _current["lang"] in SUPPORTED else DEFAULT_LANG


def read_qm(data: bytes) -> dict[tuple[str, str], str]:
    """The finished translations of a compiled Qt catalogue, by (context, source text).

    The .qm format (Qt's qtranslator.cpp): a magic number, then sections (tag byte, 32-bit
    big-endian length); the messages section is a run of records of tagged fields, the
    translation in UTF-16BE, source text, context and comment in UTF-8, each record closed by
    an end tag. Only the messages are read: the hash table is Qt's own index into them."""
    if not data.startswith(QM_MAGIC):
        raise ValueError("not a Qt translation file")
    table: dict[tuple[str, str], str] = {}
    pos, messages = len(QM_MAGIC), b""
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        if tag == _MESSAGES:
            messages = data[pos + 5 : pos + 5 + length]
        pos += 5 + length
    fields: dict[int, str] = {}
    pos, translation = 0, None
    while pos < len(messages):
        tag = messages[pos]
        pos += 1
        if tag == _END:
            if translation is not None and _SOURCE in fields:
                table.setdefault((fields.get(_CONTEXT, ""), fields[_SOURCE]), translation)
            fields, translation = {}, None
        elif tag == _OBSOLETE1:
            pos += 4
        elif tag in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
            length = struct.unpack_from(">I", messages, pos)[0]
            pos += 4
            if length == 0xFFFFFFFF:  # no translation
                continue
            raw = messages[pos : pos + length]
            pos += length
            if tag == _TRANSLATION:
                translation = translation if translation is not None else raw.decode("utf-16-be")
            else:
                fields[tag] = raw.decode("utf-8")
        else:
            raise ValueError(f"unknown field {tag} in a Qt translation file")
    return table


def catalogue_path(lang: str) -> Path:
    from lishui_desktop.paths import i18n_dir

    return i18n_dir() / f"lishui_{lang}.qm"


@lru_cache(maxsize=4)
def _catalog(lang: str) -> dict[tuple[str, str], str]:
    path = catalogue_path(lang)
    try:
        return read_qm(path.read_bytes())
    except (OSError, ValueError) as exc:  # a source checkout before the translation pass
        log.warning("no %s translations: %s (run python3 packaging/i18n.py)", lang, exc)
        return {}


def fill(text: str, *args: object) -> str:
    """Replace %1..%99 with args in one pass, Qt style: %10 is the tenth, never %1 and a 0, and
    text inserted for one placeholder is never searched for the next."""

    def sub(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(args[index]) if 0 <= index < len(args) else match.group(0)

    return re.sub(r"%(\d{1,2})", sub, text)


def translate(context: str, text: str) -> str:
    """The text in the current language. Two arguments, as QCoreApplication.translate, so that
    pyside6-lupdate (which reads `translate("Context", "text")` with literal arguments) finds
    every string; placeholders are filled outside: `fill(translate("Ctx", "%1 rows"), n)`."""
    lang = language()
    if lang != "en":
        return _catalog(lang).get((context, text), text)
    return text


def translations(context: str, text: str) -> set[str]:
    """The text in every supported language (the source is English): to read back a stored
    text that an export wrote translated, whatever language the reader uses now."""
    return {text, *(_catalog(lang).get((context, text), text) for lang in SUPPORTED if lang != "en")}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark a module-level string for lupdate; translate it later with translate()."""
    return text
