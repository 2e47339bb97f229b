"""lishui report monthly|signin|roster|placements|pairings: the printed forms as PDF."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from lishui_desktop.cli.common import CliContext, actions, command, say
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, fill, translate
from lishui_desktop.domain.validation import parse_date
from lishui_desktop.services.reports import ReportError, ReportRequest, generate

CTX = "ReportError"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    forms = actions(sub, "report", translate("CliHelp", "print a form as PDF"), dest="report_form", on_server=True)
    m = command(forms, "monthly", translate(
        "CliHelp", "monthly sheet of a county, or of every county (--all)"), cmd_monthly)
    which = m.add_mutually_exclusive_group(required=True)
    which.add_argument("--county", metavar="NAME", help=translate(
        "CliHelp", "Lishui county (or its Sichuan partner)"))
    which.add_argument("--all", action="store_true", help=translate(
        "CliHelp", "consolidated sheet of every county"))
    m.add_argument("--month", required=True, metavar="YYYY-MM", help=translate(
        "CliHelp", "the month, e.g. 2019-10"))
    _common(m, full_ids=True)

    for name, text in (("signin", translate("CliHelp", "sign-in sheet of a training session")),
                       ("roster", translate("CliHelp", "roster of a training session"))):
        s = command(forms, name, text, cmd_session, form=name)
        s.add_argument("--session", required=True, metavar="ID", help=translate(
            "CliHelp", "session id (or a unique prefix)"))
        _common(s, full_ids=True)

    r = command(forms, "placements", translate(
        "CliHelp", "labor placement register of a county for a period"), cmd_placements)
    r.add_argument("--county", required=True, metavar="NAME", help=translate("CliHelp", "the Lishui county"))
    r.add_argument("--from", dest="date_from", required=True, metavar="DATE", help=translate(
        "CliHelp", "the period's first day"))
    r.add_argument("--to", dest="date_to", required=True, metavar="DATE", help=translate(
        "CliHelp", "the period's last day"))
    _common(r, full_ids=True)

    a = command(forms, "pairings", translate("CliHelp", "pairing list laid out as the seed's annex"),
                cmd_pairings)
    _common(a, full_ids=False)


def _common(p: argparse.ArgumentParser, full_ids: bool) -> None:
    p.add_argument("--out", required=True, metavar="FILE.pdf", help=translate("CliHelp", "the PDF file to write"))
    if full_ids:
        p.add_argument("--full-ids", action="store_true", help=translate(
            "CliHelp", "print full resident IDs and phones (recorded)"))


def parse_month(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{4})[-/.年](\d{1,2})月?\s*", text or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ReportError(QT_TRANSLATE_NOOP("ReportError", "Not a month: %1 (write it as 2019-03)"), text)
    return int(match.group(1)), int(match.group(2))


def _run(ctx: CliContext, request: ReportRequest) -> int:
    result = generate(ctx.database(), request)
    say(fill(translate("Cli", "Wrote %1"), result.path))
    if result.full_ids:
        say(translate("Cli", "Full IDs and phones were printed; this was recorded in the audit log."))
    return 0


def cmd_monthly(args: argparse.Namespace, ctx: CliContext) -> int:
    year, month = parse_month(args.month)
    county = None if args.all else args.county
    return _run(ctx, ReportRequest("monthly", Path(args.out), county=county, year=year, month=month,
                                   full_ids=args.full_ids))


def cmd_session(args: argparse.Namespace, ctx: CliContext) -> int:
    return _run(ctx, ReportRequest(args.form, Path(args.out), session_id=args.session.strip(),
                                   full_ids=args.full_ids))


def cmd_placements(args: argparse.Namespace, ctx: CliContext) -> int:
    return _run(ctx, ReportRequest("placements", Path(args.out), county=args.county,
                                   date_from=parse_date(args.date_from), date_to=parse_date(args.date_to),
                                   full_ids=args.full_ids))


def cmd_pairings(args: argparse.Namespace, ctx: CliContext) -> int:
    return _run(ctx, ReportRequest("pairings", Path(args.out)))
