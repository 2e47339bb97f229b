"""Places as data the office edits: add, rename (keeping the former names and GB/T 2260 codes),
merge and retire counties, towns, villages, schools and hospitals on either side.

Every change is an ordinary edit through the ORM unit of work, so change capture records it
and it syncs like any record. Only the office and working-group leads issue place changes; a
field laptop receives them in a bundle. A place with a code gets an id derived from it, so the
same county added at two offices is one row. A merged place leaves a pointer to the place it
joined (merged_records, as any merged record): its records move there, also late ones.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, or_, select, true
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from lishui_desktop.db.base import Base
from lishui_desktop.db.database import Database
from lishui_desktop.db.models import MergedRecord, Place
from lishui_desktop.domain import natural_keys as nk
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from lishui_desktop.domain.ids import new_id, reference_id
from lishui_desktop.domain.text import clean, squeeze
from lishui_desktop.domain.validation import parse_date
from lishui_desktop.services.reference import find_place, history_of

CTX = "Places"
LEVELS = {
    "city": QT_TRANSLATE_NOOP("Places", "city level"),
    "county": QT_TRANSLATE_NOOP("Places", "county"),
    "town": QT_TRANSLATE_NOOP("Places", "town"),
    "village": QT_TRANSLATE_NOOP("Places", "village"),
    "school": QT_TRANSLATE_NOOP("Places", "school"),
    "hospital": QT_TRANSLATE_NOOP("Places", "hospital"),
}
SIDES = {"lishui": QT_TRANSLATE_NOOP("Places", "Lishui"), "sichuan": QT_TRANSLATE_NOOP("Places", "Sichuan")}
LEVEL_WORDS = {
    "市本级": "city", "市级": "city", "市": "city", "县": "county", "区": "county", "县区": "county", "县(市、区)": "county",
    "镇": "town", "乡": "town", "镇乡": "town", "乡镇": "town", "街道": "town", "村": "village", "社区": "village",
    "学校": "school", "医院": "hospital", "卫生院": "hospital",
}
# the words written for levels and sides in workbooks (Chinese, whatever the interface language)
LEVEL_NAMES = {"city": "市本级", "county": "县", "town": "镇", "village": "村", "school": "学校", "hospital": "医院"}
SIDE_NAMES = {"lishui": "丽水", "sichuan": "四川"}
SIDE_WORDS = {"丽水": "lishui", "浙江": "lishui", "丽水方": "lishui", "四川": "sichuan", "四川方": "sichuan"}
# the levels a place's parent may have
PARENTS = {
    "city": ("city",), "county": ("city",), "town": ("county",), "village": ("town", "county"),
    "school": ("county", "town", "city"), "hospital": ("county", "town", "city"),
}
CODE_LENGTHS = {"city": (6,), "county": (6,), "town": (9, 12), "village": (12,)}
EDITORS = ("office", "lead")
RETRIES = 5  # a place added at the same moment by someone else on the same store


class PlaceError(UserError):
    context = CTX


@dataclass(frozen=True)
class PlaceInfo:
    """One place as plain values."""

    id: str
    name: str
    code: str | None
    full_name: str | None
    side: str
    level: str
    parent_id: str | None
    parent_name: str | None
    retired_on: dt.date | None
    history: list[dict[str, Any]] = field(default_factory=list)


def _info(place: Place, names: dict[str, str]) -> PlaceInfo:
    return PlaceInfo(place.id, place.name, place.code, place.full_name, place.side, place.level, place.parent_id,
                     names.get(place.parent_id or ""), place.retired_on, history_of(place))


def list_places(db: Database, level: str | None = None, side: str | None = None,
                retired: bool = True) -> list[PlaceInfo]:
    """Live places (retired ones too unless `retired` is False), by side, level and code."""
    with db.sessions() as session:
        rows = session.scalars(select(Place).where(Place.deleted.is_(False))).all()
        names = {p.id: p.name for p in rows}
        found = [_info(p, names) for p in rows
                 if (level is None or p.level == level) and (side is None or p.side == side)
                 and (retired or p.retired_on is None)]
    order = list(LEVELS)
    return sorted(found, key=lambda p: (p.side != "lishui", order.index(p.level) if p.level in order else 9,
                                        p.code or "~", p.name))


def name_of(db: Database, place_id: str) -> str | None:
    """The name of the place with this id (retired or not), None when there is none."""
    with db.sessions() as session:
        place = session.get(Place, place_id)
        return place.name if place is not None and not place.deleted else None


def check_editor(db: Database) -> None:
    """Refuses a device that may not change places (a field laptop)."""
    if db.get_setting("role") not in EDITORS:
        raise PlaceError(QT_TRANSLATE_NOOP("Places", "Only the office or a working-group lead can change places; "
                                                "they reach this computer in a bundle."))


def level_code(text: str | None) -> str:
    """The level code for what was typed (县, 镇, 学校 ... or the code)."""
    return _level(text)


def side_code(text: str | None) -> str:
    """The side code for what was typed (丽水, 四川 ... or the code)."""
    return _side(text)


def _level(text: str | None) -> str:
    word = clean(text)
    level = LEVEL_WORDS.get(word, word.casefold())
    if level not in LEVELS:
        raise PlaceError(QT_TRANSLATE_NOOP("Places", "Unknown level %1; use one of: %2"), word,
                         ", ".join(LEVELS), field="level")
    return level


def _side(text: str | None) -> str:
    word = clean(text)
    side = SIDE_WORDS.get(word, word.casefold())
    if side not in SIDES:
        raise PlaceError(QT_TRANSLATE_NOOP("Places", "The side is lishui or sichuan."), field="side")
    return side


def _code(text: str | None, level: str) -> str | None:
    code = squeeze(text)
    if not code:
        return None
    lengths = CODE_LENGTHS.get(level)
    if not code.isdigit() or (lengths and len(code) not in lengths) or len(code) > 12:
        raise PlaceError(QT_TRANSLATE_NOOP("Places", "%1 is not a GB/T 2260 code of a %2 (6 digits for a county, "
                                                "9 for a town, 12 for a village)."),
                         code, translate("Places", LEVELS[level]), field="code")
    return code


def _name(text: str | None) -> str:
    name = clean(text)
    if not name or len(name) > 60:
        raise PlaceError(QT_TRANSLATE_NOOP("Places", "A place needs a name (at most 60 characters)."), field="name")
    return name


def resolve(session: Session, text: str, *, live: bool = True) -> Place:
    """A place by id, name, code, full name or a former name or code; PlaceError when unknown."""
    place = session.get(Place, text) or find_place(session, text)
    if place is None or (live and place.deleted):
        raise PlaceError(QT_TRANSLATE_NOOP("Places", "There is no place called %1."), text)
    return place


def find_same(session: Session, side: str, level: str, name: str, parent_id: str | None, code: str | None,
          other_than: str = "") -> Place | None:
    """A live place this one would repeat: the same code, or the same side, level and name
    under the same parent (or where either names no parent)."""
    norm = nk.norm_county if level == "county" else nk.norm
    same_parent = or_(Place.parent_id == parent_id, Place.parent_id.is_(None)) if parent_id else true()
    maybe = and_(Place.level == level, same_parent)  # only the places it may repeat are read
    query = select(Place.id, Place.code, Place.level, Place.name, Place.parent_id).where(  # plain rows: cheap
        Place.deleted.is_(False), Place.side == side, or_(maybe, Place.code == code) if code else maybe)
    wanted = norm(name)
    for pid, pcode, plevel, pname, pparent in session.execute(query):
        if pid == other_than:
            continue
        if (code and pcode == code) or (plevel == level and norm(pname) == wanted and (
                pparent == parent_id or None in (pparent, parent_id))):
            return session.get(Place, pid)
    return None


def place_id(side: str, level: str, name: str, parent_id: str | None, code: str | None) -> str:
    """The id of a new place, the same wherever it is added: from its GB/T 2260 code, else from
    its natural key (side, level, parent and normalised name), so the same town added at the
    office and on a lead's laptop before they sync is one row, not two."""
    if code:
        return reference_id("place-code", f"{side}:{code}")
    return reference_id("place-name", repr(nk.place_key(side, level, parent_id, name)))


def _day(on: str | dt.date | None) -> dt.date:
    day = parse_date(on) if on else dt.date.today()
    assert day is not None
    return day


def add_in(session: Session, name: str, level: str, side: str, code: str | None = None,
           parent: str | None = None, full_name: str | None = None) -> Place:
    """A new place in the caller's unit of work (checked first: nothing is written on a refusal)."""
    level, side, name = _level(level), _side(side), _name(name)
    code = _code(code, level)
    up = resolve(session, clean(parent)) if clean(parent) else None
    if up is not None:
        if up.side != side or up.level not in PARENTS[level]:
            raise PlaceError(QT_TRANSLATE_NOOP("Places", "A %1 cannot belong to %2."),
                             translate("Places", LEVELS[level]), up.name, field="parent")
    elif level in ("town", "village"):
        raise PlaceError(QT_TRANSLATE_NOOP("Places", "Say which county (or town) the %1 belongs to."),
                         translate("Places", LEVELS[level]), field="parent")
    twin = find_same(session, side, level, name, up.id if up else None, code)
    if twin is not None:
        raise PlaceError(QT_TRANSLATE_NOOP("Places", "%1 is already a place (%2)."), twin.name, twin.code or twin.id[:8],
                         field="name")
    pid = place_id(side, level, name, up.id if up else None, code)
    row = session.get(Place, pid)
    pointer = session.get(MergedRecord, pid)
    if row is not None and (not row.deleted or (pointer is not None and not pointer.deleted)):
        # the derived id is taken (renamed since, or merged into another place): a new row
        pid, row = new_id(), None
    if row is not None:  # added again after it was removed: the same row comes back
        row.deleted = False
    else:
        row = Place(id=pid)
        session.add(row)
    row.name, row.code, row.side, row.level = name, code, side, level
    row.parent_id = up.id if up else None
    row.full_name = clean(full_name) or ((up.full_name or up.name) + name if up else None)
    row.retired_on = None
    session.flush()
    return row


def add_place(db: Database, name: str, level: str, side: str, code: str | None = None,
              parent: str | None = None, full_name: str | None = None) -> str:
    """A new place; returns its id. Two staff adding the same place at the same moment on one
    office store: the later write fails on the first's row (the same id) or on its read from
    before it (SQLite: busy), and is tried again a moment later, when it finds the place and
    says so."""
    check_editor(db)
    for attempt in range(1, RETRIES + 1):
        try:
            with db.transaction() as session:
                return str(add_in(session, name, level, side, code, parent, full_name).id)
        except (IntegrityError, OperationalError):
            if attempt == RETRIES:
                raise
            time.sleep(0.1 * attempt)
    raise AssertionError("unreachable")


def _remember(place: Place, until: dt.date) -> None:
    """The place's current name and code join its history (oldest first)."""
    history = history_of(place)
    history.append({"name": place.name, "code": place.code, "full_name": place.full_name, "until": until.isoformat()})
    place.history = json.dumps(history, ensure_ascii=False)


def rename_in(session: Session, row: Place, name: str | None = None, code: str | None = None,
              full_name: str | None = None, day: dt.date | None = None) -> bool:
    """A new name, code or full name of `row` (its old ones join its history); False when
    nothing would change."""
    new_name = _name(name) if clean(name) and not nk.same_text(row.name, clean(name)) else row.name
    new_code = _code(code, row.level) if clean(code) else row.code
    new_full = clean(full_name) if clean(full_name) and not nk.same_text(row.full_name, clean(full_name)) else row.full_name
    if (new_name, new_code, new_full) == (row.name, row.code, row.full_name):
        return False
    twin = find_same(session, row.side, row.level, new_name, row.parent_id, new_code if new_code != row.code else None,
                 other_than=row.id)
    if twin is not None:
        raise PlaceError(QT_TRANSLATE_NOOP("Places", "%1 is already a place (%2)."), twin.name, twin.code or twin.id[:8],
                         field="name")
    _remember(row, day or dt.date.today())
    if new_full == row.full_name and new_name != row.name and row.full_name and row.full_name.endswith(row.name):
        new_full = row.full_name[: -len(row.name)] + new_name
    row.name, row.code, row.full_name = new_name, new_code, new_full
    session.flush()
    return True


def rename_place(db: Database, place: str, name: str | None = None, code: str | None = None,
                 full_name: str | None = None, on: str | dt.date | None = None) -> PlaceInfo:
    """A new name, code or full name from `on` (default today); the old ones stay in its history
    (and still find it: a workbook with the former code imports)."""
    check_editor(db)
    day = _day(on)
    with db.transaction() as session:
        row = resolve(session, place)
        if not rename_in(session, row, name, code, full_name, day):
            raise PlaceError(QT_TRANSLATE_NOOP("Places", "Nothing to change: %1 already has that name and code."), row.name)
        return _info(row, {p.id: p.name for p in session.scalars(select(Place))})


def merge_in(session: Session, gone: Place, kept: Place, day: dt.date | None = None, remember: bool = True) -> None:
    """`gone` joins `kept` in the caller's unit of work (`remember`: its name and code join
    the history of `kept`; not for a twin of the same name)."""
    from lishui_desktop.sync.survivors import references

    if gone.id == kept.id or gone.side != kept.side or gone.level != kept.level or kept.deleted:
        raise PlaceError(QT_TRANSLATE_NOOP("Places", "Only two different places of the same side and level can be "
                                                "merged."), field="merged_into")
    models = {m.class_.__tablename__: m.class_ for m in Base.registry.mappers}
    for table, column in references().get("places", ()):
        model = models[table]
        for record in session.scalars(select(model).where(getattr(model, column) == gone.id)):
            setattr(record, column, kept.id)
    if remember:
        history = history_of(kept) + history_of(gone)
        history.append({"name": gone.name, "code": gone.code, "full_name": gone.full_name,
                        "until": (day or dt.date.today()).isoformat(), "merged": True})
        kept.history = json.dumps(history, ensure_ascii=False)
    pointer = session.get(MergedRecord, gone.id)
    if pointer is None:
        session.add(MergedRecord(id=gone.id, tbl="places", survivor_id=kept.id))
    else:
        pointer.tbl, pointer.survivor_id, pointer.deleted = "places", kept.id, False
    gone.deleted = True
    session.flush()


def merge_place(db: Database, place: str, into: str, on: str | dt.date | None = None) -> str:
    """`place` joins `into` (two towns made one): its records and the places under it move,
    its name and code join the history of `into`, and it leaves a pointer so records that
    arrive later for it land on `into`. Returns the id of `into`."""
    check_editor(db)
    day = _day(on)
    with db.transaction() as session:
        kept = resolve(session, into)
        merge_in(session, resolve(session, place), kept, day)
        return str(kept.id)


def retire_in(row: Place, day: dt.date | None, undo: bool = False) -> None:
    """`row` no longer offered for new records from `day` (`undo`: offered again)."""
    if undo:
        if row.retired_on is None:
            raise PlaceError(QT_TRANSLATE_NOOP("Places", "%1 is not retired."), row.name)
        row.retired_on = None
    else:
        if row.retired_on is not None:
            raise PlaceError(QT_TRANSLATE_NOOP("Places", "%1 was retired on %2."), row.name, row.retired_on.isoformat(),
                             field="retired_on")
        row.retired_on = day or dt.date.today()


def retire_place(db: Database, place: str, on: str | dt.date | None = None, undo: bool = False) -> PlaceInfo:
    """The place is no longer offered for new records from `on` (its records stay and count);
    `undo` offers it again."""
    check_editor(db)
    day = _day(on)
    with db.transaction() as session:
        row = resolve(session, place)
        retire_in(row, day, undo)
        session.flush()
        return _info(row, {p.id: p.name for p in session.scalars(select(Place))})
