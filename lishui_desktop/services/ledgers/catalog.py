"""The ledgers of domain.md as specs, part one: pairings and their activities, training
sessions and rosters, placements and follow-ups (part two: catalog_more.py)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, cast, extract, func, select
from sqlalchemy.orm import aliased

from lishui_desktop.db.models import (
    Enrolment,
    Fund,
    Pairing,
    PairingActivity,
    Person,
    Place,
    Placement,
    PlacementFollowUp,
    TrainingSession,
)
from lishui_desktop.domain import choices as ch
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.services.ledgers.person_fields import (
    person_columns,
    person_fields,
)
from lishui_desktop.services.ledgers.spec import (
    BOOL,
    CHOICE,
    DATE,
    INT,
    LONGTEXT,
    MONEY,
    PLACE,
    USCC,
    Choice,
    Column,
    Field,
    LedgerSpec,
    Year,
    register,
)

LU = aliased(Place, name="lishui_unit")  # the Lishui side: county or city level
SC = aliased(Place, name="sichuan_county")
HOME = aliased(Place, name="home_county")
PAR = aliased(Pairing, name="parent_pairing")
RENEWED = aliased(Pairing, name="renewed_pairing")  # the period before a renewal
# a pairing's period by years (2018–2020, 2021–), in SQL that SQLite and PostgreSQL both run
PERIOD = (func.coalesce(cast(extract("year", Pairing.start_date), String), "") + "–"
          + func.coalesce(cast(extract("year", Pairing.end_date), String), ""))
SES = aliased(TrainingSession, name="parent_session")
FUN = aliased(Fund, name="parent_fund")


def person_join(query: Any, model: Any, person_first: bool = False) -> Any:
    """The record's person. A LEFT JOIN, so SQLite drops it when a query does not use persons;
    `person_first` (sorting by a person's column) makes SQLite walk persons in index order and
    find their records by person_id, instead of sorting every joined row."""
    if person_first:
        return query.join(Person, model.person_id == Person.id.concat(""))
    return query.outerjoin(Person, Person.id == model.person_id)


def _trainee_joins(query: Any, person_first: bool = False) -> Any:
    query = person_join(query, Enrolment, person_first).outerjoin(SES, SES.id == Enrolment.session_id)
    return query.outerjoin(HOME, HOME.id == Person.county_id)


def _placement_joins(query: Any, person_first: bool = False) -> Any:
    query = person_join(query, Placement, person_first).outerjoin(HOME, HOME.id == Person.county_id)
    return query.outerjoin(LU, LU.id == Placement.responsible_id)


NOTES = Field("notes", QT_TRANSLATE_NOOP("Ledgers", "Notes"), LONGTEXT)

register(
    LedgerSpec(
        kind="pairings",
        title=QT_TRANSLATE_NOOP("Ledgers", "Pairings"),
        model=Pairing,
        columns=[
            Column("level", QT_TRANSLATE_NOOP("Ledgers", "Level"), Pairing.level, CHOICE, ch.PAIRING_LEVELS),
            Column("lishui_unit", QT_TRANSLATE_NOOP("Ledgers", "Lishui county"), LU.name),
            Column("lishui_party", QT_TRANSLATE_NOOP("Ledgers", "Lishui side"), Pairing.lishui_party, width=16),
            Column("sichuan_county", QT_TRANSLATE_NOOP("Ledgers", "Sichuan county"), SC.name),
            Column("sichuan_party", QT_TRANSLATE_NOOP("Ledgers", "Sichuan side"), Pairing.sichuan_party, width=16),
            Column("start_date", QT_TRANSLATE_NOOP("Ledgers", "Start date"), Pairing.start_date, DATE),
            Column("end_date", QT_TRANSLATE_NOOP("Ledgers", "End date"), Pairing.end_date, DATE),
            Column("period", QT_TRANSLATE_NOOP("Ledgers", "Period"), PERIOD, width=9),
            Column("status", QT_TRANSLATE_NOOP("Ledgers", "Status"), Pairing.status, CHOICE, ch.PAIRING_STATUS),
            Column("renews", QT_TRANSLATE_NOOP("Ledgers", "Renews"), RENEWED.sichuan_party, width=16),
            Column("agreement", QT_TRANSLATE_NOOP("Ledgers", "Agreement"), Pairing.agreement),
        ],
        fields=[
            Field("level", QT_TRANSLATE_NOOP("Ledgers", "Level"), CHOICE, True, ch.PAIRING_LEVELS, "pairing_level"),
            Field("lishui_unit_id", QT_TRANSLATE_NOOP("Ledgers", "Lishui county"), PLACE, True, side="lishui"),
            Field("lishui_party", QT_TRANSLATE_NOOP("Ledgers", "Lishui side"), required=True, complete=True),
            Field("sichuan_county_id", QT_TRANSLATE_NOOP("Ledgers", "Sichuan county"), PLACE, True, side="sichuan"),
            Field("sichuan_party", QT_TRANSLATE_NOOP("Ledgers", "Sichuan side"), required=True, complete=True),
            Field("start_date", QT_TRANSLATE_NOOP("Ledgers", "Start date"), DATE, True),
            Field("end_date", QT_TRANSLATE_NOOP("Ledgers", "End date"), DATE, after="start_date"),
            Field("status", QT_TRANSLATE_NOOP("Ledgers", "Status"), CHOICE, True, ch.PAIRING_STATUS, default="active"),
            Field("agreement", QT_TRANSLATE_NOOP("Ledgers", "Agreement")),
            NOTES,
        ],
        joins=lambda q: q.outerjoin(LU, LU.id == Pairing.lishui_unit_id).outerjoin(
            SC, SC.id == Pairing.sichuan_county_id
        ).outerjoin(RENEWED, RENEWED.id == Pairing.renews_id),
        search=(Pairing.lishui_party, Pairing.sichuan_party, Pairing.agreement, LU.name, SC.name),
        counties=(Pairing.lishui_unit_id, Pairing.sichuan_county_id),
        year=Year(Pairing.start_date),
        category=Choice(Pairing.level, ch.PAIRING_LEVELS, QT_TRANSLATE_NOOP("Ledgers", "Level")),
        status=Choice(Pairing.status, ch.PAIRING_STATUS, QT_TRANSLATE_NOOP("Ledgers", "Status")),
        sort=("start_date", True),
        summary=("lishui_party", "sichuan_party"),
        children=("activities",),
    )
)

register(
    LedgerSpec(
        kind="activities",
        title=QT_TRANSLATE_NOOP("Ledgers", "Pairing activities"),
        model=PairingActivity,
        columns=[
            Column("date", QT_TRANSLATE_NOOP("Ledgers", "Date"), PairingActivity.date, DATE),
            Column("kind", QT_TRANSLATE_NOOP("Ledgers", "Activity"), PairingActivity.kind, CHOICE, ch.ACTIVITY_KINDS),
            Column("pairing", QT_TRANSLATE_NOOP("Ledgers", "Pairing"), PAR.lishui_party + "—" + PAR.sichuan_party, width=20),
            Column("place", QT_TRANSLATE_NOOP("Ledgers", "Place"), PairingActivity.place),
            Column("people", QT_TRANSLATE_NOOP("Ledgers", "People"), PairingActivity.people, width=16),
            Column("notes", QT_TRANSLATE_NOOP("Ledgers", "Notes"), PairingActivity.notes, width=20),
        ],
        fields=[
            Field("date", QT_TRANSLATE_NOOP("Ledgers", "Date"), DATE, True),
            Field("kind", QT_TRANSLATE_NOOP("Ledgers", "Activity"), CHOICE, True, ch.ACTIVITY_KINDS),
            Field("place", QT_TRANSLATE_NOOP("Ledgers", "Place"), complete=True),
            Field("people", QT_TRANSLATE_NOOP("Ledgers", "People")),
            NOTES,
        ],
        joins=lambda q: q.outerjoin(PAR, PAR.id == PairingActivity.pairing_id),
        search=(PairingActivity.place, PairingActivity.people, PairingActivity.notes, PAR.lishui_party, PAR.sichuan_party),
        counties=(PAR.lishui_unit_id, PAR.sichuan_county_id),
        year=Year(PairingActivity.date),
        category=Choice(PairingActivity.kind, ch.ACTIVITY_KINDS, QT_TRANSLATE_NOOP("Ledgers", "Activity")),
        parent=("pairing_id", "pairings"),
        sort=("date", True),
        summary=("date", "kind", "pairing"),
    )
)

_TRAINEES = (
    select(func.count())
    .where(Enrolment.session_id == TrainingSession.id, Enrolment.deleted.is_(False))
    .correlate(TrainingSession)
    .scalar_subquery()
)

register(
    LedgerSpec(
        kind="sessions",
        title=QT_TRANSLATE_NOOP("Ledgers", "Training sessions"),
        model=TrainingSession,
        columns=[
            Column("title", QT_TRANSLATE_NOOP("Ledgers", "Title"), TrainingSession.title, width=22),
            Column("category", QT_TRANSLATE_NOOP("Ledgers", "Category"), TrainingSession.category, CHOICE, ch.TRAINING_CATEGORIES),
            Column("organiser", QT_TRANSLATE_NOOP("Ledgers", "Organiser"), LU.name),
            Column("partner_county", QT_TRANSLATE_NOOP("Ledgers", "Sichuan county"), SC.name),
            Column("start_date", QT_TRANSLATE_NOOP("Ledgers", "Start date"), TrainingSession.start_date, DATE),
            Column("end_date", QT_TRANSLATE_NOOP("Ledgers", "End date"), TrainingSession.end_date, DATE),
            Column("place", QT_TRANSLATE_NOOP("Ledgers", "Place"), TrainingSession.place),
            Column("hours", QT_TRANSLATE_NOOP("Ledgers", "Hours"), TrainingSession.hours, INT),
            Column("trainees", QT_TRANSLATE_NOOP("Ledgers", "Trainees"), _TRAINEES, INT),
        ],
        fields=[
            Field("title", QT_TRANSLATE_NOOP("Ledgers", "Title"), required=True),
            Field("category", QT_TRANSLATE_NOOP("Ledgers", "Category"), CHOICE, True, ch.TRAINING_CATEGORIES, "training_category"),
            Field("organiser_id", QT_TRANSLATE_NOOP("Ledgers", "Organiser"), PLACE, True, side="lishui"),
            Field("partner_county_id", QT_TRANSLATE_NOOP("Ledgers", "Sichuan county"), PLACE, side="sichuan"),
            Field("start_date", QT_TRANSLATE_NOOP("Ledgers", "Start date"), DATE, True),
            Field("end_date", QT_TRANSLATE_NOOP("Ledgers", "End date"), DATE, after="start_date"),
            Field("place", QT_TRANSLATE_NOOP("Ledgers", "Place"), complete=True),
            Field("hours", QT_TRANSLATE_NOOP("Ledgers", "Hours"), INT),
            NOTES,
        ],
        joins=lambda q: q.outerjoin(LU, LU.id == TrainingSession.organiser_id).outerjoin(
            SC, SC.id == TrainingSession.partner_county_id
        ),
        search=(TrainingSession.title, TrainingSession.place),
        counties=(TrainingSession.organiser_id, TrainingSession.partner_county_id),
        year=Year(TrainingSession.start_date),
        category=Choice(TrainingSession.category, ch.TRAINING_CATEGORIES, QT_TRANSLATE_NOOP("Ledgers", "Category")),
        sort=("start_date", True),
        summary=("title", "start_date"),
        children=("trainees",),
    )
)

_ENROL_CATEGORY = func.coalesce(Enrolment.category, SES.category)

register(
    LedgerSpec(
        kind="trainees",
        title=QT_TRANSLATE_NOOP("Ledgers", "Trainees"),
        model=Enrolment,
        columns=[
            *person_columns(HOME),
            Column("session", QT_TRANSLATE_NOOP("Ledgers", "Training session"), SES.title, width=18),
            Column("category", QT_TRANSLATE_NOOP("Ledgers", "Category"), _ENROL_CATEGORY, CHOICE, ch.TRAINING_CATEGORIES),
            Column("role", QT_TRANSLATE_NOOP("Ledgers", "Role"), Enrolment.role),
            Column("attended", QT_TRANSLATE_NOOP("Ledgers", "Attended"), Enrolment.attended, BOOL),
            Column("completed", QT_TRANSLATE_NOOP("Ledgers", "Completed"), Enrolment.completed, BOOL),
            Column("start_date", QT_TRANSLATE_NOOP("Ledgers", "Start date"), SES.start_date, DATE),
        ],
        fields=[
            *person_fields(),
            Field("role", QT_TRANSLATE_NOOP("Ledgers", "Role"), complete=True),
            Field("category", QT_TRANSLATE_NOOP("Ledgers", "Category"), CHOICE, False, ch.TRAINING_CATEGORIES, "training_category"),
            Field("attended", QT_TRANSLATE_NOOP("Ledgers", "Attended"), BOOL, default=True),
            Field("completed", QT_TRANSLATE_NOOP("Ledgers", "Completed"), BOOL, default=True),
        ],
        joins=_trainee_joins,
        search=(SES.title,),
        search_joins=lambda q: q.join(SES, SES.id == Enrolment.session_id),
        counties=(SES.organiser_id, SES.partner_county_id, Person.county_id),
        year=Year(SES.start_date),
        category=Choice(_ENROL_CATEGORY, ch.TRAINING_CATEGORIES, QT_TRANSLATE_NOOP("Ledgers", "Category")),
        parent=("session_id", "sessions"),
        person=True,
        sort=("start_date", True),
        summary=("name", "session"),
        extra_where=lambda: (SES.deleted.is_(False),),
    )
)

register(
    LedgerSpec(
        kind="placements",
        title=QT_TRANSLATE_NOOP("Ledgers", "Labor placements"),
        model=Placement,
        columns=[
            *person_columns(HOME),
            Column("employer", QT_TRANSLATE_NOOP("Ledgers", "Employer"), Placement.employer, width=18),
            Column("work_place", QT_TRANSLATE_NOOP("Ledgers", "Place of work"), Placement.work_place),
            Column("industry", QT_TRANSLATE_NOOP("Ledgers", "Industry"), Placement.industry),
            Column("job", QT_TRANSLATE_NOOP("Ledgers", "Job"), Placement.job),
            Column("start_date", QT_TRANSLATE_NOOP("Ledgers", "Start date"), Placement.start_date, DATE),
            Column("end_date", QT_TRANSLATE_NOOP("Ledgers", "End date"), Placement.end_date, DATE),
            Column("monthly_wage_fen", QT_TRANSLATE_NOOP("Ledgers", "Monthly wage (yuan)"), Placement.monthly_wage_fen, MONEY),
            Column("contract", QT_TRANSLATE_NOOP("Ledgers", "Contract"), Placement.contract, BOOL),
            Column("channel", QT_TRANSLATE_NOOP("Ledgers", "Channel"), Placement.channel, CHOICE, ch.PLACEMENT_CHANNELS),
            Column("responsible", QT_TRANSLATE_NOOP("Ledgers", "Lishui county"), LU.name),
        ],
        fields=[
            *person_fields(),
            Field("employer", QT_TRANSLATE_NOOP("Ledgers", "Employer"), required=True, complete=True),
            Field("credit_code", QT_TRANSLATE_NOOP("Ledgers", "Unified social credit code"), USCC),
            Field("work_place", QT_TRANSLATE_NOOP("Ledgers", "Place of work"), complete=True),
            Field("industry", QT_TRANSLATE_NOOP("Ledgers", "Industry"), complete=True),
            Field("job", QT_TRANSLATE_NOOP("Ledgers", "Job"), complete=True),
            Field("start_date", QT_TRANSLATE_NOOP("Ledgers", "Start date"), DATE, True),
            Field("end_date", QT_TRANSLATE_NOOP("Ledgers", "End date"), DATE, after="start_date"),
            Field("monthly_wage_fen", QT_TRANSLATE_NOOP("Ledgers", "Monthly wage (yuan)"), MONEY),
            Field("contract", QT_TRANSLATE_NOOP("Ledgers", "Contract"), BOOL),
            Field("channel", QT_TRANSLATE_NOOP("Ledgers", "Channel"), CHOICE, False, ch.PLACEMENT_CHANNELS, "channel"),
            Field("responsible_id", QT_TRANSLATE_NOOP("Ledgers", "Lishui county"), PLACE, side="lishui"),
            NOTES,
        ],
        joins=_placement_joins,
        search=(Placement.employer,),
        search_joins=lambda q: q,
        counties=(Placement.responsible_id, Person.county_id),
        year=Year(Placement.start_date),
        category=Choice(Placement.channel, ch.PLACEMENT_CHANNELS, QT_TRANSLATE_NOOP("Ledgers", "Channel")),
        person=True,
        sort=("start_date", True),
        summary=("name", "employer"),
        children=("followups",),
    )
)

FOLLOW_UP_MONTHS = {  # a choice table: labels in the Choices context, as every choice is shown
    "3": QT_TRANSLATE_NOOP("Choices", "3 months"), "6": QT_TRANSLATE_NOOP("Choices", "6 months"), "0": QT_TRANSLATE_NOOP("Choices", "Other"),
}

register(
    LedgerSpec(
        kind="followups",
        title=QT_TRANSLATE_NOOP("Ledgers", "Follow-ups"),
        model=PlacementFollowUp,
        columns=[
            Column("months", QT_TRANSLATE_NOOP("Ledgers", "After"), PlacementFollowUp.months, INT),
            Column("date", QT_TRANSLATE_NOOP("Ledgers", "Date"), PlacementFollowUp.date, DATE),
            Column("employed", QT_TRANSLATE_NOOP("Ledgers", "Still employed"), PlacementFollowUp.employed, BOOL),
            Column("wage_paid", QT_TRANSLATE_NOOP("Ledgers", "Wage paid"), PlacementFollowUp.wage_paid, BOOL),
            Column("notes", QT_TRANSLATE_NOOP("Ledgers", "Notes"), PlacementFollowUp.notes, width=20),
        ],
        fields=[
            Field("months", QT_TRANSLATE_NOOP("Ledgers", "After"), CHOICE, True, FOLLOW_UP_MONTHS, default="3"),
            Field("date", QT_TRANSLATE_NOOP("Ledgers", "Date"), DATE, True),
            Field("employed", QT_TRANSLATE_NOOP("Ledgers", "Still employed"), BOOL, default=True),
            Field("wage_paid", QT_TRANSLATE_NOOP("Ledgers", "Wage paid"), BOOL, default=True),
            NOTES,
        ],
        parent=("placement_id", "placements"),
        sort=("date", False),
        summary=("months", "date"),
    )
)
