"""The person part of a ledger: columns and editor fields shared by trainees, placements, people."""

from __future__ import annotations

from typing import Any

from lishui_desktop.db.models import Person
from lishui_desktop.domain import choices as ch
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.services.ledgers.spec import (
    BOOL,
    CHOICE,
    DATE,
    ID,
    PHONE,
    PLACE,
    Column,
    Field,
)

# Searched in one pass over the (name, birth date, village) index; digits search the ID index
# instead (an ID tail). Phones are not searched (no index).
PERSON_SEARCH = (Person.name, Person.village)
PERSON_ATTRS = ("name", "id_number", "gender", "birth_date", "phone", "county_id", "town", "village", "poor_household")


def person_columns(home: Any, table: Any = Person) -> list[Column]:
    """Name, gender, ID, phone, home county (an aliased Place), town, village, poor household."""
    return [
        Column("name", QT_TRANSLATE_NOOP("Ledgers", "Name"), table.name),
        Column("gender", QT_TRANSLATE_NOOP("Ledgers", "Gender"), table.gender, CHOICE, ch.GENDERS),
        Column("id_number", QT_TRANSLATE_NOOP("Ledgers", "Resident ID"), table.id_number, ID, width=19),
        Column("phone", QT_TRANSLATE_NOOP("Ledgers", "Phone"), table.phone, PHONE, width=12),
        Column("home_county", QT_TRANSLATE_NOOP("Ledgers", "Home county"), home.name),
        Column("town", QT_TRANSLATE_NOOP("Ledgers", "Town"), table.town),
        Column("village", QT_TRANSLATE_NOOP("Ledgers", "Village"), table.village),
        Column("poor_household", QT_TRANSLATE_NOOP("Ledgers", "Registered poor"), table.poor_household, BOOL),
    ]


def person_fields(direct: bool = False) -> list[Field]:
    """Editor fields of a person; names are `person.<attr>` unless the record is the person."""
    p = "" if direct else "person."
    return [
        Field(p + "name", QT_TRANSLATE_NOOP("Ledgers", "Name"), required=True),
        Field(p + "id_number", QT_TRANSLATE_NOOP("Ledgers", "Resident ID"), ID),
        Field(p + "gender", QT_TRANSLATE_NOOP("Ledgers", "Gender"), CHOICE, False, ch.GENDERS, "gender"),
        Field(p + "birth_date", QT_TRANSLATE_NOOP("Ledgers", "Birth date"), DATE),
        Field(p + "phone", QT_TRANSLATE_NOOP("Ledgers", "Phone"), PHONE),
        Field(p + "county_id", QT_TRANSLATE_NOOP("Ledgers", "Home county"), PLACE, side="sichuan"),
        Field(p + "town", QT_TRANSLATE_NOOP("Ledgers", "Town"), complete=True),
        Field(p + "village", QT_TRANSLATE_NOOP("Ledgers", "Village"), complete=True),
        Field(p + "poor_household", QT_TRANSLATE_NOOP("Ledgers", "Registered poor"), BOOL),
    ]
