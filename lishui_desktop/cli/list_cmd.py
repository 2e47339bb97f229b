"""`lishui list KIND [--county NAME] [--year YYYY] [--json] [--full-ids]`: print ledger records.

Resident IDs and phones are masked unless --full-ids (which is recorded in the audit log).
--json prints {"kind", "count", "records": [{"id", <column key>: value, ...}]} with codes for
choices, ISO dates and money in integer fen (keys ending in _fen).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from lishui_desktop.cli.common import (
    CliContext,
    command,
    print_json,
    say,
    table_text,
)
from lishui_desktop.domain.choices import label
from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.domain.masking import mask_id, mask_phone
from lishui_desktop.domain.validation import format_fen
from lishui_desktop.services import audit
from lishui_desktop.services.ledgers import fetch_all, filters_from, spec_for
from lishui_desktop.services.ledgers.spec import BOOL, CHOICE, ID, MONEY, PHONE, Column

KINDS = ("pairings", "activities", "sessions", "trainees", "placements", "cadres", "funds", "projects", "events", "persons")
TABLES = {"trainees": "enrolments", "cadres": "secondments", "sessions": "training_sessions"}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = command(sub, "list", translate("CliHelp", "print the records of a ledger"), run, json=True,
                on_server=True)
    p.add_argument("kind", choices=KINDS, metavar="KIND", help=fill(
        translate("CliHelp", "the ledger: %1"), ", ".join(KINDS)))
    p.add_argument("--county", help=translate("CliHelp", "a Lishui or Sichuan county (name or code)"))
    p.add_argument("--year", type=int, help=translate("CliHelp", "only records of this year"))
    p.add_argument("--full-ids", action="store_true", help=translate(
        "CliHelp", "show full resident IDs and phones"))


def _masked(column: Column, value: Any, full: bool) -> Any:
    if full or value is None:
        return value
    if column.kind == ID:
        return mask_id(value)
    if column.kind == PHONE:
        return mask_phone(value)
    return value


def _text(column: Column, value: Any) -> str:
    if value is None:
        return ""
    if column.kind == MONEY:
        return format_fen(value)
    if column.kind == CHOICE:
        return label(column.choices or {}, str(value))
    if column.kind == BOOL:
        return translate("Ledgers", "yes") if value else translate("Ledgers", "no")
    return str(value)


def run(args: argparse.Namespace, ctx: CliContext) -> int | None:
    spec = spec_for(args.kind)
    db = ctx.database()
    filters = filters_from(db, {"county": args.county, "year": args.year})
    rows = fetch_all(db, args.kind, filters)
    sensitive = [c for c in spec.columns if c.kind in (ID, PHONE)]
    if args.full_ids and sensitive and rows:
        audit.record(db, "reveal", TABLES.get(args.kind, args.kind), None, row_count=len(rows))
    for row in rows:
        for column in sensitive:
            row[column.key] = _masked(column, row[column.key], args.full_ids)
    if args.json:
        records = [{k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in row.items()} for row in rows]
        print_json({"kind": args.kind, "count": len(records), "records": records})
        return None
    if not rows:
        say(translate("Cli", "No records."))
        return None
    headers = [translate("Ledgers", c.label) for c in spec.columns]
    say(table_text(headers, [[_text(c, row[c.key]) for c in spec.columns] for row in rows]))
    say(fill(translate("Cli", "%1 records."), len(rows)))
    return None
