"""Ledger use cases shared by the GUI and the CLI: specs, paged queries, saving, recycling."""

from __future__ import annotations

from lishui_desktop.services.ledgers.checks import LedgerInputError
from lishui_desktop.services.ledgers.editing import load_record, recycled, save_record, set_deleted
from lishui_desktop.services.ledgers.query import (
    Filters,
    count,
    fetch_all,
    fetch_page,
    filters_from,
)
from lishui_desktop.services.ledgers.spec import LedgerError, LedgerSpec, kinds, spec_for

__all__ = [
    "Filters",
    "LedgerError",
    "LedgerInputError",
    "LedgerSpec",
    "count",
    "fetch_all",
    "fetch_page",
    "filters_from",
    "kinds",
    "load_record",
    "recycled",
    "save_record",
    "set_deleted",
    "spec_for",
]
