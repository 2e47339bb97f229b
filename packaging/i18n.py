#!/usr/bin/env python3
"""The translation pass: extract, fill, report, compile.

    python3 packaging/i18n.py            # rewrite i18n/*.ts, report what is missing, build .qm
    python3 packaging/i18n.py --check    # exit 1 if the .ts files are stale or a string is missing
    python3 packaging/i18n.py --out DIR  # write the .ts files into DIR instead (no .qm)

1. Extraction: `pyside6-lupdate` over every .py of lishui_desktop/ (self.tr, translate and
   QT_TRANSLATE_NOOP with literal contexts), joined with packaging/i18n_extract.py, which also
   resolves the non-Qt layer (contexts in constants, wrappers such as cli.common.tr). lupdate's
   entries with an empty context (a module-level `tr()` wrapper it cannot follow) are dropped:
   the extractor files them under their real context.
2. Filling: i18n/lishui_zh_CN.ts gets its Chinese from i18n/zh_CN/*.json
   ({"<context>": {"<English source>": "<中文>"}}, files in name order, the first wins), else
   from a finished translation already in the .ts (kept, e.g. from Qt Linguist); everything
   else is `unfinished`. i18n/lishui_en.ts has source = translation.
3. Report: untranslated strings (with where they are), JSON entries that match no source
   string, translations whose %1..%9 placeholders differ from the source.
4. `pyside6-lrelease` compiles both .ts files to .qm (gitignored; the build and dev.py run it).

The .ts files carry no line numbers, contexts and messages are sorted: they change only when a
string or a translation does. Qt and the non-Qt layers (domain/i18n.py) read the compiled .qm.
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
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from i18n_extract import extract  # noqa: E402

I18N = ROOT / "i18n"
PACKAGE = "lishui_desktop"
LANGS = ("zh_CN", "en")
Key = tuple[str, str]
PLACEHOLDER = re.compile(r"%\d")


def tool(name: str) -> str | None:
    exe = name + (".exe" if os.name == "nt" else "")
    beside = Path(sys.executable).parent / exe
    return str(beside) if beside.exists() else shutil.which(name)


def lupdate_messages(root: Path) -> set[Key]:
    """What pyside6-lupdate finds (empty contexts dropped); empty if the tool is missing."""
    lupdate = tool("pyside6-lupdate")
    if lupdate is None:
        print("[i18n] pyside6-lupdate not found: extraction by ast only", file=sys.stderr)
        return set()
    sources = sorted(str(p) for p in (root / PACKAGE).rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "lupdate.ts"
        subprocess.run([lupdate, "-silent", "-locations", "none", *sources, "-ts", str(out)],
                       check=True, stdout=subprocess.DEVNULL)
        tree = ElementTree.parse(out)
    found = set()
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            if name:
                found.add((name, msg.findtext("source") or ""))
    return found


@dataclass
class Catalog:
    """Every source string with where it is used, and the Chinese for each."""

    where: dict[Key, list[str]] = field(default_factory=dict)
    chinese: dict[Key, str] = field(default_factory=dict)
    json_entries: dict[Key, str] = field(default_factory=dict)  # key -> file it came from
    conflicts: list[str] = field(default_factory=list)

    def missing(self) -> list[Key]:
        return sorted(k for k in self.where if not self.chinese.get(k))

    def unused(self) -> list[Key]:
        return sorted(k for k in self.json_entries if k not in self.where)

    def bad_placeholders(self) -> list[Key]:
        return sorted(
            k for k, text in self.chinese.items()
            if k in self.where and sorted(PLACEHOLDER.findall(k[1])) != sorted(PLACEHOLDER.findall(text))
        )


def read_ts(path: Path) -> dict[Key, str]:
    """Finished translations of an existing .ts file."""
    if not path.exists():
        return {}
    table = {}
    for ctx in ElementTree.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            node = msg.find("translation")
            if node is not None and node.text and node.get("type") is None:
                table[(name, msg.findtext("source") or "")] = node.text
    return table


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


def build_catalog(root: Path = ROOT, ts_dir: Path | None = None, use_lupdate: bool = True) -> Catalog:
    catalog = Catalog()
    for item in extract(root, PACKAGE):
        catalog.where.setdefault((item.context, item.source), []).append(f"{item.file}:{item.line}")
    if use_lupdate:
        for key in lupdate_messages(root) - catalog.where.keys():
            catalog.where[key] = ["(found by pyside6-lupdate only)"]
    from_json = read_json(root / "i18n" / "zh_CN", catalog)
    existing = read_ts((ts_dir or root / "i18n") / "lishui_zh_CN.ts")
    for key in catalog.where:
        text = from_json.get(key) or existing.get(key)
        if text:
            catalog.chinese[key] = text
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


def generate(root: Path = ROOT, use_lupdate: bool = True) -> tuple[Catalog, dict[str, str]]:
    catalog = build_catalog(root, use_lupdate=use_lupdate)
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
        return 1 if stale or catalog.missing() or catalog.bad_placeholders() else 0
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
