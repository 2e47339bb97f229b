"""Editing targets: list, add a year, change a threshold, end, and what progress then shows."""

from __future__ import annotations

import pytest

from lishui_desktop.db.database import Database
from lishui_desktop.services import targets
from lishui_desktop.services.progress import compute_progress


def test_seeded_targets_cover_every_id_for_2018_to_2020(db: Database) -> None:
    rows = targets.list_targets(db, 2019)
    assert len(rows) == 24
    assert {t.key for t in rows} == set(targets.TARGET_ORDER)
    assert targets.list_targets(db, 2021) == []


def test_add_a_year_then_change_and_end(db: Database) -> None:
    assert compute_progress(db, 2021).rows == []
    assert targets.add_year(db, 2021) == 24
    assert targets.add_year(db, 2021) == 0  # nothing twice
    rows = compute_progress(db, 2021).rows
    assert len(rows) == 109
    labor = next(t for t in targets.list_targets(db, 2021) if t.key == "labor.placed_poor" and t.scope == "county")
    targets.change_target(db, labor.id, threshold=350)
    assert {r.threshold for r in compute_progress(db, 2021).rows if r.target == "labor.placed_poor"
            and r.county not in ("市本级", "全市")} == {350}
    assert {r.threshold for r in compute_progress(db, 2020).rows if r.target == "labor.placed_poor"
            and r.county == "莲都区"} == {300}
    targets.end_target(db, labor.id, 2020)  # ended before it began: removed
    assert not [r for r in compute_progress(db, 2021, county="莲都区").rows if r.target == "labor.placed_poor"]
    seed = next(t for t in targets.list_targets(db, 2019) if t.key == "governance.hearings")
    targets.end_target(db, seed.id, 2019)
    assert not [r for r in compute_progress(db, 2020).rows if r.target == "governance.hearings"]
    assert [r for r in compute_progress(db, 2019).rows if r.target == "governance.hearings"]


def test_bad_edits_are_user_errors(db: Database) -> None:
    with pytest.raises(targets.TargetError):
        targets.add_target(db, "labor.placed_poor", "county", 2020, 2021, 300)  # overlaps 2018-2020
    with pytest.raises(targets.TargetError):
        targets.add_target(db, "made.up", "county", 2021, 2021, 1)
    with pytest.raises(targets.TargetError):
        targets.add_target(db, "labor.placed_poor", "county", 2022, 2021, 1)
    with pytest.raises(targets.TargetError):
        targets.add_target(db, "labor.placed_poor", "county", 2021, 2021, -1)
    new = targets.add_target(db, "labor.placed_poor", "county", 2021, 2022, 400)
    assert next(t for t in targets.list_targets(db, 2022) if t.id == new).unit == "person"
