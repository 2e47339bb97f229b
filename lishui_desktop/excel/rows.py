"""What the cells of a roster mean: every value checked, every problem kept with its cell.

`validate_rows` never stops at the first problem: the whole file is checked so that the
annotated copy marks everything at once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum.cn import uscc

from lishui_desktop.db.models import Place
from lishui_desktop.domain import choices as ch
from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, fill, translate
from lishui_desktop.domain.place_names import former_names
from lishui_desktop.domain.text import clean, squeeze
from lishui_desktop.domain.validation import (
    ResidentId,
    normalize_phone,
    parse_date,
    parse_money_fen,
    parse_resident_id,
    parse_yes_no,
)
from lishui_desktop.excel.columns import (
    CHOICE,
    CHOICE_WORDS,
    CONTEXT,
    DATE,
    EXTRA_WORDS,
    ID,
    INT,
    MONEY,
    PHONE,
    PLACE,
    RECORD_NO,
    USCC,
    YESNO,
    Col,
    columns_for,
)
from lishui_desktop.excel.matching import RECORD_ID_RE, file_key, group_key
from lishui_desktop.excel.reader import RawRow

CODES: dict[str, tuple[dict[str, str], str]] = {
    "gender": (ch.GENDERS, "gender"),
    "training_category": (ch.TRAINING_CATEGORIES, "training_category"),
    "channel": (ch.PLACEMENT_CHANNELS, "channel"),
    "pairing_level": (ch.PAIRING_LEVELS, "pairing_level"),
    "pairing_status": (ch.PAIRING_STATUS, ""),
    "cadre_level": (ch.CADRE_LEVELS, "cadre_level"),
}
_WORDS = {
    name: {clean(w): c for w, c in EXTRA_WORDS.get(name, {}).items()} | {clean(w): c for c, w in words.items()}
    for name, words in CHOICE_WORDS.items()
}
# date pairs: (start key, end key) whose order is checked
DATE_ORDER = (("start_date", "end_date"), ("allocated_date", "disbursed_date"))


@dataclass(frozen=True)
class PlaceRef:
    id: str
    name: str
    side: str
    level: str


class PlaceIndex:
    """Places by name, code, full name or a short name (平昌 for 平昌县), loaded once per import."""

    def __init__(self, places: Iterable[PlaceRef | Any]) -> None:
        self.places = [PlaceRef(p.id, p.name, p.side, p.level) for p in places]
        self.exact: dict[str, PlaceRef] = {}
        self.by_id = {p.id: p for p in self.places}
        for place in self.places:
            self.exact.setdefault(place.name, place)
        for place in places:
            for text in (getattr(place, "code", None), getattr(place, "full_name", None)):
                if text:
                    self.exact.setdefault(text, self.by_id[place.id])
        for place in places:  # former names and codes (a renamed or merged place) find it too
            for text in former_names(getattr(place, "history", None)):
                self.exact.setdefault(text, self.by_id[place.id])

    @classmethod
    def load(cls, session: Session) -> PlaceIndex:
        return cls(session.scalars(select(Place).where(Place.deleted.is_(False))).all())

    def find(self, text: str) -> PlaceRef | None:
        if text in self.exact:
            return self.exact[text]
        for place in self.places:
            if place.level in ("county", "city") and len(text) >= 2 and place.name.startswith(text):
                return place
        for full, place in self.exact.items():
            if place.level in ("county", "city") and len(text) >= 3 and full.endswith(text):
                return place
        return None

    def names(self, side: str) -> list[str]:
        return [p.name for p in self.places if p.side == side and p.level in ("county", "city")]


@dataclass(frozen=True)
class CellError:
    """A problem in one cell (key None: the row as a whole), as translated text."""

    row: int
    key: str | None
    message: str
    sheet: str = ""


@dataclass
class ValidRow:
    number: int
    values: dict[str, Any]
    resident: ResidentId | None = None  # the checked resident ID of values["id_number"]
    sheet: str = ""


ROUNDED = QT_TRANSLATE_NOOP(
    "Excel",
    "This 18-digit ID was stored as a number, so Excel has already rounded its last digits; format the column as text and type the ID again.",
)
_SCIENTIFIC = re.compile(r"\d(\.\d+)?E\+?\d+", re.IGNORECASE)
MASKED = QT_TRANSLATE_NOOP("Excel", "This value is masked (it contains *); export with full IDs to import it again.")


def _fail(text: str, *args: object) -> ValidationError:
    error = ValidationError(text, *args)
    error.context = CONTEXT
    return error


def _number_text(raw: Any) -> Any:
    """An integral number typed into a text column as its digits (3.0 -> '3')."""
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, int) and not isinstance(raw, bool):
        return str(raw)
    return raw


def convert_id(raw: Any) -> ResidentId | None:
    """A resident ID cell, checked (None when blank); raises ValidationError with the reason."""
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        if isinstance(raw, float) and abs(raw) >= 10**15:  # an exact integer (xlsx text) is kept
            raise _fail(ROUNDED)
        raw = _number_text(raw)
    text = squeeze(raw)
    if not text:
        return None
    if "*" in text:
        raise _fail(MASKED)
    if _SCIENTIFIC.fullmatch(text):  # 5.10823E+17: the number was rounded before it became text
        raise _fail(ROUNDED)
    return parse_resident_id(text)


def convert(col: Col, raw: Any, places: PlaceIndex) -> Any:
    """The stored value of one cell; raises ValidationError with the reason."""
    kind = col.kind
    if kind == ID:
        resident = convert_id(raw)
        return resident.number if resident is not None else None
    if kind == DATE:
        return parse_date(raw)
    if kind == MONEY:
        return parse_money_fen(raw)
    if kind == YESNO:
        return parse_yes_no(raw)
    if kind == PHONE:
        if "*" in str(raw or ""):
            raise _fail(MASKED)
        return normalize_phone(_number_text(raw)) or None
    text = clean(_number_text(raw))
    if not text:
        return None
    if col.key == "name" and all("\u3400" <= c <= "\u9fff" or c.isspace() for c in text):
        text = "".join(text.split())  # 张 三 typed to line up with longer names
    if kind == INT:
        if not text.isdigit():
            raise _fail(QT_TRANSLATE_NOOP("Excel", "Write a whole number, such as 12."))
        return int(text)
    if kind == CHOICE:
        code = _WORDS[col.choices].get(text)
        if code is None:
            table, alias = CODES[col.choices]
            code = ch.code_for(table, alias, text)
        if code is None:
            words = "、".join(CHOICE_WORDS[col.choices].values())
            raise _fail(QT_TRANSLATE_NOOP("Excel", "Choose one of: %1."), words)
        return code
    if kind == PLACE:
        place = places.find(text)
        if place is None or (col.side and place.side != col.side):
            raise _fail(QT_TRANSLATE_NOOP("Excel", "There is no such county or unit here; choose one of: %1."), "、".join(places.names(col.side)))
        return place.id
    if kind == RECORD_NO:
        number = squeeze(text).lower()
        if not RECORD_ID_RE.match(number):
            raise _fail(QT_TRANSLATE_NOOP("Excel", "This is not a record number written by an export; leave the cell empty for a new record."))
        return number
    if kind == USCC:
        code = squeeze(text).upper()
        if not uscc.is_valid(code):
            raise _fail(QT_TRANSLATE_NOOP("Excel", "A unified social credit code has 18 characters with a valid check character."))
        return code
    return text


MISSING = object()  # a column the row's sheet does not have: None, and not required there
Outcome = tuple[bool, Any, Any]  # (True, value, resident ID) or (False, None, the problem's text)
_ABSENT: Outcome = (True, None, None)
_VALUE = itemgetter(1)


def _outcome(col: Col, raw: Any, places: PlaceIndex) -> Outcome:
    """What one cell of `col` holding `raw` becomes: its value (with the checked resident ID
    for the ID column), or the problem's text; a required column may not be blank."""
    if raw is MISSING:
        return _ABSENT
    resident: ResidentId | None = None
    try:
        if col.kind == ID:
            resident = convert_id(raw)
            value = resident.number if resident is not None else None
        else:
            value = convert(col, raw, places)
    except ValidationError as exc:
        return False, None, exc.text()
    if col.required and value in (None, ""):
        return False, None, translate("Excel", "This column is required.")
    return True, value, resident


def _check_column(col: Col, rows: list[RawRow], places: PlaceIndex, found: dict[int, list[CellError]]) -> list[Outcome]:
    """Every cell of one column checked: each distinct (type, value) once, since convert()
    depends on nothing else and a roster repeats its session, place and choice cells row
    after row. Problems are added to `found` (row index -> its problems, in column order)."""
    key = col.key
    cells = [raw.values.get(key, MISSING) for raw in rows]
    typed = list(zip(map(type, cells), cells, strict=True))
    outcomes = {cell: _outcome(col, cell[1], places) for cell in dict.fromkeys(typed)}
    column = list(map(outcomes.__getitem__, typed))
    if not all(ok for ok, _value, _resident in outcomes.values()):
        for index, (ok, _value, problem) in enumerate(column):
            if not ok:
                raw = rows[index]
                found.setdefault(index, []).append(CellError(raw.number, key, problem, raw.sheet))
    return column


def _check_rows(rows: list[RawRow], values: dict[str, list[Any]], residents: list[Any], found: dict[int, list[CellError]]) -> None:
    """The checks across cells of a row: dates in order, the gender the resident ID says, a
    four-digit year; problems added to `found` after the row's cell problems."""
    def problem(index: int, key: str, text: str) -> None:
        raw = rows[index]
        found.setdefault(index, []).append(CellError(raw.number, key, text, raw.sheet))

    for start, end in DATE_ORDER:
        if start in values and end in values:
            for index, (first, last) in enumerate(zip(values[start], values[end], strict=True)):
                if isinstance(first, dt.date) and isinstance(last, dt.date) and last < first:
                    problem(index, end, translate("Excel", "This date is before the start date."))
    if "gender" in values:
        for index, (resident, gender) in enumerate(zip(residents, values["gender"], strict=True)):
            if resident is not None and gender and resident.gender != gender:
                problem(index, "gender", translate("Excel", "The resident ID number says the other gender."))
    if "year" in values:
        for index, year in enumerate(values["year"]):
            if year is not None and not 2000 <= year <= 2100:
                problem(index, "year", translate("Excel", "Write the year with four digits, such as 2019."))


def validate_rows(kind: str, rows: list[RawRow], places: PlaceIndex) -> tuple[list[ValidRow], list[CellError]]:
    """Every row checked; (valid rows, every problem found). Duplicates within the file are
    problems. Checked column by column; problems are listed row by row, each row's cells in
    column order, then its checks across cells."""
    cols = columns_for(kind)
    found: dict[int, list[CellError]] = {}
    values: dict[str, list[Any]] = {}
    residents: list[Any] = [None] * len(rows)
    for col in cols:
        column = _check_column(col, rows, places, found)
        values[col.key] = list(map(_VALUE, column))
        if col.kind == ID:
            residents = [resident if ok else None for ok, _value, resident in column]
    _check_rows(rows, values, residents, found)
    keys = list(values)
    valid = [
        ValidRow(raw.number, dict(zip(keys, line, strict=True)), resident, raw.sheet)
        for index, (raw, resident, line) in enumerate(zip(rows, residents, zip(*values.values(), strict=True), strict=True))
        if index not in found
    ]
    errors = [error for index in sorted(found) for error in found[index]]
    check_groups(kind, valid, errors)
    bad = {(e.sheet, e.row) for e in errors}
    return [row for row in valid if (row.sheet, row.number) not in bad], errors


SESSION_FIELDS = ("category", "organiser", "partner_county", "end_date", "place", "hours")


def _row_ref(row: ValidRow, other: ValidRow) -> str:
    """How an error names another row: its number, and its sheet when that is another one."""
    return str(other.number) if other.sheet == row.sheet else f"{other.number} ({other.sheet})"


def check_groups(kind: str, rows: list[ValidRow], errors: list[CellError]) -> None:
    """Rows of one session agree on the session; no record appears twice in the file."""
    seen: dict[tuple[Any, ...], ValidRow] = {}
    sessions: dict[tuple[Any, ...], ValidRow] = {}
    holders: dict[str, ValidRow] = {}  # resident ID -> first row with it
    for row in rows:
        number = row.values.get("id_number")
        if number:
            holder = holders.setdefault(number, row)
            if holder.values.get("name") != row.values.get("name"):
                errors.append(CellError(row.number, "id_number", fill(translate(
                    "Excel", "Row %1 has the same resident ID under another name (%2)."), _row_ref(row, holder),
                    holder.values.get("name")), row.sheet))
                continue
        key = file_key(kind, row.values)
        if key is not None and key in seen:
            errors.append(CellError(row.number, None, fill(translate("Excel", "This row repeats row %1."), _row_ref(row, seen[key])), row.sheet))
            continue
        if key is not None:
            seen[key] = row
        if kind != "trainees":
            continue
        first = sessions.setdefault(group_key(row.values), row)
        for name in SESSION_FIELDS:
            mine, theirs = row.values.get(name), first.values.get(name)
            if mine is not None and theirs is not None and mine != theirs:
                errors.append(CellError(row.number, name, fill(translate(
                    "Excel", "Row %1 of the same session says otherwise."), _row_ref(row, first)), row.sheet))
