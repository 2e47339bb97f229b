"""A real, private CUPS scheduler with one office printer, for the printing tests.

The set-up (packaging/dev.py) installs Debian's `cups-daemon`, `cups-client` and
`cups-filters-core-drivers` (pdftopdf). This module runs its own `cupsd` for the test run:
configuration, spool, cache, state and logs in a temporary folder, listening only on a unix
socket inside it (no TCP port, never the machine's /etc/cups or its scheduler), and a queue
"Office-Laser" made with `lpadmin` against that socket: a printer that takes PDF (its PPD says
so, as a driverless office laser's does), behind CUPS's own pdftopdf, whose device is a file in
the folder: what the printer would have printed. The queue exists only while a test that asks
for it runs (conftest's `office_printer`): other tests see a machine without printers, as
before. The run's CUPS clients (Qt's QPrinterInfo, `lp`, `lpstat`, the program's processes)
find it through CUPS_SERVER, set once for the run (`use_for_this_run`) before anything asks
libcups for printers. Stopped, folder removed, at the
end; those of killed runs at the next start (`stop_orphans`).
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tests.pg_server import process_alive

QUEUE = "Office-Laser"
PREFIX = "lishui-cups-"
OWNER_FILE = "test-run.pid"  # the pytest process the scheduler belongs to
CUPSD_PID_FILE = "cupsd.pid"
FILTER_DIRS = ("/usr/lib/cups/filter", "/usr/libexec/cups/filter")

# A laser that takes PDF itself (like a driverless IPP printer's PPD): CUPS's pdftopdf applies
# pages, copies and page size, the printer gets PDF.
PPD = """*PPD-Adobe: "4.3"
*FormatVersion: "4.3"
*FileVersion: "1.0"
*LanguageVersion: English
*LanguageEncoding: ISOLatin1
*PCFileName: "LISHUI.PPD"
*Manufacturer: "Lishui"
*Product: "(Office Laser)"
*ModelName: "Lishui Office Laser"
*ShortNickName: "Lishui Office Laser"
*NickName: "Lishui Office Laser (takes PDF)"
*PSVersion: "(3010.000) 0"
*LanguageLevel: "3"
*ColorDevice: False
*DefaultColorSpace: Gray
*FileSystem: False
*Throughput: "20"
*LandscapeOrientation: Plus90
*TTRasterizer: Type42
*cupsVersion: 2.4
*cupsFilter2: "application/vnd.cups-pdf application/pdf 0 -"
*OpenUI *PageSize/Media Size: PickOne
*OrderDependency: 10 AnySetup *PageSize
*DefaultPageSize: A4
*PageSize A4/A4: "<</PageSize[595 842]/ImagingBBox null>>setpagedevice"
*PageSize A3/A3: "<</PageSize[842 1191]/ImagingBBox null>>setpagedevice"
*CloseUI: *PageSize
*OpenUI *PageRegion/Media Size: PickOne
*OrderDependency: 10 AnySetup *PageRegion
*DefaultPageRegion: A4
*PageRegion A4/A4: "<</PageSize[595 842]/ImagingBBox null>>setpagedevice"
*PageRegion A3/A3: "<</PageSize[842 1191]/ImagingBBox null>>setpagedevice"
*CloseUI: *PageRegion
*DefaultImageableArea: A4
*ImageableArea A4/A4: "12 12 583 830"
*ImageableArea A3/A3: "12 12 830 1179"
*DefaultPaperDimension: A4
*PaperDimension A4/A4: "595 842"
*PaperDimension A3/A3: "842 1191"
"""


def tools() -> dict[str, str] | None:
    """cupsd, lpadmin, lp and lpstat, and pdftopdf present: their paths; else None."""
    found: dict[str, str] = {}
    for name in ("cupsd", "lpadmin", "lp", "lpstat"):
        path = shutil.which(name) or next(
            (f"{d}/{name}" for d in ("/usr/sbin", "/usr/bin") if os.access(f"{d}/{name}", os.X_OK)), None
        )
        if path is None:
            return None
        found[name] = path
    if not any(os.access(f"{d}/pdftopdf", os.X_OK) for d in FILTER_DIRS):
        return None
    return found


def use_for_this_run() -> Path | None:
    """CUPS_SERVER set to this run's (not yet started) scheduler's socket, for this process and
    those it starts; its folder. libcups keeps the server it first looked up, so this runs
    before any test touches a printer (conftest's import)."""
    if os.name == "nt":
        return None
    root = Path(tempfile.gettempdir()) / f"{PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
    os.environ["CUPS_SERVER"] = str(root / "cups.sock")
    return root


@dataclass
class CupsServer:
    """A running private scheduler in `root`, with the QUEUE printing into `output`."""

    root: Path
    tools: dict[str, str]
    process: subprocess.Popen[bytes] | None = None

    @property
    def socket(self) -> Path:
        return self.root / "cups.sock"

    @property
    def output(self) -> Path:
        """What the printer received (the device's file; written when a job prints)."""
        return self.root / "printed" / f"{QUEUE}.pdf"

    @property
    def env(self) -> dict[str, str]:
        return dict(os.environ, CUPS_SERVER=str(self.socket))

    def write_config(self) -> None:
        for sub in ("spool/tmp", "cache", "state", "log", "printed"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        # as root, cupsd runs filters as `lp`: they read the spool and the PPD below this folder
        self.root.chmod(0o755)
        (self.root / "printed").chmod(0o755)
        (self.root / "cupsd.conf").write_text(
            f"Listen {self.socket}\n"
            "LogLevel info\nMaxLogSize 0\nBrowsing No\nBrowseLocalProtocols none\nWebInterface No\n"
            "IdleExitTimeout 0\nDefaultAuthType None\nErrorPolicy abort-job\n"
            "PreserveJobHistory Yes\nPreserveJobFiles No\n"
            "<Policy default>\n"
            "  JobPrivateAccess all\n  JobPrivateValues none\n"
            "  SubscriptionPrivateAccess all\n  SubscriptionPrivateValues none\n"
            "  <Limit All>\n    Order deny,allow\n  </Limit>\n"
            "</Policy>\n"
        )
        (self.root / "cups-files.conf").write_text(
            f"ServerRoot {self.root}\n"
            f"StateDir {self.root / 'state'}\n"
            f"CacheDir {self.root / 'cache'}\n"
            f"RequestRoot {self.root / 'spool'}\n"
            f"TempDir {self.root / 'spool' / 'tmp'}\n"
            f"AccessLog {self.root / 'log' / 'access_log'}\n"
            f"ErrorLog {self.root / 'log' / 'error_log'}\n"
            f"PageLog {self.root / 'log' / 'page_log'}\n"
            f"Printcap {self.root / 'printcap'}\n"
            "FileDevice Yes\n"  # the queue's device is a file:// URI
        )
        (self.root / "office-laser.ppd").write_text(PPD)

    def start(self) -> None:
        """cupsd in the foreground of its own session (its pid is ours to stop), up when its
        socket takes connections; no printer yet (`add_queue`)."""
        self.write_config()
        env = dict(os.environ)
        env.pop("CUPS_SERVER", None)
        env["DBUS_SYSTEM_BUS_ADDRESS"] = "unix:path=/nonexistent"  # no colord/avahi sign-ups
        log = (self.root / "log" / "cupsd.out").open("wb")
        try:
            self.process = subprocess.Popen(
                [self.tools["cupsd"], "-f", "-c", str(self.root / "cupsd.conf"), "-s", str(self.root / "cups-files.conf")],
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True,
            )
        finally:
            log.close()
        (self.root / CUPSD_PID_FILE).write_text(str(self.process.pid))
        deadline = time.monotonic() + 30
        while not self._listening():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"cupsd did not start: {self.log()}")
            time.sleep(0.01)

    def add_queue(self) -> None:
        """The QUEUE, enabled and accepting jobs, its device's file empty."""
        self.output.write_bytes(b"")  # cupsd opens a file device like a device node: never creates it
        self.lpadmin("-p", QUEUE, "-E", "-v", self.output.as_uri(), "-P", str(self.root / "office-laser.ppd"),
                     "-D", "Office laser (test)", "-o", "printer-error-policy=abort-job")

    def remove_queue(self) -> None:
        """No printer any more (its jobs gone with it): what a machine without printers offers."""
        self.lpadmin("-x", QUEUE)

    def _listening(self) -> bool:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            try:
                probe.connect(str(self.socket))
            except OSError:
                return False
            return True

    def lpadmin(self, *args: str) -> None:
        done = subprocess.run([self.tools["lpadmin"], *args], env=self.env, capture_output=True, text=True,
                              timeout=60, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"lpadmin {' '.join(args)}: {done.stderr.strip()} {self.log()}")

    def jobs(self, which: str) -> set[str]:
        """The queue's job ids (`lpstat -W completed|not-completed`)."""
        out = subprocess.run([self.tools["lpstat"], "-W", which, "-o", QUEUE], env=self.env,
                             capture_output=True, text=True, timeout=60, check=False)
        return {line.split()[0] for line in out.stdout.splitlines() if line.strip()}

    def log(self) -> str:
        texts = []
        for name in ("cupsd.out", "error_log"):
            path = self.root / "log" / name
            if path.exists():
                texts.append(path.read_text(errors="replace")[-4000:])
        return "\n".join(texts)

    def stop(self) -> None:
        if self.process is not None:
            _end(self.process.pid, self.process)
        shutil.rmtree(self.root, ignore_errors=True)


def _end(pid: int, process: subprocess.Popen[bytes] | None = None) -> None:
    """SIGTERM, then SIGKILL after 5 s."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    if process is not None:
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        return
    deadline = time.monotonic() + 5
    while process_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    if process_alive(pid):
        os.kill(pid, signal.SIGKILL)


def stop_orphans() -> None:
    """Schedulers of test runs killed before they could stop them: stopped, folders removed
    (those of runs still going are left alone)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{PREFIX}*"):
        try:
            owner = int((folder / OWNER_FILE).read_text())
        except (OSError, ValueError):
            continue  # not ours, or still being set up
        if process_alive(owner):
            continue
        try:
            pid = int((folder / CUPSD_PID_FILE).read_text())
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except (OSError, ValueError):
            pid, cmdline = 0, b""
        if pid and str(folder).encode() in cmdline:  # that pid is still that scheduler
            _end(pid)
        shutil.rmtree(folder, ignore_errors=True)


def start_server(root: Path) -> CupsServer | None:
    """The scheduler started in `root` (CUPS_SERVER's folder), or None when CUPS is not installed."""
    found = tools()
    if found is None:
        return None
    stop_orphans()
    root.mkdir(mode=0o755)
    (root / OWNER_FILE).write_text(str(os.getpid()))
    server = CupsServer(root, found)
    try:
        server.start()
    except BaseException:
        server.stop()
        raise
    return server
