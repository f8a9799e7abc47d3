"""Encrypted databases on the command line: --encrypt, --key-file, `encrypt` and `key`."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

KEY_FILE_HELP = (
    "a file whose first line is the passphrase (or raw key x'…') of an encrypted database; "
    "default: $TASKING_DATABASE_KEY, else the key kept in this computer's keyring"
)


def add_key_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--key-file", type=Path, metavar="FILE", help=KEY_FILE_HELP)


def add_encrypt_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt the new database (SQLCipher) with a random key kept in this computer's "
        "keyring; with --key-file or $TASKING_DATABASE_KEY, with that passphrase instead",
    )


def add_parser(commands: Any) -> None:
    encrypt = commands.add_parser(
        "encrypt",
        help="encrypt an existing database (its backups too)",
        description="Back up the database, write an encrypted copy, check it and put it in "
        "place of the plain file in one step; then encrypt its backups with the same key. "
        "Close Tasking first.",
    )
    encrypt.add_argument("--database", metavar="PATH", required=True, help="the SQLite file")
    add_key_option(encrypt)
    key = commands.add_parser(
        "key",
        help="move an encrypted database's key to another computer",
        description="export: write the key of an encrypted database to a file (keep it safe: "
        "it opens the database). import: keep the key that opens the database (from "
        "--key-file or $TASKING_DATABASE_KEY) in this computer's keyring.",
    )
    key.add_argument("action", choices=("export", "import"))
    key.add_argument("--database", metavar="PATH", required=True, help="the encrypted file")
    key.add_argument("-o", "--output", type=Path, metavar="FILE", help="export: write it here")
    add_key_option(key)


def supply_key(args: argparse.Namespace) -> str | None:
    """The passphrase or key the command was given (--key-file, else the environment)."""
    from tasking.models import encryption

    key_file = getattr(args, "key_file", None)
    secret = encryption.read_key_file(key_file) if key_file is not None else None
    if secret is not None:
        encryption.supply_secret(secret)
    return secret or os.environ.get(encryption.KEY_ENV) or None


def creating(args: argparse.Namespace, path: Path) -> Any:
    """The context a new database is made in: encrypted with ``--encrypt``, else plain."""
    import contextlib

    from tasking.models import encryption

    if not getattr(args, "encrypt", False):
        return contextlib.nullcontext()
    return encryption.creating(path, supply_key(args))


def said_where_key_is(args: argparse.Namespace) -> str:
    if not getattr(args, "encrypt", False):
        return ""
    if supply_key(args) is None:
        return " Encrypted; its key is kept in this computer's keyring."
    return " Encrypted with the passphrase given; it is not stored: keep it safe."


def run(args: argparse.Namespace) -> int:
    from tasking.cli import CommandError
    from tasking.models import encryption
    from tasking.models.backups import BackupError

    path = Path(args.database).expanduser().resolve()
    if not path.is_file():
        raise CommandError(f"{path} does not exist or is not a file.")
    secret = supply_key(args)
    try:
        if args.command == "encrypt":
            return _encrypt(path, secret)
        if args.action == "export":
            return _export_key(path, args.output)
        key = encryption.key_for(path)
        if key is None:
            raise CommandError(str(encryption.EncryptionError(_plain(path))))
        encryption.store_key(key)
        print(f"Kept the key of {path} in this computer's keyring.")
        return 0
    except (encryption.EncryptionError, BackupError) as error:
        raise CommandError(str(error)) from error


def _plain(path: Path) -> Any:
    from tasking.messages import Message

    return Message("encryption.plain", path=path)


def _export_key(path: Path, output: Path | None) -> int:
    from tasking.cli import CommandError
    from tasking.models import encryption

    key = encryption.key_for(path)
    if key is None:
        raise CommandError(str(encryption.EncryptionError(_plain(path))))
    if output is None:
        print(key.pragma)
        return 0
    output = output.expanduser().resolve()
    if output.exists():
        raise CommandError(f"{output} already exists; choose a new file name.")
    fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(key.pragma + "\n")
    print(f"Wrote the key of {path} to {output}: keep it safe, it opens the database.")
    return 0


def _encrypt(path: Path, secret: str | None) -> int:
    from tasking.models.converting import encrypt_database

    done = encrypt_database(path, secret)
    print(f"Encrypted {path} (checked); {done.where_key}.")
    print(f"Backed it up first to {done.backup} and encrypted {done.backups} backups with it.")
    return 0
