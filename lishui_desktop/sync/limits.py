"""Reading a bundle zip safely, in memory only: a hostile file is refused with a reason.

Checks before anything is decompressed: total size, entry count, member names from a whitelist,
no duplicates, no absolute or `..` paths, only stored/deflated and unencrypted members,
declared sizes and compression ratio capped, and entries that overlap one another or the
central directory (the "overlapping entry" zip bomb; this Python's zipfile lacks CPython's
later fix) are refused by checking every local header's byte range. While decompressing,
actual sizes are capped at the declared ones.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Collection
from dataclasses import dataclass

from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Bundle"
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_LOCAL_SIGNATURE = b"PK\x03\x04"
_CHUNK = 1 << 16


class UnsafeBundle(UserError):
    """The file is not a bundle this program will read (damaged, hostile or too large)."""

    context = CONTEXT


@dataclass(frozen=True)
class Limits:
    """Caps for one archive; the defaults fit a 100k-op bundle with ample room."""

    max_archive_bytes: int = 512 * 1024 * 1024
    max_entries: int = 16
    max_member_bytes: int = 1024 * 1024 * 1024
    max_total_bytes: int = 1536 * 1024 * 1024
    max_ratio: int = 200  # uncompressed / compressed, for members above min_ratio_check bytes
    min_ratio_check: int = 64 * 1024


DEFAULT_LIMITS = Limits()


def _refuse(message: str, *args: object) -> UnsafeBundle:
    return UnsafeBundle(message, *args)


def _check_name(name: str, allowed: Collection[str]) -> None:
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or ":" in name or ".." in parts or "\x00" in name:
        raise _refuse(
            QT_TRANSLATE_NOOP(CONTEXT, "The bundle contains an unsafe path (%1)."), name[:80]
        )
    if name not in allowed:
        raise _refuse(
            QT_TRANSLATE_NOOP(CONTEXT, "The bundle contains an unexpected file (%1)."), name[:80]
        )


def _data_range(data: bytes, info: zipfile.ZipInfo) -> tuple[int, int]:
    """Byte range [start, end) of an entry: its local header plus compressed data."""
    start = info.header_offset
    header = data[start : start + _LOCAL_HEADER.size]
    if len(header) < _LOCAL_HEADER.size or header[:4] != _LOCAL_SIGNATURE:
        raise _refuse(
            QT_TRANSLATE_NOOP(CONTEXT, "The bundle is damaged (a file header is missing).")
        )
    fields = _LOCAL_HEADER.unpack(header)
    name_len, extra_len = fields[9], fields[10]
    end = start + _LOCAL_HEADER.size + name_len + extra_len + info.compress_size
    if end > len(data):
        raise _refuse(QT_TRANSLATE_NOOP(CONTEXT, "The bundle is truncated."))
    return start, end


def _check_layout(data: bytes, infos: list[zipfile.ZipInfo], central_start: int) -> None:
    ranges = sorted(_data_range(data, info) for info in infos)
    previous_end = 0
    for start, end in ranges:
        if start < previous_end:
            raise _refuse(
                QT_TRANSLATE_NOOP(CONTEXT, "The bundle has overlapping entries (a zip bomb).")
            )
        previous_end = end
    if previous_end > central_start:
        raise _refuse(
            QT_TRANSLATE_NOOP(CONTEXT, "The bundle has overlapping entries (a zip bomb).")
        )


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    out = bytearray()
    with archive.open(info) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                break
            out += chunk
            if len(out) > info.file_size:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        CONTEXT, "A file in the bundle is larger than it declares (%1)."
                    ),
                    info.filename,
                )
    if len(out) != info.file_size:
        raise _refuse(QT_TRANSLATE_NOOP(CONTEXT, "The bundle is truncated."))
    return bytes(out)


def read_members(
    data: bytes,
    allowed: Collection[str],
    required: Collection[str] = (),
    limits: Limits = DEFAULT_LIMITS,
) -> dict[str, bytes]:
    """The members of a zip held in memory, after every safety check; raises UnsafeBundle."""
    if len(data) > limits.max_archive_bytes:
        raise _refuse(QT_TRANSLATE_NOOP(CONTEXT, "The bundle is too large (%1 bytes)."), len(data))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, struct.error):
        raise _refuse(
            QT_TRANSLATE_NOOP(CONTEXT, "The file is not a bundle or it is damaged or truncated.")
        ) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_entries:
            raise _refuse(
                QT_TRANSLATE_NOOP(CONTEXT, "The bundle has too many files (%1)."), len(infos)
            )
        seen: set[str] = set()
        total = 0
        for info in infos:
            _check_name(info.filename, allowed)
            if info.filename in seen:
                raise _refuse(
                    QT_TRANSLATE_NOOP(CONTEXT, "The bundle contains the file %1 twice."),
                    info.filename,
                )
            seen.add(info.filename)
            if info.flag_bits & 0x1 or info.compress_type not in (
                zipfile.ZIP_STORED,
                zipfile.ZIP_DEFLATED,
            ):
                raise _refuse(
                    QT_TRANSLATE_NOOP(CONTEXT, "The bundle uses an unsupported compression (%1)."),
                    info.filename,
                )
            if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
                raise _refuse(
                    QT_TRANSLATE_NOOP(CONTEXT, "The bundle is damaged (%1)."), info.filename
                )
            total += info.file_size
            too_big = info.file_size > limits.max_member_bytes or total > limits.max_total_bytes
            ratio_bad = (
                info.file_size > limits.min_ratio_check
                and info.file_size > limits.max_ratio * max(info.compress_size, 1)
            )
            if too_big or ratio_bad:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        CONTEXT, "A file in the bundle is too large when unpacked (%1)."
                    ),
                    info.filename,
                )
        missing = [name for name in required if name not in seen]
        if missing:
            raise _refuse(
                QT_TRANSLATE_NOOP(CONTEXT, "The bundle is incomplete: %1 is missing."),
                ", ".join(missing),
            )
        _check_layout(data, infos, int(getattr(archive, "start_dir", len(data))))
        try:
            return {info.filename: _read_member(archive, info) for info in infos}
        except UnsafeBundle:
            raise
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            OSError,
            ValueError,
            NotImplementedError,
            struct.error,
        ):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    CONTEXT, "The file is not a bundle or it is damaged or truncated."
                )
            ) from None
