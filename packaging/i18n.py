#!/usr/bin/env python3
"""The translation pass: pyside6-lupdate, the Chinese, a report, pyside6-lrelease.

    python3 packaging/i18n.py            # rewrite i18n/*.ts, report what is missing, build .qm
    python3 packaging/i18n.py --check    # exit 1 if the .ts files are stale or a string is missing
    python3 packaging/i18n.py --out DIR  # write the .ts files into DIR instead (no .qm)

1. Extraction: `pyside6-lupdate` alone, over every .py of lishui_desktop/. The code writes
   every string in a form it reads: `QCoreApplication.translate("Ctx", "text")`,
   `translate("Ctx", "text")` (domain/i18n.py, same arguments), `QT_TRANSLATE_NOOP("Ctx",
   "text")` and `self.tr("text")` in a class (context: the class), always a literal context
   and text and two arguments; placeholders are filled outside the call:
   `fill(translate("Ctx", "%1 rows"), n)`. A message lupdate files under an empty context (a
   bare `tr()`), with a disambiguation comment or as a plural is reported as an error: the
   program would never look it up that way.
2. Filling: the Chinese comes from i18n/zh_CN/*.json ({"<context>": {"<English source>":
   "<中文>"}}, one file per area so that work in several areas merges without conflicts; files
   in name order, the first wins). The JSON files are the translators' source; the .ts files
   are generated (lupdate's messages with the JSON's Chinese) and committed for Qt Linguist and
   lrelease. i18n/lishui_en.ts has source = translation.
3. Report: strings without Chinese (with where lupdate found them), JSON entries for strings
   lupdate does not find (stale, or code lupdate cannot read), translations whose %1..%99
   placeholders differ from the source.
4. `pyside6-lrelease` compiles both .ts files to .qm (gitignored; the build and dev.py run it).

The .ts files carry no line numbers, contexts and messages are sorted: they change only when a
string or a translation does. Qt (QTranslator) and the non-Qt layers (domain/i18n.py) read the
compiled .qm.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
PACKAGE = "lishui_desktop"
LANGS = ("zh_CN", "en")
Key = tuple[str, str]
PLACEHOLDER = re.compile(r"%\d{1,2}")


def tool(name: str) -> str | None:
    exe = name + (".exe" if os.name == "nt" else "")
    beside = Path(sys.executable).parent / exe
    return str(beside) if beside.exists() else shutil.which(name)


@dataclass(frozen=True)
class Message:
    """One message of lupdate's output, with where it was found."""

    context: str
    source: str
    comment: str
    plural: bool
    where: tuple[str, ...]


def sources(root: Path) -> list[Path]:
    return sorted((root / PACKAGE).rglob("*.py"))


@lru_cache(maxsize=4)
def lupdate(root: Path = ROOT) -> tuple[Message, ...]:
    """Every message pyside6-lupdate finds in the program's sources (once per process)."""
    tool_path = tool("pyside6-lupdate")
    if tool_path is None:
        raise SystemExit("pyside6-lupdate not found (install PySide6 into this Python)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "lupdate.ts"
        subprocess.run([tool_path, "-silent", "-locations", "absolute",
                        *(str(p) for p in sources(root)), "-ts", str(out)],
                       check=True, stdout=subprocess.DEVNULL)
        tree = ElementTree.parse(out)
    found = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            where = tuple(
                f"{_relative(loc.get('filename', ''), root, Path(tmp))}:{loc.get('line', '?')}"
                for loc in msg.iter("location")
            )
            found.append(Message(name, msg.findtext("source") or "", msg.findtext("comment") or "",
                                 msg.get("numerus") == "yes", where))
    return tuple(found)


def _relative(filename: str, root: Path, ts_dir: Path) -> str:
    path = Path(filename) if Path(filename).is_absolute() else ts_dir / filename
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return filename


def unreadable(message: Message) -> str | None:
    """Why the program would never look a message up as lupdate filed it, or None."""
    if not message.context:
        return "no context (a bare tr(); write translate(\"Ctx\", ...) or self.tr in a class)"
    if message.comment:
        return f"a disambiguation comment {message.comment!r} (a third string argument)"
    if message.plural:
        return "a plural form (a third argument; fill placeholders with fill())"
    return None


@dataclass
class Catalog:
    """Every source string with where it is used, and the Chinese for each."""

    where: dict[Key, list[str]] = field(default_factory=dict)
    chinese: dict[Key, str] = field(default_factory=dict)
    json_entries: dict[Key, str] = field(default_factory=dict)  # key -> file it came from
    conflicts: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)

    def missing(self) -> list[Key]:
        return sorted(k for k in self.where if not self.chinese.get(k))

    def unused(self) -> list[Key]:
        return sorted(k for k in self.json_entries if k not in self.where)

    def problems(self) -> bool:
        """Anything that keeps a string from showing in Chinese, or a stale JSON entry."""
        return bool(self.missing() or self.bad_placeholders() or self.unused() or self.unreadable)

    def bad_placeholders(self) -> list[Key]:
        return sorted(
            k for k, text in self.chinese.items()
            if k in self.where and sorted(PLACEHOLDER.findall(k[1])) != sorted(PLACEHOLDER.findall(text))
        )


def read_json(folder: Path, catalog: Catalog) -> dict[Key, str]:
    table: dict[Key, str] = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for context, messages in data.items():
            for source, text in messages.items():
                key = (context, source)
                if not isinstance(text, str) or not text.strip():
                    continue
                if key in table and table[key] != text:
                    catalog.conflicts.append(
                        f"[{context}] {source!r}: {catalog.json_entries[key]} says {table[key]!r}, "
                        f"{path.name} says {text!r} (first kept)"
                    )
                    continue
                table[key] = text
                catalog.json_entries.setdefault(key, path.name)
    return table


def build_catalog(root: Path = ROOT) -> Catalog:
    """lupdate's messages with the Chinese of the JSON files."""
    catalog = Catalog()
    for message in lupdate(root):
        why = unreadable(message)
        if why:
            catalog.unreadable.append(f"[{message.context}] {message.source!r} "
                                      f"({', '.join(message.where)}): {why}")
            continue
        catalog.where.setdefault((message.context, message.source), []).extend(message.where)
    from_json = read_json(root / "i18n" / "zh_CN", catalog)
    for key in catalog.where:
        if from_json.get(key):
            catalog.chinese[key] = from_json[key]
    return catalog


def ts_text(catalog: Catalog, lang: str) -> str:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{lang}" sourcelanguage="en">',
    ]
    by_context: dict[str, list[str]] = {}
    for context, source in catalog.where:
        by_context.setdefault(context, []).append(source)
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for source in sorted(by_context[context]):
            text = source if lang == "en" else catalog.chinese.get((context, source), "")
            kind = "" if text else ' type="unfinished"'
            lines += [
                "    <message>",
                f"        <source>{escape(source)}</source>",
                f"        <translation{kind}>{escape(text)}</translation>",
                "    </message>",
            ]
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def generate(root: Path = ROOT) -> tuple[Catalog, dict[str, str]]:
    catalog = build_catalog(root)
    return catalog, {lang: ts_text(catalog, lang) for lang in LANGS}


def compile_qm(folder: Path) -> None:
    lrelease = tool("pyside6-lrelease")
    if lrelease is None:
        raise SystemExit("pyside6-lrelease not found (install PySide6 into this Python)")
    for lang in LANGS:
        ts = folder / f"lishui_{lang}.ts"
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def report(catalog: Catalog, limit: int = 400) -> None:
    missing = catalog.missing()
    print(f"[i18n] {len(catalog.where)} strings, {len(catalog.where) - len(missing)} translated, "
          f"{len(missing)} missing")
    for key in missing[:limit]:
        print(f"  missing [{key[0]}] {key[1]!r}  ({catalog.where[key][0]})")
    for key in catalog.bad_placeholders():
        print(f"  placeholders differ [{key[0]}] {key[1]!r} -> {catalog.chinese[key]!r}")
    for key in catalog.unused():
        print(f"  unused JSON entry ({catalog.json_entries[key]}) [{key[0]}] {key[1]!r}")
    for line in catalog.conflicts:
        print(f"  conflict {line}")
    for line in catalog.unreadable:
        print(f"  unreadable {line}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if stale or incomplete")
    parser.add_argument("--out", type=Path, help="write the .ts files here (no .qm)")
    parser.add_argument("--no-qm", action="store_true", help="do not run pyside6-lrelease")
    parser.add_argument("--quiet", action="store_true", help="only the summary line")
    args = parser.parse_args()
    catalog, texts = generate()
    report(catalog, limit=0 if args.quiet else 400)
    if args.check:
        stale = [lang for lang, text in texts.items()
                 if not (I18N / f"lishui_{lang}.ts").exists()
                 or (I18N / f"lishui_{lang}.ts").read_text(encoding="utf-8") != text]
        if stale:
            print(f"[i18n] stale: {', '.join(stale)} (run python3 packaging/i18n.py)")
        return 1 if stale or catalog.problems() else 0
    out = args.out or I18N
    out.mkdir(parents=True, exist_ok=True)
    for lang, text in texts.items():
        (out / f"lishui_{lang}.ts").write_text(text, encoding="utf-8", newline="\n")
    if not args.out and not args.no_qm:
        compile_qm(out)
    print(f"[i18n] wrote {', '.join(f'lishui_{lang}.ts' for lang in LANGS)} in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
