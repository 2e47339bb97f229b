"""Reveals are recorded without the value; logs never hold a full resident ID or phone."""

from __future__ import annotations

import logging

from lishui_desktop.db.database import Database
from lishui_desktop.services import audit
from lishui_desktop.services.logs import log_dir, setup_logging

FULL_ID = "33110219900307123X"
PHONE = "13812345678"


def test_record_reveal_keeps_who_when_what_but_not_the_value(db: Database) -> None:
    with db.transaction() as s:
        audit.record_reveal(s, "reveal", "persons", "p-1", None)
    audit.record(db, "export", "persons", None, user="办公室", row_count=120)
    found = audit.entries(db)
    assert [(e.kind, e.row_id, e.row_count) for e in found] == [
        ("export", None, 120),
        ("reveal", "p-1", 1),
    ]
    assert found[1].user_name == "测试员" and found[1].device_id == db.get_setting("device_id")
    assert found[0].user_name == "办公室"
    assert [e.row_id for e in audit.entries(db, row_id="p-1")] == ["p-1"]
    raw = db.path.read_bytes()
    assert FULL_ID.encode() not in raw


def test_log_file_is_scrubbed() -> None:
    path = setup_logging()
    log = logging.getLogger("lishui.test")
    log.warning("person %s phone %s", FULL_ID, PHONE)
    log.info(f"inline {FULL_ID}")
    try:
        raise ValueError(f"bad id {FULL_ID}")
    except ValueError:
        log.exception("failed for %s", PHONE)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert path.parent == log_dir()
    assert FULL_ID not in text and PHONE not in text
    assert "331102********123X" in text and "138****5678" in text
    assert "ValueError: bad id 331102" in text


def test_crash_report_is_scrubbed(capsys) -> None:  # type: ignore[no-untyped-def]
    import sys

    from lishui_desktop.services.logs import crash_report

    path = setup_logging()
    try:
        raise RuntimeError(f"crash with {FULL_ID}")
    except RuntimeError:
        crash_report(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    err = capsys.readouterr().err
    assert "RuntimeError" in err and FULL_ID not in err
    assert FULL_ID not in path.read_text(encoding="utf-8")
    assert sys.excepthook is crash_report
