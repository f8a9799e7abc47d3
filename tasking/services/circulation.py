"""Circulation: the agenda before a meeting, e-mail drafts after it, reminders between them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from tasking.export.circulation_data import AgendaData, Attachment, Draft
from tasking.export.data import Progress, TrackerAction
from tasking.export.files import safe_filename
from tasking.messages import Message
from tasking.services import draft_texts
from tasking.services.agenda import build_agenda
from tasking.services.errors import ValidationError
from tasking.services.exports import ExportService
from tasking.services.hotspots import HotspotService
from tasking.services.invites import next_meeting_invite
from tasking.services.meetings import MeetingService
from tasking.services.partnership import PartnershipService
from tasking.services.shareable import confidential_now, for_wider_circulation
from tasking.services.views import MeetingDetail, PersonView

PDF, XLSX = "application/pdf", ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@dataclass
class CirculationSummary:
    """What was written, and who could not be reached."""

    folder: Path
    drafts: list[Path] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)  # attachments, also kept in the folder
    no_address: list[str] = field(default_factory=list)  # "Name (Agency)"
    marked_circulated: bool = False
    already_circulated: bool = False

    def lines(self) -> list[str]:
        said = [f"Wrote {len(self.drafts)} e-mail drafts into {self.folder}"]
        if self.no_address:
            count = len(self.no_address)
            people = "1 person has" if count == 1 else f"{count} people have"
            said.append(f"{people} no e-mail address: {', '.join(self.no_address)}")
        if self.marked_circulated:
            said.append("Marked the minutes as circulated")
        elif self.already_circulated:
            said.append("The minutes were already circulated")
        return said


def _reachable(people: Iterable[PersonView], missing: dict[int, str]) -> list[tuple[str, str]]:
    """(name, address) of those with an address; the others are noted in ``missing``."""
    found = []
    for person in people:
        if person.email.strip():
            found.append((person.name, person.email.strip()))
        else:
            missing.setdefault(person.id, f"{person.name} ({person.agency})")
    return found


def _open_due(actions: Iterable[TrackerAction], by: date | None) -> list[TrackerAction]:
    """Open actions due on or before ``by`` (every dated open action when there is no date)."""
    due = [
        a
        for a in actions
        if a.rag != "grey" and a.due_on is not None and (by is None or a.due_on <= by)
    ]
    return sorted(due, key=lambda a: (a.due_on or date.max, a.reference))


def require_circulable(m: MeetingDetail) -> None:
    """Drafts change; only minutes that are final (or already circulated) go out."""
    if m.state == "draft":
        when = f"{m.held_on:%d/%m/%Y}"
        raise ValidationError(Message("circulation.draft", id=m.id, area=m.area, date=when))


class CirculationService:
    def __init__(
        self,
        meetings: MeetingService,
        hotspots: HotspotService,
        partnership: PartnershipService,
        exports: ExportService,
        today: Callable[[], date],
    ) -> None:
        self._meetings, self._hotspots, self._partnership = meetings, hotspots, partnership
        self._exports, self._today = exports, today

    # --- before the meeting ------------------------------------------------------------------
    def _label(self, marking: str) -> str:
        """The marking as printed: its label in the vocabulary, not its code."""
        return self._exports.markings().find(marking).label

    def _higher(self, *markings: str) -> str:
        """The label of the most protective of ``markings``."""
        policy = self._exports.markings()
        return max((policy.find(m) for m in markings), key=lambda m: m.rank).label

    def _name(self, partnership: str | None) -> str:
        """The name given, else the partnership's own, as every export prints it."""
        return partnership or self._partnership.name()

    def agenda_data(self, meeting_id: int, partnership: str | None = None) -> AgendaData:
        data = build_agenda(self._meetings, self._hotspots, meeting_id, self._name(partnership))
        return replace(data, marking=self._label(data.marking))

    def write_agenda(
        self,
        meeting_id: int,
        path: Path,
        *,
        partnership: str | None = None,
        progress: Progress | None = None,
    ) -> Path:
        from tasking.export.agenda_pdf import render_agenda_pdf

        return render_agenda_pdf(self.agenda_data(meeting_id, partnership), path, progress)

    def write_shareable_minutes(
        self,
        meeting_id: int,
        path: Path,
        *,
        partnership: str | None = None,
        progress: Progress | None = None,
    ) -> Path:
        """The minutes for wider circulation: confidential items left out."""
        from tasking.export.minutes_pdf import render_minutes_pdf

        data = self._exports.minutes_data(meeting_id, partnership)
        actions, hotspots = confidential_now(self._meetings.get(meeting_id))
        shared = for_wider_circulation(data, actions, hotspots)
        return render_minutes_pdf(shared, path, progress)

    def write_invite(self, meeting_id: int, path: Path, *, partnership: str | None = None) -> Path:
        """The next meeting's calendar invitation (.ics)."""
        from tasking.export.calendar_ics import write_invite

        m = self._meetings.get(meeting_id)
        people = {p.id: p for p in self._partnership.people(include_inactive=True)}
        chair = people.get(m.chair_id) if m.chair_id is not None else None
        organiser = (chair.name, chair.email) if chair is not None else ("", "")
        label = self._label(m.marking)
        invite = next_meeting_invite(m, self._name(partnership), organiser, label)
        return write_invite(invite, path)

    # --- after the meeting -------------------------------------------------------------------
    def circulate(
        self,
        meeting_id: int,
        folder: Path,
        *,
        partnership: str | None = None,
        progress: Progress | None = None,
    ) -> CirculationSummary:
        """Drafts of the minutes to those invited and of each agency's tracker to its people,
        written into ``folder`` with their attachments; then the meeting is marked circulated.
        """
        m = self._meetings.get(meeting_id)
        require_circulable(m)
        folder.mkdir(parents=True, exist_ok=True)
        summary = CirculationSummary(folder)
        missing: dict[int, str] = {}
        people = {p.id: p for p in self._partnership.people(include_inactive=True)}
        name = self._name(partnership)
        self._minutes_drafts(m, folder, name, people, summary, missing)
        self._tracker_drafts(m, folder, name, people, summary, missing, progress)
        summary.no_address = sorted(missing.values())
        if m.state == "final":
            self._meetings.mark_circulated(meeting_id, m.version)
            summary.marked_circulated = True
        else:
            summary.already_circulated = True
        return summary

    def _minutes_drafts(
        self,
        m: MeetingDetail,
        folder: Path,
        partnership: str,
        people: dict[int, PersonView],
        summary: CirculationSummary,
        missing: dict[int, str],
    ) -> None:
        """The minutes (with the invitation) to those invited; the shareable ones unaddressed."""
        from tasking.export.email_drafts import write_draft

        marking = self._label(m.marking)
        stem = safe_filename(f"{m.area} tasking minutes {m.held_on:%Y-%m-%d} {marking}")
        minutes = self._exports.write_minutes(m.id, folder / f"{stem}.pdf", partnership=partnership)
        shared = self.write_shareable_minutes(
            m.id, folder / f"{stem} for wider circulation.pdf", partnership=partnership
        )
        summary.files += [minutes, shared]
        invitation: list[Attachment] = []
        if m.next_meeting_on is not None:
            name = safe_filename(f"{m.area} tasking meeting {m.next_meeting_on:%Y-%m-%d}")
            invite = self.write_invite(m.id, folder / f"{name}.ics", partnership=partnership)
            summary.files.append(invite)
            invitation.append(Attachment(str(invite), "text/calendar"))
        invited = [
            people[a.person_id]
            for a in m.attendance
            if a.status in ("present", "apologies") and a.person_id in people
        ]
        title = f"{m.area} tasking minutes {draft_texts.long_day(m.held_on)}"
        sender = self._sender(m, people)
        for audience, recipients, pdf, shareable in (
            ("attendees and apologies", _reachable(invited, missing), minutes, False),
            # addressed by the chair: who else should see them varies
            ("for wider circulation", [], shared, True),
        ):
            draft = Draft(
                file_stem=f"Minutes {m.area} {m.held_on:%Y-%m-%d} - {audience}",
                subject=draft_texts.subject(
                    marking, f"{title} (for wider circulation)" if shareable else title
                ),
                recipients=recipients,
                body=draft_texts.minutes_body(
                    m.area, m.held_on, m.next_meeting_on, m.venue, marking, shareable
                ),
                attachments=[Attachment(str(pdf), PDF), *invitation],
                sender=sender,
            )
            summary.drafts.append(write_draft(draft, folder))

    def _tracker_drafts(
        self,
        m: MeetingDetail,
        folder: Path,
        partnership: str,
        people: dict[int, PersonView],
        summary: CirculationSummary,
        missing: dict[int, str],
        progress: Progress | None,
    ) -> None:
        """Each agency's own tracker to its people, listing what is due before the next meeting.

        Agencies are told apart by id, never by name. Each file carries the higher of the
        meeting's marking and the one its own actions need.
        """
        from tasking.export.agency_trackers import agency_file_names, agency_slice
        from tasking.export.email_drafts import write_draft
        from tasking.export.tracker_xlsx import render_tracker_xlsx

        data = self._exports.tracker_data(area_id=m.area_id, partnership=partnership)
        names = agency_file_names(data)
        order = sorted(names, key=lambda key: (names[key].casefold(), key))
        sender = self._sender(m, people)
        for number, key in enumerate(order):
            if progress is not None:
                progress(number, len(order))
            part = agency_slice(data, key)
            marking = self._higher(m.marking, part.marking)
            part = replace(part, marking=marking)
            file_name = agency_file_names(part)[key]
            tracker = render_tracker_xlsx(part, folder / file_name)
            summary.files.append(tracker)
            agency = part.agency
            staff = [p for p in people.values() if p.active and str(p.agency_id) == key]
            draft = Draft(
                file_stem=f"Tracker {m.area} {m.held_on:%Y-%m-%d} - {agency}",
                subject=draft_texts.subject(
                    marking,
                    f"{m.area} action tracker for {agency} {draft_texts.long_day(m.held_on)}",
                ),
                recipients=_reachable(staff, missing),
                body=draft_texts.tracker_body(
                    agency,
                    m.area,
                    _open_due(part.actions, m.next_meeting_on),
                    m.next_meeting_on,
                    marking,
                ),
                attachments=[Attachment(str(tracker), XLSX)],
                sender=sender,
            )
            summary.drafts.append(write_draft(draft, folder))
        if progress is not None:
            progress(len(order), len(order))

    # --- between meetings --------------------------------------------------------------------
    def reminders(
        self,
        folder: Path,
        *,
        due_within: int = 7,
        area_id: int | None = None,
        marking: str | None = None,
        partnership: str | None = None,
        allow_lower_marking: bool = False,
    ) -> CirculationSummary:
        """One draft per agency of its open actions overdue or due within ``due_within`` days.

        Without ``marking`` each agency's draft carries the highest marking of the meetings
        its own actions come from; a lower one given is refused unless ``allow_lower_marking``.
        """
        from tasking.export.email_drafts import write_draft

        if due_within < 0:
            raise ValidationError(Message("circulation.due_within", days=due_within))
        today = self._today()
        by = date.fromordinal(today.toordinal() + due_within)
        data = self._exports.tracker_sent_as(
            f"reminders in {folder.name}",
            area_id=area_id,
            partnership=partnership,
            marking=marking,
            allow_lower_marking=allow_lower_marking,
        )
        due = _open_due(data.actions, by)
        summary = CirculationSummary(folder)
        if not due:
            return summary
        folder.mkdir(parents=True, exist_ok=True)
        missing: dict[int, str] = {}
        people = self._partnership.people()
        agencies = {a.owner_agency_id: a.owner_agency for a in due}
        for key in sorted(agencies, key=lambda k: (agencies[k].casefold(), k)):
            agency = agencies[key]
            own = [a for a in due if a.owner_agency_id == key]
            staff = [p for p in people if str(p.agency_id) == key]
            label = data.agency_markings.get(key, data.marking)
            summary.drafts.append(
                write_draft(
                    Draft(
                        file_stem=f"Reminder {today:%Y-%m-%d} - {agency}",
                        subject=draft_texts.subject(
                            label,
                            f"Tasking actions overdue or due by {draft_texts.long_day(by)} "
                            f"for {agency}",
                        ),
                        recipients=_reachable(staff, missing),
                        body=draft_texts.reminder_body(agency, own, today, due_within),
                    ),
                    folder,
                )
            )
        summary.no_address = sorted(missing.values())
        return summary

    @staticmethod
    def _sender(m: MeetingDetail, people: dict[int, PersonView]) -> str:
        chair = people.get(m.chair_id) if m.chair_id is not None else None
        if chair is None or not chair.email.strip():
            return ""
        from email.headerregistry import Address

        user, _, domain = chair.email.strip().partition("@")
        return str(Address(display_name=chair.name, username=user, domain=domain))
