"""A real, throw-away PostgreSQL server for the tests.

The set-up (packaging/dev.py) installs Debian's `postgresql` package; this module finds its
binaries, creates a cluster in a temporary folder (initdb refuses to run as root: as root the
cluster belongs to the unprivileged `postgres` user, run through `runuser`), starts it listening
only on a unix socket inside that folder (no port to collide with another test run), and stops
it and removes the folder at the end. Durability is switched off: the cluster dies with the run.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "lishui"


def server_bin() -> Path | None:
    """The folder holding initdb and pg_ctl (newest installed version), or None."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0,
    )
    return Path(versions[-1]).parent if versions else None


@dataclass
class PgServer:
    """A running cluster: connect as SUPERUSER through the socket in `socket_dir`."""

    bin_dir: Path
    root: Path
    run_as: str | None  # the unprivileged owner when the tests run as root

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root

    def _cmd(self, *args: str) -> list[str]:
        return (["runuser", "-u", self.run_as, "--"] if self.run_as else []) + list(args)

    def start(self) -> None:
        subprocess.run(
            self._cmd(
                str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", SUPERUSER,
                "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
            ),
            check=True, capture_output=True,
        )
        options = (
            f"-k {self.socket_dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=50"
        )
        subprocess.run(
            self._cmd(
                str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", options,
                "-l", str(self.root / "server.log"), "-w", "-t", "60", "start",
            ),
            check=True, capture_output=True,
        )

    def stop(self) -> None:
        subprocess.run(
            self._cmd(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"),
            capture_output=True,
        )
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        """A SQLAlchemy-free libpq-style URL to `database` (the form `--db` takes)."""
        return f"postgresql://{SUPERUSER}@/{database}?host={self.socket_dir}"

    @contextmanager
    def password_role(self, role: str, password: str, database: str) -> Iterator[str]:
        """A login role with a password that owns `database` and must give it (scram-sha-256
        for it in pg_hba.conf while the block runs); yields its URL to the database."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')
            conn.execute(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{password}'")
            conn.execute(f'ALTER DATABASE "{database}" OWNER TO "{role}"')
        hba = self.data / "pg_hba.conf"
        original = hba.read_text()
        try:
            hba.write_text(f"local all {role} scram-sha-256\n" + original)
            with psycopg.connect(self.url(), autocommit=True) as conn:
                conn.execute("SELECT pg_reload_conf()")
            yield f"postgresql://{role}@/{database}?host={self.socket_dir}"
        finally:
            hba.write_text(original)
            with psycopg.connect(self.url(), autocommit=True) as conn:
                conn.execute("SELECT pg_reload_conf()")

    def create_database(self, name: str | None = None) -> str:
        """A new empty database; its name."""
        import psycopg

        name = name or "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(host=str(self.socket_dir), user=SUPERUSER, dbname="postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
        return name


    def copy_database(self, url: str) -> str:
        """A new database holding what the database at `url` holds (its template); its name.
        Sessions still connected to the original (an engine's pool) are ended first."""
        import psycopg

        source = url.split("?")[0].rsplit("/", 1)[-1]
        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(host=str(self.socket_dir), user=SUPERUSER, dbname="postgres", autocommit=True) as conn:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (source,))
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
        return name


    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.split("?")[0].rsplit("/", 1)[-1]
        with psycopg.connect(host=str(self.socket_dir), user=SUPERUSER, dbname="postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


OWNER_FILE = "test-run.pid"  # the pytest process a cluster belongs to


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def stop_orphans(bin_dir: Path) -> None:
    """Clusters of test runs that were killed before they could stop them: stopped, removed
    (those of runs still going are left alone)."""
    for folder in Path(tempfile.gettempdir()).glob("lishui-pg-*"):
        try:
            pid = int((folder / OWNER_FILE).read_text())
        except (OSError, ValueError):
            continue  # not ours, or still being set up
        if not _alive(pid):
            owner = folder.owner() if os.name != "nt" else None
            PgServer(bin_dir, folder, owner if owner not in (None, "root") else None).stop()


def start_server() -> PgServer | None:
    """A started cluster, or None when the PostgreSQL server binaries are not installed."""
    bin_dir = server_bin()
    if bin_dir is None:
        return None
    stop_orphans(bin_dir)
    run_as: str | None = None
    root = Path(tempfile.mkdtemp(prefix="lishui-pg-"))
    if os.name != "nt" and os.geteuid() == 0:
        import pwd

        run_as = "postgres" if _user_exists("postgres") else "nobody"
        owner = pwd.getpwnam(run_as)
        os.chown(root, owner.pw_uid, owner.pw_gid)
        root.chmod(0o700)
    server = PgServer(bin_dir, root, run_as)
    try:
        server.start()
        (root / OWNER_FILE).write_text(str(os.getpid()))
    except subprocess.CalledProcessError as exc:
        log = root / "server.log"
        detail = log.read_text(errors="replace") if log.exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(
            f"PostgreSQL test server did not start: {exc.stderr!r} {detail}"
        ) from exc
    return server


def _user_exists(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True
