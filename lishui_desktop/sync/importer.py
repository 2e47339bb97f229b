"""Import of one bundle held in memory: check, preview or apply in one transaction, log it.

Anything wrong with a bundle (damaged zip, hash mismatch, bad JSON, invalid op, lying
manifest, format too new, a signature or identity that does not hold) changes nothing but a
`rejected` row in the bundle history with the reason. Within a trustworthy bundle, a segment
is refused alone (with its reason in the report) when it forks ops already held (recorded in
`sync_fork` for the office) or comes from a revoked device after its cut. A bundle whose new
ops are more than 24 hours ahead of this machine's clock (and not only because they build on
a value held already) is `quarantined` (kept, not applied) until a person accepts it.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any

from lishui_desktop import collector
from lishui_desktop.db.base import now_text
from lishui_desktop.db.database import Database
from lishui_desktop.db.engine import qmark_execute
from lishui_desktop.db.store_lock import IMPORT
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, fill, translate
from lishui_desktop.sync import hlc, log, security, segments
from lishui_desktop.sync.bundle import Bundle, OpSource, Segment, open_bundle
from lishui_desktop.sync.merge import _HLC, MergeResult, add_result, apply_ops, prevs, split_held
from lishui_desktop.sync.ops import Op, op_to_wire
from lishui_desktop.sync.session import write_cursor
from lishui_desktop.sync.vectors import note_peer

FUTURE_LIMIT_MS = hlc.DAY_MS


@dataclass
class ImportReport:
    file: str
    status: str  # imported | known | rejected | quarantined | preview
    reason: str | None = None
    bundle_id: str | None = None
    source_device: str | None = None
    source_name: str | None = None
    ops_total: int = 0
    ops_new: int = 0
    ops_unknown: int = 0  # new ops for fields this version does not know: kept, applied after an update
    tables: dict[str, dict[str, int]] = field(default_factory=dict)
    by_device: dict[str, int] = field(default_factory=dict)
    refused: list[dict[str, Any]] = field(default_factory=list)  # segments not applied, why

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def unknown_note(self) -> str | None:
        return unknown_note(self.ops_unknown)


def unknown_note(count: int) -> str | None:
    """The sentence telling the user about `count` ops kept for a newer version (None for 0)."""
    if not count:
        return None
    return fill(translate("Bundle", QT_TRANSLATE_NOOP(
        "Bundle", "%1 changes for fields this version does not know; kept and applied after an update.")), count)


def _log(cur: Any, report: ImportReport, bundle: Bundle | None, data: bytes | None = None) -> None:
    manifest = bundle.manifest if bundle else {}
    reason = report.reason
    if reason is None and report.refused:
        reason = " ".join(r["reason"] for r in report.refused)[:2000]
    cur.execute(
        "INSERT INTO sync_bundle_log(at, direction, status, bundle_id, file_name, source_device, "
        "for_device, created, ops_total, ops_new, ranges, reason, data) "
        "VALUES (?, 'in', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            now_text(), report.status, report.bundle_id, report.file, report.source_device,
            manifest.get("for_device"), manifest.get("created"), report.ops_total, report.ops_new,
            json.dumps(manifest.get("ranges")) if manifest else None, reason, data,
        ),
    )


def _note_sender(cur: Any, bundle: Bundle, author: str | None) -> None:
    """What the sender holds, under its present life (a restored laptop's new life starts
    with what its restored database holds, whatever its earlier life had)."""
    note_peer(
        cur,
        author or bundle.source_device,
        vector={str(k): int(v) for k, v in bundle.manifest["vector"].items()},
        received=(now_text(), bundle.bundle_id),
    )


def _all_held(db: Database, headers: list[dict[str, Any]]) -> bool:
    """True when every segment is held already with the same content (a re-import)."""
    with db.engine.connect() as conn:
        return segments.all_stored(qmark_execute(conn), headers)


def import_bytes(
    db: Database,
    data: bytes,
    *,
    file_name: str,
    dry_run: bool = False,
    allow_future: bool = False,
    unwrap: Any = None,
    cursor: sqlite3.Cursor | None = None,
) -> ImportReport:
    """Preview (`dry_run`) or import one bundle; never raises for a bad bundle. `cursor`: an
    open transaction to work in (a preview of several files, each seeing the ones before)."""
    with collector.paused():  # hundreds of thousands of small acyclic objects: no full collections
        return _import_bytes(
            db, data, file_name=file_name, dry_run=dry_run, allow_future=allow_future,
            unwrap=unwrap, cursor=cursor,
        )


def _import_bytes(
    db: Database,
    data: bytes,
    *,
    file_name: str,
    dry_run: bool,
    allow_future: bool,
    unwrap: Any,
    cursor: sqlite3.Cursor | None,
) -> ImportReport:
    report = ImportReport(file=file_name, status="preview" if dry_run else "imported")
    if unwrap is None:  # encrypted bundles, also when re-read from quarantine
        unwrap = lambda raw: security.unseal(db, raw)[0]  # noqa: E731
    bundle: Bundle | None = None
    try:
        bundle = open_bundle(data, unwrap=unwrap, all_held=lambda headers: _all_held(db, headers))
        report.bundle_id, report.source_device = bundle.bundle_id, bundle.source_device
        report.source_name = str(bundle.manifest.get("source_name") or "")[:80]
        # A preview works in a transaction that is rolled back: applied batch by batch, each
        # batch sees the ones before it, as in the import.
        opened = nullcontext(cursor) if cursor is not None else write_cursor(db, commit=not dry_run, kind=IMPORT)
        with opened as cur:
            assert cur is not None
            _apply(db, cur, bundle, report, data, dry_run=dry_run, allow_future=allow_future)
    except UserError as exc:  # nothing was written: every check comes before the first write
        report.status, report.reason = "rejected", exc.text()
        report.tables, report.by_device, report.ops_new = {}, {}, 0
        if not dry_run:
            with write_cursor(db) as cur:
                _log(cur, report, None)
    return report


APPLY_BATCH = 20_000  # ops merged and written at a time: memory stays flat whatever the bundle


class _Scan:
    """The first reading of a bundle's ops (every check of bundle.OpSource), writing nothing:
    the ops held already with other content (forks), the sequence numbers of the ops not held
    yet (as spans), whether any op is held already, and the new ops whose clock is beyond
    `limit_ms`."""

    def __init__(self, cur: sqlite3.Cursor, limit_ms: int) -> None:
        self.cur = cur
        self.limit_hlc = (limit_ms + 1) << hlc.COUNTER_BITS  # physical_ms(h) > limit_ms
        self.total = 0
        self.forks: list[tuple[Op, Op]] = []
        self.fresh: dict[str, list[list[int]]] = {}
        self.ahead: list[Op] = []
        self.any_held = False

    def read(self, source: OpSource) -> None:
        for run in source.unique():  # (each run one author's ops, in sequence order)
            self.total += len(run)
            fresh, forks = split_held(self.cur, run, one_run=True)
            self.forks += forks
            self.any_held = self.any_held or len(fresh) < len(run)
            if fresh and max(map(_HLC, fresh)) >= self.limit_hlc:
                self.ahead += [op for op in fresh if op.hlc >= self.limit_hlc]
            self._note_fresh(fresh)

    def _note_fresh(self, fresh: list[Op]) -> None:
        if not fresh:
            return
        spans = self.fresh.setdefault(fresh[0].device, [])  # a run is one author's
        low, high = fresh[0].seq, fresh[-1].seq
        if high - low + 1 == len(fresh):
            runs = [(low, high)]  # the usual: consecutive new ops
        else:
            runs = [(op.seq, op.seq) for op in fresh]
        for low, high in runs:
            if spans and spans[-1][1] + 1 == low:
                spans[-1][1] = high
            else:
                spans.append([low, high])

    def fresh_count(self, skip: set[str], cuts: dict[str, int | None]) -> int:
        """New ops that may be applied: not of a forked author, not beyond a revoked one's cut."""
        total = 0
        for author, spans in self.fresh.items():
            if author in skip:
                continue
            cut = cuts.get(author)
            for low, high in spans:
                top = high if cut is None else min(high, cut)
                total += max(0, top - low + 1)
        return total


def _allowed(run: list[Op], skip: set[str], cuts: dict[str, int | None]) -> list[Op]:
    """The ops of a run (one author's) that may be applied."""
    if not run or run[0].device in skip:
        return []
    cut = cuts.get(run[0].device)
    if cut is not None and run[-1].seq > cut:
        return [op for op in run if op.seq <= cut]
    return run


def _apply(
    db: Database,
    cur: sqlite3.Cursor,
    bundle: Bundle,
    report: ImportReport,
    data: bytes,
    *,
    dry_run: bool,
    allow_future: bool,
) -> None:
    now = hlc.wall_ms() + hlc.skew_for(str(db.path))
    scan = _Scan(cur, now + FUTURE_LIMIT_MS)
    if bundle.source is not None:
        scan.read(bundle.source)  # every check of the ops, before their signatures (as ever)
    verdict = security.verify_bundle(cur.execute, bundle)
    refused = list(verdict.refused)
    if bundle.source is None:  # every segment held already
        report.ops_total = int((bundle.manifest.get("counts") or {}).get("ops", 0))
        report.status = "preview" if dry_run else "known"
        verdict.registry.store(cur.execute)
        if not dry_run:
            _note_sender(cur, bundle, verdict.sender_author)
            _log(cur, report, bundle)
        return
    source = bundle.source
    report.ops_total = scan.total
    parts = verdict.accepted
    cuts = {str(h["author"]): verdict.registry.cut(str(h["author"])) for h in source.headers}
    forks = [(op, held) for op, held in scan.forks if _allowed([op], set(), cuts)]
    forked = {op.device for op, _held in forks}
    if forks:
        refused += [_fork_refusal(verdict, p, forks) for p in parts if p.author in forked]
        parts = [p for p in parts if p.author not in forked]
    report.refused = [_refusal_dict(verdict, r) for r in refused]
    if not allow_future and any(_allowed([op], forked, cuts) for op in scan.ahead):
        fresh = [  # (rare: only a bundle with clocks ahead is held whole, to follow its ops' prev)
            op for run in source.unique(check=False)
            for op in split_held(cur, _allowed(run, forked, cuts))[0]
        ]
        if _ahead(cur, fresh, now + FUTURE_LIMIT_MS):
            report.status = "quarantined"
            report.ops_new = len(fresh)
            report.reason = translate(
                "Bundle",
                QT_TRANSLATE_NOOP(
                    "Bundle",
                    "Its clock is more than 24 hours ahead of this computer's; a person must decide.",
                ),
            )
            if not dry_run:
                _log(cur, report, bundle, data)
            return
        del fresh
    if refused and not scan.fresh_count(forked, cuts) and not verdict.registry.new:
        report.status = "rejected"
        report.reason = report.refused[0]["reason"]
    result = _apply_batches(cur, source, forked, cuts, now, any_held=scan.any_held)
    report.ops_new = result.ops_new
    report.ops_unknown = result.ops_unknown
    report.tables = {t: s.as_dict() for t, s in sorted(result.tables.items())}
    report.by_device = dict(sorted(result.by_device.items()))
    verdict.registry.store(cur.execute)
    segments.store(cur.execute, [p.header for p in parts if p.complete])
    if forks:
        _record_forks(cur, forks, bundle, report.file)
    if not dry_run:
        if not result.ops_new and report.status == "imported":
            report.status = "known"
        _note_sender(cur, bundle, verdict.sender_author)
        _log(cur, report, bundle)


def _apply_batches(
    cur: sqlite3.Cursor, source: OpSource, skip: set[str], cuts: dict[str, int | None], now: int,
    *, any_held: bool,
) -> MergeResult:
    """The second reading: the ops that may be applied, merged and written APPLY_BATCH at a
    time in the caller's transaction (each batch sees the ones before it). `any_held`: the
    first reading found ops held already (else every op is new: the log is not asked again)."""
    total = MergeResult()
    counted: set[int] = set()  # records already counted in the report (by hash)
    batch: list[Op] = []

    def flush() -> None:
        fresh = split_held(cur, batch)[0] if any_held else batch  # (forks: found by the first reading)
        add_result(total, apply_ops(cur, batch, write=True, fresh=fresh, now_ms=now, counted=counted))
        batch.clear()

    for run in source.unique(check=False):
        batch += _allowed(run, skip, cuts)
        if len(batch) >= APPLY_BATCH:
            flush()
    if batch:
        flush()
    return total


def _fork_refusal(verdict: security.Verdict, part: Segment, forks: list[tuple[Op, Any]]) -> security.Refusal:
    name = (verdict.registry.device(str(part.header["device"])) or {}).get("name", part.header["device"])
    reason = fill(translate(
        "Bundle",
        QT_TRANSLATE_NOOP(
            "Bundle",
            "Changes of %1 (numbers %2 to %3) contradict changes of the same numbers already "
            "held here (a fork: an edited or copied database). They were not applied; the office "
            "sees them in the review queue.",
        )),
        name,
        part.header["first"],
        part.header["last"],
    )
    return security.Refusal(part.header, reason, "fork")


def _refusal_dict(verdict: security.Verdict, refusal: security.Refusal) -> dict[str, Any]:
    device = str(refusal.header["device"])
    return {
        "kind": refusal.kind,
        "author": refusal.header["author"],
        "device": device,
        "device_name": (verdict.registry.device(device) or {}).get("name", ""),
        "first": refusal.header["first"],
        "last": refusal.header["last"],
        "reason": refusal.reason,
    }


def _record_forks(cur: Any, forks: list[tuple[Op, Any]], bundle: Bundle, file_name: str) -> None:
    at = now_text()
    cur.executemany(
        "INSERT INTO sync_fork(at, author, seq, held, offered, bundle_id, file_name, source_device) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (at, op.device, op.seq, op_to_wire(held), op_to_wire(op),
             bundle.bundle_id, file_name, bundle.source_device)
            for op, held in forks
        ],
    )


JUSTIFIED_MS = 60_000  # an op this close above the value it replaced only had to beat it


def _ahead(cur: Any, fresh: list[Op], limit_ms: int) -> bool:
    """True when some op's clock is beyond `limit_ms` on its own account: an op that is ahead
    only because it replaced a value already held (or arriving with it, itself acceptable) had
    to take a clock above that value, and says nothing about its writer's clock."""
    ahead = [op for op in fresh if hlc.physical_ms(op.hlc) > limit_ms]
    if not ahead:
        return False
    by_clock = {op.clock: op for op in fresh}
    verdicts: dict[str, bool] = {}

    def acceptable(op: Op, depth: int = 0) -> bool:
        if hlc.physical_ms(op.hlc) <= limit_ms:
            return True
        if op.clock in verdicts:
            return verdicts[op.clock]
        verdicts[op.clock] = False  # a cycle proves nothing
        parts = prevs(op.prev)
        top = max(parts) if parts else None
        ok = False
        if top is not None and depth < 10_000:
            top_hlc, device = hlc.split_clock(top)
            if hlc.physical_ms(op.hlc) - hlc.physical_ms(top_hlc) <= JUSTIFIED_MS:
                earlier = by_clock.get(top)
                if earlier is not None:
                    ok = acceptable(earlier, depth + 1)
                else:  # held already (accepted before): the op only had to beat it
                    ok = any(
                        held.device == device and held.hlc == top_hlc
                        for held in log.ops_of_rows(cur, op.tbl, [op.row_id])
                    )
        verdicts[op.clock] = ok
        return ok

    return not all(acceptable(op) for op in ahead)


def accept_quarantined(db: Database, log_id: int) -> ImportReport:
    """A person accepts a quarantined bundle: import it despite its clock."""
    with db.engine.connect() as conn:
        row = qmark_execute(conn)(
            "SELECT data, file_name FROM sync_bundle_log WHERE id = ? AND status = 'quarantined'",
            (log_id,),
        ).fetchone()
    if row is None or row[0] is None:
        raise UserError(QT_TRANSLATE_NOOP("Bundle", "There is no quarantined bundle %1."), log_id, context="Bundle")
    report = import_bytes(db, bytes(row[0]), file_name=row[1] or "", allow_future=True)
    if report.status in ("imported", "known"):
        with write_cursor(db) as cur:
            cur.execute(
                "UPDATE sync_bundle_log SET status = 'accepted', data = NULL WHERE id = ?", (log_id,)
            )
    return report


def reject_quarantined(db: Database, log_id: int) -> None:
    with write_cursor(db) as cur:
        cur.execute(
            "UPDATE sync_bundle_log SET status = 'rejected', data = NULL WHERE id = ? "
            "AND status = 'quarantined'",
            (log_id,),
        )
