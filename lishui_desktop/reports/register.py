"""转移就业花名册: the labor placements of a county for a period."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.reports.data import PlacementLine, PlacementRegister
from lishui_desktop.reports.fmt import date_text, short_date, span_text, yes_no, yuan
from lishui_desktop.reports.layout import (
    columns,
    frame_width,
    grid,
    info_block,
    para,
    render,
    scale,
    styles,
)

# mm for the fixed columns (IDs, phones and dates never wrap); negative: shares of the rest
SPEC = [9, 19, 14, 37, 24, -1.2, 12, -1.3, -1, 16, 22, 23, 12]
ALIGN = ["CENTER", "LEFT", "CENTER", "LEFT", "LEFT", "LEFT", "CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "CENTER"]


def register_header() -> list[str]:
    return [translate("Reports", "No."), translate("Reports", "Name"), translate("Reports", "Gender"), translate("Reports", "ID number"), translate("Reports", "Phone"), translate("Reports", "Home"), translate("Reports", "Poor household"),
            translate("Reports", "Employer"), translate("Reports", "Work place"), translate("Reports", "Job"), translate("Reports", "Start"), translate("Reports", "Monthly wage (yuan)"), translate("Reports", "Contract")]


def register_rows(lines: list[PlacementLine]) -> list[list[object]]:
    return [[n, p.name, p.gender, p.id_number, p.phone, p.home, yes_no(p.poor), p.employer, p.work_place, p.job,
             short_date(p.start), yuan(p.wage_fen), yes_no(p.contract)] for n, p in enumerate(lines, start=1)]


def register_widths() -> list[float]:
    return columns(frame_width(True), SPEC)


def register_pdf(register: PlacementRegister) -> bytes:
    """Landscape A4; the header row repeats on every page and no row is split."""
    sty = styles()
    width = frame_width(True)
    title = fill(translate("Reports", "Labor placement register: %1"), register.county)
    info = [[fill(translate("Reports", "County: %1"), register.county), fill(translate("Reports", "Paired county: %1"), register.partner),
             fill(translate("Reports", "Period: %1"), span_text(register.date_from, register.date_to))]]
    head = info_block(info, scale([1, 1, 1.4], width), sty)
    poor = sum(1 for p in register.lines if p.poor)
    story: list[Flowable] = [
        para(title, sty.title),
        head,
        Spacer(1, 3 * mm),
        grid(register_header(), register_rows(register.lines), register_widths(), align=ALIGN, sty=sty),
        Spacer(1, 4 * mm),
        para(fill(translate("Reports", "%1 placements, %2 of them from registered poor households."), len(register.lines), poor), sty.body),
        Spacer(1, 6 * mm),
        para(translate("Reports", "Prepared by: ____________    Reviewed by: ____________    Date: ____________"), sty.body),
    ]
    return render(story, title=title, is_landscape=True,
                  running_head=f"{title}  {span_text(register.date_from, register.date_to)}",
                  footer_note=fill(translate("Reports", "Printed %1"), date_text(register.generated)))
