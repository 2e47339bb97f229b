"""lishui init | check | demo."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from lishui_desktop.cli.common import EXIT_DAMAGED, CliContext, command, fail, say
from lishui_desktop.db import cipher
from lishui_desktop.db.database import Database
from lishui_desktop.domain.choices import ROLES, label
from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.domain.text import join_sentences
from lishui_desktop.services import database_key, setup


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = command(sub, "init", translate("CliHelp", "create and stamp a database (device id, role)"), cmd_init,
                on_server=True)
    p.add_argument("--device-name", metavar="NAME", help=translate(
        "CliHelp", "name of this laptop, e.g. 平昌-01"))
    p.add_argument("--role", choices=setup.ROLES, help=translate(
        "CliHelp", "field (a field cadre's laptop, the default), lead or office; with --join the file decides"))
    p.add_argument("--user-name", metavar="NAME", help=translate(
        "CliHelp", "the person using this laptop (recorded in history)"))
    p.add_argument("--join", metavar="FILE", help=translate(
        "CliHelp", "deployment (enrolment) file from the office"))
    p.add_argument("--encrypt", action="store_true", help=translate(
        "CliHelp", "(office) encrypt a new office database too (field and lead ones always are)"))

    command(sub, "check", translate(
        "CliHelp", "quick_check, foreign_key_check and values changed outside the program; exit 1 if any"),
        cmd_check, on_server=True)

    p = command(sub, "demo", translate("CliHelp", "fill an empty database with realistic synthetic data"),
                cmd_demo, on_server=True)
    p.add_argument("--scale", type=float, default=1.0, help=translate(
        "CliHelp", "amount of data (1.0: about 20,000 records)"))
    p.add_argument("--seed", type=int, default=2018, help=translate(
        "CliHelp", "random seed (same seed, same data)"))


def cmd_init(args: argparse.Namespace, ctx: CliContext) -> int:
    from lishui_desktop.services.encryption import policy_for_new_database

    if ctx.server_url is not None:  # refused before anything is created on the server
        setup.check_role_for_store(args.role, on_server=True)
        if args.encrypt:
            return fail(translate("Cli", "A store on a PostgreSQL server is protected by the server; --encrypt is only for a database file."))
    deployment = None
    if args.join:
        from lishui_desktop.services.deployment import read_deployment

        deployment = read_deployment(Path(args.join).read_bytes())
    issued = deployment.get("issued") if deployment else None
    role = args.role or (issued.certificate["role"] if issued is not None else "field")  # the file decides
    policy = policy_for_new_database(role, deployment)
    ctx.new_policy = replace(policy, encrypt=policy.encrypt or args.encrypt)
    db = ctx.database()
    existed = setup.is_initialised(db)
    if args.join:
        from lishui_desktop.services.deployment import join_deployment

        info = join_deployment(db, args.join, device_name=args.device_name, role=args.role, user_name=args.user_name)
        if db.encrypted and policy.office_key is not None and not database_key.status(db.path)["office_copy"]:
            database_key.add_wraps(db.path, office_key=policy.office_key)
    else:
        info = setup.init_database(db, device_name=args.device_name, role=args.role or "field", user_name=args.user_name)
    if existed:
        say(fill(translate("Cli", "Database %1 was already set up: device %2 (%3), role %4."), db.location, info.name, info.device_id, label(ROLES, info.role)))
    else:
        say(fill(translate("Cli", "Database %1 created: device %2 (%3), role %4."), db.location, info.name, info.device_id, label(ROLES, info.role)))
    if ctx.new_key is not None:
        say(encryption_note(ctx.new_key.in_credential_store))
    return 0


def encryption_note(in_store: bool) -> str:
    """What a person must know about a database just encrypted."""
    if in_store:
        text = translate(
            "Cli", "The database is encrypted; its key is kept in this computer's credential store, so "
            "it opens without typing."
        )
    else:
        text = translate("Cli", "The database is encrypted; it opens with the start passphrase.")
    paper = translate(
        "Cli", "Print the recovery code now (lishui keys paper --out FILE) and lock the paper away: "
        "on another computer the database opens only with it."
    )
    return join_sentences(text, paper)


def cmd_check(args: argparse.Namespace, ctx: CliContext) -> int:
    from lishui_desktop.db.backup_file import integrity_ok

    if ctx.server_url is not None:
        return _check_server(ctx)
    path = ctx.db_path
    if not path.exists():
        return fail(fill(translate("Cli", "There is no database at %1."), path))
    ctx.unlocked_path()
    try:  # a key that does not open the file: its own sentence (what to do), not quick_check's
        cipher.connect(path, read_only=True).close()
    except cipher.WrongKey as exc:
        say(exc.text())
        return EXIT_DAMAGED
    except cipher.errors():
        pass  # damage: told below
    # read-only first: a damaged file is reported, never opened for writing or upgraded
    ok, first = integrity_ok(path, quick=True)
    if not ok:
        say(fill(translate("Cli", "Database %1 is damaged: quick_check says %2."), path, first))
        return EXIT_DAMAGED
    db = ctx.database()
    return _report_check(db, setup.check_database(db))


def _check_server(ctx: CliContext) -> int:
    """check on a PostgreSQL store: the server's own checks instead of the file's."""
    db = ctx.database()
    return _report_check(db, setup.check_database(db))


def _report_check(db: Database, result: setup.CheckResult) -> int:
    """What check found, one sentence each; exit 1 when anything is wrong."""
    if result.awaiting:  # not damage: the records they point at travel in another device's bundle
        pairs = ", ".join(fill(translate("Cli", "%1 → %2: %3"), child, parent, n) for child, parent, n in result.awaiting_pairs)
        say(fill(translate("Cli", "%1 records wait for related records from another device (%2); they arrive with its "
               "next bundle. This is not damage."), result.awaiting, pairs))
    if result.ok and db.on_server:
        say(fill(translate("Cli", "Store %1 is healthy (PostgreSQL's checks ok, no references without their record, nothing "
                 "changed outside the program)."), db.location))
        return 0
    if result.ok:
        say(fill(translate("Cli", "Database %1 is healthy (quick_check ok, no foreign key problems, nothing changed outside the program)."), db.location))
        return 0
    if (result.quick_check != "ok" or result.foreign_key_problems) and db.on_server:
        say(fill(translate("Cli", "Store %1 is damaged: PostgreSQL's checks say %2; %3 references without their record."),
                 db.location, result.quick_check, result.foreign_key_problems))
    elif result.quick_check != "ok" or result.foreign_key_problems:
        say(fill(translate("Cli", "Database %1 is damaged: quick_check says %2; %3 foreign key problems."), db.location, result.quick_check, result.foreign_key_problems))
    if result.outside_writes:
        say(fill(translate("Cli", "Database %1: %2 values were changed outside the program (another tool wrote them; they are not in the change log and will not sync):"), db.location, result.outside_writes))
        for drift in result.examples:
            where = f"{drift.table} {drift.row_id}"
            say("  " + (fill(translate("Cli", "%1: the whole record"), where) if drift.column is None else f"{where}: {drift.column}"))
        if result.outside_writes > len(result.examples):
            say("  " + fill(translate("Cli", "... and %1 more"), result.outside_writes - len(result.examples)))
    if result.changed_identities:
        say(fill(translate("Cli", "Database %1: the identities of %2 differ from what the office signed (the devices table was "
               "changed outside the program). Bundles are checked against the office's certificates, never "
               "against this table; ask the office for a new deployment file."), db.location,
               "、".join(result.changed_identities)))
    return EXIT_DAMAGED


def cmd_demo(args: argparse.Namespace, ctx: CliContext) -> int:
    import time

    from lishui_desktop.services.demo import fill_demo

    if not 0 < args.scale <= 50:
        return fail(translate("Cli", "--scale must be a number above 0 and at most 50."))
    db = ctx.database()
    started = time.perf_counter()
    counts = fill_demo(db, scale=args.scale, seed=args.seed)
    say(
        fill(translate(
            "Cli", "Demo data added to %1 in %2 s: %3 people, %4 trainees on %5 training sessions, "
            "%6 placements, %7 cadres, %8 events, %9 pairings."),
            db.location,
            f"{time.perf_counter() - started:.1f}",
            counts.get("persons", 0),
            counts.get("enrolments", 0),
            counts.get("training_sessions", 0),
            counts.get("placements", 0),
            counts.get("secondments", 0),
            counts.get("events", 0),
            counts.get("pairings", 0),
        )
    )
    return 0
