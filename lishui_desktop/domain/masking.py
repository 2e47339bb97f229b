"""Masking of resident IDs and phones wherever they are shown or printed."""

from __future__ import annotations

import re

_ID_IN_TEXT = re.compile(r"(?<!\d)(\d{6})(\d{8})(\d{3}[\dXx])(?!\d)")
_PHONE_IN_TEXT = re.compile(r"(?<!\d)(1[3-9]\d)(\d{4})(\d{4})(?!\d)")


def mask_id(number: str | None) -> str:
    """331102********1234: region kept, birth date and sequence hidden, last four kept."""
    if not number:
        return ""
    if len(number) <= 8:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def mask_phone(phone: str | None) -> str:
    """138****5678 for a mobile; a landline keeps its area code and last four."""
    if not phone:
        return ""
    if len(phone) == 11 and phone.isdigit():
        return phone[:3] + "****" + phone[-4:]
    if len(phone) <= 4:
        return "*" * len(phone)
    return phone[:-8] + "****" + phone[-4:] if len(phone) > 8 else "****" + phone[-4:]


def scrub(text: str) -> str:
    """Mask every ID- or phone-shaped number inside free text (log lines, error messages)."""
    text = _ID_IN_TEXT.sub(lambda m: m.group(1) + "********" + m.group(3), text)
    return _PHONE_IN_TEXT.sub(lambda m: m.group(1) + "****" + m.group(3), text)
