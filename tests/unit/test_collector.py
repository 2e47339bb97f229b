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


def test_blocks_in_two_threads_keep_it_paused_until_the_last_ends() -> None:
    import threading

    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with paused():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with paused():
            second_in.set()
            first_out.wait(5)
            seen.append(gc.isenabled())  # the first block has ended: still paused for this one

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen == [False]
    assert gc.isenabled()
