"""Simulated Windows: the CLI's output on a machine whose code page is GBK (cp936), and the
windowed program (no stdout, no stderr) run with a sub-command."""

from __future__ import annotations

import codecs
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lishui_desktop.cli import main as cli_main
from lishui_desktop.cli import windowed
from lishui_desktop.db.database import Database
from lishui_desktop.services.ledgers import save_record

ROOT = Path(__file__).resolve().parents[2]
RARE = "刘䶮"  # U+4DAE: in Unicode's Ext-A, not in GBK


@pytest.fixture
def rare_db(db: Database) -> Path:
    save_record(db, "placements", {"person.name": RARE, "person.county_id": "平昌县", "employer": "丽水厂",
                                   "start_date": "2019-02-01", "monthly_wage_fen": "3500"})
    db.close()
    return db.path


def _run(args: list[str], tmp_path: Path, env_extra: dict[str, str], prefix: str = "") -> tuple[int, bytes, bytes]:
    """Run `python -m lishui_desktop ARGS` with stdout and stderr redirected to files (as
    `> out.json 2> err.txt` would), the environment of a GBK machine."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), LISHUI_LANG="zh_CN", **env_extra)
    out, err = tmp_path / "out.bin", tmp_path / "err.bin"
    code = prefix + "from lishui_desktop.__main__ import main; raise SystemExit(main())"
    with open(out, "wb") as o, open(err, "wb") as e:
        done = subprocess.run([sys.executable, "-c", code, *args], stdout=o, stderr=e, env=env, timeout=120)
    return done.returncode, out.read_bytes(), err.read_bytes()


GBK_MACHINES = [
    {"PYTHONIOENCODING": "gbk"},
    {"PYTHONIOENCODING": "cp936"},
    {"PYTHONIOENCODING": "gbk:strict", "PYTHONUTF8": "0"},
    "locale",  # a real zh_CN.GBK locale: Python's locale encoding is GBK, as cp936 is on Windows
]


@pytest.fixture(scope="module")
def gbk_locale(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment of a zh_CN.GBK locale, compiled with localedef into a private folder."""
    folder = tmp_path_factory.mktemp("locales")
    built = subprocess.run(["localedef", "-i", "zh_CN", "-f", "GBK", str(folder / "zh_CN.GBK")],
                           capture_output=True, text=True)
    env = {"LOCPATH": str(folder), "LC_ALL": "zh_CN.GBK", "LANG": "zh_CN.GBK", "PYTHONIOENCODING": "", "PYTHONUTF8": "0"}
    probe = subprocess.run([sys.executable, "-c", "import locale; print(locale.getpreferredencoding())"],
                           capture_output=True, text=True, env=dict(os.environ, **env))
    if probe.stdout.strip().upper() != "GBK":
        pytest.skip(f"no zh_CN.GBK locale here (localedef: {built.stderr.strip()[:200]})")
    return env


@pytest.mark.parametrize("machine", GBK_MACHINES)
def test_redirected_output_is_utf8_whatever_the_code_page(rare_db: Path, tmp_path: Path, machine: dict[str, str] | str,
                                                          request: pytest.FixtureRequest) -> None:
    env = request.getfixturevalue("gbk_locale") if machine == "locale" else machine
    assert isinstance(env, dict)
    code, out, err = _run(["--db", str(rare_db), "list", "persons", "--json"], tmp_path, env)
    assert code == 0, err.decode("utf-8", "replace")
    assert not out.startswith(codecs.BOM_UTF8)
    data = json.loads(out.decode("utf-8"))  # strict: every byte is UTF-8
    assert [r["name"] for r in data["records"]] == [RARE]
    assert b"Traceback" not in err


def test_messages_on_stderr_are_utf8_too(tmp_path: Path) -> None:
    code, out, err = _run(["--db", str(tmp_path / "无此目录" / "x.db"), "backup", "restore", "不存在"], tmp_path,
                          {"PYTHONIOENCODING": "gbk"})
    assert code == 2 and out == b""
    text = err.decode("utf-8")
    assert text.startswith("lishui: ") and text.count("\n") == 1 and "Traceback" not in text


def test_encoding_gbk_refuses_a_rare_name_and_writes_nothing(rare_db: Path, tmp_path: Path) -> None:
    code, out, err = _run(["--db", str(rare_db), "--encoding", "gbk", "list", "persons", "--json"], tmp_path,
                          {"PYTHONIOENCODING": "gbk"})
    assert code == 2
    assert out == b""  # not a truncated file: nothing
    text = err.decode("gbk")
    assert text.count("\n") == 1 and "Traceback" not in text
    assert "U+4DAE" in text and "gbk" in text and "gb18030" in text and "什么也没有写出" in text


def test_encoding_gbk_writes_gbk_when_every_character_fits(rare_db: Path, tmp_path: Path) -> None:
    code, out, err = _run(["--db", str(rare_db), "--encoding", "GBK", "list", "pairings", "--json"], tmp_path, {})
    assert code == 0, err
    data = json.loads(out.decode("gbk"))
    assert data["count"] == 6
    with pytest.raises(UnicodeDecodeError):
        out.decode("utf-8")  # really GBK, not UTF-8


@pytest.mark.parametrize(("name", "bom"), [("gb18030", b""), ("utf-8-sig", codecs.BOM_UTF8), ("utf8", b"")])
def test_encodings_that_hold_every_character(rare_db: Path, tmp_path: Path, name: str, bom: bytes) -> None:
    code, out, err = _run(["--db", str(rare_db), "--encoding", name, "list", "persons", "--json"], tmp_path,
                          {"PYTHONIOENCODING": "gbk"})
    assert code == 0, err
    assert out.startswith(bom) if bom else not out.startswith(codecs.BOM_UTF8)
    assert json.loads(codecs.decode(out, name))["records"][0]["name"] == RARE


def test_unknown_encoding_is_one_line(tmp_path: Path) -> None:
    for bad in ("klingon", "rot13"):
        code, out, err = _run(["--encoding", bad, "check"], tmp_path, {})
        assert code == 2 and out == b""
        assert err.decode("utf-8") == f"lishui: 未知的编码：{bad}\n"


def test_the_table_output_too(rare_db: Path, tmp_path: Path) -> None:
    code, out, _err = _run(["--db", str(rare_db), "list", "persons"], tmp_path, {"PYTHONIOENCODING": "gbk"})
    assert code == 0 and RARE in out.decode("utf-8")


# --- the windowed program: sys.stdout and sys.stderr are None -------------------------------

WINDOWED = "import sys; sys.stdout = sys.stderr = None; "
# on Windows itself a windowed run without a console ends in a real message box, which waits
POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="simulates the windowed program")


@POSIX_ONLY
def test_windowed_without_console_writes_a_file_it_names(rare_db: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    code, out, err = _run(["--db", str(rare_db), "list", "persons", "--json"], tmp_path,
                          {"LISHUI_DATA_DIR": str(data)}, prefix=WINDOWED)
    assert code == 0 and out == b"" and err == b""
    [written] = (data / "output").glob("lishui-*.txt")
    raw = written.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)  # Notepad reads it as UTF-8
    assert json.loads(raw.decode("utf-8-sig"))["records"][0]["name"] == RARE
    log = "".join(p.read_text(encoding="utf-8") for p in (data / "logs").glob("*.log"))
    assert str(written) in log  # named in the log (and, on Windows, in a message box)


@POSIX_ONLY
def test_windowed_error_is_in_the_file_not_an_attribute_error(tmp_path: Path) -> None:
    data = tmp_path / "data"
    code, out, err = _run(["--db", str(tmp_path / "x.db"), "backup", "restore", "不存在"], tmp_path,
                          {"LISHUI_DATA_DIR": str(data)}, prefix=WINDOWED)
    assert code == 2 and out == b"" and err == b""
    [written] = (data / "output").glob("lishui-*.txt")
    text = written.read_text(encoding="utf-8-sig")
    assert text.startswith("lishui: ") and "Traceback" not in text and "AttributeError" not in text


class FakeWindows:
    """The Windows side of the windowed program: inherited handles, the parent's console, a
    message box, each present or not."""

    def __init__(self, inherited: bool = False, console: bool = False) -> None:
        self.inherited_stream = io.StringIO() if inherited else None
        self.console = io.StringIO() if console else None
        self.boxes: list[tuple[str, str, bool]] = []

    def inherited(self, which: int) -> io.StringIO | None:
        return self.inherited_stream if which == windowed.STD_OUTPUT_HANDLE else None

    def attach_parent_console(self) -> io.StringIO | None:
        return self.console

    def message_box(self, title: str, text: str, error: bool) -> None:
        self.boxes.append((title, text, error))


def _with(monkeypatch: pytest.MonkeyPatch, system: FakeWindows) -> None:
    """The windowed program on `system`: no stdout, no stderr (set in the test itself, after
    pytest's capture has put its own streams in place)."""
    real = windowed.open_windowed_streams
    monkeypatch.setattr("lishui_desktop.cli.open_windowed_streams", lambda: real(system))
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)


def test_windowed_attaches_to_the_console_it_was_started_from(rare_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    system = FakeWindows(console=True)
    _with(monkeypatch, system)
    assert cli_main(["--db", str(rare_db), "list", "persons", "--json"]) == 0
    assert system.console is not None
    text = system.console.getvalue()
    assert json.loads(text)["records"][0]["name"] == RARE and system.boxes == []
    assert cli_main(["--db", str(rare_db), "backup", "restore", "不存在"]) == 2
    assert system.console.getvalue()[len(text):].startswith("lishui: ")


def test_windowed_uses_the_handles_it_was_started_with(rare_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    system = FakeWindows(inherited=True, console=True)  # `lishui-desktop list ... > out.json`
    _with(monkeypatch, system)
    assert cli_main(["--db", str(rare_db), "list", "persons", "--json"]) == 0
    assert system.inherited_stream is not None and system.console is not None
    assert json.loads(system.inherited_stream.getvalue())["count"] == 1
    assert system.console.getvalue().strip() == ""  # stderr had nothing to say


def test_windowed_from_a_shortcut_says_where_the_output_is(rare_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    system = FakeWindows()
    _with(monkeypatch, system)
    assert cli_main(["--db", str(rare_db), "check"]) == 0
    assert cli_main(["--db", str(rare_db), "backup", "restore", "不存在"]) == 2
    (_, ok_text, ok_error), (_, bad_text, bad_error) = system.boxes
    assert not ok_error and bad_error
    assert ok_text.startswith("命令已完成，输出写在 ") and "退出码 2" in bad_text
    ok_file = Path(ok_text.split("输出写在 ", 1)[1])
    assert "完好" in ok_file.read_text(encoding="utf-8-sig")
    assert sys.stdout is None and sys.stderr is None  # as it was started


def test_windowed_into_a_text_only_stream_with_gbk(rare_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    system = FakeWindows(inherited=True, console=True)
    _with(monkeypatch, system)
    assert cli_main(["--db", str(rare_db), "--encoding", "gbk", "list", "pairings", "--json"]) == 0
    assert system.inherited_stream is not None and json.loads(system.inherited_stream.getvalue())["count"] == 6
    assert cli_main(["--db", str(rare_db), "--encoding", "gbk", "list", "persons", "--json"]) == 2
    assert json.loads(system.inherited_stream.getvalue())["count"] == 6  # nothing added
    assert system.console is not None and "U+4DAE" in system.console.getvalue()
