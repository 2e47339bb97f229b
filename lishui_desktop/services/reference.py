"""Reference data (places, the six pairings, targets) loaded from resources/ on first start.

Rows get stable ids derived from their keys, so every laptop seeds the very same rows and
sync sees nothing to merge. After seeding it is data the office edits in the program.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from lishui_desktop.db.models import Pairing, Place, Target
from lishui_desktop.domain.counting import Rule, parse_rule
from lishui_desktop.domain.ids import reference_id
from lishui_desktop.domain.place_names import former_names, history_entries
from lishui_desktop.paths import reference_dir

REFERENCE_FILES = ("places.json", "pairings.json", "targets.json")


def _load(name: str, folder: Path | None = None) -> dict[str, Any]:
    path = (folder or reference_dir()) / name
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def place_id(key: str) -> str:
    return reference_id("place", key)


def shipped_rows(folder: Path | None = None) -> list[tuple[Any, dict[str, Any]]]:
    """Every shipped reference row as (model, column values), places before what points at them."""
    out: list[tuple[Any, dict[str, Any]]] = []
    places = _load("places.json", folder)["places"]
    for item in places:
        out.append((Place, {
            "id": place_id(item["key"]),
            "code": item.get("code"),
            "name": item["name"],
            "full_name": item.get("full_name"),
            "side": item["side"],
            "level": item["level"],
            "parent_id": place_id(item["parent"]) if item.get("parent") else None,
        }))
    by_key = {item["key"]: item for item in places}
    for item in _load("pairings.json", folder)["pairings"]:
        out.append((Pairing, {
            "id": reference_id("pairing", item["key"]),
            "level": item["level"],
            "lishui_unit_id": place_id(item["lishui"]),
            "sichuan_county_id": place_id(item["sichuan"]),
            "lishui_party": by_key[item["lishui"]]["name"],
            "sichuan_party": by_key[item["sichuan"]]["full_name"],
            "start_date": dt.date.fromisoformat(item["start_date"]),
            "status": "active",
            "agreement": item.get("agreement"),
        }))
    for item in _load("targets.json", folder)["targets"]:
        rid = reference_id("target", f"{item['key']}:{item['scope']}:{item['year_from']}")
        rule = item.get("rule")
        out.append((Target, {"id": rid, **item, "rule": parse_rule(rule).dumps() if rule else None}))
    return out


def seed_reference_data(session: Session, folder: Path | None = None) -> int:
    """Insert the shipped reference rows that are missing; returns how many were added."""
    added = 0
    previous: Any = None
    for model, values in shipped_rows(folder):
        if previous is Place and model is not Place:
            session.flush()  # the places are in before the rows that point at them
        previous = model
        if session.get(model, values["id"]) is None:
            session.add(model(**values))
            added += 1
    session.flush()
    return added


@cache
def shipped_rules() -> dict[str, Rule]:
    """The counting rule of each shipped target id (targets.json): the rule of a target row
    that carries none (rows made before rules were data)."""
    rules: dict[str, Rule] = {}
    for item in _load("targets.json")["targets"]:
        if item.get("rule"):
            rules.setdefault(item["key"], parse_rule(item["rule"]))
    return rules


def lishui_units(session: Session) -> list[Place]:
    """Lishui counties and the city level (市本级), counties first in annex order."""
    rows = session.scalars(
        select(Place).where(Place.side == "lishui", Place.deleted.is_(False)).order_by(Place.level, Place.code)
    ).all()
    return sorted(rows, key=lambda p: (p.level != "county", p.code or ""))


def sichuan_counties(session: Session) -> list[Place]:
    return list(
        session.scalars(
            select(Place)
            .where(Place.side == "sichuan", Place.level == "county", Place.deleted.is_(False))
            .order_by(Place.code)
        )
    )


def history_of(place: Place) -> list[dict[str, Any]]:
    """A place's former names and codes, oldest first ([] when it has none)."""
    return history_entries(place.history)


def find_place(session: Session, name_or_code: str) -> Place | None:
    """A place by its name (平昌县, 平昌), full name or code, or a former name or code (a place
    renamed or merged away); places in use before retired ones; None when unknown. Each step
    reads only the places it may match (an import of thousands of villages looks up each
    row's town)."""
    text = name_or_code.strip()
    live = select(Place).where(Place.deleted.is_(False))
    steps = (
        (live.where(or_(Place.name == text, Place.code == text, Place.full_name == text)), lambda p: True),
        (live.where(Place.level.in_(("county", "city"))),
         lambda p: p.name.startswith(text) or text in (p.full_name or "")),
        (live.where(Place.history.is_not(None)), lambda p: text in former_names(p.history)),
    )
    for query, matches in steps:
        found = [p for p in session.scalars(query) if matches(p)]
        if found:
            return min(found, key=lambda p: p.retired_on is not None)  # the first in use, else the first
    return None
