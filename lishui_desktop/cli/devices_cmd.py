"""lishui devices list | issue | renew | role | revoke: the office's identity actions."""

from __future__ import annotations

import argparse
from pathlib import Path

from lishui_desktop.cli.common import (
    CliContext,
    actions,
    command,
    print_json,
    role_option,
    say,
    table_text,
)
from lishui_desktop.domain.choices import ROLES, label
from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.services import issuing, trust
from lishui_desktop.services.deployment import export_deployment


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = actions(sub, "devices", translate(
        "CliHelp", "issued devices: list, issue, renew keys, revoke (office)"), on_server=True)
    command(group, "list", translate("CliHelp", "every issued device: role, issuer, issue time, revoked"),
            cmd_list, json=True)
    laptop = translate("CliHelp", "the laptop's name, e.g. 平昌-01")
    issue = command(group, "issue", translate("CliHelp", "issue a new laptop: its deployment file"), cmd_issue)
    issue.add_argument("name", metavar="NAME", help=laptop)
    role_option(issue)
    issue.add_argument("--out", required=True, metavar="FILE", help=translate(
        "CliHelp", "the deployment file for that laptop"))
    renew = command(group, "renew", translate("CliHelp", "new keys for a device: a key file it installs"),
                    cmd_renew)
    renew.add_argument("name", metavar="NAME", help=laptop)
    renew.add_argument("--out", required=True, metavar="FILE", help=translate(
        "CliHelp", "the key file for that laptop"))
    role = command(group, "role", translate(
        "CliHelp", "give an issued device another role; it takes it from the office's next bundle"), cmd_role)
    role.add_argument("name", metavar="NAME", help=laptop)
    role.add_argument("role", metavar="ROLE", choices=("field", "lead", "office"), help=translate(
        "CliHelp", "the new role: field (a field cadre's laptop), lead (a working-group lead) or office"))
    revoke = command(group, "revoke", translate(
        "CliHelp", "revoke a device (a lost laptop): its later changes are refused"), cmd_revoke)
    revoke.add_argument("name", metavar="NAME", help=laptop)
    revoke.add_argument("--yes", action="store_true", help=translate(
        "CliHelp", "do it (without: only say what it would do)"))


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    status = trust.key_status(ctx.database())
    if args.json:
        print_json({"devices": status["devices"]})
        return 0
    say(devices_table(status["devices"]))
    return 0


def devices_table(devices: list[dict]) -> str:  # type: ignore[type-arg]
    """The issued devices as `devices list` and `keys show` print them (roles in words)."""
    rows = [
        [d["name"], label(ROLES, d["role"]), d["serial"], d["issuer"] or "-", d["issued_at"] or "-",
         d["revoked_at"] or "-", d["sign_key_id"] or "-"]
        for d in devices
    ]
    return table_text([translate("Cli", "Device"), translate("Cli", "Role"), translate("Cli", "Serial"), translate("Cli", "Issued by"), translate("Cli", "Issued"),
                       translate("Cli", "Revoked"), translate("Cli", "Key")], rows)


def cmd_issue(args: argparse.Namespace, ctx: CliContext) -> int:
    return issue(ctx, args.name, args.role, Path(args.out))


def issue(ctx: CliContext, name: str, role: str, out: Path) -> int:
    """`devices issue` and `deployment export --for`: one action, one message (the role in words)."""
    path = export_deployment(ctx.database(), out, name, role)
    say(fill(translate("Cli", "Issued %1 (%2) and wrote its deployment file %3. Keep it safe: it holds its keys and the deployment key."),
           name, label(ROLES, role), path))
    return 0


def cmd_renew(args: argparse.Namespace, ctx: CliContext) -> int:
    db = ctx.database()
    issued = issuing.renew_keys(db, args.name)
    path = trust.write_key_file(db, Path(args.out), issued)
    say(fill(translate("Cli", "New keys issued to %1 (serial %2); on that laptop run: lishui keys install %3"),
           issued.certificate["name"], issued.certificate["serial"], path))
    return 0


def cmd_role(args: argparse.Namespace, ctx: CliContext) -> int:
    cert = issuing.change_role(ctx.database(), args.name, args.role)
    say(fill(translate("Cli", "%1 is now %2 (certificate serial %3). Send it a bundle: it takes the role from it."),
             cert["name"], label(ROLES, cert["role"]), cert["serial"]))
    return 0


def cmd_revoke(args: argparse.Namespace, ctx: CliContext) -> int:
    db = ctx.database()
    held = issuing.find_issued(db, args.name)
    if not args.yes:
        say(fill(translate("Cli", "This would revoke %1 for good: what the office holds of it stays, everything else it "
               "wrote or writes is refused everywhere. Run again with --yes to do it."), held["name"]))
        return 0
    issuing.revoke(db, args.name)
    say(fill(translate("Cli", "%1 is revoked. Send a bundle to every laptop so that they refuse it too."), held["name"]))
    return 0
