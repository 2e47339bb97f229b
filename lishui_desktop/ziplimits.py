"""The caps on every zip archive this program reads (bundles, workbooks): one set of rules.

A hostile zip claims a small size and unpacks to gigabytes (a zip bomb), holds thousands of
entries, or lets entries overlap so one compressed stream is counted many times. The rules
here read only the central directory and the local headers' byte ranges, nothing is
decompressed; each reader (sync.limits for bundles, excel.safety for workbooks) keeps its own
numbers and words its own refusal.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class ZipLimits:
    """Caps for one archive. The readers subclass it with their defaults."""

    max_archive_bytes: int
    max_entries: int
    max_member_bytes: int
    max_total_bytes: int
    max_ratio: int  # unpacked / packed, checked for members above min_ratio_check bytes
    min_ratio_check: int


def oversized_member(infos: Iterable[zipfile.ZipInfo], limits: ZipLimits) -> zipfile.ZipInfo | None:
    """The first member that unpacks beyond `limits`: its own size, the running total of all
    members, or its compression ratio; None when every member is within them."""
    total = 0
    for info in infos:
        total += info.file_size
        ratio_bad = info.file_size > limits.min_ratio_check and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        )
        if info.file_size > limits.max_member_bytes or total > limits.max_total_bytes or ratio_bad:
            return info
    return None


def overlapping(spans: Iterable[tuple[int, int]], central_start: int) -> bool:
    """Whether entries' byte ranges (start, end) overlap one another or the central directory."""
    previous_end = 0
    for start, end in sorted(spans):
        if start < previous_end:
            return True
        previous_end = end
    return previous_end > central_start
