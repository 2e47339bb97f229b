"""Normalising text as people type it: full-width characters, stray spaces."""

from __future__ import annotations

import unicodedata

_FULL_TO_HALF = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULL_TO_HALF[0x3000] = 0x20  # ideographic space


def to_half_width(text: str) -> str:
    """Full-width ASCII forms (１２３ＡＢＣ) to their ordinary half-width letters and digits."""
    return text.translate(_FULL_TO_HALF)


def clean(text: object) -> str:
    """A cell or field value as trimmed, half-width, NFC text ('' for None)."""
    if text is None:
        return ""
    value = str(text)
    if value.isascii():  # no full-width form, already NFC: only the trimming can change it
        return value.strip()
    return unicodedata.normalize("NFC", to_half_width(value)).strip()


def squeeze(text: object) -> str:
    """Like clean() but with every internal space removed (IDs, phones, codes)."""
    return "".join(clean(text).split())


def join_sentences(*sentences: str) -> str:
    """Sentences one after another: a space after a Western full stop, none after a Chinese
    one (。！？), as each language writes them."""
    out = ""
    for sentence in sentences:
        if not sentence:
            continue
        out += sentence if not out or out.endswith(("。", "！", "？", "）", "\n")) else " " + sentence
    return out
