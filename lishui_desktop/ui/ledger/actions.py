"""Saving, deleting and revealing from any ledger editor: the same checks and questions everywhere."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from lishui_desktop.domain.errors import UserError
from lishui_desktop.services import audit, sync_service
from lishui_desktop.services.ledgers import LedgerInputError, save_record, set_deleted
from lishui_desktop.services.ledgers.people import candidates
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.ledger.form import FormEditor
from lishui_desktop.ui.ledger.text import TABLES, error_text

CONTEXT = "LedgerActions"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def ask_same_person(parent: QWidget, ctx: AppContext, kind: str, values: dict, exclude: str | None) -> tuple[bool, str | None]:
    """(go on, person id to link) after asking about people with the same name, birth date, village."""
    found = candidates(ctx.db, kind, values, exclude)
    if not found:
        return True, None
    person = found[0]
    born = person.birth_date.isoformat() if person.birth_date else _tr("birth date unknown")
    where = " ".join(x for x in (person.county, person.town, person.village) if x) or "-"
    text = (
        _tr("%1 (%2, %3) is already recorded, in %4 records. Is this the same person?")
        .replace("%1", person.name)
        .replace("%2", born)
        .replace("%3", where)
        .replace("%4", str(person.appearances))
    )
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Same person?"), text, parent=parent)
    same = box.addButton(_tr("Same person"), QMessageBox.ButtonRole.YesRole)
    box.addButton(_tr("A different person"), QMessageBox.ButtonRole.NoRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(same)
    box.exec()
    clicked = box.clickedButton()
    if clicked is cancel:
        return False, None
    return True, (person.id if clicked is same else None)


def save_form(
    parent: QWidget,
    ctx: AppContext,
    form: FormEditor,
    record_id: str | None,
    parent_id: str | None = None,
    person_id: str | None = None,
) -> str | None:
    """Save what the form holds; errors go next to their fields. Returns the id, or None."""
    kind = form.spec.kind
    values = form.values()
    link = None
    if record_id is None and (form.spec.person or kind == "persons"):
        go_on, link = ask_same_person(parent, ctx, kind, values, person_id)
        if not go_on:
            return None
    try:
        new_id = save_record(ctx.db, kind, values, record_id, parent_id, link)
    except LedgerInputError as exc:
        form.show_errors(exc.errors)
        ctx.hub.status_message.emit(_tr("Not saved: correct the fields marked in red."))
        return None
    except UserError as exc:
        QMessageBox.warning(parent, _tr("Not saved"), error_text(exc))
        return None
    form.clear_errors()
    form.refresh_completions()
    if sync_service.twins(ctx.db, kind, new_id):  # natural keys: the same thing entered twice
        ctx.hub.status_message.emit(_tr("Saved. A record like this one is already in the ledger; the review "
                                        "queue on the Sync page offers to merge them."))
    else:
        ctx.hub.status_message.emit(_tr("Saved."))
    ctx.hub.data_changed.emit(TABLES[kind])
    if form.spec.person or kind == "persons":
        ctx.hub.data_changed.emit("persons")
    return new_id


def delete_records(parent: QWidget, ctx: AppContext, kind: str, ids: list[str]) -> bool:
    """Mark records deleted after asking; they stay in the recycle bin."""
    if not ids:
        return False
    answer = QMessageBox.question(
        parent,
        _tr("Delete"),
        _tr("Move %1 records to the recycle bin? They can be restored from there.").replace("%1", str(len(ids))),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    set_deleted(ctx.db, kind, ids, True)
    ctx.hub.status_message.emit(_tr("Moved to the recycle bin."))
    ctx.hub.data_changed.emit(TABLES[kind])
    return True


def record_reveal(ctx: AppContext, kind: str, record_id: str | None) -> None:
    """A full ID or phone was shown on purpose: recorded (who, when, which record; never the value)."""
    audit.record(ctx.db, "reveal", TABLES[kind], record_id)
