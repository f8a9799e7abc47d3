"""A side panel with one action's whole story: details, updates, meetings that reviewed it."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from tasking.services.views import ActionDetail
from tasking.ui.tracker.columns import uk_date


class ActionHistoryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("&History of the selected action"))
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Action history"))
        self.text.setOpenLinks(False)
        self.heading.setBuddy(self.text)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        self.clear()

    def clear(self) -> None:
        self.text.setPlainText(self.tr("Select an action to see its history."))

    def show_detail(self, detail: ActionDetail) -> None:
        row = detail.row
        facts = [
            (self.tr("Action"), row.description),
            (
                self.tr("Type"),
                row.action_type + (f" ({detail.asb_power})" if detail.asb_power else ""),
            ),
            (self.tr("Owner"), ", ".join(x for x in (row.owner_person, row.owner_agency) if x)),
            (self.tr("Hotspot"), row.hotspot or row.area),
            (self.tr("Raised"), detail.raised_at or uk_date(row.raised_on)),
            (self.tr("Due"), uk_date(row.due_on)),
            (self.tr("Status"), row.status_label),
            (self.tr("Completed"), uk_date(row.completed_on)),
            (self.tr("Outcome"), row.outcome),
        ]
        parts = [f"<h3>{escape(row.reference)}</h3><table>"]
        parts += [
            f"<tr><th align='left'>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in facts if v
        ]
        parts.append(f"</table><h4>{escape(self.tr('Updates'))}</h4>")
        if detail.updates:
            parts.append("<ul>")
            for u in sorted(detail.updates, key=lambda u: (u.noted_on, u.id)):
                change = f" [{u.status_from} → {u.status_to}]" if u.status_to else ""
                where = f" ({u.meeting})" if u.meeting else ""
                who = f" — {u.recorded_by}" if u.recorded_by else ""
                parts.append(
                    f"<li><b>{uk_date(u.noted_on)}</b>{escape(where)}: "
                    f"{escape(u.note)}{escape(change)}{escape(who)}</li>"
                )
            parts.append("</ul>")
        else:
            parts.append(f"<p>{escape(self.tr('No updates yet.'))}</p>")
        parts.append(f"<h4>{escape(self.tr('Reviewed at meetings'))}</h4>")
        if detail.reviewed_at:
            parts.append(", ".join(uk_date(on) for _id, on in detail.reviewed_at))
        else:
            parts.append(f"<p>{escape(self.tr('Not reviewed at a meeting yet.'))}</p>")
        self.text.setHtml("".join(parts))
