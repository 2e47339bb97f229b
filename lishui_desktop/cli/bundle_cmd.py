"""lishui bundle export|import, lishui conflicts list|resolve|merge|merge-persons|accept|reject,
lishui dump --json."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from lishui_desktop.cli.common import EXIT_USER_ERROR, CliContext, print_json, say, table_text, tr
from lishui_desktop.domain.choices import table_label
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
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
    p = sub.add_parser("bundle", help="export or import sync bundle files")
    bsub = p.add_subparsers(dest="bundle_command", metavar="ACTION")
    bsub.required = True
    e = bsub.add_parser("export", help="write a bundle of what the recipient lacks")
    e.add_argument("--out", required=True, help="bundle file, or a folder to name it in")
    e.add_argument("--full", action="store_true", help="every op, not only what is new")
    e.add_argument("--for", dest="for_device", metavar="DEVICE", help="recipient device name or id")
    e.add_argument("--json", action="store_true")
    e.set_defaults(handler=cmd_export)
    i = bsub.add_parser("import", help="preview or import bundle files, each in one transaction")
    i.add_argument("files", nargs="+", metavar="FILE")
    i.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    i.add_argument("--json", action="store_true")
    i.set_defaults(handler=cmd_import)

    c = sub.add_parser("conflicts", help="the review queue: conflicts, deleted edits, duplicates")
    csub = c.add_subparsers(dest="conflicts_command", metavar="ACTION")
    csub.required = True
    cl = csub.add_parser("list", help="list what a person must decide")
    cl.add_argument("--json", action="store_true")
    cl.set_defaults(handler=cmd_conflicts)
    cr = csub.add_parser("resolve", help="settle a field in conflict (a new edit that syncs)")
    cr.add_argument("--table", required=True)
    cr.add_argument("--row", required=True)
    cr.add_argument("--column", required=True)
    cr.add_argument("--value", required=True, help="the chosen value as JSON, e.g. '\"张三\"' or 3")
    cr.set_defaults(handler=cmd_resolve)
    rs = csub.add_parser("restore", help="undelete a record deleted on one computer while edited on another")
    rs.add_argument("table", metavar="TABLE")
    rs.add_argument("row", metavar="ID")
    rs.set_defaults(handler=cmd_restore)
    cm = csub.add_parser("merge-persons", help="merge people entered twice into one")
    cm.add_argument("ids", nargs="+", metavar="ID")
    cm.set_defaults(handler=cmd_merge)
    cg = csub.add_parser("merge", help="merge records entered twice (sessions, placements, pairings...) into one")
    cg.add_argument("kind", metavar="KIND")
    cg.add_argument("ids", nargs="+", metavar="ID")
    cg.set_defaults(handler=cmd_merge_records)
    for name, handler, text in (
        ("accept", cmd_accept, "import a quarantined bundle despite its clock"),
        ("reject", cmd_reject, "drop a quarantined bundle"),
    ):
        q = csub.add_parser(name, help=text)
        q.add_argument("log_id", type=int, metavar="ID")
        q.set_defaults(handler=handler)

    d = sub.add_parser("dump", help="canonical dump of synced data, for comparing databases")
    d.add_argument("--json", action="store_true", required=True)
    d.set_defaults(handler=cmd_dump)


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
        say(tr("Wrote %1: %2 ops, %3 bytes.", result.path, result.plan.op_count, result.size))
    return 0


def cmd_import(args: argparse.Namespace, ctx: CliContext) -> int:
    db = ctx.database()
    reports = sync_service.import_files(db, [Path(f) for f in args.files], dry_run=args.dry_run)
    if args.json:
        print_json({"dry_run": args.dry_run, "files": [r.as_dict() for r in reports]})
    else:
        for r in reports:
            say(tr("%1: %2; %3 ops, %4 new.", r.file, tr(STATUS[r.status]), r.ops_total, r.ops_new))
            note = r.unknown_note()
            if note:
                say(note)
            if r.tables:
                rows = [[table_label(t), s["new"], s["updated"], s["unchanged"], s["conflict"], s["duplicate"]]
                        for t, s in r.tables.items()]
                headers = [tr("table"), tr("new"), tr("updated"), tr("unchanged"), tr("conflict"), tr("duplicate")]
                say(table_text(headers, rows))
    bad = [r for r in reports if r.status == "rejected"]
    for r in bad:
        sys.stderr.write("lishui: " + scrub(tr("%1 was refused: %2", r.file, r.reason or "")) + "\n")
    partly = [(r, part) for r in reports if r.status != "rejected" for part in r.refused]
    for r, part in partly:
        sys.stderr.write("lishui: " + scrub(tr("%1: part refused: %2", r.file, part["reason"])) + "\n")
    return EXIT_USER_ERROR if bad or partly else 0


def cmd_conflicts(args: argparse.Namespace, ctx: CliContext) -> int:
    items = sync_service.review_items(ctx.database())
    if args.json:
        print_json({"items": items})
        return 0
    if not items:
        say(tr("Nothing to decide."))
        return 0
    rows = []
    for item in items:
        if item["kind"] == "field":
            what = f'{table_label(item["table"])}.{item["column"]}'
            detail = " | ".join(scrub(json.dumps(v["value"], ensure_ascii=False)) for v in item["values"])
            rows.append([tr("conflict"), what, item["row_id"], detail])
        elif item["kind"] == "deleted_edit":
            rows.append([tr("edit of a deleted record"), table_label(item["table"]), item["row_id"], ", ".join(item["columns"])])
        elif item["kind"] == "duplicate_person":
            rows.append([tr("possible duplicate"), item["name"], " ".join(item["row_ids"]), item["village"] or ""])
        elif item["kind"] == "duplicate_record":
            rows.append([tr("entered twice"), f'{table_label(item["table"])} ({item["ledger"]})', " ".join(item["row_ids"]), str(item["label"] or "")])
        elif item["kind"] == "fork":
            rows.append([tr("refused fork"), item["device_name"], f'{item["first"]}-{item["last"]}',
                         tr("%1 changes in %2, which contradict changes already held", item["count"], item["file"] or "")])
        else:
            rows.append([tr("quarantined bundle"), str(item["log_id"]), item["file"] or "", item["reason"] or ""])
    say(table_text([tr("kind"), tr("what"), tr("record"), tr("details")], rows))
    return 0


def cmd_resolve(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        value = json.loads(args.value)
    except ValueError:
        value = args.value
    sync_service.resolve_field(ctx.database(), args.table, args.row, args.column, value)
    say(tr("Settled %1.%2 of %3.", args.table, args.column, args.row))
    return 0


def cmd_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    sync_service.restore_record(ctx.database(), args.table, args.row)
    say(tr("Restored %1 %2; the edits made elsewhere are kept.", args.table, args.row))
    return 0


def cmd_merge(args: argparse.Namespace, ctx: CliContext) -> int:
    keep = sync_service.merge_persons(ctx.database(), args.ids)
    say(tr("Merged into %1.", keep))
    return 0


def cmd_merge_records(args: argparse.Namespace, ctx: CliContext) -> int:
    keep = sync_service.merge_records(ctx.database(), args.kind, args.ids)
    say(tr("Merged into %1.", keep))
    return 0


def cmd_accept(args: argparse.Namespace, ctx: CliContext) -> int:
    report = sync_service.accept_quarantined(ctx.database(), args.log_id)
    say(tr("%1: %2; %3 ops, %4 new.", report.file, tr(STATUS[report.status]), report.ops_total, report.ops_new))
    return EXIT_USER_ERROR if report.status == "rejected" else 0


def cmd_reject(args: argparse.Namespace, ctx: CliContext) -> int:
    sync_service.reject_quarantined(ctx.database(), args.log_id)
    return 0


def cmd_dump(args: argparse.Namespace, ctx: CliContext) -> int:
    write_dump(ctx.database(), sys.stdout)  # streamed: flat memory at any size
    return 0
