"""A test run killed before it stopped its CUPS scheduler: the next run stops and removes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.cups_server import CUPSD_PID_FILE, OWNER_FILE, start_server, use_for_this_run
from tests.pg_server import process_alive

SCRIPT = """
import time
from tests.cups_server import start_server, use_for_this_run
server = start_server(use_for_this_run())
server.add_queue()
print(server.root, flush=True)
time.sleep(600)
"""


def test_killed_run_scheduler_is_stopped_by_the_next(cups_server) -> None:  # type: ignore[no-untyped-def]
    child = subprocess.Popen([sys.executable, "-c", SCRIPT], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    orphan = Path(child.stdout.readline().strip())
    assert (orphan / OWNER_FILE).exists()
    cupsd = int((orphan / CUPSD_PID_FILE).read_text())
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert process_alive(cupsd)  # its scheduler outlived it
    environment = os.environ["CUPS_SERVER"]
    server = start_server(use_for_this_run())
    os.environ["CUPS_SERVER"] = environment  # this run's clients keep this run's scheduler
    assert server is not None
    try:
        assert not orphan.exists() and not process_alive(cupsd)
        assert cups_server.root.exists() and process_alive(cups_server.process.pid)  # a living run's: left alone
    finally:
        server.stop()
