"""Shared CLI plumbing: opening the database, printing, turning user errors into exit 2."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from lishui_desktop.db.database import Database
from lishui_desktop.db.server_url import is_server_url
from lishui_desktop.domain.errors import UserError, file_problem
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, fill, translate
from lishui_desktop.domain.masking import scrub
from lishui_desktop.paths import db_setting, resolve_db
from lishui_desktop.services import database_key
from lishui_desktop.services.database_key import NewKey, Policy

log = logging.getLogger("lishui.cli")

EXIT_OK = 0
EXIT_DAMAGED = 1
EXIT_USER_ERROR = 2


@dataclass
class CliContext:
    """What a command needs: the database path, opened lazily (unlocked first when it is
    encrypted; a new database is created encrypted unless `new_policy` says otherwise)."""

    db_arg: str | None
    _db: Database | None = field(default=None, repr=False)
    new_policy: Policy | None = None  # init sets it from the role and the deployment
    new_key: NewKey | None = None  # the key made for a database this command created
    on_server: bool = False  # the command works on a PostgreSQL store (set_defaults(on_server=True))

    @property
    def server_url(self) -> str | None:
        """The PostgreSQL URL when --db / LISHUI_DB names a server store."""
        given = db_setting(self.db_arg)
        return given.strip() if given is not None and is_server_url(given) else None

    @property
    def db_path(self) -> Path:
        """The database file; a command that works on files refuses a server store."""
        if self.server_url is not None:
            raise self._file_only(self.server_url)
        return resolve_db(self.db_arg)

    @staticmethod
    def _file_only(url: str) -> UserError:
        from lishui_desktop.db.server import ServerUrlError, shown

        return ServerUrlError(
            QT_TRANSLATE_NOOP(
                "Database",
                "%1 is a store on a PostgreSQL server; this command works only on a database file.",
            ),
            shown(url),
        )

    def unlocked_path(self) -> Path:
        """The database path, its key held when it is encrypted (typed when it must be)."""
        path = self.db_path
        with_typed_secret(lambda secret: database_key.unlock_with_secret(path, secret))
        return path

    def database(self) -> Database:
        if self._db is None and self.server_url is not None:
            if not self.on_server:  # not yet ported to PostgreSQL (#18): refused, not a traceback
                raise self._file_only(self.server_url)
            from lishui_desktop.services.setup import open_database

            self._db = open_database(self.server_url)  # the server guards its own data
            from lishui_desktop.db import store_lock

            store_lock.add_waiter(_say_waiting)  # another person's import first: say whose
        if self._db is None:
            path = self.db_path
            if path.exists():
                self.unlocked_path()
            else:
                self._new_key(path)
            from lishui_desktop.services.setup import open_database

            self._db = open_database(path)
            from lishui_desktop.services.reference_update import take_note

            note = take_note(self._db)  # a new release's reference data was applied: say so once
            if note:
                sys.stderr.write("lishui: " + note + "\n")
            if self.new_key is not None:
                from lishui_desktop.services.database_key import remember_recovery_code
                from lishui_desktop.services.encryption import POLICY_SETTING

                remember_recovery_code(self._db, self.new_key.recovery_code)
                policy = self.new_policy or Policy()
                self._db.set_setting(POLICY_SETTING, json.dumps(policy.as_json()))
        return self._db

    def _new_key(self, path: Path) -> None:
        policy = self.new_policy or Policy()
        if policy.encrypt:
            self.new_key = with_new_passphrase(
                policy, lambda passphrase: database_key.create_key(path, policy, passphrase)
            )

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


T = TypeVar("T")


def with_typed_secret(action: Callable[[str | None], T]) -> T:
    """Run `action(None)`; when it needs a key typed and a person is at the terminal, ask for
    the start passphrase or recovery code (three tries) and run it with that."""
    try:
        return action(None)
    except database_key.NeedKey as need:
        if not sys.stdin.isatty():
            raise
        sys.stderr.write(need.text() + "\n")
    prompt = translate("Cli", "Start passphrase or recovery code: ")
    for attempt in range(3):
        try:
            return action(getpass.getpass(prompt))
        except database_key.WrongSecret as wrong:
            if attempt == 2:
                raise
            sys.stderr.write(wrong.text() + "\n")
    raise AssertionError("unreachable")


def with_new_passphrase(policy: Policy, action: Callable[[str | None], T]) -> T:
    """Run `action` with a new start passphrase when one is needed: LISHUI_DB_PASSPHRASE, or
    asked twice at the terminal."""
    passphrase = os.environ.get(database_key.PASSPHRASE_ENV) or None
    if passphrase is None and database_key.passphrase_needed(policy) and sys.stdin.isatty():
        try:
            return action(None)
        except database_key.NeedKey as need:
            sys.stderr.write(need.text() + "\n")
        passphrase = getpass.getpass(translate("Cli", "New start passphrase: "))
        if getpass.getpass(translate("Cli", "Once more: ")) != passphrase:
            raise database_key.WrongSecret(
                QT_TRANSLATE_NOOP("Encryption", "The two passphrases differ.")
            )
    return action(passphrase)


def text_width(text: str) -> int:
    """Columns a text takes in a terminal: wide (CJK) characters count double."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help laid out by terminal columns: Chinese wraps between characters (it has
    no spaces) and a placeholder in Chinese does not push its help out of line."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        lines: list[str] = []
        line, used = "", 0
        for token in re.findall(r"\s+|[^\s\u2e80-\uffef]+|.", " ".join(text.split())):
            size = text_width(token)
            if used + size > width and line and not token.isspace() and token not in "，。、；：）」":
                carried = "（" if line.endswith("（") else ""  # an opening bracket goes with its text
                lines.append(line.removesuffix(carried).rstrip())
                line, used = carried, text_width(carried)
            if token.isspace() and not line:
                continue
            line, used = line + token, used + size
        return [*lines, line.rstrip()] if line else lines

    def _format_usage(self, usage: Any, actions: Any, groups: Any, prefix: Any) -> str:
        width, self._width = self._width, 10_000  # one line, wrapped below by columns
        try:
            line = super()._format_usage(usage, actions, groups, prefix).strip()
        finally:
            self._width = width
        parts: list[str] = []
        for part in re.findall(r"\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+", line):
            if parts and (part == "..." or parts[-1].startswith("-") and " " not in parts[-1]
                          and not part.startswith(("-", "[", "("))):
                parts[-1] += " " + part  # a required option stays with its value, a command with ...
            else:
                parts.append(part)
        head = next((i for i, part in enumerate(parts) if part.startswith(("[", "("))), len(parts))
        lines = [" ".join(parts[:head])]
        indent = " " * (text_width(lines[0]) + 1)
        for part in parts[head:]:
            if text_width(lines[-1]) + 1 + text_width(part) > width - 2 and lines[-1].strip():
                lines.append(indent + part)
            else:
                lines[-1] += " " + part
        return "\n".join(lines) + "\n\n"

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in self._split_lines(text, width - len(indent)))

    def _format_action(self, action: argparse.Action) -> str:
        text = super()._format_action(action)
        header = self._format_action_invocation(action)
        extra = text_width(header) - len(header)
        start = " " * self._current_indent + header
        if extra and action.help and text.startswith(start + "  "):
            rest = text[len(start):]
            spaces = len(rest) - len(rest.lstrip(" "))
            if spaces - extra >= 2:
                text = start + rest[extra:]
            else:
                text = start + "\n" + " " * (len(start) + spaces) + rest[spaces:]
        return text


class Parser(argparse.ArgumentParser):
    """argparse in the user's language: exits 2 with one translated line instead of its usage
    dump, and shows every placeholder (FILE, NAME ...) in the user's language; the help texts
    are translated where they are written (translate("CliHelp", ...))."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        sys.stderr.write("lishui: " + fill(translate("Cli", "bad arguments: %1 (see lishui --help)"), message) + "\n")
        raise SystemExit(EXIT_USER_ERROR)

    def _add_action(self, action: argparse.Action) -> argparse.Action:
        if isinstance(action.metavar, str):
            action.metavar = translate("CliMetavar", action.metavar)
        elif action.metavar is None and action.nargs != 0 and action.choices is None:
            action.metavar = translate("CliMetavar", action.dest.upper())
        return super()._add_action(action)


def actions(
    sub: argparse._SubParsersAction, name: str, help: str, dest: str | None = None,  # type: ignore[type-arg]
    *, on_server: bool = False,
) -> argparse._SubParsersAction:  # type: ignore[type-arg]
    """A command with actions of its own (`lishui NAME ACTION ...`): `help` (translated) is
    shown in the list of commands and atop its own --help; an action must be given.
    `on_server`: every action works on a PostgreSQL store too."""
    parser = sub.add_parser(name, help=help, description=help)
    if on_server:
        parser.set_defaults(on_server=True)
    group = parser.add_subparsers(dest=dest or f"{name}_command", metavar=translate("CliMetavar", "ACTION"))
    group.required = True
    return group


def command(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    name: str,
    help: str,
    handler: Callable[[argparse.Namespace, CliContext], int | None],
    *,
    json: bool = False,
    **defaults: Any,
) -> argparse.ArgumentParser:
    """A command that runs `handler`: `help` (translated) in the list and atop its --help;
    `json` adds the --json option every listing command has."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help, description=help)
    if json:
        json_option(parser)
    parser.set_defaults(handler=handler, **defaults)
    return parser


def role_option(parser: argparse.ArgumentParser) -> None:
    """--role of a laptop the office issues (field by default)."""
    parser.add_argument("--role", choices=("field", "lead", "office"), default="field", help=translate(
        "CliHelp", "the role: field (a field cadre's laptop, the default), lead (a working-group lead) or office"))


def json_option(parser: argparse.ArgumentParser | argparse._ArgumentGroup, required: bool = False) -> None:
    parser.add_argument("--json", action="store_true", required=required,
                        help=translate("CliHelp", "print the result as JSON, for scripts"))


def _say_waiting(holder: Any) -> None:
    """Once when a command has to wait for another person's work on a server store."""
    from lishui_desktop.db.store_lock import waiting_message

    sys.stderr.write("lishui: " + waiting_message(holder) + "\n")
    sys.stderr.flush()


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
        return fail(translate("Cli", "no command given (see lishui --help)"))
    try:
        result = handler(args, ctx)
        return EXIT_OK if result is None else int(result)
    except UserError as exc:
        return fail(exc.text())
    except KeyboardInterrupt:
        return fail(translate("Cli", "interrupted"))
    except BrokenPipeError:  # the reader stopped (e.g. `| head`): end quietly
        silence_stdout()
        return EXIT_OK
    except OSError as exc:
        return fail(fill(translate("Cli", "cannot use the file %1: %2"), getattr(exc, "filename", "") or "", file_problem(exc)))
    finally:
        ctx.close()


def silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's final flush of the closed pipe
    does not print an error on the way out."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is no real file (tests)
        pass


def table_text(headers: list[str], rows: list[list[Any]]) -> str:
    """A plain aligned text table (wide CJK characters count double)."""
    width = text_width
    cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in r] for r in rows]
    widths = [max(width(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for n, row in enumerate(cells):
        lines.append("  ".join(c + " " * (widths[i] - width(c)) for i, c in enumerate(row)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
