"""Entry point of the frozen build: one program, two executables.

`lishui-desktop` (windowed) is the GUI, or the CLI when given a sub-command, like
`python -m lishui_desktop`; `lishui` (console) is always the command line.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    if Path(sys.executable).stem.lower() == "lishui":
        from lishui_desktop.cli import main as cli_main

        return cli_main()
    from lishui_desktop.__main__ import main as routed_main

    return routed_main()


if __name__ == "__main__":
    raise SystemExit(main())
