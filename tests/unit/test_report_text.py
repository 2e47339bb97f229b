"""Line breaking of cell text and font coverage of the names people actually have."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lishui_desktop.reports.fonts import fonts, missing, needs_fallback
from lishui_desktop.reports.wrapping import break_lines, text_width

FONT_SIZE = 9.5


def _lines(text: str, width: float) -> list[str]:
    return break_lines(text, width, fonts().name, FONT_SIZE)


def test_cjk_breaks_anywhere_but_punctuation_never_starts_a_line() -> None:
    lines = _lines("平昌县白衣镇一个名字很长很长很长的村民委员会，第三组", 60)
    assert "".join(lines) == "平昌县白衣镇一个名字很长很长很长的村民委员会，第三组"
    assert all(not line.startswith(("，", "。", "）")) for line in lines)
    assert all(text_width(line, fonts().name, FONT_SIZE) <= 60 for line in lines)


def test_latin_words_move_whole_to_the_next_line() -> None:
    lines = _lines("Professional talent, long-term", 60)
    assert lines[0] == "Professional"
    assert " ".join(lines).replace("- ", "-") == "Professional talent, long-term"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="平昌县白衣镇村民委员会阿卜杜·（）， abcXYZ-0123", min_size=1, max_size=60),
       st.floats(min_value=30, max_value=200))
def test_breaking_keeps_every_character_and_the_width(text: str, width: float) -> None:
    lines = _lines(text, width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line in lines:
        # only a single character wider than the column may exceed it
        assert len(line) <= 2 or text_width(line, fonts().name, FONT_SIZE) <= width + 0.01


def test_rare_name_characters_are_covered() -> None:
    # 堃珺昇龑 are in WenQuanYi; 䶮 (Ext-A) and 𠇔 (Ext-B) come from HanaMinA
    assert not needs_fallback("王堃 李珺 张昇 刘龑")
    assert needs_fallback("刘䶮") and needs_fallback("王𠇔")
    assert missing("王堃李珺张昇刘龑刘䶮王𠇔") == set()
