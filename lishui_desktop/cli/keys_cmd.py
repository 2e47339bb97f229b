"""lishui keys show | passphrase | paper | restore-paper | reply | register | allow-plain."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from lishui_desktop.cli.common import (
    CliContext,
    actions,
    command,
    print_json,
    role_option,
    say,
)
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, fill, translate
from lishui_desktop.services import issuing, trust


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = actions(sub, "keys", translate(
        "CliHelp", "this computer's keys: passphrase, paper backup, known devices"), on_server=True)
    command(group, "show", translate("CliHelp", "key fingerprints of this computer and the known devices"),
            cmd_show, json=True)
    command(group, "passphrase", translate("CliHelp", "protect the decryption key with a passphrase"),
            cmd_passphrase)
    paper = command(group, "paper", translate(
        "CliHelp", "write the private keys as text to print and lock away"), cmd_paper)
    paper.add_argument("--out", required=True, metavar="FILE", help=translate(
        "CliHelp", "the text file to write (print it, then delete it)"))
    restore = command(group, "restore-paper", translate(
        "CliHelp", "take the decryption key back from a paper backup"), cmd_restore_paper)
    restore.add_argument("file", help=translate("CliHelp", "the paper backup typed back into a text file"))
    reply = command(group, "reply", translate(
        "CliHelp", "(laptop) write a reply file that registers this laptop"), cmd_reply)
    reply.add_argument("--out", required=True, metavar="FILE", help=translate(
        "CliHelp", "the reply file to write; give it to the office"))
    reg = command(group, "register", translate("CliHelp", "(office) issue a laptop from its reply file"),
                  cmd_register)
    reg.add_argument("file", help=translate("CliHelp", "the reply file the laptop wrote"))
    role_option(reg)
    install = command(group, "install", translate(
        "CliHelp", "(laptop) install the new keys the office issued (key file)"), cmd_install)
    install.add_argument("file", help=translate("CliHelp", "the key file from the office"))
    plain = command(group, "allow-plain", translate("CliHelp", "allow unencrypted bundles (trials only)"),
                    cmd_allow_plain)
    plain.add_argument("state", choices=("on", "off"), help=translate(
        "CliHelp", "on: allow them; off: encrypted bundles only"))


def _passphrase(prompt: str, confirm: bool = False) -> str:
    value = os.environ.get("LISHUI_PASSPHRASE")
    if value:
        return value
    if not sys.stdin.isatty():
        raise UserError(
            QT_TRANSLATE_NOOP("Keys", "Enter the passphrase (or set LISHUI_PASSPHRASE)."), context="Keys"
        )
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass(translate("Cli", "Once more: ")) != value:
        raise UserError(QT_TRANSLATE_NOOP("Keys", "The two passphrases differ."), context="Keys")
    return value


def cmd_show(args: argparse.Namespace, ctx: CliContext) -> int:
    status = trust.key_status(ctx.database())
    if args.json:
        print_json(status)
        return 0
    say(
        fill(translate(
            "Cli", "This computer: signing key %1, encryption key %2."),
            status["sign_key_id"],
            status["box_key_id"],
        )
    )
    say(
        fill(translate(
            "Cli", "Passphrase protection: %1. Plain bundles allowed: %2."),
            translate("Cli", "Yes") if status["protected"] else translate("Cli", "No"),
            translate("Cli", "Yes") if status["plain_allowed"] else translate("Cli", "No"),
        )
    )
    from lishui_desktop.cli.devices_cmd import devices_table

    say(devices_table(status["devices"]))  # the same table as `lishui devices list`
    return 0


def cmd_passphrase(args: argparse.Namespace, ctx: CliContext) -> int:
    db = ctx.database()
    old = _passphrase(translate("Cli", "Current passphrase: ")) if trust.keys.is_protected(db) else None
    new = os.environ.get("LISHUI_NEW_PASSPHRASE") or _passphrase(
        translate("Cli", "New passphrase: "), confirm=True
    )
    trust.keys.set_passphrase(db, new, old)
    say(
        translate(
            "Cli", "The decryption key is now protected by the passphrase. Keep a paper backup too (lishui keys paper)."
        )
    )
    return 0


def cmd_paper(args: argparse.Namespace, ctx: CliContext) -> int:
    db = ctx.database()
    passphrase = _passphrase(translate("Cli", "Passphrase: ")) if trust.keys.is_protected(db) else None
    out = Path(args.out)
    trust.write_paper_backup(db, out, passphrase)
    say(fill(translate("Cli", "Paper backup written to %1. Print it, lock it away, then delete the file."), out))
    return 0


def cmd_restore_paper(args: argparse.Namespace, ctx: CliContext) -> int:
    db = ctx.database()
    trust.restore_paper_backup(db, Path(args.file).read_text(encoding="utf-8"))
    say(translate("Cli", "The decryption key was restored from the paper backup."))
    return 0


def cmd_allow_plain(args: argparse.Namespace, ctx: CliContext) -> int:
    db = ctx.database()
    db.set_setting(trust.keys.ALLOW_PLAIN, "1" if args.state == "on" else "0")
    if args.state == "on":
        say(translate("Cli", "Unencrypted bundles are now allowed on this computer. Use this only for trials."))
    else:
        say(translate("Cli", "Only encrypted and signed bundles are accepted."))
    return 0


def cmd_reply(args: argparse.Namespace, ctx: CliContext) -> int:
    out = trust.write_reply(ctx.database(), Path(args.out))
    say(
        fill(translate(
            "Cli", "Reply file written to %1. Give it to the office (a USB stick is fine: it holds no secrets)."),
            out,
        )
    )
    return 0


def cmd_register(args: argparse.Namespace, ctx: CliContext) -> int:
    name = trust.register_reply(ctx.database(), Path(args.file).read_bytes(), args.role)
    say(fill(translate("Cli", "The laptop %1 is registered; its bundles will be accepted."), name))
    return 0


def cmd_install(args: argparse.Namespace, ctx: CliContext) -> int:
    cert = issuing.install_key_file(ctx.database(), Path(args.file).read_bytes())
    say(fill(translate("Cli", "The new keys of %1 (serial %2) are installed."), cert["name"], cert["serial"]))
    return 0
