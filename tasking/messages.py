"""Every message the core gives the user, in one table: an id, and an English template.

The core raises its errors with a ``Message`` (an id from ``MESSAGES`` and the named fields
its template needs); ``str(error)`` is the English text, so the command line and the log read
as before. The app shows the same message translated: ``tasking.ui.messages`` looks the
template up under the translation context "Messages" and fills in the same fields.
``tasking/ui/message_texts.py`` names every template for the translation tools, generated
from this table (``make messages``); a test keeps the two equal.

Fields are filled with ``str.format``: a template names each one (``{path}``), and a
translation may put them in another order but must keep every name.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

_TABLE: dict[str, str] = {
    # Opening a database (tasking.models.database)
    "database.no_name": "--database is empty: give a file name or a database URL.",
    "database.unknown_scheme": (
        "Unknown kind of database '{scheme}://': use an SQLite file name or a "
        "postgresql+psycopg:// URL."
    ),
    "database.is_folder": "{path} is a folder, not a database file.",
    "database.no_folder": (
        "The folder {folder} does not exist (is a network drive not connected?). "
        "Nothing was created."
    ),
    "database.missing": (
        "{path} does not exist. Create a database with 'tasking init --database {path}' "
        "(or File > New database...), or choose another file."
    ),
    "database.no_permission": (
        "You do not have permission to read {path}. Ask whoever manages the folder for "
        "access, or open another database."
    ),
    "database.empty_file": (
        "{path} is empty (0 bytes), not a Tasking database; it was left unchanged."
    ),
    "database.not_sqlite": (
        "{path} is not a Tasking database (it is not an SQLite file); it was left unchanged."
    ),
    "database.unreadable": "{path} cannot be read as a database ({reason}).",
    "database.foreign": (
        "{path} is another program's SQLite database, not Tasking's; it was left unchanged."
    ),
    "database.foreign_tables": "{path} holds tables that are not Tasking's; it was left unchanged.",
    "database.locked": (
        "Another program has held {path} locked for over {seconds} seconds (a database "
        "browser, a sync or backup tool, or Tasking on another computer). Close it and try "
        "again. Nothing was changed."
    ),
    "database.disk_full": (
        "The disk holding {path} is full: free some space and try again. Nothing changed."
    ),
    "database.read_only_write": (
        "{path} is read-only: changes cannot be saved. Nothing was changed."
    ),
    "database.cannot_open": "Cannot open {path}: {reason}",
    "database.cannot_use": "Cannot use {path}: {reason}.",
    "database.newer": (
        "{path} was written by a newer version of Tasking (schema {revision}). Install the "
        "newer version to open it; the database was left unchanged."
    ),
    "database.read_only": (
        "{path} is read-only: changes cannot be saved. Ask for write permission, or copy the "
        "file somewhere you can write and open the copy."
    ),
    "database.hot_journal_read_only": (
        "{path} was left half-written by a crash and needs repairing, but it is read-only "
        "here. Open it where you can write to it."
    ),
    "database.upgrade_read_only": (
        "{path} needs upgrading to this version of Tasking, but it is read-only here; it was "
        "left unchanged."
    ),
    "database.exists": "{path} already exists; choose a new file for the partnership.",
    "database.already_seeded": "{path} already holds a partnership's records.",
    # Encrypted databases (tasking.models.encryption)
    "encryption.no_cipher": (
        "Encrypted databases need SQLCipher, which this installation of Tasking does not have "
        "on this platform ({reason}). Nothing was changed."
    ),
    "encryption.no_keyring": (
        "This computer has no keyring to keep the database's key in ({reason}). Give a "
        "passphrase instead (on the command line: set TASKING_DATABASE_KEY or use --key-file); "
        "nothing was created or changed."
    ),
    "encryption.no_key": (
        "{path} is encrypted (or is not a database at all) and this computer has no key for "
        "it: enter its passphrase or key (on the command line: set TASKING_DATABASE_KEY or use "
        "--key-file). It was left unchanged."
    ),
    "encryption.wrong_key": (
        "The key or passphrase given does not open {path} (or the file is not a Tasking "
        "database); it was left unchanged."
    ),
    "encryption.not_stored": (
        "Could not keep the key of {path} in this computer's keyring ({reason}); the new "
        "database was removed."
    ),
    "encryption.key_file": "Cannot use the key file {path}: {reason}.",
    "encryption.short": (
        "A passphrase needs at least {least} characters (or give a raw key x'…' of 64 hex "
        "digits); nothing was created."
    ),
    "encryption.already": "{path} is already encrypted; it was left unchanged.",
    "encryption.plain": "{path} is not encrypted: it has no key to show.",
    "encryption.in_use": (
        "{path} is open in Tasking or another program: close it, then encrypt it. It was left "
        "unchanged."
    ),
    # Backups and restores (tasking.models.backups)
    "backup.no_database": "{path} does not exist, so there is nothing to back up.",
    "backup.no_folder": "The folder {folder} does not exist; nothing was written.",
    "backup.unreadable": "Cannot read {path} to back it up: {reason}.",
    "backup.disk_full": (
        "The disk is full: {path} could not be copied. Free some space and try again."
    ),
    "backup.locked": (
        "Another program has held {path} locked for over 10 seconds; close it, try again."
    ),
    "backup.cannot_copy": "Cannot copy {path}: {reason}.",
    "backup.left_as_was": "{problem} The database was left as it was.",
    "backup.not_sqlite": "{path} is not a Tasking backup (it is not an SQLite file).",
    "backup.damaged": "{path} is damaged and cannot be used ({reason}).",
    "backup.failed_check": "{path} failed its integrity check: {reason}",
    "backup.foreign": "{path} is another program's SQLite database, not a Tasking backup.",
    "backup.missing": "{path} does not exist or is not a file.",
    "backup.is_database": "{path} is the database itself; choose a backup to restore.",
    "backup.encryption_differs": (
        "{backup} and {database} are not encrypted with the same key (one of them is not "
        "encrypted, or their keys differ): restore the backup to a new file instead; nothing "
        "was restored."
    ),
    "backup.no_restore_folder": "The folder {folder} does not exist; nothing was restored.",
    "backup.server": (
        "{path} is a database server, not a file: Tasking's backups apply to SQLite files "
        "only. The server's own backups (pg_dump, or your IT team's schedule) protect it."
    ),
    # Saving (tasking.services.unit)
    "save.conflict": (
        "This {record} was changed by someone else while you were editing it. Their change "
        "has been kept: reload to see it, then make your edit again."
    ),
    "save.conflict_many": (
        "{count} of these actions were changed by someone else since they were shown "
        "({references}). Nothing was changed: reload to see their changes, then try again."
    ),
    "save.duplicate": "That would duplicate a record that already exists.",
    "save.dangling": "That refers to a record that does not exist or is still in use.",
    "save.refused": "The database refused the change: {reason}",
    "save.failed": "The database could not save this ({reason}). Nothing was changed: try again.",
    "save.gone": "The {record} {id} no longer exists; it may have been deleted.",
    "save.meeting_locked": (
        "The {area} meeting of {date} is {state}: reopen it before changing its minutes."
    ),
    "save.unknown_change": "Cannot change {fields} here.",
    # Actions
    "action.unknown_status": "'{status}' is not an action status.",
    "action.empty_update": "An update needs a note or a change of status.",
    "action.gone": "The action {id} no longer exists.",
    "action.no_description": "An action needs a description of what is to be done.",
    "action.no_area": "An action belongs to an area: choose a hotspot or an area.",
    "action.has_updates": "{reference} already has updates; cancel it instead of deleting it.",
    # Hotspots
    "hotspot.unknown_status": "'{status}' is not a hotspot status.",
    "hotspot.close_reason": "Closing a hotspot needs a reason (for example, what worked).",
    "hotspot.no_name_example": "A hotspot needs a name, for example the park or street.",
    "hotspot.no_name": "A hotspot needs a name.",
    "hotspot.has_history": "{name} already has a history; close it with a reason instead.",
    # Meetings
    "meeting.not_after_last": "The next meeting must come after the last one ({date}).",
    "meeting.attendance": "Attendance is one of {choices}.",
    "meeting.not_attending": "That person is not on this meeting's attendance list.",
    "meeting.decision": "A decision is one of {choices}.",
    "meeting.decision_reason": "To {decision} a hotspot, give the reason.",
    "meeting.not_empty": (
        "Things have already been recorded at this meeting; it cannot be withdrawn."
    ),
    "meeting.circulate_final": "Only final minutes can be marked as circulated.",
    "meeting.reopen_reason": "Say why the minutes are being reopened.",
    "meeting.already_open": "This meeting is already open for editing.",
    # The partnership's lists
    "partnership.unknown_area": "There is no area called '{name}'.",
    "partnership.unknown_agency": "There is no agency called '{name}'.",
    "partnership.agency_name": "An agency needs a name.",
    "partnership.person_name": "A person needs a name.",
    "partnership.bad_email": "'{email}' does not look like an email address.",
    "partnership.name": "The partnership needs a name, as its minutes print it.",
    "partnership.unknown_vocabulary": "'{kind}' is not a vocabulary.",
    "partnership.term_label": "A term needs a label.",
    "partnership.setup_name": "Give the partnership a name.",
    "partnership.lsoas_elsewhere": (
        "None of the {count} LSOAs in {lsoas} lies in the wards of {wards}: are they the same "
        "place?"
    ),
    # Protective markings and exports
    "marking.unknown": "There is no protective marking called '{marking}'; choose one of: {known}.",
    "marking.too_long": (
        "A protective marking can be at most {most} characters (this one has {length}): Excel "
        "cannot print a longer header."
    ),
    "marking.lower": (
        "These actions come from meetings marked {needed}: a tracker marked {chosen} would be "
        "under-marked. Confirm the lower marking to go on (on the command line: "
        "--allow-lower-marking)."
    ),
    "export.cannot_write": "Cannot write {name}: {reason}.",
    "export.is_folder": "{path} is a folder: give a file name to write.",
    "export.onto_database": (
        "{name} is the open Tasking database: exporting onto it would destroy it. Choose "
        "another name; nothing was written."
    ),
    "export.onto_sqlite": (
        "{name} is a database file: writing an export over it would destroy it. Choose another "
        "name; nothing was written."
    ),
    "export.wrong_kind": (
        "{name} exists and is not {kind}: choose another name rather than overwrite it; "
        "nothing was written."
    ),
    "export.locked": (
        "Cannot write {name}: the file is open in another program or the folder is read-only. "
        "Close it and try again, or choose another name."
    ),
    "export.no_folder": "Cannot write {name}: the folder {folder} does not exist.",
    "export.disk_full": (
        "The disk is full: {name} could not be written. Free some space or choose another "
        "folder; nothing was written."
    ),
    "export.marking_header": (
        "The protective marking is too long to print in a spreadsheet header ({length} "
        "characters; at most {most} fit in Excel's {limit})."
    ),
    "export.not_started": (
        "The export could not start: Tasking's command line was not found next to the app. "
        "Reinstall Tasking; nothing was written."
    ),
    "export.stopped": "The export stopped unexpectedly; nothing was written. {detail}",
    # Circulation (agendas, minutes, trackers, invitations, reminders)
    "agenda.held": (
        "Meeting {id} ({area}, {date}) has been held: its minutes are final, so there is no "
        "agenda to send. Open the next meeting first."
    ),
    "circulation.draft": (
        "Only a final meeting can be circulated: meeting {id} ({area}, {date}) is a draft. "
        "Finalise it first."
    ),
    "circulation.due_within": "Due within takes a number of days, not {days}.",
    "invite.no_next_date": (
        "Meeting {id} ({area}, {date}) has no date for the next meeting: set it under Any "
        "other business and next meeting."
    ),
    # police.uk crime and candidate hotspots
    "policeuk.no_files": "There is no police.uk street-level file to import.",
    "policeuk.no_wards": (
        "This database has no ward boundaries, so police.uk rows cannot be placed; set the "
        "partnership up with `tasking init --wards …` first."
    ),
    "policeuk.missing": "{path} does not exist",
    "policeuk.no_street_files": "{name} holds no street-level crime files (*-street.csv)",
    "policeuk.other_kind": (
        "{name} is a police.uk {kind} file; Tasking imports street-level crime (*-street.csv) only"
    ),
    "policeuk.not_csv": "{name} is empty or not a CSV file",
    "policeuk.wrong_columns": (
        "{name} is not a police.uk street-level file: its columns are {found}…, not {expected}…"
    ),
    "policeuk.row_width": "{name}, line {line}: {found} columns, not {expected}",
    "policeuk.not_utf8": "{name} is not UTF-8 text ({reason})",
    "policeuk.bad_csv": "{name} cannot be read as CSV ({reason})",
    # Boundary files (tasking.places.boundary_files)
    "boundaries.projected_crs": (
        "{name} uses the projected grid {crs}; Tasking needs longitude and latitude (WGS84). "
        "Download the file again choosing GeoJSON in WGS84 (EPSG:4326)."
    ),
    "boundaries.eastings": (
        "{name} holds eastings and northings (a projected grid such as British National "
        "Grid), not longitude and latitude; download it again in WGS84 (EPSG:4326)."
    ),
    "boundaries.unreadable": "cannot read {path}: {reason}",
    "boundaries.not_geojson": "{name} is not a GeoJSON file ({reason})",
    "boundaries.not_collection": "{name} is not a GeoJSON FeatureCollection",
    "boundaries.no_polygons": "{name} has no polygons: it cannot give {kind} boundaries",
    "boundaries.no_names": (
        "{name} has no {kind} code and name properties (such as {example}); it has {found}"
    ),
    "boundaries.duplicate_code": "{name} has the code {code} more than once",
    "candidates.window": "Candidates cover the last 3, 6 or 12 months.",
    "candidates.exclusion_reason": (
        "Say why the point is left out, for example “police front desk”."
    ),
    "candidates.no_ward": "There is no ward called {ward} any more.",
    # What the restore list says of a backup it cannot name a meeting from
    "backup.latest_no_key": "encrypted, no key here",
    "backup.latest_unreadable": "unreadable",
    "backup.latest_none": "no meetings",
    # Returned trackers refused before they are read (tasking.returns)
    "returns.unreadable": "{name}: cannot be read ({reason}).",
    "returns.too_large": (
        "{name}: {size} MB is larger than a tracker can be ({limit} MB); not read."
    ),
    "returns.empty": "{name}: the file is empty.",
    "returns.too_many_parts": "{name}: {count} parts inside; not a tracker, not read.",
    "returns.inflates_to": (
        "{name}: would inflate to {size} MB (limit {limit} MB); refused as a zip bomb."
    ),
    "returns.not_a_workbook_zip": "{name}: a zip file, but not an Excel or OpenDocument workbook.",
    "returns.damaged": "{name}: a damaged workbook ({reason}).",
    "returns.part_too_large": (
        "{name}: the part {part} would inflate to {size} MB; refused as a zip bomb."
    ),
    "returns.part_ratio": (
        "{name}: the part {part} inflates {ratio} times (limit {limit}); refused as a zip bomb."
    ),
    "returns.entities": (
        "{name}: the part {part} declares XML entities (a 'billion laughs' file); not read."
    ),
    "returns.not_tabular": "{name}: not a workbook or a CSV file; not read.",
    "returns.no_id_column": (
        "{name}: no 'Tasking ID' column found; is it a tracker exported by Tasking?"
    ),
    "returns.workbook_unreadable": "{name}: the workbook cannot be read ({reason}).",
    "returns.not_text": "{name}: not readable as text.",
    # A shared PostgreSQL database (tasking.models.postgres)
    "server.schema_older": (
        "{where} has an older Tasking schema ({revision}; this version needs {head}). Ask IT "
        "to upgrade it with: tasking admin upgrade --database {where}"
    ),
    "server.no_schema": (
        "{where} has no Tasking schema yet; nothing was created. Ask IT to set it up with: "
        "tasking admin init --database {where}"
    ),
    "server.no_schema_no_rights": (
        "{where} has no Tasking schema yet, and this login may not create one. Ask IT to set "
        "it up with: tasking admin init --database {where}"
    ),
    "server.timed_out": (
        "The server {where} did not answer in time; nothing was half-saved. Tasking keeps "
        "trying and carries on when the server is back."
    ),
    "server.connection_lost": (
        "The server {where} cannot be reached: the connection was lost; nothing was "
        "half-saved. Tasking keeps trying and carries on when the server is back."
    ),
    "server.cannot_open": "Cannot open {where}: {reason}",
}

MESSAGES: Final[Mapping[str, str]] = MappingProxyType(_TABLE)


class Message:
    """One message of the table with its fields: ``str(message)`` is the English text."""

    __slots__ = ("fields", "id")

    def __init__(self, id: str, /, **fields: object) -> None:
        if id not in MESSAGES:
            raise KeyError(f"no message {id!r} in tasking.messages.MESSAGES")
        self.id = id
        self.fields = {name: str(value) for name, value in fields.items()}
        MESSAGES[id].format(**self.fields)  # a missing field fails here, where it is raised

    def render(self, template: str | None = None) -> str:
        """The text: the English template, or ``template`` (a translation of it) filled in."""
        try:
            return (template or MESSAGES[self.id]).format(**self.fields)
        except (KeyError, IndexError, ValueError):  # a translation that lost a field
            return MESSAGES[self.id].format(**self.fields)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({self.id!r}, **{self.fields!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.id, self.fields) == (other.id, other.fields)

    def __hash__(self) -> int:
        return hash((self.id, tuple(sorted(self.fields.items()))))


class Explained(Exception):
    """An error whose text is for the user: a ``Message`` of the table, or text from elsewhere.

    ``message`` is the ``Message`` (None for text that did not come from the table, such as
    a boundary file's own error); ``str(error)`` is always the English text.
    """

    def __init__(self, message: Message | str) -> None:
        self.message: Message | None = message if isinstance(message, Message) else None
        super().__init__(str(message))


def message_of(error: BaseException) -> Message | str:
    """What ``error`` says, as a ``Message`` when it came from the table (to pass it on)."""
    found = getattr(error, "message", None)
    return found if isinstance(found, Message) else str(error)
