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
    """The registered font names and the code points each covers (from the TTF cmap)."""

    main: str
    fallback: str | None
    main_cmap: frozenset[int]
    fallback_cmap: frozenset[int]


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
    """Register the bundled fonts once per process (thread-safe) and return their coverage."""
    with _lock:
        main_path = fonts_dir() / MAIN_FILE
        main = TTFont(MAIN, str(main_path), subfontIndex=0)
        pdfmetrics.registerFont(main)
        main_cmap = frozenset(main.face.charToGlyph)
        fallback_path = fonts_dir() / FALLBACK_FILE
        if not fallback_path.exists():  # a missing fallback degrades, never breaks printing
            return FontSet(MAIN, None, main_cmap, frozenset())
        fallback = TTFont(FALLBACK, str(fallback_path))
        pdfmetrics.registerFont(fallback)
        return FontSet(MAIN, FALLBACK, main_cmap, frozenset(fallback.face.charToGlyph))


def needs_fallback(text: str) -> bool:
    """True when some character of `text` is missing from the main font but in the fallback."""
    fs = fonts()
    return any(ord(c) not in fs.main_cmap and ord(c) in fs.fallback_cmap for c in text)


def markup(text: str) -> str:
    """Escaped Paragraph markup of `text`, runs of main-font-missing glyphs in the fallback font."""
    fs = fonts()
    if fs.fallback is None or not needs_fallback(text):
        return escape(text)
    parts: list[str] = []
    run: list[str] = []
    run_fallback = False
    for char in text:
        code = ord(char)
        use_fallback = code not in fs.main_cmap and code in fs.fallback_cmap
        if use_fallback != run_fallback and run:
            parts.append(_wrap("".join(run), run_fallback, fs.fallback))
            run = []
        run_fallback = use_fallback
        run.append(char)
    if run:
        parts.append(_wrap("".join(run), run_fallback, fs.fallback))
    return "".join(parts)


def _wrap(run: str, fallback: bool, name: str) -> str:
    return f'<font name="{name}">{escape(run)}</font>' if fallback else escape(run)


def missing(text: str) -> set[str]:
    """Characters neither font has (they would print as boxes); for tests and warnings."""
    fs = fonts()
    return {c for c in text if not c.isspace() and ord(c) not in fs.main_cmap and ord(c) not in fs.fallback_cmap}
