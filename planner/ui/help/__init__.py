"""The Help menu's pages: the keyboard shortcuts and getting started."""
