"""What every page is given: the open database, the hub, this device, the worker pool."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from lishui_desktop.ui.hub import Hub

if TYPE_CHECKING:
    from lishui_desktop.services.setup import DeviceInfo

if TYPE_CHECKING:
    from lishui_desktop.db.database import Database


@dataclass
class AppContext:
    db: Database
    hub: Hub
    device: DeviceInfo | None
