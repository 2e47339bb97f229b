"""Bulk work without cyclic garbage collection passes.

Reading, checking and writing thousands of rows makes hundreds of thousands of small objects
that live until the work ends (freed by reference counting, not cycles); each full collection
meanwhile walks every one of them again, for nothing (a 10,000-row import spent a sixth of its
time there). Work done in steps (generators that yield progress to the GUI) is paused only
while a step runs, never while it waits at a yield, so an abandoned job leaves the collector
as it found it.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from typing import TypeVar

Y = TypeVar("Y")
R = TypeVar("R")


_lock = threading.Lock()
_holders = 0  # blocks under way, in any thread
_was_on = False  # the collector's state when the first of them began


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection inside the block (as it was after it; nesting is harmless). The
    switch is the process's: blocks in several threads (background jobs) keep it off until
    the last of them ends, then it is as it was before the first began."""
    global _holders, _was_on
    with _lock:
        if _holders == 0:
            _was_on = gc.isenabled()
        _holders += 1
        gc.disable()
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_on:
                gc.enable()


def paused_steps(job: Generator[Y, None, R]) -> Generator[Y, None, R]:
    """`job`, each of its steps run with the collector paused; what it yields and returns."""
    while True:
        with paused():
            try:
                item = next(job)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
        yield item
