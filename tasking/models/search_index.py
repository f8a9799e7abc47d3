"""The record's search index on SQLite: one FTS5 table kept in step by triggers.

Every piece of free text a chair writes (a meeting's venue, any other business, a hotspot's
notes and decision at a meeting, an action, an update, a hotspot's profile, the reason for a
change of status) is one row of ``search_index``. Its rowid is the record's date, kind and id
(day << 44 | code << 40 | id): FTS5 reads a word's rows in rowid order, so the newest places
a word is found come first and a search stops after the few it shows, however common the
word; and a trigger deletes exactly the row it owns, knowing the date it was keyed with.

The triggers are plain SQL, so every connection (the app, the command line, a backup being
checked, the sqlite3 shell) keeps the index right without Python. Case and diacritics are
folded by the unicode61 tokenizer (``remove_diacritics 2``); the few letters it leaves whole
(ł, ø, ß, æ, ligatures) are spelled out by ``replace()`` first, from ``SPELLED_OUT``, which the
query side applies too. PostgreSQL has no FTS5: there the search service matches the tables
themselves (tasking.services.search), and this module does nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import Connection, Integer, column, table

from tasking.folding import SPELLED_OUT

# A hotspot's free text: its name and place, the reasons given for it, its OSARA profile.
HOTSPOT_TEXTS = (
    "name",
    "location",
    "nomination_reason",
    "status_reason",
    "objective",
    "scanning",
    "analysis_victim",
    "analysis_offender",
    "analysis_location",
    "analysis",
    "response",
    "assessment",
)
TABLE = "search_index"
TOKENIZER = "unicode61 remove_diacritics 2"
ID_BITS, CODE_BITS = 40, 4  # rowid = day << 44 | code << 40 | id
EPOCH_JULIAN = 2415020.5  # julianday('1900-01-01'): day 0 of the key
# The prefix index makes a word's first letters as quick to look up as the word.
PREFIXES = "1 2 3"


search_index = table(TABLE, column("rowid", Integer), column("body"))


@dataclass(frozen=True)
class IndexedText:
    """One kind of text: where it is kept, and the columns (of alias ``t``) that make it."""

    kind: str
    code: int
    source: str  # the table
    columns: tuple[str, ...]  # SQL over the row ``t``; joined by new lines
    dated: str  # SQL for the row's date, over the row named {row}


_MEETING_DAY = "(SELECT m.held_on FROM meeting m WHERE m.id = {row}.meeting_id)"
KINDS: tuple[IndexedText, ...] = (
    IndexedText(
        "meeting",
        1,
        "meeting",
        ("(SELECT a.name FROM area a WHERE a.id = t.area_id)", "t.venue"),
        "{row}.held_on",
    ),
    IndexedText("aob", 2, "meeting", ("t.any_other_business",), "{row}.held_on"),
    IndexedText("notes", 3, "hotspot_discussion", ("t.notes",), _MEETING_DAY),
    IndexedText("decision", 4, "hotspot_discussion", ("t.decision_reason",), _MEETING_DAY),
    IndexedText(
        "action", 5, "action", ("t.reference", "t.description", "t.outcome"), "{row}.raised_on"
    ),
    IndexedText("update", 6, "action_update", ("t.note",), "{row}.noted_on"),
    IndexedText(
        "hotspot",
        7,
        "hotspot",
        tuple(f"t.{name}" for name in HOTSPOT_TEXTS),
        "{row}.nominated_on",
    ),
    IndexedText("status_change", 8, "hotspot_status_change", ("t.reason",), "{row}.changed_on"),
)
CODES = {k.kind: k.code for k in KINDS}


BY_CODE = {k.code: k for k in KINDS}


def decode(key: int) -> tuple[int, int, int]:
    """(day since 1900-01-01, kind's code, record id) of an index rowid."""
    return (
        key >> (ID_BITS + CODE_BITS),
        (key >> ID_BITS) & ((1 << CODE_BITS) - 1),
        key & ((1 << ID_BITS) - 1),
    )


def _key_sql(kind: IndexedText, row: str) -> str:
    dated = f"coalesce(julianday({kind.dated.format(row=row)}), {EPOCH_JULIAN})"
    day = f"CAST({dated} - {EPOCH_JULIAN} AS INTEGER)"
    return f"(({day}) << {ID_BITS + CODE_BITS}) + {kind.code << ID_BITS} + {row}.id"


def spell_out(text: str) -> str:
    for letter, spelled in SPELLED_OUT:
        text = text.replace(letter, spelled)
    return text


def _spelled_sql(expression: str) -> str:
    for letter, spelled in SPELLED_OUT:
        expression = f"replace({expression}, '{letter}', '{spelled}')"
    return expression


def _written(kind: IndexedText) -> str:
    """True for a source row with some text of this kind (a meeting always has its area)."""
    return " || ".join(f"coalesce({c}, '')" for c in kind.columns) + " <> ''"


def _select(kind: IndexedText, where: str) -> str:
    """The index rows of ``kind`` for the source rows ``t`` that ``where`` picks."""
    body = _spelled_sql(" || char(10) || ".join(f"coalesce({c}, '')" for c in kind.columns))
    return (
        f"SELECT {_key_sql(kind, 't')}, {body} FROM {kind.source} t "
        f"WHERE {where} AND {_written(kind)}"
    )


def _insert(kind: IndexedText, where: str) -> str:
    return f"INSERT INTO {TABLE} (rowid, body) {_select(kind, where)}"


def _delete(kind: IndexedText, row: str) -> str:
    return f"DELETE FROM {TABLE} WHERE rowid = {_key_sql(kind, row)}"


def _edited_columns(kind: IndexedText) -> str:
    names = [c.removeprefix("t.") for c in kind.columns if c.startswith("t.")]
    if kind.dated.startswith("{row}."):
        names.append(kind.dated.removeprefix("{row}."))
    if kind.kind == "meeting":
        names.append("area_id")
    return ", ".join(names)


def _forget_discussions(meeting: str) -> str:
    """Delete the index rows of a meeting's hotspot items, keyed with ``meeting``'s date."""
    keys = " UNION ALL ".join(
        f"SELECT {_key_sql(replace(k, dated=f'{meeting}.held_on'), 't')} "
        f"FROM hotspot_discussion t WHERE t.meeting_id = {meeting}.id"
        for k in KINDS
        if k.source == "hotspot_discussion"
    )
    return f"DELETE FROM {TABLE} WHERE rowid IN ({keys})"


def trigger_statements() -> list[str]:
    made: list[str] = []
    for kind in KINDS:
        name = f"{TABLE}_{kind.kind}"
        made += [
            f"CREATE TRIGGER {name}_added AFTER INSERT ON {kind.source} BEGIN "
            f"{_insert(kind, 't.id = new.id')}; END",
            f"CREATE TRIGGER {name}_edited AFTER UPDATE OF {_edited_columns(kind)} "
            f"ON {kind.source} BEGIN {_delete(kind, 'old')}; {_insert(kind, 't.id = new.id')}; END",
            f"CREATE TRIGGER {name}_removed AFTER DELETE ON {kind.source} BEGIN "
            f"{_delete(kind, 'old')}; END",
        ]
    meeting = KINDS[0]
    items = [k for k in KINDS if k.source == "hotspot_discussion"]
    moved = "; ".join(_insert(k, "t.meeting_id = new.id") for k in items)
    made += [
        # a renamed area renames its meetings in the index
        f"CREATE TRIGGER {TABLE}_area_renamed AFTER UPDATE OF name ON area BEGIN "
        f"DELETE FROM {TABLE} WHERE rowid IN (SELECT {_key_sql(meeting, 't')} "
        f"FROM meeting t WHERE t.area_id = new.id); {_insert(meeting, 't.area_id = new.id')}; END",
        # a meeting's hotspot items are keyed with its date: moved with it, removed before it
        f"CREATE TRIGGER {TABLE}_items_moved AFTER UPDATE OF held_on ON meeting BEGIN "
        f"{_forget_discussions('old')}; {moved}; END",
        f"CREATE TRIGGER {TABLE}_items_removed BEFORE DELETE ON meeting BEGIN "
        f"{_forget_discussions('old')}; END",
    ]
    return made


def trigger_names() -> list[str]:
    return [s.split()[2] for s in trigger_statements()]


def is_available(connection: Connection) -> bool:
    """Whether this SQLite was built with FTS5 (Python's own builds are)."""
    if connection.dialect.name != "sqlite":
        return False
    options = {r[0] for r in connection.exec_driver_sql("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options


def exists(connection: Connection) -> bool:
    if connection.dialect.name != "sqlite":
        return False
    found = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
    ).first()
    return found is not None


def create(connection: Connection) -> bool:
    """Make the index, its triggers and its rows; False when this SQLite has no FTS5."""
    if not is_available(connection):
        return False
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5(body, tokenize = '{TOKENIZER}', "
        f"prefix = '{PREFIXES}')"
    )
    for statement in trigger_statements():
        connection.exec_driver_sql(statement)
    fill(connection)
    return True


def fill(connection: Connection) -> int:
    """Index every record's text again from the tables; the number of rows indexed."""
    connection.exec_driver_sql(f"DELETE FROM {TABLE}")
    for kind in KINDS:
        connection.exec_driver_sql(_insert(kind, "1 = 1"))
    return int(connection.exec_driver_sql(f"SELECT count(*) FROM {TABLE}").scalar_one())


def expected_rows(connection: Connection) -> int:
    """How many rows the index holds when it is in step with the tables."""
    total = 0
    for kind in KINDS:
        query = f"SELECT count(*) FROM {kind.source} t WHERE {_written(kind)}"
        total += int(connection.exec_driver_sql(query).scalar_one())
    return total


def indexed_rows(connection: Connection) -> int:
    return int(connection.exec_driver_sql(f"SELECT count(*) FROM {TABLE}").scalar_one())


def drop(connection: Connection) -> None:
    if connection.dialect.name != "sqlite":
        return
    for name in trigger_names():
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")
