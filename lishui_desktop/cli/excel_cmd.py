"""`lishui excel template|import|export`: blank templates, all-or-nothing imports, ledger exports.

import: any workbook (xlsx, xls, xlsb, ods, csv; the kind read from the content), every visible
sheet with a table of KIND. Exit 0 when imported (or previewed with --dry-run); exit 2 with a
summary line and the path of the annotated copy when any row is bad. For trainees,
--session-title, --category, --organiser, --start, --end and --place give what sheets lack of
their session (a column of the sheet wins, then the option, then the sheet's title rows).
--json prints ImportResult.as_json():
{"kind", "file", "sheet", "ok", "applied", "rows", "new", "updated", "unchanged",
 ["sessions": {"new", "updated"}], "errors": [{"sheet", "row", "column", "header", "message"}], "errors_file",
 "sheets": [{"name", "rows", "new", "updated", "unchanged", "sessions": [{"title", "start", "new"}],
 "session_from": {key: "given"|"title"|"pairing"}}], "hidden_sheets", "skipped_sheets"}.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from lishui_desktop.cli.common import (
    EXIT_USER_ERROR,
    CliContext,
    actions,
    command,
    fail,
    print_json,
    say,
)
from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.domain.text import join_sentences
from lishui_desktop.excel.columns import KINDS
from lishui_desktop.excel.sessions import SessionInput
from lishui_desktop.services import excel_export, excel_import


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = actions(sub, "excel", translate("CliHelp", "Excel templates, imports and exports"), on_server=True)
    kind = fill(translate("CliHelp", "the ledger: %1"), ", ".join(KINDS))
    xlsx = translate("CliHelp", "the .xlsx file to write")
    t = command(group, "template", translate("CliHelp", "write a blank template"), run_template)
    t.add_argument("kind", choices=KINDS, metavar="KIND", help=kind)
    t.add_argument("--out", required=True, metavar="FILE", help=xlsx)
    i = command(group, "import", translate("CliHelp", "import a workbook (all rows or none)"), run_import,
                json=True)
    i.add_argument("kind", choices=KINDS, metavar="KIND", help=kind)
    i.add_argument("file", help=translate(
        "CliHelp", "the workbook to read: .xlsx, .xls, .et, .xlsb, .ods or .csv (the kind is read from "
        "the content)"))
    i.add_argument("--dry-run", action="store_true", help=translate(
        "CliHelp", "check and count only; change nothing"))
    i.add_argument("--errors-out", metavar="FILE", help=translate(
        "CliHelp", "where to write the marked copy (default NAME.errors.xlsx)"))
    i.add_argument("--session-title", metavar="TITLE", help=translate(
        "CliHelp", "trainees: the session's title, for sheets without one"))
    i.add_argument("--category", help=translate(
        "CliHelp", "trainees: the session's category (农村致富带头人, 贫困村干部 …)"))
    i.add_argument("--organiser", help=translate(
        "CliHelp", "trainees: the Lishui county or 市本级 that organised it"))
    i.add_argument("--start", metavar="DATE", help=translate(
        "CliHelp", "trainees: the session's first day (2019-03-01)"))
    i.add_argument("--end", metavar="DATE", help=translate("CliHelp", "trainees: the session's last day"))
    i.add_argument("--place", help=translate("CliHelp", "trainees: where it took place"))
    e = command(group, "export", translate("CliHelp", "export a ledger"), run_export)
    e.add_argument("kind", choices=KINDS, metavar="KIND", help=kind)
    e.add_argument("--out", required=True, metavar="FILE", help=xlsx)
    e.add_argument("--full-ids", action="store_true", help=translate(
        "CliHelp", "write full resident IDs and phones"))


def run_template(args: argparse.Namespace, ctx: CliContext) -> int | None:
    path = excel_export.write_template(ctx.database(), args.kind, Path(args.out))
    say(fill(translate("Cli", "Template written: %1"), path))
    return None


def run_import(args: argparse.Namespace, ctx: CliContext) -> int | None:
    errors_out = Path(args.errors_out) if args.errors_out else None
    session = SessionInput(args.session_title, args.category, args.organiser, args.start, args.end, args.place)
    if session.given() and args.kind != "trainees":
        return fail(translate("Cli", "--session-title, --category, --organiser, --start, --end and --place are for trainees only."))
    result = excel_import.run_import(ctx.database(), args.kind, Path(args.file), args.dry_run, errors_out, session)
    if args.json:
        print_json(result.as_json() | {"dry_run": bool(args.dry_run)})
    if not result.ok:
        if not args.json:
            say(fill(translate("Cli", "Problems marked in: %1"), result.errors_path))
        return fail(join_sentences(result.summary(), fill(translate("Cli", "See %1"), result.errors_path)))
    if not args.json:
        say(result.summary())
    return None if result.ok else EXIT_USER_ERROR


def run_export(args: argparse.Namespace, ctx: CliContext) -> int | None:
    count = excel_export.export_ledger(ctx.database(), args.kind, Path(args.out), args.full_ids)
    say(fill(translate("Cli", "%1 rows written to %2"), count, args.out))
    return None
