"""The document preview: the PDF as it will print, the options beside it,
and Print…, Save as…, Close.

The document is in the language chosen beside it; "for each reader" is
the reader's own where it has one (a traveller's itinerary: the person's
preferred language), else the window's. Print and Save as take the
document as shown, in that language.

Non-modal, one per main window: asking for another document while it is
open switches it. Every change of an option renders again, off the GUI
thread; the page shown stays in view."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QStandardPaths,
    Qt,
    QTimer,
)
from PySide6.QtGui import QHideEvent, QKeySequence, QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner import output_paths
from planner.documents import disclosed
from planner.documents.catalogue import KINDS
from planner.documents.wording import DOCUMENTS
from planner.errors import PlannerError
from planner.services import directory, events, movements
from planner.services.language import LANGUAGES, interface_language, language_code, wording
from planner.ui import shortcuts
from planner.ui.accessibility import name_icon_buttons
from planner.ui.consent import left_off
from planner.ui.context import AppContext
from planner.ui.documents import names, printing, word_export
from planner.ui.documents.options import OptionsPanel, default_paper
from planner.ui.documents.render import Renderer, Request
from planner.ui.documents.zoom import ZoomBar
from planner.ui.output_check import may_write

translate = QCoreApplication.translate

PDF_FILTER = str(QT_TRANSLATE_NOOP("DocumentPreview", "PDF documents (*.pdf);;All files (*)"))  # translated where shown
# A moment to let the spin box or the keyboard settle before rendering.
SETTLE_MS = 200
PANEL_WIDTH, PANEL_WIDEST = 280, 380  # the options beside the page, in pixels
FOLDER_SETTING = "documents/folder"
PAPER_SETTING = "documents/paper"


def file_name(*parts: str) -> str:
    """ "Agenda - ECRI study visit to BioM, Munich.pdf": the parts joined,
    with what no file system accepts replaced."""
    text = " - ".join(part.strip() for part in parts if part and part.strip())
    text = re.sub(r'[<>:"/\\|?*\x00-\x1f\x7f]', "-", text)
    text = " ".join(text.split()).strip(" .")[:150].strip(" .")
    return f"{text or translate('DocumentPreview', 'Document')}.pdf"


class DocumentPreview(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.event_id: int | None = None
        self.event_title = ""
        self.shown: Request | None = None  # what the document on screen is
        self.data = b""
        self.printer_factory = printing.new_printer  # tests print to a file
        self._buffer: QBuffer | None = None
        # Readers' preferred languages by person id, read as needed; forgotten on any edit.
        self._spoken: dict[int, str] = {}
        self.setModal(False)
        self.setSizeGripEnabled(True)

        self.panel = OptionsPanel(self)
        self.panel.set_paper(str(context.settings.value(PAPER_SETTING, default_paper())))
        # As wide as its longest option needs (German and Greek ones are
        # long), within what leaves the page most of the room.
        self.panel.setFixedWidth(min(max(PANEL_WIDTH, self.panel.needed_width()), PANEL_WIDEST))
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(24)
        # The same frame and ground as the pages, so a message sits where the document would.
        self.message.setFrameShape(QFrame.Shape.StyledPanel)
        self.message.setAutoFillBackground(True)
        self.message.setBackgroundRole(QPalette.ColorRole.Base)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.message)
        self.pages.addWidget(self.view)

        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.page_label = QLabel(self)
        self.zoom = ZoomBar(self.view, self.document, self)
        self._make_buttons()
        self._lay_out()
        name_icon_buttons(self)

        self.renderer = Renderer(lambda: self.context.store, self)
        self.renderer.started.connect(self._started)
        self.renderer.rendered.connect(self._rendered)
        self.renderer.failed.connect(self._failed)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.render_document)
        self.panel.changed.connect(self._options_changed)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)
        context.data_changed.connect(self._data_changed)
        self.fit_to_window()

    # -- building -------------------------------------------------------------------

    def _make_buttons(self) -> None:
        self.buttons = QDialogButtonBox(self)
        self.print_button = self.buttons.addButton(
            translate("DocumentPreview", "&Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button = self.buttons.addButton(
            translate("DocumentPreview", "&Save as…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        for button, slot, key, tip in (
            (
                self.print_button,
                self.print_document,
                shortcuts.PRINT,
                translate("DocumentPreview", "Send it to a printer"),
            ),
            (
                self.save_button,
                self.save_as,
                shortcuts.SAVE_DOCUMENT,
                translate("DocumentPreview", "Save it as a PDF file, to send or print later"),
            ),
        ):
            button.clicked.connect(slot)
            button.setShortcut(key)
            button.setToolTip(f"{tip} ({key.toString(QKeySequence.SequenceFormat.NativeText)})")
            button.setAutoDefault(False)
            button.setEnabled(False)
        self.word_button = word_export.make_button(self)  # the conclusions report only
        self.buttons.addButton(self.word_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.page_label)
        bar.addSpacing(16)
        bar.addWidget(self.zoom)
        right = QVBoxLayout()
        right.addLayout(bar)
        right.addWidget(self.pages, 1)
        side = QVBoxLayout()
        side.addWidget(self.panel)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(side)
        body.addSpacing(8)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

    def fit_to_window(self) -> None:
        """About 80% of the main window, over its middle."""
        parent = self.parentWidget()
        if parent is None:
            self.resize(1000, 700)
            return
        window = parent.window()
        self.resize(max(800, int(window.width() * 0.8)), max(520, int(window.height() * 0.8)))
        centre = window.frameGeometry().center()
        self.move(centre.x() - self.width() // 2, centre.y() - self.height() // 2)

    # -- what is shown ----------------------------------------------------------------

    def show_document(self, event_id: int, kind: str, selection: frozenset[int] = frozenset()) -> None:
        """Show this document of this event, rendered afresh."""
        if event_id != self.event_id:
            self.event_id = event_id
            self._clear("")
            with self.context.read() as session:
                self.event_title = events.event_details(session, event_id).title
                travellers = movements.travellers(session, event_id)
            self.panel.set_travellers(travellers)
        self.panel.set_selection(selection)
        self.panel.set_kind(kind)
        self.render_document()

    def kind_name(self) -> str:
        return self.panel.kind_name()

    def settled(self) -> bool:
        """Nothing waits or renders: what is shown is the last choice's."""
        return not self.settle.isActive() and not self.renderer.busy()

    def request(self) -> Request | None:
        if self.event_id is None:
            return None
        options = self.panel.options()
        return Request(
            self.panel.kind_name(),
            self.event_id,
            dataclasses.replace(options, language=options.language or self.reader_language()),
        )

    def reader_language(self) -> str:
        """The language "for each reader" means for the document chosen: its
        one reader's own, else (or when theirs is not known) the window's."""
        reader = self.panel.reader()
        if reader is None:
            return interface_language()
        if reader not in self._spoken:
            try:
                with self.context.read() as session:
                    self._spoken[reader] = str(directory.person_values(session, reader)["language"] or "")
            except PlannerError:  # gone since the list was read: the next render shows why
                self._spoken[reader] = ""
        spoken = self._spoken[reader]
        return spoken if spoken in LANGUAGES else interface_language()

    def render_document(self) -> None:
        self.settle.stop()
        request = self.request()
        if request is not None:
            self.renderer.request(request)

    def _options_changed(self) -> None:
        self.context.settings.setValue(PAPER_SETTING, self.panel.options().paper)
        self._title()
        self._busy()
        self.settle.start()

    def _data_changed(self, changes) -> None:
        """What the preview shows was edited in the main window: show it anew."""
        self._spoken.clear()  # a person's preferred language may be what changed
        if self.isVisible() and self.event_id is not None and changes.concerns_event(self.event_id):
            self.settle.start()

    def _title(self) -> None:
        self.setWindowTitle(f"{names.title(self.panel.kind_name())} — {self.event_title}")

    def _busy(self) -> None:
        self.status.setText(translate("DocumentPreview", "Preparing…"))
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        word_export.show_for(self, self.word_button, ready=False)

    def _started(self, request: Request) -> None:
        self._title()
        self._busy()
        if self.document.pageCount() == 0:
            self._clear(
                translate("DocumentPreview", "Preparing the {document}…").format(
                    document=names.in_sentence(request.kind)
                )
            )

    def _clear(self, message: str) -> None:
        self.shown, self.data = None, b""
        word_export.show_for(self, self.word_button, ready=False)
        self.document.close()
        self._buffer = None
        self.message.setText(message)
        left_off.show_in_preview(self, self.context, None)
        self.pages.setCurrentWidget(self.message)
        self.page_label.clear()
        self.zoom.refresh()

    def _rendered(self, request: Request, data: bytes) -> None:
        if request != self.request():
            return  # options changed since; their render is on its way
        page = self.view.pageNavigator().currentPage() if self.document.pageCount() else 0
        # The buffer is read by the document as long as it is open: the old
        # one (owned here, not by a parent) goes only once the document has
        # let go of it.
        self.document.close()
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        self._buffer = buffer
        if self.document.status() != QPdfDocument.Status.Ready:
            self._failed(request, translate("DocumentPreview", "The document was made but cannot be shown."), True)
            return
        self.shown, self.data = request, data
        self.pages.setCurrentWidget(self.view)
        count = self.document.pageCount()
        paper = self.panel.paper.currentText()
        pages = translate("DocumentPreview", "%n page(s) · {paper}", "", count).format(paper=paper)
        # The language it is in, named in itself: what "for each reader" came to.
        self.status.setText(f"{pages} · {LANGUAGES[language_code(request.options.language)]}")
        left_off.show_in_preview(self, self.context, request)  # who a list given to others leaves off
        self.print_button.setEnabled(count > 0)
        self.save_button.setEnabled(True)
        word_export.show_for(self, self.word_button, ready=True)
        if 0 < page < count:
            QTimer.singleShot(0, lambda: self.view.pageNavigator().jump(page, QPointF(), 0))
        self._show_page_number()
        self.zoom.refresh()

    def _failed(self, request: Request, message: str, unexpected: bool) -> None:
        if request != self.request():
            return
        if unexpected:
            said = translate(
                "DocumentPreview",
                "Something went wrong while making the {document}; it has been written to the log.\n\n{message}",
            )
        else:
            said = translate("DocumentPreview", "The {document} could not be made.\n\n{message}")
        self._clear(said.format(document=names.in_sentence(request.kind), message=message))
        self.status.clear()

    def _show_page_number(self, *_args) -> None:
        count = self.document.pageCount()
        if count:
            page = self.view.pageNavigator().currentPage() + 1
            self.page_label.setText(
                translate("DocumentPreview", "Page {page} of {count}").format(page=page, count=count)
            )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self.zoom.refresh)  # once the view has its new width

    # -- print and save ---------------------------------------------------------------

    def print_document(self) -> int:
        """The system's print dialog, then the pages chosen; how many were sent."""
        if self.shown is None or self.document.pageCount() == 0:
            return 0
        document = names.in_sentence(self.shown.kind)
        printer = self.printer_factory()
        printing.prepare(printer, self.shown.options.paper, self.document)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(translate("DocumentPreview", "Print the {document}").format(document=document))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        pages = printing.pages_to_print(printer, self.document.pageCount(), self.view.pageNavigator().currentPage())
        progress = QProgressDialog(
            translate("DocumentPreview", "Printing the {document}…").format(document=document),
            translate("DocumentPreview", "Cancel"),
            0,
            len(pages),
            self,
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(800)

        def on_page(done: int) -> bool:
            progress.setValue(done)
            return not progress.wasCanceled()

        try:
            printed = printing.print_pages(self.document, printer, pages, on_page)
        except OSError as error:
            QMessageBox.warning(
                self,
                translate("DocumentPreview", "Cannot print"),
                translate("DocumentPreview", "The {document} could not be printed: {error}.").format(
                    document=document, error=error
                ),
            )
            return 0
        finally:
            progress.close()
        where = printer.printerName() or printer.outputFileName()
        if printed:
            shown = self.shown
            to = printer.outputFileName() or printer.printerName()  # a file printed to is where it went
            try:
                disclosed.record_printed(self.context.store, to, shown.kind, shown.event_id, shown.options)
            except PlannerError as error:  # printed, but the database could not take the record
                QMessageBox.warning(self, self.windowTitle(), str(error))
        if where:
            said = translate("DocumentPreview", "Sent %n page(s) to {printer}", "", printed).format(printer=where)
        else:
            said = translate("DocumentPreview", "Printed %n page(s)", "", printed)
        self.status.setText(said)
        return printed

    def suggested_name(self) -> str:
        """The document's title in its own language (the file goes to its
        readers), whose itinerary, and the event: "Reiseplan - … .pdf"."""
        request = self.shown or self.request()
        kind = request.kind if request else self.panel.kind_name()
        title = names.title(kind)
        language = request.options.language if request else None
        if language and language != interface_language():
            english = KINDS[kind].title
            worded = wording(language, DOCUMENTS).gettext(english)
            title = worded if worded != english or language_code(language) == "en" else title
        return file_name(title, self.panel.traveller_name(), self.event_title)

    def save_as(self, path: Path | None = None) -> Path | None:
        if self.shown is None:
            return None
        if path is None:
            folder = (
                self.context.settings.value(FOLDER_SETTING)
                or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                or str(Path.home())
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                translate("DocumentPreview", "Save as PDF"),
                str(Path(folder) / self.suggested_name()),
                translate("DocumentPreview", PDF_FILTER),
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != ".pdf":
                path = path.with_name(f"{path.name}.pdf")
        cannot = translate("DocumentPreview", "Cannot save the document")
        if not may_write(self, self.context.store, path, output_paths.PDF, cannot):
            return None
        try:
            shown = self.shown
            disclosed.write_document(self.context.store, path, self.data, shown.kind, shown.event_id, shown.options)
        except PlannerError as error:
            QMessageBox.warning(
                self,
                cannot,
                translate("DocumentPreview", "{file} could not be saved.\n\n{error}").format(
                    file=path.name, error=error
                ),
            )
            return None
        self.context.settings.setValue(FOLDER_SETTING, str(path.parent))
        self.status.setText(translate("DocumentPreview", "Saved as {file}").format(file=path.name))
        return path

    # -- closing ------------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        """Closed (not minimised): let go of the document; a render under
        way finishes unseen, and opening again renders afresh."""
        super().hideEvent(event)
        if event.spontaneous():
            return
        self.settle.stop()
        self.renderer.forget()
        self.event_id = None
        self._clear("")
