"""Everything Qt: the main window, its places, item models, dialogs and background work."""
