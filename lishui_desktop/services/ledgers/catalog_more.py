"""The ledgers of domain.md as specs, part two: cadres, funds and projects, events, people."""

from __future__ import annotations

from sqlalchemy import func, select

from lishui_desktop.db.models import Event, Fund, FundProject, Person, Secondment
from lishui_desktop.domain import choices as ch
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP as N
from lishui_desktop.services.ledgers.catalog import FUN, HOME, LU, NOTES, SC
from lishui_desktop.services.ledgers.person_fields import (
    PERSON_SEARCH,
    person_columns,
    person_fields,
)
from lishui_desktop.services.ledgers.spec import (
    BOOL,
    CHOICE,
    CTX,
    DATE,
    INT,
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

register(
    LedgerSpec(
        kind="cadres",
        title=N(CTX, "Cadre secondments"),
        model=Secondment,
        columns=[
            Column("name", N(CTX, "Name"), Secondment.name),
            Column("gender", N(CTX, "Gender"), Secondment.gender, CHOICE, ch.GENDERS),
            Column("phone", N(CTX, "Phone"), Secondment.phone, "phone"),
            Column("level", N(CTX, "Level"), Secondment.level, CHOICE, ch.CADRE_LEVELS),
            Column("home_unit", N(CTX, "Home unit"), Secondment.home_unit, width=16),
            Column("post", N(CTX, "Post in Sichuan"), Secondment.post, width=16),
            Column("lishui_unit", N(CTX, "Lishui county"), LU.name),
            Column("county", N(CTX, "Sichuan county"), SC.name),
            Column("start_date", N(CTX, "Start date"), Secondment.start_date, DATE),
            Column("end_date", N(CTX, "End date"), Secondment.end_date, DATE),
        ],
        fields=[
            Field("name", N(CTX, "Name"), required=True),
            Field("gender", N(CTX, "Gender"), CHOICE, False, ch.GENDERS, "gender"),
            Field("phone", N(CTX, "Phone"), "phone"),
            Field("level", N(CTX, "Level"), CHOICE, True, ch.CADRE_LEVELS, "cadre_level"),
            Field("home_unit", N(CTX, "Home unit"), complete=True),
            Field("post", N(CTX, "Post in Sichuan")),
            Field("lishui_unit_id", N(CTX, "Lishui county"), PLACE, side="lishui"),
            Field("county_id", N(CTX, "Sichuan county"), PLACE, True, side="sichuan"),
            Field("start_date", N(CTX, "Start date"), DATE, True),
            Field("end_date", N(CTX, "End date"), DATE, after="start_date"),
            NOTES,
        ],
        joins=lambda q: q.outerjoin(LU, LU.id == Secondment.lishui_unit_id).outerjoin(
            SC, SC.id == Secondment.county_id
        ),
        search=(Secondment.name, Secondment.home_unit, Secondment.post, Secondment.phone),
        counties=(Secondment.lishui_unit_id, Secondment.county_id),
        year=Year(Secondment.start_date, Secondment.end_date),
        category=Choice(Secondment.level, ch.CADRE_LEVELS, N(CTX, "Level")),
        sort=("start_date", True),
        summary=("name", "post"),
    )
)

_PROJECTS = (
    select(func.count())
    .where(FundProject.fund_id == Fund.id, FundProject.deleted.is_(False))
    .correlate(Fund)
    .scalar_subquery()
)

register(
    LedgerSpec(
        kind="funds",
        title=N(CTX, "Funds"),
        model=Fund,
        columns=[
            Column("year", N(CTX, "Year"), Fund.year, INT),
            Column("county", N(CTX, "Sichuan county"), SC.name),
            Column("lishui_unit", N(CTX, "Lishui county"), LU.name),
            Column("allocated_fen", N(CTX, "Allocated (yuan)"), Fund.allocated_fen, MONEY),
            Column("allocated_date", N(CTX, "Allocated on"), Fund.allocated_date, DATE),
            Column("disbursed_fen", N(CTX, "Disbursed (yuan)"), Fund.disbursed_fen, MONEY),
            Column("disbursed_date", N(CTX, "Disbursed on"), Fund.disbursed_date, DATE),
            Column("projects", N(CTX, "Projects"), _PROJECTS, INT),
        ],
        fields=[
            Field("year", N(CTX, "Year"), INT, True),
            Field("county_id", N(CTX, "Sichuan county"), PLACE, True, side="sichuan"),
            Field("lishui_unit_id", N(CTX, "Lishui county"), PLACE, side="lishui"),
            Field("allocated_fen", N(CTX, "Allocated (yuan)"), MONEY),
            Field("allocated_date", N(CTX, "Allocated on"), DATE),
            Field("disbursed_fen", N(CTX, "Disbursed (yuan)"), MONEY),
            Field("disbursed_date", N(CTX, "Disbursed on"), DATE, after="allocated_date"),
            NOTES,
        ],
        joins=lambda q: q.outerjoin(SC, SC.id == Fund.county_id).outerjoin(LU, LU.id == Fund.lishui_unit_id),
        search=(SC.name, LU.name, Fund.notes),
        counties=(Fund.county_id, Fund.lishui_unit_id),
        year=Year(Fund.year, integer=True),
        sort=("year", True),
        summary=("year", "county"),
        children=("projects",),
    )
)

register(
    LedgerSpec(
        kind="projects",
        title=N(CTX, "Funded projects"),
        model=FundProject,
        columns=[
            Column("name", N(CTX, "Project"), FundProject.name, width=20),
            Column("year", N(CTX, "Year"), FUN.year, INT),
            Column("county", N(CTX, "Sichuan county"), SC.name),
            Column("amount_fen", N(CTX, "Amount (yuan)"), FundProject.amount_fen, MONEY),
            Column("town", N(CTX, "Town"), FundProject.town),
            Column("village", N(CTX, "Village"), FundProject.village),
            Column("beneficiaries", N(CTX, "Poor households"), FundProject.beneficiaries, INT),
            Column("publicly_posted", N(CTX, "Publicly posted"), FundProject.publicly_posted, BOOL),
        ],
        fields=[
            Field("name", N(CTX, "Project"), required=True),
            Field("amount_fen", N(CTX, "Amount (yuan)"), MONEY, True),
            Field("town", N(CTX, "Town"), complete=True),
            Field("village", N(CTX, "Village"), complete=True),
            Field("beneficiaries", N(CTX, "Poor households"), INT),
            Field("publicly_posted", N(CTX, "Publicly posted"), BOOL),
            NOTES,
        ],
        joins=lambda q: q.outerjoin(FUN, FUN.id == FundProject.fund_id).outerjoin(SC, SC.id == FUN.county_id),
        search=(FundProject.name, FundProject.town, FundProject.village),
        counties=(FUN.county_id, FUN.lishui_unit_id),
        year=Year(FUN.year, integer=True),
        parent=("fund_id", "funds"),
        sort=("name", False),
        summary=("name", "village"),
    )
)

register(
    LedgerSpec(
        kind="events",
        title=N(CTX, "Events"),
        model=Event,
        columns=[
            Column("date", N(CTX, "Date"), Event.date, DATE),
            Column("kind", N(CTX, "Kind"), Event.kind, CHOICE, ch.EVENT_KINDS),
            Column("title", N(CTX, "Title"), Event.title, width=22),
            Column("lishui_unit", N(CTX, "Lishui county"), LU.name),
            Column("county", N(CTX, "Sichuan county"), SC.name),
            Column("enterprise", N(CTX, "Enterprise"), Event.enterprise, width=16),
            Column("amount_fen", N(CTX, "Amount (yuan)"), Event.amount_fen, MONEY),
            Column("people", N(CTX, "People"), Event.people, width=16),
        ],
        fields=[
            Field("kind", N(CTX, "Kind"), CHOICE, True, ch.EVENT_KINDS, "event_kind"),
            Field("date", N(CTX, "Date"), DATE, True),
            Field("title", N(CTX, "Title"), required=True),
            Field("lishui_unit_id", N(CTX, "Lishui county"), PLACE, side="lishui"),
            Field("county_id", N(CTX, "Sichuan county"), PLACE, side="sichuan"),
            Field("enterprise", N(CTX, "Enterprise"), complete=True),
            Field("credit_code", N(CTX, "Unified social credit code"), USCC),
            Field("amount_fen", N(CTX, "Amount (yuan)"), MONEY),
            Field("people", N(CTX, "People")),
            NOTES,
        ],
        joins=lambda q: q.outerjoin(LU, LU.id == Event.lishui_unit_id).outerjoin(SC, SC.id == Event.county_id),
        search=(Event.title, Event.enterprise, Event.people, Event.notes),
        counties=(Event.lishui_unit_id, Event.county_id),
        year=Year(Event.date),
        category=Choice(Event.kind, ch.EVENT_KINDS, N(CTX, "Kind")),
        sort=("date", True),
        summary=("date", "title"),
    )
)

register(
    LedgerSpec(
        kind="persons",
        title=N(CTX, "People"),
        model=Person,
        columns=[
            *person_columns(HOME, table=Person),
            Column("birth_date", N(CTX, "Birth date"), Person.birth_date, DATE),
        ],
        fields=person_fields(direct=True),
        joins=lambda q: q.outerjoin(HOME, HOME.id == Person.county_id),
        search=PERSON_SEARCH,
        counties=(Person.county_id,),
        sort=("name", False),
        summary=("name", "village"),
    )
)
