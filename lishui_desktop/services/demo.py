"""Realistic synthetic data (`lishui demo`, benchmarks): six counties, 2018-2020, every ledger.

Rows go in through bulk inserts on the database's own engine, in one transaction, each batch
captured by sync like any other write (`capture.insert_rows`). `generate` is the API the
benchmarks reuse with a larger `scale`; `fill_demo` is the user command and refuses to add
demo records to a database that already holds ledger records.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select, text

from lishui_desktop import collector
from lishui_desktop.db.base import Base, now_text
from lishui_desktop.db.database import Database
from lishui_desktop.db.models import (
    Event,
    Fund,
    Pairing,
    PairingActivity,
    Person,
    Place,
    Placement,
    Secondment,
    TrainingSession,
    synced_tables,
)
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.domain.ids import person_id_for, uuid_text
from lishui_desktop.services import demo_data as words
from lishui_desktop.services import setup
from lishui_desktop.sync.capture import insert_rows

YEARS = (2018, 2019, 2020)
LEDGER_TABLES = (Person, TrainingSession, Placement, Secondment, Fund, Event, PairingActivity)
Progress = Callable[[str], None]


class DemoDataExists(UserError):
    context = "Demo"


class Draws(random.Random):
    """`random.Random` whose everyday draws take fewer Python steps (the demo makes some 150,000
    of them): `choice`, `randint` and `randrange` give the very numbers the standard library
    gives for the same seed (the demo's records stay what they were), each drawing below n
    inline as `_randbelow` does (as many bits as n has, again while the draw is n or more)."""

    def choice(self, seq: Any) -> Any:
        n = len(seq)
        if not n:
            raise IndexError("Cannot choose from an empty sequence")
        bits = n.bit_length()
        got = self.getrandbits(bits)
        while got >= n:
            got = self.getrandbits(bits)
        return seq[got]

    def randint(self, a: int, b: int) -> int:
        n = b - a + 1
        if n < 1:
            raise ValueError(f"empty range for randint({a}, {b})")
        bits = n.bit_length()
        got = self.getrandbits(bits)
        while got >= n:
            got = self.getrandbits(bits)
        return a + got

    def randrange(self, start: Any, stop: Any = None, step: Any = 1) -> int:
        if stop is None and type(start) is int and start > 0:
            n, step, start = start, 1, 0
        elif type(start) is not int or type(stop) is not int or type(step) is not int or step < 1 or stop <= start:
            return super().randrange(start, stop, step)  # (and its errors)
        else:
            n = (stop - start + step - 1) // step
        bits = n.bit_length()
        got = self.getrandbits(bits)
        while got >= n:
            got = self.getrandbits(bits)
        return start + step * got


@dataclass(frozen=True, slots=True)
class Area:
    """A place as the demo reads it, thousands of times: plain values, no ORM attribute."""

    id: str
    code: str | None
    name: str
    full_name: str | None
    side: str
    level: str

    @classmethod
    def of(cls, place: Place) -> Area:
        return cls(place.id, place.code, place.name, place.full_name, place.side, place.level)


@dataclass
class Unit:
    """A Lishui unit (county or 市本级) and the Sichuan side it works with."""

    place: Area
    partners: list[Area]  # paired Sichuan counties (all six for 市本级)
    is_city: bool


@dataclass
class World:
    """What the generator draws from and what it has made so far."""

    rng: random.Random
    key: bytes
    units: list[Unit]
    sichuan_city: Area
    stamp: str = field(default_factory=now_text)
    used_ids: set[str] = field(default_factory=set)
    trainees: dict[str, list[str]] = field(default_factory=dict)  # Sichuan county id -> person ids
    rows: dict[type, list[dict[str, Any]]] = field(default_factory=dict)

    def new_id(self) -> str:
        return uuid_text(self.rng.getrandbits(128), 4)

    def add(self, model: type, **values: Any) -> str:
        row = {"id": self.new_id(), "deleted": False, "created_at": self.stamp, "updated_at": self.stamp, **values}
        self.rows.setdefault(model, []).append(row)
        return str(row["id"])

    def day(self, year: int, first: int = 1, last: int = 12) -> dt.date:
        start = dt.date(year, first, 1)
        end = dt.date(year + (last == 12), 1 if last == 12 else last + 1, 1)
        return start + dt.timedelta(days=self.rng.randrange((end - start).days))

    def n(self, low: int, high: int, scale: float) -> int:
        return max(0, round(self.rng.randint(low, high) * scale))


def has_ledger_data(db: Database) -> bool:
    with db.sessions() as session:
        return any(
            session.scalar(select(func.count()).select_from(model).where(model.deleted.is_(False)))
            for model in LEDGER_TABLES
        )


def fill_demo(db: Database, scale: float = 1.0, seed: int = 2018, progress: Progress | None = None) -> dict[str, int]:
    """`lishui demo`: set up the database if needed, then fill it once with demo records."""
    if not setup.is_initialised(db):
        setup.init_database(db, role="office")
    if has_ledger_data(db):
        raise DemoDataExists(
            QT_TRANSLATE_NOOP(
                "Demo",
                "This database already holds records; demo data is only added to an empty "
                "database. Use a new file, e.g. lishui --db demo.sqlite3 demo.",
            )
        )
    return generate(db, scale, seed, progress)


def generate(
    db: Database, scale: float = 1.0, seed: int = 2018, progress: Progress | None = None, *, capture: bool = True
) -> dict[str, int]:
    """Add demo records at `scale` (1.0: about 18,000 records); returns rows added per table.

    `capture=False` skips sync's change log (benchmark databases that only need the records).
    """
    say = progress or (lambda _text: None)
    counts: dict[str, int] = {}
    # all or nothing; no cyclic collection passes over the many small records drawn (a tenth of the time)
    with collector.paused(), db.transaction() as session:
        # a big transaction: keep its pages in memory instead of spilling them to the WAL
        on_sqlite = session.get_bind().dialect.name == "sqlite"
        if on_sqlite:
            session.execute(text("PRAGMA cache_size=-262144"))
        conn = session.connection()
        started = time.perf_counter()
        for label, tables in demo_rows(db, scale, seed):
            for table, rows in tables:
                for start in range(0, len(rows), 5000):
                    if capture:
                        insert_rows(conn, table, rows[start : start + 5000])
                    else:
                        conn.execute(insert(Base.metadata.tables[table]), rows[start : start + 5000])
                counts[table] = counts.get(table, 0) + len(rows)
            say(f"{label}: {sum(len(r) for _t, r in tables)} rows, {time.perf_counter() - started:.1f} s")
            started = time.perf_counter()
        if on_sqlite:
            session.execute(text("PRAGMA cache_size=-2000"))
    return counts


def demo_rows(db: Database, scale: float = 1.0, seed: int = 2018) -> Iterator[tuple[str, list[tuple[str, list[dict[str, Any]]]]]]:
    """The demo's rows area by area: (label, [(table, rows)] parents first), nothing written."""
    from lishui_desktop.services import demo_ledgers as ledgers

    world = _world(db, seed)
    steps: list[tuple[str, Callable[[World, float], None]]] = [
        ("pairings", ledgers.pairings),
        ("training", ledgers.training),
        ("placements", ledgers.placements),
        ("cadres", ledgers.cadres),
        ("funds", ledgers.funds),
        ("events", ledgers.events),
    ]
    order = synced_tables()
    for label, build in steps:
        world.rows = {}
        build(world, scale)
        tables = sorted(((_table(m), rows) for m, rows in world.rows.items()), key=lambda t: order.index(t[0]))
        world.rows = {}
        yield label, tables


def _table(model: type) -> str:
    return str(getattr(model, "__tablename__", ""))


def _world(db: Database, seed: int) -> World:
    key = setup.deployment_key(db)
    with db.sessions() as session:
        places = {p.code: Area.of(p) for p in session.scalars(select(Place).where(Place.deleted.is_(False)))}
        by_id = {p.id: p for p in places.values()}
        pairs = session.execute(
            select(Pairing.lishui_unit_id, Pairing.sichuan_county_id)
            .where(Pairing.level == "county", Pairing.deleted.is_(False))
            .order_by(Pairing.lishui_party)
        ).all()
    units = [
        Unit(by_id[lishui], [by_id[sichuan]], False)
        for lishui, sichuan in pairs
        if lishui in by_id and sichuan in by_id
    ]
    units.sort(key=lambda u: u.place.code or "")
    if not units:
        raise UserError(QT_TRANSLATE_NOOP("Demo", "The database has no county pairings to fill."), context="Demo")
    city = next((p for p in places.values() if p.side == "lishui" and p.level == "city"), None)
    sichuan_city = places.get("511900") or units[0].partners[0]
    if city is not None:
        units.append(Unit(city, [u.partners[0] for u in units], True))
    return World(rng=Draws(seed), key=key, units=units, sichuan_city=sichuan_city)


def new_person(world: World, county: Area, poor: bool, role_age: tuple[int, int] | None = None) -> str:
    """A person from a Sichuan county with a valid resident ID; returns the row id."""
    rng = world.rng
    gender = "M" if rng.random() < 0.58 else "F"
    name = words.person_name(rng, gender)
    number = words.resident_id(rng, county.code or "511923", gender, world.used_ids)
    if rng.random() < 0.02:  # a few entered without an ID number
        number = ""
    towns = words.SICHUAN_TOWNS.get(county.code or "", ("城关镇",))
    town = rng.choice(towns)
    pid = person_id_for(number, world.key) if number else world.new_id()  # (services.persons.person_id)
    birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14])) if number else None
    world.rows.setdefault(Person, []).append(
        {
            "id": pid, "deleted": False, "created_at": world.stamp, "updated_at": world.stamp,
            "name": name, "gender": gender, "id_number": number or None, "birth_date": birth,
            "phone": words.mobile(rng) if rng.random() < 0.9 else None,
            "county_id": county.id, "town": town, "village": rng.choice(words.VILLAGES),
            "poor_household": poor, "notes": None,
        }
    )
    return pid
