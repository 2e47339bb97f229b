"""The ledgers as SQLAlchemy 2 typed models (see shared/docs/domain.md).

Every synced table uses the `Synced` mixin. Money is integer fen. Dates are `datetime.date`
(stored as ISO text). Choice columns hold stable codes (see lishui_desktop/domain/choices.py);
their labels are translated for display.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lishui_desktop.db.base import Base, Synced


class Place(Synced, Base):
    """A place or unit: city level, county, town, village, school, hospital (GB/T 2260 code
    where it has one). The office adds, renames, merges and retires places (services/places.py)."""

    __tablename__ = "places"

    code: Mapped[str | None] = mapped_column(String(12), index=True)
    name: Mapped[str] = mapped_column(Text)  # 莲都区, 市本级, 平昌县
    full_name: Mapped[str | None] = mapped_column(Text)  # 四川省巴中市平昌县
    side: Mapped[str] = mapped_column(String(10))  # lishui | sichuan
    level: Mapped[str] = mapped_column(String(10))  # city | county | town | village | school | hospital
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("places.id"))
    # former names and codes, oldest first: JSON [{"name", "code", "full_name", "until"}]
    history: Mapped[str | None] = mapped_column(Text)
    retired_on: Mapped[dt.date | None] = mapped_column(Date)  # no longer offered for new records


class Person(Synced, Base):
    """One person across every ledger; id derived from the resident ID when there is one."""

    __tablename__ = "persons"

    name: Mapped[str] = mapped_column(Text)  # looked up by ix_persons_identity (name first)
    gender: Mapped[str | None] = mapped_column(String(1))  # M | F
    id_number: Mapped[str | None] = mapped_column(String(18), index=True)
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(20))
    county_id: Mapped[str | None] = mapped_column(ForeignKey("places.id"), index=True)
    town: Mapped[str | None] = mapped_column(Text)
    village: Mapped[str | None] = mapped_column(Text)
    poor_household: Mapped[bool | None] = mapped_column(Boolean, default=False)  # 建档立卡贫困户; None: not known
    notes: Mapped[str | None] = mapped_column(Text)


class Pairing(Synced, Base):
    """结对关系 at any level: both sides, level, dates, status, agreement."""

    __tablename__ = "pairings"

    level: Mapped[str] = mapped_column(String(12))  # county|town|village|school|hospital|enterprise|other
    lishui_unit_id: Mapped[str | None] = mapped_column(ForeignKey("places.id"), index=True)
    sichuan_county_id: Mapped[str | None] = mapped_column(ForeignKey("places.id"), index=True)
    lishui_party: Mapped[str] = mapped_column(Text)  # name of the Lishui side (town, school ...)
    sichuan_party: Mapped[str] = mapped_column(Text)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(8), default="active")  # active | ended
    agreement: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    renews_id: Mapped[str | None] = mapped_column(String(36))  # the pairing of the period before


class PairingActivity(Synced, Base):
    """An activity on a pairing's timeline: exchange visit, remote teaching, donation, meeting."""

    __tablename__ = "pairing_activities"

    pairing_id: Mapped[str] = mapped_column(ForeignKey("pairings.id"), index=True)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(16))  # visit|remote_teaching|remote_medical|donation|meeting|other
    place: Mapped[str | None] = mapped_column(Text)
    people: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class TrainingSession(Synced, Base):
    """A training session (培训班) organised by a Lishui county or the city level."""

    __tablename__ = "training_sessions"

    title: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(16))  # wealth_leader|village_cadre|coop_cadre|talent|other
    organiser_id: Mapped[str | None] = mapped_column(ForeignKey("places.id"), index=True)
    partner_county_id: Mapped[str | None] = mapped_column(ForeignKey("places.id"), index=True)
    start_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(Text)
    hours: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)


class Enrolment(Synced, Base):
    """A trainee on a session's roster (花名册)."""

    __tablename__ = "enrolments"

    session_id: Mapped[str] = mapped_column(ForeignKey("training_sessions.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    category: Mapped[str | None] = mapped_column(String(16))  # 人员类别; defaults to the session's
    role: Mapped[str | None] = mapped_column(Text)
    attended: Mapped[bool] = mapped_column(Boolean, default=True)
    completed: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str | None] = mapped_column(Text)  # 备注 of the roster row


class Placement(Synced, Base):
    """A labor placement (转移就业): a worker with an employer from a start date."""

    __tablename__ = "placements"

    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    responsible_id: Mapped[str | None] = mapped_column(ForeignKey("places.id"), index=True)
    employer: Mapped[str] = mapped_column(Text, index=True)
    credit_code: Mapped[str | None] = mapped_column(String(18))  # 统一社会信用代码
    work_place: Mapped[str | None] = mapped_column(Text)  # 就业地
    industry: Mapped[str | None] = mapped_column(Text)
    job: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    monthly_wage_fen: Mapped[int | None] = mapped_column(Integer)
    contract: Mapped[bool] = mapped_column(Boolean, default=False)
    channel: Mapped[str | None] = mapped_column(String(16))  # job_fair|referral|vocational|organised|other
    notes: Mapped[str | None] = mapped_column(Text)


class PlacementFollowUp(Synced, Base):
    """A follow-up of a placement: still employed at 3 or 6 months, wage paid."""

    __tablename__ = "placement_followups"

    placement_id: Mapped[str] = mapped_column(ForeignKey("placements.id"), index=True)
    date: Mapped[dt.date | None] = mapped_column(Date)
    months: Mapped[int | None] = mapped_column(Integer)  # 3 | 6 | other
    employed: Mapped[bool] = mapped_column(Boolean, default=True)
    wage_paid: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str | None] = mapped_column(Text)


class Secondment(Synced, Base):
    """A seconded cadre or professional talent (挂职干部, 专业技术人才)."""

    __tablename__ = "secondments"

    name: Mapped[str] = mapped_column(Text, index=True)
    gender: Mapped[str | None] = mapped_column(String(1))
    phone: Mapped[str | None] = mapped_column(String(20))
    level: Mapped[str] = mapped_column(String(16))  # leader|division|section|talent_long|talent_short
    home_unit: Mapped[str | None] = mapped_column(Text)
    post: Mapped[str | None] = mapped_column(Text)
    lishui_unit_id: Mapped[str | None] = mapped_column(ForeignKey("places.id"), index=True)
    county_id: Mapped[str | None] = mapped_column(ForeignKey("places.id"), index=True)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class Fund(Synced, Base):
    """财政帮扶资金 for one Sichuan county and year: allocated and disbursed."""

    __tablename__ = "funds"

    county_id: Mapped[str | None] = mapped_column(ForeignKey("places.id"), index=True)
    lishui_unit_id: Mapped[str | None] = mapped_column(ForeignKey("places.id"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    allocated_fen: Mapped[int | None] = mapped_column(Integer)
    allocated_date: Mapped[dt.date | None] = mapped_column(Date)
    disbursed_fen: Mapped[int | None] = mapped_column(Integer)
    disbursed_date: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class FundProject(Synced, Base):
    """A project funded from a county's allocation."""

    __tablename__ = "fund_projects"

    fund_id: Mapped[str] = mapped_column(ForeignKey("funds.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    amount_fen: Mapped[int | None] = mapped_column(Integer)
    town: Mapped[str | None] = mapped_column(Text)
    village: Mapped[str | None] = mapped_column(Text)
    beneficiaries: Mapped[int | None] = mapped_column(Integer)  # registered-poor households
    publicly_posted: Mapped[bool] = mapped_column(Boolean, default=False)  # 公告公示
    notes: Mapped[str | None] = mapped_column(Text)


class Event(Synced, Base):
    """Cooperation and governance events: visits, meetings, hearings, enterprises, donations, sales."""

    __tablename__ = "events"

    kind: Mapped[str] = mapped_column(String(20), index=True)
    # leader_visit|joint_meeting|hearing|enterprise_visit|donation|sale|inspection|media|other
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    lishui_unit_id: Mapped[str | None] = mapped_column(ForeignKey("places.id"), index=True)
    county_id: Mapped[str | None] = mapped_column(ForeignKey("places.id"), index=True)
    title: Mapped[str] = mapped_column(Text)
    enterprise: Mapped[str | None] = mapped_column(Text)  # for enterprise visits
    credit_code: Mapped[str | None] = mapped_column(String(18))
    amount_fen: Mapped[int | None] = mapped_column(Integer)  # donations, sales
    people: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class Target(Synced, Base):
    """A target (考核指标) for a scope and range of years; edited by the office, never code."""

    __tablename__ = "targets"

    key: Mapped[str] = mapped_column(String(40), index=True)  # stable id: labor.placed_poor
    area: Mapped[str] = mapped_column(String(16))  # pairing|funds|cadres|talents|training|...
    measure: Mapped[str] = mapped_column(Text)  # English source of the measure's name
    scope: Mapped[str] = mapped_column(String(8))  # county | city | total
    year_from: Mapped[int] = mapped_column(Integer)
    year_to: Mapped[int] = mapped_column(Integer)
    threshold: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(16))  # person | item | yuan | time | enterprise
    wording: Mapped[str | None] = mapped_column(Text)  # the seed's words, e.g. 至少结对1个
    rule: Mapped[str | None] = mapped_column(Text)  # JSON counting rule (domain/counting.py); None: the shipped one


class Device(Base):
    """A device issued by the deployment's office: a verified certificate, never merged as data.

    Rows come only from certificates signed by the office key (sync/identities.py checks them
    wherever they arrive from); `serial` grows with each re-issue (new keys), `revoked_at` is set
    by a revocation the office signed. Local to each database (not a synced table).
    """

    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(8))  # field | lead | office
    user_name: Mapped[str | None] = mapped_column(Text)  # this computer's user (own row only)
    sign_public_key: Mapped[str | None] = mapped_column(Text)  # Ed25519, base64
    box_public_key: Mapped[str | None] = mapped_column(Text)  # X25519, base64
    serial: Mapped[int] = mapped_column(Integer, default=1)
    issued_at: Mapped[str | None] = mapped_column(Text)
    issuer: Mapped[str | None] = mapped_column(String(36))  # the office device that issued it
    issuer_name: Mapped[str | None] = mapped_column(Text)
    certificate: Mapped[str | None] = mapped_column(Text)  # the signed certificate (JSON)
    revoked_at: Mapped[str | None] = mapped_column(Text)
    revocation: Mapped[str | None] = mapped_column(Text)  # the signed revocation (JSON)
    enrolled_at: Mapped[str | None] = mapped_column(Text)  # when this computer first accepted it


class DeviceKey(Base):
    """Every certificate ever issued to a device (each serial): older keys still verify the
    segments they signed before a re-issue."""

    __tablename__ = "device_keys"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    serial: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    sign_public_key: Mapped[str] = mapped_column(Text)
    certificate: Mapped[str] = mapped_column(Text)


class Incarnation(Base):
    """An author id of ops: one life of an issued device (a restored or copied database starts
    a new one), with the statement signed by the device's key."""

    __tablename__ = "incarnations"

    author_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    number: Mapped[int] = mapped_column(Integer)
    created: Mapped[str] = mapped_column(Text)
    certificate: Mapped[str] = mapped_column(Text)


class MergedRecord(Synced, Base):
    """A record merged into another: the same thing entered twice, kept once (its survivor).

    The row's id is the merged-away record's own id, so two offices merging the same pair at
    once write the same row; ops that arrive later for the merged-away record land on the
    survivor (see lishui_desktop/sync/survivors.py).
    """

    __tablename__ = "merged_records"

    tbl: Mapped[str] = mapped_column(String(40))  # the table of both records
    survivor_id: Mapped[str] = mapped_column(String(36), index=True)


class LocalSetting(Base):
    """This installation's own settings (never synced): device id, deployment key, language."""

    __tablename__ = "local_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)
    blob: Mapped[bytes | None] = mapped_column(LargeBinary)


class AuditLog(Base):
    """A full resident ID or phone shown, printed or exported (never synced, never the value)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(Text)
    device_id: Mapped[str | None] = mapped_column(String(36))
    user_name: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))  # reveal | print | export | copy
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str | None] = mapped_column(String(36), index=True)
    row_count: Mapped[int] = mapped_column(Integer, default=1)


Index("ix_persons_identity", Person.name, Person.birth_date, Person.village)

from lishui_desktop.db import sync_models  # noqa: E402,F401  (the tables of sync)

# Sync may create a row from one column's op before the others arrive (an edit can travel in
# another bundle than the insert), so data columns of synced tables are nullable in the
# database; services validate what people type.
for _table in Base.metadata.tables.values():
    if "deleted" in _table.c and "created_at" in _table.c:
        for _column in _table.c:
            if _column.name not in ("id", "deleted", "created_at", "updated_at"):
                _column.nullable = True


def synced_tables() -> list[str]:
    """Names of the tables merged by sync, in a dependency-safe order."""
    return [
        mapper.class_.__tablename__
        for mapper in sorted(Base.registry.mappers, key=lambda m: _ORDER.index(m.class_.__tablename__) if m.class_.__tablename__ in _ORDER else 99)
        if getattr(mapper.class_, "__synced__", False)
    ]


_ORDER = [
    "places",
    "devices",
    "targets",
    "persons",
    "pairings",
    "pairing_activities",
    "training_sessions",
    "enrolments",
    "placements",
    "placement_followups",
    "secondments",
    "funds",
    "fund_projects",
    "events",
    "merged_records",
]
