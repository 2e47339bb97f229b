"""Reading a roster tolerantly: find the sheet and header row, map variant headers, skip blanks.

Only reading happens here (openpyxl read-only mode after the zip check); what the values mean
is decided in excel.rows.
"""

from __future__ import annotations

import warnings
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP as N
from lishui_desktop.excel.columns import CONTEXT, ExcelError, columns_for, header_index, header_key
from lishui_desktop.excel.safety import UnsafeWorkbook, check_workbook
from lishui_desktop.excel.sheetxml import Book, SheetReader, shaped

HEADER_SCAN_ROWS = 10
INSTRUCTION_MARK = "【"  # every cell of the template's instruction row starts with it


@dataclass
class RawRow:
    """One data row: its sheet row number and the raw cell values by column key."""

    number: int
    values: dict[str, Any]


@dataclass
class Sheet:
    """Where the data is: sheet title, header row, and column index (1-based) of each key."""

    title: str
    header_row: int
    positions: dict[str, int]
    headers: dict[str, str] = field(default_factory=dict)  # key -> header as written
    rows: list[RawRow] = field(default_factory=list)


def _match_headers(values: tuple[Any, ...], index: dict[str, str]) -> tuple[dict[str, int], dict[str, str]]:
    positions: dict[str, int] = {}
    written: dict[str, str] = {}
    for col, value in enumerate(values, start=1):
        if value is None:
            continue
        key = index.get(header_key(value)) or index.get("".join(str(value).split()))
        if key and key not in positions:
            positions[key] = col
            written[key] = str(value).strip()
    return positions, written


def _is_blank(values: tuple[Any, ...]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def _is_instruction(values: tuple[Any, ...]) -> bool:
    texts = [v for v in values if v is not None and not (isinstance(v, str) and not v.strip())]
    return bool(texts) and all(isinstance(v, str) and v.lstrip().startswith(INSTRUCTION_MARK) for v in texts)


_DAMAGED = (
    zipfile.BadZipFile, zlib.error, KeyError, ValueError, TypeError, OSError, EOFError, IndexError, AttributeError,
    NotImplementedError,  # zipfile: a member claiming a zip version or compression it cannot read
)


def _refusal(exc: Exception) -> Exception:
    """The user-facing error for what openpyxl raised on a damaged or hostile file."""
    if type(exc).__module__.startswith(("defusedxml", "xml", "lxml")):  # DTDs, entities, bad XML
        return UnsafeWorkbook(
            N(CONTEXT, "The workbook contains XML this program refuses to read (%1)."), type(exc).__name__
        )
    if isinstance(exc, _DAMAGED):
        return UnsafeWorkbook(N(CONTEXT, "This file is not an Excel workbook (.xlsx), or it is damaged."))
    return exc


def open_workbook(path: Path, read_only: bool = True) -> Any:
    """openpyxl's workbook after the zip check; one clear message for anything unreadable."""
    check_workbook(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles/extensions it skips
            return load_workbook(path, read_only=read_only, data_only=True)
    except Exception as exc:
        raise _refusal(exc) from None


Header = tuple[int, int, dict[str, int], dict[str, str]]  # first row, last row, positions, as written


def _find_header(rows: list[tuple[Any, ...]], index: dict[str, str], required: set[str]) -> Header | None:
    """The best header row; a second header row below it (户籍地址 merged over 县/乡镇/村) adds its columns."""
    best: Header | None = None
    best_score = 1
    for number, values in enumerate(rows, start=1):
        positions, written = _match_headers(values, index)
        score = len(positions) + 2 * len(required & positions.keys())
        if len(positions) >= 2 and score > best_score:
            best, best_score = (number, number, positions, written), score
    if best is not None and best[0] < len(rows) and not _is_instruction(rows[best[0]]):
        number, _last, positions, written = best
        below, below_written = _match_headers(rows[number], index)
        used = set(positions.values())
        extra = {k: c for k, c in below.items() if k not in positions and c not in used}
        if extra:
            best = (number, number + 1, positions | extra, written | {k: below_written[k] for k in extra})
    return best


def read_sheet(path: Path, kind: str) -> Sheet:
    """The data rows of the best-matching sheet of the workbook at `path`.

    Read in one pass by excel.sheetxml (the values openpyxl's read-only mode would give),
    after the zip check. Raises ExcelError when no sheet has the kind's headers or required
    columns are missing.
    """
    cols = columns_for(kind)
    index = header_index(kind)
    required = {c.key for c in cols if c.required}
    check_workbook(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles it falls back on
            book = Book(path)
    except Exception as exc:
        raise _refusal(exc) from None
    try:
        chosen: tuple[str, SheetReader, int, int, dict[str, int], dict[str, str]] | None = None
        chosen_score = -1
        for title, part in book.sheets:
            reader = book.sheet(part)
            head_rows = reader.head(HEADER_SCAN_ROWS)
            max_col = reader.dimension[2] if reader.dimension else None
            head = list(shaped(head_rows, 1, max_col, HEADER_SCAN_ROWS))
            found = _find_header(head, index, required)
            if found is None:
                continue
            score = len(found[2]) + 2 * len(required & found[2].keys())
            if score > chosen_score:
                chosen, chosen_score = (title, reader, *found), score
        if chosen is None:
            expected = "、".join(c.header for c in cols if c.required)
            raise ExcelError(N(CONTEXT, "No sheet of this workbook has the expected column headers (%1)."), expected)
        title, reader, header_row, last_header_row, positions, written = chosen
        missing = [c.header for c in cols if c.required and c.key not in positions]
        if missing:
            raise ExcelError(N(CONTEXT, "The workbook lacks the required columns: %1."), "、".join(missing))
        sheet = Sheet(title, header_row, positions, written)
        max_row = reader.dimension[3] if reader.dimension else None
        values = shaped(reader.raw_rows(), last_header_row + 1, max(positions.values()), max_row)
        sheet.rows = list(_data_rows(values, last_header_row, positions))
        return sheet
    except ExcelError:
        raise
    except Exception as exc:  # sheets are parsed lazily, while iterating
        raise _refusal(exc) from None
    finally:
        book.close()


def _data_rows(rows: Iterable[tuple[Any, ...]], header_row: int, positions: dict[str, int]) -> Iterator[RawRow]:
    """The rows below the header (`rows` start at header_row + 1), as values by column key."""
    items = sorted(positions.items(), key=lambda kv: kv[1])
    for number, values in enumerate(rows, start=header_row + 1):
        size = len(values)
        mapped = tuple(values[col - 1] if col <= size else None for _key, col in items)
        if _is_blank(mapped) or _is_instruction(mapped):
            continue  # a serial-number column alone does not make a row
        yield RawRow(number, {key: mapped[i] for i, (key, _col) in enumerate(items)})
