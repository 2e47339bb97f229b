"""Translation for the printed forms: the merged .ts catalogue, else the per-area JSON files.

The per-area files (i18n/zh_CN/*.json) are merged into the .ts by a translation pass; reading
them as a fallback keeps the forms in Chinese before that pass and for strings added since.
"""

from __future__ import annotations

import json
from functools import lru_cache

from lishui_desktop.domain.i18n import fill, language, translate
from lishui_desktop.paths import i18n_dir


@lru_cache(maxsize=4)
def _area_catalogue(lang: str) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    folder = i18n_dir() / lang
    if not folder.is_dir():
        return table
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for context, messages in data.items():
            if isinstance(messages, dict):
                for source, text in messages.items():
                    if isinstance(text, str) and text:
                        table.setdefault((context, source), text)
    return table


def translate_form(context: str, text: str, *args: object) -> str:
    """`translate`, falling back to the per-area JSON translations."""
    result = translate(context, text)
    lang = language()
    if lang != "en" and result == text:
        result = _area_catalogue(lang).get((context, text), text)
    return fill(result, *args)


def choice_label(table: dict[str, str], code: str | None) -> str:
    """A choice code's label in the current language (the code itself when unknown)."""
    if not code:
        return ""
    source = table.get(code)
    return translate_form("Choices", source) if source else code
