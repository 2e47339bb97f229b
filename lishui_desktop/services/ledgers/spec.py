"""What a ledger is made of: its columns (SQL expressions), its fields (editor rules), its filters.

One `LedgerSpec` per record kind drives the paged query, the editor, the CLI list and the
recycle view, so the seven ledger pages are one generic page configured seven ways.
Labels are English sources in the "Ledgers" context, translated where they are shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement

from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP

CTX = "Ledgers"

# column kinds: how a value is shown (and masked)
TEXT, DATE, MONEY, CHOICE, BOOL, INT, ID, PHONE = "text", "date", "money", "choice", "bool", "int", "id", "phone"
# extra field kinds: what an editor offers and checks
LONGTEXT, PLACE, USCC = "longtext", "place", "uscc"


@dataclass(frozen=True)
class Column:
    """One column of a ledger table: a key (also the --json key), a label and an SQL expression."""

    key: str
    label: str
    expr: Any  # ColumnElement; Any keeps dataclass frozen-hashing away from SQL objects
    kind: str = TEXT
    choices: dict[str, str] | None = None
    width: int = 0  # preferred width in characters (0: let the view decide)


@dataclass(frozen=True)
class Field:
    """One editor field: the model attribute (or person.<attr>), its rule and how it is offered."""

    name: str
    label: str
    kind: str = TEXT
    required: bool = False
    choices: dict[str, str] | None = None
    alias: str = ""  # key of domain.choices.ALIASES for words people type
    side: str = ""  # for places: lishui | sichuan | "" (any)
    complete: bool = False  # offer values typed before (towns, villages, employers)
    after: str = ""  # a date field that must not be after this one
    default: Any = None

    @property
    def is_person(self) -> bool:
        return self.name.startswith("person.")

    @property
    def attr(self) -> str:
        return self.name.split(".", 1)[1] if self.is_person else self.name


@dataclass(frozen=True)
class Year:
    """How a year filter applies: a date column, an integer year column, or a start-end overlap."""

    start: Any
    end: Any = None
    integer: bool = False


@dataclass(frozen=True)
class Choice:
    """A filter by code (category, kind, level, status)."""

    expr: Any
    choices: dict[str, str]
    label: str


@dataclass(frozen=True)
class LedgerSpec:
    """Everything the generic query, editor and page need to know about one record kind."""

    kind: str
    title: str
    model: Any  # a Synced model class
    columns: Sequence[Column]
    fields: Sequence[Field]
    joins: Callable[..., Any] = lambda q: q  # person ledgers also take person_first=True
    search: Sequence[Any] = ()
    search_joins: Callable[[Any], Any] | None = None  # joins the search needs (default: all)
    counties: Sequence[Any] = ()
    year: Year | None = None
    category: Choice | None = None
    status: Choice | None = None
    parent: tuple[str, str] | None = None  # (foreign-key attribute, parent kind)
    person: bool = False  # the record links a person through person_id
    sort: tuple[str, bool] = ("", False)  # default sort: column key, descending
    summary: tuple[str, ...] = ()  # column keys that name a record (recycle view, person page)
    children: tuple[str, ...] = ()  # kinds shown under a selected record
    extra_where: Callable[[], Sequence[ColumnElement[bool]]] = field(default=lambda: ())

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)

    def field_named(self, name: str) -> Field:
        for item in self.fields:
            if item.name == name:
                return item
        raise KeyError(name)


class LedgerError(UserError):
    """A ledger operation refused for a reason the user can act on."""

    context = CTX


_REGISTRY: dict[str, LedgerSpec] = {}


def register(spec: LedgerSpec) -> LedgerSpec:
    _REGISTRY[spec.kind] = spec
    return spec


def spec_for(kind: str) -> LedgerSpec:
    from lishui_desktop.services.ledgers import catalog, catalog_more  # noqa: F401  (they register)

    try:
        return _REGISTRY[kind]
    except KeyError:
        raise LedgerError(
            QT_TRANSLATE_NOOP("Ledgers", "Unknown kind %1; use one of: %2"), kind, ", ".join(kinds())
        ) from None


def kinds() -> list[str]:
    from lishui_desktop.services.ledgers import catalog, catalog_more  # noqa: F401

    return list(_REGISTRY)
