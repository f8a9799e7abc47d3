"""Officers' returned trackers: read safely, matched to what was exported, classified. No Qt."""
