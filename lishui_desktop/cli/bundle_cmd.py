"""lishui bundle export|import, lishui conflicts list|resolve|merge|merge-persons|accept|reject,
lishui dump --json."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from lishui_desktop.cli.common import (
    EXIT_USER_ERROR,
    CliContext,
    actions,
    command,
    json_option,
    print_json,
    say,
    table_text,
)
from lishui_desktop.domain.choices import table_label
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, fill, translate
from lishui_desktop.domain.masking import scrub
from lishui_desktop.services import sync_service
from lishui_desktop.sync.dump import write_dump

STATUS = {
    "imported": QT_TRANSLATE_NOOP("Cli", "imported"),
    "known": QT_TRANSLATE_NOOP("Cli", "already held (nothing new)"),
    "rejected": QT_TRANSLATE_NOOP("Cli", "REJECTED"),
    "quarantined": QT_TRANSLATE_NOOP("Cli", "QUARANTINED (clock far ahead; see conflicts list)"),
    "preview": QT_TRANSLATE_NOOP("Cli", "preview (nothing written)"),
}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    bundles = actions(sub, "bundle", translate("CliHelp", "export or import sync bundle files"), on_server=True)
    e = command(bundles, "export", translate("CliHelp", "write a bundle of what the recipient lacks"),
                cmd_export, json=True)
    e.add_argument("--out", required=True, metavar="FILE", help=translate(
        "CliHelp", "the bundle file, or a folder to name it in"))
    e.add_argument("--full", action="store_true", help=translate("CliHelp", "every change, not only what is new"))
    e.add_argument("--for", dest="for_device", metavar="DEVICE", help=translate(
        "CliHelp", "the recipient: a device's name or id (default: the office)"))
    i = command(bundles, "import", translate(
        "CliHelp", "preview or import bundle files, each in one transaction"), cmd_import, json=True)
    i.add_argument("files", nargs="+", metavar="FILE", help=translate(
        "CliHelp", "bundle files (.lsbundle), or folders holding them"))
    i.add_argument("--dry-run", action="store_true", help=translate(
        "CliHelp", "show what would change; write nothing"))

    review = actions(sub, "conflicts", translate(
        "CliHelp", "the review queue: conflicts, deleted edits, duplicates"), on_server=True)
    command(review, "list", translate("CliHelp", "list what a person must decide"), cmd_conflicts, json=True)
    cr = command(review, "resolve", translate(
        "CliHelp", "settle a field in conflict (a new edit that syncs)"), cmd_resolve)
    cr.add_argument("--table", required=True, help=translate(
        "CliHelp", "the table, as `lishui conflicts list --json` names it"))
    cr.add_argument("--row", required=True, help=translate("CliHelp", "the record's id"))
    cr.add_argument("--column", required=True, help=translate("CliHelp", "the field in conflict"))
    cr.add_argument("--value", required=True, help=translate(
        "CliHelp", "the chosen value as JSON, e.g. '\"张三\"' or 3"))
    rs = command(review, "restore", translate(
        "CliHelp", "undelete a record deleted on one computer while edited on another"), cmd_restore)
    rs.add_argument("table", metavar="TABLE", help=translate(
        "CliHelp", "the table, as `lishui conflicts list --json` names it"))
    rs.add_argument("row", metavar="ID", help=translate("CliHelp", "the record's id"))
    cm = command(review, "merge-persons", translate("CliHelp", "merge people entered twice into one"), cmd_merge)
    cm.add_argument("ids", nargs="+", metavar="ID", help=translate(
        "CliHelp", "the ids of the same person's records; the first is kept"))
    cg = command(review, "merge", translate(
        "CliHelp", "merge records entered twice (sessions, placements, pairings...) into one"),
        cmd_merge_records)
    cg.add_argument("kind", metavar="KIND", help=translate(
        "CliHelp", "the ledger, as `lishui conflicts list` shows it in brackets (e.g. projects)"))
    cg.add_argument("ids", nargs="+", metavar="ID", help=translate(
        "CliHelp", "the ids of the same record entered twice; the first is kept"))
    quarantine = translate("CliHelp", "the quarantined bundle's number in `lishui conflicts list`")
    for name, handler, text in (
        ("accept", cmd_accept, translate("CliHelp", "import a quarantined bundle despite its clock")),
        ("reject", cmd_reject, translate("CliHelp", "drop a quarantined bundle")),
    ):
        q = command(review, name, text, handler)
        q.add_argument("log_id", type=int, metavar="ID", help=quarantine)

    d = command(sub, "dump", translate("CliHelp", "canonical dump of synced data, for comparing databases"),
                cmd_dump, on_server=True)
    json_option(d, required=True)


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    result = sync_service.export_bundle(
        ctx.database(), Path(args.out), full=args.full, for_device=args.for_device
    )
    if args.json:
        print_json(
            {"file": str(result.path), "bundle_id": result.plan.bundle_id, "ops": result.plan.op_count,
             "size": result.size,
             "ranges": {d: [list(s) for s in v] for d, v in result.plan.ranges.items()}}
        )
    else:
        say(fill(translate("Cli", "Wrote %1: %2 ops, %3 bytes."), result.path, result.plan.op_count, result.size))
    return 0


def cmd_import(args: argparse.Namespace, ctx: CliContext) -> int:
    db = ctx.database()
    reports = sync_service.import_files(db, [Path(f) for f in args.files], dry_run=args.dry_run)
    if args.json:
        print_json({"dry_run": args.dry_run, "files": [r.as_dict() for r in reports]})
    else:
        for r in reports:
            say(fill(translate("Cli", "%1: %2; %3 ops, %4 new."), r.file, translate("Cli", STATUS[r.status]), r.ops_total, r.ops_new))
            note = r.unknown_note()
            if note:
                say(note)
            if r.tables:
                rows = [[table_label(t), s["new"], s["updated"], s["unchanged"], s["conflict"], s["duplicate"]]
                        for t, s in r.tables.items()]
                headers = [translate("Cli", "table"), translate("Cli", "new"), translate("Cli", "updated"), translate("Cli", "unchanged"), translate("Cli", "conflict"), translate("Cli", "duplicate")]
                say(table_text(headers, rows))
    bad = [r for r in reports if r.status == "rejected"]
    for r in bad:
        sys.stderr.write("lishui: " + scrub(fill(translate("Cli", "%1 was refused: %2"), r.file, r.reason or "")) + "\n")
    partly = [(r, part) for r in reports if r.status != "rejected" for part in r.refused]
    for r, part in partly:
        sys.stderr.write("lishui: " + scrub(fill(translate("Cli", "%1: part refused: %2"), r.file, part["reason"])) + "\n")
    return EXIT_USER_ERROR if bad or partly else 0


def cmd_conflicts(args: argparse.Namespace, ctx: CliContext) -> int:
    items = sync_service.review_items(ctx.database())
    if args.json:
        print_json({"items": items})
        return 0
    if not items:
        say(translate("Cli", "Nothing to decide."))
        return 0
    rows = []
    for item in items:
        if item["kind"] == "field":
            what = f'{table_label(item["table"])}.{item["column"]}'
            detail = " | ".join(scrub(json.dumps(v["value"], ensure_ascii=False)) for v in item["values"])
            rows.append([translate("Cli", "conflict"), what, item["row_id"], detail])
        elif item["kind"] == "deleted_edit":
            rows.append([translate("Cli", "edit of a deleted record"), table_label(item["table"]), item["row_id"], ", ".join(item["columns"])])
        elif item["kind"] == "duplicate_person":
            rows.append([translate("Cli", "possible duplicate"), item["name"], " ".join(item["row_ids"]), item["village"] or ""])
        elif item["kind"] == "duplicate_record":
            rows.append([translate("Cli", "entered twice"), f'{table_label(item["table"])} ({item["ledger"]})', " ".join(item["row_ids"]), str(item["label"] or "")])
        elif item["kind"] == "fork":
            rows.append([translate("Cli", "refused fork"), item["device_name"], f'{item["first"]}-{item["last"]}',
                         fill(translate("Cli", "%1 changes in %2, which contradict changes already held"), item["count"], item["file"] or "")])
        else:
            rows.append([translate("Cli", "quarantined bundle"), str(item["log_id"]), item["file"] or "", item["reason"] or ""])
    say(table_text([translate("Cli", "kind"), translate("Cli", "what"), translate("Cli", "record"), translate("Cli", "details")], rows))
    return 0


def cmd_resolve(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        value = json.loads(args.value)
    except ValueError:
        value = args.value
    sync_service.resolve_field(ctx.database(), args.table, args.row, args.column, value)
    say(fill(translate("Cli", "Settled %1.%2 of %3."), args.table, args.column, args.row))
    return 0


def cmd_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    sync_service.restore_record(ctx.database(), args.table, args.row)
    say(fill(translate("Cli", "Restored %1 %2; the edits made elsewhere are kept."), args.table, args.row))
    return 0


def cmd_merge(args: argparse.Namespace, ctx: CliContext) -> int:
    keep = sync_service.merge_persons(ctx.database(), args.ids)
    say(fill(translate("Cli", "Merged into %1."), keep))
    return 0


def cmd_merge_records(args: argparse.Namespace, ctx: CliContext) -> int:
    keep = sync_service.merge_records(ctx.database(), args.kind, args.ids)
    say(fill(translate("Cli", "Merged into %1."), keep))
    return 0


def cmd_accept(args: argparse.Namespace, ctx: CliContext) -> int:
    report = sync_service.accept_quarantined(ctx.database(), args.log_id)
    say(fill(translate("Cli", "%1: %2; %3 ops, %4 new."), report.file, translate("Cli", STATUS[report.status]), report.ops_total, report.ops_new))
    return EXIT_USER_ERROR if report.status == "rejected" else 0


def cmd_reject(args: argparse.Namespace, ctx: CliContext) -> int:
    sync_service.reject_quarantined(ctx.database(), args.log_id)
    return 0


def cmd_dump(args: argparse.Namespace, ctx: CliContext) -> int:
    write_dump(ctx.database(), sys.stdout)  # streamed: flat memory at any size
    return 0
