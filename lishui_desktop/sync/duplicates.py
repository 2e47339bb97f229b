"""Records entered twice, found by their natural keys (domain/natural_keys.py) for the review queue.

Computed from synced data only, so every replica holding the same ops lists the same groups.
People are compared by `natural_keys.same_person`; every other ledger by its key, pairings
only when their periods overlap (a renewal is a new period, not a duplicate). Places too: the
same town added without a code at the office and, with one, on a lead's laptop.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Any

from lishui_desktop.db.portable import is_postgresql
from lishui_desktop.domain import natural_keys as nk


@dataclass(frozen=True)
class Keyed:
    """How one table's records are compared: the ledger kind users name, the columns read,
    the key function, the column that labels a group, and a test two same-key records must
    also pass."""

    kind: str
    columns: tuple[str, ...]
    key: Callable[..., tuple[Hashable, ...] | None]
    label: str
    related: Callable[[dict[str, Any], dict[str, Any]], bool] | None = None
    extra: tuple[str, ...] = ()


def _pairings_overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return nk.periods_overlap(a["start_date"], a["end_date"], b["start_date"], b["end_date"])


KEYED: dict[str, Keyed] = {
    "training_sessions": Keyed("sessions", ("category", "organiser_id", "start_date", "title"), nk.session_key, "title"),
    "enrolments": Keyed("trainees", ("session_id", "person_id"), nk.enrolment_key, "session_id"),
    "placements": Keyed("placements", ("person_id", "employer", "start_date"), nk.placement_key, "employer"),
    "pairings": Keyed("pairings", ("level", "lishui_party", "sichuan_party"), nk.pairing_key, "lishui_party",
                      _pairings_overlap, ("start_date", "end_date")),
    "pairing_activities": Keyed("activities", ("pairing_id", "kind", "date"), nk.activity_key, "kind"),
    "secondments": Keyed("cadres", ("name", "post", "start_date"), nk.cadre_key, "name"),
    "funds": Keyed("funds", ("county_id", "year"), nk.fund_key, "year"),
    "fund_projects": Keyed("projects", ("fund_id", "name"), nk.project_key, "name"),
    "events": Keyed("events", ("unit_id", "kind", "date", "title"), nk.event_key, "title"),
    "places": Keyed("places", ("side", "level", "parent_id", "name"), nk.place_key, "name"),
}
KIND_TABLES = {spec.kind: table for table, spec in KEYED.items()} | {"persons": "persons"}
# a column every record of the same key shares as it is stored (narrows the search by index)
_NARROW = {"training_sessions": "start_date", "enrolments": "session_id", "placements": "person_id",
           "pairings": "level", "pairing_activities": "pairing_id", "secondments": "start_date",
           "funds": "county_id", "fund_projects": "fund_id", "events": "date", "places": "level"}
# columns read from the table for a key part that is not a plain column
_EXPRESSIONS = {("events", "unit_id"): "coalesce(lishui_unit_id, county_id)"}
PERSON_COLUMNS = ("name", "birth_date", "town", "village", "id_number")


def _date(value: Any) -> Any:
    if isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _rows(conn: Any, table: str, columns: Iterable[str]) -> Iterable[dict[str, Any]]:
    cols = list(columns)
    exprs = ", ".join(_EXPRESSIONS.get((table, c), f'"{c}"') for c in cols)
    for row in conn.execute(f'SELECT id, {exprs} FROM "{table}" WHERE deleted = FALSE ORDER BY id'):
        values = {c: _date(v) if c.endswith("date") else v for c, v in zip(cols, row[1:], strict=True)}
        values["id"] = row[0]
        yield values


def _components(rows: list[dict[str, Any]], related: Callable[[dict[str, Any], dict[str, Any]], bool]) -> list[list[str]]:
    """Groups of ids linked by `related` (connected components; groups are small)."""
    parent = {r["id"]: r["id"] for r in rows}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, a in enumerate(rows):
        for b in rows[i + 1 :]:
            if related(a, b):
                parent[find(a["id"])] = find(b["id"])
    groups: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        groups[find(r["id"])].append(r["id"])
    return [sorted(g) for g in groups.values() if len(g) > 1]


def record_groups(conn: Any, table: str) -> list[tuple[list[str], dict[str, Any]]]:
    """Groups (ids, first record's values) of live records of `table` sharing a natural key."""
    spec = KEYED[table]
    by_key: dict[tuple[Hashable, ...], list[dict[str, Any]]] = defaultdict(list)
    for values in _rows(conn, table, (*spec.columns, *spec.extra)):
        key = spec.key(*(values[c] for c in spec.columns))
        if key is not None:
            by_key[key].append(values)
    out = []
    for rows in by_key.values():
        if len(rows) < 2:
            continue
        if spec.related is None:
            out.append((sorted(r["id"] for r in rows), rows[0]))
            continue
        first = {r["id"]: r for r in rows}
        out.extend((ids, first[ids[0]]) for ids in _components(rows, spec.related))
    return sorted(out, key=lambda group: group[0])


def person_groups(conn: Any) -> list[tuple[list[str], dict[str, Any]]]:
    """Groups of live people who may be one person (natural_keys.same_person)."""
    by_name: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for values in _rows(conn, "persons", PERSON_COLUMNS):
        by_name[nk.person_name_key(values["name"])].append(values)
    out: list[tuple[list[str], dict[str, Any]]] = []
    for rows in by_name.values():
        if len(rows) < 2 or all(r["id_number"] for r in rows):
            continue
        first = {r["id"]: r for r in rows}
        out.extend((ids, first[ids[0]]) for ids in _components(rows, nk.same_person))
    return sorted(out, key=lambda group: group[0])


def duplicate_items(conn: Any) -> list[dict[str, Any]]:
    """Review items: possible duplicate people, then records of each ledger entered twice."""
    items: list[dict[str, Any]] = []
    for ids, person in person_groups(conn):
        born = person["birth_date"]
        items.append({"kind": "duplicate_person", "table": "persons", "name": person["name"],
                      "birth_date": born.isoformat() if isinstance(born, dt.date) else born,
                      "village": person["village"], "row_ids": ids})
    for table, spec in KEYED.items():
        for ids, values in record_groups(conn, table):
            label = values.get(spec.label)
            items.append({"kind": "duplicate_record", "table": table, "ledger": spec.kind,
                          "label": label.isoformat() if isinstance(label, dt.date) else label, "row_ids": ids})
    return items


def new_people_matching(cur: Any, people: list[dict[str, Any]]) -> int:
    """How many of these people about to be added (values by column, with "id") the review
    queue will offer with a live person (`natural_keys.same_person`, the rule entry and the
    queue use), for the import preview."""
    if not people:
        return 0
    if all(p.get("id_number") for p in people) and not cur.execute(
        "SELECT 1 FROM persons WHERE deleted = FALSE AND id_number IS NULL LIMIT 1"
    ).fetchone():
        return 0  # two people holding IDs are never a candidate pair
    stored: dict[str, list[dict[str, Any]]] = defaultdict(list)
    columns = ("id", *PERSON_COLUMNS)
    for with_id, condition in ((False, ""), (True, " AND (id_number IS NULL OR id_number = '')")):  # (with an ID: only
        names = sorted({  # people without one can pair with them; one found twice changes no count)
            str(p["name"]) for p in people if p.get("name") and bool(p.get("id_number")) is with_id
        })
        for start in range(0, len(names), 400):
            part = names[start : start + 400]
            marks = ",".join("?" * len(part))
            for row in cur.execute(
                f"SELECT {', '.join(columns)} FROM persons WHERE deleted = FALSE AND name IN ({marks}){condition}",
                part,
            ):
                values = dict(zip(columns, row, strict=True))
                stored[nk.person_name_key(values["name"])].append(values)
    return sum(
        1 for p in people
        if any(q["id"] != p["id"] and nk.same_person(p, q) for q in stored.get(nk.person_name_key(p.get("name")), ()))
    )


def twins(conn: Any, table: str, row_id: str) -> list[str]:
    """Other live records of `table` sharing this record's natural key (found when it is saved)."""
    spec = KEYED.get(table)
    if spec is None:
        return []
    narrow = _NARROW[table]
    columns = (*spec.columns, *spec.extra)
    exprs = ", ".join(_EXPRESSIONS.get((table, c), f'"{c}"') for c in columns)
    same = "IS NOT DISTINCT FROM" if is_postgresql(conn) else "IS"  # PostgreSQL's IS takes no subquery
    rows = [
        {"id": r[0], **{c: _date(v) if c.endswith("date") else v for c, v in zip(columns, r[1:], strict=True)}}
        for r in conn.execute(
            f'SELECT id, {exprs} FROM "{table}" WHERE deleted = FALSE AND "{narrow}" {same} '
            f'(SELECT "{narrow}" FROM "{table}" WHERE id = ?)', (row_id,)
        )
    ]
    mine = next((r for r in rows if r["id"] == row_id), None)
    if mine is None:
        return []
    key = spec.key(*(mine[c] for c in spec.columns))
    if key is None:
        return []
    return sorted(
        r["id"] for r in rows
        if r["id"] != row_id and spec.key(*(r[c] for c in spec.columns)) == key
        and (spec.related is None or spec.related(mine, r))
    )
