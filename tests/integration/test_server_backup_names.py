"""Two dumps of a server store made in the same second (two imports at once on one computer)
get two files: the name is reserved when it is chosen, not when the dump is done."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from lishui_desktop.db.database import Database
from lishui_desktop.services import server_backup


class _Clock(dt.datetime):
    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> _Clock:  # type: ignore[override]
        return cls(2026, 12, 3, 18, 0, 0, tzinfo=tz)


def test_two_dumps_in_one_second_get_two_files(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    db = Database.open(pg_url)
    try:
        monkeypatch.setattr(server_backup, "dt", SimpleNamespace(datetime=_Clock))
        first = server_backup._new_path(db, "manual")
        second = server_backup._new_path(db, "manual")  # before the first dump is done
        assert first != second
        assert first.with_name(first.name + ".partial").exists()
        assert second.with_name(second.name + ".partial").exists()
        made = server_backup.create_backup(db, "manual")
        assert made.path not in (first, second) and made.path.exists()
        assert not made.path.with_name(made.path.name + ".partial").exists()
    finally:
        db.close()
