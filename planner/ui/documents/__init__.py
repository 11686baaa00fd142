"""The printed documents in the app: the Documents menu, the preview with
its options, printing and saving. The preview (with QtPdf and printing)
is loaded from planner.ui.documents.preview when a document is first
previewed, not with the window's menu."""

from planner.ui.documents.menu import DocumentsMenu

__all__ = ["DocumentsMenu"]
