"""Whether a `--db` names a store on a PostgreSQL server: known without SQLAlchemy, which the
window imports only after its first paint (db/server.py opens such a store)."""

from __future__ import annotations

import re
from pathlib import Path


def is_server_url(text: str | Path | None) -> bool:
    """True for a PostgreSQL URL (what a file path never looks like)."""
    if text is None or isinstance(text, Path):
        return False
    return re.match(r"^(postgresql|postgres)(\+psycopg)?://", str(text).strip(), re.IGNORECASE) is not None
