"""Segments: runs of one author's ops, signed by the author's own device.

A bundle carries one segment per run of an author's ops; relays forward a segment exactly as
its author signed it, so every receiver checks the author of every op end to end. A segment's
header (in the manifest) is `{"author", "device", "first", "last", "digest", "key", "sig"}`:

* `digest`: SHA-256 of the ops `first..last` in order, each as the JSON array
  `[author, seq, hlc, table, row id, column, value, prev]`, written compactly (UTF-8, no
  spaces). It depends on what the ops say, not on how the lines of ops.jsonl were written, so a
  relay that rebuilds the lines from its change log forwards the very same digest.
* `sig`: Ed25519 by `key`, one of the signing keys the office issued to `device`, over the
  header without `sig`. `author` must be a life of `device` (sync/identities.py).

Every computer keeps the headers of the segments it accepted (`sync_segment`) to forward them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from lishui_desktop.sync import crypto
from lishui_desktop.sync.hlc import MAX_HLC
from lishui_desktop.sync.ops import DEVICE_RE

try:
    import msgspec
except ImportError:  # pragma: no cover - json writes the same bytes (tested), slower
    msgspec = None  # type: ignore[assignment]


def _encode(ops: list[Any]) -> bytes:
    if msgspec is not None:
        return msgspec.json.encode(ops)
    return json.dumps([list(o) for o in ops], ensure_ascii=False, separators=(",", ":")).encode()


KIND = "lishui-segment"
HEADER_KEYS = frozenset({"author", "device", "first", "last", "digest", "key", "sig"})
Span = tuple[int, int]


class InvalidSegment(ValueError):
    pass


def digest(ops: Sequence[Sequence[Any]]) -> str:
    """The digest of ops (tuples in wire order: author, seq, hlc, table, row, column, value,
    prev), one author's run in sequence order."""
    return hashlib.sha256(_encode(list(ops))).hexdigest()


class Digester:
    """`digest` of a run given in pieces, in order: the same bytes hashed (the JSON array's
    items of each piece, joined by commas), never the whole run held."""

    __slots__ = ("_sha", "_started")

    def __init__(self) -> None:
        self._sha = hashlib.sha256(b"[")
        self._started = False

    def update(self, ops: Sequence[Sequence[Any]]) -> None:
        if not ops:
            return
        if self._started:
            self._sha.update(b",")
        self._sha.update(memoryview(_encode(list(ops)))[1:-1])
        self._started = True

    def hexdigest(self) -> str:
        sha = self._sha.copy()
        sha.update(b"]")
        return sha.hexdigest()


def _body(seg: dict[str, Any]) -> bytes:
    return crypto.canonical({"kind": KIND, **{k: seg[k] for k in sorted(HEADER_KEYS - {"sig"})}})


def sign(private: bytes, *, author: str, device: str, first: int, last: int, digest_hex: str) -> dict[str, Any]:
    seg: dict[str, Any] = {
        "author": author,
        "device": device,
        "first": first,
        "last": last,
        "digest": digest_hex,
        "key": crypto.b64(crypto.sign_public(private)),
    }
    seg["sig"] = crypto.b64(crypto.sign(private, _body(seg)))
    return seg


def check_header(seg: Any) -> dict[str, Any]:
    """A header's shape: ids, a non-empty run, a hex digest; raises InvalidSegment."""
    if not isinstance(seg, dict) or set(seg) != HEADER_KEYS:
        raise InvalidSegment("bad segment")
    for key in ("author", "device"):
        if not isinstance(seg[key], str) or not DEVICE_RE.match(seg[key]):
            raise InvalidSegment("bad segment")
    first, last = seg["first"], seg["last"]
    if type(first) is not int or type(last) is not int or not 0 < first <= last <= MAX_HLC:
        raise InvalidSegment("bad segment")
    text = seg["digest"]
    if not isinstance(text, str) or len(text) != 64 or text.strip("0123456789abcdef"):
        raise InvalidSegment("bad segment")
    if not isinstance(seg["key"], str) or not isinstance(seg["sig"], str):
        raise InvalidSegment("bad segment")
    return seg


def signer_key(seg: dict[str, Any]) -> bytes | None:
    try:
        key = crypto.unb64(seg["key"])
    except ValueError:
        return None
    return key if len(key) == 32 else None


def signature_holds(seg: dict[str, Any], key: bytes) -> bool:
    try:
        sig = crypto.unb64(seg["sig"])
    except ValueError:
        return False
    return crypto.verify(key, _body(seg), sig)


def count(seg: dict[str, Any]) -> int:
    return int(seg["last"]) - int(seg["first"]) + 1


# --- kept segments -------------------------------------------------------------------------
def store(execute: Any, segs: Iterable[dict[str, Any]]) -> None:
    for seg in segs:
        execute(
            "INSERT INTO sync_segment(author, first, last, digest, data) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            (seg["author"], seg["first"], seg["last"], seg["digest"], json.dumps(seg, sort_keys=True)),
        )


def all_stored(execute: Any, segs: Sequence[dict[str, Any]]) -> bool:
    """True when every segment is held already, with the same digest (a re-import)."""
    if not segs:
        return False
    for seg in segs:
        row = execute(
            "SELECT digest FROM sync_segment WHERE author = ? AND first = ? AND last = ?",
            (seg.get("author"), seg.get("first"), seg.get("last")),
        ).fetchone()
        if row is None or row[0] != seg.get("digest"):
            return False
    return True


def cover(execute: Any, author: str, spans: Sequence[Span]) -> tuple[list[dict[str, Any]], int]:
    """Kept segments of `author` covering the runs `spans` (fewest, by a greedy sweep), and how
    many ops of the spans no kept segment covers (ops that cannot be forwarded)."""
    kept = [
        json.loads(data)
        for (data,) in execute(
            "SELECT data FROM sync_segment WHERE author = ? ORDER BY first, last DESC", (author,)
        )
    ]
    chosen: list[dict[str, Any]] = []
    missing = 0
    for low, high in spans:
        at = low
        while at <= high:
            best = None
            for seg in kept:  # the segment holding `at` that reaches furthest
                if seg["first"] <= at <= seg["last"] and (best is None or seg["last"] > best["last"]):
                    best = seg
            if best is None:
                nxt = min((s["first"] for s in kept if at < s["first"] <= high), default=high + 1)
                missing += nxt - at
                at = nxt
                continue
            if best not in chosen:
                chosen.append(best)
            at = best["last"] + 1
    chosen.sort(key=lambda s: (s["first"], s["last"]))
    return chosen, missing
