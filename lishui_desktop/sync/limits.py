"""Reading a bundle zip safely, in memory only: a hostile file is refused with a reason.

Checks before anything is decompressed: total size, entry count, member names from a whitelist,
no duplicates, no absolute or `..` paths, only stored/deflated and unencrypted members,
declared sizes and compression ratio capped, and entries that overlap one another or the
central directory (the "overlapping entry" zip bomb; this Python's zipfile lacks CPython's
later fix) are refused by checking every local header's byte range. While decompressing,
actual sizes are capped at the declared ones.
"""

from __future__ import annotations

import ctypes
import io
import struct
import sys
import zipfile
import zlib
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.ziplimits import ZipLimits, overlapping, oversized_member

CONTEXT = "Bundle"
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_LOCAL_SIGNATURE = b"PK\x03\x04"
_END = struct.Struct("<4s4H2LH")
_CHUNK = 1 << 16


class UnsafeBundle(UserError):
    """The file is not a bundle this program will read (damaged, hostile or too large)."""

    context = CONTEXT


@dataclass(frozen=True)
class Limits(ZipLimits):
    """Caps for a bundle; the defaults fit a 100k-op bundle with ample room. The rules are
    lishui_desktop.ziplimits', shared with the workbook reader."""

    max_archive_bytes: int = 512 * 1024 * 1024
    max_entries: int = 16
    max_member_bytes: int = 1024 * 1024 * 1024
    max_total_bytes: int = 1536 * 1024 * 1024
    max_ratio: int = 200
    min_ratio_check: int = 64 * 1024


DEFAULT_LIMITS = Limits()


def _refuse(message: str, *args: object) -> UnsafeBundle:
    return UnsafeBundle(message, *args)


def _check_name(name: str, allowed: Collection[str]) -> None:
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or ":" in name or ".." in parts or "\x00" in name:
        raise _refuse(
            QT_TRANSLATE_NOOP("Bundle", "The bundle contains an unsafe path (%1)."), name[:80]
        )
    if name not in allowed:
        raise _refuse(
            QT_TRANSLATE_NOOP("Bundle", "The bundle contains an unexpected file (%1)."), name[:80]
        )


def _damaged(name: str) -> UnsafeBundle:
    return _refuse(QT_TRANSLATE_NOOP("Bundle", "The bundle is damaged (%1)."), name[:80])


_PERMS = {0, 0o600, 0o644, 0o666, 0o100600, 0o100644, 0o100666}


def _check_central(info: zipfile.ZipInfo) -> None:
    """Fields zipfile ignores must hold what this program writes, so no byte goes unchecked."""
    canonical = (
        info.volume == 0
        and info.reserved == 0
        and info.internal_attr == 0
        and not info.comment
        and not info.extra
        and info.create_system in (0, 3)
        and info.create_version in (20, 45)
        and info.extract_version in (20, 45)
        and not info.flag_bits & ~0x800  # only the UTF-8 name flag
        and info.external_attr & 0xFFFF == 0
        and info.external_attr >> 16 in _PERMS
    )
    if not canonical:
        raise _damaged(info.filename)


def _data_range(data: bytes, info: zipfile.ZipInfo) -> tuple[int, int, int]:
    """(header start, data start, end) of an entry."""
    start = info.header_offset
    header = data[start : start + _LOCAL_HEADER.size]
    if len(header) < _LOCAL_HEADER.size or header[:4] != _LOCAL_SIGNATURE:
        raise _refuse(
            QT_TRANSLATE_NOOP("Bundle", "The bundle is damaged (a file header is missing).")
        )
    name_len, extra_len = _LOCAL_HEADER.unpack(header)[9:11]
    data_start = start + _LOCAL_HEADER.size + name_len + extra_len
    end = data_start + info.compress_size
    if end > len(data):
        raise _refuse(QT_TRANSLATE_NOOP("Bundle", "The bundle is truncated."))
    return start, data_start, end


def _check_local(data: bytes, info: zipfile.ZipInfo) -> None:
    """The local header must agree with the central directory on every field."""
    start = info.header_offset
    _sig, version, flags, method, mtime, mdate, crc, csize, usize, name_len, extra_len = (
        _LOCAL_HEADER.unpack(data[start : start + _LOCAL_HEADER.size])
    )
    dt = info.date_time
    central_time = (dt[3] << 11) | (dt[4] << 5) | (dt[5] // 2)
    central_date = ((dt[0] - 1980) << 9) | (dt[1] << 5) | dt[2]
    name = data[start + _LOCAL_HEADER.size : start + _LOCAL_HEADER.size + name_len]
    encoding = "utf-8" if info.flag_bits & 0x800 else "cp437"
    agrees = (
        (version, flags, method, crc, csize, usize)
        == (
            info.extract_version,
            info.flag_bits,
            info.compress_type,
            info.CRC,
            info.compress_size,
            info.file_size,
        )
        and (mtime, mdate) == (central_time, central_date)
        and extra_len == 0
        and name == info.filename.encode(encoding, errors="replace")
    )
    if not agrees:
        raise _damaged(info.filename)


def _check_layout(
    data: bytes, infos: list[zipfile.ZipInfo], spans: list[tuple[int, int, int]], central_start: int
) -> None:
    """Entries must follow each other without gaps or overlaps from byte 0 to the directory,
    and the directory must end the file: nothing hidden, nothing counted twice."""
    if overlapping([(start, end) for start, _data_start, end in spans], central_start):
        raise _refuse(
            QT_TRANSLATE_NOOP("Bundle", "The bundle has overlapping entries (a zip bomb).")
        )
    previous_end = 0
    for start, _data_start, end in sorted(spans):
        if start != previous_end:
            raise _damaged("layout")
        previous_end = end
    pos = central_start
    for info in infos:  # walk the directory by its own length fields: they must add up
        name = info.orig_filename.encode("utf-8")
        fields = data[pos + 28 : pos + 34]
        if data[pos : pos + 4] != b"PK\x01\x02" or fields != struct.pack("<3H", len(name), 0, 0):
            raise _damaged("layout")
        pos += 46 + len(name)
    eocd = data[-_END.size :]
    if len(data) < _END.size or previous_end != central_start:
        raise _damaged("layout")
    sig, disk, cd_disk, on_disk, total, cd_size, cd_start, comment_len = _END.unpack(eocd)
    expected_cd = sum(46 + len(info.orig_filename.encode("utf-8")) for info in infos)
    if (sig, disk, cd_disk, comment_len) != (b"PK\x05\x06", 0, 0, 0) or not (
        on_disk == total == len(infos)
        and cd_start == central_start
        and cd_size == expected_cd
        and cd_start + cd_size == len(data) - _END.size
    ):
        raise _damaged("layout")


_MMAP_THRESHOLD_SET: list[bool] = []


def return_large_buffers() -> None:
    """Ask glibc's malloc to give every block of 64 KB or more straight back to the system
    when it is freed (mallopt M_MMAP_THRESHOLD; by default the threshold climbs to the largest
    block freed, up to 32 MB, and then the megabytes a bundle is read in stay in the heap,
    pinned by small objects allocated after them: the resident size kept growing by ~100 MB
    over an import). Nothing elsewhere (Windows, macOS, musl)."""
    if _MMAP_THRESHOLD_SET or not sys.platform.startswith("linux"):
        return
    _MMAP_THRESHOLD_SET.append(True)
    try:
        libc = ctypes.CDLL(None)
        libc.mallopt(-3, 64 * 1024)  # M_MMAP_THRESHOLD (fixed from then on)
    except (OSError, AttributeError):  # not glibc
        pass


def member_blocks(data: bytes, info: zipfile.ZipInfo, data_start: int, block: int = 1 << 22) -> Iterator[bytes]:
    """One member decompressed ourselves, in blocks of about `block` bytes: capped at its
    declared size, the deflate stream must end exactly at the end of its data, and the CRC
    must match (checked when the last block has been given out)."""
    raw = memoryview(data)[data_start : data_start + info.compress_size]
    crc, size = 0, 0
    if info.compress_type == zipfile.ZIP_STORED:
        for start in range(0, len(raw), block):
            piece = bytes(raw[start : start + block])
            crc, size = zlib.crc32(piece, crc), size + len(piece)
            yield piece
    else:
        inflater = zlib.decompressobj(-15)
        pending: bytes | memoryview = raw
        while True:
            try:
                out = inflater.decompress(pending, block)
            except zlib.error:
                raise _refuse(
                    QT_TRANSLATE_NOOP("Bundle", "The file is not a bundle or it is damaged or truncated.")
                ) from None
            pending = inflater.unconsumed_tail
            size += len(out)
            if size > info.file_size:
                raise _refuse(
                    QT_TRANSLATE_NOOP("Bundle", "A file in the bundle is larger than it declares (%1)."),
                    info.filename,
                )
            if out:
                crc = zlib.crc32(out, crc)
                yield out
            if inflater.eof or (not out and not pending):
                break
        if not inflater.eof or inflater.unused_data or inflater.unconsumed_tail:
            raise _damaged(info.filename)
    if size != info.file_size or crc != info.CRC:
        raise _damaged(info.filename)


def _read_member(data: bytes, info: zipfile.ZipInfo, data_start: int) -> bytes:
    """One member whole (checked as member_blocks checks it)."""
    return b"".join(member_blocks(data, info, data_start, max(info.file_size, 1) + 1))


@dataclass(frozen=True)
class Member:
    """A member left in the zip, to be read in blocks (and as often as needed)."""

    data: bytes
    info: zipfile.ZipInfo
    data_start: int

    @property
    def size(self) -> int:
        return int(self.info.file_size)

    def blocks(self, block: int = 1 << 22) -> Iterator[bytes]:
        return member_blocks(self.data, self.info, self.data_start, block)


def read_members(
    data: bytes,
    allowed: Collection[str],
    required: Collection[str] = (),
    limits: Limits = DEFAULT_LIMITS,
) -> dict[str, bytes]:
    """The members of a zip held in memory, after every safety check; raises UnsafeBundle."""
    return open_members(data, allowed, required, limits)[0]


def open_members(
    data: bytes,
    allowed: Collection[str],
    required: Collection[str] = (),
    limits: Limits = DEFAULT_LIMITS,
    streamed: Collection[str] = (),
) -> tuple[dict[str, bytes], dict[str, Member]]:
    """read_members, except that the members named in `streamed` are not decompressed here:
    they come as a Member, read in blocks by the caller (a bundle's ops.jsonl, many times the
    size of the zip)."""
    if len(data) > limits.max_archive_bytes:
        raise _refuse(QT_TRANSLATE_NOOP("Bundle", "The bundle is too large (%1 bytes)."), len(data))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, struct.error,
            NotImplementedError):  # NotImplementedError: "zip file version 6.4" (a damaged header)
        raise _refuse(
            QT_TRANSLATE_NOOP("Bundle", "The file is not a bundle or it is damaged or truncated.")
        ) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_entries:
            raise _refuse(
                QT_TRANSLATE_NOOP("Bundle", "The bundle has too many files (%1)."), len(infos)
            )
        seen: set[str] = set()
        for info in infos:
            _check_name(info.filename, allowed)
            if info.filename in seen:
                raise _refuse(
                    QT_TRANSLATE_NOOP("Bundle", "The bundle contains the file %1 twice."),
                    info.filename,
                )
            seen.add(info.filename)
            if info.flag_bits & 0x1 or info.compress_type not in (
                zipfile.ZIP_STORED,
                zipfile.ZIP_DEFLATED,
            ):
                raise _refuse(
                    QT_TRANSLATE_NOOP("Bundle", "The bundle uses an unsupported compression (%1)."),
                    info.filename,
                )
            if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
                raise _refuse(
                    QT_TRANSLATE_NOOP("Bundle", "The bundle is damaged (%1)."), info.filename
                )
        oversized = oversized_member(infos, limits)
        if oversized is not None:
            raise _refuse(
                QT_TRANSLATE_NOOP("Bundle", "A file in the bundle is too large when unpacked (%1)."),
                oversized.filename,
            )
        missing = [name for name in required if name not in seen]
        if missing:
            raise _refuse(
                QT_TRANSLATE_NOOP("Bundle", "The bundle is incomplete: %1 is missing."),
                ", ".join(missing),
            )
        for info in infos:
            _check_central(info)
        spans = {info.filename: _data_range(data, info) for info in infos}
        _check_layout(
            data, infos, list(spans.values()), int(getattr(archive, "start_dir", len(data)))
        )
        for info in infos:
            _check_local(data, info)
        if archive.comment:
            raise _damaged("comment")
        try:
            return (
                {
                    info.filename: _read_member(data, info, spans[info.filename][1])
                    for info in infos if info.filename not in streamed
                },
                {
                    info.filename: Member(data, info, spans[info.filename][1])
                    for info in infos if info.filename in streamed
                },
            )
        except zlib.error:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Bundle", "The file is not a bundle or it is damaged or truncated."
                )
            ) from None
