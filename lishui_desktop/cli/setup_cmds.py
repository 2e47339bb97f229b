"""lishui init | check | demo."""

from __future__ import annotations

import argparse

from lishui_desktop.cli.common import EXIT_DAMAGED, CliContext, say, tr
from lishui_desktop.services import setup


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help="create and stamp a database (device id, role)")
    p.add_argument("--device-name", help="name of this laptop, e.g. 平昌-01")
    p.add_argument("--role", choices=setup.ROLES, default="field")
    p.add_argument("--user-name", help="the person using this laptop (recorded in history)")
    p.add_argument("--join", metavar="FILE", help="deployment (enrolment) file from the office")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("check", help="quick_check and foreign_key_check; exit 1 if damaged")
    p.set_defaults(handler=cmd_check)


def cmd_init(args: argparse.Namespace, ctx: CliContext) -> int:
    db = ctx.database()
    existed = setup.is_initialised(db)
    if args.join:
        from lishui_desktop.services.deployment import join_deployment

        info = join_deployment(db, args.join, device_name=args.device_name, role=args.role, user_name=args.user_name)
    else:
        info = setup.init_database(db, device_name=args.device_name, role=args.role, user_name=args.user_name)
    if existed:
        say(tr("Database %1 was already set up: device %2 (%3), role %4.", db.path, info.name, info.device_id, info.role))
    else:
        say(tr("Database %1 created: device %2 (%3), role %4.", db.path, info.name, info.device_id, info.role))
    return 0


def cmd_check(args: argparse.Namespace, ctx: CliContext) -> int:
    db = ctx.database()
    result = setup.check_database(db)
    if result.ok:
        say(tr("Database %1 is healthy (quick_check ok, no foreign key problems).", db.path))
        return 0
    say(tr("Database %1 is damaged: quick_check says %2; %3 foreign key problems.", db.path, result.quick_check, result.foreign_key_problems))
    return EXIT_DAMAGED
