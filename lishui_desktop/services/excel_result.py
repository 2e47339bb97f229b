"""What an Excel import found and did: counts per file and per sheet, problems, a preview."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.domain.text import join_sentences
from lishui_desktop.excel.annotate import summary_line
from lishui_desktop.excel.columns import columns_for
from lishui_desktop.excel.rows import CellError


@dataclass
class SheetSummary:
    """One sheet of the file: its rows and what they will do, and its session(s) for trainees."""

    name: str
    rows: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    sessions: list[dict[str, Any]] = field(default_factory=list)  # {"title", "start", "new"}
    session_from: dict[str, str] = field(default_factory=dict)  # session key -> given | title | pairing

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "rows": self.rows, "new": self.new, "updated": self.updated,
                "unchanged": self.unchanged, "sessions": self.sessions, "session_from": self.session_from}


@dataclass
class ImportResult:
    """What an import found (and did): counts, problems, a sample of the first rows."""

    kind: str
    file: str
    sheet: str = ""
    rows: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    sessions_new: int = 0
    sessions_updated: int = 0
    errors: list[CellError] = field(default_factory=list)
    errors_path: Path | None = None
    headers: list[str] = field(default_factory=list)
    sample: list[list[str]] = field(default_factory=list)
    applied: bool = False
    sheets: list[SheetSummary] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)  # hidden sheets, never read
    skipped: list[str] = field(default_factory=list)  # visible sheets without a table of the kind

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        if self.errors:
            return summary_line(self.errors)
        counts = (self.rows, self.new, self.updated, self.unchanged)
        if self.applied:
            text = fill(translate("Excel", "%1 rows imported: %2 new, %3 updated, %4 unchanged."), *counts)
        else:
            text = fill(translate("Excel", "%1 rows to import: %2 new, %3 updated, %4 unchanged."), *counts)
        if self.kind == "trainees":
            text = join_sentences(text, fill(translate("Excel", "Training sessions: %1 new, %2 updated."), self.sessions_new, self.sessions_updated))
        return text + self.sheet_lines()

    def sheet_lines(self) -> str:
        """Per sheet, what it holds (when the file has several, or sheets were left out)."""
        lines = []
        if len(self.sheets) > 1 or self.hidden or self.skipped:
            for sheet in self.sheets:
                counts = (sheet.name, sheet.rows, sheet.new, sheet.updated, sheet.unchanged)
                line = fill(translate("Excel", "Sheet %1: %2 rows (%3 new, %4 updated, %5 unchanged)."), *counts)
                for found in sheet.sessions:
                    line = join_sentences(line, fill(translate(
                        "Excel", "Session: %1, %2 (%3)."), found["title"], found["start"],
                        translate("Excel", "new") if found["new"] else translate("Excel", "stored")))
                lines.append(line)
        if self.hidden:
            lines.append(fill(translate("Excel", "Hidden sheets, not read: %1."), "、".join(self.hidden)))
        if self.skipped:
            lines.append(fill(translate("Excel", "Sheets without a table of this kind, not read: %1."), "、".join(self.skipped)))
        return "".join("\n" + line for line in lines)

    def as_json(self) -> dict[str, Any]:
        headers = {c.key: c.header for c in columns_for(self.kind)}
        data: dict[str, Any] = {
            "kind": self.kind, "file": self.file, "sheet": self.sheet, "ok": self.ok, "applied": self.applied,
            "rows": self.rows, "new": self.new, "updated": self.updated, "unchanged": self.unchanged,
            "errors": [
                {"sheet": e.sheet, "row": e.row, "column": e.key, "header": headers.get(e.key or ""), "message": e.message}
                for e in self.errors
            ],
            "errors_file": str(self.errors_path) if self.errors_path else None,
            "sheets": [s.as_json() for s in self.sheets],
            "hidden_sheets": self.hidden,
            "skipped_sheets": self.skipped,
        }
        if self.kind == "trainees":
            data["sessions"] = {"new": self.sessions_new, "updated": self.sessions_updated}
        return data
