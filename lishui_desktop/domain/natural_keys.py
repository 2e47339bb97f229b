"""Same thing twice: the natural key of each ledger, compared after one shared normaliser.

No table has a UNIQUE constraint on these keys (two laptops may enter the same course, the same
placement, the same pairing); records sharing a key are offered for a merge in the review queue,
and imports match rows by them when a row carries no record id (记录编号). Entry, Excel import,
bundle merge and the review queue all call these functions, so they never drift apart.

Keys are tuples of plain values; a key holding None in a part that identifies the record (no
title, no start date) matches nothing.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Hashable
from functools import lru_cache
from typing import Any

# "where a county is meant": 平昌 and 平昌县 are the same county, 巴州 and 巴州区 the same district
COUNTY_SUFFIXES = ("县", "区")


def norm(text: object) -> str:
    """The comparable form of typed text: full-width to half-width (（第1期） = (第1期), Ａ = A),
    every space removed (ideographic ones too), case folded. '' for None."""
    if text is None:
        return ""
    return _norm(str(text))


@lru_cache(maxsize=16384)  # a roster repeats its session title, employer and village row after row
def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


def norm_county(text: object) -> str:
    """`norm` of a county's name without its 县/区 suffix (a name of two characters keeps it)."""
    value = norm(text)
    if len(value) > 2 and value.endswith(COUNTY_SUFFIXES):
        return value[:-1]
    return value


def same_text(stored: object, typed: object) -> bool:
    """Whether two text values are the same under the normaliser (an export re-imported after
    Excel or LibreOffice turned （ into ( is unchanged)."""
    if isinstance(stored, str) and isinstance(typed, str):
        return norm(stored) == norm(typed)
    return stored == typed


def _month(day: dt.date | None) -> tuple[int, int] | None:
    return (day.year, day.month) if isinstance(day, dt.date) else None


def _complete(*parts: Any) -> bool:
    return all(p not in (None, "") for p in parts)


def session_key(category: str | None, organiser_id: str | None, start: dt.date | None,
                title: str | None) -> tuple[Hashable, ...] | None:
    """A training session: category + organiser + start date + normalised title."""
    if not _complete(start, norm(title)):
        return None
    return ("session", category or "", organiser_id or "", start, norm(title))


def enrolment_key(session_id: str | None, person_id: str | None) -> tuple[Hashable, ...] | None:
    """A trainee on a roster: session + person."""
    return ("enrolment", session_id, person_id) if _complete(session_id, person_id) else None


def placement_key(person_id: str | None, employer: str | None, start: dt.date | None) -> tuple[Hashable, ...] | None:
    """A placement: person + employer + start month."""
    month = _month(start)
    if not _complete(person_id, norm(employer), month):
        return None
    return ("placement", person_id, norm(employer), month)


def pairing_key(level: str | None, lishui_party: str | None, sichuan_party: str | None) -> tuple[Hashable, ...] | None:
    """A pairing: its level and the two places (counties compared without 县/区)."""
    side = norm_county if level == "county" else norm
    lishui, sichuan = side(lishui_party), side(sichuan_party)
    if not _complete(level, lishui, sichuan):
        return None
    return ("pairing", level, lishui, sichuan)


def place_key(side: str | None, level: str | None, parent_id: str | None, name: str | None) -> tuple[Hashable, ...] | None:
    """A place: its side, level, the place it belongs to and its name (a county without 县/区)."""
    shown = norm_county(name) if level == "county" else norm(name)
    if not _complete(side, level, shown):
        return None
    return ("place", side, level, parent_id or "", shown)


def later_period(stored_start: dt.date | None, start: dt.date | None) -> bool:
    """Whether a pairing of the same key starting on `start` is a later period of the stored
    one (its renewal, a new record) rather than the stored one with a corrected start."""
    return stored_start is not None and start is not None and start > stored_start


def activity_key(pairing_id: str | None, kind: str | None, date: dt.date | None) -> tuple[Hashable, ...] | None:
    """An activity on a pairing's timeline: pairing + kind + date."""
    return ("activity", pairing_id, kind, date) if _complete(pairing_id, kind, date) else None


def event_key(unit_id: str | None, kind: str | None, date: dt.date | None, title: str | None) -> tuple[Hashable, ...] | None:
    """An event: its Lishui unit (else its county) + kind + date + normalised title."""
    if not _complete(kind, date, norm(title)):
        return None
    return ("event", unit_id or "", kind, date, norm(title))


def cadre_key(name: str | None, post: str | None, start: dt.date | None) -> tuple[Hashable, ...] | None:
    """A secondment: the cadre (normalised name) + post + start date."""
    if not _complete(norm(name), start):
        return None
    return ("cadre", norm(name), norm(post), start)


def fund_key(county_id: str | None, year: int | None) -> tuple[Hashable, ...] | None:
    """A county's aid of a year: Sichuan county + year."""
    return ("fund", county_id, year) if _complete(county_id, year) else None


def project_key(fund_id: str | None, name: str | None) -> tuple[Hashable, ...] | None:
    """A funded project: its fund (county and year) + normalised name."""
    return ("project", fund_id, norm(name)) if _complete(fund_id, norm(name)) else None


def periods_overlap(start_a: dt.date | None, end_a: dt.date | None,
                    start_b: dt.date | None, end_b: dt.date | None) -> bool:
    """Whether two periods share a day (open ends run on); a renewal of a pairing does not."""
    if end_a is not None and start_b is not None and end_a < start_b:
        return False
    return not (end_b is not None and start_a is not None and end_b < start_a)


def person_name_key(name: object) -> str:
    """A person's name as compared (张 三 = 张三)."""
    return norm(name)


def same_person(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Possibly the same person entered twice, for a person to decide (never merged silently).

    Two records with resident IDs are the same row exactly when the IDs are equal (their row ids
    derive from them), so only pairs where at least one lacks an ID are candidates: the same
    name and, where both have one, the same birth date; and then the same village (and town
    where both have one) or, when a village is missing, the same birth date known on both.
    """
    if a.get("id_number") and b.get("id_number"):
        return False
    if person_name_key(a.get("name")) != person_name_key(b.get("name")) or not person_name_key(a.get("name")):
        return False
    born_a, born_b = a.get("birth_date"), b.get("birth_date")
    if born_a and born_b and born_a != born_b:
        return False
    village_a, village_b = norm(a.get("village")), norm(b.get("village"))
    if village_a and village_b:
        town_a, town_b = norm(a.get("town")), norm(b.get("town"))
        return village_a == village_b and (not town_a or not town_b or town_a == town_b)
    return bool(born_a and born_b)
