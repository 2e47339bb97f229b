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
from lishui_desktop.cli.common import (
    EXIT_USER_ERROR,
    CliContext,
    Parser,
    run_command,
    silence_stdout,
)
from lishui_desktop.cli.output import BadEncoding, CliOutput
from lishui_desktop.cli.windowed import open_windowed_streams
from lishui_desktop.domain.i18n import fill, set_language, translate

COMMAND_MODULES = (
    "setup_cmds",
    "list_cmd",
    "progress_cmd",
    "targets_cmd",
    "places_cmd",
    "pairings_cmd",
    "bundle_cmd",
    "deployment_cmd",
    "excel_cmd",
    "report_cmd",
    "backup_cmd",
    "keys_cmd",
    "db_cmd",
    "devices_cmd",
    "office_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    argparse_text.install()
    parser = Parser(prog="lishui", description=translate(
        "CliHelp", "lishui-desktop on the command line: the same records and rules as the window. "
        "Exit codes: 0 done, 1 a check found damage, 2 bad input (one line on stderr)."))
    parser.add_argument("--db", help=translate(
        "CliHelp", "the database file, or a PostgreSQL store's URL (default: LISHUI_DB, else the "
        "user's data folder)"))
    parser.add_argument("--lang", choices=("zh_CN", "en"), help=translate(
        "CliHelp", "language of messages: zh_CN (Chinese, the default) or en (English)"))
    parser.add_argument("--encoding", metavar="NAME", help=translate(
        "CliHelp", "encoding of redirected or piped output (default utf-8, no BOM; e.g. gbk, "
        "gb18030, utf-8-sig); a console always gets Unicode"))
    sub = parser.add_subparsers(dest="command", metavar=translate("CliMetavar", "COMMAND"),
                                parser_class=Parser)
    sub.required = True
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"lishui_desktop.cli.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    windowed = open_windowed_streams()  # the windowed program has no stdout/stderr of its own
    code = EXIT_USER_ERROR
    try:
        code = _main(list(sys.argv[1:] if argv is None else argv))
    finally:
        windowed.finish(code)
    return code


def _main(args_list: list[str]) -> int:
    lang = _peek_option(args_list, "--lang")
    if lang in ("zh_CN", "en"):
        set_language(lang)
    for arg in args_list:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:  # bytes that are no UTF-8 (Python keeps them as surrogates)
            shown = arg.encode("utf-8", "replace").decode("utf-8")
            sys.stderr.write(
                "lishui: " + fill(translate("Cli", "the argument %1 is not valid text (UTF-8)"), shown) + "\n"
            )
            return EXIT_USER_ERROR
    try:
        output = CliOutput(_peek_option(args_list, "--encoding"))
    except BadEncoding as exc:
        sys.stderr.write("lishui: " + fill(translate("Cli", "unknown encoding %1"), str(exc)) + "\n")
        return EXIT_USER_ERROR
    with output:
        try:
            parser = build_parser()
            args = parser.parse_args(args_list)
            from lishui_desktop.services.logs import setup_logging

            setup_logging()
            code = run_command(args, CliContext(db_arg=args.db, on_server=getattr(args, "on_server", False)))
        except SystemExit as exc:  # --help, or argparse refused the arguments
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else EXIT_USER_ERROR)
        missing = output.finish()
        if missing is not None:
            sys.stderr.write("lishui: " + output.refusal(missing) + "\n")
            code = EXIT_USER_ERROR
    try:
        sys.stdout.flush()  # what is still buffered for a pipe the reader closed (| head)
    except BrokenPipeError:
        silence_stdout()  # else the interpreter's last flush prints the error on the way out
    except (OSError, ValueError, AttributeError):
        pass
    return code


def _peek_option(argv: list[str], name: str) -> str | None:
    """An option's value before argparse runs (its messages already need the language, and
    its help the output encoding)."""
    for i, arg in enumerate(argv):
        if arg == "--":
            return None
        if arg == name and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


def entry() -> None:
    raise SystemExit(main())
