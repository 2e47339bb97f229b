"""The shared normaliser and the natural keys of each ledger (domain/natural_keys.py)."""

from __future__ import annotations

import datetime as dt

from lishui_desktop.domain import natural_keys as nk

DAY = dt.date(2019, 10, 8)


def test_one_normaliser_for_every_comparison() -> None:
    assert nk.norm("平昌县2019年（第１期）　农村致富带头人培训班") == nk.norm("平昌县2019年(第1期)农村致富带头人培训班")
    assert nk.norm(" ＡＢＣ Co.,Ltd ") == nk.norm("abcco.,ltd")
    assert nk.norm(None) == "" and nk.norm("") == ""
    assert nk.norm_county("平昌县") == nk.norm_county("平昌") == "平昌"
    assert nk.norm_county("巴州区") == "巴州" and nk.norm_county("县区") == "县区"  # two characters keep it
    assert nk.same_text("（第1期）", "(第1期)") and not nk.same_text("第1期", "第2期")
    assert nk.same_text(3, 3) and not nk.same_text("3", 3)


def test_keys_of_each_ledger() -> None:
    assert nk.session_key("wealth_leader", "qt", DAY, "培训班（第1期）") == nk.session_key("wealth_leader", "qt", DAY, "培训班 (第1期)")
    assert nk.session_key("wealth_leader", "qt", DAY, "x") != nk.session_key("village_cadre", "qt", DAY, "x")
    assert nk.session_key("wealth_leader", "qt", None, "x") is None
    assert nk.placement_key("p", "某某公司", DAY) == nk.placement_key("p", "某某公司 ", dt.date(2019, 10, 30))
    assert nk.placement_key("p", "某某公司", DAY) != nk.placement_key("p", "某某公司", dt.date(2019, 11, 1))
    assert nk.pairing_key("county", "青田县", "平昌县") == nk.pairing_key("county", "青田", "平昌")
    assert nk.pairing_key("town", "章村乡", "岳家镇") != nk.pairing_key("village", "章村乡", "岳家镇")
    assert nk.event_key("u", "hearing", DAY, "常委会 听取汇报") == nk.event_key("u", "hearing", DAY, "常委会听取汇报")
    assert nk.cadre_key("张 三", "副县长（挂职）", DAY) == nk.cadre_key("张三", "副县长(挂职)", DAY)
    assert nk.fund_key("c", 2019) == nk.fund_key("c", 2019) and nk.fund_key(None, 2019) is None
    assert nk.project_key("f", "猕猴桃 产业园") == nk.project_key("f", "猕猴桃产业园")
    assert nk.activity_key("p", "visit", DAY) and nk.enrolment_key("s", None) is None
    assert not nk.periods_overlap(dt.date(2018, 1, 1), dt.date(2020, 12, 31), dt.date(2021, 1, 1), None)
    assert nk.periods_overlap(dt.date(2018, 1, 1), None, dt.date(2021, 1, 1), None)


def test_the_one_person_rule() -> None:
    zhang = {"name": "张三", "village": "石门村", "town": "岳家镇"}
    assert nk.same_person(zhang, {"name": "张 三", "village": "石门村", "id_number": "x", "birth_date": DAY})
    assert not nk.same_person(zhang, {"name": "张三", "village": "白衣村"})
    assert not nk.same_person(zhang, {"name": "张三", "village": "石门村", "town": "白龙镇"})
    assert not nk.same_person({**zhang, "id_number": "a"}, {**zhang, "id_number": "b"})  # IDs decide
    assert nk.same_person({"name": "李四", "birth_date": DAY}, {"name": "李四", "birth_date": DAY})
    assert not nk.same_person({"name": "李四", "birth_date": DAY}, {"name": "李四", "birth_date": dt.date(1990, 1, 1),
                                                                   "village": "x"})
    assert not nk.same_person({"name": "李四"}, {"name": "李四"})  # nothing else to go on
