"""QApplication bootstrap: language, fonts, instance lock, database, main window."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from lishui_desktop import APP_NAME, __version__
from lishui_desktop.db.lock import InstanceLock
from lishui_desktop.db.server_url import is_server_url
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import DEFAULT_LANG, fill, set_language, translate
from lishui_desktop.paths import db_setting, i18n_dir, resolve_db, resources_dir
from lishui_desktop.ui.busy import says_busy

if TYPE_CHECKING:
    from lishui_desktop.db.database import Database
    from lishui_desktop.services.database_key import NewKey
    from lishui_desktop.services.first_start import FirstStart
    from lishui_desktop.ui.main_window import MainWindow

log = logging.getLogger("lishui.app")
OPEN_UNPAINTED_AFTER_MS = 1000  # a window not painted by then (started minimized) opens its database anyway


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The window's options; asked for help (or given a wrong option), it answers in the
    user's language (--lang, else the saved choice), like the CLI."""
    argv = list(argv)
    # only help and a wrong --lang are answered in words: the CLI's catalogue (and SQLAlchemy
    # with it) must not load before the window paints on an ordinary start, --lang or not
    wrong_lang = any(a.startswith("--lang") for a in argv) and _lang_option(argv) is None
    explained = wrong_lang or any(a in ("-h", "--help") for a in argv)
    options: dict[str, Any] = {}
    if explained:
        from lishui_desktop.cli import argparse_text
        from lishui_desktop.cli.common import HelpFormatter
        from lishui_desktop.services.settings_store import preferred_language

        set_language(_lang_option(argv) or preferred_language() or DEFAULT_LANG)
        argparse_text.install()
        options["formatter_class"] = HelpFormatter  # columns that hold Chinese

    def helped(text: str) -> str | None:  # looked up only when shown
        return translate("App", text) if explained else None

    parser = argparse.ArgumentParser(
        prog="lishui-desktop",
        description=helped(QT_TRANSLATE_NOOP("App", "The East-West cooperation ledger (the window).")),
        **options,
    )
    db_name = translate("CliMetavar", "DB") if explained else None
    parser.add_argument("--db", metavar=db_name, help=helped(QT_TRANSLATE_NOOP(
        "App", "the database: a file, or postgresql://… for an office store (default: LISHUI_DB, else the one in "
        "your data folder)")))
    parser.add_argument("--lang", choices=("zh_CN", "en"), help=helped(QT_TRANSLATE_NOOP(
        "App", "the language of this start (the saved choice is under Settings)")))
    parser.add_argument("--exit-after-start", action="store_true", help=helped(QT_TRANSLATE_NOOP(
        "App", "open the window, then quit at once (to test an installation)")))
    args, _qt_args = parser.parse_known_args(argv)
    return args


def _lang_option(argv: list[str]) -> str | None:
    """--lang's value before the parser exists (it decides the parser's language)."""
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        elif arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        else:
            continue
        return value if value in ("zh_CN", "en") else None
    return None


# Qt's own texts that its Chinese catalogue lacks (the file chooser's labels with their
# accelerators): translated in ours, which Qt asks when qtbase has no answer.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    # the file chooser's 类型 column and side bar (qtbase's catalogue has them only under QFileDialog)
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Computer"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Desktop"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Network"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Trashcan"),
)


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Our .qm plus Qt's own (file dialogs, message boxes) for the chosen language."""
    translators: list[QTranslator] = []
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return translators
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    ours = QTranslator(app)
    if ours.load(str(i18n_dir() / f"lishui_{lang}.qm")):
        app.installTranslator(ours)
        translators.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for base in ("qtbase", "qt"):
        qt = QTranslator(app)
        if qt.load(f"{base}_{lang}", qt_dir) or qt.load(str(i18n_dir() / f"{base}_{lang}.qm")):
            app.installTranslator(qt)
            translators.append(qt)
    return translators


BUSY_TEXT = (  # the Workers context's sentence: one way to say it
    "The database is in use by another program (for example one that is reading it), so nothing was "
    "changed. Close that program, or wait a moment, and try again."
)


class CrashBox(QObject):
    """An uncaught error shown in a message box (a windowed program has no console to print
    it to), on the GUI thread whichever thread it came from; the details are in the log."""

    crashed = Signal(str)

    def __init__(self, app: QApplication, log_file: str) -> None:
        super().__init__(app)
        self.log_file = log_file
        self.showing = False
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def _show(self, text: str) -> None:
        if self.showing:  # one box at a time; every crash is in the log
            return
        self.showing = True
        try:
            last = next((line for line in reversed(text.strip().splitlines()) if line.strip()), "")
            if says_busy(last):  # another program holds the database: nothing is wrong with ours
                QMessageBox.warning(None, QApplication.translate("App", "The database is in use"),
                                    QApplication.translate("Workers", BUSY_TEXT))
                return
            QMessageBox.critical(
                None,
                QApplication.translate("App", "Unexpected error"),
                fill(QApplication.translate(
                    "App",
                    "Something went wrong: %1\nYour data is safe up to the last save. "
                    "The details are in the log file %2; please send it to the office.",
                ), last, self.log_file),
            )
        finally:
            self.showing = False


def main(argv: Sequence[str] | None = None) -> int:
    from lishui_desktop.services.logs import add_crash_notifier, ensure_streams

    ensure_streams()  # started from a shortcut: no stdout or stderr at all
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from lishui_desktop.services.settings_store import preferred_language

    lang = args.lang or preferred_language() or DEFAULT_LANG
    set_language(lang)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app._translators = install_translators(app, lang)  # type: ignore[attr-defined]

    from lishui_desktop.ui.fonts import register_fonts

    register_fonts(app)

    from lishui_desktop.services.logs import setup_logging

    log_file = setup_logging()
    from lishui_desktop.previews import sweep

    sweep()  # report previews a crashed or killed run left behind (names and IDs in them)
    if not args.exit_after_start:  # unattended runs must never wait for a click
        add_crash_notifier(CrashBox(app, str(log_file)).crashed.emit)
    from lishui_desktop.services.server_login import chosen_store

    given = db_setting(args.db) or chosen_store()  # --db, LISHUI_DB, else the window's own choice
    server = given.strip() if given is not None and is_server_url(given) else None
    db_path = Path(given).expanduser() if given is not None and server is None else resolve_db(None)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "lishui.png")))
    quiet = args.exit_after_start
    db: Database | None = None
    lock: InstanceLock | None = None
    server_choice: FirstStart | None = None
    if server is None:  # a file: one program at a time (a server store serves everybody)
        fresh = not db_path.exists()
        lock = InstanceLock(db_path)
        try:
            lock.acquire()
            if fresh:  # a new database is made and set up before its window, as its first start asks
                made = _first_start(db_path, quiet)
                if made is None:
                    lock.release()
                    return 2
                from lishui_desktop.services.first_start import (
                    FirstStart as Choice,  # the dialog imported it
                )

                if isinstance(made, Choice):  # the first start chose a store on a server
                    lock.release()
                    lock, server, server_choice = None, made.server_url, made
                else:
                    db = made
        except UserError as exc:
            lock.release()
            _cannot_open(app, exc, quiet)
            return 2
    from lishui_desktop.ui.main_window import MainWindow

    # An existing database: the window paints first, then the database is unlocked, checked and
    # opened (SQLAlchemy, the schema, the first page's queries; a dialog any of them needs shows
    # over the window), so the user sees the program at once.
    window = MainWindow(None, location=server or str(db_path))
    opened: list[Database] = [db] if db is not None else []
    failed: list[BaseException] = []

    begun: list[bool] = []

    def open_and_attach() -> None:
        if begun:  # once: after the first paint, or a moment after showing a window never painted
            return
        begun.append(True)
        try:
            if not opened:
                if server is not None:
                    from lishui_desktop.ui.server_store import open_server_store

                    found = open_server_store(server, server_choice, quiet)  # a password asked if need be
                else:
                    found = _open_existing(db_path, quiet, window)
                if found is None:  # the user chose to quit
                    app.exit(2)
                    return
                opened.append(found)
            _attach(app, window, opened[0], quiet)
        except UserError as exc:
            _cannot_open(app, exc, quiet, window)
            app.exit(2)
        except BaseException as exc:  # noqa: BLE001 - raised again once the event loop has returned
            failed.append(exc)
            app.exit(1)

    def first_paint() -> None:
        if quiet:
            _painted()
        QTimer.singleShot(0, open_and_attach)

    if opened:  # just made: the window has its database from the start
        open_and_attach()
    window.first_painted.connect(first_paint, Qt.ConnectionType.SingleShotConnection)
    window.show()
    QTimer.singleShot(OPEN_UNPAINTED_AFTER_MS, open_and_attach)  # started minimized: opens all the same
    try:
        code = app.exec()
    finally:
        from lishui_desktop.ui import workers

        workers.finish_all()  # writes under way commit; the rest stop at their next step
        if opened:
            opened[0].close()
        if lock is not None:
            lock.release()
    if failed:
        raise failed[0]
    return code


def _first_start(db_path: Path, quiet: bool) -> Database | FirstStart | None:
    """A new database: who, which device, which deployment first (the office's file decides
    how the database keeps its key), then made and set up; None (nothing made) when the user
    cancels; the choice itself when it was a store on a PostgreSQL server (kept as the
    window's choice for the next starts; no file is made)."""
    from lishui_desktop.ui.backup_startup import run_startup_check

    choice = None
    if not quiet:
        from lishui_desktop.ui.first_start import ask_first_start

        if (choice := ask_first_start()) is None:
            return None
        if choice.server_url is not None:
            from lishui_desktop.services.server_login import choose_store

            choose_store(choice.server_url)
            return choice
    go_on, new_key = _key_at_start(db_path, True, quiet, choice)
    if not go_on or not run_startup_check(db_path):
        return None
    return _open_for_window(db_path, choice, new_key, quiet)


def _open_existing(db_path: Path, quiet: bool, window: MainWindow) -> Database | None:
    """The database the painted window shows: unlocked (its key from the credential store,
    else typed), its header checked (damage offers the newest good backup), opened; None
    when the user chose to quit on the way."""
    from lishui_desktop.ui.backup_startup import run_startup_check

    go_on, _new_key = _key_at_start(db_path, False, quiet, None, window)
    if not go_on or not run_startup_check(db_path, window):
        return None
    return _open_for_window(db_path, None, None, quiet)


def _open_for_window(db_path: Path, choice: FirstStart | None, new_key: NewKey | None, quiet: bool) -> Database | None:
    """Open the database for the window: set up on its first start, its recovery code kept
    when it was just made, encryption offered to a plain laptop. None: the user cancelled."""
    from lishui_desktop.ui.busy import limit_ui_thread_waits

    limit_ui_thread_waits()  # a database another program holds never freezes the window
    db = _open_set_up(db_path, choice, quiet=quiet)
    if db is None:
        return None
    if new_key is not None:
        from lishui_desktop.services.database_key import remember_recovery_code

        remember_recovery_code(db, new_key.recovery_code)
    elif not db.encrypted and not quiet and _laptop(db):
        from lishui_desktop.ui.unlock_dialog import offer_encryption

        db = offer_encryption(db)
    return db


def _attach(app: QApplication, window: MainWindow, db: Database, quiet: bool) -> None:
    """Give the painted window its database: the first page, the status bar, the checks
    after start, and what the user must be told (clock behind, new reference data, drafts)."""
    from lishui_desktop.services.reference_update import take_note
    from lishui_desktop.services.setup import device_info
    from lishui_desktop.sync.capture import clock_warning  # not the whole sync service
    from lishui_desktop.ui.backup_startup import schedule_background_checks
    from lishui_desktop.ui.context import AppContext
    from lishui_desktop.ui.hub import Hub

    ctx = AppContext(db=db, hub=Hub(), device=device_info(db))
    window.attach(ctx)
    if not db.on_server:  # a server keeps its own store whole; its backups: 工具 → 备份
        schedule_background_checks(db, ctx.hub)
    if (behind := clock_warning(db)) and not quiet:
        QTimer.singleShot(0, lambda: QMessageBox.warning(window, app.translate("App", "Clock"), behind))
    if not quiet and (note := take_note(db)):  # a new release's places, pairings, targets
        QTimer.singleShot(0, lambda: QMessageBox.information(window, app.translate("App", "Reference data"), note))
    if not quiet:
        QTimer.singleShot(0, window.offer_drafts)
    else:
        # let the window paint once with its first page, then leave
        QTimer.singleShot(0, lambda: (window.repaint(), app.processEvents(), _painted("ready"), app.quit()))


def _cannot_open(app: QApplication, exc: UserError, quiet: bool, parent: MainWindow | None = None) -> None:
    if quiet:  # unattended (benchmarks, smoke test): never wait for a click
        sys.stderr.write(exc.text() + "\n")
    else:
        QMessageBox.critical(parent, app.translate("App", "Cannot open the database"), exc.text())


def _key_at_start(db_path: Path, fresh: bool, quiet: bool, choice: FirstStart | None,
                  parent: QWidget | None = None) -> tuple[bool, NewKey | None]:
    """(go on, the key made for a new database). A new database is encrypted as the first
    start's choice says (a laptop's always; the office's as its own command line does: plain);
    an existing encrypted one opens with its key from the credential store, else typed in a
    dialog. With `quiet` (benchmarks, smoke test) a key that must be typed is an error
    (UserError), never a dialog."""
    from lishui_desktop.db import cipher

    if not fresh and not cipher.is_encrypted(db_path):
        return True, None  # a plain file: nothing to unlock (and nothing more to import)
    from lishui_desktop.services import database_key
    from lishui_desktop.services.first_start import key_policy

    policy = key_policy(choice)
    if fresh and not policy.encrypt:
        return True, None
    if quiet:
        if fresh:
            return True, database_key.create_key(db_path, policy)
        database_key.unlock(db_path)
        return True, None
    from lishui_desktop.ui.unlock_dialog import new_key_at_start, unlock_at_start

    if fresh:
        made = new_key_at_start(db_path, policy)
        return made is not None, made
    return unlock_at_start(db_path, parent), None


def _open_set_up(db_path: Path, choice: FirstStart | None, quiet: bool) -> Database | None:
    """Open the database and, the first time, stamp it as the first-start dialog chose (asked
    again when an earlier first start ended before it was set up); None: cancelled."""
    from lishui_desktop.services.first_start import set_up
    from lishui_desktop.services.setup import is_initialised, open_database, open_initialised

    if quiet:
        return open_initialised(db_path)
    db = open_database(db_path)
    if is_initialised(db):
        return db
    from lishui_desktop.ui.first_start import ask_first_start

    try:
        choice = choice or ask_first_start()
        if choice is None:
            db.close()
            return None
        set_up(db, choice)
    except BaseException:
        db.close()
        raise
    return db


def _laptop(db) -> bool:  # type: ignore[no-untyped-def]
    return db.get_setting("role") in ("field", "lead")


_MOMENTS: list[str] = []


def _painted(what: str = "painted") -> None:
    """--exit-after-start: note when the window was first painted, and when it was ready (its
    database open, its first page built and painted); said together once it is ready (what
    benchmarks read), so a start that fails says only why."""
    import time

    _MOMENTS.append(f"{what} at {time.time():.6f}\n")
    if what == "ready":
        sys.stderr.write("".join(_MOMENTS))
        sys.stderr.flush()
        _MOMENTS.clear()


if __name__ == "__main__":
    raise SystemExit(main())
