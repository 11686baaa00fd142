"""Sending a PDF shown in the app to a printer.

Qt cannot hand a PDF to the printer as it is, so each page is drawn as a
picture at the printer's resolution (at most 300 dpi: a 1200 dpi A4 page
would take half a gigabyte, and 300 dpi prints text sharply).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from planner.ui import theme

translate = QCoreApplication.translate

MAX_DPI = 300
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def new_printer() -> QPrinter:
    return QPrinter(QPrinter.PrinterMode.HighResolution)


def prepare(printer: QPrinter, paper: str, document: QPdfDocument) -> None:
    """Paper and orientation as the document's, before the print dialog
    shows them; the user may still change them there."""
    printer.setPageSize(QPageSize(PAGE_SIZES.get(paper, QPageSize.PageSizeId.A4)))
    first = document.pagePointSize(0) if document.pageCount() else QSizeF()
    landscape = first.width() > first.height()
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    # The PDF carries its own margins: print it on the whole sheet.
    printer.setFullPage(True)
    printer.setDocName(
        document.metaData(QPdfDocument.MetaDataField.Title) or translate("DocumentPreview", "Planner document")
    )


def pages_to_print(printer: QPrinter, page_count: int, current_page: int = 0) -> list[int]:
    """The pages (from 0) the user chose in the print dialog."""
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.CurrentPage:
        return [min(max(current_page, 0), page_count - 1)] if page_count else []
    if mode == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = printer.fromPage() - 1
        last = min(printer.toPage() or page_count, page_count) - 1
        return list(range(first, last + 1))
    return list(range(page_count))


def _placed(page: QSizeF, sheet: QRectF) -> QRectF:
    """The page scaled to fit the sheet, keeping its proportions, centred."""
    if page.isEmpty():
        return sheet
    scale = min(sheet.width() / page.width(), sheet.height() / page.height())
    width, height = page.width() * scale, page.height() * scale
    return QRectF(sheet.x() + (sheet.width() - width) / 2, sheet.y() + (sheet.height() - height) / 2, width, height)


def print_pages(
    document: QPdfDocument,
    printer: QPrinter,
    pages: list[int],
    on_page: Callable[[int], bool] | None = None,
) -> int:
    """Draw these pages onto the printer; returns how many were printed.
    ``on_page(done)`` is called before each page and may say False to stop
    (the job is then aborted)."""
    if not pages:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("DocumentPreview", "the printer could not be started"))
    dpi = min(printer.resolution(), MAX_DPI)
    options = QPdfDocumentRenderOptions()
    printed = 0
    try:
        for number, page in enumerate(pages):
            if on_page is not None and not on_page(number):
                printer.abort()
                break
            if number > 0 and not printer.newPage():
                raise OSError(translate("DocumentPreview", "the printer refused the next page"))
            size = document.pagePointSize(page)
            sheet = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            sheet.moveTo(0, 0)
            target = _placed(size, sheet)
            pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
            image = document.render(page, pixels, options)
            if image.isNull():
                raise OSError(translate("DocumentPreview", "page {page} could not be drawn").format(page=page + 1))
            # Transparent parts of the page are paper: white, not black.
            if image.hasAlphaChannel():
                painter.fillRect(target, theme.PAPER)
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed
