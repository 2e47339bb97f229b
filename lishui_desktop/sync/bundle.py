"""Bundle files: a zip of manifest.json, ops.jsonl and devices.json, built and read in memory.

Format 2: the ops come in *segments*, one run of one author's ops each, signed by the author's
device (sync/segments.py); ops.jsonl holds the segments' ops one after the other, in the order
of the manifest's `segments`, each run in sequence order (runs may overlap: a relay forwards
segments whole). devices.json holds the signed identity documents (sync/certs.py) the receiver
needs to check them. The manifest is signed by the sender (who may be a relay).

`build_bundle(...) -> bytes` and `read_bundle(data) -> Bundle` never touch the disk, so the
trust layer can wrap the bytes (encrypt them) and sign the manifest. Hook points:

* `build_bundle(..., sign_manifest=f)`: `f(manifest) -> manifest` returns the manifest with its
  `signature` field filled (it is `null` when unsigned). Default: module-level `SIGNER`.
* `read_bundle(data, verify_manifest=f)`: `f(manifest)` raises a UserError to refuse the
  bundle (bad or missing signature). Default: module-level `VERIFIER`.
* `read_bundle(data, unwrap=f)`: `f(data) -> bytes` turns an envelope into the plain zip.
"""

from __future__ import annotations

import hashlib
import io
import json
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from lishui_desktop import __version__
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.sync import limits, op_batch, segments
from lishui_desktop.sync.ops import DEVICE_RE, InvalidOp, Op, ops_from_wire

CONTEXT = "Bundle"
FORMAT = 2  # what this program writes: per-author signed segments
READS_UP_TO = 2  # the newest format this program reads
OLDEST = 2  # format 1 bundles do not prove who wrote each op: refused
MAX_SEGMENTS = 100_000
KIND = "lishui-bundle"
MEMBERS = ("manifest.json", "ops.jsonl", "devices.json")
SCHEMA_VERSION = "0001"

ManifestSigner = Callable[[dict[str, Any]], dict[str, Any]]
ManifestVerifier = Callable[[dict[str, Any]], None]
Unwrap = Callable[[bytes], bytes]
SIGNER: ManifestSigner | None = None
VERIFIER: ManifestVerifier | None = None


class BundleRejected(UserError):
    """A bundle that is damaged, tampered with or breaks a rule: nothing of it is applied."""

    context = CONTEXT


class BundleTooNew(BundleRejected):
    """Written by a newer program than this one reads."""


@dataclass(frozen=True)
class Segment:
    """One signed run of an author's ops as read: its header and its ops."""

    header: dict[str, Any]
    ops: list[Op]
    complete: bool = True  # False: only part of its ops are taken (a revoked device's)

    @property
    def author(self) -> str:
        return str(self.header["author"])


@dataclass(frozen=True)
class Bundle:
    manifest: dict[str, Any]
    ops: list[Op]  # every op once (segments may overlap)
    devices: list[dict[str, Any]]
    all_known: bool = False  # every segment is already held: ops were not decoded
    segments: list[Segment] = field(default_factory=list)

    @property
    def bundle_id(self) -> str:
        return str(self.manifest["bundle_id"])

    @property
    def source_device(self) -> str:
        return str(self.manifest["source_device"])

    @property
    def headers(self) -> list[dict[str, Any]]:
        return list(self.manifest.get("segments") or [])


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


LINES_AT_ONCE = 4096


def build_bundle(
    manifest: dict[str, Any],
    parts: list[tuple[dict[str, Any], list[str]]],
    devices: list[dict[str, Any]],
    *,
    sign_manifest: ManifestSigner | None = None,
) -> bytes:
    """The zip bytes of a bundle. `manifest` holds the descriptive fields (source device,
    vector ...); `parts` the signed segment headers with their ops.jsonl lines. Format, ranges,
    sizes, hashes and counts are filled in here."""
    op_lines = [line for _header, lines in parts for line in lines]
    # joined a few thousand lines at a time: one join of every line holds the GIL for hundreds
    # of milliseconds, and the window (whose thread needs it) freezes meanwhile
    ops_bytes = b"".join(
        ("\n".join(op_lines[i : i + LINES_AT_ONCE]) + "\n").encode("utf-8")
        for i in range(0, len(op_lines), LINES_AT_ONCE)
    )
    dev_bytes = json.dumps(devices, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    full = {
        "kind": KIND,
        "format": FORMAT,
        "min_reader_format": FORMAT,
        "app_version": __version__,
        "schema_version": SCHEMA_VERSION,
        **manifest,
        "segments": [header for header, _lines in parts],
        "ranges": ranges_of([header for header, _lines in parts]),
        "counts": {"ops": len(op_lines), "devices": len(devices)},
        "members": {
            "ops.jsonl": {"size": len(ops_bytes), "sha256": _sha(ops_bytes)},
            "devices.json": {"size": len(dev_bytes), "sha256": _sha(dev_bytes)},
        },
        "signature": None,
    }
    signer = sign_manifest or SIGNER
    if signer is not None:
        full = signer(full)
    man_bytes = json.dumps(full, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("ops.jsonl", ops_bytes)
        archive.writestr("devices.json", dev_bytes)
        archive.writestr("manifest.json", man_bytes)
    return out.getvalue()


def ranges_of(headers: list[dict[str, Any]]) -> dict[str, list[list[int]]]:
    """Per author, the runs of sequence numbers the segments hold (overlaps joined)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for h in headers:
        spans.setdefault(str(h["author"]), []).append((int(h["first"]), int(h["last"])))
    out: dict[str, list[list[int]]] = {}
    for author, runs in sorted(spans.items()):
        merged: list[list[int]] = []
        for low, high in sorted(runs):
            if merged and low <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], high)
            else:
                merged.append([low, high])
        out[author] = merged
    return out


def _reject(message: str, *args: object) -> BundleRejected:
    return BundleRejected(message, *args)


def _manifest(raw: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: nested too deep
        raise _reject(QT_TRANSLATE_NOOP(CONTEXT, "The bundle's manifest is not valid JSON.")) from None
    if not isinstance(manifest, dict) or manifest.get("kind") != KIND:
        raise _reject(QT_TRANSLATE_NOOP(CONTEXT, "The file is not a lishui bundle."))
    fmt, need = manifest.get("format"), manifest.get("min_reader_format")
    if not isinstance(fmt, int) or not isinstance(need, int):
        raise _reject(QT_TRANSLATE_NOOP(CONTEXT, "The bundle's manifest has no format number."))
    if need > READS_UP_TO:
        raise BundleTooNew(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "This bundle has format %1, written by version %2; this program reads format %3. "
                "Install version %2 or later to import it.",
            ),
            fmt,
            str(manifest.get("app_version", "?"))[:20],
            READS_UP_TO,
        )
    return manifest


class _Digest:
    """The SHA-256 of a large member, computed on another thread (hashlib lets go of the GIL
    while it hashes) so that it overlaps decoding the ops."""

    def __init__(self, data: bytes) -> None:
        self.size = len(data)
        self._data: bytes | None = data
        self._hex = ""
        self._thread: threading.Thread | None = None
        if self.size >= _THREAD_FROM:
            self._thread = threading.Thread(target=self._run, name="bundle-sha256", daemon=True)
            self._thread.start()
        else:
            self._run()

    def _run(self) -> None:
        assert self._data is not None
        self._hex = _sha(self._data)
        self._data = None

    def value(self) -> tuple[int, str]:
        if self._thread is not None:
            self._thread.join()
        return self.size, self._hex


_THREAD_FROM = 1 << 20


def _check_member(manifest: dict[str, Any], name: str, digest: tuple[int, str]) -> None:
    """`digest`: (size, SHA-256 in hex) of the member as read."""
    info = (manifest.get("members") or {}).get(name)
    if not isinstance(info, dict) or (info.get("size"), info.get("sha256")) != digest:
        raise _reject(
            QT_TRANSLATE_NOOP(
                CONTEXT, "%1 in the bundle does not match its checksum (damaged or changed)."
            ),
            name,
        )


def _headers(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    raw = manifest.get("segments")
    if not isinstance(raw, list) or len(raw) > MAX_SEGMENTS:
        raise _reject(QT_TRANSLATE_NOOP(CONTEXT, "The bundle's manifest has no valid segments."))
    try:
        return [segments.check_header(h) for h in raw]
    except segments.InvalidSegment:
        raise _reject(QT_TRANSLATE_NOOP(CONTEXT, "The bundle's manifest has no valid segments.")) from None


def _decode_lines(data: bytes) -> list[Any]:
    """Every line of ops.jsonl decoded; one C-level parse when the file is well formed."""
    body = data.rstrip(b"\n")
    if not body:
        return []
    try:
        decoded = json.loads(b"[" + body.replace(b"\n", b",") + b"]")
        if isinstance(decoded, list) and len(decoded) == body.count(b"\n") + 1:
            return decoded  # (else a line held two values, or one spanned two lines)
    except (UnicodeDecodeError, ValueError, RecursionError):
        pass
    out = []  # find the line at fault, for the reason shown
    for number, line in enumerate(body.split(b"\n"), 1):
        try:
            out.append(json.loads(line))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise InvalidOp(f"line {number}: not valid JSON") from None
    raise InvalidOp("ops.jsonl is not one JSON object per line")


def _parse_ops(data: bytes, manifest: dict[str, Any], headers: list[dict[str, Any]]) -> list[Segment]:
    """The ops, cut into the manifest's segments; each segment's ops must be exactly its
    author's run first..last in order, and their digest the one the author signed."""
    batch = op_batch.decode_ops(data)  # the common case, checked column by column
    try:  # else the general path, line by line, names the line at fault
        ops = batch.ops if batch is not None else ops_from_wire(_decode_lines(data))
    except InvalidOp as exc:
        raise _reject(QT_TRANSLATE_NOOP(CONTEXT, "The bundle holds an invalid op (%1)."), str(exc)[:120]) from None
    counts = manifest.get("counts") or {}
    if not isinstance(counts, dict) or counts.get("ops") != len(ops):
        raise _reject(QT_TRANSLATE_NOOP(CONTEXT, "The bundle's op count does not match its manifest."))
    if sum(map(segments.count, headers)) != len(ops):
        raise _reject(QT_TRANSLATE_NOOP(CONTEXT, "The bundle's op ranges do not match its ops."))
    devices = batch.devices if batch is not None else tuple(o.device for o in ops)
    seqs = batch.seqs if batch is not None else tuple(o.seq for o in ops)
    out: list[Segment] = []
    start = 0
    for header in headers:
        first, last = int(header["first"]), int(header["last"])
        end = start + last - first + 1
        run = ops if (start, end) == (0, len(ops)) else ops[start:end]
        if seqs[start:end] != tuple(range(first, last + 1)):
            raise _reject(QT_TRANSLATE_NOOP(CONTEXT, "The bundle's op ranges do not match its ops."))
        if set(devices[start:end]) != {header["author"]}:
            raise _reject(
                QT_TRANSLATE_NOOP(CONTEXT, "An op in the bundle names another author than the segment that carries it.")
            )
        if segments.digest(run) != header["digest"]:
            raise _reject(
                QT_TRANSLATE_NOOP(CONTEXT, "The ops of a segment do not match what their author signed (changed or forged).")
            )
        out.append(Segment(header, run))
        start = end
    return out


def _unique(parts: list[Segment]) -> list[Op]:
    """Every op once; segments that overlap must say the same about the ops they share."""
    if len(parts) == 1:
        return parts[0].ops
    runs = ranges_of([part.header for part in parts])
    if sum(b - a + 1 for spans in runs.values() for a, b in spans) == sum(len(p.ops) for p in parts):
        return [op for part in parts for op in part.ops]  # no two segments share an op
    seen: dict[tuple[str, int], Op] = {}
    for part in parts:
        for op in part.ops:
            key = (op.device, op.seq)
            held = seen.get(key)
            if held is None:
                seen[key] = op
            elif held != op:
                raise _reject(
                    QT_TRANSLATE_NOOP(CONTEXT, "The bundle holds two different versions of one op.")
                )
    return list(seen.values())


def _parse_devices(data: bytes) -> list[dict[str, Any]]:
    try:
        devices = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _reject(QT_TRANSLATE_NOOP(CONTEXT, "devices.json in the bundle is not valid JSON.")) from None
    if not isinstance(devices, list) or not all(isinstance(d, dict) for d in devices):
        raise _reject(QT_TRANSLATE_NOOP(CONTEXT, "devices.json in the bundle is invalid."))
    return devices


def read_manifest(data: bytes, *, unwrap: Unwrap | None = None) -> dict[str, Any]:
    """Only the manifest (after the zip safety checks), e.g. to show what a file is."""
    if unwrap is not None:
        data = unwrap(data)
    members = limits.read_members(data, MEMBERS, MEMBERS)
    return _manifest(members["manifest.json"])


def read_bundle(
    data: bytes,
    *,
    verify_manifest: ManifestVerifier | None = None,
    unwrap: Unwrap | None = None,
    all_held: Callable[[list[dict[str, Any]]], bool] | None = None,
) -> Bundle:
    """Check and decode a bundle held in memory; raises BundleRejected/UnsafeBundle with a reason.

    `all_held(segment headers)` saying True (every segment is already held, with the same
    digest) skips decoding the ops once their checksum holds: re-importing costs little.
    """
    if unwrap is not None:
        data = unwrap(data)
    members = limits.read_members(data, MEMBERS, MEMBERS)
    ops_digest = _Digest(members["ops.jsonl"])  # hashed while the ops are decoded
    manifest = _manifest(members["manifest.json"])
    verifier = verify_manifest or VERIFIER
    if verifier is not None:
        verifier(manifest)
    try:
        bundle = _read_checked(manifest, members, all_held)
    except UserError:
        _check_member(manifest, "ops.jsonl", ops_digest.value())  # the first reason, as before
        raise
    _check_member(manifest, "ops.jsonl", ops_digest.value())
    return bundle


def _read_checked(
    manifest: dict[str, Any],
    members: dict[str, bytes],
    all_held: Callable[[list[dict[str, Any]]], bool] | None,
) -> Bundle:
    """The checks after the signature: ops.jsonl's checksum is the caller's."""
    if int(manifest["format"]) < OLDEST:
        raise _reject(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "This bundle was written by an older version of the program (format %1), whose bundles do "
                "not prove who wrote each change. Update the program on the computer that wrote it.",
            ),
            manifest["format"],
        )
    devices_bytes = members["devices.json"]
    _check_member(manifest, "devices.json", (len(devices_bytes), _sha(devices_bytes)))
    for key in ("bundle_id", "source_device"):
        if not isinstance(manifest.get(key), str) or not DEVICE_RE.match(manifest[key]):
            raise _reject(QT_TRANSLATE_NOOP(CONTEXT, "The bundle's manifest lacks %1."), key)
    vector = manifest.get("vector")
    if not isinstance(vector, dict) or not all(
        DEVICE_RE.match(str(k)) and isinstance(v, int) for k, v in vector.items()
    ):
        raise _reject(QT_TRANSLATE_NOOP(CONTEXT, "The bundle's version vector is invalid."))
    headers = _headers(manifest)
    devices = _parse_devices(members["devices.json"])
    if all_held is not None and all_held(headers):
        return Bundle(manifest, [], devices, all_known=True)
    parts = _parse_ops(members["ops.jsonl"], manifest, headers)
    return Bundle(manifest, _unique(parts), devices, segments=parts)
