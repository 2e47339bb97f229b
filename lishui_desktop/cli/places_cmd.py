"""`lishui places list|add|rename|merge|retire`: places as the office edits them (synced).

A place is named by its id, name, code or full name (or a former name or code). list --json:
{"places": [{"id", "name", "code", "full_name", "side", "level", "parent", "retired_on",
"history": [{"name", "code", "full_name", "until"}]}]}.
"""

from __future__ import annotations

import argparse

from lishui_desktop.cli.common import CliContext, print_json, say, table_text, tr
from lishui_desktop.domain.i18n import translate
from lishui_desktop.domain.place_names import former_text
from lishui_desktop.services import places
from lishui_desktop.services.places import LEVELS, SIDES, PlaceInfo


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("places", help="list, add, rename, merge and retire places")
    group = p.add_subparsers(dest="places_command", metavar="ACTION")
    group.required = True
    ls = group.add_parser("list", help="the places (counties, towns, villages, schools, hospitals)")
    ls.add_argument("--level", help=", ".join(LEVELS))
    ls.add_argument("--side", help="lishui or sichuan")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=run_list)
    add = group.add_parser("add", help="a new place")
    add.add_argument("name")
    add.add_argument("--level", required=True, help=", ".join(LEVELS))
    add.add_argument("--side", required=True, help="lishui or sichuan")
    add.add_argument("--code", help="GB/T 2260 code (6 digits for a county, 9 for a town, 12 for a village)")
    add.add_argument("--parent", help="the place it belongs to (a town's county, a county's city)")
    add.add_argument("--full-name", help="e.g. 四川省广元市旺苍县 (default: the parent's and the name)")
    add.set_defaults(handler=run_add)
    rename = group.add_parser("rename", help="a new name or code (the old ones are kept in its history)")
    rename.add_argument("place")
    rename.add_argument("--name")
    rename.add_argument("--code")
    rename.add_argument("--full-name")
    rename.add_argument("--on", help="the day of the change (default today)")
    rename.set_defaults(handler=run_rename)
    merge = group.add_parser("merge", help="a place joins another (its records move)")
    merge.add_argument("place")
    merge.add_argument("--into", required=True)
    merge.add_argument("--on", help="the day of the merger (default today)")
    merge.set_defaults(handler=run_merge)
    retire = group.add_parser("retire", help="no longer offered for new records (records stay)")
    retire.add_argument("place")
    retire.add_argument("--on", help="from this day (default today)")
    retire.add_argument("--undo", action="store_true", help="offer it again")
    retire.set_defaults(handler=run_retire)


def _json(p: PlaceInfo) -> dict[str, object]:
    return {"id": p.id, "name": p.name, "code": p.code, "full_name": p.full_name, "side": p.side, "level": p.level,
            "parent": p.parent_name, "retired_on": p.retired_on.isoformat() if p.retired_on else None,
            "history": p.history}


def run_list(args: argparse.Namespace, ctx: CliContext) -> int | None:
    level = places.level_code(args.level) if args.level else None
    side = places.side_code(args.side) if args.side else None
    rows = places.list_places(ctx.database(), level, side)
    if args.json:
        print_json({"places": [_json(p) for p in rows]})
        return None
    say(table_text(
        [tr("Name"), tr("Code"), tr("Side"), tr("Level"), tr("Belongs to"), tr("Retired"), tr("Former names"), "ID"],
        [[p.name, p.code or "", translate("Places", SIDES[p.side]) if p.side in SIDES else p.side,
          translate("Places", LEVELS.get(p.level, p.level)), p.parent_name or "",
          p.retired_on.isoformat() if p.retired_on else "",
          former_text(p.history, p.name, p.code), p.id] for p in rows]))
    return None


def run_add(args: argparse.Namespace, ctx: CliContext) -> int | None:
    pid = places.add_place(ctx.database(), args.name, args.level, args.side, args.code, args.parent, args.full_name)
    say(tr("Place added: %1 (%2)", args.name, pid))
    return None


def run_rename(args: argparse.Namespace, ctx: CliContext) -> int | None:
    info = places.rename_place(ctx.database(), args.place, args.name, args.code, args.full_name, args.on)
    if args.name is None and args.code is None:
        say(tr("The full name of %1 is now %2.", info.name, info.full_name or "-"))
    else:
        say(tr("%1 is now %2 (%3).", args.place, info.name, info.code or "-"))
    return None


def run_merge(args: argparse.Namespace, ctx: CliContext) -> int | None:
    places.merge_place(ctx.database(), args.place, args.into, args.on)
    say(tr("%1 merged into %2.", args.place, args.into))
    return None


def run_retire(args: argparse.Namespace, ctx: CliContext) -> int | None:
    info = places.retire_place(ctx.database(), args.place, args.on, args.undo)
    say(tr("%1 is offered again.", info.name) if args.undo else tr("%1 retired from %2.", info.name,
                                                                     str(info.retired_on)))
    return None
