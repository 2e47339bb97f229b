"""A background job runs with the cyclic collector paused (a full collection started in a
worker holds the GIL over every object of the program and freezes the window), and the
collector is back on once it has ended."""

from __future__ import annotations

import gc
from collections.abc import Generator

from lishui_desktop.ui import workers


def test_a_job_and_each_step_of_a_stepped_job_run_paused(qapp) -> None:  # type: ignore[no-untyped-def]
    assert gc.isenabled()
    plain = workers.start(gc.isenabled)
    assert plain.wait() is False

    seen: list[bool] = []

    def stepped() -> Generator[tuple[int, int, str], None, list[bool]]:
        seen.append(gc.isenabled())
        yield 1, 2, ""
        seen.append(gc.isenabled())
        return seen

    assert workers.start(stepped).wait() == [False, False]
    assert gc.isenabled()
