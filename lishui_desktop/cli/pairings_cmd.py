"""`lishui pairings renew PAIRING --start DATE [--end DATE] [--partner COUNTY] [--party NAME]`:
a new period of a pairing (a new record linked to the one it renews, which ends the day before).

PAIRING is a pairing id, or a Lishui (or Sichuan) county for its county pairing. --json prints
{"id", "renews", "start", "end"}.
"""

from __future__ import annotations

import argparse

from lishui_desktop.cli.common import CliContext, actions, command, print_json, say
from lishui_desktop.db.models import Pairing
from lishui_desktop.domain.formats import format_years as period_text
from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.services.pairing_periods import renew_pairing


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = actions(sub, "pairings", translate("CliHelp", "pairing periods: renew a pairing for a new period"), on_server=True)
    renew = command(group, "renew", translate(
        "CliHelp", "a new period of a pairing, with the same or a new partner"), run_renew, json=True)
    renew.add_argument("pairing", help=translate(
        "CliHelp", "a pairing id, or a county for its county pairing"))
    renew.add_argument("--start", required=True, metavar="DATE", help=translate(
        "CliHelp", "first day of the new period"))
    renew.add_argument("--end", metavar="DATE", help=translate("CliHelp", "last day of the new period"))
    renew.add_argument("--partner", help=translate("CliHelp", "a new Sichuan partner county"))
    renew.add_argument("--party", help=translate(
        "CliHelp", "the Sichuan side's name, if not the partner's full name"))
    renew.add_argument("--agreement", help=translate("CliHelp", "the agreement it rests on (its title)"))


def run_renew(args: argparse.Namespace, ctx: CliContext) -> int | None:
    db = ctx.database()
    new_id = renew_pairing(db, args.pairing, args.start, args.end, args.partner, args.party, args.agreement)
    with db.sessions() as session:
        new = session.get(Pairing, new_id)
        assert new is not None
        old = session.get(Pairing, new.renews_id) if new.renews_id else None
        if args.json:
            print_json({"id": new.id, "renews": new.renews_id, "start": new.start_date, "end": new.end_date})
            return None
        say(fill(translate("Cli", "New period %1 of %2 — %3 (renews %4, %5)."), period_text(new.start_date, new.end_date),
               new.lishui_party, new.sichuan_party, old.sichuan_party if old else "-",
               period_text(old.start_date, old.end_date) if old else "-"))
    return None
