"""lishui deployment export [--for NAME [--role ROLE]] --out FILE."""

from __future__ import annotations

import argparse
from pathlib import Path

from lishui_desktop.cli.common import CliContext, actions, command, role_option, say
from lishui_desktop.cli.devices_cmd import issue
from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.services.deployment import export_deployment


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = actions(sub, "deployment", translate("CliHelp", "the office's deployment file for new laptops"), on_server=True)
    e = command(group, "export", translate("CliHelp", "write a deployment file (key and reference data)"),
                cmd_export)
    e.add_argument("--for", dest="for_name", metavar="NAME", help=translate(
        "CliHelp", "the laptop it is for (e.g. 平昌-01): the office issues it"))
    role_option(e)
    e.add_argument("--out", required=True, metavar="FILE", help=translate(
        "CliHelp", "the deployment file to write"))


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.for_name:
        return issue(ctx, args.for_name, args.role, Path(args.out))
    path = export_deployment(ctx.database(), Path(args.out), None, args.role)
    say(fill(translate("Cli", "Wrote the deployment file %1. Keep it safe: it holds the deployment key."), path))
    return 0
