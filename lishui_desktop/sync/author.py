"""Who authors the ops this database writes now: one function, shared by capture and trust.

Capture (application code, inside the writing transaction) names every op it builds with
`current_author(...)` and numbers it after that author's highest sequence number. Trust decides
what an author is: today the device id; with incarnations (a restored or copied database gets a
fresh sub-identity of its issued device) the current incarnation's id. Nothing else may read
`local_settings.device_id` to name an op's author.
"""

from __future__ import annotations

from typing import Any

AUTHOR_SQL = "(SELECT value FROM local_settings WHERE key='device_id')"


def current_author(cur: Any) -> str | None:
    """The author id for ops written now through a DB-API cursor or connection (None before
    init)."""
    row = cur.execute("SELECT value FROM local_settings WHERE key='device_id'").fetchone()
    return None if row is None else row[0]
