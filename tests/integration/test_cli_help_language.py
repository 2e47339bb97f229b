"""`lishui --help` and every command's help speak the user's language; the commands, options,
choices and defaults (the CLI contract) are the same in both languages."""

from __future__ import annotations

import argparse
import re

import pytest

from lishui_desktop.cli import build_parser, main
from lishui_desktop.domain.i18n import language, set_language

CJK = re.compile(r"[\u4e00-\u9fff]")


def _parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


def _built(lang: str) -> dict[tuple[str, ...], argparse.ArgumentParser]:
    before = language()
    set_language(lang)
    try:
        return dict(_parsers(build_parser()))
    finally:
        set_language(before)


def _shape(action: argparse.Action) -> tuple[object, ...]:
    choices = sorted(action.choices) if action.choices else None
    return (tuple(action.option_strings), action.dest, action.required, action.nargs, choices,
            repr(action.default), getattr(action.type, "__name__", None), type(action).__name__)


def test_every_command_and_argument_has_chinese_help_and_the_same_shape() -> None:
    chinese, english = _built("zh_CN"), _built("en")
    assert chinese.keys() == english.keys() and len(chinese) > 60
    bare, untranslated = [], []
    for path, zh in chinese.items():
        en = english[path]
        assert [_shape(a) for a in zh._actions] == [_shape(a) for a in en._actions], path
        assert zh._defaults == en._defaults, path
        if path:
            assert zh.description and CJK.search(zh.description), path
        for a_zh, a_en in zip(zh._actions, en._actions, strict=True):
            if isinstance(a_zh, argparse._HelpAction | argparse._SubParsersAction):
                continue
            where = " ".join(path) + " " + (a_zh.option_strings or [a_zh.dest])[0]
            if not a_zh.help:
                bare.append(where)
            elif not CJK.search(a_zh.help) or a_zh.help == a_en.help:
                untranslated.append(f"{where}: {a_zh.help}")
            if isinstance(a_zh.metavar, str) and not CJK.search(a_zh.metavar):
                untranslated.append(f"{where} metavar {a_zh.metavar}")
    assert bare == [], f"arguments without help: {bare}"
    assert untranslated == []


@pytest.mark.parametrize("argv", [
    ["--help"], ["backup", "restore", "--help"], ["deployment", "export", "--help"],
    ["report", "monthly", "--help"], ["excel", "import", "--help"], ["conflicts", "--help"],
])
def test_help_reads_in_chinese(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert main(["--lang", "zh_CN", *argv]) == 0
    out = capsys.readouterr().out
    assert "用法：lishui" in out and "显示此帮助并退出" in out
    for english in ("usage:", "options:", "positional arguments", "show this help", "ACTION", " FILE",
                    " ID", " NAME", "COMMAND"):
        assert english not in out, (argv, english)
    assert main(["--lang", "en", *argv]) == 0
    assert not CJK.search(capsys.readouterr().out.split("\n")[0])  # English usage line


def test_restore_names_its_argument(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "zh_CN", "backup", "restore", "--help"]) == 0
    out = capsys.readouterr().out
    assert "lishui backup restore [-h] 编号" in out and "备份编号" in out
    assert main(["--lang", "zh_CN", "backup", "restore"]) == 2  # the contract: bad input exits 2
    err = capsys.readouterr().err
    assert err.startswith("lishui: 参数有误") and "编号" in err and err.count("\n") == 1


def test_chinese_help_lines_fit_the_terminal(capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from lishui_desktop.cli.common import text_width

    monkeypatch.setenv("COLUMNS", "80")
    assert main(["--lang", "zh_CN", "excel", "import", "--help"]) == 0
    lines = capsys.readouterr().out.splitlines()
    options = [line for line in lines if line.startswith("  --")]
    assert max(text_width(line) for line in lines) <= 80
    columns = {text_width(line[: len(line) - len(line[2:].split("  ", 1)[-1].lstrip())])
               for line in options if "  " in line[2:].strip()}
    assert len(columns) == 1, columns  # each option's help starts in the same column


def test_the_window_entry_answers_help_in_the_users_language(capsys: pytest.CaptureFixture[str]) -> None:
    """`lishui-desktop --help` (the GUI's own entry) speaks Chinese by default and English
    with --lang en; a wrong --lang is one translated line, exit 2."""
    from lishui_desktop.app import parse_args

    before = language()
    try:
        for argv, expected, absent in (
            (["--lang", "zh_CN", "--help"], "打开窗口后立即退出", "show this help"),
            (["--lang=en", "--help"], "open the window, then quit at once", "打开窗口"),
        ):
            with pytest.raises(SystemExit) as exited:
                parse_args(argv)
            assert exited.value.code == 0
            out = capsys.readouterr().out
            assert expected in out and absent not in out, out
        with pytest.raises(SystemExit) as exited:
            parse_args(["--lang", "xx"])
        assert exited.value.code == 2
        assert "lishui-desktop：错误：" in (err := capsys.readouterr().err) and "无效的选项" in err
        assert parse_args(["--db", "x.sqlite3", "-platform", "offscreen"]).db == "x.sqlite3"  # Qt's own pass
    finally:
        set_language(before)


def test_the_window_entry_with_a_language_loads_no_cli_before_the_window() -> None:
    """`lishui-desktop --lang en` parses its options without the CLI's catalogue (and the
    SQLAlchemy it brings), which would delay the window's first paint."""
    import subprocess
    import sys

    code = ("import sys; from lishui_desktop.app import parse_args; parse_args(['--lang', 'en']); "
            "print('sqlalchemy' in sys.modules, 'lishui_desktop.cli' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"], out
