"""`lishui progress --year YYYY [--county NAME] [--month YYYY-MM] [--json]`: progress against targets."""

from __future__ import annotations

import argparse
import re

from lishui_desktop.cli.common import (
    CliContext,
    command,
    fail,
    print_json,
    say,
    table_text,
)
from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.services.progress import (
    ProgressReport,
    compute_progress,
    report_json,
    target_label,
    target_measures,
    unit_label,
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = command(sub, "progress", translate("CliHelp", "progress against the targets for a year"), run,
                json=True, on_server=True)
    p.add_argument("--year", required=True, help=translate("CliHelp", "year, e.g. 2019"))
    p.add_argument("--county", help=translate(
        "CliHelp", "a Lishui county, 市本级, 全市, or a paired Sichuan county"))
    p.add_argument("--month", metavar="YYYY-MM", help=translate(
        "CliHelp", "YYYY-MM: year to date at the end of that month, and what it added"))


def parse_year_month(year_text: str, month_text: str | None) -> tuple[int, int | None] | str:
    """(year, month) or the message of what is wrong."""
    if not re.fullmatch(r"\d{4}", year_text.strip()):
        return fill(translate("Cli", "not a year: %1 (use YYYY)"), year_text)
    year = int(year_text)
    if month_text is None:
        return year, None
    found = re.fullmatch(r"(\d{4})-(\d{1,2})", month_text.strip())
    if not found or not 1 <= int(found.group(2)) <= 12:
        return fill(translate("Cli", "not a month: %1 (use YYYY-MM)"), month_text)
    if int(found.group(1)) != year:
        return fill(translate("Cli", "the month %1 is not in the year %2"), month_text, year)
    return year, int(found.group(2))


def run(args: argparse.Namespace, ctx: CliContext) -> int | None:
    parsed = parse_year_month(args.year, args.month)
    if isinstance(parsed, str):
        return fail(parsed)
    year, month = parsed
    report = compute_progress(ctx.database(), year, county=args.county, month=month)
    if args.json:
        print_json(report_json(report))
        return None
    say(progress_text(report, target_measures(ctx.database())))
    return None


def progress_text(report: ProgressReport, measures: dict[str, str]) -> str:
    """The readable table: one line per target and scope."""
    if not report.rows:
        return fill(translate("Cli", "No targets for %1 (add them in the targets editor)."), report.year)
    headers = [translate("Cli", "County"), translate("Cli", "Partner"), translate("Cli", "Target"), translate("Cli", "Actual"), translate("Cli", "Target value"), translate("Cli", "Unit"), translate("Cli", "Met")]
    if report.month is not None:
        headers.insert(3, translate("Cli", "This month"))
    rows = []
    for r in report.rows:
        line: list[object] = [r.county, r.partner or "", target_label(r.target, measures), r.actual, r.threshold,
                              unit_label(r.unit), translate("Cli", "yes") if r.met else translate("Cli", "no")]
        if report.month is not None:
            line.insert(3, r.month_actual)
        rows.append(line)
    title = fill(translate("Cli", "Progress %1"), report.year) if report.month is None else fill(translate(
        "Cli", "Progress %1-%2 (year to date)"), report.year, f"{report.month:02d}")
    return title + "\n" + table_text(headers, rows)
