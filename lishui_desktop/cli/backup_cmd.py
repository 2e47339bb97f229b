"""lishui backup create | backup list [--json] | backup restore ID | backup undo-import."""

from __future__ import annotations

import argparse

from lishui_desktop.cli.common import CliContext, actions, command, print_json, say, table_text
from lishui_desktop.db.lock import InstanceLock
from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.services import backup, recovery


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = actions(sub, "backup", translate("CliHelp", "create, list and restore verified backups"))
    command(group, "create", translate(
        "CliHelp", "back up the database now (SQLite backup API, verified; a PostgreSQL store: pg_dump, verified)"),
        cmd_create, on_server=True)
    command(group, "list", translate("CliHelp", "list the backups, newest first"), cmd_list, json=True,
            on_server=True)
    r = command(group, "restore", translate(
        "CliHelp", "restore a backup (the current database is kept as a backup)"), cmd_restore, on_server=True)
    r.add_argument("id", metavar="ID", help=translate(
        "CliHelp", "the backup's id, as `lishui backup list` shows it"))
    u = command(group, "undo-import", translate("CliHelp", "undo the last import from its pre-import backup"),
                cmd_undo_import, on_server=True)
    u.add_argument("--yes", action="store_true", help=translate(
        "CliHelp", "do it (without: only say what it would undo)"))


def cmd_create(args: argparse.Namespace, ctx: CliContext) -> int:
    db = ctx.database()  # opens (and migrates) first so the copy is of a current database
    if db.on_server:
        info = backup.back_up_now(db, "manual")
        say(fill(translate("Cli", "Backup %1 created (%2 bytes; pg_restore read it back whole and every table's "
                                  "rows were counted)."), info.id, info.size))
        return 0
    info = backup.create_backup(db.path, "manual")
    say(fill(translate("Cli", "Backup %1 created (%2 bytes, integrity check passed)."), info.id, info.size))
    return 0


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    items = backup.backups_of(ctx.database()) if ctx.server_url is not None else backup.list_backups(ctx.db_path)
    if args.json:
        print_json([b.as_json() for b in items])
        return 0
    if not items:
        say(translate("Cli", "There are no backups yet."))
        return 0
    rows: list[list[object]] = [
        [b.id, b.kind, b.created.strftime("%Y-%m-%d %H:%M:%S"), b.size] for b in items
    ]
    say(table_text([translate("Cli", "ID"), translate("Cli", "Kind"), translate("Cli", "Created"), translate("Cli", "Bytes")], rows))
    return 0


def cmd_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    if ctx.server_url is not None:
        kept = backup.restore_store(ctx.database(), args.id)
        assert kept is not None  # a server store's content is always kept first
        say(fill(translate("Cli", "Restored backup %1. The previous database was kept as backup %2."), args.id, kept.id))
        return 0
    path = ctx.unlocked_path()
    with InstanceLock(path):
        kept = backup.restore_file(path, args.id)
    if kept is not None:
        say(
            fill(translate("Cli", "Restored backup %1. The previous database was kept as backup %2."), args.id, kept.id)
        )
    else:
        say(fill(translate("Cli", "Restored backup %1."), args.id))
    return 0


def cmd_undo_import(args: argparse.Namespace, ctx: CliContext) -> int:
    db = ctx.database()
    preview = recovery.undo_preview(db)
    if preview is None:
        say(translate("Cli", "There is no import to undo."))
        return 0
    say(preview.statement())
    if not args.yes:
        say(translate("Cli", "Nothing was changed. Run again with --yes to undo the import."))
        return 0
    if db.on_server:
        recovery.undo_last_import(db)  # pg_restore in one transaction
    else:
        with InstanceLock(db.path):
            recovery.undo_last_import(db)
    say(translate("Cli", "The import was undone."))
    return 0
