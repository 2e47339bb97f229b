"""What each form prints, as plain values (services fill these; the forms only lay them out).

Values are final display text where the form needs no arithmetic: IDs and phones arrive masked
unless the user asked for full ones, codes arrive as translated labels.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class TargetLine:
    """One target of one county: this month, year to date, the threshold, met or not."""

    county: str
    partner: str
    label: str
    unit: str
    threshold: int
    actual: int
    month_actual: int
    met: bool

    @property
    def gap(self) -> int:
        return max(self.threshold - self.actual, 0)


@dataclass(frozen=True)
class ActivityLine:
    date: dt.date | None
    county: str
    kind: str
    title: str
    place: str
    people: str


@dataclass(frozen=True)
class CadreLine:
    name: str
    level: str
    unit: str
    post: str
    county: str
    start: dt.date | None
    end: dt.date | None


@dataclass(frozen=True)
class SessionLine:
    title: str
    category: str
    organiser: str
    start: dt.date | None
    end: dt.date | None
    place: str
    enrolled: int
    attended: int
    counted: int = 0  # trainees counted for a training target through this session (this month)


@dataclass(frozen=True)
class FundLine:
    county: str
    lishui_unit: str
    year: int
    allocated_fen: int
    disbursed_fen: int
    disbursed_date: dt.date | None


@dataclass(frozen=True)
class PlacementLine:
    name: str
    gender: str
    id_number: str
    phone: str
    home: str
    poor: bool
    employer: str
    work_place: str
    job: str
    start: dt.date | None
    wage_fen: int | None
    contract: bool
    county: str = ""  # the Lishui unit responsible (for the consolidated sheet's summary)
    counted: bool = False  # counted for the labor target this month (poor, first job of the year)


@dataclass
class MonthlySheet:
    """月报表 of one Lishui county (or every county when consolidated) for a month."""

    unit: str
    county: str
    partner: str
    year: int
    month: int
    generated: dt.date
    consolidated: bool
    targets: list[TargetLine] = field(default_factory=list)
    activities: list[ActivityLine] = field(default_factory=list)
    cadres: list[CadreLine] = field(default_factory=list)
    sessions: list[SessionLine] = field(default_factory=list)
    placements: list[PlacementLine] = field(default_factory=list)
    funds: list[FundLine] = field(default_factory=list)


@dataclass(frozen=True)
class RosterLine:
    name: str
    gender: str
    id_number: str
    phone: str
    village: str
    category: str
    role: str
    poor: bool


@dataclass
class SessionRoster:
    """A training session with its trainees, for the sign-in sheet and the roster."""

    session_id: str
    title: str
    category: str
    organiser: str
    partner: str
    start: dt.date | None
    end: dt.date | None
    place: str
    hours: int | None
    generated: dt.date
    lines: list[RosterLine] = field(default_factory=list)


@dataclass
class PlacementRegister:
    """转移就业花名册 of a county for a period."""

    county: str
    partner: str
    date_from: dt.date
    date_to: dt.date
    generated: dt.date
    lines: list[PlacementLine] = field(default_factory=list)


@dataclass(frozen=True)
class PairingLine:
    period: str  # 2018–2020, 2021–
    lishui: str
    sichuan: str
    level: str
    start: dt.date | None
    status: str
    agreement: str


@dataclass
class PairingList:
    """结对关系一览表: the county pairings as in the seed's annex, then every other level."""

    generated: dt.date
    counties: list[PairingLine] = field(default_factory=list)
    others: list[PairingLine] = field(default_factory=list)
