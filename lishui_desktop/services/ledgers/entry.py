"""What an editor needs while a record is typed, read-only and quick: the field rules checked
before the write is queued, and the Sichuan county a Lishui organiser is paired with."""

from __future__ import annotations

import datetime as dt
from typing import Any

from lishui_desktop.db.database import Database
from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.services.ledgers.checks import validate
from lishui_desktop.services.ledgers.editing import check_parent_date, parent_of, stored_values
from lishui_desktop.services.ledgers.spec import LedgerError, spec_for
from lishui_desktop.services.progress_data import PlaceMap


def check_record(
    db: Database, kind: str, values: dict[str, Any], record_id: str | None = None, parent_id: str | None = None
) -> dict[str, ValidationError]:
    """The field errors `save_record` would report for these values (nothing is written).

    Rules that need the write itself (the same person twice on a roster) are left to it.
    """
    spec = spec_for(kind)
    with db.sessions() as session:
        stored = stored_values(session, spec, record_id)
        clean, errors = validate(session, spec, {**stored, **values}, stored)
        if spec.parent:
            try:
                parent = parent_of(session, spec, session.get(spec.model, record_id) if record_id else None, parent_id)
            except LedgerError:
                return errors  # the write says so
            check_parent_date(spec, parent, clean, errors)
    return errors


def partner_county(db: Database, organiser_id: str | None, on: dt.date | None = None) -> str | None:
    """The Sichuan county paired (county level) with the organiser's Lishui county in that year."""
    if not organiser_id:
        return None
    year = (on or dt.date.today()).year
    with db.sessions() as session:
        places = PlaceMap.load(session, year)
    return places.sichuan_of.get(places.up(organiser_id, "lishui") or "")
