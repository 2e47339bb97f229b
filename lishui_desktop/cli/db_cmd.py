"""lishui db status | encrypt | decrypt --out FILE | unlock [--office-db FILE] | passphrase | policy."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import replace
from pathlib import Path

from lishui_desktop.cli.common import (
    CliContext,
    actions,
    command,
    fail,
    print_json,
    say,
    with_new_passphrase,
    with_typed_secret,
)
from lishui_desktop.db.lock import InstanceLock
from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.services import database_key, encryption


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = actions(sub, "db", translate(
        "CliHelp", "encryption of the database file: status, encrypt, decrypt, unlock"))
    command(group, "status", translate("CliHelp", "is the database encrypted, and where is its key kept"),
            cmd_status, json=True)
    command(group, "encrypt", translate(
        "CliHelp", "encrypt a plain database (verified copy; plain file and backups removed)"), cmd_encrypt)
    d = command(group, "decrypt", translate("CliHelp", "write a plain copy for a support case (audited)"),
                cmd_decrypt)
    d.add_argument("--out", required=True, metavar="FILE", help=translate(
        "CliHelp", "the plain copy to write (a new file)"))
    u = command(group, "unlock", translate(
        "CliHelp", "open with the recovery code (or the office's key) and keep the key here"), cmd_unlock)
    u.add_argument("--office-db", metavar="FILE", help=translate(
        "CliHelp", "(office) open it with this office database's key"))
    command(group, "passphrase", translate(
        "CliHelp", "set a start passphrase (for a computer without a credential store)"), cmd_passphrase)
    pol = command(group, "policy", translate("CliHelp", "(office) what deployment files ask of new laptops"),
                  cmd_policy, json=True)
    pol.add_argument("--office-copy", choices=("on", "off"), help=translate(
        "CliHelp", "give the office a key to laptops' databases"))
    pol.add_argument("--start-passphrase", choices=("on", "off"), help=translate(
        "CliHelp", "a passphrase at each start instead of the credential store"))


def cmd_status(args: argparse.Namespace, ctx: CliContext) -> int:
    path = ctx.db_path
    if not path.exists():
        return fail(fill(translate("Cli", "There is no database at %1."), path))
    data = database_key.status(path)
    data["plain_backups"] = len(encryption.plain_backups(path)) if data["encrypted"] else None
    if args.json:
        print_json(data)
        return 0
    if not data["encrypted"]:
        say(fill(translate("Cli", "The database %1 is not encrypted. Encrypt it with: lishui db encrypt"), path))
        return 0
    where = (
        translate("Cli", "its key is in this computer's credential store")
        if data["credential_store"]
        else translate("Cli", "it opens with the start passphrase")
    )
    say(fill(translate("Cli", "The database %1 is encrypted (SQLCipher 4); %2."), path, where))
    extras = []
    if data["office_copy"]:
        extras.append(translate("Cli", "the office can open it with its key"))
    if data["start_passphrase"]:
        extras.append(translate("Cli", "a start passphrase is set"))
    if extras:
        say("; ".join(extras) + ".")
    return 0


def cmd_encrypt(args: argparse.Namespace, ctx: CliContext) -> int:
    path = ctx.db_path
    if database_key.status(path)["encrypted"]:
        return fail(fill(translate("Cli", "The database %1 is already encrypted."), path))
    if not path.exists():
        return fail(fill(translate("Cli", "There is no database at %1."), path))
    db = ctx.database()  # brings the schema up to date first, and reads the office's policy
    policy = replace(encryption.stored_policy(db), encrypt=True)
    ctx.close()
    with InstanceLock(path):
        done = with_new_passphrase(
            policy,
            lambda passphrase: encryption.encrypt_database(path, policy, passphrase, _progress),
        )
    say(
        fill(translate(
            "Cli", "The database %1 is encrypted: %2 backups encrypted, %3 plain files overwritten and removed."),
            path,
            done.backups_encrypted,
            done.plain_files_removed,
        )
    )
    from lishui_desktop.cli.setup_cmds import encryption_note

    say(encryption_note(done.in_credential_store))
    return 0


def _progress(done: int, total: int, label: str) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r{done}/{total} {label[:60]:<60}")
        if done == total:
            sys.stderr.write("\n")


def cmd_decrypt(args: argparse.Namespace, ctx: CliContext) -> int:
    out = Path(args.out)
    records = encryption.decrypt_copy(ctx.database(), out)
    say(
        fill(translate(
            "Cli", "A plain copy with %1 records was written to %2. It is NOT encrypted: give it only to "
            "the person handling the support case, and delete it afterwards. This was recorded."),
            records,
            out,
        )
    )
    return 0


def cmd_unlock(args: argparse.Namespace, ctx: CliContext) -> int:
    path = ctx.db_path
    if not path.exists():
        return fail(fill(translate("Cli", "There is no database at %1."), path))
    if args.office_db:
        _unlock_with_office(path, Path(args.office_db))
    else:
        ctx.unlocked_path()
    ctx.database()  # proves the key opens it
    if database_key.status(path)["credential_store"] and database_key.credential_store() is not None:
        say(translate("Cli", "The database opens; its key is now kept in this computer's credential store."))
    else:
        say(translate("Cli", "The database opens. Without a credential store it asks for the key at each start."))
    return 0


def _unlock_with_office(path: Path, office_path: Path) -> None:
    from lishui_desktop.db.database import Database
    from lishui_desktop.sync import keys

    if not office_path.exists():
        raise FileNotFoundError(2, "No such file", str(office_path))
    with_typed_secret(lambda secret: database_key.unlock_with_secret(office_path, secret))
    office = Database.open(office_path)
    try:
        if keys.is_protected(office) and not os.environ.get(keys.PASSPHRASE_ENV) and sys.stdin.isatty():
            private = keys.box_private(office, getpass.getpass(translate("Cli", "Office passphrase: ")))
        else:
            private = keys.box_private(office)
    finally:
        office.close()
    database_key.unlock_with_office_key(path, private)


def cmd_passphrase(args: argparse.Namespace, ctx: CliContext) -> int:
    path = ctx.db_path
    if not database_key.status(path)["encrypted"]:
        return fail(fill(translate("Cli", "The database %1 is not encrypted. Encrypt it with: lishui db encrypt"), path))
    ctx.unlocked_path()
    new = os.environ.get(database_key.PASSPHRASE_ENV)
    if not new:
        if not sys.stdin.isatty():
            return fail(translate("Cli", "Enter the new start passphrase (or set LISHUI_DB_PASSPHRASE)."))
        new = getpass.getpass(translate("Cli", "New start passphrase: "))
        if getpass.getpass(translate("Cli", "Once more: ")) != new:
            return fail(translate("Cli", "The two passphrases differ."))
    database_key.add_wraps(path, passphrase=new)
    say(translate("Cli", "The start passphrase is set; the recovery code still opens the database too."))
    return 0


def cmd_policy(args: argparse.Namespace, ctx: CliContext) -> int:
    db = ctx.database()
    policy = encryption.deployment_policy(db)
    if args.office_copy or args.start_passphrase:
        policy = encryption.set_deployment_policy(
            db,
            office_copy=None if args.office_copy is None else args.office_copy == "on",
            start_passphrase=None if args.start_passphrase is None else args.start_passphrase == "on",
        )
    if args.json:
        print_json(policy)
        return 0
    say(
        fill(translate(
            "Cli", "New laptops: office copy of the database key %1; start passphrase %2."),
            translate("Cli", "on") if policy["office_copy"] else translate("Cli", "off"),
            translate("Cli", "on") if policy["start_passphrase"] else translate("Cli", "off"),
        )
    )
    return 0
