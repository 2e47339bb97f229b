"""Where report previews are written, and how they go away.

A preview PDF carries names and masked (or, on request, full) IDs: it must not stay on the
laptop. Each program's previews live in their own folder under `<data dir>/previews/`, marked by
a lock the process holds. A preview is deleted when the next one replaces it or the preview
closes, the folder when the program ends; and at the next start, every folder whose program is
gone (crashed, killed, or a file Windows would not let go of) is removed.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import uuid
from pathlib import Path

from lishui_desktop.db.lock import FileLock
from lishui_desktop.paths import data_dir

log = logging.getLogger("lishui.previews")

OWNER = ".owner"


def previews_root() -> Path:
    return data_dir() / "previews"


def remove_file(path: Path) -> bool:
    """Delete one preview; False when it cannot be yet (Windows: still open somewhere)."""
    try:
        path.unlink(missing_ok=True)
        return True
    except OSError:
        return False


def sweep(root: Path | None = None) -> list[Path]:
    """Remove what previews other programs left behind (their owner is gone); returns them."""
    root = previews_root() if root is None else root
    removed: list[Path] = []
    if not root.is_dir():
        return removed
    for item in root.iterdir():
        if item.is_dir():
            owner = FileLock(item / OWNER)
            if not (item / OWNER).exists() or owner.try_acquire():
                owner.release()
                shutil.rmtree(item, ignore_errors=True)
                if not item.exists():
                    removed.append(item)
        elif remove_file(item):
            removed.append(item)
    if removed:
        log.info("removed %d report previews left by earlier runs", len(removed))
    return removed


class PreviewFolder:
    """This program's previews: `new_file()` names one, `discard()` deletes it, `close()` all."""

    def __init__(self, root: Path | None = None) -> None:
        root = previews_root() if root is None else root
        sweep(root)
        self.path = root / f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.path.mkdir(parents=True)
        self._owner = FileLock(self.path / OWNER)
        self._owner.try_acquire()
        self._count = 0
        atexit.register(self.close)

    def new_file(self, stem: str, suffix: str = ".pdf") -> Path:
        self._count += 1
        return self.path / f"{stem}-{self._count}{suffix}"

    def discard(self, path: Path) -> None:
        if path.parent == self.path:
            remove_file(path)

    def close(self) -> None:
        """Delete every preview and the folder (what cannot be deleted now goes at next start)."""
        atexit.unregister(self.close)
        if not self.path.exists():
            return
        for item in self.path.iterdir():
            if item.name != OWNER:
                remove_file(item)
        self._owner.release()
        shutil.rmtree(self.path, ignore_errors=True)
