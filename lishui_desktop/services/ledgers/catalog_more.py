"""The ledgers of domain.md as specs, part two: cadres, funds and projects, events, people."""

from __future__ import annotations

from sqlalchemy import func, select

from lishui_desktop.db.models import Event, Fund, FundProject, Person, Secondment
from lishui_desktop.domain import choices as ch
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.services.ledgers.catalog import FUN, HOME, LU, NOTES, SC
from lishui_desktop.services.ledgers.person_fields import (
    PERSON_SEARCH,
    person_columns,
    person_fields,
)
from lishui_desktop.services.ledgers.spec import (
    BOOL,
    CHOICE,
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
        title=QT_TRANSLATE_NOOP("Ledgers", "Cadre secondments"),
        model=Secondment,
        columns=[
            Column("name", QT_TRANSLATE_NOOP("Ledgers", "Name"), Secondment.name),
            Column("gender", QT_TRANSLATE_NOOP("Ledgers", "Gender"), Secondment.gender, CHOICE, ch.GENDERS),
            Column("phone", QT_TRANSLATE_NOOP("Ledgers", "Phone"), Secondment.phone, "phone"),
            Column("level", QT_TRANSLATE_NOOP("Ledgers", "Level"), Secondment.level, CHOICE, ch.CADRE_LEVELS),
            Column("home_unit", QT_TRANSLATE_NOOP("Ledgers", "Home unit"), Secondment.home_unit, width=16),
            Column("post", QT_TRANSLATE_NOOP("Ledgers", "Post in Sichuan"), Secondment.post, width=16),
            Column("lishui_unit", QT_TRANSLATE_NOOP("Ledgers", "Lishui county"), LU.name),
            Column("county", QT_TRANSLATE_NOOP("Ledgers", "Sichuan county"), SC.name),
            Column("start_date", QT_TRANSLATE_NOOP("Ledgers", "Start date"), Secondment.start_date, DATE),
            Column("end_date", QT_TRANSLATE_NOOP("Ledgers", "End date"), Secondment.end_date, DATE),
        ],
        fields=[
            Field("name", QT_TRANSLATE_NOOP("Ledgers", "Name"), required=True),
            Field("gender", QT_TRANSLATE_NOOP("Ledgers", "Gender"), CHOICE, False, ch.GENDERS, "gender"),
            Field("phone", QT_TRANSLATE_NOOP("Ledgers", "Phone"), "phone"),
            Field("level", QT_TRANSLATE_NOOP("Ledgers", "Level"), CHOICE, True, ch.CADRE_LEVELS, "cadre_level"),
            Field("home_unit", QT_TRANSLATE_NOOP("Ledgers", "Home unit"), complete=True),
            Field("post", QT_TRANSLATE_NOOP("Ledgers", "Post in Sichuan")),
            Field("lishui_unit_id", QT_TRANSLATE_NOOP("Ledgers", "Lishui county"), PLACE, side="lishui"),
            Field("county_id", QT_TRANSLATE_NOOP("Ledgers", "Sichuan county"), PLACE, True, side="sichuan"),
            Field("start_date", QT_TRANSLATE_NOOP("Ledgers", "Start date"), DATE, True),
            Field("end_date", QT_TRANSLATE_NOOP("Ledgers", "End date"), DATE, after="start_date"),
            NOTES,
        ],
        joins=lambda q: q.outerjoin(LU, LU.id == Secondment.lishui_unit_id).outerjoin(
            SC, SC.id == Secondment.county_id
        ),
        search=(Secondment.name, Secondment.home_unit, Secondment.post, Secondment.phone),
        counties=(Secondment.lishui_unit_id, Secondment.county_id),
        year=Year(Secondment.start_date, Secondment.end_date),
        category=Choice(Secondment.level, ch.CADRE_LEVELS, QT_TRANSLATE_NOOP("Ledgers", "Level")),
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
        title=QT_TRANSLATE_NOOP("Ledgers", "Funds"),
        model=Fund,
        columns=[
            Column("year", QT_TRANSLATE_NOOP("Ledgers", "Year"), Fund.year, INT),
            Column("county", QT_TRANSLATE_NOOP("Ledgers", "Sichuan county"), SC.name),
            Column("lishui_unit", QT_TRANSLATE_NOOP("Ledgers", "Lishui county"), LU.name),
            Column("allocated_fen", QT_TRANSLATE_NOOP("Ledgers", "Allocated (yuan)"), Fund.allocated_fen, MONEY),
            Column("allocated_date", QT_TRANSLATE_NOOP("Ledgers", "Allocated on"), Fund.allocated_date, DATE),
            Column("disbursed_fen", QT_TRANSLATE_NOOP("Ledgers", "Disbursed (yuan)"), Fund.disbursed_fen, MONEY),
            Column("disbursed_date", QT_TRANSLATE_NOOP("Ledgers", "Disbursed on"), Fund.disbursed_date, DATE),
            Column("projects", QT_TRANSLATE_NOOP("Ledgers", "Projects"), _PROJECTS, INT),
        ],
        fields=[
            Field("year", QT_TRANSLATE_NOOP("Ledgers", "Year"), INT, True),
            Field("county_id", QT_TRANSLATE_NOOP("Ledgers", "Sichuan county"), PLACE, True, side="sichuan"),
            Field("lishui_unit_id", QT_TRANSLATE_NOOP("Ledgers", "Lishui county"), PLACE, side="lishui"),
            Field("allocated_fen", QT_TRANSLATE_NOOP("Ledgers", "Allocated (yuan)"), MONEY),
            Field("allocated_date", QT_TRANSLATE_NOOP("Ledgers", "Allocated on"), DATE),
            Field("disbursed_fen", QT_TRANSLATE_NOOP("Ledgers", "Disbursed (yuan)"), MONEY),
            Field("disbursed_date", QT_TRANSLATE_NOOP("Ledgers", "Disbursed on"), DATE, after="allocated_date"),
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
        title=QT_TRANSLATE_NOOP("Ledgers", "Funded projects"),
        model=FundProject,
        columns=[
            Column("name", QT_TRANSLATE_NOOP("Ledgers", "Project"), FundProject.name, width=20),
            Column("year", QT_TRANSLATE_NOOP("Ledgers", "Year"), FUN.year, INT),
            Column("county", QT_TRANSLATE_NOOP("Ledgers", "Sichuan county"), SC.name),
            Column("amount_fen", QT_TRANSLATE_NOOP("Ledgers", "Amount (yuan)"), FundProject.amount_fen, MONEY),
            Column("town", QT_TRANSLATE_NOOP("Ledgers", "Town"), FundProject.town),
            Column("village", QT_TRANSLATE_NOOP("Ledgers", "Village"), FundProject.village),
            Column("beneficiaries", QT_TRANSLATE_NOOP("Ledgers", "Poor households"), FundProject.beneficiaries, INT),
            Column("publicly_posted", QT_TRANSLATE_NOOP("Ledgers", "Publicly posted"), FundProject.publicly_posted, BOOL),
        ],
        fields=[
            Field("name", QT_TRANSLATE_NOOP("Ledgers", "Project"), required=True),
            Field("amount_fen", QT_TRANSLATE_NOOP("Ledgers", "Amount (yuan)"), MONEY, True),
            Field("town", QT_TRANSLATE_NOOP("Ledgers", "Town"), complete=True),
            Field("village", QT_TRANSLATE_NOOP("Ledgers", "Village"), complete=True),
            Field("beneficiaries", QT_TRANSLATE_NOOP("Ledgers", "Poor households"), INT),
            Field("publicly_posted", QT_TRANSLATE_NOOP("Ledgers", "Publicly posted"), BOOL),
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
        title=QT_TRANSLATE_NOOP("Ledgers", "Events"),
        model=Event,
        columns=[
            Column("date", QT_TRANSLATE_NOOP("Ledgers", "Date"), Event.date, DATE),
            Column("kind", QT_TRANSLATE_NOOP("Ledgers", "Kind"), Event.kind, CHOICE, ch.EVENT_KINDS),
            Column("title", QT_TRANSLATE_NOOP("Ledgers", "Title"), Event.title, width=22),
            Column("lishui_unit", QT_TRANSLATE_NOOP("Ledgers", "Lishui county"), LU.name),
            Column("county", QT_TRANSLATE_NOOP("Ledgers", "Sichuan county"), SC.name),
            Column("enterprise", QT_TRANSLATE_NOOP("Ledgers", "Enterprise"), Event.enterprise, width=16),
            Column("amount_fen", QT_TRANSLATE_NOOP("Ledgers", "Amount (yuan)"), Event.amount_fen, MONEY),
            Column("people", QT_TRANSLATE_NOOP("Ledgers", "People"), Event.people, width=16),
        ],
        fields=[
            Field("kind", QT_TRANSLATE_NOOP("Ledgers", "Kind"), CHOICE, True, ch.EVENT_KINDS, "event_kind"),
            Field("date", QT_TRANSLATE_NOOP("Ledgers", "Date"), DATE, True),
            Field("title", QT_TRANSLATE_NOOP("Ledgers", "Title"), required=True),
            Field("lishui_unit_id", QT_TRANSLATE_NOOP("Ledgers", "Lishui county"), PLACE, side="lishui"),
            Field("county_id", QT_TRANSLATE_NOOP("Ledgers", "Sichuan county"), PLACE, side="sichuan"),
            Field("enterprise", QT_TRANSLATE_NOOP("Ledgers", "Enterprise"), complete=True),
            Field("credit_code", QT_TRANSLATE_NOOP("Ledgers", "Unified social credit code"), USCC),
            Field("amount_fen", QT_TRANSLATE_NOOP("Ledgers", "Amount (yuan)"), MONEY),
            Field("people", QT_TRANSLATE_NOOP("Ledgers", "People")),
            NOTES,
        ],
        joins=lambda q: q.outerjoin(LU, LU.id == Event.lishui_unit_id).outerjoin(SC, SC.id == Event.county_id),
        search=(Event.title, Event.enterprise, Event.people, Event.notes),
        counties=(Event.lishui_unit_id, Event.county_id),
        year=Year(Event.date),
        category=Choice(Event.kind, ch.EVENT_KINDS, QT_TRANSLATE_NOOP("Ledgers", "Kind")),
        sort=("date", True),
        summary=("date", "title"),
    )
)

register(
    LedgerSpec(
        kind="persons",
        title=QT_TRANSLATE_NOOP("Ledgers", "People"),
        model=Person,
        columns=[
            *person_columns(HOME, table=Person),
            Column("birth_date", QT_TRANSLATE_NOOP("Ledgers", "Birth date"), Person.birth_date, DATE),
        ],
        fields=person_fields(direct=True),
        joins=lambda q: q.outerjoin(HOME, HOME.id == Person.county_id),
        search=PERSON_SEARCH,
        counties=(Person.county_id,),
        sort=("name", False),
        summary=("name", "village"),
    )
)
