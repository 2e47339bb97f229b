from __future__ import annotations

import datetime as dt

import pytest

from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.domain.masking import mask_id, mask_phone, scrub
from lishui_desktop.domain.validation import (
    normalize_phone,
    parse_date,
    parse_money_fen,
    parse_resident_id,
    parse_yes_no,
)

VALID = "11010519491231002X"


def test_valid_id_gives_birth_and_gender() -> None:
    rid = parse_resident_id(VALID)
    assert rid.number == VALID
    assert rid.birth_date == dt.date(1949, 12, 31)
    assert rid.gender == "F"


def test_full_width_spaces_and_lower_x_are_normalised() -> None:
    assert parse_resident_id(" １１０１０５ 19491231002x ").number == VALID


def test_fifteen_digit_id_is_converted() -> None:
    rid = parse_resident_id("110105491231002")
    assert len(rid.number) == 18
    assert rid.number.startswith("11010519491231002")
    assert rid.birth_date == dt.date(1949, 12, 31)


@pytest.mark.parametrize("bad", ["110105194912310021", "1101051949123100", "ABCDEFGHIJKLMNOPQR", "", "110105194913310020"])
def test_invalid_ids_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        parse_resident_id(bad)


def test_phone() -> None:
    assert normalize_phone("138 1234 5678") == "13812345678"
    assert normalize_phone("+86 13812345678") == "13812345678"
    assert normalize_phone("") == ""
    for landline in ("0839-1234567", "0839 1234567", "08391234567", "(0839)1234567", "（0839）1234567"):
        assert normalize_phone(landline) == "0839-1234567"  # one way of writing it, whatever the separator
    assert normalize_phone("01012345678") == normalize_phone("010 1234 5678") == "010-12345678"
    with pytest.raises(ValidationError):
        normalize_phone("12345")


def test_masking() -> None:
    assert mask_id("331102198001011234") == "331102********1234"
    assert mask_phone("13812345678") == "138****5678"
    assert "19491231" not in scrub(f"id {VALID} tel 13812345678")


@pytest.mark.parametrize("raw", ["2019-3-1", "2019.3.1", "2019/03/01", "2019年3月1日", 43525, dt.date(2019, 3, 1)])
def test_dates(raw: object) -> None:
    assert parse_date(raw) == dt.date(2019, 3, 1)


def test_money_and_yes_no() -> None:
    assert parse_money_fen("1,234.56") == 123456
    assert parse_money_fen("3000万元") == 30_000_000_00
    assert parse_yes_no("√") is True
    assert parse_yes_no("否") is False


def test_id_with_a_region_code_newer_than_the_birth_year_is_accepted() -> None:
    # 平昌县 has had code 511923 since 2000; adults born earlier hold it on re-issued IDs
    from stdnum.cn import ric

    body = "51192319800101001"
    number = body + ric.calc_check_digit(body + "0")
    assert parse_resident_id(number).birth_date == dt.date(1980, 1, 1)


def test_unknown_region_code_is_refused() -> None:
    from stdnum.cn import ric

    body = "99992319800101001"
    with pytest.raises(ValidationError):
        parse_resident_id(body + ric.calc_check_digit(body + "0"))
