"""A real, throw-away PostgreSQL server for the tests.

The set-up (packaging/dev.py) installs Debian's `postgresql` package; this module finds its
binaries, creates a cluster in a temporary folder (initdb refuses to run as root: as root the
cluster belongs to the unprivileged `postgres` user, run through `runuser`), starts it listening
only on a unix socket inside that folder (no port to collide with another test run), and stops
it and removes the folder at the end. Durability is switched off: the cluster dies with the run.

`start_tls_server` starts another such cluster that also listens on localhost's TCP port (a
free one) and takes only TLS connections there, with a certificate of a throw-away CA made for
the run (`TlsFiles`): what an office's server across a network looks like.
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
    port: int | None = None  # also listening on localhost's TCP port (else the socket only)
    settings: tuple[str, ...] = ()  # more `-c name=value` for the server

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root

    def _cmd(self, *args: str) -> list[str]:
        return (["runuser", "-u", self.run_as, "--"] if self.run_as else []) + list(args)

    def start(self) -> None:
        self.initdb()
        self.launch()

    def initdb(self) -> None:
        subprocess.run(
            self._cmd(
                str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", SUPERUSER,
                "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
            ),
            check=True, capture_output=True,
        )

    def launch(self) -> None:
        listen = f"-p {self.port} -c listen_addresses=localhost" if self.port else "-c listen_addresses=''"
        options = (
            f"-k {self.socket_dir} {listen} -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=50"
            + "".join(f" -c {setting}" for setting in self.settings)
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
        return f"postgresql://{SUPERUSER}@/{database}?host={self.socket_dir}{self._port}"

    @property
    def _port(self) -> str:
        """The socket's name has the port in it (a TCP cluster's is not libpq's default)."""
        return f"&port={self.port}" if self.port else ""

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
            yield f"postgresql://{role}@/{database}?host={self.socket_dir}{self._port}"
        finally:
            hba.write_text(original)
            with psycopg.connect(self.url(), autocommit=True) as conn:
                conn.execute("SELECT pg_reload_conf()")

    def create_database(self, name: str | None = None) -> str:
        """A new empty database; its name."""
        import psycopg

        name = name or "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
        return name


    def copy_database(self, url: str) -> str:
        """A new database holding what the database at `url` holds (its template); its name.
        Sessions still connected to the original (an engine's pool) are ended first."""
        import psycopg

        source = url.split("?")[0].rsplit("/", 1)[-1]
        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (source,))
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
        return name


    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.split("?")[0].rsplit("/", 1)[-1]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


OWNER_FILE = "test-run.pid"  # the pytest process a cluster belongs to


def process_alive(pid: int) -> bool:
    """Running (a zombie, ended but not yet reaped by its new parent, is not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True  # no /proc (macOS): os.kill said it is there


def stop_orphans(bin_dir: Path) -> None:
    """Clusters of test runs that were killed before they could stop them: stopped, removed
    (those of runs still going are left alone)."""
    for folder in Path(tempfile.gettempdir()).glob("lishui-pg-*"):
        try:
            pid = int((folder / OWNER_FILE).read_text())
        except (OSError, ValueError):
            continue  # not ours, or still being set up
        if not process_alive(pid):
            owner = folder.owner() if os.name != "nt" else None
            PgServer(bin_dir, folder, owner if owner not in (None, "root") else None).stop()


def start_server() -> PgServer | None:
    """A started cluster, or None when the PostgreSQL server binaries are not installed."""
    server = _new_cluster()
    if server is None:
        return None
    with _starting(server):
        server.start()
    return server


def _new_cluster(port: int | None = None) -> PgServer | None:
    """A cluster's folder (the unprivileged owner's when the tests run as root), not yet made."""
    bin_dir = server_bin()
    if bin_dir is None:
        return None
    stop_orphans(bin_dir)
    run_as: str | None = None
    root = Path(tempfile.mkdtemp(prefix="lishui-pg-"))
    if os.name != "nt" and os.geteuid() == 0:
        run_as = "postgres" if _user_exists("postgres") else "nobody"
        _give(root, run_as)
        root.chmod(0o700)
    return PgServer(bin_dir, root, run_as, port)


@contextmanager
def _starting(server: PgServer) -> Iterator[None]:
    """initdb and pg_ctl start inside: a failure removes the folder and says why (its log)."""
    try:
        yield
        (server.root / OWNER_FILE).write_text(str(os.getpid()))
    except subprocess.CalledProcessError as exc:
        log = server.root / "server.log"
        detail = log.read_text(errors="replace") if log.exists() else ""
        shutil.rmtree(server.root, ignore_errors=True)
        raise RuntimeError(
            f"PostgreSQL test server did not start: {exc.stderr!r} {detail}"
        ) from exc


def _give(path: Path, user: str | None) -> None:
    """`path` owned by the cluster's user (when the tests run as root)."""
    if user is not None:
        import pwd

        owner = pwd.getpwnam(user)
        os.chown(path, owner.pw_uid, owner.pw_gid)


# --- a cluster that takes TLS connections on localhost --------------------------------------
@dataclass
class TlsFiles:
    """A throw-away CA and the server certificate it signed for localhost (DNS:localhost,
    IP:127.0.0.1, IP:::1); `other_ca` a second CA that signed nothing of this server's."""

    ca: Path
    other_ca: Path
    server_cert: Path
    server_key: Path


def make_tls_files(folder: Path) -> TlsFiles:
    """Both CAs and the server's certificate and key (P-256, valid for a day), as PEM files."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)

    def certificate(subject: str, key: ec.EllipticCurvePrivateKey, issuer: x509.Name | None,
                    signer: ec.EllipticCurvePrivateKey, ca: bool) -> x509.Certificate:
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)])
        builder = (
            x509.CertificateBuilder().subject_name(name).issuer_name(issuer or name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        )
        if ca:
            builder = builder.add_extension(
                x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True, content_commitment=False,
                              key_encipherment=False, data_encipherment=False, key_agreement=False,
                              encipher_only=False, decipher_only=False),
                critical=True,
            )
        else:
            builder = builder.add_extension(
                x509.SubjectAlternativeName([
                    x509.DNSName("localhost"),
                    x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                    x509.IPAddress(ipaddress.ip_address("::1")),
                ]),
                critical=False,
            ).add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        return builder.sign(signer, hashes.SHA256())

    def pem(cert: x509.Certificate) -> bytes:
        return cert.public_bytes(serialization.Encoding.PEM)

    files = TlsFiles(*(folder / name for name in ("ca.crt", "other-ca.crt", "server.crt", "server.key")))
    folder.mkdir(parents=True, exist_ok=True)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = certificate("lishui test CA", ca_key, None, ca_key, ca=True)
    other_key = ec.generate_private_key(ec.SECP256R1())
    files.other_ca.write_bytes(pem(certificate("lishui other test CA", other_key, None, other_key, ca=True)))
    server_key = ec.generate_private_key(ec.SECP256R1())
    files.ca.write_bytes(pem(ca))
    files.server_cert.write_bytes(pem(certificate("localhost", server_key, ca.subject, ca_key, ca=False)))
    files.server_key.write_bytes(server_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ))
    files.server_key.chmod(0o600)
    return files


# TCP connections only over TLS; the socket (the tests' own superuser helpers) as before
TLS_HBA = """local all all trust
hostssl all all 127.0.0.1/32 trust
hostssl all all ::1/128 trust
hostnossl all all 0.0.0.0/0 reject
hostnossl all all ::/0 reject
"""


def free_port() -> int:
    """A TCP port on localhost that nothing listens on (now)."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_tls_server(files: TlsFiles) -> PgServer | None:
    """A started cluster that also listens on localhost's TCP `port` (a free one) and takes TCP
    connections only over TLS (ssl=on with the certificate in `files`), or None without the server binaries."""
    server = _new_cluster(free_port())
    if server is None:
        return None
    with _starting(server):
        server.initdb()
        for source in (files.server_cert, files.server_key):  # the key: 0600, the server's own
            target = server.root / source.name
            shutil.copyfile(source, target)
            target.chmod(0o600)
            _give(target, server.run_as)
        (server.data / "pg_hba.conf").write_text(TLS_HBA)
        server.settings = (
            "ssl=on", f"ssl_cert_file={server.root / 'server.crt'}", f"ssl_key_file={server.root / 'server.key'}",
            "log_connections=on",  # server.log says which connection was encrypted, how
        )
        for attempt in range(3):  # the free port taken meanwhile by someone else: another one
            try:
                server.launch()
                break
            except subprocess.CalledProcessError:
                if attempt == 2:
                    raise
                server.port = free_port()
    return server


def _user_exists(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True
