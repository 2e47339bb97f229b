"""Saving, deleting and revealing from any ledger editor: the same checks and questions everywhere.

The field rules are checked at once (a quick read); the write itself goes through the single
writer pool, so the window never waits for the disk.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.domain.i18n import fill
from lishui_desktop.services import audit, sync_service
from lishui_desktop.services.ledgers import LedgerInputError, save_record, set_deleted
from lishui_desktop.services.ledgers.entry import check_record
from lishui_desktop.services.ledgers.people import candidates
from lishui_desktop.ui import workers
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.ledger.form import FormEditor
from lishui_desktop.ui.ledger.text import TABLES

Refused = Callable[[dict[str, Any], dict[str, ValidationError]], None]


def ask_same_person(parent: QWidget, ctx: AppContext, kind: str, values: dict, exclude: str | None) -> tuple[bool, str | None]:
    """(go on, person id to link) after asking about people with the same name, birth date, village."""
    try:
        found = candidates(ctx.db, kind, values, exclude)
    except Exception as exc:
        if not workers.is_busy(exc):
            raise
        found = []  # the database is held elsewhere: the write will wait for it or say so
    if not found:
        return True, None
    person = found[0]
    born = person.birth_date.isoformat() if person.birth_date else QCoreApplication.translate("LedgerActions", "birth date unknown")
    where = " ".join(x for x in (person.county, person.town, person.village) if x) or "-"
    text = (
        fill(QCoreApplication.translate("LedgerActions", "%1 (%2, %3) is already recorded, in %4 records. Is this the same person?"), person.name, born, where, str(person.appearances))
    )
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("LedgerActions", "Same person?"), text, parent=parent)
    same = box.addButton(QCoreApplication.translate("LedgerActions", "Same person"), QMessageBox.ButtonRole.YesRole)
    box.addButton(QCoreApplication.translate("LedgerActions", "A different person"), QMessageBox.ButtonRole.NoRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(same)
    box.exec()
    clicked = box.clickedButton()
    if clicked is cancel:
        return False, None
    return True, (person.id if clicked is same else None)


def changed_tables(kind: str) -> tuple[str, ...]:
    """The tables a save of `kind` may change (a person's fields live in persons)."""
    spec_person = kind in ("trainees", "placements", "persons")
    return (TABLES[kind], "persons") if spec_person else (TABLES[kind],)


def save_form(
    parent: QWidget,
    ctx: AppContext,
    form: FormEditor,
    record_id: str | None,
    parent_id: str | None = None,
    person_id: str | None = None,
    on_saved: Callable[[str, dict[str, Any]], None] | None = None,
    on_refused: Refused | None = None,
) -> workers.Job | None:
    """Save what the form holds, in the writer pool. Errors go next to their fields.

    Returns the job, or None when the values were refused at once (shown in the form) or the
    user cancelled. `on_saved(id, values)` runs when the write has committed; `on_refused(values,
    errors)` when the write refused them (default: shown in the form).
    """
    kind = form.spec.kind
    values = form.values()
    try:
        errors = check_record(ctx.db, kind, values, record_id, parent_id)
    except Exception as exc:
        if not workers.is_busy(exc):
            raise
        errors = {}  # another program holds the database: the write waits for it, or says so
    if errors:
        form.show_errors(errors)
        ctx.hub.status_message.emit(QCoreApplication.translate("LedgerActions", "Not saved: correct the fields marked in red."))
        return None
    link = None
    if record_id is None and (form.spec.person or kind == "persons"):
        go_on, link = ask_same_person(parent, ctx, kind, values, person_id)
        if not go_on:
            return None
    form.clear_errors()
    return write_record(parent, ctx, form, kind, values, record_id, parent_id, link, on_saved, on_refused)


def write_record(
    parent: QWidget,
    ctx: AppContext,
    form: FormEditor,
    kind: str,
    values: dict[str, Any],
    record_id: str | None,
    parent_id: str | None,
    link: str | None,
    on_saved: Callable[[str, dict[str, Any]], None] | None,
    on_refused: Refused | None,
) -> workers.Job:
    db = ctx.db

    found: dict[str, bool] = {}

    def write() -> str:
        new_id = save_record(db, kind, values, record_id, parent_id, link)
        found["twin"] = bool(sync_service.twins(db, kind, new_id))  # natural keys: the same thing twice
        return new_id

    def saved(new_id: str) -> None:
        form.refresh_completions()
        if found.get("twin"):
            ctx.hub.status_message.emit(QCoreApplication.translate("LedgerActions", "Saved. A record like this one is already in the ledger; the review "
                                            "queue on the Sync page offers to merge them."))
        else:
            ctx.hub.status_message.emit(QCoreApplication.translate("LedgerActions", "Saved."))
        ctx.hub.changed(*changed_tables(kind), records=(new_id,))
        if on_saved is not None:
            on_saved(new_id, values)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, LedgerInputError):
            ctx.hub.status_message.emit(QCoreApplication.translate("LedgerActions", "Not saved: correct the fields marked in red."))
            if on_refused is not None:
                on_refused(values, exc.errors)
            else:
                form.show_errors(exc.errors)
            return
        retried = workers.report_failure(
            parent, QCoreApplication.translate("LedgerActions", "Not saved"), exc,
            retry=lambda: write_record(parent, ctx, form, kind, values, record_id, parent_id, link, on_saved, on_refused),
        )
        if on_refused is not None and not retried:
            on_refused(values, {})

    return workers.start(write, writes=True, on_done=saved, on_failed=failed, owner=form)


def delete_records(
    parent: QWidget, ctx: AppContext, kind: str, ids: list[str], on_deleted: Callable[[], None] | None = None
) -> bool:
    """Mark records deleted after asking (in the writer pool); they stay in the recycle bin."""
    if not ids:
        return False
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("LedgerActions", "Delete"),
        fill(QCoreApplication.translate("LedgerActions", "Move %1 records to the recycle bin? They can be restored from there."), str(len(ids))),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    db = ctx.db

    def deleted(_count: int) -> None:
        ctx.hub.status_message.emit(QCoreApplication.translate("LedgerActions", "Moved to the recycle bin."))
        ctx.hub.changed(TABLES[kind], records=ids)
        if on_deleted is not None:
            on_deleted()

    workers.run(parent, QCoreApplication.translate("LedgerActions", "Delete"), lambda: set_deleted(db, kind, ids, True), writes=True,
                on_done=deleted, cancellable=False)
    return True


def record_reveal(ctx: AppContext, kind: str, record_id: str | None) -> None:
    """A full ID or phone was shown on purpose: recorded (who, when, which record; never the value)."""
    db, table = ctx.db, TABLES[kind]
    workers.start(lambda: audit.record(db, "reveal", table, record_id), writes=True)
