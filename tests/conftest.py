"""Shared fixtures: offscreen Qt, a private data dir, a fresh database per test."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import NoReturn

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LISHUI_LANG", "zh_CN")
# Databases of field and lead laptops are encrypted, their keys kept in the OS credential store;
# the suite's store is a file (tests/keyring_backend.py), also for the CLI and GUI processes
# it starts (they import it through PYTHONPATH).
_ROOT = str(Path(__file__).resolve().parents[1])
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keyring_backend.FileKeyring"
os.environ["LISHUI_TEST_KEYRING"] = os.path.join(tempfile.mkdtemp(prefix="lishui-keyring-"), "keys.json")
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (_ROOT, os.environ.get("PYTHONPATH")) if p)
# Printers are those of the run's own CUPS scheduler (tests/cups_server.py), never the machine's:
# CUPS_SERVER names its socket before anything asks libcups (which keeps the first answer).
from tests.cups_server import use_for_this_run  # noqa: E402

_CUPS_ROOT = use_for_this_run()



def pytest_configure(config: pytest.Config) -> None:
    """The program reads its translations from the compiled catalogues (i18n/*.qm, not in git):
    compile them when the committed .ts is newer, as packaging/dev.py does."""
    import shutil
    import subprocess
    import sys

    name = "pyside6-lrelease" + (".exe" if os.name == "nt" else "")
    beside = Path(sys.executable).parent / name
    lrelease = str(beside) if beside.exists() else shutil.which(name)
    for ts in sorted((Path(_ROOT) / "i18n").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if lrelease and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("LISHUI_DATA_DIR", str(data))
    monkeypatch.delenv("LISHUI_DB", raising=False)
    from lishui_desktop.domain.i18n import set_language

    set_language("zh_CN")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture
def db(db_path: Path):  # type: ignore[no-untyped-def]
    """An initialised database (device 测试-01, role office) with the reference data."""
    from lishui_desktop.db.database import Database
    from lishui_desktop.services.setup import init_database

    database = Database.open(db_path)
    init_database(database, device_name="测试-01", role="office", user_name="测试员")
    yield database
    database.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The log-leak check (test_trust_zz_logs) runs last, so it sees every log the suite wrote."""
    items.sort(key=lambda item: "test_no_full_resident_id_in_any_log" in item.nodeid)


def missing(what: str, required_by: str) -> NoReturn:
    """Software the set-up installs is not here: the test fails where the environment variable
    `required_by` is set (CI, whose set-up installed it), else it is skipped."""
    if os.environ.get(required_by):
        pytest.fail(f"{what} not found (packaging/dev.py installs it)")
    pytest.skip(f"{what} not installed")


# A real PostgreSQL server for the office-store tests (tests/pg_server.py): one cluster per
# run, a fresh database per test. Skipped only where the server binaries are not installed;
# where LISHUI_REQUIRE_POSTGRES is set (CI, whose set-up installs them) a missing server fails.
@pytest.fixture(scope="session")
def pg_server():  # type: ignore[no-untyped-def]
    from tests.pg_server import start_server

    server = start_server()
    if server is None:
        missing("PostgreSQL server binaries", "LISHUI_REQUIRE_POSTGRES")
    yield server
    server.stop()


# A real CUPS scheduler (tests/cups_server.py), started when a test first asks for its printer.
# Skipped only where CUPS is not installed; where LISHUI_REQUIRE_CUPS is set (CI, whose set-up
# installs it) a missing CUPS fails.
@pytest.fixture(scope="session")
def cups_server():  # type: ignore[no-untyped-def]
    from tests.cups_server import start_server

    server = start_server(_CUPS_ROOT) if _CUPS_ROOT is not None else None
    if server is None:
        missing("CUPS (cupsd, lpadmin, lp, lpstat, pdftopdf)", "LISHUI_REQUIRE_CUPS")
    yield server
    server.stop()


@pytest.fixture
def office_printer(cups_server):  # type: ignore[no-untyped-def]
    """The run's scheduler with its office printer (tests/cups_server.QUEUE) for this test only."""
    cups_server.add_queue()
    yield cups_server
    cups_server.remove_queue()


@pytest.fixture
def pg_url(pg_server) -> str:  # type: ignore[no-untyped-def]
    """The URL of a new, empty PostgreSQL database (the form `--db` takes)."""
    return str(pg_server.url(pg_server.create_database()))


class Stores:
    """Office and lead stores of a test, as `--db` takes them: SQLite files in the test's
    folder, or databases on the run's PostgreSQL server (field laptops stay SQLite files)."""

    def __init__(self, kind: str, folder: Path, server: object | None) -> None:
        self.kind, self.folder, self.server = kind, folder, server

    @property
    def on_server(self) -> bool:
        return self.kind == "postgresql"

    def new(self, name: str) -> str:
        """A new, empty store."""
        if self.server is None:
            return str(self.folder / f"{name}.db")
        return str(self.server.url(self.server.create_database()))  # type: ignore[attr-defined]

    def copy(self, store: str, name: str) -> str:
        """A copy of `store` (its file, or a database made from it as a template)."""
        if self.server is None:
            target = self.folder / f"{name}.db"
            target.write_bytes(Path(store).read_bytes())
            return str(target)
        return str(self.server.url(self.server.copy_database(store)))  # type: ignore[attr-defined]


@pytest.fixture(params=["sqlite", "postgresql"])
def stores(request, tmp_path: Path) -> Stores:  # type: ignore[no-untyped-def]
    """The test runs twice: its office and lead stores SQLite files, then PostgreSQL databases."""
    server = request.getfixturevalue("pg_server") if request.param == "postgresql" else None
    return Stores(request.param, tmp_path, server)
