"""The places and pairings of a year, by which progress attributes records to Lishui units.

Each record is attributed to a Lishui unit (a county or 市本级): a Lishui place counts for the
county or city level above it, a Sichuan place for the Lishui county paired with its county
in that year (the pairings in force that year). The records themselves are read in
services/ledger_records.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from lishui_desktop.db.models import Pairing, Place
from lishui_desktop.domain import targets as rules
from lishui_desktop.domain.text import clean

TOTAL_NAME = "全市"
ALL_WORDS = {TOTAL_NAME, "全部", "all", "total"}


@dataclass
class PlaceMap:
    """The places and the county pairings live in one year."""

    places: dict[str, Place]
    counties: list[Place]  # the Lishui counties, by code
    city: Place | None  # 市本级
    lishui_of: dict[str, str] = field(default_factory=dict)  # Sichuan county id -> Lishui county id
    sichuan_of: dict[str, str] = field(default_factory=dict)  # Lishui unit id -> Sichuan partner id

    @classmethod
    def load(cls, session: Session, year: int) -> PlaceMap:
        places = {p.id: p for p in session.scalars(select(Place).where(Place.deleted.is_(False)))}
        lishui = [p for p in places.values() if p.side == "lishui"]
        counties = sorted((p for p in lishui if p.level == "county"), key=lambda p: p.code or p.name)
        city = next((p for p in lishui if p.level == "city"), None)
        out = cls(places=places, counties=counties, city=city)
        pairings = session.scalars(
            select(Pairing).where(Pairing.deleted.is_(False)).order_by(Pairing.start_date)
        ).all()
        for p in pairings:
            if not _live(p, year) or not p.lishui_unit_id or not p.sichuan_county_id:
                continue
            lishui_unit = out.up(p.lishui_unit_id, "lishui")
            sichuan = out.up(p.sichuan_county_id, "sichuan")
            if lishui_unit is None or sichuan is None:
                continue
            if p.level == "county":  # later pairings override earlier ones (ordered by start)
                out.lishui_of[sichuan] = lishui_unit
                out.sichuan_of[lishui_unit] = sichuan
            elif city is not None and lishui_unit == city.id and places[sichuan].level == "city":
                out.sichuan_of.setdefault(city.id, sichuan)
        return out

    def up(self, place_id: str | None, side: str) -> str | None:
        """The county or city-level place of `side` at or above `place_id`."""
        seen = 0
        while place_id and place_id in self.places and seen < 10:
            place = self.places[place_id]
            if place.side != side:
                return None
            if place.level in ("county", "city"):
                return place.id
            place_id, seen = place.parent_id, seen + 1
        return None

    def unit(self, *candidates: str | None) -> str | None:
        """The Lishui unit of the first candidate place that has one."""
        for place_id in candidates:
            place = self.places.get(place_id or "")
            if place is None:
                continue
            if place.side == "lishui":
                found = self.up(place.id, "lishui")
            else:
                found = self.lishui_of.get(self.up(place.id, "sichuan") or "")
            if found:
                return found
        return None

    def partner_name(self, lishui_id: str) -> str | None:
        partner = self.places.get(self.sichuan_of.get(lishui_id, ""))
        return partner.name if partner is not None else None

    def scopes(self, scope: str) -> list[tuple[str, str, str | None]]:
        """(unit id, name, partner name) of each scope of a target row."""
        if scope == "county":
            return [(c.id, c.name, self.partner_name(c.id)) for c in self.counties]
        if scope == "city":
            return [(self.city.id, self.city.name, self.partner_name(self.city.id))] if self.city else []
        if scope == "total":
            return [(rules.TOTAL, TOTAL_NAME, None)]
        return []

    def county_id(self, text: str) -> str | None:
        """The Sichuan county a rule's `county` filter names (an id, name, code or full name)."""
        word = clean(text)
        for place in self.places.values():
            if word in (place.id, place.name, place.code, place.full_name):
                return self.up(place.id, "sichuan")
        return None

    def scope_name(self, text: str) -> str | None:
        """The scope name for what a user typed: a Lishui unit, 全市, or a paired Sichuan county."""
        word = clean(text)
        if not word:
            return None
        if word in ALL_WORDS or word.casefold() in ALL_WORDS:
            return TOTAL_NAME
        units = self.counties + ([self.city] if self.city else [])
        for exact in (True, False):
            for place in list(self.places.values()):
                names = (place.name, place.code, place.full_name)
                hit = word in names if exact else place.level in ("county", "city") and place.name.startswith(word)
                if not hit:
                    continue
                if place in units:
                    return place.name
                lishui = self.places.get(self.lishui_of.get(self.up(place.id, "sichuan") or "", ""))
                if lishui is not None:
                    return lishui.name
        return None


def _live(p: Pairing, year: int) -> bool:
    return rules.in_force(p.start_date, p.end_date, p.status == "ended", year)
