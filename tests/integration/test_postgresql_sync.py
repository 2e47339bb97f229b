"""The office store on PostgreSQL as on SQLite: `check` with the server's own checks, text in
code point order whatever the database's locale, and the integrity checks finding damage."""

from __future__ import annotations

import json
import uuid

import psycopg
import pytest

from lishui_desktop.cli import main
from lishui_desktop.db.database import Database
from lishui_desktop.db.server import integrity_problems


def lishui(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out + out.err


def test_check_on_postgresql_finds_values_written_by_another_tool(capsys: pytest.CaptureFixture[str], pg_url: str) -> None:
    assert lishui(capsys, "--db", pg_url, "init", "--role", "office", "--device-name", "市办公室")[0] == 0
    assert lishui(capsys, "--db", pg_url, "demo", "--scale", "0.005", "--seed", "4")[0] == 0
    code, out = lishui(capsys, "--db", pg_url, "check")
    assert code == 0, out
    assert "完好" in out and "PostgreSQL 检查通过" in out, out
    with psycopg.connect(pg_url) as conn:  # psql, behind the program's back
        conn.execute("UPDATE persons SET name = '外部工具' WHERE id = (SELECT min(id) FROM persons)")
    code, out = lishui(capsys, "--lang", "en", "--db", pg_url, "check")
    assert code == 1, out
    assert "1 values were changed outside the program" in out and ": name" in out, out
    assert "Traceback" not in out


def test_integrity_problems_finds_an_index_that_disagrees(pg_url: str) -> None:
    """A primary key index that lost a row (made so by hand: an index rebuilt while a row was
    hidden from it) is found by counting through the table and through the index."""
    db = Database.open(pg_url)
    try:
        with db.engine.connect() as conn:
            assert integrity_problems(conn) == []
    finally:
        db.close()
    with psycopg.connect(pg_url, autocommit=True) as conn:  # the superuser breaks it on purpose
        conn.execute("INSERT INTO sync_state(key, value) VALUES ('x', 1)")
        conn.execute("UPDATE pg_index SET indisvalid = true, indisready = false WHERE indexrelid = 'sync_state_pkey'::regclass")
        conn.execute("INSERT INTO sync_state(key, value) VALUES ('y', 2)")  # not entered in the index
        conn.execute("UPDATE pg_index SET indisready = true WHERE indexrelid = 'sync_state_pkey'::regclass")
    db = Database.open(pg_url)
    try:
        with db.engine.connect() as conn:
            problems = integrity_problems(conn)
    finally:
        db.close()
    assert problems == ["sync_state: 2 rows, 1 in its index"], problems


def test_text_sorts_in_code_point_order_whatever_the_locale(
    capsys: pytest.CaptureFixture[str], pg_server, tmp_path  # type: ignore[no-untyped-def]
) -> None:
    """A database made with a Chinese ICU locale (pinyin order): names and ids still sort as
    SQLite sorts them, so lists, dumps and the sync layer's merges of sorted ids agree."""
    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'zh' LOCALE 'C.UTF-8'")
        assert conn.execute("SELECT '王' < '李' COLLATE \"zh-x-icu\"").fetchone() == (False,)  # pinyin: li < wang
    url = pg_server.url(name)
    file = str(tmp_path / "office.db")
    for db in (url, file):
        assert lishui(capsys, "--db", db, "init", "--role", "office", "--device-name", "市办公室")[0] == 0
        assert lishui(capsys, "--db", db, "demo", "--scale", "0.01", "--seed", "5")[0] == 0
    with psycopg.connect(url) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM persons ORDER BY name, id")]
        loose = conn.execute(
            "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' "
            "AND data_type IN ('text', 'character varying') AND coalesce(collation_name, '') <> 'C' "
            "AND table_name NOT IN ('sync_change_log')"
        ).fetchone()[0]
    assert len(names) > 20 and names == sorted(names)
    assert loose == 0
    outs = [lishui(capsys, "--db", db, "list", "persons", "--json") for db in (url, file)]
    assert outs[0][0] == outs[1][0] == 0, outs
    ordered = [[r["name"] for r in json.loads(out)["records"]] for _code, out in outs]
    assert ordered[0] == ordered[1]


def test_ledger_search_finds_the_same_records_on_postgresql(capsys: pytest.CaptureFixture[str], pg_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The window's search (people first, by their row key: SQLite's rowid, the primary key on
    PostgreSQL) finds the same records in both stores of the same demo."""
    from lishui_desktop.services.ledgers import Filters
    from lishui_desktop.services.ledgers.query import count, fetch_all

    file = str(tmp_path / "office.db")
    found = []
    for store in (pg_url, file):
        assert lishui(capsys, "--db", store, "init", "--role", "office", "--device-name", "市办公室")[0] == 0
        assert lishui(capsys, "--db", store, "demo", "--scale", "0.01", "--seed", "6")[0] == 0
        db = Database.open(store)
        try:
            name = fetch_all(db, "persons", Filters())[0]["name"]
            for kind in ("persons", "placements", "trainees"):
                rows = fetch_all(db, kind, Filters(search=name[:1]))
                assert count(db, kind, Filters(search=name[:1])) == len(rows)
                found.append(sorted(json.dumps({k: v for k, v in r.items() if k != "id"}, ensure_ascii=False, default=str, sort_keys=True) for r in rows))
        finally:
            db.close()
    assert found[:3] == found[3:] and found[0]


def test_devices_issue_renew_revoke_on_postgresql(capsys: pytest.CaptureFixture[str], pg_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The office on PostgreSQL issues a laptop, renews its keys and revokes it; the laptop's
    edits after the revocation are refused there."""
    assert lishui(capsys, "--db", pg_url, "init", "--role", "office", "--device-name", "市办公室")[0] == 0
    assert lishui(capsys, "--db", pg_url, "keys", "allow-plain", "on")[0] == 0
    deploy, laptop = tmp_path / "d.json", str(tmp_path / "pc.db")
    code, out = lishui(capsys, "--db", pg_url, "devices", "issue", "平昌-01", "--out", str(deploy))
    assert code == 0, out
    assert lishui(capsys, "--db", laptop, "init", "--device-name", "平昌-01", "--join", str(deploy))[0] == 0
    assert lishui(capsys, "--db", laptop, "keys", "allow-plain", "on")[0] == 0
    code, out = lishui(capsys, "--db", pg_url, "devices", "renew", "平昌-01", "--out", str(tmp_path / "k.json"))
    assert code == 0, out
    assert lishui(capsys, "--db", laptop, "keys", "install", str(tmp_path / "k.json"))[0] == 0
    assert lishui(capsys, "--db", laptop, "demo", "--scale", "0.002", "--seed", "8")[0] == 0
    first = tmp_path / "first.lsbundle"
    assert lishui(capsys, "--db", laptop, "bundle", "export", "--out", str(first))[0] == 0
    code, out = lishui(capsys, "--db", pg_url, "bundle", "import", str(first))
    assert code == 0 and "已导入" in out, out
    code, out = lishui(capsys, "--db", pg_url, "devices", "revoke", "平昌-01", "--yes")
    assert code == 0, out
    code, out = lishui(capsys, "--db", pg_url, "devices", "list", "--json")
    assert code == 0 and [d["revoked_at"] for d in json.loads(out)["devices"] if d["name"] == "平昌-01"][0], out
    from lishui_desktop.services.ledgers.editing import set_deleted

    db = Database.open(laptop)  # the lost laptop's edit after its revocation
    try:
        with db.engine.connect() as conn:
            event = conn.exec_driver_sql("SELECT min(id) FROM events").scalar()
        assert set_deleted(db, "events", [event]) == 1
    finally:
        db.close()
    later = tmp_path / "later.lsbundle"
    assert lishui(capsys, "--db", laptop, "bundle", "export", "--out", str(later))[0] == 0
    before = lishui(capsys, "--db", pg_url, "dump", "--json")[1]
    code, out = lishui(capsys, "--db", pg_url, "bundle", "import", str(later))
    assert code == 2 and "Traceback" not in out, out
    assert lishui(capsys, "--db", pg_url, "dump", "--json")[1] == before


def test_record_history_on_postgresql(capsys: pytest.CaptureFixture[str], pg_url: str) -> None:
    """A record's history (who changed which field when) is read from the change log there too."""
    from lishui_desktop.services.history import record_history
    from lishui_desktop.services.ledgers.editing import set_deleted

    assert lishui(capsys, "--db", pg_url, "init", "--role", "office", "--device-name", "市办公室", "--user-name", "王主任")[0] == 0
    assert lishui(capsys, "--db", pg_url, "demo", "--scale", "0.002", "--seed", "3")[0] == 0
    db = Database.open(pg_url)
    try:
        with db.engine.connect() as conn:
            event = conn.exec_driver_sql("SELECT min(id) FROM events").scalar()
        before = record_history(db, "events", event)
        assert set_deleted(db, "events", [event]) == 1
        after = record_history(db, "events", event)
    finally:
        db.close()
    assert before and len(after) == len(before) + 1
    deletes = [c for c in after if c.column == "deleted"]
    assert len(deletes) == len([c for c in before if c.column == "deleted"]) + 1
    assert all(c.user_name == "王主任" and c.device_name == "市办公室" for c in after)
