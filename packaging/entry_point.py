"""The script PyInstaller freezes into ``tasking`` and ``tasking-cli``: just the entry point."""

import sys

from tasking.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
