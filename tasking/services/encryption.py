"""Encrypted databases, offered to the app through the services (the work is tasking.models')."""

from __future__ import annotations

from tasking.models.database import EncryptedDatabase
from tasking.models.encryption import (
    KEY_ENV,
    SHORTEST_PASSPHRASE,
    EncryptionError,
    NoCipher,
    cipher,
    creating,
    keyring_problem,
    secret_for_child,
    supply_secret,
)

__all__ = [
    "KEY_ENV",
    "SHORTEST_PASSPHRASE",
    "EncryptedDatabase",
    "EncryptionError",
    "NoCipher",
    "cipher",
    "creating",
    "keyring_problem",
    "secret_for_child",
    "supply_secret",
]
