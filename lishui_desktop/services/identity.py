"""Who uses this installation: user name, device name and role, kept in local settings and
in this device's row (which sync carries to the office)."""

from __future__ import annotations

from lishui_desktop.db.database import Database, put_setting
from lishui_desktop.db.models import Device
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.domain.text import clean
from lishui_desktop.services.setup import ROLES, DeviceInfo, SetupError, device_info


def update_identity(
    db: Database,
    *,
    user_name: str | None = None,
    device_name: str | None = None,
    role: str | None = None,
) -> DeviceInfo:
    """Change what was given (None leaves a value as it is); returns the new identity."""
    current = device_info(db)
    if current is None:
        raise SetupError(
            QT_TRANSLATE_NOOP("Setup", "This database has not been set up yet; run `lishui init` first.")
        )
    if device_name is not None and not clean(device_name):
        raise SetupError(QT_TRANSLATE_NOOP("Setup", "The device name may not be empty."))
    if role is not None and role not in ROLES:
        raise SetupError(QT_TRANSLATE_NOOP("Setup", "The role must be field, lead or office."))
    with db.transaction() as session:
        device = session.get(Device, current.device_id)
        if user_name is not None:
            put_setting(session, "user_name", clean(user_name) or None)
            if device is not None:
                device.user_name = clean(user_name) or None
        if device_name is not None:
            put_setting(session, "device_name", clean(device_name))
            if device is not None:
                device.name = clean(device_name)
        if role is not None:
            put_setting(session, "role", role)
            if device is not None:
                device.role = role
    info = device_info(db)
    assert info is not None
    return info
