"""argparse's own messages (missing or unknown arguments, bad choices) in the user's language.

argparse looks each message up through its module-level gettext function when it reports; it
is pointed at the program's catalogue (context "argparse") once, before the parser is built.
"""

from __future__ import annotations

import argparse

from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate

MESSAGES = (  # the ones a user can meet; the rest stay argparse's English
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),  # the window's entry (lishui-desktop)
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
)

# The placeholders of the help (cli.common.Parser shows them in the user's language): given as
# metavar, or argparse's default, the option's name in capitals. A test checks none is missing.
METAVARS = (
    QT_TRANSLATE_NOOP("CliMetavar", "ACTION"),
    QT_TRANSLATE_NOOP("CliMetavar", "AGREEMENT"),
    QT_TRANSLATE_NOOP("CliMetavar", "CATEGORY"),
    QT_TRANSLATE_NOOP("CliMetavar", "CODE"),
    QT_TRANSLATE_NOOP("CliMetavar", "COLUMN"),
    QT_TRANSLATE_NOOP("CliMetavar", "COMMAND"),
    QT_TRANSLATE_NOOP("CliMetavar", "COUNTY"),
    QT_TRANSLATE_NOOP("CliMetavar", "DATE"),
    QT_TRANSLATE_NOOP("CliMetavar", "DB"),
    QT_TRANSLATE_NOOP("CliMetavar", "DEVICE"),
    QT_TRANSLATE_NOOP("CliMetavar", "FILE"),
    QT_TRANSLATE_NOOP("CliMetavar", "FILE.pdf"),
    QT_TRANSLATE_NOOP("CliMetavar", "FULL_NAME"),
    QT_TRANSLATE_NOOP("CliMetavar", "ID"),
    QT_TRANSLATE_NOOP("CliMetavar", "KEY"),
    QT_TRANSLATE_NOOP("CliMetavar", "KIND"),
    QT_TRANSLATE_NOOP("CliMetavar", "LEVEL"),
    QT_TRANSLATE_NOOP("CliMetavar", "MEASURE"),
    QT_TRANSLATE_NOOP("CliMetavar", "NAME"),
    QT_TRANSLATE_NOOP("CliMetavar", "ORGANISER"),
    QT_TRANSLATE_NOOP("CliMetavar", "PAIRING"),
    QT_TRANSLATE_NOOP("CliMetavar", "PARENT"),
    QT_TRANSLATE_NOOP("CliMetavar", "PARTNER"),
    QT_TRANSLATE_NOOP("CliMetavar", "PARTY"),
    QT_TRANSLATE_NOOP("CliMetavar", "PLACE"),
    QT_TRANSLATE_NOOP("CliMetavar", "ROLE"),
    QT_TRANSLATE_NOOP("CliMetavar", "ROW"),
    QT_TRANSLATE_NOOP("CliMetavar", "RULE"),
    QT_TRANSLATE_NOOP("CliMetavar", "SCALE"),
    QT_TRANSLATE_NOOP("CliMetavar", "SCOPE"),
    QT_TRANSLATE_NOOP("CliMetavar", "SEED"),
    QT_TRANSLATE_NOOP("CliMetavar", "SIDE"),
    QT_TRANSLATE_NOOP("CliMetavar", "TABLE"),
    QT_TRANSLATE_NOOP("CliMetavar", "TARGET"),
    QT_TRANSLATE_NOOP("CliMetavar", "THRESHOLD"),
    QT_TRANSLATE_NOOP("CliMetavar", "TITLE"),
    QT_TRANSLATE_NOOP("CliMetavar", "UNIT"),
    QT_TRANSLATE_NOOP("CliMetavar", "VALUE"),
    QT_TRANSLATE_NOOP("CliMetavar", "WORDING"),
    QT_TRANSLATE_NOOP("CliMetavar", "YEAR"),
    QT_TRANSLATE_NOOP("CliMetavar", "YYYY-MM"),
)


def install() -> None:
    argparse._ = lambda text: translate("argparse", text)  # type: ignore[attr-defined]
