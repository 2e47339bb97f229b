"""Line breaking of plain cell text to a column width (CJK anywhere, Latin at spaces).

A table cell holding a string with newlines is drawn by reportlab line by line, which is far
cheaper than a Paragraph; a 2,000-row register stays close to the bare table's speed. Cells
that need the fallback font still go through Paragraph markup.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

# Characters that may not start a line (closing punctuation) or end one (opening).
NO_START = set("，。、；：？！）》」』】〕,.;:?!)]}%·—")
NO_END = set("（《「『【〔([{")


@lru_cache(maxsize=65536)
def char_width(char: str, font: str, size: float) -> float:
    return float(stringWidth(char, font, size))


def text_width(text: str, font: str, size: float) -> float:
    return sum(char_width(c, font, size) for c in text)


def break_lines(text: str, width: float, font: str, size: float) -> list[str]:
    """Greedy lines no wider than `width` (a single over-wide character gets its own line)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_break_one(paragraph, width, font, size))
    return lines


def _break_one(text: str, width: float, font: str, size: float) -> list[str]:
    lines: list[str] = []
    line: list[str] = []
    used = 0.0
    for char in text:
        w = char_width(char, font, size)
        if line and used + w > width:
            cut = _cut_point(line, char)
            lines.append("".join(line[:cut]).rstrip())
            line = line[cut:]
            if char == " " and not line:
                used = 0.0
                continue
            used = sum(char_width(c, font, size) for c in line)
        line.append(char)
        used += w
    if line or not lines:
        lines.append("".join(line).rstrip())
    return lines


def _cut_point(line: list[str], following: str) -> int:
    """Where to end the current line: before a Latin word, keeping punctuation rules."""
    cut = len(line)
    if following.isascii() and following.isalnum():
        # move a Latin word that would be broken to the next line (if it is not the whole line)
        back = cut
        while back > 0 and line[back - 1].isascii() and line[back - 1].isalnum():
            back -= 1
        if 0 < back < cut:
            cut = back
    if following in NO_START and cut > 1:
        cut -= 1  # carry the last character along so the punctuation does not start a line
    while cut > 1 and line[cut - 1] in NO_END:
        cut -= 1
    return cut
