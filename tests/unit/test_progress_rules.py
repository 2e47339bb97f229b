"""The counting rules of domain/targets.py on plain records (no database)."""

from __future__ import annotations

import datetime as dt
import inspect
import re

from lishui_desktop.domain import targets as rules

D = dt.date


def test_every_rule_quotes_the_seed_wording() -> None:
    counters = [f for name, f in inspect.getmembers(rules, inspect.isfunction) if name.startswith("count_")]
    assert len(counters) == 9
    for f in counters:
        assert f.__doc__ and re.search(r"[\u4e00-\u9fff]{4,}", f.__doc__.splitlines()[0]), f.__name__


def test_months_served_and_the_17_month_secondment() -> None:
    assert rules.months_served(D(2018, 3, 1), D(2019, 8, 1)) == 17
    assert rules.months_served(D(2018, 3, 1), D(2019, 8, 31)) == 17
    assert rules.months_served(D(2018, 3, 1), D(2019, 9, 1)) == 18
    assert rules.months_served(D(2019, 1, 31), D(2019, 2, 28)) == 1  # month end clamps
    assert rules.add_months(D(2019, 1, 31), 1) == D(2019, 2, 28)
    cadres = [rules.Cadre("x", "talent_long", "u", D(2018, 3, 1), D(2019, 8, 1)),
              rules.Cadre("y", "talent_long", "u", D(2018, 3, 1), D(2019, 9, 1))]
    counted = rules.count_long_term_talents(cadres, 2019)
    assert set(counted["u"]) == {"y"} and set(counted[rules.TOTAL]) == {"y"}


def test_fund_deadlines_and_one_day_late() -> None:
    assert rules.fund_deadline(2018) == D(2018, 5, 31)
    assert rules.fund_deadline(2019) == D(2019, 3, 31)
    assert rules.fund_deadline(2020) == D(2020, 3, 31)
    payments = [rules.Payment("a", "u", 2020, 100, D(2020, 3, 31)), rules.Payment("b", "u", 2020, 50, D(2020, 4, 1))]
    total, added = rules.tally(rules.count_funds_on_time(payments, 2020)["u"], D(2020, 12, 31), (D(2020, 3, 1), D(2020, 3, 31)))
    assert (total, added) == (100, 100)


def test_trainee_counts_once_per_category_on_the_first_date() -> None:
    trainees = [rules.Trainee("p", "u", "wealth_leader", D(2019, 6, 1)),
                rules.Trainee("p", "u", "wealth_leader", D(2019, 3, 1)),
                rules.Trainee("p", "u", "village_cadre", D(2019, 3, 1)),
                rules.Trainee("q", None, "wealth_leader", D(2019, 3, 1))]
    counted = rules.count_trainees(trainees, 2019, "wealth_leader")
    assert counted["u"] == {"p": rules.Item(D(2019, 3, 1))}
    assert set(counted[rules.TOTAL]) == {"p", "q"}  # the total counts a session of no known unit too


def test_enterprises_by_code_or_name() -> None:
    visits = [rules.Visit("u", "甲公司", "91X", D(2019, 1, 2)), rules.Visit("u", "甲 公司", None, D(2019, 2, 2)),
              rules.Visit("u", "ＡＢＣ公司", None, D(2019, 2, 3)), rules.Visit("u", "abc公司", None, D(2019, 4, 3))]
    assert len(rules.count_enterprises(visits, 2019)["u"]) == 2


def test_short_term_talents_open_end_is_measured_to_year_end() -> None:
    cadres = [rules.Cadre("a", "talent_short", "u", D(2019, 9, 1), None),  # 3 months to 31 Dec: yes
              rules.Cadre("b", "talent_short", "u", D(2019, 10, 2), None),  # under 3: no
              rules.Cadre("a", "talent_short", "u", D(2019, 1, 1), D(2019, 5, 1))]  # a second person-time of a
    assert len(rules.count_short_term_talents(cadres, 2019)["u"]) == 2


def test_on_track_line() -> None:
    from lishui_desktop.services.progress import on_track

    assert on_track(5, 20, 3) and not on_track(4, 20, 3) and on_track(20, 20, None) and not on_track(19, 20, 12)


def test_standing_of_funds_follows_the_deadline() -> None:
    from lishui_desktop.services.progress import ProgressRow, standing

    row = ProgressRow("莲都区", "剑阁县", "funds.disbursed", 0, 30_000_000, "yuan", False)
    assert standing(row, 2018, 4) == "on_track" and standing(row, 2018, 5) == "behind"
    assert standing(row, 2019, 2) == "on_track" and standing(row, 2019, 3) == "behind"
    labor = ProgressRow("莲都区", "剑阁县", "labor.placed_poor", 75, 300, "person", False)
    assert standing(labor, 2019, 3) == "on_track" and standing(labor, 2019, 4) == "behind"
