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
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP as N
from lishui_desktop.services.ledgers.person_fields import (
    person_columns,
    person_fields,
)
from lishui_desktop.services.ledgers.spec import (
    BOOL,
    CHOICE,
    CTX,
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


NOTES = Field("notes", N(CTX, "Notes"), LONGTEXT)

register(
    LedgerSpec(
        kind="pairings",
        title=N(CTX, "Pairings"),
        model=Pairing,
        columns=[
            Column("level", N(CTX, "Level"), Pairing.level, CHOICE, ch.PAIRING_LEVELS),
            Column("lishui_unit", N(CTX, "Lishui county"), LU.name),
            Column("lishui_party", N(CTX, "Lishui side"), Pairing.lishui_party, width=16),
            Column("sichuan_county", N(CTX, "Sichuan county"), SC.name),
            Column("sichuan_party", N(CTX, "Sichuan side"), Pairing.sichuan_party, width=16),
            Column("start_date", N(CTX, "Start date"), Pairing.start_date, DATE),
            Column("end_date", N(CTX, "End date"), Pairing.end_date, DATE),
            Column("period", N(CTX, "Period"), PERIOD, width=9),
            Column("status", N(CTX, "Status"), Pairing.status, CHOICE, ch.PAIRING_STATUS),
            Column("renews", N(CTX, "Renews"), RENEWED.sichuan_party, width=16),
            Column("agreement", N(CTX, "Agreement"), Pairing.agreement),
        ],
        fields=[
            Field("level", N(CTX, "Level"), CHOICE, True, ch.PAIRING_LEVELS, "pairing_level"),
            Field("lishui_unit_id", N(CTX, "Lishui county"), PLACE, True, side="lishui"),
            Field("lishui_party", N(CTX, "Lishui side"), required=True, complete=True),
            Field("sichuan_county_id", N(CTX, "Sichuan county"), PLACE, True, side="sichuan"),
            Field("sichuan_party", N(CTX, "Sichuan side"), required=True, complete=True),
            Field("start_date", N(CTX, "Start date"), DATE, True),
            Field("end_date", N(CTX, "End date"), DATE, after="start_date"),
            Field("status", N(CTX, "Status"), CHOICE, True, ch.PAIRING_STATUS, default="active"),
            Field("agreement", N(CTX, "Agreement")),
            NOTES,
        ],
        joins=lambda q: q.outerjoin(LU, LU.id == Pairing.lishui_unit_id).outerjoin(
            SC, SC.id == Pairing.sichuan_county_id
        ).outerjoin(RENEWED, RENEWED.id == Pairing.renews_id),
        search=(Pairing.lishui_party, Pairing.sichuan_party, Pairing.agreement, LU.name, SC.name),
        counties=(Pairing.lishui_unit_id, Pairing.sichuan_county_id),
        year=Year(Pairing.start_date),
        category=Choice(Pairing.level, ch.PAIRING_LEVELS, N(CTX, "Level")),
        status=Choice(Pairing.status, ch.PAIRING_STATUS, N(CTX, "Status")),
        sort=("start_date", True),
        summary=("lishui_party", "sichuan_party"),
        children=("activities",),
    )
)

register(
    LedgerSpec(
        kind="activities",
        title=N(CTX, "Pairing activities"),
        model=PairingActivity,
        columns=[
            Column("date", N(CTX, "Date"), PairingActivity.date, DATE),
            Column("kind", N(CTX, "Activity"), PairingActivity.kind, CHOICE, ch.ACTIVITY_KINDS),
            Column("pairing", N(CTX, "Pairing"), PAR.lishui_party + "—" + PAR.sichuan_party, width=20),
            Column("place", N(CTX, "Place"), PairingActivity.place),
            Column("people", N(CTX, "People"), PairingActivity.people, width=16),
            Column("notes", N(CTX, "Notes"), PairingActivity.notes, width=20),
        ],
        fields=[
            Field("date", N(CTX, "Date"), DATE, True),
            Field("kind", N(CTX, "Activity"), CHOICE, True, ch.ACTIVITY_KINDS),
            Field("place", N(CTX, "Place"), complete=True),
            Field("people", N(CTX, "People")),
            NOTES,
        ],
        joins=lambda q: q.outerjoin(PAR, PAR.id == PairingActivity.pairing_id),
        search=(PairingActivity.place, PairingActivity.people, PairingActivity.notes, PAR.lishui_party, PAR.sichuan_party),
        counties=(PAR.lishui_unit_id, PAR.sichuan_county_id),
        year=Year(PairingActivity.date),
        category=Choice(PairingActivity.kind, ch.ACTIVITY_KINDS, N(CTX, "Activity")),
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
        title=N(CTX, "Training sessions"),
        model=TrainingSession,
        columns=[
            Column("title", N(CTX, "Title"), TrainingSession.title, width=22),
            Column("category", N(CTX, "Category"), TrainingSession.category, CHOICE, ch.TRAINING_CATEGORIES),
            Column("organiser", N(CTX, "Organiser"), LU.name),
            Column("partner_county", N(CTX, "Sichuan county"), SC.name),
            Column("start_date", N(CTX, "Start date"), TrainingSession.start_date, DATE),
            Column("end_date", N(CTX, "End date"), TrainingSession.end_date, DATE),
            Column("place", N(CTX, "Place"), TrainingSession.place),
            Column("hours", N(CTX, "Hours"), TrainingSession.hours, INT),
            Column("trainees", N(CTX, "Trainees"), _TRAINEES, INT),
        ],
        fields=[
            Field("title", N(CTX, "Title"), required=True),
            Field("category", N(CTX, "Category"), CHOICE, True, ch.TRAINING_CATEGORIES, "training_category"),
            Field("organiser_id", N(CTX, "Organiser"), PLACE, True, side="lishui"),
            Field("partner_county_id", N(CTX, "Sichuan county"), PLACE, side="sichuan"),
            Field("start_date", N(CTX, "Start date"), DATE, True),
            Field("end_date", N(CTX, "End date"), DATE, after="start_date"),
            Field("place", N(CTX, "Place"), complete=True),
            Field("hours", N(CTX, "Hours"), INT),
            NOTES,
        ],
        joins=lambda q: q.outerjoin(LU, LU.id == TrainingSession.organiser_id).outerjoin(
            SC, SC.id == TrainingSession.partner_county_id
        ),
        search=(TrainingSession.title, TrainingSession.place),
        counties=(TrainingSession.organiser_id, TrainingSession.partner_county_id),
        year=Year(TrainingSession.start_date),
        category=Choice(TrainingSession.category, ch.TRAINING_CATEGORIES, N(CTX, "Category")),
        sort=("start_date", True),
        summary=("title", "start_date"),
        children=("trainees",),
    )
)

_ENROL_CATEGORY = func.coalesce(Enrolment.category, SES.category)

register(
    LedgerSpec(
        kind="trainees",
        title=N(CTX, "Trainees"),
        model=Enrolment,
        columns=[
            *person_columns(HOME),
            Column("session", N(CTX, "Training session"), SES.title, width=18),
            Column("category", N(CTX, "Category"), _ENROL_CATEGORY, CHOICE, ch.TRAINING_CATEGORIES),
            Column("role", N(CTX, "Role"), Enrolment.role),
            Column("attended", N(CTX, "Attended"), Enrolment.attended, BOOL),
            Column("completed", N(CTX, "Completed"), Enrolment.completed, BOOL),
            Column("start_date", N(CTX, "Start date"), SES.start_date, DATE),
        ],
        fields=[
            *person_fields(),
            Field("role", N(CTX, "Role"), complete=True),
            Field("category", N(CTX, "Category"), CHOICE, False, ch.TRAINING_CATEGORIES, "training_category"),
            Field("attended", N(CTX, "Attended"), BOOL, default=True),
            Field("completed", N(CTX, "Completed"), BOOL, default=True),
        ],
        joins=_trainee_joins,
        search=(SES.title,),
        search_joins=lambda q: q.join(SES, SES.id == Enrolment.session_id),
        counties=(SES.organiser_id, SES.partner_county_id, Person.county_id),
        year=Year(SES.start_date),
        category=Choice(_ENROL_CATEGORY, ch.TRAINING_CATEGORIES, N(CTX, "Category")),
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
        title=N(CTX, "Labor placements"),
        model=Placement,
        columns=[
            *person_columns(HOME),
            Column("employer", N(CTX, "Employer"), Placement.employer, width=18),
            Column("work_place", N(CTX, "Place of work"), Placement.work_place),
            Column("industry", N(CTX, "Industry"), Placement.industry),
            Column("job", N(CTX, "Job"), Placement.job),
            Column("start_date", N(CTX, "Start date"), Placement.start_date, DATE),
            Column("end_date", N(CTX, "End date"), Placement.end_date, DATE),
            Column("monthly_wage_fen", N(CTX, "Monthly wage (yuan)"), Placement.monthly_wage_fen, MONEY),
            Column("contract", N(CTX, "Contract"), Placement.contract, BOOL),
            Column("channel", N(CTX, "Channel"), Placement.channel, CHOICE, ch.PLACEMENT_CHANNELS),
            Column("responsible", N(CTX, "Lishui county"), LU.name),
        ],
        fields=[
            *person_fields(),
            Field("employer", N(CTX, "Employer"), required=True, complete=True),
            Field("credit_code", N(CTX, "Unified social credit code"), USCC),
            Field("work_place", N(CTX, "Place of work"), complete=True),
            Field("industry", N(CTX, "Industry"), complete=True),
            Field("job", N(CTX, "Job"), complete=True),
            Field("start_date", N(CTX, "Start date"), DATE, True),
            Field("end_date", N(CTX, "End date"), DATE, after="start_date"),
            Field("monthly_wage_fen", N(CTX, "Monthly wage (yuan)"), MONEY),
            Field("contract", N(CTX, "Contract"), BOOL),
            Field("channel", N(CTX, "Channel"), CHOICE, False, ch.PLACEMENT_CHANNELS, "channel"),
            Field("responsible_id", N(CTX, "Lishui county"), PLACE, side="lishui"),
            NOTES,
        ],
        joins=_placement_joins,
        search=(Placement.employer,),
        search_joins=lambda q: q,
        counties=(Placement.responsible_id, Person.county_id),
        year=Year(Placement.start_date),
        category=Choice(Placement.channel, ch.PLACEMENT_CHANNELS, N(CTX, "Channel")),
        person=True,
        sort=("start_date", True),
        summary=("name", "employer"),
        children=("followups",),
    )
)

FOLLOW_UP_MONTHS = {  # a choice table: labels in the Choices context, as every choice is shown
    "3": N("Choices", "3 months"), "6": N("Choices", "6 months"), "0": N("Choices", "Other"),
}

register(
    LedgerSpec(
        kind="followups",
        title=N(CTX, "Follow-ups"),
        model=PlacementFollowUp,
        columns=[
            Column("months", N(CTX, "After"), PlacementFollowUp.months, INT),
            Column("date", N(CTX, "Date"), PlacementFollowUp.date, DATE),
            Column("employed", N(CTX, "Still employed"), PlacementFollowUp.employed, BOOL),
            Column("wage_paid", N(CTX, "Wage paid"), PlacementFollowUp.wage_paid, BOOL),
            Column("notes", N(CTX, "Notes"), PlacementFollowUp.notes, width=20),
        ],
        fields=[
            Field("months", N(CTX, "After"), CHOICE, True, FOLLOW_UP_MONTHS, default="3"),
            Field("date", N(CTX, "Date"), DATE, True),
            Field("employed", N(CTX, "Still employed"), BOOL, default=True),
            Field("wage_paid", N(CTX, "Wage paid"), BOOL, default=True),
            NOTES,
        ],
        parent=("placement_id", "placements"),
        sort=("date", False),
        summary=("months", "date"),
    )
)
