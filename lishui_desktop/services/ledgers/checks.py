"""Field rules of the ledger editors: every value checked, errors collected per field."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session
from stdnum.cn import uscc

from lishui_desktop.db.models import Place
from lishui_desktop.domain.choices import code_for
from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from lishui_desktop.domain.text import clean, squeeze
from lishui_desktop.domain.validation import (
    is_valid_resident_id,
    normalize_phone,
    parse_date,
    parse_money_fen,
    parse_resident_id,
    parse_yes_no,
)
from lishui_desktop.services.ledgers.spec import (
    BOOL,
    CHOICE,
    CTX,
    DATE,
    ID,
    INT,
    MONEY,
    PHONE,
    PLACE,
    USCC,
    Field,
    LedgerSpec,
)
from lishui_desktop.services.reference import find_place


class LedgerInputError(ValidationError):
    """Some fields of a record are not valid; `errors` maps each field name to its error."""

    def __init__(self, errors: dict[str, ValidationError]) -> None:
        name, first = next(iter(errors.items()))
        super().__init__(first.message, *first.args_, field=name)
        self.context = first.context
        self.errors = errors


def _error(text: str, *args: object) -> ValidationError:
    error = ValidationError(text, *args)
    error.context = CTX
    return error


def check_field(session: Session, item: Field, raw: Any) -> Any:
    """The stored value for what was typed into `item`; raises ValidationError."""
    kind = item.kind
    if kind == DATE:
        return parse_date(raw)
    if kind == MONEY:
        return parse_money_fen(raw)
    if kind == BOOL:
        value = parse_yes_no(raw)
        return bool(item.default) if value is None else value
    if kind == ID:
        return parse_resident_id(raw).number if squeeze(raw) else None
    if kind == PHONE:
        return normalize_phone(raw) or None
    text = clean(raw)
    if not text:
        return None
    if kind == INT:
        if not text.isdigit():
            raise _error(QT_TRANSLATE_NOOP("Ledgers", "Write a whole number, such as 12."))
        return int(text)
    if kind == CHOICE:
        code = code_for(item.choices or {}, item.alias, text)
        if code is None:
            raise _error(QT_TRANSLATE_NOOP("Ledgers", "Choose one of the values in the list."))
        return code
    if kind == PLACE:
        place = session.get(Place, text) or find_place(session, text)
        if place is None or place.deleted:
            raise _error(QT_TRANSLATE_NOOP("Ledgers", "There is no county or unit called %1."), text)
        if item.side and place.side != item.side:
            raise _error(QT_TRANSLATE_NOOP("Ledgers", "Choose a county on the right side of the pairing."))
        return place.id
    if kind == USCC:
        code = squeeze(text).upper()
        if not uscc.is_valid(code):
            raise _error(
                QT_TRANSLATE_NOOP("Ledgers", "A unified social credit code has 18 characters with a valid check character.")
            )
        return code
    return text


def validate(
    session: Session, spec: LedgerSpec, values: dict[str, Any], stored: dict[str, Any] | None = None
) -> tuple[dict[str, Any], dict[str, ValidationError]]:
    """Check every field of `spec`; returns (clean values, errors by field name).

    A resident ID left as `stored` (from an import or another laptop) is kept as it is, so the
    record's other fields can still be corrected; a typed or changed ID is always checked.
    """
    result: dict[str, Any] = {}
    errors: dict[str, ValidationError] = {}
    for item in spec.fields:
        raw = values.get(item.name, item.default)
        if item.kind == ID and stored and raw and raw == stored.get(item.name):
            result[item.name] = raw
            continue
        try:
            value = check_field(session, item, raw)
        except ValidationError as exc:
            errors[item.name] = exc
            continue
        if item.required and value in (None, ""):
            errors[item.name] = _error(QT_TRANSLATE_NOOP("Ledgers", "This field is required."))
            continue
        result[item.name] = value
    for item in spec.fields:
        if item.after and item.name not in errors:
            start, end = result.get(item.after), result.get(item.name)
            if start and end and end < start:
                label = translate("Ledgers", spec.field_named(item.after).label)
                errors[item.name] = _error(QT_TRANSLATE_NOOP("Ledgers", "This date is earlier than the %1."), label)
    _person_rules(spec, result, errors)
    return result, errors


def _person_rules(spec: LedgerSpec, result: dict[str, Any], errors: dict[str, ValidationError]) -> None:
    """The ID decides gender and birth date; a birth date in the future is refused."""
    prefix = "" if spec.kind == "persons" else "person."
    number = result.get(prefix + "id_number")
    if number and is_valid_resident_id(number):
        rid = parse_resident_id(number)
        typed_gender = result.get(prefix + "gender")
        if typed_gender and typed_gender != rid.gender:
            errors.setdefault(
                prefix + "gender",
                _error(QT_TRANSLATE_NOOP("Ledgers", "The resident ID number says the other gender.")),
            )
        result[prefix + "gender"] = rid.gender
        result[prefix + "birth_date"] = rid.birth_date
