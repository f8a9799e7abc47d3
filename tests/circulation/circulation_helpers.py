"""Readers for what circulation writes: PDF text, .eml drafts, and the command line."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from datetime import date
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses
from pathlib import Path

import pypdf

TODAY = date(2025, 11, 20)


def pdf_pages(path: Path) -> list[str]:
    """Each page's words, single-spaced, as an independent reader sees them."""
    pages = [page.extract_text() for page in pypdf.PdfReader(path).pages]
    return [" ".join(unicodedata.normalize("NFKC", page).split()) for page in pages]


def cli(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        "TASKING_LOG_DIR": str(tmp_path / "logs"),
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
    }
    return subprocess.run(
        [sys.executable, "-m", "tasking", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def read_eml(path: Path) -> EmailMessage:
    with path.open("rb") as handle:
        message = BytesParser(policy=policy.default).parse(handle)
    assert isinstance(message, EmailMessage)
    return message


def addresses(message: EmailMessage) -> set[str]:
    return {address for _name, address in getaddresses([str(message["To"] or "")])}


def attachments(message: EmailMessage) -> dict[str, bytes]:
    return {
        part.get_filename(): part.get_payload(decode=True) for part in message.iter_attachments()
    }


def body(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    return part.get_content()
