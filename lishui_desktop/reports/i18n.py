"""Translation for the printed forms: the program's one catalogue (domain/i18n.py)."""

from __future__ import annotations

from lishui_desktop.domain.i18n import translate


def choice_label(table: dict[str, str], code: str | None) -> str:
    """A choice code's label in the current language (the code itself when unknown)."""
    if not code:
        return ""
    source = table.get(code)
    return translate("Choices", source) if source else code
