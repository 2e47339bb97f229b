"""The bundled CJK fonts for PDFs, and per-character fallback for glyphs the main font lacks.

WenQuanYi Micro Hei (a TrueType collection, loaded with subfontIndex) is the main font;
HanaMinA covers CJK Ext-A and much of Ext-B (䶮, 𠇔). Paragraph text is turned into markup
where each run of characters the main font lacks is wrapped in <font name=fallback>, so a
rare name never prints as a box. reportlab embeds both as subsets (only the glyphs used).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from lishui_desktop.paths import fonts_dir

MAIN = "LishuiSans"
FALLBACK = "LishuiMing"
MAIN_FILE = "wqy-microhei.ttc"
FALLBACK_FILE = "HanaMinA.ttf"

_lock = threading.Lock()


@dataclass(frozen=True)
class FontSet:
    """A registered font's name and the code points it covers (from its TTF cmap)."""

    name: str
    cmap: frozenset[int]


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, but with UTF-16 (surrogate pairs) for characters past U+FFFF.

    reportlab writes such a code point as plain hex (<201D4>), which readers reject, so a rare
    name like 王𠇔 could not be searched or copied from the PDF (it still printed correctly).
    """
    lines = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
    ]
    lines += [f"<{i:02X}> <{chr(v).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
              for i, v in enumerate(subset)]
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


@lru_cache(maxsize=1)
def fonts() -> FontSet:
    """Register the main font once per process (thread-safe); its name and coverage."""
    with _lock:
        main = TTFont(MAIN, str(fonts_dir() / MAIN_FILE), subfontIndex=0)
        pdfmetrics.registerFont(main)
        return FontSet(MAIN, frozenset(main.face.charToGlyph))


@lru_cache(maxsize=1)
def fallback() -> FontSet | None:
    """The fallback font, registered on first need (parsing its 41k glyphs takes a while, and
    most forms never need it); None when the file is missing (printing degrades, never breaks)."""
    path = fonts_dir() / FALLBACK_FILE
    if not path.exists():
        return None
    with _lock:
        font = TTFont(FALLBACK, str(path))
        pdfmetrics.registerFont(font)
        return FontSet(FALLBACK, frozenset(font.face.charToGlyph))


def _rare(text: str) -> bool:
    cmap = fonts().cmap
    return any(ord(c) not in cmap for c in text if not c.isspace())


def needs_fallback(text: str) -> bool:
    """True when some character of `text` is missing from the main font but in the fallback."""
    if not _rare(text):
        return False
    extra = fallback()
    cmap = fonts().cmap
    return extra is not None and any(ord(c) not in cmap and ord(c) in extra.cmap for c in text)


def markup(text: str) -> str:
    """Escaped Paragraph markup of `text`, runs of main-font-missing glyphs in the fallback font."""
    if not needs_fallback(text):
        return escape(text)
    main_cmap = fonts().cmap
    extra = fallback()
    assert extra is not None
    parts: list[str] = []
    run: list[str] = []
    run_fallback = False
    for char in text:
        code = ord(char)
        use_fallback = code not in main_cmap and code in extra.cmap
        if use_fallback != run_fallback and run:
            parts.append(_wrap("".join(run), run_fallback, extra.name))
            run = []
        run_fallback = use_fallback
        run.append(char)
    if run:
        parts.append(_wrap("".join(run), run_fallback, extra.name))
    return "".join(parts)


def _wrap(run: str, fallback: bool, name: str) -> str:
    return f'<font name="{name}">{escape(run)}</font>' if fallback else escape(run)


def missing(text: str) -> set[str]:
    """Characters neither font has (they would print as boxes); for tests and warnings."""
    if not _rare(text):
        return set()
    main_cmap, extra = fonts().cmap, fallback()
    extra_cmap = extra.cmap if extra else frozenset()
    return {c for c in text if not c.isspace() and ord(c) not in main_cmap and ord(c) not in extra_cmap}
