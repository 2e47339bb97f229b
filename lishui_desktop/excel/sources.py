"""Opening any spreadsheet file as grids of cell values, whatever its name says.

The kind is sniffed from the content (a real .xlsx named .xls, .et or without extension is an
.xlsx): Office Open XML (xlsx, xlsm), binary xlsb, legacy BIFF (.xls, WPS .et), OpenDocument
(.ods), all read by python-calamine, and CSV or tab-separated text in UTF-8 (with or without
BOM), UTF-16 with BOM, or GBK/GB18030. Zip containers pass the zip checks of excel.safety
first, and a sheet's extent is bounded before calamine lays it out (a lone cell at XFD1048576
would make it allocate half a terabyte and abort the process; A1 and IV65536 in an .xls cost it
a gigabyte, see excel.biff; .xls and .ods are laid out whole as calamine opens them, so they are
bounded before it does). Only visible worksheets are read; hidden and very hidden ones are
named. Every failure is one UnsafeWorkbook message.
"""

from __future__ import annotations

import csv
import io
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.excel.biff import Encrypted, xls_extents
from lishui_desktop.excel.columns import LISTS_SHEET
from lishui_desktop.excel.extent import (
    MAX_CELLS,
    TooLarge,
    ods_layout,
    xlsb_extent,
    xlsx_big_integers,
    xlsx_extents,
)
from lishui_desktop.excel.safety import (
    DAMAGED,
    WORKBOOK_LIMITS,
    UnsafeWorkbook,
    check_zip,
    refuse_dtds,
)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls and WPS .et, or an encrypted package
ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
CSV_DELIMITERS = ",\t;"
CSV_SAMPLE = 64 * 1024
PROTECTED = QT_TRANSLATE_NOOP("Excel", "This workbook is protected by a password; open it in Excel or WPS, remove the password and save it again.")
_TEXT_ENCODINGS = ("utf-8-sig", "gb18030")
_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r"}


@dataclass
class Grid:
    """One worksheet's cells: rows[r][c] is the value at row r+1, column c+1 (None if empty);
    merged ranges as (first row, first column, last row, last column), 0-based, inclusive."""

    title: str
    rows: list[list[Any]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    exact: Callable[[], dict[tuple[int, int], int]] | None = None  # big integers as written (xlsx)


@dataclass
class SourceBook:
    """The visible worksheets of a file, in order, and the names of the hidden ones."""

    kind: str  # xlsx, xlsb, xls, ods or csv
    grids: list[Grid]
    hidden: list[str] = field(default_factory=list)


def _refuse(text: str = DAMAGED, *args: object) -> UnsafeWorkbook:
    return UnsafeWorkbook(text, *args)


def _zip_kind(names: set[str], data: bytes) -> str:
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "xl/workbook.bin" in names:
        return "xlsb"
    if "content.xml" in names and ("mimetype" not in names or b"opendocument.spreadsheet" in data[:200]):
        return "ods"
    if "word/document.xml" in names or "ppt/presentation.xml" in names:
        raise _refuse(QT_TRANSLATE_NOOP("Excel", "This is a Word or PowerPoint file, not a workbook."))
    raise _refuse()


def sniff(path: Path, data: bytes) -> str:
    """The kind of spreadsheet `data` (the file's bytes) holds; refuses what no reader takes."""
    if data[:8] == OLE_MAGIC:
        if ENCRYPTED in data:
            raise _refuse(PROTECTED)
        return "xls"
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return _zip_kind(set(check_zip(path, WORKBOOK_LIMITS)), data)
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml", b"<meta", b"mime-version")):
        raise _refuse(QT_TRANSLATE_NOOP("Excel", "This file is a web page or XML saved under a spreadsheet name; open it in Excel or WPS and save it as .xlsx."))
    if data[:5] == b"%PDF-":
        raise _refuse(QT_TRANSLATE_NOOP("Excel", "This is a PDF file, not a workbook."))
    return "csv"


def read_source(path: Path) -> SourceBook:
    """Every visible worksheet of the file at `path` as a Grid; raises UnsafeWorkbook."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise _refuse(QT_TRANSLATE_NOOP("Excel", "The file %1 does not exist."), path.name) from None
    except OSError:
        raise _refuse(QT_TRANSLATE_NOOP("Excel", "The file %1 cannot be read."), path.name) from None
    if size > WORKBOOK_LIMITS.max_archive_bytes:
        raise _refuse(QT_TRANSLATE_NOOP("Excel", "The file is too large to be a roster (%1 MB)."), size // (1024 * 1024))
    try:
        data = path.read_bytes()
    except OSError:
        raise _refuse(QT_TRANSLATE_NOOP("Excel", "The file %1 cannot be read."), path.name) from None
    if not data:
        raise _refuse(QT_TRANSLATE_NOOP("Excel", "The file %1 is empty."), path.name)
    kind = sniff(path, data)
    if kind == "csv":
        return SourceBook(kind, [Grid(path.stem[:31] or "csv", read_csv(data))])
    try:
        if kind == "xls":
            _check_xls(data)
        else:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                refuse_dtds(archive)
                if kind == "ods" and _ods_encrypted(archive):
                    raise _refuse(PROTECTED)
        return _read_calamine(kind, data)
    except (UnsafeWorkbook, MemoryError):
        raise
    except TooLarge as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP("Excel", "The sheet %1 spans %2 rows and %3 columns, far more than any roster; it was not read."),
            exc.sheet, exc.rows, exc.cols,
        ) from None
    except Exception as exc:  # calamine's errors, and what a hostile file makes the guards raise
        raise _calamine_refusal(exc) from None
    except BaseException as exc:  # pyo3 turns a panic in the Rust reader into a BaseException
        if type(exc).__name__ != "PanicException":
            raise
        raise _refuse() from None


def _ods_encrypted(archive: zipfile.ZipFile) -> bool:
    """Whether an .ods has a password to open (its manifest describes how content.xml is
    encrypted)."""
    try:
        with archive.open("META-INF/manifest.xml") as manifest:
            return b"encryption-data" in manifest.read(1024 * 1024)
    except KeyError:
        return False


def _calamine_refusal(exc: Exception) -> UnsafeWorkbook:
    if type(exc).__name__ == "PasswordError":
        return _refuse(PROTECTED)
    return _refuse()


def _read_calamine(kind: str, data: bytes) -> SourceBook:
    from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    ods_merges: dict[str, list[tuple[int, int, int, int]]] = {}
    if kind == "ods":  # calamine lays out every table of an ods, hidden ones too, as it opens it
        ods_extents, ods_merges = ods_layout(data)
        for name, (reach_rows, reach_cols) in ods_extents.items():
            if reach_rows * reach_cols > MAX_CELLS:
                raise TooLarge(name, reach_rows, reach_cols)
    workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
    try:
        metas = workbook.sheets_metadata
        visible = [m.name for m in metas if m.typ == SheetTypeEnum.WorkSheet and m.visible == SheetVisibleEnum.Visible]
        hidden = [m.name for m in metas if m.typ == SheetTypeEnum.WorkSheet
                  and m.visible != SheetVisibleEnum.Visible and m.name != LISTS_SHEET]  # ours: no news
        extents: dict[str, tuple[int, int]] = {}
        if kind == "xlsx":
            extents = xlsx_extents(data, set(visible))
        elif kind == "xlsb":
            extents = dict.fromkeys(visible, xlsb_extent(data))
        grids = []
        for name in visible:
            reach_rows, reach_cols = extents.get(name, (0, 0))
            if reach_rows * reach_cols > MAX_CELLS:
                raise TooLarge(name, reach_rows, reach_cols)
            sheet = workbook.get_sheet_by_name(name)
            height, width = sheet.end if sheet.end else (-1, -1)
            if (height + 1) * (width + 1) > MAX_CELLS:
                raise TooLarge(name, height + 1, width + 1)
            values = sheet.to_python(skip_empty_area=False)
            merged = ods_merges.get(name, []) if kind == "ods" else _merged(sheet.merged_cell_ranges)
            rows = [[None if v == "" else v for v in row] for row in values]
            grids.append(Grid(name, rows, merged, _exact_reader(data, name) if kind == "xlsx" else None))
        return SourceBook(kind, grids, hidden)
    finally:
        workbook.close()


def _exact_reader(data: bytes, name: str) -> Callable[[], dict[tuple[int, int], int]]:
    """Reads, when asked, the exact value of sheet `name`'s number cells written with 16 or more
    digits (calamine's doubles keep 15 or 16 of them)."""
    return lambda: xlsx_big_integers(data, name)


def _check_xls(data: bytes) -> None:
    """Refuses, before calamine opens it, an .xls with a password, one whose sheet reaches
    further than any roster, and one whose records this scan cannot follow."""
    try:
        extents = xls_extents(data)
    except Encrypted:
        raise _refuse(PROTECTED) from None
    except (ValueError, struct.error):
        raise _refuse() from None
    for name, (rows, cols) in extents.items():
        if rows * cols > MAX_CELLS:
            raise TooLarge(name, rows, cols)


def _merged(ranges: Any) -> list[tuple[int, int, int, int]]:
    return [(int(a[0]), int(a[1]), int(b[0]), int(b[1])) for a, b in ranges or ()]


def decode_text(data: bytes) -> str:
    """CSV bytes as text: UTF-16 with a BOM, UTF-8 (BOM or not), else GB18030 (a superset of
    GBK, what Excel and WPS write in Chinese Windows); refuses binary data."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        candidates: tuple[str, ...] = ("utf-16",)
    else:
        candidates = _TEXT_ENCODINGS
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:CSV_SAMPLE]
        if sample and sum(ch in _CONTROL for ch in sample) * 100 <= len(sample):
            return text
    raise _refuse()


def read_csv(data: bytes) -> list[list[Any]]:
    """The rows of a CSV or tab-separated file (every value text, None when empty)."""
    text = decode_text(data)
    sample = text[:CSV_SAMPLE]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=CSV_DELIMITERS)
    except csv.Error:
        dialect = "excel-tab" if sample.count("\t") > sample.count(",") else "excel"
    rows: list[list[Any]] = []
    width = 0
    try:
        for line in csv.reader(io.StringIO(text, newline=""), dialect):
            width = max(width, len(line))
            rows.append([value if value.strip() else None for value in line])
            if len(rows) * max(width, 1) > MAX_CELLS:
                raise _refuse(QT_TRANSLATE_NOOP("Excel", "The sheet %1 spans %2 rows and %3 columns, far more than any roster; it was not read."), "csv", len(rows), width)
    except csv.Error:
        raise _refuse() from None
    return rows
