"""Everything Qt: the only package that imports PySide6."""
