"""Enrolment, signed and encrypted bundles through the CLI: each hostile case refused, nothing changed."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from lishui_desktop.cli import main
from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Person
from lishui_desktop.domain.i18n import set_language
from lishui_desktop.sync import crypto
from tests.conftest import Stores


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["--lang", "en", *args])
    out = capsys.readouterr()
    set_language("en")
    return code, out.out + out.err


def dump(capsys: pytest.CaptureFixture[str], db: Path | str) -> str:
    code, out = run(capsys, "--db", str(db), "dump", "--json")
    assert code == 0
    return hashlib.sha256(out.encode()).hexdigest()


def add_person(db_path: Path, name: str) -> None:
    db = Database.open(db_path)
    try:
        with db.transaction() as s:
            s.add(Person(name=name, phone="13800000001"))
    finally:
        db.close()


def import_json(capsys: pytest.CaptureFixture[str], db: Path | str, bundle: Path) -> dict[str, object]:
    code = main(["--lang", "en", "--db", str(db), "bundle", "import", str(bundle), "--json"])
    out = capsys.readouterr().out
    set_language("en")
    return dict(json.loads(out)["files"][0], code=code)


def test_enrolled_laptop_sends_encrypted_signed_bundles(tmp_path: Path, capsys, stores: Stores) -> None:  # type: ignore[no-untyped-def]
    """The offices SQLite files, then stores on PostgreSQL (laptops are files both times)."""
    pc1, pc2 = (tmp_path / f"{n}.db" for n in ("pc1", "pc2"))
    office, other = stores.new("office"), stores.new("other")
    enrol1 = tmp_path / "pc1.enrol"
    assert (
        run(capsys, "--db", str(office), "init", "--device-name", "office", "--role", "office")[0]
        == 0
    )
    assert (
        run(
            capsys,
            "--db",
            str(office),
            "deployment",
            "export",
            "--for",
            "平昌-01",
            "--out",
            str(enrol1),
        )[0]
        == 0
    )
    file_data = json.loads(enrol1.read_text(encoding="utf-8"))
    assert file_data["office_key"] and file_data["identity"]["certificate"]["name"] == "平昌-01"
    assert (
        run(capsys, "--db", str(pc1), "init", "--device-name", "平昌-01", "--join", str(enrol1))[0]
        == 0
    )

    add_person(pc1, "王大明")
    bundle = tmp_path / "pc1.lsbundle"
    assert run(capsys, "--db", str(pc1), "bundle", "export", "--out", str(bundle))[0] == 0
    raw = bundle.read_bytes()
    assert crypto.is_envelope(raw) and "王大明".encode() not in raw and b"manifest" not in raw

    # another office cannot read it, and nothing changes there
    assert (
        run(capsys, "--db", str(other), "init", "--device-name", "other", "--role", "office")[0]
        == 0
    )
    before_other = dump(capsys, other)
    report = import_json(capsys, other, bundle)
    assert report["status"] == "rejected" and "another office" in str(report["reason"])
    assert dump(capsys, other) == before_other

    # tampered ciphertext: refused, nothing changed
    before = dump(capsys, office)
    bad = tmp_path / "tampered.lsbundle"
    flipped = bytearray(raw)
    flipped[len(raw) // 2] ^= 0x20
    bad.write_bytes(bytes(flipped))
    report = import_json(capsys, office, bad)
    assert report["status"] == "rejected" and "changed" in str(report["reason"])
    assert dump(capsys, office) == before

    # the real one imports: the office issued that laptop
    report = import_json(capsys, office, bundle)
    assert report["status"] == "imported", report
    assert dump(capsys, office) != before

    # a laptop joined with a file that issues nobody is not heard ...
    plain = tmp_path / "plain.json"
    assert run(capsys, "--db", str(office), "deployment", "export", "--out", str(plain))[0] == 0
    code, out = run(capsys, "--db", str(pc2), "init", "--device-name", "旺苍-01", "--join", str(plain))
    assert code == 0, out
    add_person(pc2, "李小红")
    b2 = tmp_path / "pc2.lsbundle"
    assert run(capsys, "--db", str(pc2), "bundle", "export", "--out", str(b2))[0] == 0
    before = dump(capsys, office)
    report = import_json(capsys, office, b2)
    assert report["status"] == "rejected" and "has not issued" in str(report["reason"])
    assert dump(capsys, office) == before
    # ... until the office issues it from its reply file
    reply = tmp_path / "pc2.reply"
    assert run(capsys, "--db", str(pc2), "keys", "reply", "--out", str(reply))[0] == 0
    code, out = run(capsys, "--db", str(office), "keys", "register", str(reply))
    assert code == 0, out
    assert import_json(capsys, office, b2)["status"] == "imported"
    code, out = run(capsys, "--db", str(office), "devices", "list", "--json")
    listed = {d["name"]: d for d in json.loads(out)["devices"]}
    assert listed["旺苍-01"]["issuer"] == "office" and listed["平昌-01"]["issued_at"]

    # the relay back to the laptop is readable there, and only there and at the office
    relay = tmp_path / "relay.lsbundle"
    assert (
        run(
            capsys, "--db", str(office), "bundle", "export", "--for", "平昌-01", "--out", str(relay)
        )[0]
        == 0
    )
    assert import_json(capsys, pc1, relay)["status"] == "imported"
    with Database.open(pc1).sessions() as s:
        assert {p.name for p in s.query(Person)} >= {"王大明", "李小红"}


def test_plain_bundle_refused_unless_allowed(tmp_path: Path, capsys) -> None:
    office, pc = tmp_path / "o.db", tmp_path / "p.db"
    assert (
        run(capsys, "--db", str(office), "init", "--device-name", "o", "--role", "office")[0] == 0
    )
    assert run(capsys, "--db", str(pc), "init", "--device-name", "p")[0] == 0
    assert run(capsys, "--db", str(pc), "keys", "allow-plain", "on")[0] == 0
    plain = tmp_path / "x.lsbundle"
    assert run(capsys, "--db", str(pc), "bundle", "export", "--out", str(plain))[0] == 0
    report = import_json(capsys, office, plain)
    assert report["status"] == "rejected" and "not encrypted" in str(report["reason"])


def test_a_deployment_file_that_cannot_be_written_issues_nobody(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    office = tmp_path / "office.db"
    assert run(capsys, "--db", str(office), "init", "--device-name", "office", "--role", "office")[0] == 0
    folder = tmp_path / "a folder"
    folder.mkdir()
    code, out = run(capsys, "--db", str(office), "deployment", "export", "--for", "pc9", "--out", str(folder))
    assert code == 2 and out.count("\n") == 1 and str(folder) in out and ".part" not in out, out
    code, out = run(capsys, "--db", str(office), "devices", "list", "--json")
    assert code == 0 and "pc9" not in out  # nobody was issued
    code, out = run(capsys, "--db", str(office), "deployment", "export", "--for", "pc9", "--out", str(folder / "pc9.json"))
    assert code == 0, out  # the same name, once the file can be written
    assert "Issued pc9 (Field cadre)" in out  # the role in words, as devices issue says it (not "field")
    code, out = run(capsys, "--db", str(office), "devices", "issue", "pc10", "--role", "lead", "--out", str(folder / "pc10.json"))
    assert code == 0 and "Issued pc10 (Working-group lead)" in out, out
