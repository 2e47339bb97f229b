"""Two field laptops and an office, driven through the `lishui` CLI in-process, with relays."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from lishui_desktop.cli import main
from lishui_desktop.db.database import Database
from lishui_desktop.domain.choices import table_label
from lishui_desktop.services.persons import PersonInput, find_or_create, normalise
from tests.conftest import Stores

ID_1 = "510812199002021009"  # synthetic, valid check digit
ID_2 = "510812199002021017"


def lishui(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out + out.err


def enter(db_path: Path, *people: dict[str, str | None]) -> None:
    db = Database.open(db_path)
    try:
        key = db.get_blob("deployment_key")
        assert key
        with db.transaction() as session:
            for p in people:
                entry = normalise(PersonInput(name=str(p["name"]), id_number=p.get("id"),
                                              phone=p.get("phone"), village=p.get("village")))
                find_or_create(session, entry, key)
    finally:
        db.close()


def dump(capsys: pytest.CaptureFixture[str], db: Path | str) -> str:
    code, out = lishui(capsys, "--db", str(db), "dump", "--json")
    assert code == 0
    return hashlib.sha256(out.encode()).hexdigest()


def test_sync_two_laptops_and_an_office_with_relays(tmp_path: Path, capsys, stores: Stores) -> None:
    """The office a SQLite file, then a store on PostgreSQL (the laptops files both times)."""
    office: Path | str = stores.new("office")
    pc1, pc2 = (tmp_path / f"{n}.db" for n in ("pc1", "pc2"))
    assert lishui(capsys, "--db", str(office), "init", "--device-name", "office", "--role", "office")[0] == 0
    for db, name in ((pc1, "pingchang01"), (pc2, "wangcang01")):  # the office issues each laptop
        deploy = tmp_path / f"{name}.json"
        assert lishui(capsys, "--db", str(office), "deployment", "export", "--for", name, "--out", str(deploy))[0] == 0
        code, out = lishui(capsys, "--db", str(db), "init", "--device-name", name, "--role", "field",
                           "--join", str(deploy))
        assert code == 0, out
        assert "挂职干部" in out and "field" not in out  # the role in words
    for db in (office, pc1, pc2):
        assert lishui(capsys, "--db", str(db), "keys", "allow-plain", "on")[0] == 0
    # the same deployment key: the same person id on both laptops
    laptop_db, office_db = Database.open(pc1), Database.open(str(office))
    assert laptop_db.get_blob("deployment_key") == office_db.get_blob("deployment_key")
    laptop_db.close()  # no connection left open: the office's file is copied whole below (WAL)
    office_db.close()

    hello = tmp_path / "hello-pc2.lsbundle"  # a bundle with nothing new is welcome too
    assert lishui(capsys, "--db", str(pc2), "bundle", "export", "--out", str(hello))[0] == 0
    assert lishui(capsys, "--db", str(office), "bundle", "import", str(hello))[0] == 0
    enter(pc1, {"name": "王大明", "id": ID_1, "phone": "13800000001", "village": "东村"})
    out1 = tmp_path / "b1"
    out1.mkdir()
    assert lishui(capsys, "--db", str(pc1), "bundle", "export", "--out", str(out1))[0] == 0
    (first,) = out1.iterdir()
    assert first.name.isascii() and first.name.endswith(".lsbundle")
    assert lishui(capsys, "--db", str(office), "bundle", "import", str(first))[0] == 0
    relay = tmp_path / "relay-pc2.lsbundle"
    assert lishui(capsys, "--db", str(office), "bundle", "export", "--for", "wangcang01", "--out", str(relay))[0] == 0
    assert lishui(capsys, "--db", str(pc2), "bundle", "import", str(relay))[0] == 0

    # both laptops edit the same trainee and enter the same new person, unaware of each other
    enter(pc1, {"name": "王大明", "id": ID_1, "phone": "13800000002"},
          {"name": "李小红", "id": ID_2, "phone": "13900000001", "village": "南村"},
          {"name": "张小花", "village": "西村"})
    enter(pc2, {"name": "王大明", "id": ID_1, "phone": "13800000003"},
          {"name": "李小红", "id": ID_2, "phone": "13900000001", "village": "南村"},
          {"name": "张小花", "village": "西村"})
    a, b = tmp_path / "a.lsbundle", tmp_path / "b.lsbundle"
    assert lishui(capsys, "--db", str(pc1), "bundle", "export", "--out", str(a))[0] == 0
    assert lishui(capsys, "--db", str(pc2), "bundle", "export", "--out", str(b))[0] == 0

    before = dump(capsys, office)
    code, out = lishui(capsys, "--db", str(office), "bundle", "import", str(a), str(b), "--dry-run", "--json")
    assert code == 0
    preview = json.loads(out)
    assert preview["dry_run"] and preview["files"][0]["tables"]["persons"]["new"] == 2
    code, out = lishui(capsys, "--db", str(office), "bundle", "import", str(a), "--dry-run")
    assert code == 0 and table_label("persons") in out and "人员" in out  # the table in words
    assert not {"persons", "enrolments", "devices"} & set(out.split())
    assert dump(capsys, office) == before  # a preview writes nothing

    other = stores.copy(str(office), "office-copy")
    assert lishui(capsys, "--db", str(office), "bundle", "import", str(a), str(b))[0] == 0
    assert lishui(capsys, "--db", str(other), "bundle", "import", str(b))[0] == 0
    assert lishui(capsys, "--db", str(other), "bundle", "import", str(a), str(b))[0] == 0
    assert dump(capsys, office) == dump(capsys, other)

    code, out = lishui(capsys, "--db", str(office), "conflicts", "list", "--json")
    items = json.loads(out)["items"]
    kinds = sorted((i["kind"], i.get("column", i.get("name"))) for i in items)
    assert kinds == [("duplicate_person", "张小花"), ("field", "phone")]
    conflict = next(i for i in items if i["kind"] == "field")
    assert {v["value"] for v in conflict["values"]} == {"13800000002", "13800000003"}
    assert conflict["base"] == "13800000001"

    for db, name in ((pc1, "pingchang01"), (pc2, "wangcang01")):
        back = tmp_path / f"back-{name}.lsbundle"
        assert lishui(capsys, "--db", str(office), "bundle", "export", "--for", name, "--out", str(back))[0] == 0
        assert lishui(capsys, "--db", str(db), "bundle", "import", str(back))[0] == 0
    digest = dump(capsys, office)
    assert dump(capsys, pc1) == dump(capsys, pc2) == digest
    # own ops coming back change nothing
    assert lishui(capsys, "--db", str(pc1), "bundle", "import", str(a), str(tmp_path / "back-pingchang01.lsbundle"))[0] == 0
    assert dump(capsys, pc1) == digest

    # the office settles the conflict with the losing value: an edit that reaches the laptops
    loser = next(v["value"] for v in conflict["values"] if v["clock"] != conflict["winner"])
    code, out = lishui(capsys, "--db", str(office), "conflicts", "resolve", "--table", "persons",
                       "--row", conflict["row_id"], "--column", "phone", "--value", json.dumps(loser))
    assert code == 0, out
    fix = tmp_path / "fix.lsbundle"
    assert lishui(capsys, "--db", str(office), "bundle", "export", "--out", str(fix))[0] == 0
    assert lishui(capsys, "--db", str(pc2), "bundle", "import", str(fix))[0] == 0
    code, out = lishui(capsys, "--db", str(pc2), "conflicts", "list", "--json")
    assert [i["kind"] for i in json.loads(out)["items"]] == ["duplicate_person"]
    assert dump(capsys, pc2) == dump(capsys, office)

    # a damaged file is refused with a reason and changes nothing
    damaged = tmp_path / "damaged.lsbundle"
    damaged.write_bytes(a.read_bytes()[:-40])
    before = dump(capsys, office)
    code, out = lishui(capsys, "--db", str(office), "bundle", "import", str(damaged))
    assert code == 2 and "damaged.lsbundle" in out
    assert dump(capsys, office) == before
