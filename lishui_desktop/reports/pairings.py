"""结对关系一览表: the county pairings laid out as the seed's annex, then every other level."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.reports.data import PairingList
from lishui_desktop.reports.fmt import date_text, short_date
from lishui_desktop.reports.layout import (
    frame_width,
    grid,
    heading,
    para,
    render,
    scale,
    styles,
)


def pairings_pdf(pairings: PairingList) -> bytes:
    sty = styles()
    width = frame_width(False)
    title = translate("Reports", "East-West cooperation pairing list of Lishui")
    annex = [[n, p.lishui, p.sichuan, p.period] for n, p in enumerate(pairings.counties, start=1)]
    story: list[Flowable] = [
        para(title, sty.title),
        Spacer(1, 4 * mm),
        grid([translate("Reports", "No."), translate("Reports", "County (city, district)"), translate("Reports", "Paired county (district)"), translate("Reports", "Period")], annex,
             scale([0.6, 1.6, 2.6, 1.0], width), align=["CENTER", "CENTER", "CENTER", "CENTER"], pad=6, sty=sty),
    ]
    if pairings.others:
        rows = [[n, p.level, p.lishui, p.sichuan, short_date(p.start), p.period, p.status]
                for n, p in enumerate(pairings.others, start=1)]
        story += [
            Spacer(1, 6 * mm),
            *heading(translate("Reports", "Other pairings"), sty),
            grid([translate("Reports", "No."), translate("Reports", "Level"), translate("Reports", "Lishui side"), translate("Reports", "Sichuan side"), translate("Reports", "Since"), translate("Reports", "Period"), translate("Reports", "Status")],
                 rows, scale([0.5, 1.1, 2.0, 2.0, 1.2, 1.2, 0.7], width),
                 align=["CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "CENTER", "CENTER"],
                 sty=sty),
        ]
    return render(story, title=title, running_head=title, footer_note=fill(translate("Reports", "Printed %1"), date_text(pairings.generated)))
