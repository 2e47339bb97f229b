"""The training session of each roster sheet: from its columns, else what the user gives, else
its title rows.

A county roster rarely has session columns: its title row names the session and the user adds
what the file lacks once (the wizard's session page, or --session-title, --category,
--organiser, --start, --end, --place). For each sheet, each session column comes from the
sheet's own column when it has one, else from what the user gave, else from the title rows
(平昌县2019年第3期农村致富带头人培训班花名册: title, category and partner county; 培训时间,
培训地点, 主办单位 lines), else for the organiser from the county pairing of the partner county.
A value the user gives is checked once (one clear message); a guess from the title that does
not check out is dropped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lishui_desktop.db.models import Pairing
from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.excel.columns import ExcelError, columns_for
from lishui_desktop.excel.layout import Sheet
from lishui_desktop.excel.rows import PlaceIndex, convert
from lishui_desktop.excel.titles import Heading, places_in, read_heading

# the session columns a user may give, in the order they are asked for
GIVEN_KEYS = ("title", "category", "organiser", "start_date", "end_date", "place")
FROM_TITLE_KEYS = (*GIVEN_KEYS, "partner_county", "hours")


@dataclass
class SessionInput:
    """What the user gives for sheets that lack it (texts or dates; None: not given)."""

    title: str | None = None
    category: str | None = None
    organiser: str | None = None
    start_date: str | dt.date | None = None
    end_date: str | dt.date | None = None
    place: str | None = None

    def given(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) not in (None, "")}


@dataclass
class SheetSession:
    """One sheet's session: where each column's value comes from, and what is still missing."""

    sheet: str
    heading: Heading
    columns: list[str] = field(default_factory=list)  # session keys the sheet has as columns
    values: dict[str, Any] = field(default_factory=dict)  # key -> checked value for the sheet's rows
    texts: dict[str, str] = field(default_factory=dict)  # key -> the value as shown to the user
    origins: dict[str, str] = field(default_factory=dict)  # key -> "given" | "title" | "pairing"
    missing: list[str] = field(default_factory=list)  # required keys nobody gave


def _checked(key: str, raw: Any, places: PlaceIndex) -> Any:
    col = next(c for c in columns_for("trainees") if c.key == key)
    return convert(col, raw, places)


def title_guesses(heading: Heading, places: PlaceIndex) -> dict[str, Any]:
    """Session values the title rows suggest (texts as a user would type them)."""
    guesses: dict[str, Any] = {
        "title": heading.title, "category": heading.category, "start_date": heading.start,
        "end_date": heading.end, "place": heading.place, "hours": heading.hours,
    }
    lishui, sichuan = places.names("lishui"), places.names("sichuan")
    organiser = places_in(heading.organiser or "", lishui) or places_in(heading.title or "", lishui)
    if organiser:
        guesses["organiser"] = organiser[0]
    partner = places_in(heading.title or "", sichuan) or places_in(" ".join(heading.texts), sichuan)
    if partner:
        guesses["partner_county"] = partner[0]
    return {k: v for k, v in guesses.items() if v not in (None, "")}


def sheet_session(
    sheet: Sheet, places: PlaceIndex, given: SessionInput | None = None, paired: dict[str, str] | None = None
) -> SheetSession:
    """The session values of `sheet`'s rows; raises ExcelError for a given value that is wrong."""
    heading = read_heading(sheet.heading)
    found = SheetSession(sheet.title, heading, [k for k in FROM_TITLE_KEYS if k in sheet.positions])
    headers = {c.key: c.header for c in columns_for("trainees")}
    for key, raw in (given.given() if given else {}).items():
        if key in sheet.positions:
            continue
        try:
            value = _checked(key, raw, places)
        except ValidationError as exc:
            raise ExcelError(QT_TRANSLATE_NOOP("Excel", "%1 for the sheet %2: %3"), headers[key], sheet.title, exc.text()) from None
        if value is not None:
            found.values[key], found.texts[key], found.origins[key] = value, _shown(raw), "given"
    for key, raw in title_guesses(heading, places).items():
        if key in sheet.positions or key in found.values:
            continue
        try:
            value = _checked(key, raw, places)
        except ValidationError:
            continue  # a guess that does not check out is no guess
        if value is not None:
            found.values[key], found.texts[key], found.origins[key] = value, _shown(raw), "title"
    partner = found.values.get("partner_county")
    if "organiser" not in sheet.positions and "organiser" not in found.values and partner in (paired or {}):
        organiser = places.by_id[(paired or {})[partner]]
        found.values["organiser"], found.texts["organiser"], found.origins["organiser"] = organiser.id, organiser.name, "pairing"
    start, end = found.values.get("start_date"), found.values.get("end_date")
    if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start and found.origins.get("end_date") == "title":
        del found.values["end_date"], found.texts["end_date"], found.origins["end_date"]
    required = [c.key for c in columns_for("trainees") if c.required and c.key in GIVEN_KEYS]
    found.missing = [k for k in required if k not in sheet.positions and k not in found.values]
    return found


def paired_counties(session: Session) -> dict[str, str]:
    """Sichuan county id -> the Lishui unit id of its live county-level pairing."""
    query = select(Pairing.sichuan_county_id, Pairing.lishui_unit_id).where(
        Pairing.level == "county", Pairing.deleted.is_(False), Pairing.status == "active"
    )
    return {sichuan: lishui for sichuan, lishui in session.execute(query) if sichuan and lishui}


def _shown(raw: Any) -> str:
    return raw.isoformat() if isinstance(raw, dt.date) else str(raw)


def apply_session(sheet: Sheet, session: SheetSession) -> None:
    """Give every row of `sheet` the session values it lacks, as texts: the rows are then
    checked as if the sheet had these columns."""
    dropped = [k for k in sheet.fixed if k not in session.texts]  # given before, not now (the wizard's Back)
    sheet.fixed = {k: v for k, v in session.texts.items() if k not in sheet.positions}
    for row in sheet.rows:
        for key in dropped:
            row.values.pop(key, None)
        row.values.update(sheet.fixed)


def missing_message(sessions: list[SheetSession]) -> ExcelError | None:
    """One message naming, per sheet, the session fields nobody gave (None when complete)."""
    headers = {c.key: c.header for c in columns_for("trainees")}
    parts = [f"{s.sheet}: {'、'.join(headers[k] for k in s.missing)}" for s in sessions if s.missing]
    if not parts:
        return None
    return ExcelError(
        QT_TRANSLATE_NOOP("Excel", "The workbook does not say the training session's %1; give it with the import (--session-title, --category, --organiser, --start) or add the columns."),
        "; ".join(parts),
    )
