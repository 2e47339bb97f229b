"""Shared CLI plumbing: opening the database, printing, turning user errors into exit 2."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from lishui_desktop.db.database import Database
from lishui_desktop.db.server import is_server_url
from lishui_desktop.domain.errors import UserError, file_problem
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
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
    prompt = tr("Start passphrase or recovery code: ")
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
        passphrase = getpass.getpass(tr("New start passphrase: "))
        if getpass.getpass(tr("Once more: ")) != passphrase:
            raise database_key.WrongSecret(
                QT_TRANSLATE_NOOP("Encryption", "The two passphrases differ.")
            )
    return action(passphrase)


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
    except BrokenPipeError:  # the reader stopped (e.g. `| head`): end quietly
        silence_stdout()
        return EXIT_OK
    except OSError as exc:
        return fail(tr("cannot use the file %1: %2", getattr(exc, "filename", "") or "", file_problem(exc)))
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
