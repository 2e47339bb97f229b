"""Tables of sync (never synced themselves): change log, field clocks, peers, bundle history.

A field's clock is text `%016x(hlc) + device id`, so clocks compare as strings in SQL and in
Python alike. A field's winning clock is not stored: it is the highest clock of the field's ops
in the change log (found through the log's row index); only fields whose concurrent edits left
more than one head keep a row in `sync_field_heads`. See lishui_desktop/sync/ for how they are
written.
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lishui_desktop.db.base import Base


class SyncOpRun(Base):
    """Append-only log of ops, kept as runs: consecutive ops of one author on one record
    (ops seq..last at clocks hlc.., columns, values and previous clocks as JSON arrays; see
    lishui_desktop/sync/log.py). The view `sync_change_log` shows one op per row."""

    __tablename__ = "sync_op_runs"
    __table_args__ = (
        Index("ix_sync_op_runs_row", "row_id"),  # tbl is checked on the run
        {"sqlite_with_rowid": False},
    )

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[int] = mapped_column(Integer)
    tbl: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64))
    cols: Mapped[str] = mapped_column(Text)  # JSON array of column names
    vals: Mapped[str] = mapped_column(Text)  # JSON array of values
    prevs: Mapped[str | None] = mapped_column(Text)  # JSON array of previous clocks, or null


class SyncFieldHeads(Base):
    """A field whose ops did not all see each other: its heads, JSON [[clock, value, prev], ...]
    sorted by clock (more than one). A field without a row here has one head, its winner."""

    __tablename__ = "sync_field_heads"
    __table_args__ = ({"sqlite_with_rowid": False},)

    tbl: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    col: Mapped[str] = mapped_column(String(64), primary_key=True)
    heads: Mapped[str] = mapped_column(Text)


class SyncState(Base):
    """Small counters of this database: the last hybrid logical clock issued or seen."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class SyncUnknownOp(Base):
    """Ops for tables or columns this version does not know; replayed after an upgrade."""

    __tablename__ = "sync_unknown_op"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class SyncPeer(Base):
    """What we know of another device: what it holds (its version vector), bundles in and out."""

    __tablename__ = "sync_peer"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    vector: Mapped[str | None] = mapped_column(Text)  # JSON {device: highest contiguous seq}
    last_in_at: Mapped[str | None] = mapped_column(Text)
    last_in_bundle: Mapped[str | None] = mapped_column(String(36))
    last_out_at: Mapped[str | None] = mapped_column(Text)
    last_out_bundle: Mapped[str | None] = mapped_column(String(36))


class SyncBundleLog(Base):
    """Every bundle written or read, with its status and, when refused, the reason."""

    __tablename__ = "sync_bundle_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(Text)
    direction: Mapped[str] = mapped_column(String(4))  # in | out
    status: Mapped[str] = mapped_column(String(12))  # exported|imported|known|rejected|quarantined|accepted
    bundle_id: Mapped[str | None] = mapped_column(String(36), index=True)
    file_name: Mapped[str | None] = mapped_column(Text)
    source_device: Mapped[str | None] = mapped_column(String(36))
    for_device: Mapped[str | None] = mapped_column(String(36))
    created: Mapped[str | None] = mapped_column(Text)
    ops_total: Mapped[int] = mapped_column(Integer, default=0)
    ops_new: Mapped[int] = mapped_column(Integer, default=0)
    ranges: Mapped[str | None] = mapped_column(Text)  # JSON {device: [[first, last], ...]}
    reason: Mapped[str | None] = mapped_column(Text)
    data: Mapped[bytes | None] = mapped_column(LargeBinary)  # kept while quarantined


class SyncSegment(Base):
    """A run of one author's ops as the author signed it (see sync/segments.py): kept so that
    this computer can forward the ops with the author's own signature, never its own."""

    __tablename__ = "sync_segment"
    __table_args__ = ({"sqlite_with_rowid": False},)

    author: Mapped[str] = mapped_column(String(36), primary_key=True)
    first: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    digest: Mapped[str] = mapped_column(String(64))
    data: Mapped[str] = mapped_column(Text)  # the signed segment header (JSON)


class SyncFork(Base):
    """An op that arrived with the (author, seq) of a held op but other content: refused and
    kept here for the office to see."""

    __tablename__ = "sync_fork"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(36), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    held: Mapped[str | None] = mapped_column(Text)  # the op held (JSON line)
    offered: Mapped[str] = mapped_column(Text)  # the op refused (JSON line)
    bundle_id: Mapped[str | None] = mapped_column(String(36))
    file_name: Mapped[str | None] = mapped_column(Text)
    source_device: Mapped[str | None] = mapped_column(String(36))
