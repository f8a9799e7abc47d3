"""Action tracker ▸ Import returned trackers…: choose files, preview, apply, undo."""
