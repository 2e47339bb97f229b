"""The counting rules (domain/counting.py) on plain records (no database)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from lishui_desktop.domain import targets as rules
from lishui_desktop.domain.counting import Record, RuleError, evaluate, parse_rule
from lishui_desktop.paths import reference_dir

D = dt.date


def _shipped() -> list[dict[str, object]]:
    return json.loads((reference_dir() / "targets.json").read_text(encoding="utf-8"))["targets"]  # type: ignore[no-any-return]


def test_every_shipped_target_names_a_rule_and_quotes_the_seed() -> None:
    targets = _shipped()
    assert len({t["key"] for t in targets}) == 18
    for t in targets:
        rule = parse_rule(t["rule"])  # type: ignore[arg-type]
        assert parse_rule(rule.text()) == rule == parse_rule(rule.dumps())
        assert re.search(r"[\u4e00-\u9fff]{4,}", str(t["wording"])), t["key"]


def _cadre(key: str, level: str, start: dt.date, end: dt.date | None, unit: str = "u") -> Record:
    return Record(f"{key}{start}", unit, {"person": key, "level": level, "start_date": start, "end_date": end})


def test_months_served_and_the_17_month_secondment() -> None:
    assert rules.months_served(D(2018, 3, 1), D(2019, 8, 1)) == 17
    assert rules.months_served(D(2018, 3, 1), D(2019, 8, 31)) == 17
    assert rules.months_served(D(2018, 3, 1), D(2019, 9, 1)) == 18
    assert rules.months_served(D(2019, 1, 31), D(2019, 2, 28)) == 1  # month end clamps
    assert rules.add_months(D(2019, 1, 31), 1) == D(2019, 2, 28)
    cadres = [_cadre("x", "talent_long", D(2018, 3, 1), D(2019, 8, 1)),
              _cadre("y", "talent_long", D(2018, 3, 1), D(2019, 9, 1))]
    rule = parse_rule("count cadres level=talent_long in_force min_months=18 distinct=person")
    counted = evaluate(rule, cadres, 2019)
    assert set(counted["u"]) == {"y"} and set(counted[rules.TOTAL]) == {"y"}


def test_fund_deadlines_and_one_day_late() -> None:
    rule = parse_rule("sum funds.disbursed deadline=2018:05-31,*:03-31")
    assert rule.deadline_for(2018) == D(2018, 5, 31)
    assert rule.deadline_for(2019) == D(2019, 3, 31) and rule.deadline_for(2020) == D(2020, 3, 31)
    payments = [Record("a", "u", {"year": 2020, "disbursed": 100, "disbursed_date": D(2020, 3, 31)}),
                Record("b", "u", {"year": 2020, "disbursed": 50, "disbursed_date": D(2020, 4, 1)}),
                Record("c", "u", {"year": 2019, "disbursed": 70, "disbursed_date": D(2020, 1, 1)})]
    total, added = rules.tally(evaluate(rule, payments, 2020)["u"], D(2020, 12, 31), (D(2020, 3, 1), D(2020, 3, 31)))
    assert (total, added) == (100, 100)


def test_trainee_counts_once_per_category_on_the_first_date() -> None:
    def trainee(pid: str, unit: str | None, category: str, day: dt.date) -> Record:
        return Record(f"{pid}{category}{day}", unit, {"person": pid, "category": category, "start_date": day})

    trainees = [trainee("p", "u", "wealth_leader", D(2019, 6, 1)), trainee("p", "u", "wealth_leader", D(2019, 3, 1)),
                trainee("p", "u", "village_cadre", D(2019, 3, 1)), trainee("q", None, "wealth_leader", D(2019, 3, 1))]
    counted = evaluate(parse_rule("count trainees category=wealth_leader distinct=person"), trainees, 2019)
    assert {k: i.date for k, i in counted["u"].items()} == {"p": D(2019, 3, 1)}
    assert set(counted[rules.TOTAL]) == {"p", "q"}  # the total counts a session of no known unit too
    by_record = evaluate(parse_rule("count trainees category=wealth_leader"), trainees, 2019)
    assert len(by_record["u"]) == 2  # distinct records, not persons


def test_enterprises_by_code_or_name() -> None:
    def visit(n: int, name: str, code: str | None, day: dt.date) -> Record:
        return Record(str(n), "u", {"kind": "enterprise_visit", "enterprise": name, "credit_code": code, "date": day})

    visits = [visit(1, "甲公司", "91X", D(2019, 1, 2)), visit(2, "甲 公司", None, D(2019, 2, 2)),
              visit(3, "ＡＢＣ公司", None, D(2019, 2, 3)), visit(4, "abc公司", None, D(2019, 4, 3))]
    assert len(evaluate(parse_rule("count events kind=enterprise_visit distinct=enterprise"), visits, 2019)["u"]) == 2


def test_short_term_talents_open_end_is_measured_to_year_end() -> None:
    cadres = [_cadre("a", "talent_short", D(2019, 9, 1), None),  # 3 months to 31 Dec: yes
              _cadre("b", "talent_short", D(2019, 10, 2), None),  # under 3: no
              _cadre("a", "talent_short", D(2019, 1, 1), D(2019, 5, 1))]  # a second person-time of a
    rule = parse_rule("count cadres level=talent_short min_months=3 max_months=12 distinct=person_time")
    assert len(evaluate(rule, cadres, 2019)["u"]) == 2


def test_a_new_kind_sum_of_sales_in_wan_yuan() -> None:
    """消费扶贫 sales over the events ledger: only sales, only the year, summed in fen."""
    rule = parse_rule("sum events.amount kind=消费扶贫")
    assert rule.values("kind") == ("sale",) and rule.text() == "sum events.amount kind=sale"
    events = [Record("1", "u", {"kind": "sale", "amount": 1_500_000_00, "date": D(2021, 5, 1)}),
              Record("2", "u", {"kind": "sale", "amount": 2_000_000_00, "date": D(2021, 11, 30)}),
              Record("3", "u", {"kind": "donation", "amount": 9_000_000_00, "date": D(2021, 6, 1)}),
              Record("4", "u", {"kind": "sale", "amount": 7_000_000_00, "date": D(2020, 12, 31)})]
    total, _ = rules.tally(evaluate(rule, events, 2021)["u"], D(2021, 12, 31))
    assert total == 3_500_000_00
    from lishui_desktop.domain.counting import divisor

    assert total // divisor(rule, "wan_yuan") == 350


@pytest.mark.parametrize("text", [
    "", "count", "count nowhere", "sum trainees.amount", "count events.amount", "count events kind=flying",
    "count events colour=red", "count events in_force", "count cadres distinct=enterprise",
    "count events kind=sale deadline=03-31", "sum funds.disbursed deadline=13-40", "count cadres min_months=x",
    "{not json", "count pairings date=birthday",
])
def test_bad_rules_are_refused_with_a_reason(text: str) -> None:
    with pytest.raises(RuleError) as caught:
        parse_rule(text)
    assert caught.value.text()


def test_on_track_line() -> None:
    from lishui_desktop.services.progress import on_track

    assert on_track(5, 20, 3) and not on_track(4, 20, 3) and on_track(20, 20, None) and not on_track(19, 20, 12)


def test_standing_of_money_follows_the_deadline() -> None:
    from lishui_desktop.services.progress import ProgressRow, standing

    rule = parse_rule("sum funds.disbursed deadline=2018:05-31,*:03-31")
    row18 = ProgressRow("莲都区", "剑阁县", "funds.disbursed", 0, 30_000_000, "yuan", False, deadline=rule.deadline_for(2018))
    row19 = ProgressRow("莲都区", "剑阁县", "funds.disbursed", 0, 30_000_000, "yuan", False, deadline=rule.deadline_for(2019))
    assert standing(row18, 2018, 4) == "on_track" and standing(row18, 2018, 5) == "behind"
    assert standing(row19, 2019, 2) == "on_track" and standing(row19, 2019, 3) == "behind"
    labor = ProgressRow("莲都区", "剑阁县", "labor.placed_poor", 75, 300, "person", False)
    assert standing(labor, 2019, 3) == "on_track" and standing(labor, 2019, 4) == "behind"
