"""police.uk data in the app: importing months, and the candidate hotspots they suggest."""
