"""Worksheet rows read in one pass, with the values openpyxl's read-only mode gives.

openpyxl still reads the package (content types, workbook, relationships, styles: small
parts); the shared strings and the sheet XML, where the time goes, are parsed here by an
expat parser carrying defusedxml's guards (a DTD's entity declarations and external
references raise), one event handler per element instead of openpyxl's element trees, and
without the extra pass openpyxl's read-only mode makes over a sheet lacking <dimension> to
size it. Rows come out as `worksheet.iter_rows(..., values_only=True)` gives them: the same
values (shared and inline strings, numbers, booleans, dates by number format, ISO dates,
error codes), row numbers, missing rows and padding (see `shaped`).
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Generator, Iterable, Iterator
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError
from xml.parsers import expat

from defusedxml.ElementTree import DefusedXMLParser
from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils.cell import coordinate_to_tuple, get_column_letter, range_boundaries
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.xml.constants import SHARED_STRINGS, SHEET_MAIN_NS

READ_BYTES = 1 << 16
_NS = SHEET_MAIN_NS + "}"  # expat joins namespace and name with "}"
SI, T, RPH, ROW, V, IS = (_NS + n for n in ("si", "t", "rPh", "row", "v", "is"))
DIMENSION, SHEET_DATA = _NS + "dimension", _NS + "sheetData"
RawRow = tuple[int, list[tuple[int, Any]]]  # row number, (column, value) of each cell
_END = object()
OUTSIDE = -(1 << 30)  # the row depth while no <row> is open
COLUMNS = {get_column_letter(n): n for n in range(1, 18279)}  # A..ZZZ, as openpyxl maps them


class _NoTarget:
    """defusedxml's parser without a tree builder: the handlers are set by the reader."""

    def close(self) -> None:
        return None


def _parse(source: Any, start: Callable[..., None], end: Callable[[str], None],
           text: Callable[[str], None]) -> Iterator[None]:
    """Feed `source` (a binary stream) to a guarded expat parser; yields after each block."""
    guarded = DefusedXMLParser(target=_NoTarget())  # installs defusedxml's DTD/entity guards
    parser = guarded.parser
    parser.ordered_attributes = False
    parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, text
    try:
        while block := source.read(READ_BYTES):
            parser.Parse(block, False)
            yield
        parser.Parse(b"", True)
    except expat.ExpatError as exc:  # what ElementTree (and so openpyxl) raises for bad XML
        raise ParseError(str(exc)) from None
    yield


def _row_number(text: str | None, previous: int) -> int:
    """A <row>'s number as openpyxl reads it (the next one when it has none)."""
    if text is None:
        return previous + 1
    try:
        return int(text)
    except ValueError:
        real = float(text)
        if not real.is_integer():
            raise ValueError(f"{text} is not a valid row number") from None
        return int(real)


def _cast_number(value: str) -> int | float:
    """A number as openpyxl reads it: float when it has a point or exponent, else int."""
    if "." in value or "E" in value or "e" in value:
        return float(value)
    return int(value)


class _Text:
    """The text of a string item (<si> or <is>) as openpyxl's Text.content: its <t> and the
    <t> of its runs, never phonetic runs (<rPh>)."""

    __slots__ = ("parts", "phonetic", "collecting")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.phonetic = 0
        self.collecting = False

    def start(self, name: str) -> None:
        if name == RPH:
            self.phonetic += 1
        elif name == T and not self.phonetic:
            self.collecting = True

    def end(self, name: str) -> None:
        if name == RPH:
            self.phonetic -= 1
        elif name == T:
            self.collecting = False

    def take(self) -> str:
        text = "".join(self.parts)
        self.parts.clear()
        return text


def read_strings(archive: zipfile.ZipFile, name: str) -> list[str]:
    """The shared strings table (openpyxl's read_string_table)."""
    strings: list[str] = []
    item = _Text()

    def start(tag: str, _attrs: dict[str, str]) -> None:
        item.start(tag)

    def end(tag: str) -> None:
        if tag == SI:
            strings.append(item.take().replace("x005F_", ""))
        else:
            item.end(tag)

    def text(data: str) -> None:
        if item.collecting:
            item.parts.append(data)

    with archive.open(name) as source:
        for _ in _parse(source, start, end, text):
            pass
    return strings


class SheetReader:
    """The raw rows of one worksheet, parsed block by block as they are asked for."""

    def __init__(self, book: Book, path: str) -> None:
        self.book, self.path = book, path
        self.dimension: tuple[Any, ...] | None = None  # openpyxl's bounds, from <dimension>
        self._ready: list[RawRow] = []  # parsed, not yet handed out
        self._kept: list[RawRow] = []  # read ahead by `head`
        self._source = book.archive.open(path)
        self._blocks: Generator[None, None, None] = self._run()

    def _run(self) -> Generator[None, None, None]:
        """The parse, with handlers kept lean (they run for every element of the sheet).

        Depths are counted from the open <row> (OUTSIDE when none): 1 a cell (any child of a
        row, as for openpyxl), 2 the cell's <v> or <is>, 3 and more inside <is>."""
        ready, value_of = self._ready, self.book.value
        depth = 0
        row_depth = OUTSIDE
        row_number = column = 0
        cells: list[tuple[int, Any]] = []
        kind, style = "n", 0
        value_text: str | None = None  # the text of the cell's first <v>
        inline_text: str | None = None  # the text of the cell's first <is>
        parts: list[str] = []
        collecting: list[str] | None = None  # where text goes: inside <v>, or a <t> of <is>
        in_value = in_inline = False
        phonetic = 0
        in_data = False

        def start(name: str, attrs: dict[str, str]) -> None:
            nonlocal depth, row_depth, row_number, column, cells, kind, style, value_text, inline_text
            nonlocal collecting, in_value, in_inline, phonetic, in_data
            depth += 1
            level = depth - row_depth
            if level == 1:
                ref = attrs.get("r")
                if ref:
                    letters = ref.rstrip("0123456789")  # "AB12": openpyxl's column AB, row 12
                    column = COLUMNS[letters] if letters != ref and letters in COLUMNS else coordinate_to_tuple(ref)[1]
                else:
                    column += 1
                style = attrs.get("s", 0)  # type: ignore[assignment]
                if style:
                    style = int(style)
                kind, value_text, inline_text = attrs.get("t", "n"), None, None
            elif level == 2:
                if name == V and value_text is None and not in_value:
                    in_value, collecting = True, parts
                elif name == IS and inline_text is None and not in_inline:
                    in_inline, phonetic = True, 0
            elif row_depth != OUTSIDE:  # inside a cell's <v> or <is>
                if in_inline:
                    if name == RPH:
                        phonetic += 1
                    elif name == T and not phonetic:
                        collecting = parts
            elif name == ROW:
                row_depth, column, cells = depth, 0, []
                row_number = _row_number(attrs.get("r"), row_number)
            elif name == SHEET_DATA:
                in_data = True
            elif name == DIMENSION and self.dimension is None and not in_data:
                self.dimension = range_boundaries(attrs["ref"])

        def end(name: str) -> None:
            nonlocal depth, row_depth, value_text, inline_text, collecting, in_value, in_inline, phonetic
            level = depth - row_depth
            depth -= 1
            if level == 1:
                cells.append((column, value_of(kind, style, value_text, inline_text)))
            elif level == 2:
                if in_value and name == V:
                    value_text, in_value, collecting = "".join(parts), False, None
                    parts.clear()
                elif in_inline and name == IS:
                    inline_text, in_inline, collecting = "".join(parts), False, None
                    parts.clear()
            elif level > 2:
                if in_inline:
                    if name == RPH:
                        phonetic -= 1
                    elif name == T:
                        collecting = None
            elif level == 0:
                ready.append((row_number, cells))
                row_depth = OUTSIDE

        def text(data: str) -> None:
            if collecting is not None:
                collecting.append(data)

        yield from _parse(self._source, start, end, text)

    def head(self, last_row: int) -> list[RawRow]:
        """The rows up to the first one numbered above `last_row` (or the end), read ahead and
        kept for `raw_rows`; the dimension, which comes before <sheetData>, is known then."""
        while not any(number > last_row for number, _cells in self._ready[len(self._kept):]):
            if next(self._blocks, _END) is _END:
                break
        self._kept = list(self._ready)
        self._ready.clear()
        return self._kept

    def raw_rows(self) -> Iterator[RawRow]:
        """Every <row> of the sheet in file order: those read ahead, then the rest as parsed."""
        yield from self._kept
        while True:
            batch = list(self._ready)
            self._ready.clear()
            yield from batch
            if next(self._blocks, _END) is _END:
                return

    def close(self) -> None:
        self._blocks.close()
        self._source.close()


def shaped(raw: Iterable[RawRow], min_row: int, max_col: int | None, max_row: int | None) -> Iterator[tuple[Any, ...]]:
    """Rows as openpyxl's ReadOnlyWorksheet._cells_by_row gives them with values_only (min_col 1):
    missing rows as empty ones, each row padded to max_col (or to its last cell)."""
    empty: tuple[Any, ...] = (None,) * max_col if max_col is not None else ()
    counter = min_row
    number = 1
    for number, cells in raw:
        if max_row is not None and number > max_row:
            break
        for _ in range(counter, number):
            counter += 1
            yield empty
        if counter <= number:
            counter += 1
            if not cells and not max_col:
                yield ()
                continue
            width = max_col or cells[-1][0]
            row: list[Any] = [None] * width
            for column, value in cells:
                if 1 <= column <= width:
                    row[column - 1] = value
            yield tuple(row)
    if max_row is not None and max_row < number:
        for _ in range(counter, max_row + 1):
            yield empty


class Book:
    """A workbook opened for reading rows: its worksheets (title, reader) in order."""

    def __init__(self, path: Path) -> None:
        reader = ExcelReader(path, read_only=True, data_only=True)
        self.archive = reader.archive
        try:
            reader.read_manifest()
            part = reader.package.find(SHARED_STRINGS)
            self.strings = read_strings(self.archive, part.PartName[1:]) if part is not None else []
            reader.read_workbook()
            apply_stylesheet(self.archive, reader.wb)
            workbook = reader.wb
            self.epoch = workbook.epoch
            self.date_formats: set[int] = set(workbook._date_formats)
            self.timedelta_formats: set[int] = set(workbook._timedelta_formats)
            names = set(self.archive.namelist())
            self.sheets = [
                (sheet.name, rel.target)
                for sheet, rel in reader.parser.find_sheets()
                if rel.target in names and "chartsheet" not in rel.Type
            ]
        except Exception:
            self.archive.close()
            raise
        self._open: list[SheetReader] = []

    def value(self, kind: str, style: Any, text: str | None, inline: str | None) -> Any:
        """A cell's value as openpyxl's WorkSheetParser.parse_cell gives it (data only)."""
        if kind == "inlineStr":
            return inline
        if not text:
            return None
        if kind == "n":
            number = _cast_number(text)
            if style in self.date_formats:
                try:
                    return from_excel(number, self.epoch, timedelta=style in self.timedelta_formats)
                except (OverflowError, ValueError):
                    return "#VALUE!"
            return number
        if kind == "s":
            return self.strings[int(text)]
        if kind == "b":
            return bool(int(text))
        if kind == "d":
            return from_ISO8601(text)
        return text  # str (a formula's cached text), e (an error code), anything else

    def sheet(self, path: str) -> SheetReader:
        reader = SheetReader(self, path)
        self._open.append(reader)
        return reader

    def close(self) -> None:
        for reader in self._open:
            reader.close()
        self.archive.close()
