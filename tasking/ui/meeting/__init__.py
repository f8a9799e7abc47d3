"""The meeting workspace: a chair runs a tasking meeting in agenda order, keyboard first."""
