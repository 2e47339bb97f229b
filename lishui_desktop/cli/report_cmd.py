"""lishui report monthly|signin|roster|placements|pairings: the printed forms as PDF."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from lishui_desktop.cli.common import CliContext, say, tr
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.domain.validation import parse_date
from lishui_desktop.services.reports import ReportError, ReportRequest, generate

CTX = "ReportError"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("report", help="print a form as PDF")
    forms = p.add_subparsers(dest="report_form", metavar="FORM")
    forms.required = True

    m = forms.add_parser("monthly", help="monthly sheet of a county, or of every county (--all)")
    which = m.add_mutually_exclusive_group(required=True)
    which.add_argument("--county", metavar="NAME", help="Lishui county (or its Sichuan partner)")
    which.add_argument("--all", action="store_true", help="consolidated sheet of every county")
    m.add_argument("--month", required=True, metavar="YYYY-MM")
    _common(m, full_ids=True)
    m.set_defaults(handler=cmd_monthly)

    for name, text in (("signin", "sign-in sheet of a training session"), ("roster", "roster of a training session")):
        s = forms.add_parser(name, help=text)
        s.add_argument("--session", required=True, metavar="ID", help="session id (or a unique prefix)")
        _common(s, full_ids=True)
        s.set_defaults(handler=cmd_session, form=name)

    r = forms.add_parser("placements", help="labor placement register of a county for a period")
    r.add_argument("--county", required=True, metavar="NAME")
    r.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    r.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    _common(r, full_ids=True)
    r.set_defaults(handler=cmd_placements)

    a = forms.add_parser("pairings", help="pairing list laid out as the seed's annex")
    _common(a, full_ids=False)
    a.set_defaults(handler=cmd_pairings)


def _common(p: argparse.ArgumentParser, full_ids: bool) -> None:
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    if full_ids:
        p.add_argument("--full-ids", action="store_true", help="print full resident IDs and phones (recorded)")


def parse_month(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{4})[-/.年](\d{1,2})月?\s*", text or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ReportError(QT_TRANSLATE_NOOP(CTX, "Not a month: %1 (write it as 2019-03)"), text)
    return int(match.group(1)), int(match.group(2))


def _run(ctx: CliContext, request: ReportRequest) -> int:
    result = generate(ctx.database(), request)
    say(tr("Wrote %1", result.path))
    if result.full_ids:
        say(tr("Full IDs and phones were printed; this was recorded in the audit log."))
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
