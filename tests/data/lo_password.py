#!/usr/bin/python3
"""Save a workbook again with a password to open, by LibreOffice itself (its UNO API).

    /usr/bin/python3 tests/data/lo_password.py SOURCE TARGET FILTER PASSWORD

Run by the system Python with LibreOffice's bridge (apt-get install python3-uno): soffice
--convert-to takes no password. FILTER is e.g. "MS Excel 97" (an .xls encrypted with RC4) or
"calc8" (an encrypted .ods). Used by make_workbooks.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]


def prop(name: str, value: object) -> PropertyValue:
    item = PropertyValue()
    item.Name, item.Value = name, value
    return item


def main(source: str, target: str, filter_name: str, password: str) -> int:
    port = 2000 + os.getpid() % 5000
    with tempfile.TemporaryDirectory() as work:
        office = subprocess.Popen(
            ["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless", "--invisible", "--norestore",
             f"--accept=socket,host=127.0.0.1,port={port};urp;"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        desktop = None
        try:
            local = uno.getComponentContext()
            resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
            for _ in range(120):
                try:
                    context = resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
                    break
                except Exception:  # office still starting
                    time.sleep(0.5)
            else:
                raise SystemExit("LibreOffice did not start")
            desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
            document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0,
                                                    (prop("Hidden", True),))
            document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)),
                                (prop("FilterName", filter_name), prop("Password", password)))
            document.close(True)
        finally:
            if desktop is not None:
                try:
                    desktop.terminate()
                except Exception:  # the bridge closes as the office quits
                    pass
            office.wait(timeout=60)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
