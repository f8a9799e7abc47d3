"""The core's messages come from one table, and the translation tools see every one of them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import tasking
from tasking.messages import MESSAGES, Message
from tasking.services import ValidationError
from tasking.ui.message_texts import MESSAGE_TEXTS
from tasking.ui.messages import explain

ROOT = Path(tasking.__file__).resolve().parent
USED = re.compile(r'Message\(\s*"([a-z0-9_.]+)"')


def test_the_translation_list_is_the_core_table():
    """tasking/ui/message_texts.py is generated from the table: `make messages` after a change."""
    assert dict(MESSAGES) == MESSAGE_TEXTS


def test_every_message_raised_is_in_the_table_and_every_one_is_raised():
    used: set[str] = set()
    for path in ROOT.rglob("*.py"):
        if path.name != "messages.py":
            used |= set(USED.findall(path.read_text(encoding="utf-8")))
    assert used - set(MESSAGES) == set()
    assert set(MESSAGES) - used == set(), "messages no code raises"


def test_the_english_text_is_the_error_itself():
    error = ValidationError(Message("partnership.bad_email", email="nobody"))
    assert str(error) == "'nobody' does not look like an email address."
    assert error.message == Message("partnership.bad_email", email="nobody")
    assert explain(error) == str(error)  # no translator installed: the English text


def test_a_message_missing_a_field_fails_where_it_is_raised():
    with pytest.raises(KeyError):
        Message("partnership.bad_email")
    with pytest.raises(KeyError):
        Message("no.such.message")


def test_a_translation_that_lost_a_field_falls_back_to_english():
    message = Message("backup.missing", path="/tmp/x.sqlite")
    assert message.render("{where} ist weg") == "/tmp/x.sqlite does not exist or is not a file."
    assert message.render("{path} ist weg") == "/tmp/x.sqlite ist weg"


def test_text_from_outside_the_table_is_shown_as_it_is():
    error = ValidationError("Row 3 of wards.geojson has no code.")
    assert error.message is None
    assert explain(error) == "Row 3 of wards.geojson has no code."
