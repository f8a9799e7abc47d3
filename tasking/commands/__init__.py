"""Command-line commands, one module per topic."""
