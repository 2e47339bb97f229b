"""lishui deployment export [--for NAME [--role ROLE]] --out FILE."""

from __future__ import annotations

import argparse
from pathlib import Path

from lishui_desktop.cli.common import CliContext, say, tr
from lishui_desktop.services.deployment import export_deployment


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("deployment", help="the office's deployment file for new laptops")
    dsub = p.add_subparsers(dest="deployment_command", metavar="ACTION")
    dsub.required = True
    e = dsub.add_parser("export", help="write a deployment file (key and reference data)")
    e.add_argument("--for", dest="for_name", metavar="NAME", help="the laptop it is for: the office issues it")
    e.add_argument("--role", choices=("field", "lead", "office"), default="field",
                   help="the role the office issues it (with --for)")
    e.add_argument("--out", required=True)
    e.set_defaults(handler=cmd_export)


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    path = export_deployment(ctx.database(), Path(args.out), args.for_name, args.role)
    if args.for_name:
        say(tr("Issued %1 (%2) and wrote its deployment file %3. Keep it safe: it holds its keys and the deployment key.",
               args.for_name, args.role, path))
    else:
        say(tr("Wrote the deployment file %1. Keep it safe: it holds the deployment key.", path))
    return 0
