"""Searching the record: every kind of text a chair writes is found, folded, newest first.

Runs on SQLite (the FTS5 index the triggers keep) and on PostgreSQL when a server is given
(folded text matched in SQL): the same service, the same answers.
"""

from __future__ import annotations

from datetime import date

import pytest

from tasking.services import Services
from tasking.services.changes import ActionChanges, HotspotChanges, MeetingChanges


def found(core: Services, typed: str, **options: bool) -> list[tuple[str, int]]:
    return [(h.kind, h.record_id) for h in core.search.search(typed, **options)]


def kinds(core: Services, typed: str) -> set[str]:
    return {h.kind for h in core.search.search(typed)}


@pytest.fixture
def record(core: Services, arboretum):
    """A meeting with every kind of text: venue, AOB, notes, a decision, an action, updates."""
    meeting = core.meetings.open_next(arboretum.area_id, date(2025, 3, 5))
    core.meetings.edit(
        meeting.id,
        meeting.version,
        MeetingChanges(
            venue="Pear Tree Community Hall",
            any_other_business="Zuzana Šťastná raised the fireworks on Bonfire Night",
        ),
    )
    discussion = core.meetings.record_discussion(
        meeting.id,
        arboretum.park,
        notes="PCSO Wróbel saw needles by the bandstand twice",
        decision="continue",
        decision_reason="Łódź-style lighting scheme still awaited",
    )
    action = core.actions.raise_action(
        description="Redeploy the camera to the Straße gate",
        action_type_id=arboretum.cctv,
        owner_agency_id=arboretum.police,
        hotspot_id=arboretum.park,
        meeting_id=meeting.id,
    )
    update = core.actions.record_update(
        action.id, action.version, note="Søren from Streetpride fitted the bracket"
    )
    return meeting, discussion, core.actions.row(action.id), update


def test_every_kind_of_text_is_found_folded(core, arboretum, record) -> None:
    meeting, discussion, action, update = record
    assert ("meeting", meeting.id) in found(core, "pear tree")
    assert found(core, "stastna") == [("aob", meeting.id)]
    assert found(core, "WROBEL") == [("notes", discussion.id)]
    assert found(core, "lodz") == [("decision", discussion.id)]
    assert found(core, "strasse") == [("action", action.id)]
    assert found(core, "soren") == [("update", update.id)]
    assert ("hotspot", arboretum.park) in found(core, "bandstand")  # the nomination reason
    assert ("action", action.id) in found(core, action.reference)


def test_typing_finds_as_it_goes_by_the_beginnings_of_words(core, record) -> None:
    _meeting, discussion, _action, _update = record
    for typed in ("w", "wr", "wró", "wrob", "Wróbe"):
        assert ("notes", discussion.id) in found(core, typed), typed
    assert ("notes", discussion.id) not in found(core, "robel")  # not the middle of a word
    assert found(core, "needles bandstand") == [("notes", discussion.id)]  # every word
    assert found(core, "needles fireworks") == []


def test_a_hit_says_where_it_is_and_marks_the_words(core, arboretum, record) -> None:
    meeting, *_ = record
    (hit,) = core.search.search("wrob band")
    assert (hit.meeting_id, hit.hotspot_id, hit.dated) == (
        meeting.id,
        arboretum.park,
        date(2025, 3, 5),
    )
    assert hit.area == "Arboretum"
    assert hit.label == "Derby Arboretum"
    marked = [hit.snippet.text[s:e] for s, e in hit.snippet.marks]
    assert marked == ["Wrób", "band"]


def test_a_long_text_is_cut_around_the_match(core, record) -> None:
    meeting, *_ = record
    long_aob = "Opening words. " * 30 + "The skatepark petition was handed in. " + "More. " * 30
    core.meetings.edit(
        meeting.id,
        core.meetings.get(meeting.id).version,
        MeetingChanges(any_other_business=long_aob),
    )
    (hit,) = core.search.search("skatepark")
    assert hit.snippet.text.startswith("…") and hit.snippet.text.endswith("…")
    assert len(hit.snippet.text) < 200
    ((start, end),) = hit.snippet.marks
    assert hit.snippet.text[start:end] == "skatepark"


def test_newest_first(core, arboretum, record) -> None:
    meeting, *_ = record
    later = core.meetings.open_next(arboretum.area_id, date(2025, 4, 2))
    core.meetings.edit(
        later.id, later.version, MeetingChanges(any_other_business="Fireworks again")
    )
    hits = core.search.search("fireworks")
    assert [(h.kind, h.record_id) for h in hits] == [("aob", later.id), ("aob", meeting.id)]
    assert core.search.search("fireworks", limit=1)[0].record_id == later.id


def test_edits_and_deletions_are_found_at_once(core, arboretum, record) -> None:
    meeting, _discussion, action, update = record
    core.actions.edit(action.id, action.version, ActionChanges(description="Move the camera"))
    assert found(core, "strasse") == []
    assert found(core, "move camera") == [("action", action.id)]
    core.actions.delete_update(update.id)
    assert found(core, "soren") == []
    detail = core.hotspots.get(arboretum.parade)
    core.hotspots.edit(
        arboretum.parade, detail.version, HotspotChanges(scanning="Shoplifting at the Spar")
    )
    assert found(core, "shoplift") == [("hotspot", arboretum.parade)]
    core.hotspots.change_status(
        arboretum.parade, core.hotspots.get(arboretum.parade).version, "closed", "Dealt with by Zoë"
    )
    assert "status_change" in kinds(core, "zoe")
    extra = core.actions.raise_action(
        description="Temporary lighting tower",
        action_type_id=arboretum.cctv,
        owner_agency_id=arboretum.police,
        hotspot_id=arboretum.park,
    )
    assert found(core, "tower") == [("action", extra.id)]
    core.actions.withdraw(extra.id)
    assert found(core, "tower") == []
    later = core.meetings.open_next(arboretum.area_id, date(2025, 4, 2))  # the venue copied
    assert {("meeting", meeting.id), ("meeting", later.id)} <= set(found(core, "pear tree"))
    core.meetings.withdraw(later.id)
    assert ("meeting", later.id) not in found(core, "pear tree")


def test_a_meeting_moved_moves_its_items(core, record) -> None:
    meeting, discussion, *_ = record
    core.meetings.edit(
        meeting.id,
        core.meetings.get(meeting.id).version,
        MeetingChanges(held_on=date(2025, 3, 12)),
    )
    (hit,) = core.search.search("wrobel")
    assert (hit.kind, hit.record_id, hit.dated) == ("notes", discussion.id, date(2025, 3, 12))


def test_undo_is_reflected(core, record) -> None:
    meeting, _discussion, _action, _update = record
    with core.reversals.recording() as made:
        core.meetings.edit(
            meeting.id,
            core.meetings.get(meeting.id).version,
            MeetingChanges(any_other_business="Graffiti on the library wall"),
        )
    assert found(core, "graffiti") == [("aob", meeting.id)]
    undone = core.reversals.revert(made.changes, "undo")
    assert found(core, "graffiti") == []
    assert found(core, "stastna") == [("aob", meeting.id)]
    core.reversals.revert(undone, "redo")
    assert found(core, "graffiti") == [("aob", meeting.id)]


def test_confidential_items_are_found_marked_and_left_out_when_asked(core, record) -> None:
    meeting, discussion, action, update = record
    core.meetings.edit(
        meeting.id, core.meetings.get(meeting.id).version, MeetingChanges(aob_confidential=True)
    )
    core.meetings.record_discussion(meeting.id, discussion.hotspot_id, confidential=True)
    core.actions.edit(
        action.id, core.actions.row(action.id).version, ActionChanges(confidential=True)
    )
    for typed, key in (
        ("stastna", ("aob", meeting.id)),
        ("wrobel", ("notes", discussion.id)),
        ("lodz", ("decision", discussion.id)),
        ("strasse", ("action", action.id)),
        ("soren", ("update", update.id)),  # an update of a confidential action
    ):
        (hit,) = core.search.search(typed)  # the chair's own views show them, marked
        assert ((hit.kind, hit.record_id), hit.confidential) == (key, True)
        assert found(core, typed, leave_out_confidential=True) == [], typed
    assert ("meeting", meeting.id) in found(core, "pear", leave_out_confidential=True)


HOSTILE = [
    '"',
    '""',
    "*",
    "AND",
    "OR NOT",
    "NEAR(",
    "NEAR(a b",
    "<",
    "a:b",
    "^",
    "(",
    ")",
    "%",
    "_",
    "\\",
    "'; DROP TABLE action; --",
    "body:x",
    "-",
    "+",
    "{x}",
    "\x00",
    "   ",
]


@pytest.mark.parametrize("typed", HOSTILE)
def test_hostile_input_never_raises(core, record, typed) -> None:
    hits = core.search.search(typed)
    assert all(h.kind for h in hits)


def test_operators_and_wildcards_are_words_not_syntax(core, arboretum, record) -> None:
    meeting, *_ = record
    core.meetings.edit(
        meeting.id,
        core.meetings.get(meeting.id).version,
        MeetingChanges(any_other_business="Fights AND near misses at 100% of events_2025"),
    )
    assert found(core, "fights AND") == [("aob", meeting.id)]
    assert found(core, 'misses near"') == [("aob", meeting.id)]
    assert found(core, "NEAR(misses") == [("aob", meeting.id)]
    assert found(core, "100%") == [("aob", meeting.id)]
    assert found(core, "events_2025") == [("aob", meeting.id)]
    assert found(core, "eve_ts") == []


def test_urdu_and_punjabi_are_found(core, arboretum, record) -> None:
    meeting, *_ = record
    aob = "عائشہ خان نے پارک کے بارے میں بات کی\nਹਰਪ੍ਰੀਤ ਕੌਰ ਨੇ ਪਾਰਕ ਬਾਰੇ ਦੱਸਿਆ"
    core.meetings.edit(
        meeting.id, core.meetings.get(meeting.id).version, MeetingChanges(any_other_business=aob)
    )
    assert found(core, "عائشہ") == [("aob", meeting.id)]
    assert found(core, "عائ") == [("aob", meeting.id)]  # as typed, letter by letter
    assert found(core, "خان پارک") == [("aob", meeting.id)]
    assert found(core, "ਹਰਪ੍ਰੀਤ") == [("aob", meeting.id)]
    assert found(core, "ਕੌਰ") == [("aob", meeting.id)]
    (hit,) = core.search.search("پارک")
    assert [hit.snippet.text[s:e] for s, e in hit.snippet.marks] == ["پارک"]


def test_letters_the_tokenizer_keeps_whole_are_folded(core, record) -> None:
    meeting, *_ = record
    aob = "Łukasz Michał, Øystein, Æthelred, Œuvre, Þóra, Đorđe, the ﬁnal Straße"
    core.meetings.edit(
        meeting.id, core.meetings.get(meeting.id).version, MeetingChanges(any_other_business=aob)
    )
    for typed in (
        "lukasz",
        "michal",
        "oystein",
        "aethelred",
        "oeuvre",
        "thora",
        "dorde",
        "final",
        "MICHAŁ",
        "Øy",
    ):
        assert found(core, typed) == [("aob", meeting.id)], typed


def test_nothing_typed_finds_nothing(core, record) -> None:
    assert core.search.search("") == []
    assert core.search.search(" \t ") == []
    assert core.search.search("wrobel", limit=0) == []
