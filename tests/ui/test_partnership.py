"""The partnership place: agencies, people and vocabularies, added, renamed and deactivated."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tasking.ui.dialogs import ErrorNotice
from tasking.ui.partnership.place import PartnershipPlace


@pytest.fixture
def place(qtbot, services, records, history, settings):
    widget = PartnershipPlace(services, history, settings)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: not widget.is_loading)  # its lists are read on a worker
    return widget


def texts(table_list, column: int = 0) -> list[str]:
    proxy = table_list.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, place):
    for editable in (place.agencies, place.people, place.terms):
        qtmodeltester.check(editable.model)
        qtmodeltester.check(editable.proxy)


def test_people_show_names_in_every_script(place):
    names = texts(place.people)
    for name in ("عائشہ خان", "ਹਰਪ੍ਰੀਤ ਕੌਰ", "Zofia Wiśniewska-Łęcka", "Ľubomír Šťastný"):
        assert name in names


def test_add_a_person_then_undo(qtbot, place, services, records, history):
    place.tabs.setCurrentIndex(1)
    qtbot.keyClicks(place.person_name, "Jan Kowalczyk")
    qtbot.keyClicks(place.person_email, "jan.kowalczyk@example.org")
    qtbot.keyClick(place.person_name, Qt.Key.Key_Return)
    assert "Jan Kowalczyk" in [p.name for p in services.partnership.people()]
    assert place.person_name.text() == ""
    history.undo()  # adding is undone by deactivating: nothing is deleted
    assert "Jan Kowalczyk" not in [p.name for p in services.partnership.people()]
    assert "Jan Kowalczyk" not in texts(place.people)


def test_a_bad_email_is_refused_with_a_message(qtbot, place, monkeypatch):
    said = []
    monkeypatch.setattr(ErrorNotice, "tell", classmethod(lambda cls, p, m: said.append(m)))
    place.person_name.setText("Someone")
    place.person_email.setText("not an address")
    qtbot.mouseClick(place.person_form.button, Qt.MouseButton.LeftButton)
    assert said and "email" in said[0]


def test_rename_a_term_inline_and_deactivate_it(qtbot, place, services, history):
    place.tabs.setCurrentIndex(2)
    place.kind.setCurrentIndex(place.kind.findData("action_type"))
    first = texts(place.terms)[0]
    index = place.terms.proxy.index(0, 0)
    assert place.terms.proxy.setData(index, "CCTV camera (fixed)")
    labels = [t.label for t in services.partnership.terms("action_type")]
    assert "CCTV camera (fixed)" in labels and first not in labels
    place.terms.table.setCurrentIndex(place.terms.proxy.index(0, 0))
    qtbot.mouseClick(place.terms.toggle, Qt.MouseButton.LeftButton)
    assert "CCTV camera (fixed)" not in [t.label for t in services.partnership.terms("action_type")]
    history.undo()
    history.undo()
    assert first in [t.label for t in services.partnership.terms("action_type")]


def test_add_a_local_action_type(qtbot, place, services):
    place.tabs.setCurrentIndex(2)
    place.kind.setCurrentIndex(place.kind.findData("action_type"))
    qtbot.keyClicks(place.term_label, "Community speed watch")
    qtbot.keyClick(place.term_label, Qt.Key.Key_Return)
    assert "Community speed watch" in texts(place.terms)
    assert "Community speed watch" in [t.label for t in services.partnership.terms("action_type")]
