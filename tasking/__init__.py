"""Tasking: run neighbourhood tasking meetings, keep their records, export minutes and trackers."""

__version__ = "0.1.0"
APP_NAME = "Tasking"
