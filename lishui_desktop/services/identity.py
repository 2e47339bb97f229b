"""Who uses this installation: user name, device name and role, kept in local settings.

The device's name and role as others know them are the office's to decide (its issued
certificate). On the office computer that holds the deployment's key, a change re-issues its
own certificate; elsewhere a user changes only the name this computer shows, and the role only
while the device has not been issued one."""

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
    from lishui_desktop.services import issuing

    if issuing.is_office_root(db) and (
        (device_name is not None and clean(device_name) != current.name)
        or (role is not None and role != current.role)
    ):
        issuing.reissue_self(db, clean(device_name) if device_name is not None else current.name, role or current.role)
    with db.transaction() as session:
        device = session.get(Device, current.device_id)
        if role is not None and device is not None and device.certificate and device.role != role:
            raise SetupError(
                QT_TRANSLATE_NOOP("Setup", "The office issued this computer the role %1; only the office changes it."),
                device.role,
            )
        if user_name is not None:
            put_setting(session, "user_name", clean(user_name) or None)
            if device is not None:
                device.user_name = clean(user_name) or None
        if device_name is not None:
            put_setting(session, "device_name", clean(device_name))
        if role is not None:
            put_setting(session, "role", role)
    info = device_info(db)
    assert info is not None
    return info
