"""Ops a newer version wrote for fields this one does not know: kept, and said so in the
bundle preview, the import summary, `--json` and the sync page."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from lishui_desktop.cli import main
from lishui_desktop.db.server import DRIVER
from lishui_desktop.services.setup import device_info
from tests.conftest import Stores
from tests.property.sync_world import World

PID = "00000000-0000-4000-8000-0000000000a1"
NOTE_ZH = "条字段改动属于本版本尚不认识的字段；已保留，升级后应用。"


def _newer_laptop_bundle(world: World) -> Path:
    """Laptop `a` enters a person, and (as a newer release would) a nickname field too."""
    world.put_person("a", PID, name="王小明")
    db = world["a"]
    device = db.get_setting("author_id")  # the author of the laptop's ops: its present life
    with db.engine.begin() as conn:
        seq, clock = conn.exec_driver_sql(
            "SELECT max(seq), max(hlc) FROM sync_change_log WHERE device_id = ?", (device,)).one()
        for n, (col, value) in enumerate((("nickname", "小明"), ("wechat", "wxm"))):
            conn.exec_driver_sql(
                "INSERT INTO sync_change_log(device_id, seq, hlc, tbl, row_id, col, value, prev) "
                "VALUES (?, ?, ?, 'persons', ?, ?, json_quote(?), NULL)",
                (device, seq + 1 + n, clock + 1 + n, PID, col, value))
    return world.export("a")


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out + out.err


def test_preview_summary_and_json_report_kept_ops(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  stores: Stores) -> None:
    world = World(tmp_path, {"a": "field", "o": "office"}, server=stores.server)
    try:
        bundle = _newer_laptop_bundle(world)
        office = str(world["o"].location)
        code, out = _run(capsys, "--db", office, "bundle", "import", str(bundle), "--dry-run", "--json")
        assert code == 0, out
        (report,) = json.loads(out)["files"]
        assert report["status"] == "preview" and report["ops_unknown"] == 2
        code, out = _run(capsys, "--db", office, "bundle", "import", str(bundle), "--dry-run")
        assert code == 0 and "2 " + NOTE_ZH in out, out
        code, out = _run(capsys, "--db", office, "bundle", "import", str(bundle))
        assert code == 0 and "2 " + NOTE_ZH in out, out
        assert world.value("o", PID, "name") == "王小明"
        with world["o"].engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM sync_unknown_op").scalar() == 2
        code, out = _run(capsys, "--db", office, "bundle", "import", str(bundle), "--json")
        assert json.loads(out)["files"][0]["ops_unknown"] == 0  # held already: nothing new to keep
    finally:
        world.close()


def test_sync_page_preview_and_summary_say_so(qtbot, tmp_path: Path, stores: Stores) -> None:  # type: ignore[no-untyped-def]
    from lishui_desktop.ui.context import AppContext
    from lishui_desktop.ui.hub import Hub
    from lishui_desktop.ui.pages.sync import SyncPage

    world = World(tmp_path, {"a": "field", "o": "office"}, server=stores.server)
    try:
        bundle = _newer_laptop_bundle(world)
        db = world["o"]
        page = SyncPage(AppContext(db=db, hub=Hub(), device=device_info(db)))
        qtbot.addWidget(page)
        page.importer.set_files([bundle])
        qtbot.waitUntil(lambda: page.importer.run.isEnabled(), timeout=10_000)
        assert "2 " + NOTE_ZH in page.importer.info.text()
        page.importer.run.click()
        qtbot.waitUntil(lambda: not page.importer.files, timeout=10_000)
        assert "2 " + NOTE_ZH in page.importer.info.text()
    finally:
        world.close()


NEWER_MODEL_LINE = "    amount_fen: Mapped[int | None] = mapped_column(Integer)  # donations, sales\n"


def _newer_release(tmp_path: Path) -> Path:
    """This program plus one release: events gain a sales channel (model and migration, the
    migration in the usual Alembic form). Its resources are this program's."""
    from lishui_desktop.db import migrate
    from lishui_desktop.paths import package_dir

    root = tmp_path / "newer"
    shutil.copytree(package_dir(), root / "lishui_desktop", ignore=shutil.ignore_patterns("__pycache__"))
    for shared in ("resources", "i18n"):
        (root / shared).symlink_to(package_dir().parent / shared)
    models = root / "lishui_desktop" / "db" / "models.py"
    text = models.read_text(encoding="utf-8")
    assert NEWER_MODEL_LINE in text
    models.write_text(text.replace(NEWER_MODEL_LINE, NEWER_MODEL_LINE + "    sales_channel: Mapped[str | None] = "
                                   "mapped_column(Text)\n"), encoding="utf-8")
    (root / "lishui_desktop" / "db" / "migrations" / "versions" / "9001_sales_channel.py").write_text(
        '"""events: sales channel (the next release)"""\nfrom alembic import op\nimport sqlalchemy as sa\n\n'
        f"revision = '9001'\ndown_revision = '{migrate.head_revision()}'\nbranch_labels = None\n"
        "depends_on = None\n\n\ndef upgrade():\n    with op.batch_alter_table('events') as batch:\n"
        "        batch.add_column(sa.Column('sales_channel', sa.Text(), nullable=True))\n\n\n"
        "def downgrade():\n    with op.batch_alter_table('events') as batch:\n        batch.drop_column('sales_channel')\n",
        encoding="utf-8")
    return root


def _newer(root: Path, *args: str, code: str | None = None) -> str:
    """The newer release's CLI (or a script run with it), in its own process."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), str(Path(__file__).resolve().parents[2])])}
    command = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "lishui_desktop", *args]
    done = subprocess.run(command, env=env, cwd=root,  # not this program's folder, first on sys.path
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


RECORD_WITH_CHANNEL = """
import sys
from lishui_desktop.cli.common import CliContext
from lishui_desktop.db.models import Event
from lishui_desktop.services.ledgers import save_record
ctx = CliContext(sys.argv[1])
db = ctx.database()
event = save_record(db, "events", {"kind": "sale", "date": "2021-05-20", "title": "消费扶贫：旺苍黄茶进丽水",
                                   "lishui_unit_id": "莲都区", "amount_fen": "1000"})
with db.transaction() as s:
    s.get(Event, event).sales_channel = "832平台"
print(event)
ctx.close()
"""


def test_a_newer_laptop_bundle_reaches_an_older_office_and_is_applied_after_its_update(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], stores: Stores) -> None:
    """A laptop on the next release (a real migration, a real model column) records a sale with
    its sales channel; the office, still on this release, says in the preview, the summary and
    --json that 2 changes (the new row's channel, then its edit) are kept for a field it does not know; once the office runs the next
    release, its database is upgraded and the kept change applied."""
    newer = _newer_release(tmp_path)
    office, laptop, join = stores.new("office"), tmp_path / "laptop.db", tmp_path / "旺苍-01.json"
    assert _run(capsys, "--db", office, "init", "--device-name", "市办", "--role", "office")[0] == 0
    assert _run(capsys, "--db", office, "deployment", "export", "--for", "旺苍-01", "--out", str(join))[0] == 0
    assert "9001" in _newer(newer, code="from lishui_desktop.db import migrate; print(migrate.head_revision())")
    _newer(newer, "--db", str(laptop), "init", "--join", str(join), "--device-name", "旺苍-01")
    _newer(newer, "--db", str(laptop), "bundle", "export", "--out", str(tmp_path / "hello.lsbundle"))
    assert _run(capsys, "--db", office, "bundle", "import", str(tmp_path / "hello.lsbundle"))[0] == 0
    event = _newer(newer, str(laptop), code=RECORD_WITH_CHANNEL).strip().splitlines()[-1]
    bundle = tmp_path / "sale.lsbundle"
    _newer(newer, "--db", str(laptop), "bundle", "export", "--out", str(bundle))
    code, out = _run(capsys, "--db", office, "bundle", "import", str(bundle), "--dry-run", "--json")
    assert code == 0 and json.loads(out)["files"][0]["ops_unknown"] == 2, out  # the new row's and the edit's
    for dry in (("--dry-run",), ()):
        code, out = _run(capsys, "--db", office, "bundle", "import", str(bundle), *dry)
        assert code == 0 and "2 " + NOTE_ZH in out, out
    assert _one(office, "SELECT count(*) FROM sync_unknown_op") == 2
    assert _one(office, "SELECT title FROM events WHERE id = :id", event) == "消费扶贫:旺苍黄茶进丽水"
    # the office takes the next release: upgraded after a backup, the kept change applied
    assert "完好" in _newer(newer, "--db", office, "check")
    assert _one(office, "SELECT version_num FROM alembic_version") == "9001"
    assert _one(office, "SELECT sales_channel FROM events WHERE id = :id", event) == "832平台"
    assert _one(office, "SELECT count(*) FROM sync_unknown_op") == 0
    if not stores.on_server:  # PostgreSQL upgrades in one transaction: no file copy before it
        assert any(p.name.startswith("pre-migration-") for p in (tmp_path / "office-backups").iterdir())


def _one(store: str, sql: str, row_id: str | None = None) -> object:
    """One value read straight from the store (a file or a PostgreSQL database), by no program
    release (this one refuses a store of the next release's schema)."""
    url = store.replace("postgresql://", DRIVER + "://", 1) if "://" in store else "sqlite:///" + store
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql), {"id": row_id}).scalar()
    finally:
        engine.dispose()
