"""A 40-person sign-in sheet typed into a new session's roster by keyboard alone, as a seconded
cadre does it: every key is a real key event into the real widgets (Chinese names arrive as an
input method commits them; their pinyin keys and the selection key are counted). Budget: at
most 45 keys per trainee on average, no mouse, no dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select
from stdnum.cn import ric

from lishui_desktop.db.models import Enrolment, Person, TrainingSession
from lishui_desktop.services.reference import place_id

BUDGET = 45
# name, its full pinyin (what is typed before the selection key)
NAMES = [
    ("王秀英", "wangxiuying"), ("李建国", "lijianguo"), ("张桂兰", "zhangguilan"), ("刘志强", "liuzhiqiang"),
    ("陈玉梅", "chenyumei"), ("杨德胜", "yangdesheng"), ("赵春华", "zhaochunhua"), ("黄小军", "huangxiaojun"),
    ("周丽娟", "zhoulijuan"), ("吴大明", "wudaming"), ("徐红霞", "xuhongxia"), ("孙国平", "sunguoping"),
    ("胡金凤", "hujinfeng"), ("朱文华", "zhuwenhua"), ("高永福", "gaoyongfu"), ("林秀珍", "linxiuzhen"),
    ("何光明", "heguangming"), ("郭玉兰", "guoyulan"), ("马俊杰", "majunjie"), ("罗春燕", "luochunyan"),
    ("梁志华", "liangzhihua"), ("宋桂芳", "songguifang"), ("郑天才", "zhengtiancai"), ("谢小红", "xiexiaohong"),
    ("韩德明", "handeming"), ("唐秀兰", "tangxiulan"), ("冯建华", "fengjianhua"), ("于春梅", "yuchunmei"),
    ("董国强", "dongguoqiang"), ("萧玉珍", "xiaoyuzhen"), ("程立新", "chenglixin"), ("曹凤英", "caofengying"),
    ("袁家富", "yuanjiafu"), ("邓小平", "dengxiaoping"), ("许金花", "xujinhua"), ("傅永清", "fuyongqing"),
    ("沈丽华", "shenlihua"), ("曾德全", "zengdequan"), ("彭秀云", "pengxiuyun"), ("吕成林", "lvchenglin"),
]


def resident_id(n: int) -> str:
    born = dt.date(1985, 1, 1) + dt.timedelta(days=173 * n)
    body = f"510823{born:%Y%m%d}{100 + n:03d}"
    return next(body + c for c in "0123456789X" if ric.is_valid(body + c))


class Keyboard:
    """Key events into whatever has the focus, counted."""

    def __init__(self) -> None:
        self.keys = 0

    @staticmethod
    def focused():  # type: ignore[no-untyped-def]
        return QApplication.focusWidget()

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(self.focused(), key, modifier)
        self.keys += 1

    def type(self, text: str) -> None:
        QTest.keyClicks(self.focused(), text)
        self.keys += len(text)

    def chinese(self, text: str, pinyin: str) -> None:
        """What a pinyin input method does: the letters, then Space picks the characters."""
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(self.focused(), event)
        self.keys += len(pinyin) + 1


def type_session(keyboard: Keyboard, page) -> None:  # type: ignore[no-untyped-def]
    """A new training session typed and saved (Ctrl+S): 青田县's, in October 2019."""
    page.new_record()
    form = page.form
    form.widgets["title"].setFocus()
    keyboard.chinese("农村致富带头人培训班", "nongcunzhifudaitourenpeixunban")
    keyboard.press(Qt.Key.Key_Tab)
    while form.values()["category"] != "wealth_leader":
        keyboard.press(Qt.Key.Key_Down)
    keyboard.press(Qt.Key.Key_Tab)
    while form.values()["organiser_id"] != place_id("qingtian"):
        keyboard.press(Qt.Key.Key_Down)
        assert keyboard.keys < 60
    assert form.values()["partner_county_id"] == place_id("pingchang")  # 四川县 from the pairing
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.press(Qt.Key.Key_Tab)
    assert keyboard.focused() is form.widgets["start_date"]
    keyboard.type("2019-10-08")
    keyboard.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def window(qtbot, db, monkeypatch):  # type: ignore[no-untyped-def]
    from lishui_desktop.services.setup import device_info
    from lishui_desktop.ui.context import AppContext
    from lishui_desktop.ui.hub import Hub
    from lishui_desktop.ui.main_window import MainWindow

    def no_dialog(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a dialog interrupted the typing")

    monkeypatch.setattr(QMessageBox, "exec", no_dialog)
    monkeypatch.setattr(QMessageBox, "question", no_dialog)
    win = MainWindow(AppContext(db=db, hub=Hub(), device=device_info(db)))
    qtbot.addWidget(win, before_close_func=lambda w: setattr(w, "_closing", True))  # a failed run
    win.resize(1366, 740)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def test_forty_trainees_by_keyboard_within_the_budget(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    keyboard = Keyboard()
    page = window.show_page("training")
    # the session itself (not counted: the budget is per trainee)
    type_session(keyboard, page)
    roster = page.parts[0]
    name = roster.form.widgets["person.name"]
    qtbot.waitUntil(lambda: keyboard.focused() is name, timeout=10_000)  # saved: roster open, cursor in 姓名
    assert page.tabs.currentWidget() is roster and roster.isEnabled()
    session_keys = keyboard.keys
    keyboard.keys = 0

    for n, (text, pinyin) in enumerate(NAMES):
        assert keyboard.focused() is name, f"trainee {n + 1}: the cursor is not in 姓名"
        keyboard.chinese(text, pinyin)
        keyboard.press(Qt.Key.Key_Tab)
        keyboard.type(resident_id(n))
        keyboard.press(Qt.Key.Key_Return)  # as an ID-card reader ends it: on to the phone
        keyboard.type(f"139{n:08d}")
        if n in (0, 20):  # the first of each village: on to town, village, poor flag, role
            keyboard.press(Qt.Key.Key_Tab)  # gender: already from the ID
            keyboard.press(Qt.Key.Key_Tab)  # home county: already 平昌县 from the session
            keyboard.press(Qt.Key.Key_Tab)
            if n == 0:
                keyboard.chinese("白衣镇", "baiyizhen")
            keyboard.press(Qt.Key.Key_Tab)
            keyboard.chinese("观音村" if n == 0 else "龙岗村", "guanyincun" if n == 0 else "longgangcun")
            keyboard.press(Qt.Key.Key_Tab)
            if n == 0:
                keyboard.press(Qt.Key.Key_Space)  # registered poor household
                keyboard.press(Qt.Key.Key_Tab)
                keyboard.chinese("村民", "cunmin")
        keyboard.press(Qt.Key.Key_Return)  # saves; the next row is ready at once

    qtbot.waitUntil(lambda: roster.model.rowCount() == 40, timeout=30_000)
    per_trainee = keyboard.keys / len(NAMES)
    with db.sessions() as s:
        session_id = s.scalar(select(TrainingSession.id).where(TrainingSession.title == "农村致富带头人培训班"))
        rows = s.execute(
            select(Person.name, Person.gender, Person.birth_date, Person.town, Person.village, Person.poor_household,
                   Enrolment.role, Person.county_id)
            .join(Enrolment, Enrolment.person_id == Person.id).where(Enrolment.session_id == session_id)
        ).all()
    assert sorted(r.name for r in rows) == sorted(n for n, _ in NAMES)
    by_name = {r.name: r for r in rows}
    assert by_name["王秀英"].village == "观音村" and by_name["邓小平"].village == "龙岗村"
    assert all(r.town == "白衣镇" and r.role == "村民" and r.poor_household for r in rows)  # carried over
    assert all(r.county_id == place_id("pingchang") for r in rows)
    assert all(r.gender and r.birth_date for r in rows)  # from the ID
    print(f"\nroster by keyboard: {keyboard.keys} keys for 40 trainees = {per_trainee:.1f} per trainee "
          f"(budget {BUDGET}); the session itself {session_keys} keys")
    assert per_trainee <= BUDGET
