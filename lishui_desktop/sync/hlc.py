"""Hybrid logical clock: 48-bit wall milliseconds and a 16-bit counter in one integer.

A clock of an op is `(hlc, device)`; as text `%016x(hlc) + device` it orders the same way as
the tuple, so SQL and Python compare clocks as plain strings. The next clock is always above
both the wall clock and every clock this database has issued or received, so an edit made
after seeing a value always wins over it, whatever the machine's clock says.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

COUNTER_BITS = 16
DAY_MS = 24 * 3600 * 1000
MAX_HLC = (1 << 63) - 1

# Test hook: a clock offset in milliseconds per database file (a laptop with a wrong clock).
_skew_ms: dict[str, int] = {}


def wall_ms() -> int:
    return int(time.time() * 1000)


def set_skew(path: Path | str, offset_ms: int) -> None:
    """Pretend the machine holding the database at `path` has its clock off by `offset_ms`."""
    key = os.path.realpath(str(path))
    if offset_ms:
        _skew_ms[key] = offset_ms
    else:
        _skew_ms.pop(key, None)


def skew_for(path: str) -> int:
    # hot path (every captured field): no filesystem call unless a test set a skew
    if not _skew_ms or not path:
        return 0
    return _skew_ms.get(os.path.realpath(path), 0)


def next_hlc(last: int | None, now_ms: int) -> int:
    """The clock of a new op: above the wall clock and above the last clock known."""
    return max(now_ms << COUNTER_BITS, (last or 0) + 1)


def physical_ms(hlc: int) -> int:
    return int(hlc) >> COUNTER_BITS


def clock_text(hlc: int, device: str) -> str:
    return f"{int(hlc):016x}{device}"


def split_clock(clock: str) -> tuple[int, str]:
    return int(clock[:16], 16), clock[16:]
