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
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from typing import TypeVar

Y = TypeVar("Y")
R = TypeVar("R")


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection inside the block (as it was after it; nesting is harmless)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
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
