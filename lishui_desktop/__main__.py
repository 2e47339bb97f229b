"""python -m lishui_desktop: the GUI, or the CLI when given a sub-command."""

from __future__ import annotations

import sys

GUI_OPTIONS = {"--exit-after-start"}


def _wants_cli(argv: list[str]) -> bool:
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in ("--db", "--lang"):
            skip = True
            continue
        if arg.startswith("-"):
            if arg in ("-h", "--help"):
                return False
            continue
        return True  # first positional word is a sub-command
    return False


def main() -> int:
    argv = sys.argv[1:]
    if _wants_cli(argv):
        from lishui_desktop.cli import main as cli_main

        return cli_main(argv)
    from lishui_desktop.app import main as gui_main

    return gui_main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
