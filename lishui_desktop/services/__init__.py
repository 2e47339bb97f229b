"""Use cases shared by the GUI and the CLI: plain values in, dataclasses out.

Importing any service registers sync's change capture on the ORM's unit of work, so every
service's writes of synced rows are captured (lishui_desktop/sync/capture.py).
"""

from lishui_desktop.sync import capture as _capture  # noqa: F401  (registers the flush hook)
