"""Which record a spreadsheet row is: its 记录编号 (record id) when it has one, else its natural key.

Exports carry the record id in a 记录编号 column, so an export edited in Excel, WPS or LibreOffice
imports back as an exact update. Rows without one match by the ledger's natural key
(domain/natural_keys.py, the same keys the review queue finds duplicates by), compared after the
shared normaliser, so （第1期） in the database equals (第1期) in a file.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from typing import Any

from lishui_desktop.domain import natural_keys as nk

RECORD_ID = "record_id"
RECORD_ID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
Key = tuple[Hashable, ...]


def person_key(id_number: str | None, name: str | None) -> Hashable:
    """A person in a file: by resident ID, else by name (within the record it is on)."""
    return id_number or ("name", nk.person_name_key(name))


def group_key(values: dict[str, Any]) -> Key:
    """The rows of one training session in a file: the same title (normalised) and start date."""
    return (nk.norm(values.get("title")), values.get("start_date"))


def row_key(kind: str, values: dict[str, Any], session: Hashable | None = None) -> Key | None:
    """The natural key of a row; for trainees `session` is the stored session's id (default:
    the row's session group in the file)."""
    person = person_key(values.get("id_number"), values.get("name"))
    if kind == "trainees":
        return ("trainee", session if session is not None else group_key(values), person)
    if kind == "placements":
        return nk.placement_key(person, values.get("employer"), values.get("start_date"))  # type: ignore[arg-type]
    if kind == "pairings":
        return nk.pairing_key(values.get("level"), values.get("lishui_party"), values.get("sichuan_party"))
    if kind == "cadres":
        return nk.cadre_key(values.get("name"), values.get("post"), values.get("start_date"))
    return nk.fund_key(values.get("county"), values.get("year"))


def stored_keys(kind: str, item: Any, person: Any = None) -> list[Key]:
    """The keys a stored record answers to (a person is found by ID and by name)."""
    if kind == "trainees":
        return [("trainee", item.session_id, p) for p in _person_keys(person)]
    if kind == "placements":
        keys = [nk.placement_key(p, item.employer, item.start_date) for p in _person_keys(person)]  # type: ignore[arg-type]
        return [k for k in keys if k is not None]
    if kind == "pairings":
        key = nk.pairing_key(item.level, item.lishui_party, item.sichuan_party)
        return [(*key, item.start_date), key] if key is not None else []
    if kind == "cadres":
        key = nk.cadre_key(item.name, item.post, item.start_date)
    else:
        key = nk.fund_key(item.county_id, item.year)
    return [key] if key is not None else []


def _person_keys(person: Any) -> list[Hashable]:
    if person is None:
        return []
    keys: list[Hashable] = [("name", nk.person_name_key(person.name))]
    return [person.id_number, *keys] if person.id_number else keys


def file_key(kind: str, values: dict[str, Any]) -> Key | None:
    """What makes two rows of one file the same record: the record id, else the natural key
    (for pairings with the start date: a renewal of the same pair is a new period)."""
    record_id = values.get(RECORD_ID)
    if record_id:
        return ("record", record_id)
    key = row_key(kind, values)
    return (*key, values.get("start_date")) if key is not None and kind == "pairings" else key


def dated_key(kind: str, key: Key, start: Any) -> Key | None:
    """A pairing's key with its start date, found before the key alone (renewed pairings)."""
    return (*key, start) if kind == "pairings" else None


def session_key(values: dict[str, Any]) -> Key | None:
    """The natural key of the session a group of trainee rows describes."""
    return nk.session_key(values.get("category"), values.get("organiser"), values.get("start_date"), values.get("title"))


def stored_session_key(item: Any) -> Key | None:
    return nk.session_key(item.category, item.organiser_id, item.start_date, item.title)
