"""E-mail drafts as standard MIME ``.eml`` files for the chair's own mail program to send.

Council laptops often cannot send mail from applications, so Tasking writes drafts:
``X-Unsent: 1`` makes Outlook on Windows open the file as an editable, unsent message;
Thunderbird and other mail programs open it as a message to forward or edit.
"""

from __future__ import annotations

import mimetypes
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from pathlib import Path

from tasking.export.circulation_data import Draft
from tasking.export.files import atomic_write, safe_filename

# Python folds a long Subject straight after "Subject:", and mail programs then show it with
# a leading space (the marking must come first); RFC 5322 allows header lines of 998.
WRITTEN = SMTP.clone(max_line_length=998)


def _address(name: str, address: str) -> Address:
    user, _, domain = address.strip().partition("@")
    return Address(display_name=name, username=user, domain=domain)


def build_message(draft: Draft) -> EmailMessage:
    """The draft as a MIME message: recipients, subject, plain-text body and attachments."""
    message = EmailMessage(policy=SMTP)
    message["X-Unsent"] = "1"
    if draft.sender:
        message["From"] = draft.sender
    if draft.recipients:
        message["To"] = [_address(name, address) for name, address in draft.recipients]
    message["Subject"] = draft.subject
    message["Date"] = formatdate(localtime=True)
    message.set_content(draft.body, cte="quoted-printable")
    for attachment in draft.attachments:
        path = Path(attachment.path)
        maintype, _, subtype = (
            attachment.content_type
            or mimetypes.guess_type(path.name)[0]
            or "application/octet-stream"
        ).partition("/")
        message.add_attachment(
            path.read_bytes(), maintype=maintype, subtype=subtype, filename=path.name
        )
    return message


def write_draft(draft: Draft, folder: Path | str) -> Path:
    """Write ``draft`` into ``folder`` as ``<file_stem>.eml`` (replaced only when complete)."""
    destination = Path(folder) / f"{safe_filename(draft.file_stem)}.eml"
    data = build_message(draft).as_bytes(policy=WRITTEN)
    with atomic_write(destination) as temp:
        temp.write_bytes(data)
    return destination
