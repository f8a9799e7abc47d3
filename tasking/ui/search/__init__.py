"""Searching the record: the panel (Ctrl+Shift+F), its results, and opening what was found."""
