"""Bundle files: a zip of manifest.json, ops.jsonl and devices.json, built and read in memory.

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
from dataclasses import dataclass
from typing import Any

from lishui_desktop import __version__
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.sync import limits, op_batch
from lishui_desktop.sync.hlc import MAX_HLC
from lishui_desktop.sync.ops import DEVICE_RE, InvalidOp, Op, ops_from_wire

CONTEXT = "Bundle"
FORMAT = 1  # what this program writes
READS_UP_TO = 1  # the newest format this program reads
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
class Bundle:
    manifest: dict[str, Any]
    ops: list[Op]
    devices: list[dict[str, Any]]
    all_known: bool = False  # every op is already held: ops were not decoded

    @property
    def bundle_id(self) -> str:
        return str(self.manifest["bundle_id"])

    @property
    def source_device(self) -> str:
        return str(self.manifest["source_device"])


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build_bundle(
    manifest: dict[str, Any],
    op_lines: list[str],
    devices: list[dict[str, Any]],
    *,
    sign_manifest: ManifestSigner | None = None,
) -> bytes:
    """The zip bytes of a bundle. `manifest` holds the descriptive fields (source device,
    ranges, vector ...); format, sizes, hashes and counts are filled in here."""
    ops_bytes = ("\n".join(op_lines) + "\n").encode("utf-8") if op_lines else b""
    dev_bytes = json.dumps(devices, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    full = {
        "kind": KIND,
        "format": FORMAT,
        "min_reader_format": 1,
        "app_version": __version__,
        "schema_version": SCHEMA_VERSION,
        **manifest,
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


def _ranges(manifest: dict[str, Any]) -> dict[str, list[tuple[int, int]]]:
    raw = manifest.get("ranges")
    if not isinstance(raw, dict):
        raise _reject(QT_TRANSLATE_NOOP(CONTEXT, "The bundle's manifest has no op ranges."))
    out: dict[str, list[tuple[int, int]]] = {}
    for device, spans in raw.items():
        if not DEVICE_RE.match(str(device)) or not isinstance(spans, list):
            raise _reject(QT_TRANSLATE_NOOP(CONTEXT, "The bundle's op ranges are invalid."))
        try:
            out[device] = [(int(a), int(b)) for a, b in spans]
        except (TypeError, ValueError):
            raise _reject(QT_TRANSLATE_NOOP(CONTEXT, "The bundle's op ranges are invalid.")) from None
        if not all(0 < a <= b <= MAX_HLC for a, b in out[device]):  # no empty or reversed span
            raise _reject(QT_TRANSLATE_NOOP(CONTEXT, "The bundle's op ranges are invalid."))
    return out


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


def _parse_ops(data: bytes, manifest: dict[str, Any]) -> list[Op]:
    batch = op_batch.decode_ops(data)  # the common case, checked column by column
    try:  # else the general path, line by line, names the line at fault
        ops = batch.ops if batch is not None else ops_from_wire(_decode_lines(data))
    except InvalidOp as exc:
        raise _reject(QT_TRANSLATE_NOOP(CONTEXT, "The bundle holds an invalid op (%1)."), str(exc)[:120]) from None
    counts = manifest.get("counts") or {}
    if not isinstance(counts, dict) or counts.get("ops") != len(ops):
        raise _reject(QT_TRANSLATE_NOOP(CONTEXT, "The bundle's op count does not match its manifest."))
    ranges = _ranges(manifest)
    if batch is not None and op_batch.spans_exact(batch, ranges):
        return ops
    if _spans_exact(ops, ranges):
        return ops
    idents = set()  # something is wrong: find the first fault, for the reason shown
    for op in ops:
        ident = (op.device, op.seq)
        if ident in idents:
            raise _reject(QT_TRANSLATE_NOOP(CONTEXT, "The bundle holds the same op twice."))
        idents.add(ident)
        if not any(a <= op.seq <= b for a, b in ranges.get(op.device, ())):
            raise _reject(QT_TRANSLATE_NOOP(CONTEXT, "The bundle holds ops outside its manifest's ranges."))
    expected = sum(b - a + 1 for spans in ranges.values() for a, b in spans)
    if expected != len(ops):
        raise _reject(QT_TRANSLATE_NOOP(CONTEXT, "The bundle's op ranges do not match its ops."))
    return ops


def _spans_exact(ops: list[Op], ranges: dict[str, list[tuple[int, int]]]) -> bool:
    """True when the ops are exactly the manifest's ranges, each op once (the common case,
    checked in bulk): no op twice, none outside, none missing."""
    by_device: dict[str, list[int]] = {}
    for op in ops:
        seqs = by_device.get(op.device)
        if seqs is None:
            seqs = by_device[op.device] = []
        seqs.append(op.seq)
    for device, seqs in by_device.items():
        spans = ranges.get(device) or []
        if any(b < a for a, b in spans) or sum(b - a + 1 for a, b in spans) != len(seqs):
            return False
        wanted: set[int] = set()
        for a, b in spans:
            wanted.update(range(a, b + 1))
        if len(wanted) != len(seqs) or wanted != set(seqs):
            return False
    expected = sum(b - a + 1 for spans in ranges.values() for a, b in spans)
    return expected == len(ops)


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
    all_held: Callable[[dict[str, list[tuple[int, int]]]], bool] | None = None,
) -> Bundle:
    """Check and decode a bundle held in memory; raises BundleRejected/UnsafeBundle with a reason.

    `all_held(ranges)` saying True (every op of the manifest is already held) skips decoding
    the ops once their checksum holds: re-importing a bundle costs little.
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
    all_held: Callable[[dict[str, list[tuple[int, int]]]], bool] | None,
) -> Bundle:
    """The checks after the signature: ops.jsonl's checksum is the caller's."""
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
    devices = _parse_devices(members["devices.json"])
    if all_held is not None and all_held(_ranges(manifest)):
        return Bundle(manifest, [], devices, all_known=True)
    return Bundle(manifest, _parse_ops(members["ops.jsonl"], manifest), devices)
