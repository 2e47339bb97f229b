"""The monthly sheet's signature block never stands alone on a page: whatever the length of
the last section, the page that carries 填报人/审核人 also carries that section's end (its
合计 row). The fund list grows a row at a time, so its end passes every point of a page."""

from __future__ import annotations

import datetime as dt

from lishui_desktop.reports import data as forms
from lishui_desktop.reports.monthly import monthly_pdf
from tests.unit.test_report_forms import pdf_text


def _sheet(funds: int) -> forms.MonthlySheet:
    return forms.MonthlySheet(
        unit="青田县东西部扶贫协作工作组", county="青田县", partner="四川省巴中市平昌县", year=2019, month=10,
        generated=dt.date(2019, 11, 1), consolidated=False,
        funds=[forms.FundLine("平昌县", "青田县", 2019, 100_000_00 + n, 50_000_00, dt.date(2019, 10, 1 + n % 28))
               for n in range(funds)],
    )


def test_the_signatures_keep_the_end_of_the_last_section() -> None:
    pages_seen = set()
    for funds in range(1, 75, 2):
        pages = pdf_text(monthly_pdf(_sheet(funds)))
        pages_seen.add(len(pages))
        last = pages[-1]
        assert "填报人" in last and "合计" in last, f"{funds} fund rows: the signatures alone on page {len(pages)}"
        assert all("填报人" not in page for page in pages[:-1])
    assert len(pages_seen) >= 3  # the list ran over page ends
