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
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
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
    segments: list[Segment] = field(default_factory=list)  # (from open_bundle: without their ops)
    source: OpSource | None = None  # the ops, read in chunks (open_bundle)

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


@dataclass(frozen=True)
class PartToWrite:
    """A segment to write: its ops.jsonl lines in pieces, and its header once they are all
    written (an own segment is signed over the digest of its ops, taken as they go by)."""

    author: str
    first: int
    last: int
    lines: Iterable[Sequence[str]]
    header: Callable[[], dict[str, Any]]


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
    return write_bundle(
        manifest,
        [PartToWrite(str(h.get("author")), 0, 0, [lines], lambda h=h: h) for h, lines in parts],  # type: ignore[misc]
        devices,
        sign_manifest=sign_manifest,
    )


def write_bundle(
    manifest: dict[str, Any],
    parts: Iterable[PartToWrite],
    devices: list[dict[str, Any]],
    *,
    sign_manifest: ManifestSigner | None = None,
) -> bytes:
    """build_bundle with ops.jsonl written into the zip piece by piece as the parts give their
    lines (never the whole member in memory: only the compressed zip)."""
    dev_bytes = json.dumps(devices, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    out = io.BytesIO()
    headers: list[dict[str, Any]] = []
    sha, size, count = hashlib.sha256(), 0, 0
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open(_entry("ops.jsonl"), "w") as member:
            for part in parts:
                for lines in part.lines:
                    # joined a few thousand lines at a time: one join of every line holds the
                    # GIL for hundreds of milliseconds, and the window (whose thread needs it)
                    # freezes meanwhile
                    for i in range(0, len(lines), LINES_AT_ONCE):
                        piece = ("\n".join(lines[i : i + LINES_AT_ONCE]) + "\n").encode("utf-8")
                        sha.update(piece)
                        member.write(piece)
                        size += len(piece)
                    count += len(lines)
                headers.append(part.header())
        archive.writestr(_entry("devices.json"), dev_bytes)
        full = {
            "kind": KIND,
            "format": FORMAT,
            "min_reader_format": FORMAT,
            "app_version": __version__,
            "schema_version": SCHEMA_VERSION,
            **manifest,
            "segments": headers,
            "ranges": ranges_of(headers),
            "counts": {"ops": count, "devices": len(devices)},
            "members": {
                "ops.jsonl": {"size": size, "sha256": sha.hexdigest()},
                "devices.json": {"size": len(dev_bytes), "sha256": _sha(dev_bytes)},
            },
            "signature": None,
        }
        signer = sign_manifest or SIGNER
        if signer is not None:
            full = signer(full)
        man_bytes = json.dumps(full, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
        archive.writestr(_entry("manifest.json"), man_bytes)
    return out.getvalue()


def _entry(name: str) -> zipfile.ZipInfo:
    """A member's entry as ZipFile.writestr makes it (time now, deflated, mode 600)."""
    info = zipfile.ZipInfo(name, date_time=time.localtime(time.time())[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    return info


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
        raise _reject(QT_TRANSLATE_NOOP("Bundle", "The bundle's manifest is not valid JSON.")) from None
    if not isinstance(manifest, dict) or manifest.get("kind") != KIND:
        raise _reject(QT_TRANSLATE_NOOP("Bundle", "The file is not a lishui bundle."))
    fmt, need = manifest.get("format"), manifest.get("min_reader_format")
    if not isinstance(fmt, int) or not isinstance(need, int):
        raise _reject(QT_TRANSLATE_NOOP("Bundle", "The bundle's manifest has no format number."))
    if need > READS_UP_TO:
        raise BundleTooNew(
            QT_TRANSLATE_NOOP(
                "Bundle",
                "This bundle has format %1, written by version %2; this program reads format %3. "
                "Install version %2 or later to import it.",
            ),
            fmt,
            str(manifest.get("app_version", "?"))[:20],
            READS_UP_TO,
        )
    return manifest


def _check_member(manifest: dict[str, Any], name: str, digest: tuple[int, str]) -> None:
    """`digest`: (size, SHA-256 in hex) of the member as read."""
    info = (manifest.get("members") or {}).get(name)
    if not isinstance(info, dict) or (info.get("size"), info.get("sha256")) != digest:
        raise _reject(
            QT_TRANSLATE_NOOP(
                "Bundle", "%1 in the bundle does not match its checksum (damaged or changed)."
            ),
            name,
        )


def _headers(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    raw = manifest.get("segments")
    if not isinstance(raw, list) or len(raw) > MAX_SEGMENTS:
        raise _reject(QT_TRANSLATE_NOOP("Bundle", "The bundle's manifest has no valid segments."))
    try:
        return [segments.check_header(h) for h in raw]
    except segments.InvalidSegment:
        raise _reject(QT_TRANSLATE_NOOP("Bundle", "The bundle's manifest has no valid segments.")) from None


def _decode_lines(data: bytes, first_line: int = 1) -> list[Any]:
    """Every line of ops.jsonl decoded; one C-level parse when the file is well formed.
    `first_line`: the number of the first line of `data` (a chunk of the member)."""
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
    for number, line in enumerate(body.split(b"\n"), first_line):
        try:
            out.append(json.loads(line))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise InvalidOp(f"line {number}: not valid JSON") from None
    raise InvalidOp("ops.jsonl is not one JSON object per line")


CHUNK_BYTES = 1 << 21  # ops.jsonl is decoded 2 MB (about 10,000 ops) at a time
# A bundle's ops are read twice (checked, then applied); up to this size of ops.jsonl (about
# 120,000 ops, 70 MB decoded) they are decoded once and kept in between.
KEEP_BYTES = 24 << 20


def _overlaps(headers: list[dict[str, Any]]) -> dict[str, list[tuple[int, int]]]:
    """Per author, the sequence numbers more than one segment holds (usually none)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for h in headers:
        spans.setdefault(str(h["author"]), []).append((int(h["first"]), int(h["last"])))
    out: dict[str, list[tuple[int, int]]] = {}
    for author, runs in spans.items():
        reach = 0
        for low, high in sorted(runs):
            if low <= reach:
                out.setdefault(author, []).append((low, min(high, reach)))
            reach = max(reach, high)
    return out


class OpSource:
    """The ops of a bundle read from its ops.jsonl member in chunks, as often as needed:
    never all of them at once (the member is many times the size of the zip). Each reading
    checks them as the whole file was checked: valid ops, as many as the manifest says, each
    segment exactly its author's run first..last in order, its digest the one the author
    signed (hashed piece by piece), and ops two segments share the same in both."""

    def __init__(self, member: limits.Member, manifest: dict[str, Any], headers: list[dict[str, Any]],
                 chunk_bytes: int = CHUNK_BYTES) -> None:
        self.member, self.manifest, self.headers = member, manifest, headers
        self.chunk_bytes = chunk_bytes
        self.overlaps = _overlaps(headers)
        self._whole: bytes | None = None  # the member, when it is one chunk
        self._kept: list[tuple[op_batch.Batch, bool]] | None = None  # a small member's ops, decoded

    def hold(self, whole: bytes) -> None:
        """The member's bytes as read already for its checksum (a member of at most
        KEEP_BYTES: not decompressed again; let go once its ops are decoded and kept)."""
        if len(whole) <= max(self.chunk_bytes, KEEP_BYTES):
            self._whole = whole

    def _pieces(self) -> Iterator[bytes]:
        """The member cut after a line's end, about chunk_bytes each; the last piece may end
        without a newline."""
        whole = self._whole
        if whole is not None:
            start = 0
            while start < len(whole):
                end = whole.rfind(b"\n", start, start + self.chunk_bytes) + 1
                if end <= start:  # a line longer than a chunk: up to its end
                    end = whole.find(b"\n", start + self.chunk_bytes) + 1 or len(whole)
                yield whole[start:end]
                start = end
            return
        carry = b""
        for block in self.member.blocks(self.chunk_bytes):
            buf = carry + block if carry else block
            end = buf.rfind(b"\n") + 1
            if end:
                yield buf[:end]
            carry = buf[end:]
        if carry:
            yield carry

    def _decoded_pieces(self) -> Iterator[tuple[op_batch.Batch, bool]]:
        """(ops of a piece with their numbers and authors, is it the last piece). A member of
        at most KEEP_BYTES is decoded once: its ops are kept from the first reading for the next."""
        if self._kept is not None:
            yield from self._kept
            return
        keep: list[tuple[op_batch.Batch, bool]] | None = [] if self.member.size <= KEEP_BYTES else None
        line = 1
        pieces = self._pieces()
        piece: bytes | None = next(pieces, b"")  # an empty member: no op, checked as such
        while piece is not None:
            following = next(pieces, None)
            batch = op_batch.decode_ops(piece)  # the common case, checked column by column: an op a line
            if batch is not None:
                line += len(batch.ops)
            else:  # the general path, line by line, names the line at fault
                try:
                    batch = op_batch.batch_of(ops_from_wire(_decode_lines(piece, line), start=line))
                except InvalidOp as exc:
                    raise _reject(QT_TRANSLATE_NOOP("Bundle", "The bundle holds an invalid op (%1)."), str(exc)[:120]) from None
                line += piece.count(b"\n")
            if keep is not None:
                keep.append((batch, following is None))
            yield batch, following is None
            piece = following
        self._kept = keep
        if keep is not None:
            self._whole = None  # (its ops are kept)

    def segments(self, check: bool = True) -> Iterator[tuple[int, list[Op]]]:
        """(index of a segment in `headers`, its next ops), in order; every op of every
        segment, ops shared by two segments in both. Raises BundleRejected (`check`: also
        each segment's digest and the shared ops; a bundle read again is not hashed again)."""
        counts = self.manifest.get("counts") or {}
        declared = counts.get("ops") if isinstance(counts, dict) else None
        in_ranges = sum(map(segments.count, self.headers))
        total, index, done = 0, 0, 0  # ops read; the segment being read; its ops read
        digester = segments.Digester()
        shared: dict[tuple[str, int], Op] = {}
        # Ops kept from a first reading are the very objects it checked: their numbers and
        # authors are not compared again (a reading that decodes again checks them all).
        replayed = not check and self._kept is not None
        for piece, last in self._decoded_pieces():
            ops = piece.ops
            total += len(ops)
            count_wrong = declared != total if last else not isinstance(declared, int) or total > declared
            if count_wrong:  # (before the last piece: only when there are too many already)
                raise _reject(QT_TRANSLATE_NOOP("Bundle", "The bundle's op count does not match its manifest."))
            if (in_ranges != total) if last else (total > in_ranges):
                raise _reject(QT_TRANSLATE_NOOP("Bundle", "The bundle's op ranges do not match its ops."))
            start = 0
            while start < len(ops):
                header = self.headers[index]
                first, size = int(header["first"]), segments.count(header)
                end = start + min(size - done, len(ops) - start)
                run = ops if (start, end) == (0, len(ops)) else ops[start:end]
                if not replayed and piece.seqs[start:end] != tuple(range(first + done, first + done + end - start)):
                    raise _reject(QT_TRANSLATE_NOOP("Bundle", "The bundle's op ranges do not match its ops."))
                authors = {piece.one_device} if piece.one_device is not None else set(piece.devices[start:end])
                if not replayed and authors != {header["author"]}:
                    raise _reject(
                        QT_TRANSLATE_NOOP("Bundle", "An op in the bundle names another author than the segment that carries it.")
                    )
                if check:
                    digester.update(run)
                    self._check_shared(header, run, shared)
                done += end - start
                if done == size:
                    if check and digester.hexdigest() != header["digest"]:
                        raise _reject(
                            QT_TRANSLATE_NOOP("Bundle", "The ops of a segment do not match what their author signed (changed or forged).")
                        )
                    digester, done = segments.Digester(), 0
                yield index, run
                index += done == 0
                start = end

    def _check_shared(self, header: dict[str, Any], run: list[Op], shared: dict[tuple[str, int], Op]) -> None:
        spans = self.overlaps.get(str(header["author"]))
        if not spans:
            return
        for op in run:
            if any(low <= op.seq <= high for low, high in spans):
                held = shared.setdefault((op.device, op.seq), op)
                if held != op:
                    raise _reject(QT_TRANSLATE_NOOP("Bundle", "The bundle holds two different versions of one op."))

    def unique(self, check: bool = True) -> Iterator[list[Op]]:
        """Every op once, in chunks (ops two segments share: from the first); each chunk one
        author's ops in sequence order."""
        given: set[tuple[str, int]] = set()  # only ops in an overlap are remembered
        for index, run in self.segments(check):
            spans = self.overlaps.get(str(self.headers[index]["author"]))
            if spans:
                kept = []
                for op in run:
                    if any(low <= op.seq <= high for low, high in spans):
                        key = (op.device, op.seq)
                        if key in given:
                            continue
                        given.add(key)
                    kept.append(op)
                run = kept
            if run:
                yield run


def _parse_devices(data: bytes) -> list[dict[str, Any]]:
    try:
        devices = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _reject(QT_TRANSLATE_NOOP("Bundle", "devices.json in the bundle is not valid JSON.")) from None
    if not isinstance(devices, list) or not all(isinstance(d, dict) for d in devices):
        raise _reject(QT_TRANSLATE_NOOP("Bundle", "devices.json in the bundle is invalid."))
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
    Every op is decoded into memory: `open_bundle` reads them in chunks instead.
    """
    bundle = open_bundle(data, verify_manifest=verify_manifest, unwrap=unwrap, all_held=all_held)
    if bundle.source is None:
        return bundle
    by_segment: list[list[Op]] = [[] for _ in bundle.source.headers]
    for index, run in bundle.source.segments():
        by_segment[index].extend(run)
    parts = [Segment(header, ops) for header, ops in zip(bundle.source.headers, by_segment, strict=True)]
    if len(parts) == 1:
        ops = parts[0].ops
    elif not bundle.source.overlaps:
        ops = [op for part in parts for op in part.ops]
    else:
        ops = [op for run in bundle.source.unique(check=False) for op in run]
    return Bundle(bundle.manifest, ops, bundle.devices, segments=parts)


def open_bundle(
    data: bytes,
    *,
    verify_manifest: ManifestVerifier | None = None,
    unwrap: Unwrap | None = None,
    all_held: Callable[[list[dict[str, Any]]], bool] | None = None,
) -> Bundle:
    """Check a bundle held in memory up to its ops, which stay in the zip: `bundle.source`
    reads and checks them chunk by chunk (None when all_known). Raises BundleRejected or
    UnsafeBundle with a reason; the ops' own faults are raised as `source` reads them."""
    limits.return_large_buffers()
    if unwrap is not None:
        data = unwrap(data)
    members, streamed = limits.open_members(data, MEMBERS, MEMBERS, streamed=("ops.jsonl",))
    ops_member = streamed["ops.jsonl"]
    ops_digest, whole = _member_digest(ops_member)  # its size and CRC checked first, as before
    manifest = _manifest(members["manifest.json"])
    verifier = verify_manifest or VERIFIER
    if verifier is not None:
        verifier(manifest)
    try:
        bundle = _read_checked(manifest, members, ops_member, all_held)
    except UserError:
        _check_member(manifest, "ops.jsonl", ops_digest)  # the first reason, as before
        raise
    _check_member(manifest, "ops.jsonl", ops_digest)
    if bundle.source is not None and whole is not None:
        bundle.source.hold(whole)
    return bundle


def _member_digest(member: limits.Member) -> tuple[tuple[int, str], bytes | None]:
    """(size, SHA-256) of a member read in blocks; and its bytes when it is at most
    KEEP_BYTES (its ops will be decoded once and kept)."""
    sha = hashlib.sha256()
    size = 0
    held: list[bytes] | None = [] if member.size <= KEEP_BYTES else None
    for block in member.blocks(CHUNK_BYTES):
        sha.update(block)
        size += len(block)
        if held is not None:
            held.append(block)
    return (size, sha.hexdigest()), b"".join(held) if held is not None else None


def _read_checked(
    manifest: dict[str, Any],
    members: dict[str, bytes],
    ops_member: limits.Member,
    all_held: Callable[[list[dict[str, Any]]], bool] | None,
) -> Bundle:
    """The checks after the signature: ops.jsonl's checksum is the caller's."""
    if int(manifest["format"]) < OLDEST:
        raise _reject(
            QT_TRANSLATE_NOOP(
                "Bundle",
                "This bundle was written by an older version of the program (format %1), whose bundles do "
                "not prove who wrote each change. Update the program on the computer that wrote it.",
            ),
            manifest["format"],
        )
    devices_bytes = members["devices.json"]
    _check_member(manifest, "devices.json", (len(devices_bytes), _sha(devices_bytes)))
    for key in ("bundle_id", "source_device"):
        if not isinstance(manifest.get(key), str) or not DEVICE_RE.match(manifest[key]):
            raise _reject(QT_TRANSLATE_NOOP("Bundle", "The bundle's manifest lacks %1."), key)
    vector = manifest.get("vector")
    if not isinstance(vector, dict) or not all(
        DEVICE_RE.match(str(k)) and isinstance(v, int) for k, v in vector.items()
    ):
        raise _reject(QT_TRANSLATE_NOOP("Bundle", "The bundle's version vector is invalid."))
    headers = _headers(manifest)
    devices = _parse_devices(members["devices.json"])
    if all_held is not None and all_held(headers):
        return Bundle(manifest, [], devices, all_known=True)
    source = OpSource(ops_member, manifest, headers)
    return Bundle(manifest, [], devices, segments=[Segment(h, []) for h in headers], source=source)
