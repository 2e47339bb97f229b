"""lishui office move --to postgresql://… | --to FILE [--json]."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from lishui_desktop.cli.common import (
    EXIT_DAMAGED,
    CliContext,
    actions,
    command,
    print_json,
    say,
    with_new_passphrase,
)
from lishui_desktop.db.lock import InstanceLock
from lishui_desktop.db.server import is_server_url
from lishui_desktop.domain.i18n import fill, translate


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = actions(sub, "office", translate(
        "CliHelp", "the office's store: move it to a PostgreSQL server, or back to a file"))
    m = command(group, "move", translate(
        "CliHelp", "copy this office (or lead) store into an empty PostgreSQL database or a new "
        "database file, and prove the copy (dump --json of both equal)"), cmd_move, json=True, on_server=True)
    m.add_argument("--to", required=True, metavar="TARGET", help=translate(
        "CliHelp", "an empty PostgreSQL database's URL (postgresql://user@host/dbname), or a new "
        "database file"))


def cmd_move(args: argparse.Namespace, ctx: CliContext) -> int:
    from lishui_desktop.services import office_move

    target: str | Path = args.to.strip() if is_server_url(args.to) else Path(args.to)
    db = ctx.database()
    role = office_move.check_movable(db)
    office_move.check_target(target)
    if ctx.server_url is None:
        with InstanceLock(db.path):  # nobody writes the file while it is copied
            result, new_key = _move(db, target, role)
    else:
        result, new_key = _move(db, target, role)
    if args.json:
        print_json(result.as_json())
    elif result.equal:
        say(fill(translate("Cli", "The store %1 was copied to %2: %3 rows in %4 s."), result.source,
                 result.target, sum(result.rows.values()), f"{result.seconds:.1f}"))
        say(fill(translate("Cli", "Proved: the dump of both is the same (SHA-256 %1)."), result.source_sha256))
        say(fill(translate("Cli", "The original is unchanged; open the copy with --db %1 (the copy is a new "
                                  "life of this device: use one of them from now on)."), result.target))
    else:
        say(fill(translate("Cli", "The copy differs from the original (dump SHA-256 %1 here, %2 there); it "
                                  "was removed again. Nothing was changed here."),
                 result.source_sha256, result.target_sha256))
    if new_key is not None and result.equal:
        from lishui_desktop.cli.setup_cmds import encryption_note

        note = encryption_note(new_key.in_credential_store)
        if args.json:  # stdout holds the JSON alone
            sys.stderr.write(note + "\n")
        else:
            say(note)
    return 0 if result.equal else EXIT_DAMAGED


def _move(db, target, role):  # type: ignore[no-untyped-def]
    from lishui_desktop.services import database_key, encryption, office_move

    settings: dict[str, str] = {}
    new_key = None
    if not isinstance(target, str):  # a new file leaves the server's protection: encrypted, as a lead's
        given = encryption.stored_policy(db)
        policy = replace(encryption.policy_for_new_database(role), encrypt=True, office_key=given.office_key,
                         start_passphrase=given.start_passphrase)
        settings[encryption.POLICY_SETTING] = json.dumps(policy.as_json())
        if policy.encrypt:
            new_key = with_new_passphrase(
                policy, lambda passphrase: database_key.create_key(target, policy, passphrase)
            )
            settings[database_key.RECOVERY_SETTING] = new_key.recovery_code
    return office_move.move_store(db, target, settings), new_key
