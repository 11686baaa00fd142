"""The preview's zoom: −, the zoom shown as a percentage, +, Fit width.

A page starts fitted to the width of the preview, but no bigger than
reading size (fitted to a 1920-pixel-wide window it would be huge); once
the user zooms, their zoom is kept when the document is rendered again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from planner.ui import shortcuts
from planner.ui.action import make_action

translate = QCoreApplication.translate

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 6.0)
AUTO_ZOOM_LIMIT = 1.15


class ZoomBar(QWidget):
    def __init__(self, view: QPdfView, document: QPdfDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.document = document
        self.chosen = False  # the user zoomed: keep their zoom
        self.zoom_out_button = self._tool(
            "−", lambda: self.zoom(1 / ZOOM_STEP), shortcuts.ZOOM_OUT, translate("ZoomBar", "Zoom out")
        )
        self.zoom_in_button = self._tool(
            "+", lambda: self.zoom(ZOOM_STEP), shortcuts.ZOOM_IN, translate("ZoomBar", "Zoom in")
        )
        self.fit_button = self._tool(
            translate("ZoomBar", "Fit width"),
            self.fit_width,
            shortcuts.FIT_WIDTH,
            translate("ZoomBar", "The whole width of the page"),
        )
        self.label = QLabel(self)
        self.label.setMinimumWidth(52)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in (self.zoom_out_button, self.label, self.zoom_in_button, self.fit_button):
            layout.addWidget(widget)
        self.refresh()

    def _tool(self, text: str, slot, shortcut, tip: str) -> QToolButton:
        action = make_action(self, text, slot, shortcut=shortcut, tip=tip)
        self.addAction(action)  # the shortcut works anywhere in the preview
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        return button

    def effective_zoom(self) -> float:
        """The zoom as shown, also when the page is fitted to the width."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.document.pageCount() == 0:
            return self.view.zoomFactor()
        return self._width_zoom()

    def _width_zoom(self) -> float:
        """The zoom at which the page fills the width, as QPdfView reckons it."""
        page = self.document.pagePointSize(self.view.pageNavigator().currentPage())
        if not page.width():
            return 1.0
        screen = QGuiApplication.primaryScreen()
        points_to_pixels = (screen.logicalDotsPerInch() if screen else 96) / 72
        margins = self.view.documentMargins()
        width = self.view.viewport().width() - margins.left() - margins.right()
        return max(width / (page.width() * points_to_pixels), 0.01)

    def zoom(self, factor: float) -> None:
        low, high = ZOOM_RANGE
        zoom = min(max(self.effective_zoom() * factor, low), high)
        self.chosen = True
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)
        self._show()

    def fit_width(self) -> None:
        self.chosen = True
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        QTimer.singleShot(0, self._show)

    def refresh(self) -> None:
        """After a new document or a resize: the starting zoom, unless the
        user chose one; the percentage; the buttons only with pages."""
        pages = self.document.pageCount() > 0
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            button.defaultAction().setEnabled(pages)
        if pages and not self.chosen:
            if self._width_zoom() <= AUTO_ZOOM_LIMIT:
                self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            else:
                self.view.setZoomMode(QPdfView.ZoomMode.Custom)
                self.view.setZoomFactor(AUTO_ZOOM_LIMIT)
        self._show()

    def _show(self) -> None:
        self.label.setText(f"{round(self.effective_zoom() * 100)} %" if self.document.pageCount() else "")
