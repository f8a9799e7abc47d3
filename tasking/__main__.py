"""The composition root: arguments, logging, then a command or the app."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from tasking import cli

log = logging.getLogger("tasking")


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.parse(argv)  # --version and --help end here: nothing more is imported
    from tasking.logs import FILE_ONLY, LogFolderError, setup_logging

    try:
        log_file = setup_logging(verbose=args.verbose)
    except LogFolderError as error:
        print(f"tasking: error: {error}", file=sys.stderr)
        if args.command is None and not args.self_test:
            from tasking.ui.app import show_start_up_error  # the windowed build has no terminal

            show_start_up_error(str(error))
        return 2
    try:
        if args.command is None and not args.self_test:
            from tasking.services.light_read import read_ahead

            read_ahead(args.database)  # the meetings list, read while Qt loads
            from tasking.ui.app import run_gui  # Qt is loaded only when the app opens

            if args.key_file is not None:
                from tasking.commands.encryption import supply_key
                from tasking.models.encryption import EncryptionError

                try:
                    supply_key(args)
                except EncryptionError as error:
                    print(f"tasking: error: {error}", file=sys.stderr)
                    return 2

            return run_gui(args.database, log_file=log_file)
        return cli.run_command(args)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the last line of defence: one line, details in the log
        log.exception("Unexpected error", extra=FILE_ONLY)
        print(f"tasking: unexpected error: {error} (details in {log_file})", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
