"""Pairings have periods: a renewal is a new pairing record linked to the one it renews.

The rule of what a new pairing renews lives here, once, for the CLI, the GUI and Excel: the
latest pairing that started before it with the same natural key (level and the two places,
domain/natural_keys.py), or, for a county pairing, the Lishui county's county pairing (a
county has one partner county at a time, so a new partner starts a new period too). The
renewed pairing ends the day before the new one starts. Every change is an ordinary captured
edit that syncs.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Pairing, Place
from lishui_desktop.domain import natural_keys as nk
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.domain.text import clean
from lishui_desktop.domain.validation import parse_date
from lishui_desktop.services.reference import find_place

CTX = "Pairings"


class PairingError(UserError):
    context = CTX


def renews(old: Pairing, new: Pairing) -> bool:
    """Whether `new` is the next period of `old`: it starts later and is the same pairing
    (same natural key) or, at county level, the same Lishui county's."""
    if old.id == new.id or old.level != new.level or not old.start_date or not new.start_date:
        return False
    if not nk.later_period(old.start_date, new.start_date):
        return False
    if new.level == "county" and old.lishui_unit_id and old.lishui_unit_id == new.lishui_unit_id:
        return True
    key = nk.pairing_key(new.level, new.lishui_party, new.sichuan_party)
    return key is not None and key == nk.pairing_key(old.level, old.lishui_party, old.sichuan_party)


def previous_period(session: Session, new: Pairing) -> Pairing | None:
    """The pairing `new` renews (the latest that started before it), or None."""
    candidates = session.scalars(
        select(Pairing).where(Pairing.deleted.is_(False), Pairing.level == new.level, Pairing.id != new.id,
                              Pairing.start_date < new.start_date)
    ).all()
    found = [p for p in candidates if renews(p, new)]
    return max(found, key=lambda p: p.start_date or dt.date.min, default=None)


def link_renewal(session: Session, new: Pairing) -> Pairing | None:
    """Link `new` to the pairing it renews and end that one the day before `new` starts
    (unless it ended earlier); returns the renewed pairing."""
    old = previous_period(session, new)
    if old is None or new.start_date is None:
        return None
    if new.renews_id != old.id:
        new.renews_id = old.id
    last = new.start_date - dt.timedelta(days=1)
    if old.end_date is None or old.end_date > last:
        old.end_date = max(last, old.start_date or last)
    if old.status != "ended":
        old.status = "ended"
    return old


def link_renewals(session: Session, pairing_ids: list[str]) -> int:
    """`link_renewal` for pairings just written (an Excel import), oldest first; how many renew one."""
    rows = [p for p in (session.get(Pairing, i) for i in pairing_ids) if p is not None and p.start_date]
    return sum(link_renewal(session, p) is not None for p in sorted(rows, key=lambda p: p.start_date or dt.date.min))


def _county_pairing(session: Session, text: str, before: dt.date) -> Pairing | None:
    place = find_place(session, text)
    if place is None:
        return None
    side = Pairing.lishui_unit_id if place.side == "lishui" else Pairing.sichuan_county_id
    rows = session.scalars(
        select(Pairing).where(side == place.id, Pairing.level == "county", Pairing.deleted.is_(False),
                              Pairing.start_date < before)
    ).all()
    return max(rows, key=lambda p: p.start_date or dt.date.min, default=None)


def renew_pairing(db: Database, pairing: str, start: str | dt.date, end: str | dt.date | None = None,
                  partner: str | None = None, party: str | None = None, agreement: str | None = None) -> str:
    """A new period of `pairing` (a pairing id, or a Lishui or Sichuan county for its county
    pairing) from `start` to `end`, with the same partner or a new one (`partner`, a Sichuan
    county; `party`, the Sichuan side's name); returns the new pairing's id."""
    first = parse_date(start)
    last = parse_date(end) if end else None
    if first is None:
        raise PairingError(QT_TRANSLATE_NOOP("Pairings", "A renewal needs its start date."))
    if last is not None and last < first:
        raise PairingError(QT_TRANSLATE_NOOP("Pairings", "The renewal ends before it starts."))
    with db.transaction() as session:
        old = session.get(Pairing, pairing) or _county_pairing(session, pairing, first)
        if old is None or old.deleted:
            raise PairingError(QT_TRANSLATE_NOOP("Pairings", "There is no pairing %1 to renew."), pairing)
        if old.start_date is None or old.start_date >= first:
            raise PairingError(QT_TRANSLATE_NOOP("Pairings", "A renewal starts after the pairing it renews (%1)."),
                               old.start_date.isoformat() if old.start_date else "-")
        county_id, sichuan_party = old.sichuan_county_id, old.sichuan_party
        if clean(partner):
            place = session.get(Place, clean(partner)) or find_place(session, clean(partner))
            if place is None or place.side != "sichuan" or place.level not in ("county", "city"):
                raise PairingError(QT_TRANSLATE_NOOP("Pairings", "There is no Sichuan county called %1."), partner)
            county_id = place.id
            sichuan_party = place.full_name or place.name if old.level == "county" else sichuan_party
        sichuan_party = clean(party) or sichuan_party
        new = Pairing(level=old.level, lishui_unit_id=old.lishui_unit_id, lishui_party=old.lishui_party,
                      sichuan_county_id=county_id, sichuan_party=sichuan_party, start_date=first, end_date=last,
                      status="active", agreement=clean(agreement) or old.agreement)
        session.add(new)
        session.flush()
        twin = next((p for p in session.scalars(select(Pairing).where(
            Pairing.deleted.is_(False), Pairing.id != new.id, Pairing.start_date == first, Pairing.level == new.level))
            if nk.pairing_key(p.level, p.lishui_party, p.sichuan_party)
            == nk.pairing_key(new.level, new.lishui_party, new.sichuan_party)), None)
        if twin is not None:
            raise PairingError(QT_TRANSLATE_NOOP("Pairings", "This pairing already has a period starting %1."),
                               first.isoformat())
        link_renewal(session, new)
        session.flush()
        return str(new.id)

