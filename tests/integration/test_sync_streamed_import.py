"""A bundle is read from its zip in chunks and applied in batches: the same outcome as in one go.

The office imports the same bundles twice, from the same starting copy: once as shipped (these
bundles are one chunk and one batch), once with chunks of a few hundred bytes and batches of a
few ops (every segment cut across chunks, every record across batches). The data, the change
log, the conflicts and the reports must be identical; a fault deep in a later chunk must refuse
the whole bundle with the reason of the one-go reading and change nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from lishui_desktop.db.database import Database
from lishui_desktop.domain.i18n import set_language
from lishui_desktop.sync import bundle, importer
from lishui_desktop.sync.dump import dump_text
from lishui_desktop.sync.ops import op_to_wire
from tests.conftest import Stores
from tests.property.sync_world import World


def _report(r: importer.ImportReport) -> tuple[Any, ...]:
    return (r.status, r.reason, r.ops_total, r.ops_new, r.tables, r.by_device, r.refused)


def _import_copy(stores: Stores, office: str, name: str, files: list[Path]) -> tuple[str, list[tuple[Any, ...]]]:
    copy = stores.copy(office, name)
    db = Database.open(copy)
    try:
        reports = [importer.import_bytes(db, f.read_bytes(), file_name=f.name) for f in files]
        return dump_text(db), [_report(r) for r in reports]
    finally:
        db.close()
        if db.on_server and stores.server is not None:
            stores.server.drop_database(copy)  # type: ignore[attr-defined]


@contextmanager
def world(tmp_path: Path, stores: Stores, roles: dict[str, str]) -> Iterator[World]:
    w = World(tmp_path, roles, server=stores.server)
    try:
        yield w
    finally:
        w.close()


def test_chunks_and_batches_give_the_outcome_of_one_go(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, stores: Stores
) -> None:
    set_language("en")
    with world(tmp_path, stores, {"office": "office", "a": "field", "b": "field"}) as w:
        for n in range(40):
            w.put_person("a", f"p{n:02d}", name=f"甲{n}", phone=f"1380000{n:04d}")
        first = w.export("a")
        w.import_("b", first)
        for n in range(0, 40, 3):  # b edits a's records: same fields, concurrently below
            w.put_person("b", f"p{n:02d}", name=f"乙改{n}")
        for n in range(0, 40, 6):
            w.put_person("a", f"p{n:02d}", name=f"甲改{n}")
        files = [first, w.export("a"), w.export("b")]
        office = str(w["office"].location)
        w["office"].close()
        whole = _import_copy(stores, office, "whole", files)
        monkeypatch.setattr(bundle, "CHUNK_BYTES", 300)
        monkeypatch.setattr(bundle, "KEEP_BYTES", 0)  # read from the zip again to apply
        monkeypatch.setattr(importer, "APPLY_BATCH", 7)
        pieces = _import_copy(stores, office, "pieces", files)
        w.dbs["office"] = Database.open(office)
    assert whole[1][0][3] >= 80 and any(t.get("conflict") for r in whole[1] for t in r[4].values())
    assert pieces == whole


def test_a_fault_in_a_later_chunk_refuses_the_bundle_as_in_one_go(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, stores: Stores
) -> None:
    set_language("en")
    with world(tmp_path, stores, {"office": "office", "a": "field"}) as w:
        for n in range(30):
            w.put_person("a", f"p{n:02d}", name=f"甲{n}")
        good = w.export("a")
        w.put_person("a", "p00", name="再改")
        data = good.read_bytes()
        whole = bundle.read_bundle(data)
        changed = list(whole.ops)
        deep = max(i for i, op in enumerate(changed) if op.col == "name")  # in the last chunk
        changed[deep] = changed[deep]._replace(value="篡改")
        forged = bundle.build_bundle(
            {k: v for k, v in whole.manifest.items() if k in ("bundle_id", "source_device", "vector")},
            [(whole.segments[0].header, [op_to_wire(op) for op in changed])],
            whole.devices,
        )
        before = w.dump("office")
        one_go = importer.import_bytes(w["office"], forged, file_name="forged.lsbundle")
        monkeypatch.setattr(bundle, "CHUNK_BYTES", 300)
        monkeypatch.setattr(importer, "APPLY_BATCH", 7)
        chunked = importer.import_bytes(w["office"], forged, file_name="forged.lsbundle")
        assert one_go.status == chunked.status == "rejected"
        assert chunked.reason == one_go.reason and "do not match what their author signed" in (one_go.reason or "")
        assert w.dump("office") == before
        assert importer.import_bytes(w["office"], data, file_name="good.lsbundle").ops_new == whole.manifest["counts"]["ops"]
