"""`lishui places list|add|rename|merge|retire`: places as the office edits them (synced).

A place is named by its id, name, code or full name (or a former name or code). list --json:
{"places": [{"id", "name", "code", "full_name", "side", "level", "parent", "retired_on",
"history": [{"name", "code", "full_name", "until"}]}]}.
"""

from __future__ import annotations

import argparse

from lishui_desktop.cli.common import (
    CliContext,
    actions,
    command,
    print_json,
    say,
    table_text,
)
from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.domain.place_names import former_text
from lishui_desktop.services import places
from lishui_desktop.services.places import LEVELS, SIDES, PlaceInfo


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = actions(sub, "places", translate("CliHelp", "list, add, rename, merge and retire places"), on_server=True)
    level = fill(translate("CliHelp", "the level: %1"), ", ".join(LEVELS))
    side = translate("CliHelp", "lishui or sichuan")
    place = translate("CliHelp", "the place: its name, full name or code")
    ls = command(group, "list", translate(
        "CliHelp", "the places (counties, towns, villages, schools, hospitals)"), run_list, json=True)
    ls.add_argument("--level", help=level)
    ls.add_argument("--side", help=side)
    add = command(group, "add", translate("CliHelp", "a new place"), run_add)
    add.add_argument("name", help=translate("CliHelp", "its name, e.g. 嘉川镇"))
    add.add_argument("--level", required=True, help=level)
    add.add_argument("--side", required=True, help=side)
    add.add_argument("--code", help=translate(
        "CliHelp", "GB/T 2260 code (6 digits for a county, 9 for a town, 12 for a village)"))
    add.add_argument("--parent", help=translate(
        "CliHelp", "the place it belongs to (a town's county, a county's city)"))
    add.add_argument("--full-name", help=translate(
        "CliHelp", "e.g. 四川省广元市旺苍县 (default: the parent's and the name)"))
    rename = command(group, "rename", translate(
        "CliHelp", "a new name or code (the old ones are kept in its history)"), run_rename)
    rename.add_argument("place", help=place)
    rename.add_argument("--name", help=translate("CliHelp", "the new name"))
    rename.add_argument("--code", help=translate("CliHelp", "the new code"))
    rename.add_argument("--full-name", help=translate("CliHelp", "the new full name"))
    rename.add_argument("--on", metavar="DATE", help=translate("CliHelp", "the day of the change (default today)"))
    merge = command(group, "merge", translate("CliHelp", "a place joins another (its records move)"), run_merge)
    merge.add_argument("place", help=place)
    merge.add_argument("--into", required=True, metavar="PLACE", help=translate(
        "CliHelp", "the place it joins"))
    merge.add_argument("--on", metavar="DATE", help=translate("CliHelp", "the day of the merger (default today)"))
    retire = command(group, "retire", translate(
        "CliHelp", "no longer offered for new records (records stay)"), run_retire)
    retire.add_argument("place", help=place)
    retire.add_argument("--on", metavar="DATE", help=translate("CliHelp", "from this day (default today)"))
    retire.add_argument("--undo", action="store_true", help=translate("CliHelp", "offer it again"))


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
        [translate("Cli", "Name"), translate("Cli", "Code"), translate("Cli", "Side"), translate("Cli", "Level"), translate("Cli", "Belongs to"), translate("Cli", "Retired"), translate("Cli", "Former names"), "ID"],
        [[p.name, p.code or "", translate("Places", SIDES[p.side]) if p.side in SIDES else p.side,
          translate("Places", LEVELS.get(p.level, p.level)), p.parent_name or "",
          p.retired_on.isoformat() if p.retired_on else "",
          former_text(p.history, p.name, p.code), p.id] for p in rows]))
    return None


def run_add(args: argparse.Namespace, ctx: CliContext) -> int | None:
    pid = places.add_place(ctx.database(), args.name, args.level, args.side, args.code, args.parent, args.full_name)
    say(fill(translate("Cli", "Place added: %1 (%2)"), args.name, pid))
    return None


def run_rename(args: argparse.Namespace, ctx: CliContext) -> int | None:
    info = places.rename_place(ctx.database(), args.place, args.name, args.code, args.full_name, args.on)
    if args.name is None and args.code is None:
        say(fill(translate("Cli", "The full name of %1 is now %2."), info.name, info.full_name or "-"))
    else:
        say(fill(translate("Cli", "%1 is now %2 (%3)."), args.place, info.name, info.code or "-"))
    return None


def run_merge(args: argparse.Namespace, ctx: CliContext) -> int | None:
    places.merge_place(ctx.database(), args.place, args.into, args.on)
    say(fill(translate("Cli", "%1 merged into %2."), args.place, args.into))
    return None


def run_retire(args: argparse.Namespace, ctx: CliContext) -> int | None:
    info = places.retire_place(ctx.database(), args.place, args.on, args.undo)
    say(fill(translate("Cli", "%1 is offered again."), info.name) if args.undo else fill(translate("Cli", "%1 retired from %2."), info.name,
                                                                     str(info.retired_on)))
    return None
