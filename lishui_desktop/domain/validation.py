"""Field rules: resident ID numbers, mainland mobile numbers, dates, money."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from stdnum.cn import ric

from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.domain.text import clean, squeeze

MALE = "M"
FEMALE = "F"


@dataclass(frozen=True)
class ResidentId:
    """A checked 18-character resident ID with what it tells about its holder."""

    number: str
    birth_date: dt.date
    gender: str  # "M" or "F"

    @property
    def region_code(self) -> str:
        return self.number[:6]


def normalize_resident_id(raw: object) -> str:
    """Digits and check letter as typed, without spaces, full-width forms or lower-case x."""
    return squeeze(raw).upper()


def _upgrade_15(number: str) -> str:
    """A first-generation 15-digit ID as its 18-digit form (19 inserted before the year)."""
    body = number[:6] + "19" + number[6:]
    return body + ric.calc_check_digit(body + "0")


_ID_15 = re.compile(r"\d{15}")
_ID_18 = re.compile(r"\d{17}[\dX]")


def parse_resident_id(raw: object) -> ResidentId:
    """Check a resident ID number; raise ValidationError with a plain reason."""
    number = normalize_resident_id(raw)
    if not number:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The resident ID number is empty."))
    if _ID_15.fullmatch(number):
        number = _upgrade_15(number)
    if not _ID_18.fullmatch(number):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "A resident ID number has 18 characters: 17 digits and a digit or X."
            )
        )
    if ric.calc_check_digit(number) != number[-1]:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The check digit of the resident ID number is wrong; a digit was mistyped.",
            )
        )
    try:  # the digits as stdnum's ric.get_birth_date reads them (its compact() is a no-op here)
        birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "The birth date in the resident ID number is not valid.")
        ) from None
    if not _region_known(number[:6]):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "The region code in the resident ID number is not valid.")
        )
    if birth > dt.date.today():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "The birth date in the resident ID number is in the future.")
        )
    gender = MALE if int(number[16]) % 2 == 1 else FEMALE
    return ResidentId(number=number, birth_date=birth, gender=gender)


@lru_cache(maxsize=4096)
def _region_known(code: str) -> bool:
    """The first six digits name a county that existed at some time (GB/T 2260 via stdnum).

    python-stdnum also requires the county to have existed in the birth year, but numbers are
    issued (and re-issued) with the code in force at registration: a 平昌县 adult born in 1980
    legitimately holds 511923..., a code from 2000. So any period of validity is accepted.
    """
    from stdnum import numdb

    info = {k: v for _part, props in numdb.get("cn/loc").info(code) for k, v in props.items()}
    return "county" in info


def is_valid_resident_id(raw: object) -> bool:
    try:
        parse_resident_id(raw)
    except ValidationError:
        return False
    return True


_MOBILE = re.compile(r"1[3-9]\d{9}")
_LANDLINE = re.compile(r"0\d{2,3}-?\d{7,8}")
_PHONE_MARKS = str.maketrans({"(": None, ")": "-", "（": None, "）": "-"})


def normalize_phone(raw: object) -> str:
    """A mainland mobile (11 digits, 1[3-9]...) or a landline with area code, always written
    0839-1234567 (0839 1234567, (0839)1234567 and 08391234567 are the same number); '' when empty."""
    if isinstance(raw, str) and raw.isascii() and _MOBILE.fullmatch(raw):
        return str(raw)  # a mobile number as typed: nothing below would change it
    value = squeeze(raw).replace("－", "-").translate(_PHONE_MARKS)
    if value.startswith("+86"):
        value = value[3:]
    elif value.startswith("0086"):
        value = value[4:]
    value = value.lstrip("-")
    if not value:
        return ""
    digits = value.replace("-", "")
    if _MOBILE.fullmatch(digits):
        return digits
    if _LANDLINE.fullmatch(value) or _LANDLINE.fullmatch(digits):
        area = 3 if digits[1] in "12" else 4  # 010 and 020-029 have three digits, the rest four
        if 7 <= len(digits) - area <= 8:
            return f"{digits[:area]}-{digits[area:]}"
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Validation", "A phone number is an 11-digit mobile number or a landline with area code."
        )
    )


_DATE_PATTERNS = (
    re.compile(r"(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})"),
    re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
)
EXCEL_EPOCH = dt.date(1899, 12, 30)


def parse_date(raw: object) -> dt.date | None:
    """A date from a real date, ISO text, 2019.3.1, 2019/03/01, 2019年3月1日 or an Excel serial.

    Returns None for an empty value; raises ValidationError for anything else unreadable.
    """
    if raw is None:
        return None
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        if 1 <= raw < 200000:
            return EXCEL_EPOCH + dt.timedelta(days=int(raw))
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "This is not a date."))
    text = clean(raw)
    if not text:
        return None
    if re.fullmatch(r"\d{5}(\.0+)?", text):
        return EXCEL_EPOCH + dt.timedelta(days=int(float(text)))
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(text.split(" ")[0] if "年" not in text else text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            try:
                return dt.date(year, month, day)
            except ValueError:
                break
    raise ValidationError(
        QT_TRANSLATE_NOOP("Validation", "This is not a date; write it as 2019-03-01.")
    )


def check_order(start: dt.date | None, end: dt.date | None) -> None:
    """The end of a period may not come before its start."""
    if start and end and end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "The end date is before the start date.")
        )


def parse_money_fen(raw: object) -> int | None:
    """Yuan as typed (12,345.6 or 1.2万元) to integer fen; None when empty."""
    if raw is None:
        return None
    if isinstance(raw, float):
        raw = repr(raw)
    text = squeeze(raw).replace(",", "").replace("，", "").replace("¥", "").replace("￥", "")
    if not text:
        return None
    factor = Decimal(1)
    for suffix, mult in (("万元", 10000), ("万", 10000), ("元", 1)):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
            factor = Decimal(mult)
            break
    try:
        amount = Decimal(text) * factor
    except InvalidOperation:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "An amount of money is a number of yuan.")
        ) from None
    if amount < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "An amount may not be negative."))
    return int((amount * 100).to_integral_value())


def format_fen(fen: int | None) -> str:
    """Fen as yuan with two decimals and thousands separators ('' for None)."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100:,}.{fen % 100:02d}"


_YES = {"是", "√", "✓", "✔", "Y", "YES", "T", "TRUE", "1", "有", "对"}
_NO = {"否", "×", "✗", "N", "NO", "F", "FALSE", "0", "无", "不是"}


def parse_yes_no(raw: object) -> bool | None:
    """是/否/√/Y/N and friends to a bool; None when empty."""
    if isinstance(raw, bool):
        return raw
    text = clean(raw).upper()
    if not text:
        return None
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Answer with 是 or 否 (yes or no)."))


def require(value: object, label: str) -> None:
    """A required field may not be blank."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "%1 is required."), label)
