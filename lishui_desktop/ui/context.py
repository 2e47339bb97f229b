"""What every page is given: the open database, the hub, this device, the worker pool."""

from __future__ import annotations

from dataclasses import dataclass

from lishui_desktop.db.database import Database
from lishui_desktop.services.setup import DeviceInfo
from lishui_desktop.ui.hub import Hub


@dataclass
class AppContext:
    db: Database
    hub: Hub
    device: DeviceInfo | None
