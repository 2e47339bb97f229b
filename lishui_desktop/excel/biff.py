"""How far the cells of each sheet of a legacy .xls (or WPS .et) reach, found before calamine
opens it.

An .xls is a BIFF8 (or BIFF5) Workbook stream inside an OLE compound file. calamine lays every
sheet out as one dense block as soon as it opens the file: a few kilobytes holding A1 and
IV65536 cost it half a gigabyte at opening and as much again per read. This reads the compound
file's allocation tables and the Workbook stream's record headers only (no strings, no values):
each sheet's substream (found by its BOUNDSHEET record) and the last row and column any of its
value cells reaches (blank, formatted cells do not count: calamine skips them too). Anything
malformed raises ValueError, among it a DIMENSIONS record for which calamine would reserve
room for more cells than the whole .xls grid holds (a range upside down wraps round to
terabytes, and a failed allocation aborts the whole program); an encrypted stream (FILEPASS)
raises Encrypted. The compound file is read as calamine reads it (the stream it picks, the
mini stream below 4096 bytes, chains followed only as far as the stream's length).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

MAX_ROWS, MAX_COLS = 65_536, 256  # the BIFF8 grid
_END_OF_CHAIN = 0xFFFFFFFE
_FREE = 0xFFFFFFFF
_BOF, _EOF, _FILEPASS, _BOUNDSHEET, _DIMENSIONS = 0x0809, 0x000A, 0x002F, 0x0085, 0x0200
# records holding a value at (row, column): FORMULA, NUMBER, RK, LABELSST, LABEL, BOOLERR, RSTRING
_CELL = {0x0006, 0x0203, 0x027E, 0x00FD, 0x0204, 0x0205, 0x00D6}
_MULRK = 0x00BD  # row, first column, n x (format, RK), last column
# looked for in this order, as calamine does, then in any case (a 'BOOK' stream is read too)
_STREAM_NAMES = ("Workbook", "Book", "WORKBOOK")
_MINI_CUTOFF = 4096  # streams shorter than this live in the mini stream (calamine's fixed rule)


class Encrypted(ValueError):
    """The workbook's stream is encrypted (it has a password to open)."""


def _chain(table: list[int], start: int, limit: int, need: int | None = None) -> list[int]:
    """The sectors of a chain starting at `start`, up to `need` of them (as calamine reads: it
    stops once it has the stream's length); refuses a loop or an out-of-range link."""
    chain: list[int] = []
    append, count, sector = chain.append, len(table), start
    while sector < count and (need is None or len(chain) < need):
        append(sector)
        sector = table[sector]
        if len(chain) > limit:
            raise ValueError("sector chain loops")
    if (need is None or len(chain) < need) and sector not in (_END_OF_CHAIN, _FREE):
        raise ValueError("broken sector chain")
    return chain


def _gather(data: bytes | memoryview, chain: list[int], size: int, offset: int) -> bytes:
    """The bytes of the sectors of `chain` (each `size` long, sector s at offset + s * size),
    runs of consecutive sectors copied at once."""
    parts = []
    i, count = 0, len(chain)
    while i < count:
        j = i + 1
        while j < count and chain[j] == chain[j - 1] + 1:
            j += 1
        parts.append(data[offset + chain[i] * size:offset + (chain[j - 1] + 1) * size])
        i = j
    return b"".join(parts)


def workbook_stream(data: bytes) -> bytes:
    """The Workbook (BIFF8) or Book (BIFF5) stream of the OLE compound file held in `data`."""
    if len(data) < 512:
        raise ValueError("short header")
    shift, mini_shift = struct.unpack_from("<HH", data, 0x1E)
    if shift not in (9, 12) or mini_shift != 6:
        raise ValueError("sector size")
    size = 1 << shift
    fat_count, dir_start, _sig, _cutoff, minifat_start, minifat_count, difat_start, difat_count = struct.unpack_from(
        "<IIIIIIII", data, 0x2C
    )
    sectors = max(0, (len(data) - size) // size)  # whole sectors after the header

    def sector_words(sector: int) -> tuple[int, ...]:
        if sector >= sectors:
            raise ValueError("sector past the end")
        return struct.unpack_from(f"<{size // 4}I", data, (sector + 1) * size)

    difat = list(struct.unpack_from("<109I", data, 0x4C))
    sector = difat_start
    for _ in range(min(difat_count, sectors)):
        if sector in (_END_OF_CHAIN, _FREE):
            break
        words = sector_words(sector)
        difat.extend(words[:-1])
        sector = words[-1]
    fat: list[int] = []
    for fat_sector in difat[: min(fat_count, sectors)]:
        if fat_sector not in (_END_OF_CHAIN, _FREE):
            fat.extend(sector_words(fat_sector))

    def read(start: int, length: int | None = None) -> bytes:
        need = None if length is None else -(-length // size)
        out = _gather(data, _chain(fat, start, sectors, need), size, size)
        if length is None:
            return out
        if len(out) < length:
            raise ValueError("stream shorter than its size")
        return out[:length]

    directory = read(dir_start)
    entries: list[tuple[str, int, int]] = []  # name, first sector, size: as calamine reads them
    for offset in range(0, len(directory) - 127, 128):
        name = directory[offset:offset + 64].decode("utf-16-le", "replace").split("\x00", 1)[0]
        start = struct.unpack_from("<I", directory, offset + 116)[0]
        length = struct.unpack_from("<I" if size == 512 else "<Q", directory, offset + 120)[0]
        entries.append((name, start, length))
    found = next((e for wanted in _STREAM_NAMES for e in entries if e[0] == wanted), None) or next(
        (e for wanted in ("workbook", "book") for e in entries if e[0].lower() == wanted), None)
    if not entries or found is None:
        raise ValueError("no Workbook stream")
    _name, start, length = found
    if length >= _MINI_CUTOFF:
        return read(start, length)
    minifat: list[int] = []
    for s in _chain(fat, minifat_start, sectors, minifat_count):
        minifat.extend(sector_words(s))
    ministream = read(entries[0][1], entries[0][2]) if minifat_count else b""
    out = _gather(ministream, _chain(minifat, start, len(minifat), -(-length // 64)), 64, 0)
    if len(out) < length:
        raise ValueError("mini stream shorter than its size")
    return out[:length]


def _records(stream: bytes, pos: int) -> Iterator[tuple[int, int, int]]:
    """(type, start of body, body size) of the BIFF records from `pos` to the first EOF record,
    as calamine walks a substream."""
    while pos + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, pos)
        if kind == _EOF:
            return
        yield kind, pos + 4, length
        pos += 4 + length


def _sheet_name(body: bytes, biff8: bool) -> str:
    """A BOUNDSHEET record's sheet name (after lbPlyPos, state and type)."""
    count = body[6] if len(body) > 6 else 0
    if not biff8:
        return body[7:7 + count].decode("gb18030", "replace")
    if len(body) > 7 and body[7] & 1:
        return body[8:8 + 2 * count].decode("utf-16-le", "replace")
    return body[8:8 + count].decode("latin-1")


def _reserved_cells(body: bytes) -> int:
    """How many cells calamine reserves room for on reading a DIMENSIONS record (its own
    arithmetic: a first column past the grid or after the last is taken as 0, and the row count
    wraps round in 32 bits when the first row is after the last)."""
    if len(body) == 14:
        first_row, last_row, first_col, last_col = struct.unpack_from("<IIHH", body)
    elif len(body) == 10:
        first_row, last_row, first_col, last_col = struct.unpack_from("<HHHH", body)
    else:
        return 0  # calamine refuses the file as damaged
    if first_col > 0xFF or last_col < first_col:
        first_col = 0
    end_row, end_col = (last_row - 1, last_col - 1) if last_row >= 1 and last_col >= 1 else (first_row, first_col)
    rows = (end_row - first_row + 1) % (1 << 32)
    cols = (end_col - first_col + 1) % (1 << 32)
    return rows * cols


def xls_extents(data: bytes) -> dict[str, tuple[int, int]]:
    """Sheet name -> (last row, last column), 1-based, that a value cell of that sheet reaches,
    for every sheet of the .xls (hidden ones too: calamine lays them all out when it opens)."""
    stream = workbook_stream(data)
    biff8 = len(stream) >= 6 and struct.unpack_from("<H", stream, 4)[0] == 0x0600
    sheets: list[tuple[int, str]] = []
    for kind, body, length in _records(stream, 0):
        if kind == _FILEPASS:
            raise Encrypted("FILEPASS")
        if kind == _BOUNDSHEET and length >= 6:
            sheets.append((struct.unpack_from("<I", stream, body)[0], _sheet_name(stream[body:body + length], biff8)))
    extents: dict[str, tuple[int, int]] = {}
    for start, name in sheets:
        if start >= len(stream):
            raise ValueError("sheet past the end of the stream")
        extents[name] = _sheet_extent(stream, start)
    return extents


_HEAD = struct.Struct("<HHHH")  # record type, body size, and a cell record's row and column


def _sheet_extent(stream: bytes, pos: int) -> tuple[int, int]:
    """(last row, last column), 1-based, of the value cells of the substream at `pos`, to its
    own EOF: calamine steps over nested substreams (an embedded chart's BOF ... EOF) and reads
    the cells after them; the cells inside are counted too (older calamine read them). One loop
    over every record of the sheet: kept lean, it is most of the time this module takes."""
    head, cells, end = _HEAD.unpack_from, _CELL, len(stream) - 8
    rows = cols = depth = 0
    seen_bof = False
    while pos <= end:
        kind, length, row, col = head(stream, pos)
        if kind in cells:
            if row >= rows:
                rows = row + 1
            if col >= cols:
                cols = col + 1
        elif kind == _MULRK and length >= 6:
            last = struct.unpack_from("<H", stream, pos + 2 + length)[0]
            rows, cols = max(rows, row + 1), max(cols, last + 1)
        elif kind == _DIMENSIONS and _reserved_cells(stream[pos + 4:pos + 4 + length]) > MAX_ROWS * MAX_COLS:
            raise ValueError("DIMENSIONS past the grid")
        elif kind == _BOF:
            depth, seen_bof = depth + seen_bof, True
        elif kind == _EOF:
            if not depth:
                break
            depth -= 1
        pos += 4 + length
    return rows, cols
