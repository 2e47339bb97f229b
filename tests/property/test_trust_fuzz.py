"""Fuzzing the bundle reader and the Excel importer: random bytes and mutated valid files.

Every input ends in a clean refusal (a UserError / a rejected report) or a correct import;
never a traceback, a hang (hypothesis deadline) or a partial write (dump unchanged).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Person
from lishui_desktop.domain.errors import UserError
from lishui_desktop.services import sync_service, trust
from lishui_desktop.services.deployment import export_deployment, join_deployment
from lishui_desktop.services.setup import init_database
from lishui_desktop.sync import crypto, keys
from lishui_desktop.sync.bundle import read_bundle
from lishui_desktop.sync.dump import dump_text
from lishui_desktop.sync.importer import import_bytes


class World(dict):  # type: ignore[type-arg]
    """Fixture values with a short repr (hypothesis prints failing arguments)."""

    def __repr__(self) -> str:
        return f"World({sorted(self)})"


FUZZ = settings(
    max_examples=60,
    deadline=3000,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=False,
)


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """An office and an enrolled laptop; a plain and an encrypted bundle from the laptop."""
    folder = tmp_path_factory.mktemp("fuzz")
    office = Database.open(folder / "office.sqlite3")
    init_database(office, device_name="office", role="office")
    laptop = Database.open(folder / "laptop.sqlite3")
    join_deployment(laptop, export_deployment(office, folder / "e.json", "l"), device_name="l")
    trust.register_reply(office, json.dumps(trust.reply_data(laptop)).encode())
    with laptop.transaction() as s:
        s.add_all(Person(name=f"人{n}", phone=f"1390000{n:04d}", village="东村") for n in range(30))
    sealed = sync_service.export_bundle(laptop, folder / "sealed.lsbundle").path.read_bytes()
    laptop.set_setting(keys.ALLOW_PLAIN, "1")
    plain = sync_service.export_bundle(
        laptop, folder / "plain.lsbundle", full=True
    ).path.read_bytes()
    laptop.close()
    office.set_setting(keys.ALLOW_PLAIN, "1")  # so that mutated plain bundles reach the zip reader
    yield World(office=office, sealed=sealed, plain=plain)
    office.close()


def must_refuse_or_apply(office: Database, data: bytes) -> None:
    before = dump_text(office)
    report = import_bytes(office, data, file_name="fuzz.lsbundle", dry_run=False)
    assert report.status in ("rejected", "imported", "known", "quarantined"), report
    if report.status == "rejected":
        assert report.reason
        assert dump_text(office) == before


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes_are_refused(pair, data: bytes) -> None:  # type: ignore[no-untyped-def]
    try:
        read_bundle(data)
    except UserError:
        pass
    else:  # pragma: no cover - a random valid bundle would be a miracle
        raise AssertionError("random bytes were read as a bundle")
    must_refuse_or_apply(pair["office"], data)
    must_refuse_or_apply(pair["office"], crypto.MAGIC + data)


mutation = st.tuples(
    st.sampled_from(["flip", "truncate", "insert", "delete", "splice"]),
    st.integers(min_value=0),
    st.integers(min_value=1, max_value=255),
    st.binary(min_size=1, max_size=64),
)


def mutate(data: bytes, how: str, where: int, value: int, chunk: bytes) -> bytes:
    at = where % max(len(data), 1)
    if how == "flip":
        if not data:
            return data
        return data[:at] + bytes([data[at] ^ value]) + data[at + 1 :]
    if how == "truncate":
        return data[:at]
    if how == "insert":
        return data[:at] + chunk + data[at:]
    if how == "delete":
        return data[:at] + data[at + len(chunk) :]
    return data[:at] + chunk + data[at + len(chunk) :]


@FUZZ
@given(st.lists(mutation, min_size=1, max_size=3), st.sampled_from(["plain", "sealed"]))
def test_mutated_bundles_refused_or_applied_whole(pair, mutations, which: str) -> None:  # type: ignore[no-untyped-def]
    data = pair[which]
    for how, where, value, chunk in mutations:
        data = mutate(data, how, where, value, chunk)
    if data == pair[which]:
        return
    office: Database = pair["office"]
    before = dump_text(office)
    report = import_bytes(office, data, file_name="fuzz.lsbundle")
    assert report.status in ("rejected", "imported", "known"), report
    if report.status == "rejected":
        assert report.reason and dump_text(office) == before


# --- Excel -------------------------------------------------------------------------------
def _valid_workbook(folder: Path) -> bytes:
    from tests.unit.excel_fixtures import MESSY_HEADERS, messy_rows, write_book

    return write_book(folder / "valid.xlsx", MESSY_HEADERS, messy_rows()).read_bytes()


@pytest.fixture(scope="module")
def excel_world(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    pytest.importorskip("lishui_desktop.services.excel_import")
    folder = tmp_path_factory.mktemp("xfuzz")
    db = Database.open(folder / "x.sqlite3")
    init_database(db, device_name="x", role="office")
    yield World(db=db, valid=_valid_workbook(folder), folder=folder)
    db.close()


def must_refuse_or_import_workbook(world: dict[str, object], data: bytes) -> None:
    from lishui_desktop.services.excel_import import run_import

    db = world["db"]
    assert isinstance(db, Database)
    with tempfile.TemporaryDirectory(dir=str(world["folder"])) as tmp:
        path = Path(tmp) / "fuzz.xlsx"
        path.write_bytes(data)
        before = dump_text(db)
        try:
            result = run_import(db, "trainees", path)
        except UserError as exc:
            assert exc.text()
            assert dump_text(db) == before
            return
        if not result.applied:
            assert dump_text(db) == before


@settings(
    max_examples=25,
    deadline=10000,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.binary(max_size=2048))
def test_random_bytes_as_workbook(excel_world, data: bytes) -> None:  # type: ignore[no-untyped-def]
    must_refuse_or_import_workbook(excel_world, data)


@settings(
    max_examples=40,
    deadline=10000,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(mutation, min_size=1, max_size=3))
def test_mutated_workbooks(excel_world, mutations) -> None:  # type: ignore[no-untyped-def]
    data = excel_world["valid"]
    for how, where, value, chunk in mutations:
        data = mutate(data, how, where, value, chunk)
    must_refuse_or_import_workbook(excel_world, data)


def test_fixture_files_are_valid(pair, excel_world) -> None:  # type: ignore[no-untyped-def]
    """The unmutated inputs import: the fuzzing starts from files that work."""
    from lishui_desktop.services.excel_import import run_import

    report = import_bytes(pair["office"], pair["sealed"], file_name="ok.lsbundle")
    assert report.status in ("imported", "known"), report
    path = Path(str(excel_world["folder"])) / "valid.xlsx"
    assert run_import(excel_world["db"], "trainees", path, dry_run=True).ok
