"""`lishui targets list|rules|add|change|end|add-year`: the targets (考核指标) as the office edits them.

A row is named by its id, or by its target id with `--scope` and `--year` when that is one
row. `add` of a new target id takes `--rule` (e.g. "sum events.amount kind=sale") and
`--measure` (its name). list --json: {"targets": [{"id", "key", "area", "measure", "scope",
"year_from", "year_to", "threshold", "unit", "wording", "rule"}]} (rule in the text form).
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
from lishui_desktop.domain.counting import LEDGERS, MONEY_UNITS
from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.services import progress, targets
from lishui_desktop.services.targets import SCOPES, TargetInfo


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = actions(sub, "targets", translate(
        "CliHelp", "list, add, change and end targets and their counting rules"), on_server=True)
    first, last = translate("CliHelp", "first year"), translate("CliHelp", "last year (default: the first)")
    threshold, unit = translate("CliHelp", "the target value"), fill(
        translate("CliHelp", "the unit: %1 (or 个, 人, 人次, 元, 万元, 次, 家)"), ", ".join(progress.UNITS))
    measure, wording = translate("CliHelp", "the target's name"), translate(
        "CliHelp", "the words of the document that sets it")
    rule = translate("CliHelp", 'counting rule, e.g. "sum events.amount kind=sale" (see targets rules)')
    ls = command(group, "list", translate("CliHelp", "the target rows (of one year)"), run_list, json=True)
    ls.add_argument("--year", type=int, help=translate("CliHelp", "only the rows that apply to this year"))
    command(group, "rules", translate("CliHelp", "the ledgers, filters and fields a counting rule may use"),
            run_rules)
    add = command(group, "add", translate(
        "CliHelp", "a new target row (a new target id needs --rule and --measure)"), run_add)
    add.add_argument("key", help=translate(
        "CliHelp", "target id, e.g. training.wealth_leaders or industry.consumer_sales"))
    add.add_argument("--scope", required=True, help=translate(
        "CliHelp", "county (each county), city (市本级) or total (全市)"))
    add.add_argument("--from", dest="year_from", type=int, required=True, metavar="YEAR", help=first)
    add.add_argument("--to", dest="year_to", type=int, metavar="YEAR", help=last)
    add.add_argument("--threshold", type=int, required=True, help=threshold)
    add.add_argument("--unit", help=unit)
    add.add_argument("--measure", help=measure)
    add.add_argument("--wording", help=wording)
    add.add_argument("--rule", help=rule)
    change = command(group, "change", translate(
        "CliHelp", "change a row's threshold, years, unit, name, wording or rule"), run_change)
    _select_args(change)
    change.add_argument("--threshold", type=int, help=threshold)
    change.add_argument("--from", dest="year_from", type=int, metavar="YEAR", help=first)
    change.add_argument("--to", dest="year_to", type=int, metavar="YEAR", help=last)
    change.add_argument("--unit", help=unit)
    change.add_argument("--measure", help=measure)
    change.add_argument("--wording", help=wording)
    change.add_argument("--rule", help=rule)
    end = command(group, "end", translate("CliHelp", "the row no longer applies after a year"), run_end)
    _select_args(end)
    end.add_argument("--after", type=int, required=True, metavar="YEAR", help=translate(
        "CliHelp", "the last year it applies to"))
    year = command(group, "add-year", translate("CliHelp", "targets for a year copied from the year before"),
                   run_add_year)
    year.add_argument("year", type=int, help=translate("CliHelp", "the new year, e.g. 2020"))


def _select_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("target", help=translate("CliHelp", "row id, or target id with --scope and --year"))
    p.add_argument("--scope", help=translate("CliHelp", "county (each county), city (市本级) or total (全市)"))
    p.add_argument("--year", type=int, help=translate("CliHelp", "a year the row applies to"))


def _scope(text: str | None) -> str | None:
    return None if text is None else targets.scope_code(text)


def _select(ctx: CliContext, args: argparse.Namespace) -> TargetInfo:
    rows = targets.list_targets(ctx.database())
    found = [t for t in rows if t.id == args.target]
    if not found:
        scope = _scope(args.scope)
        found = [t for t in rows if t.key == args.target and scope in (None, t.scope)
                 and (args.year is None or t.year_from <= args.year <= t.year_to)]
    if len(found) != 1:
        raise targets.TargetError(
            targets.NO_ROW if not found else targets.MANY_ROWS, args.target)
    return found[0]


def _json(t: TargetInfo) -> dict[str, object]:
    return {"id": t.id, "key": t.key, "area": t.area, "measure": t.measure, "scope": t.scope,
            "year_from": t.year_from, "year_to": t.year_to, "threshold": t.threshold, "unit": t.unit,
            "wording": t.wording, "rule": t.rule_text()}


def run_list(args: argparse.Namespace, ctx: CliContext) -> int | None:
    rows = targets.list_targets(ctx.database(), args.year)
    if args.json:
        print_json({"targets": [_json(t) for t in rows]})
        return None
    measures = progress.target_measures(ctx.database())
    say(table_text(
        [translate("Cli", "Target"), translate("Cli", "Scope"), translate("Cli", "From"), translate("Cli", "To"), translate("Cli", "Target value"), translate("Cli", "Unit"), translate("Cli", "Counting rule"), "ID"],
        [[progress.target_label(t.key, measures), translate("Targets", SCOPES.get(t.scope, t.scope)), t.year_from,
          t.year_to, t.threshold, progress.unit_label(t.unit), t.rule_text(), t.id] for t in rows]))
    return None


def run_rules(args: argparse.Namespace, ctx: CliContext) -> int | None:
    lines = [translate("Cli", "count LEDGER [FIELD=VALUE ...] [date=FIELD] [in_force] [min_months=N] [max_months=N] [distinct=WHAT]"),
             translate("Cli", "sum LEDGER.MONEY_FIELD [FIELD=VALUE ...] [date=FIELD] [deadline=MM-DD or YEAR:MM-DD,*:MM-DD]"),
             fill(translate("Cli", "A sum is shown in %1."), ", ".join(MONEY_UNITS)), ""]
    rows = [[name, translate("Targets", ledger.label), ", ".join(ledger.filters), ", ".join(ledger.dates),
             ", ".join(ledger.money), ", ".join(ledger.distinct), translate("Cli", "yes") if ledger.span else ""]
            for name, ledger in LEDGERS.items()]
    say("\n".join(lines) + table_text(
        [translate("Cli", "Ledger"), translate("Cli", "Name"), translate("Cli", "Filters"), translate("Cli", "Date fields"), translate("Cli", "Money fields"), translate("Cli", "Distinct"), "in_force"],
        rows))
    return None


def run_add(args: argparse.Namespace, ctx: CliContext) -> int | None:
    scope = _scope(args.scope) or ""
    row_id = targets.add_target(ctx.database(), args.key, scope, args.year_from, args.year_to or args.year_from,
                                args.threshold, targets.unit_code(args.unit), args.measure, args.wording, args.rule)
    say(fill(translate("Cli", "Target added: %1"), row_id))
    return None


def run_change(args: argparse.Namespace, ctx: CliContext) -> int | None:
    row = _select(ctx, args)
    new = targets.change_target(ctx.database(), row.id, threshold=args.threshold, year_from=args.year_from,
                                year_to=args.year_to, unit=targets.unit_code(args.unit), wording=args.wording, measure=args.measure,
                                rule=args.rule)
    say(fill(translate("Cli", "Target %1 changed: %2 to %3, %4 %5."), new.key, new.year_from, new.year_to, new.threshold,
           progress.unit_label(new.unit)))
    return None


def run_end(args: argparse.Namespace, ctx: CliContext) -> int | None:
    row = _select(ctx, args)
    targets.end_target(ctx.database(), row.id, args.after)
    say(fill(translate("Cli", "Target %1 ends after %2."), row.key, args.after))
    return None


def run_add_year(args: argparse.Namespace, ctx: CliContext) -> int | None:
    added = targets.add_year(ctx.database(), args.year)
    say(fill(translate("Cli", "%1 targets added for %2."), added, args.year))
    return None
