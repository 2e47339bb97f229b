"""Dashboard page (placeholder until its issue is built)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.pages.placeholder import PlaceholderPage


class DashboardPage(PlaceholderPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, QCoreApplication.translate("MainWindow", "Dashboard"), parent)
