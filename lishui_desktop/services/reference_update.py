"""Reference data of a new release reaches existing databases, on its first start.

A release may ship new places, pairings or targets, or correct shipped values (a code, a
rule). When the shipped files differ from those last applied to a database, the difference is
applied once, on open:
- a shipped row the database lacks is added (unless the office already added the same place:
  same code, or same side, level and name; the office then records the shipped place as merged
  into its own, so what a laptop recorded against the shipped one moves there), and a shipped field whose stored value is still
  the one shipped before (or was never edited) takes the new value;
- a field somebody edited (its stored value is not the one shipped before) is never
  overwritten, nor is a row the office deleted;
- at the office the changes are captured as the office's edits, so they reach laptops still
  on the older release with the next bundle (kept there until they update, for columns they do
  not know yet); elsewhere they are applied without ops, only where no op touched the field
  (the office's ops, when they arrive, are the same values), as the shipped rows of `init` are.
What was applied is kept as a note for the user (shown once by the GUI and the CLI).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from lishui_desktop.db.database import Database, put_setting
from lishui_desktop.db.models import Place
from lishui_desktop.domain import natural_keys as nk
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, fill, translate
from lishui_desktop.paths import reference_dir
from lishui_desktop.services.places import merge_in
from lishui_desktop.services.reference import REFERENCE_FILES, shipped_rows
from lishui_desktop.sync.capture import capture_paused, op_value

FINGERPRINT = "reference_release"  # sha-256 of the shipped files last applied
APPLIED = "reference_applied"  # {table: {id: {column: value as ops carry it}}} last applied
NOTE = "reference_note"  # what the last application changed, for the user
CTX = "Reference"
PLACE_LINKS = ("parent_id", "lishui_unit_id", "sichuan_county_id")
_MISSING = object()


@dataclass
class ReleaseUpdate:
    """What a release's reference data changed in this database."""

    added: dict[str, int] = field(default_factory=dict)  # table -> rows added
    updated: int = 0  # fields that took a new shipped value
    kept: int = 0  # fields edited here that the release would have changed

    def as_json(self) -> dict[str, Any]:
        return {"added": self.added, "updated": self.updated, "kept": self.kept}

    def text(self) -> str:
        return fill(translate("Reference", QT_TRANSLATE_NOOP(
            "Reference", "This version's reference data was applied: %1 places, %2 pairings and %3 targets added, "
                 "%4 values corrected; %5 values edited here were kept.")),
            self.added.get("places", 0), self.added.get("pairings", 0), self.added.get("targets", 0),
            self.updated, self.kept)


def release_fingerprint(folder: Path | None = None) -> str:
    digest = hashlib.sha256()
    for name in REFERENCE_FILES:
        digest.update((folder or reference_dir()).joinpath(name).read_bytes())
    return digest.hexdigest()


def shipped_values(folder: Path | None = None) -> dict[str, dict[str, dict[str, Any]]]:
    """The shipped rows as APPLIED keeps them."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for model, values in shipped_rows(folder):
        out.setdefault(model.__tablename__, {})[values["id"]] = {
            k: op_value(v) for k, v in values.items() if k != "id"}
    return out


def remember_release(session: Session, folder: Path | None = None) -> None:
    """The shipped files just seeded (init) count as applied."""
    put_setting(session, FINGERPRINT, release_fingerprint(folder))
    put_setting(session, APPLIED, json.dumps(shipped_values(folder), ensure_ascii=False, sort_keys=True))


def _logged(session: Session, table: str, ids: list[str]) -> set[tuple[str, str]]:
    """(row id, column) of the fields of these rows that some op touched."""
    found: set[tuple[str, str]] = set()
    for start in range(0, len(ids), 400):
        part = ids[start:start + 400]
        marks = ", ".join(f":i{n}" for n in range(len(part)))
        rows = session.execute(
            text(f"SELECT DISTINCT row_id, col FROM sync_change_log WHERE tbl = :t AND row_id IN ({marks})"),
            {"t": table, **{f"i{n}": v for n, v in enumerate(part)}})
        found.update((r[0], r[1]) for r in rows)
    return found


def _twin_place(session: Session, values: dict[str, Any]) -> Place | None:
    """A place the office already added that a shipped place is (same code, else same name)."""
    for place in session.scalars(select(Place).where(Place.deleted.is_(False), Place.side == values["side"])):
        if values.get("code") and place.code == values["code"]:
            return place
        norm = nk.norm_county if values["level"] == "county" else nk.norm
        if place.level == values["level"] and norm(place.name) == norm(values["name"]):
            return place
    return None


def _join_twin(session: Session, shipped: dict[str, Any], twin: Place) -> None:
    """At the office: the shipped place is written as merged into the place the office added
    itself (deleted, with a pointer, as any merge leaves). A laptop that took the release
    before the office's place reached it holds the shipped row and may have recorded against
    it: the pointer moves those records to the office's place, here and everywhere, and the
    laptop's shipped row is deleted; nothing points at a place the office lacks."""
    if twin.level != shipped["level"]:
        return  # the same code at another level: not a place to merge
    row = Place(**shipped)
    session.add(row)
    session.flush()  # its own batch: the pointer's ops come after the row's, so none of these is late
    merge_in(session, row, twin, remember=False)


def apply_release(db: Database, folder: Path | None = None) -> ReleaseUpdate | None:
    """Apply the shipped reference data when it changed since it was last applied (see the
    module's docstring); None when there was nothing to do."""
    if db.get_setting("device_id") is None:
        return None
    fingerprint = release_fingerprint(folder)
    if db.get_setting(FINGERPRINT) == fingerprint:
        return None
    office = db.get_setting("role") == "office"
    before = json.loads(db.get_setting(APPLIED) or "{}")
    update = ReleaseUpdate()
    added: Counter[str] = Counter()
    with db.transaction() as session:
        paused: AbstractContextManager[None] = nullcontext() if office else capture_paused(session)
        with paused:
            rows = shipped_rows(folder)
            ids: dict[str, list[str]] = {}
            for model, values in rows:
                ids.setdefault(model.__tablename__, []).append(values["id"])
            logged = {table: _logged(session, table, table_ids) for table, table_ids in ids.items()}
            same_as: dict[str, str] = {}  # shipped place id -> the place the office added
            for model, values in rows:
                table = model.__tablename__
                row = session.get(model, values["id"])
                if row is None:
                    twin = _twin_place(session, values) if model is Place else None
                    linked = {k: same_as.get(v, v) if k in PLACE_LINKS else v for k, v in values.items()}
                    if twin is not None:
                        same_as[values["id"]] = twin.id
                        if office:
                            _join_twin(session, linked, twin)
                        continue
                    if linked != values and not office:
                        continue  # not the shipped row: the office's, with its ops, will come
                    session.add(model(**linked))
                    session.flush()
                    added[table] += 1
                    continue
                if row.deleted:
                    continue  # the office removed it
                shipped_before = before.get(table, {}).get(row.id, {})
                for column, value in values.items():
                    current = getattr(row, column)
                    if column == "id" or current == value:
                        continue
                    edited = (row.id, column) in logged[table]
                    previous = shipped_before.get(column, _MISSING)
                    if edited and (not office or previous is _MISSING or op_value(current) != previous):
                        update.kept += office  # elsewhere: the office's ops bring the value
                        continue
                    setattr(row, column, value)
                    update.updated += 1
            session.flush()
        update.added = dict(added)
        put_setting(session, FINGERPRINT, fingerprint)
        put_setting(session, APPLIED, json.dumps(shipped_values(folder), ensure_ascii=False, sort_keys=True))
        if update.added or update.updated or update.kept:
            put_setting(session, NOTE, json.dumps(update.as_json()))
    return update


def take_note(db: Database) -> str | None:
    """The sentence about the last release's reference data, once (then it is forgotten)."""
    raw = db.get_setting(NOTE)
    if not raw:
        return None
    db.set_setting(NOTE, None)
    data = json.loads(raw)
    return ReleaseUpdate(data.get("added", {}), int(data.get("updated", 0)), int(data.get("kept", 0))).text()
