"""Pure renderers: plain data in, a finished file out (PDF minutes, Excel trackers)."""
