"""Hybrid logical clock: 48-bit wall milliseconds and a 16-bit counter in one integer.

A clock of an op is `(hlc, device)`; as text `%016x(hlc) + device` it orders the same way as
the tuple, so SQL and Python compare clocks as plain strings. The next clock is above the wall
clock and every clock this database has issued or received, up to the wall clock plus the
allowed drift (DRIFT_MS): a clock further ahead (received from a laptop whose clock was wrong,
or issued here while this machine's clock was wrong) never drags this computer's clock along,
and a machine whose clock was wrong recovers once it is fixed. An edit made after seeing a
value still always wins over it, whatever the clocks say: its op takes a clock above every
clock held on that field (`op_clock`).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

COUNTER_BITS = 16
DAY_MS = 24 * 3600 * 1000
DRIFT_MS = DAY_MS  # how far ahead of the wall clock a clock may be taken
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


def limit_for(now_ms: int | None = None) -> int:
    """The highest clock this machine takes as its own: its wall clock plus the drift."""
    return ((wall_ms() if now_ms is None else now_ms) + DRIFT_MS) << COUNTER_BITS


def next_hlc(last: int | None, now_ms: int) -> int:
    """The clock of a new op: above the wall clock and above the last clock known, unless that
    one is beyond the wall clock plus the drift (a clock that was wrong: forgotten)."""
    last = last or 0
    if last > limit_for(now_ms):
        last = 0
    return max(now_ms << COUNTER_BITS, last + 1)


def op_clock(reserved: int, field_max: int | None) -> int:
    """The clock of an op on a field: the one reserved for it, or above the highest clock
    held on that field when that is higher (the field's value came with a clock from a
    machine far ahead): an edit made after seeing a value always wins over it."""
    return reserved if field_max is None or field_max < reserved else field_max + 1


def physical_ms(hlc: int) -> int:
    return int(hlc) >> COUNTER_BITS


def clock_text(hlc: int, device: str) -> str:
    return f"{int(hlc):016x}{device}"


def split_clock(clock: str) -> tuple[int, str]:
    return int(clock[:16], 16), clock[16:]
