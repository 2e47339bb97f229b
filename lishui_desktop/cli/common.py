"""Shared CLI plumbing: opening the database, printing, turning user errors into exit 2."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lishui_desktop.db.database import Database
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import translate
from lishui_desktop.domain.masking import scrub
from lishui_desktop.paths import resolve_db

log = logging.getLogger("lishui.cli")

EXIT_OK = 0
EXIT_DAMAGED = 1
EXIT_USER_ERROR = 2


@dataclass
class CliContext:
    """What a command needs: the database path, opened lazily."""

    db_arg: str | None
    _db: Database | None = field(default=None, repr=False)

    @property
    def db_path(self) -> Path:
        return resolve_db(self.db_arg)

    def database(self) -> Database:
        if self._db is None:
            from lishui_desktop.services.setup import open_database

            self._db = open_database(self.db_path)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def tr(text: str, *args: object) -> str:
    return translate("Cli", text, *args)


def say(text: str) -> None:
    print(text)


def fail(text: str) -> int:
    """One clear line on stderr; exit code 2."""
    sys.stderr.write("lishui: " + scrub(text) + "\n")
    return EXIT_USER_ERROR


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False, default=str)
    sys.stdout.write("\n")


def run_command(args: argparse.Namespace, ctx: CliContext) -> int:
    """Run the handler a sub-command registered (`set_defaults(handler=...)`)."""
    handler = getattr(args, "handler", None)
    if handler is None:
        return fail(tr("no command given (see lishui --help)"))
    try:
        result = handler(args, ctx)
        return EXIT_OK if result is None else int(result)
    except UserError as exc:
        return fail(exc.text())
    except KeyboardInterrupt:
        return fail(tr("interrupted"))
    except OSError as exc:
        return fail(tr("cannot use the file %1: %2", getattr(exc, "filename", "") or "", exc.strerror or exc))
    finally:
        ctx.close()


def table_text(headers: list[str], rows: list[list[Any]]) -> str:
    """A plain aligned text table (wide CJK characters count double)."""
    import unicodedata

    def width(s: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)

    cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in r] for r in rows]
    widths = [max(width(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for n, row in enumerate(cells):
        lines.append("  ".join(c + " " * (widths[i] - width(c)) for i, c in enumerate(row)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
