"""Bulk work pauses the cyclic collector only while a step runs, and restores it."""

from __future__ import annotations

import gc
from collections.abc import Generator

import pytest

from lishui_desktop.collector import paused, paused_steps


def _job(seen: list[bool]) -> Generator[int, None, str]:
    seen.append(gc.isenabled())
    yield 1
    seen.append(gc.isenabled())
    yield 2
    return "done"


def test_steps_run_paused_and_the_collector_runs_between_them() -> None:
    assert gc.isenabled()
    seen: list[bool] = []
    job = paused_steps(_job(seen))
    between = []
    items = []
    while True:
        try:
            items.append(next(job))
        except StopIteration as stop:
            result = stop.value
            break
        between.append(gc.isenabled())
    assert (items, result, seen, between) == ([1, 2], "done", [False, False], [True, True])
    assert gc.isenabled()


def test_a_failing_step_leaves_the_collector_as_it_was() -> None:
    def failing() -> Generator[int, None, None]:
        yield 1
        raise ValueError("bad row")

    job = paused_steps(failing())
    next(job)
    with pytest.raises(ValueError):
        next(job)
    assert gc.isenabled()
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()  # nested in a paused block: stays paused
    finally:
        gc.enable()
