"""lishui keys show | passphrase | paper | restore-paper | reply | register | allow-plain."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from lishui_desktop.cli.common import CliContext, print_json, say, table_text, tr
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.services import issuing, trust


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("keys", help="this computer's keys: passphrase, paper backup, known devices")
    group = p.add_subparsers(dest="keys_command", metavar="ACTION")
    group.required = True
    s = group.add_parser("show", help="key fingerprints of this computer and the known devices")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_show)
    group.add_parser(
        "passphrase", help="protect the decryption key with a passphrase"
    ).set_defaults(handler=cmd_passphrase)
    paper = group.add_parser("paper", help="write the private keys as text to print and lock away")
    paper.add_argument("--out", required=True)
    paper.set_defaults(handler=cmd_paper)
    restore = group.add_parser(
        "restore-paper", help="take the decryption key back from a paper backup"
    )
    restore.add_argument("file")
    restore.set_defaults(handler=cmd_restore_paper)
    reply = group.add_parser("reply", help="(laptop) write a reply file that registers this laptop")
    reply.add_argument("--out", required=True)
    reply.set_defaults(handler=cmd_reply)
    reg = group.add_parser("register", help="(office) issue a laptop from its reply file")
    reg.add_argument("file")
    reg.add_argument("--role", choices=("field", "lead", "office"), default="field")
    reg.set_defaults(handler=cmd_register)
    install = group.add_parser("install", help="(laptop) install the new keys the office issued (key file)")
    install.add_argument("file")
    install.set_defaults(handler=cmd_install)
    plain = group.add_parser("allow-plain", help="allow unencrypted bundles (trials only)")
    plain.add_argument("state", choices=("on", "off"))
    plain.set_defaults(handler=cmd_allow_plain)


def _passphrase(prompt: str, confirm: bool = False) -> str:
    value = os.environ.get("LISHUI_PASSPHRASE")
    if value:
        return value
    if not sys.stdin.isatty():
        raise UserError(
            QT_TRANSLATE_NOOP("Keys", "Enter the passphrase (or set LISHUI_PASSPHRASE).")
        )
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass(tr("Once more: ")) != value:
        raise UserError(QT_TRANSLATE_NOOP("Keys", "The two passphrases differ."))
    return value


def cmd_show(args: argparse.Namespace, ctx: CliContext) -> int:
    status = trust.key_status(ctx.database())
    if args.json:
        print_json(status)
        return 0
    say(
        tr(
            "This computer: signing key %1, encryption key %2.",
            status["sign_key_id"],
            status["box_key_id"],
        )
    )
    say(
        tr(
            "Passphrase protection: %1. Plain bundles allowed: %2.",
            status["protected"],
            status["plain_allowed"],
        )
    )
    rows = [
        [d["name"], d["role"], d["sign_key_id"] or "-", d["enrolled_at"] or "-"]
        for d in status["devices"]
    ]
    say(table_text([tr("Device"), tr("Role"), tr("Key"), tr("Enrolled")], rows))
    return 0


def cmd_passphrase(args: argparse.Namespace, ctx: CliContext) -> int:
    db = ctx.database()
    old = _passphrase(tr("Current passphrase: ")) if trust.keys.is_protected(db) else None
    new = os.environ.get("LISHUI_NEW_PASSPHRASE") or _passphrase(
        tr("New passphrase: "), confirm=True
    )
    trust.keys.set_passphrase(db, new, old)
    say(
        tr(
            "The decryption key is now protected by the passphrase. Keep a paper backup too (lishui keys paper)."
        )
    )
    return 0


def cmd_paper(args: argparse.Namespace, ctx: CliContext) -> int:
    db = ctx.database()
    passphrase = _passphrase(tr("Passphrase: ")) if trust.keys.is_protected(db) else None
    out = Path(args.out)
    trust.write_paper_backup(db, out, passphrase)
    say(tr("Paper backup written to %1. Print it, lock it away, then delete the file.", out))
    return 0


def cmd_restore_paper(args: argparse.Namespace, ctx: CliContext) -> int:
    db = ctx.database()
    trust.restore_paper_backup(db, Path(args.file).read_text(encoding="utf-8"))
    say(tr("The decryption key was restored from the paper backup."))
    return 0


def cmd_allow_plain(args: argparse.Namespace, ctx: CliContext) -> int:
    db = ctx.database()
    db.set_setting(trust.keys.ALLOW_PLAIN, "1" if args.state == "on" else "0")
    if args.state == "on":
        say(tr("Unencrypted bundles are now allowed on this computer. Use this only for trials."))
    else:
        say(tr("Only encrypted and signed bundles are accepted."))
    return 0


def cmd_reply(args: argparse.Namespace, ctx: CliContext) -> int:
    out = trust.write_reply(ctx.database(), Path(args.out))
    say(
        tr(
            "Reply file written to %1. Give it to the office (a USB stick is fine: it holds no secrets).",
            out,
        )
    )
    return 0


def cmd_register(args: argparse.Namespace, ctx: CliContext) -> int:
    name = trust.register_reply(ctx.database(), Path(args.file).read_bytes(), args.role)
    say(tr("The laptop %1 is registered; its bundles will be accepted.", name))
    return 0


def cmd_install(args: argparse.Namespace, ctx: CliContext) -> int:
    cert = issuing.install_key_file(ctx.database(), Path(args.file).read_bytes())
    say(tr("The new keys of %1 (serial %2) are installed.", cert["name"], cert["serial"]))
    return 0
