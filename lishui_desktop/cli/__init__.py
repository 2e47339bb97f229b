"""The `lishui` command line: the same services as the GUI (contract in docs/architecture.md).

Each command group lives in its own module with a `register(subparsers)` function.
Exit codes: 0 success, 1 a check found damage, 2 bad input (one clear line on stderr).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from lishui_desktop.cli import argparse_text
from lishui_desktop.cli.common import CliContext, run_command
from lishui_desktop.domain.i18n import set_language, translate

COMMAND_MODULES = (
    "setup_cmds",
    "list_cmd",
    "progress_cmd",
    "bundle_cmd",
    "deployment_cmd",
    "excel_cmd",
    "report_cmd",
    "backup_cmd",
    "keys_cmd",
)


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one translated line instead of its usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(
            "lishui: " + translate("Cli", "bad arguments: %1 (see lishui --help)", message) + "\n"
        )
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    argparse_text.install()
    parser = _Parser(prog="lishui", description="lishui-desktop command line")
    parser.add_argument("--db", help="database file (default: LISHUI_DB, else the user's data dir)")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="language of messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"lishui_desktop.cli.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = _peek_lang(args_list)
    if lang:
        set_language(lang)
    for arg in args_list:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:  # bytes that are no UTF-8 (Python keeps them as surrogates)
            shown = arg.encode("utf-8", "replace").decode("utf-8")
            sys.stderr.write(
                "lishui: " + translate("Cli", "the argument %1 is not valid text (UTF-8)", shown) + "\n"
            )
            return 2
    parser = build_parser()
    args = parser.parse_args(args_list)
    from lishui_desktop.services.logs import setup_logging

    setup_logging()
    code = run_command(args, CliContext(db_arg=args.db))
    return code


def _peek_lang(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in ("zh_CN", "en"):
            return argv[i + 1]
        if arg.startswith("--lang=") and arg.split("=", 1)[1] in ("zh_CN", "en"):
            return arg.split("=", 1)[1]
    return None


def entry() -> None:
    raise SystemExit(main())
