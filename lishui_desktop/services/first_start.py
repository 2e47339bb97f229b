"""The window's first start on a new database, in the GUI alone: who uses this computer, its
device name, and how it belongs to a deployment.

Three ways in: join the office's deployment with its deployment file (the office's `lishui
deployment export --for NAME` issues this laptop; a file without `--for` joins it unissued, and
the laptop writes a registration reply file for the office); set up the office (this computer
starts a deployment and issues the others); or use the laptop alone (a trial: its own
deployment). The role is never typed: the office's file decides it, or the way in does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lishui_desktop.db.database import Database
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.domain.text import clean
from lishui_desktop.paths import reference_dir
from lishui_desktop.services import database_key
from lishui_desktop.services.database_key import Policy
from lishui_desktop.services.encryption import policy_for_new_database
from lishui_desktop.services.setup import (
    DeviceInfo,
    SetupError,
    check_role_for_store,
    init_database,
)

CONTEXT = "Setup"
WAYS = ("join", "office", "alone")
ROLE_OF_WAY = {"join": "field", "office": "office", "alone": "field"}


@dataclass(frozen=True)
class FirstStart:
    """What the first-start dialog gathered; `deployment` is the file already read
    (services/deployment.read_deployment), for `way == "join"`."""

    way: str
    user_name: str
    device_name: str
    deployment_file: Path | None = None
    deployment: dict[str, Any] | None = None
    reply_file: Path | None = None
    server_url: str | None = None  # the store on a PostgreSQL server (an office or a lead)

    @property
    def issued_name(self) -> str | None:
        issued = (self.deployment or {}).get("issued")
        return str(issued.certificate["name"]) if issued is not None else None

    @property
    def role(self) -> str:
        issued = (self.deployment or {}).get("issued")
        return str(issued.certificate["role"]) if issued is not None else ROLE_OF_WAY[self.way]


def counties() -> list[str]:
    """The shipped counties (Lishui's, then Sichuan's), for the device name's suggestion."""
    data = json.loads((reference_dir() / "places.json").read_text(encoding="utf-8"))
    places = [p for p in data["places"] if p.get("level") == "county"]
    return [p["name"] for p in sorted(places, key=lambda p: p["side"] != "sichuan")]


def short_county(name: str) -> str:
    """平昌县 -> 平昌, 莲都区 -> 莲都 (a two-character name keeps its suffix: 城区)."""
    name = clean(name)
    return name[:-1] if len(name) > 2 and name[-1] in "县区市旗" else name


def known_device_names(deployment: dict[str, Any] | None) -> list[str]:
    """The names of the devices the office has issued (the deployment file's documents)."""
    names = []
    for doc in (deployment or {}).get("documents") or []:
        if isinstance(doc, dict) and isinstance(doc.get("name"), str):
            names.append(doc["name"])
    return names


def suggest_device_name(county: str, taken: Iterable[str] = ()) -> str:
    """County and the next free number: 平昌-01, 平昌-02, ..."""
    prefix = short_county(county) or "laptop"
    used = {int(m.group(1)) for name in taken if (m := re.fullmatch(re.escape(prefix) + r"-(\d+)", name.strip()))}
    number = next(n for n in range(1, len(used) + 2) if n not in used)
    return f"{prefix}-{number:02d}"


def check(choice: FirstStart) -> None:
    """Refuse what cannot be set up, one sentence each (nothing is created yet)."""
    if not clean(choice.user_name):
        raise SetupError(QT_TRANSLATE_NOOP("Setup", "Please enter your name; it is recorded with your changes."))
    if choice.way not in WAYS:
        raise SetupError(QT_TRANSLATE_NOOP("Setup", "Choose how this computer is set up."))
    if choice.way == "join" and choice.deployment is None:
        raise SetupError(QT_TRANSLATE_NOOP("Setup", "Choose the deployment file the office gave you."))
    if choice.issued_name is None and not clean(choice.device_name):
        raise SetupError(QT_TRANSLATE_NOOP("Setup", "The device name may not be empty."))
    if choice.server_url is not None:
        from lishui_desktop.db.server import ServerUrlError, is_server_url, server_url

        if not is_server_url(choice.server_url):
            raise ServerUrlError(
                QT_TRANSLATE_NOOP("Database", "The database address %1 is not a valid PostgreSQL URL."),
                choice.server_url,
            )
        server_url(choice.server_url)  # a password in it, no database: refused here
        check_role_for_store(choice.role, on_server=True)  # the command line's own sentence


def key_policy(choice: FirstStart | None) -> Policy:
    """How the new database keeps its key: as the office's deployment file asks."""
    if choice is None:
        return Policy()
    return policy_for_new_database(choice.role, choice.deployment)


def set_up(db: Database, choice: FirstStart) -> DeviceInfo:
    """Stamp the new (open, not yet initialised) database as chosen; a registration reply file
    is written when asked for (a laptop joined with a file that issues nobody)."""
    check(choice)
    user = clean(choice.user_name)
    if choice.way == "join":
        from lishui_desktop.services.deployment import join_deployment

        assert choice.deployment_file is not None
        name = None if choice.issued_name is not None else clean(choice.device_name)
        info = join_deployment(db, choice.deployment_file, device_name=name, user_name=user)
        office_key = key_policy(choice).office_key
        if db.encrypted and office_key is not None and not database_key.status(db.path)["office_copy"]:
            database_key.add_wraps(db.path, office_key=office_key)  # the office can open a returned file
        if choice.issued_name is None and choice.reply_file is not None:
            from lishui_desktop.services import trust

            trust.write_reply(db, choice.reply_file)
        return info
    return init_database(db, device_name=clean(choice.device_name), role=choice.role, user_name=user)
