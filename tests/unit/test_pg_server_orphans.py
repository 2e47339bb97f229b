"""A test run killed before it stopped its PostgreSQL cluster: the next run stops and removes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from tests.pg_server import OWNER_FILE, server_bin, start_server

SCRIPT = """
import sys, time
from tests.pg_server import start_server
server = start_server()
print(server.root, flush=True)
time.sleep(600)
"""


def test_killed_run_cluster_is_stopped_by_the_next(pg_server) -> None:  # type: ignore[no-untyped-def]
    if server_bin() is None:
        pytest.skip("PostgreSQL server binaries not installed")
    root = Path(pg_server.root.parent)
    assert root == Path(tempfile.gettempdir())
    child = subprocess.Popen([sys.executable, "-c", SCRIPT], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    orphan = Path(child.stdout.readline().strip())
    assert (orphan / "data" / "postmaster.pid").exists() and (orphan / OWNER_FILE).exists()
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert (orphan / "data" / "postmaster.pid").exists()  # its server outlived it
    server = start_server()
    assert server is not None
    try:
        deadline = time.monotonic() + 30
        while orphan.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not orphan.exists()
        assert pg_server.root.exists()  # the cluster of this (living) run is left alone
    finally:
        server.stop()
