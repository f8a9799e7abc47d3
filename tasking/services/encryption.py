"""Encrypted databases, offered to the app through the services (the work is tasking.models')."""

from __future__ import annotations

from tasking.models.database import EncryptedDatabase
from tasking.models.encryption import (
    SHORTEST_PASSPHRASE,
    EncryptionError,
    NoCipher,
    cipher,
    creating,
    keyring_problem,
    supply_secret,
)

__all__ = [
    "SHORTEST_PASSPHRASE",
    "EncryptedDatabase",
    "EncryptionError",
    "NoCipher",
    "cipher",
    "creating",
    "keyring_problem",
    "supply_secret",
]
