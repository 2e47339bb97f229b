"""Another SQLite tool, given the key, reads and writes the encrypted field database, and
`lishui check` then reports what it wrote (it is in no change log and would never sync).

The outside tool is a separate process that imports nothing of the program: SQLCipher (the
`sqlcipher3` module) with the key and the two settings docs say a tool needs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lishui_desktop.cli import main
from lishui_desktop.db import cipher
from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Person
from lishui_desktop.services.setup import init_database

OUTSIDE_TOOL = r"""
import sys, sqlcipher3
path, key, pid = sys.argv[1:4]
con = sqlcipher3.connect(path)
con.execute(f"PRAGMA key = \"x'{key}'\"")
con.execute("PRAGMA cipher_page_size = 16384")
con.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA256")
print(con.execute("SELECT name FROM persons WHERE id = ?", (pid,)).fetchone()[0])
con.execute("UPDATE persons SET phone = '13900000000' WHERE id = ?", (pid,))
con.commit()
con.close()
"""


def test_an_outside_tool_with_the_key_writes_and_check_reports_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "field.sqlite3"
    key = os.urandom(cipher.KEY_BYTES)
    cipher.remember_key(path, key)
    try:
        db = Database.open(path)  # a new file with a key held: created encrypted
        assert db.encrypted
        init_database(db, device_name="莲都-01", role="field")
        with db.transaction() as s:
            person = Person(name="王小明", phone="13800000000")
            s.add(person)
            s.flush()
            pid = person.id
        db.close()
        assert cipher.is_encrypted(path) and b"13800000000" not in path.read_bytes()
        assert main(["--lang", "en", "--db", str(path), "check"]) == 0
        assert "nothing changed outside the program" in capsys.readouterr().out

        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # nothing of ours
        tool = subprocess.run([sys.executable, "-c", OUTSIDE_TOOL, str(path), key.hex(), pid],
                              capture_output=True, text=True, env=env, timeout=120)
        assert tool.returncode == 0, tool.stderr
        assert tool.stdout.strip() == "王小明"  # it read the file

        code = main(["--lang", "en", "--db", str(path), "check"])
        out = capsys.readouterr().out
        assert code == 1, out
        assert "1 values were changed outside the program" in out and f"persons {pid}: phone" in out
    finally:
        cipher.forget_key(path)
