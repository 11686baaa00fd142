"""The printed documents in the app: the Documents menu, the preview with
its options, printing and saving."""

from planner.ui.documents.menu import DocumentsMenu
from planner.ui.documents.preview import DocumentPreview

__all__ = ["DocumentPreview", "DocumentsMenu"]
