"""One app-wide signal hub: after a change, emit what changed; views decide whether to refresh."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Changes:
    """What one write changed: the tables (and records, when known); `everything` after an
    import, a restore or an undo, when any view may be stale."""

    tables: frozenset[str] = frozenset()
    records: frozenset[str] = frozenset()
    everything: bool = False

    @classmethod
    def of(cls, *tables: str, records: Iterable[str] = ()) -> Changes:
        return cls(frozenset(tables), frozenset(r for r in records if r))

    def touches(self, *tables: str) -> bool:
        """True when any of `tables` may have changed."""
        return self.everything or not self.tables.isdisjoint(tables)

    def __str__(self) -> str:  # for logs and tests
        return "*" if self.everything else ",".join(sorted(self.tables))


EVERYTHING = Changes(everything=True)


class Hub(QObject):
    """Signals every page may listen to."""

    data_changed = Signal(object)  # a Changes
    # open a ledger page with a filter: page key, filter dict
    show_records = Signal(str, dict)
    status_message = Signal(str)
    device_changed = Signal()  # this computer's name or role (ctx.device) is not what it was

    def changed(self, *tables: str, records: Iterable[str] = ()) -> None:
        """Announce that `tables` (those `records` of them, when known) changed."""
        self.data_changed.emit(Changes.of(*tables, records=records))

    def changed_everything(self) -> None:
        self.data_changed.emit(EVERYTHING)
