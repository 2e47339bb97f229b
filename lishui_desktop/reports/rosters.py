"""签到表 and 花名册 of a training session: numbered rows with room to sign."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.reports.data import SessionRoster
from lishui_desktop.reports.fmt import date_text, span_text, yes_no
from lishui_desktop.reports.layout import (
    Styles,
    columns,
    frame_width,
    grid,
    info_block,
    para,
    plain,
    render,
    scale,
    styles,
)

SIGN_PAD = 7  # points above and below each row: room for a handwritten signature


def signin_pdf(roster: SessionRoster) -> bytes:
    """签到表: who came, one row each to sign."""
    width = frame_width(True)
    sty = styles()
    title = fill(translate("Reports", "Sign-in sheet: %1"), roster.title)
    header = [translate("Reports", "No."), translate("Reports", "Name"), translate("Reports", "Gender"), translate("Reports", "ID number"), translate("Reports", "Phone"), translate("Reports", "Village"), translate("Reports", "Category"),
              translate("Reports", "Signature")]
    rows = [[n, r.name, r.gender, r.id_number, r.phone, r.village, r.category, ""]
            for n, r in enumerate(roster.lines, start=1)]
    spec = [10, 24, 14, 37, 25, -1.2, 30, -1]
    align = ["CENTER", "LEFT", "CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "LEFT"]
    table = grid(header, rows, columns(width, spec), align=align, pad=SIGN_PAD, sty=sty)
    return _build(roster, title, table, sty, width)


def roster_pdf(roster: SessionRoster) -> bytes:
    """花名册: the full trainee list with home, category, role, poor-household flag and signature."""
    width = frame_width(True)
    sty = styles()
    title = fill(translate("Reports", "Trainee roster: %1"), roster.title)
    header = [translate("Reports", "No."), translate("Reports", "Name"), translate("Reports", "Gender"), translate("Reports", "ID number"), translate("Reports", "Phone"), translate("Reports", "Village"), translate("Reports", "Category"),
              translate("Reports", "Role"), translate("Reports", "Poor household"), translate("Reports", "Signature")]
    rows = [[n, r.name, r.gender, r.id_number, r.phone, r.village, r.category, r.role, yes_no(r.poor), ""]
            for n, r in enumerate(roster.lines, start=1)]
    spec = [10, 20, 14, 37, 24, -1.2, 28, -0.5, 12, -0.8]
    align = ["CENTER", "LEFT", "CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "LEFT", "CENTER", "LEFT"]
    table = grid(header, rows, columns(width, spec), align=align, pad=SIGN_PAD - 2, sty=sty)
    return _build(roster, title, table, sty, width)


def _build(roster: SessionRoster, title: str, table: Table, sty: Styles, width: float) -> bytes:
    info = [
        [fill(translate("Reports", "Organiser: %1"), roster.organiser), fill(translate("Reports", "Paired county: %1"), roster.partner),
         fill(translate("Reports", "Category: %1"), roster.category)],
        [fill(translate("Reports", "Dates: %1"), span_text(roster.start, roster.end)), fill(translate("Reports", "Place: %1"), roster.place),
         fill(translate("Reports", "Hours: %1"), roster.hours if roster.hours is not None else "")],
    ]
    head = info_block(info, scale([1, 1, 1], width), sty)
    story: list[Flowable] = [para(title, sty.title), head, Spacer(1, 3 * mm), table, Spacer(1, 4 * mm),
                             para(fill(translate("Reports", "%1 trainees on the roster."), len(roster.lines)), sty.body)]
    story.append(_sign_off(sty))
    return render(story, title=title, is_landscape=True, running_head=title,
                  footer_note=fill(translate("Reports", "Printed %1"), date_text(roster.generated)))


def _sign_off(sty: Styles) -> Table:
    cells = [[para(translate("Reports", "Organiser (signature):"), sty.body), "", para(translate("Reports", "Date:"), sty.body), ""]]
    return plain(cells, [55 * mm, 60 * mm, 16 * mm, 45 * mm],
                 [("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black), ("LINEBELOW", (3, 0), (3, 0), 0.6, colors.black),
                  ("VALIGN", (0, 0), (-1, -1), "BOTTOM")], rowHeights=[14 * mm], hAlign="RIGHT")
