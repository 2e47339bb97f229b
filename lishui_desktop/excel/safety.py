"""Checking a workbook's zip container before any reader opens it.

An .xlsx (or .xlsb, .ods) is a zip of XML files. `check_zip` applies the archive rules the
bundle reader applies too (lishui_desktop.ziplimits: size, entries, unpacked sizes and ratio,
overlapping entries), with a workbook's numbers and words; `refuse_dtds` refuses XML parts
that declare entities.
"""

from __future__ import annotations

import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.excel.columns import ExcelError
from lishui_desktop.ziplimits import ZipLimits as ArchiveLimits
from lishui_desktop.ziplimits import overlapping, oversized_member

_LOCAL_HEADER = struct.Struct("<4s5H3L2H")


@dataclass(frozen=True)
class ZipLimits(ArchiveLimits):
    """Caps for a workbook (far above any real roster, far below a bomb); the rules are
    lishui_desktop.ziplimits', shared with the bundle reader."""

    max_archive_bytes: int = 200 * 1024 * 1024
    max_entries: int = 2000
    max_member_bytes: int = 512 * 1024 * 1024
    max_total_bytes: int = 1024 * 1024 * 1024
    max_ratio: int = 150
    min_ratio_check: int = 1024 * 1024


WORKBOOK_LIMITS = ZipLimits()
DAMAGED = QT_TRANSLATE_NOOP("Excel", "This file is not a workbook (xlsx, xls, ods or csv), or it is damaged.")
BOMB = QT_TRANSLATE_NOOP("Excel", "The workbook unpacks to far more data than it holds (a zip bomb); it was not opened.")


class UnsafeWorkbook(ExcelError):
    """The file is not a workbook this program will open."""


def _refuse(text: str, *args: object) -> UnsafeWorkbook:
    return UnsafeWorkbook(text, *args)


def check_zip(path: Path, limits: ZipLimits = WORKBOOK_LIMITS) -> list[str]:
    """Check the zip at `path` against `limits` without decompressing; returns member names.

    Raises UnsafeWorkbook when the file is too large, not a zip, or a zip bomb.
    """
    path = Path(path)
    size = path.stat().st_size
    if size > limits.max_archive_bytes:
        raise _refuse(QT_TRANSLATE_NOOP("Excel", "The file is too large to be a roster (%1 MB)."), size // (1024 * 1024))
    with path.open("rb") as handle:
        try:
            archive = zipfile.ZipFile(handle)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, struct.error, NotImplementedError):
            raise _refuse(DAMAGED) from None
        with archive:
            infos = archive.infolist()
            if len(infos) > limits.max_entries:
                raise _refuse(QT_TRANSLATE_NOOP("Excel", "The workbook has too many parts (%1); it is not a normal workbook."), len(infos))
            if oversized_member(infos, limits) is not None:
                raise _refuse(BOMB)
            _check_layout(handle, infos, size, int(getattr(archive, "start_dir", size)))
            return [info.filename for info in infos]


def _check_layout(handle: object, infos: list[zipfile.ZipInfo], size: int, central_start: int) -> None:
    """Entries may not overlap one another or the central directory (overlapping-entry bombs)."""
    ranges = []
    for info in infos:
        if not 0 <= info.header_offset < size:  # a shifted or damaged directory
            raise _refuse(DAMAGED)
        handle.seek(info.header_offset)  # type: ignore[attr-defined]
        header = handle.read(_LOCAL_HEADER.size)  # type: ignore[attr-defined]
        if len(header) < _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
            raise _refuse(DAMAGED)
        fields = _LOCAL_HEADER.unpack(header)
        end = info.header_offset + _LOCAL_HEADER.size + fields[9] + fields[10] + info.compress_size
        if end > size:
            raise _refuse(DAMAGED)
        ranges.append((info.header_offset, end))
    if overlapping(ranges, central_start):
        raise _refuse(BOMB)


PROLOG_BYTES = 4096  # a DOCTYPE can only stand before the root element


def refuse_dtds(archive: zipfile.ZipFile) -> None:
    """No XML part of a workbook may declare a DOCTYPE (entities): Office never writes one, and
    a reader that ignores it would read cells differently from Excel. Only each part's prolog
    is decompressed."""
    for info in archive.infolist():
        if not info.filename.endswith((".xml", ".rels")):
            continue
        with archive.open(info) as member:
            head = member.read(PROLOG_BYTES)
        if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
            raise _refuse(QT_TRANSLATE_NOOP("Excel", "The workbook contains XML this program refuses to read (%1)."), "DOCTYPE")
