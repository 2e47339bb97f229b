"""Several databases of one deployment in a temp folder, for sync tests (not a test module)."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import text

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Person
from lishui_desktop.services import sync_service
from lishui_desktop.services.reference import seed_reference_data
from lishui_desktop.services.setup import init_database
from lishui_desktop.sync import hlc, importer, keys
from lishui_desktop.sync.capture import capture_paused
from lishui_desktop.sync.dump import dump_text

KEY = b"deployment-key-for-tests-0123456"
_template: dict[str, Path] = {}


def scratch_dir() -> str:
    """Where a world lives: memory-backed when the machine has it (fsync is slow on disk)."""
    return "/dev/shm" if Path("/dev/shm").is_dir() else tempfile.gettempdir()


def template() -> Path:
    """A migrated database with the reference data (kept for tests that want a bare one)."""
    if "path" not in _template or not _template["path"].exists():
        folder = Path(tempfile.mkdtemp(dir=scratch_dir()))
        atexit.register(shutil.rmtree, folder, True)
        path = folder / "template.sqlite3"
        db = Database.open(path)
        with db.transaction() as session, capture_paused(session):
            seed_reference_data(session)  # as init does; identical rows on every laptop
        db.close()
        _template["path"] = path
    return _template["path"]


def issue_member(office: Database, path: Path, name: str, role: str = "field") -> Database:
    """A database joined to `office`'s deployment as the device `name`, issued by the office
    (its deployment file, as `lishui deployment export --for NAME` writes it)."""
    from lishui_desktop.services.deployment import export_deployment, join_deployment

    file = path.with_suffix(".deploy.json")
    export_deployment(office, file, name, role)
    db = Database.open(path)
    join_deployment(db, file)
    return db


def deployment(folder: Path, roles: dict[str, str], *, plain: bool = True) -> dict[str, Database]:
    """Databases of one deployment: the first office (in `roles` order) sets it up and issues
    every other member. `plain`: trial mode (unencrypted bundles), to test merging alone."""
    office = next(n for n, r in roles.items() if r == "office")
    dbs: dict[str, Database] = {}
    root = Database.open(folder / f"{office}.sqlite3")
    init_database(root, device_name=office, role="office", deployment_key=KEY)
    dbs[office] = root
    for name, role in roles.items():
        if name != office:
            dbs[name] = issue_member(root, folder / f"{name}.sqlite3", name, role)
    for db in dbs.values():
        if plain:
            db.set_setting(keys.ALLOW_PLAIN, "1")
    return {name: dbs[name] for name in roles}


_worlds: dict[tuple[tuple[str, str], ...], Path] = {}


def _template_world(roles: dict[str, str]) -> Path:
    """One deployment per set of roles, set up once per test run and copied for every world
    (issuing and joining take a second of CPU; a property test builds hundreds of worlds)."""
    key = tuple(roles.items())
    folder = _worlds.get(key)
    if folder is None or not folder.exists():
        folder = Path(tempfile.mkdtemp(dir=scratch_dir()))
        atexit.register(shutil.rmtree, folder, True)
        for db in deployment(folder, roles).values():
            db.close()
        _worlds[key] = folder
    return folder


SERVER_ROLES = ("office", "lead")  # the stores that may live on PostgreSQL (laptops: files)
_server_templates: dict[tuple[int, tuple[tuple[str, str], ...], str], str] = {}


def _server_template(server: Any, roles: dict[str, str], name: str) -> str:
    """The URL of a PostgreSQL database holding member `name` of the template world (moved
    there once per run, `lishui office move`'s way; copied for every world)."""
    from lishui_desktop.services.office_move import move_store

    key = (id(server), tuple(roles.items()), name)
    if key not in _server_templates:
        url = server.url(server.create_database())
        source = Database.open(_template_world(roles) / f"{name}.sqlite3")
        try:
            result = move_store(source, url)
            assert result.source_sha256 == result.target_sha256
        finally:
            source.close()
        _server_templates[key] = url
    return _server_templates[key]


class World:
    """The members of one deployment. With a PostgreSQL `server` (tests/pg_server.py) the
    office and lead stores are databases there; field laptops stay SQLite files."""

    def __init__(self, folder: Path, roles: dict[str, str], server: Any = None) -> None:
        self.folder, self.server = folder, server
        self.bundles: list[Path] = []
        source = _template_world(roles)
        self.dbs = {}
        for name, role in roles.items():
            if server is not None and role in SERVER_ROLES:
                self.dbs[name] = Database.open(server.url(server.copy_database(_server_template(server, roles, name))))
                continue
            shutil.copyfile(source / f"{name}.sqlite3", folder / f"{name}.sqlite3")
            self.dbs[name] = Database.open(folder / f"{name}.sqlite3")

    def close(self) -> None:
        for db in self.dbs.values():
            hlc.set_skew(db.path, 0)
            db.close()
            if db.on_server and self.server is not None:
                self.server.drop_database(db.location)

    def __getitem__(self, name: str) -> Database:
        return self.dbs[name]

    # edits -------------------------------------------------------------------------------
    def put_person(self, who: str, pid: str, **fields: Any) -> None:
        with self.dbs[who].transaction() as s:
            person = s.get(Person, pid)
            if person is None:
                s.add(Person(id=pid, name=fields.pop("name", "某人"), **fields))
            else:
                for key, value in fields.items():
                    setattr(person, key, value)

    def value(self, name: str, pid: str, column: str) -> Any:
        with self.dbs[name].sessions() as s:
            return s.execute(text(f"SELECT {column} FROM persons WHERE id = :id"), {"id": pid}).scalar()

    # sync --------------------------------------------------------------------------------
    def export(self, name: str, **kw: Any) -> Path:
        out = self.folder / f"b{len(self.bundles):03d}-{name}.lsbundle"
        sync_service.export_bundle(self.dbs[name], out, **kw)
        self.bundles.append(out)
        return out

    def import_(self, name: str, *paths: Path, **kw: Any) -> list[Any]:
        """Each file in its own transaction (the service adds a backup per batch; skipped)."""
        db = self.dbs[name]
        return [importer.import_bytes(db, p.read_bytes(), file_name=p.name, **kw) for p in paths]

    def dump(self, name: str) -> str:
        return dump_text(self.dbs[name])

    def review(self, name: str) -> list[dict[str, Any]]:
        return [i for i in sync_service.review_items(self.dbs[name]) if i["kind"] != "quarantined_bundle"]


@contextmanager
def scratch_world(roles: dict[str, str]) -> Iterator[World]:
    """A World in a scratch folder, closed and removed afterwards (a fixture's body)."""
    with tempfile.TemporaryDirectory(dir=scratch_dir()) as tmp:
        w = World(Path(tmp), roles)
        try:
            yield w
        finally:
            w.close()
