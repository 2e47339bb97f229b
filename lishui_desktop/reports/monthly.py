"""月报表: the monthly sheet of a Lishui county, or consolidated for every county."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.reports.chart import completion_chart
from lishui_desktop.reports.data import MonthlySheet, TargetLine
from lishui_desktop.reports.fmt import (
    date_text,
    month_bounds,
    month_text,
    number,
    short_date,
    short_span,
    span_text,
    yes_no,
    yuan,
)
from lishui_desktop.reports.layout import (
    Styles,
    WithLast,
    frame_width,
    grid,
    info_block,
    para,
    plain,
    render,
    scale,
    styles,
)
from lishui_desktop.reports.layout import heading as heading_


def monthly_pdf(sheet: MonthlySheet) -> bytes:
    """The PDF of a monthly sheet: header, targets with chart, the month's work, signatures."""
    wide = sheet.consolidated
    width = frame_width(wide)
    sty = styles()
    title = fill(translate("Reports", "East-West cooperation monthly report: %1"), sheet.county)
    story: list[Flowable] = [para(title, sty.title), _header(sheet, width, sty)]
    story += _targets(sheet, width, sty)
    story += _section(translate("Reports", "2. Pairing activities and events this month"), _activities(sheet, width, sty), sty)
    story += _section(translate("Reports", "3. Cadres on post"), _cadres(sheet, width, sty), sty)
    story += _section(translate("Reports", "4. Training sessions held this month"), _sessions(sheet, width, sty), sty)
    story += _section(translate("Reports", "5. New labor placements this month"), _placements(sheet, width, sty), sty)
    story += _section(translate("Reports", "6. Funds disbursed (year to date)"), _funds(sheet, width, sty), sty)
    # the signatures never alone on a page: the end of the last section goes over with them
    story.append(WithLast(story.pop(), [Spacer(1, 6 * mm), _signatures(width, sty)]))
    return render(
        story,
        title=title,
        is_landscape=wide,
        running_head=f"{title}  {month_text(sheet.year, sheet.month)}",
        footer_note=fill(translate("Reports", "Printed %1"), date_text(sheet.generated)),
    )


def _header(sheet: MonthlySheet, width: float, sty: Styles) -> Table:
    first, last = month_bounds(sheet.year, sheet.month)
    rows = [
        [fill(translate("Reports", "Reporting unit: %1"), sheet.unit), fill(translate("Reports", "County: %1"), sheet.county),
         fill(translate("Reports", "Paired county: %1"), sheet.partner)],
        [fill(translate("Reports", "Reporting period: %1"), month_text(sheet.year, sheet.month)),
         fill(translate("Reports", "Year to date: %1"), span_text(first.replace(month=1), last)), fill(translate("Reports", "Date: %1"), date_text(sheet.generated))],
    ]
    return info_block(rows, scale([1, 1.25, 1], width), sty, [("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)])


def _section(text: str, body: list[Flowable], sty: Styles) -> list[Flowable]:
    if not body:
        return [*heading_(text, sty), para(translate("Reports", "None this month."), sty.body)]
    return [*heading_(text, sty), *body]


def _targets(sheet: MonthlySheet, width: float, sty: Styles) -> list[Flowable]:
    lines = sheet.targets
    header = [translate("Reports", "No."), translate("Reports", "Target"), translate("Reports", "Unit"), translate("Reports", "This month"), translate("Reports", "Year to date"), translate("Reports", "Target value"), translate("Reports", "Gap"), translate("Reports", "Met")]
    shares = [0.5, 3.1, 1.0, 1, 1.1, 1.1, 1, 0.7]
    align = ["CENTER", "LEFT", "CENTER", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "CENTER"]
    if sheet.consolidated:
        header.insert(1, translate("Reports", "County"))
        shares.insert(1, 1.6)
        align.insert(1, "LEFT")
    rows = []
    for n, line in enumerate(lines, start=1):
        row = [n, line.label, _unit(line.unit), number(line.month_actual), number(line.actual),
               number(line.threshold), number(line.gap), yes_no(line.met)]
        if sheet.consolidated:
            row.insert(1, f"{line.county}（{line.partner}）" if line.partner else line.county)
        rows.append(row)
    heading = heading_(translate("Reports", "1. Targets: this month and year to date"), sty)
    if not rows:
        return [*heading, para(translate("Reports", "No targets for this year."), sty.body)]
    met = sum(1 for line in lines if line.met)
    summary = para(fill(translate("Reports", "%1 of %2 targets met so far this year."), met, len(lines)), sty.body)
    labels, percents = _chart_values(lines)
    chart = completion_chart(labels, percents, min(width, 170 * mm), translate("Reports", "Year-to-date completion of each target (%)"))
    return [*heading, grid(header, rows, scale(shares, width), align=align, sty=sty), Spacer(1, 2 * mm), summary,
            Spacer(1, 2 * mm), chart]


def _chart_values(lines: list[TargetLine]) -> tuple[list[str], list[float]]:
    """Percent completion per target; summed over counties on the consolidated sheet."""
    totals: dict[str, list[int]] = {}
    for line in lines:
        actual, threshold = totals.setdefault(line.label, [0, 0])
        totals[line.label] = [actual + line.actual, threshold + line.threshold]
    labels = list(totals)
    percents = [100.0 * a / t if t else (100.0 if a else 0.0) for a, t in totals.values()]
    return labels, percents


def _unit(code: str) -> str:
    names = {"person": translate("Reports", "persons"), "item": translate("Reports", "items"), "yuan": translate("Reports", "yuan"), "time": translate("Reports", "times"),
             "enterprise": translate("Reports", "firms"), "person_time": translate("Reports", "person-times")}
    return names.get(code, code)


def _activities(sheet: MonthlySheet, width: float, sty: Styles) -> list[Flowable]:
    if not sheet.activities:
        return []
    header = [translate("Reports", "Date"), translate("Reports", "County"), translate("Reports", "Kind"), translate("Reports", "Activity"), translate("Reports", "Place"), translate("Reports", "People")]
    rows = [[short_date(a.date), a.county, a.kind, a.title, a.place, a.people] for a in sheet.activities]
    return [grid(header, rows, scale([1.3, 1.1, 1.1, 3, 1.4, 1.8], width), sty=sty)]


def _cadres(sheet: MonthlySheet, width: float, sty: Styles) -> list[Flowable]:
    if not sheet.cadres:
        return []
    header = [translate("Reports", "No."), translate("Reports", "Name"), translate("Reports", "Level"), translate("Reports", "Home unit"), translate("Reports", "Post"), translate("Reports", "County"), translate("Reports", "Term")]
    rows = [[n, c.name, c.level, c.unit, c.post, c.county, short_span(c.start, c.end)]
            for n, c in enumerate(sheet.cadres, start=1)]
    return [grid(header, rows, scale([0.5, 1, 1.4, 1.6, 1.8, 0.9, 2.2], width), align=["CENTER"], sty=sty)]


def _sessions(sheet: MonthlySheet, width: float, sty: Styles) -> list[Flowable]:
    if not sheet.sessions:
        return []
    header = [translate("Reports", "No."), translate("Reports", "Session"), translate("Reports", "Category"), translate("Reports", "Organiser"), translate("Reports", "Dates"), translate("Reports", "Enrolled"), translate("Reports", "Attended"),
              translate("Reports", "Counted")]
    rows: list[list[object]] = [[n, s.title, s.category, s.organiser, short_span(s.start, s.end), s.enrolled, s.attended,
                                 s.counted] for n, s in enumerate(sheet.sessions, start=1)]
    rows.append(["", translate("Reports", "Total"), "", "", "", sum(s.enrolled for s in sheet.sessions),
                 sum(s.attended for s in sheet.sessions), sum(s.counted for s in sheet.sessions)])
    align = ["CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"]
    note = para(translate("Reports", "Counted: trainees this session adds to the training targets above (each person once a year "
                   "per category)."), sty.body)
    return [grid(header, rows, scale([0.5, 3, 1.3, 1.1, 2.2, 0.8, 0.8, 0.8], width), align=align, sty=sty),
            Spacer(1, 1 * mm), note]


def _placements(sheet: MonthlySheet, width: float, sty: Styles) -> list[Flowable]:
    if not sheet.placements:
        return []
    poor = sum(1 for p in sheet.placements if p.poor)
    counted = sum(1 for p in sheet.placements if p.counted)
    note = para(fill(translate("Reports", "%1 people placed this month, %2 of them from registered poor households."),
                   len(sheet.placements), poor) + " "
                + fill(translate("Reports", "%1 of them count for the labor target this month (marked ✓; each person once a year)."), counted),
                sty.body)
    if sheet.consolidated:  # every county's names would run to pages: a count per county
        return [note, Spacer(1, 2 * mm), _placement_summary(sheet, width, sty)]
    header = [translate("Reports", "No."), translate("Reports", "Name"), translate("Reports", "Gender"), translate("Reports", "Home"), translate("Reports", "Employer"), translate("Reports", "Job"), translate("Reports", "Start"), translate("Reports", "Poor household"),
              translate("Reports", "Counted")]
    rows = [[n, p.name, p.gender, p.home, p.employer, p.job, short_date(p.start), yes_no(p.poor), "✓" if p.counted else ""]
            for n, p in enumerate(sheet.placements, start=1)]
    align = ["CENTER", "LEFT", "CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "CENTER", "CENTER"]
    return [note, Spacer(1, 2 * mm), grid(header, rows, scale([0.5, 1, 0.6, 1.8, 2.2, 1.2, 1.4, 0.9, 0.6], width),
                                           align=align, sty=sty)]


def _placement_summary(sheet: MonthlySheet, width: float, sty: Styles) -> Flowable:
    counts: dict[str, list[int]] = {}
    for p in sheet.placements:
        entry = counts.setdefault(p.county or "—", [0, 0, 0])
        entry[0] += 1
        entry[1] += int(p.poor)
        entry[2] += int(p.counted)
    rows: list[list[object]] = [[county, n, poor, c] for county, (n, poor, c) in sorted(counts.items())]
    rows.append([translate("Reports", "Total"), len(sheet.placements), sum(int(p.poor) for p in sheet.placements),
                 sum(int(p.counted) for p in sheet.placements)])
    return grid([translate("Reports", "Lishui unit"), translate("Reports", "Placed this month"), translate("Reports", "From registered poor households"), translate("Reports", "Counted")], rows,
                scale([2, 1, 1, 1], min(width, 170 * mm)), align=["LEFT", "RIGHT", "RIGHT", "RIGHT"], sty=sty)


def _funds(sheet: MonthlySheet, width: float, sty: Styles) -> list[Flowable]:
    if not sheet.funds:
        return []
    header = [translate("Reports", "Paired county"), translate("Reports", "Lishui unit"), translate("Reports", "Year"), translate("Reports", "Allocated (yuan)"), translate("Reports", "Disbursed (yuan)"),
              translate("Reports", "Disbursed on")]
    rows: list[list[object]] = [[f.county, f.lishui_unit, f.year, yuan(f.allocated_fen), yuan(f.disbursed_fen),
                                 short_date(f.disbursed_date)] for f in sheet.funds]
    rows.append([translate("Reports", "Total"), "", "", yuan(sum(f.allocated_fen for f in sheet.funds)),
                 yuan(sum(f.disbursed_fen for f in sheet.funds)), ""])
    align = ["LEFT", "LEFT", "CENTER", "RIGHT", "RIGHT", "LEFT"]
    return [grid(header, rows, scale([1.3, 1.2, 0.6, 1.5, 1.5, 1.4], width), align=align, sty=sty)]


def _signatures(width: float, sty: Styles) -> Flowable:
    """填报人, 审核人, 负责人, 日期 with lines to sign on, and a box for the unit's seal."""
    labels = [translate("Reports", "Prepared by:"), translate("Reports", "Reviewed by:"), translate("Reports", "Person in charge:"), translate("Reports", "Date:")]
    rows = [[para(label, sty.body), ""] for label in labels]
    signs = plain(rows, [32 * mm, 55 * mm], [("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                                             ("VALIGN", (0, 0), (-1, -1), "BOTTOM")], rowHeights=[11 * mm] * len(rows))
    seal = plain([[para(translate("Reports", "(Seal of the unit)"), sty.subtitle)]], [50 * mm],
                 [("BOX", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")],
                 rowHeights=[42 * mm])
    outer = plain([[signs, "", seal]], [90 * mm, width - 145 * mm, 55 * mm], [("VALIGN", (0, 0), (-1, -1), "TOP")])
    return KeepTogether([outer])
