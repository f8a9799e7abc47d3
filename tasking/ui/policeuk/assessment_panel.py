"""A hotspot's police.uk page: the evidence it was nominated on, and its monthly counts
before and after its response started (the Assessment of OSARA, in numbers)."""

from __future__ import annotations

import html

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tasking.services import Services
from tasking.services.candidates import month_label
from tasking.services.policeuk import ATTRIBUTION
from tasking.ui.labels import police_notice


class AssessmentPanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.evidence = QLabel()
        self.evidence.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setAccessibleName(self.tr("Monthly counts before and after the response"))
        attribution = QLabel(police_notice(ATTRIBUTION))
        attribution.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.evidence)
        layout.addWidget(self.counts)
        layout.addStretch(1)
        layout.addWidget(attribution)
        self._hotspot_id: int | None = None
        self._shown: int | bool | None = False
        self.show_hotspot(None)

    def show_hotspot(self, hotspot_id: int | None) -> None:
        """Show this hotspot's data now if the page is on screen, else when it is shown."""
        self._hotspot_id = hotspot_id
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load()

    def _load(self) -> None:
        hotspot_id = self._hotspot_id
        if self._shown is not False and self._shown == hotspot_id:
            return
        self._shown = hotspot_id
        if hotspot_id is None:
            self.evidence.setText(self.tr("Choose a hotspot to see its police.uk data."))
            self.counts.clear()
            return
        quoted = self.services.candidates.evidence(hotspot_id)
        self.evidence.setText(
            self.tr("<b>Evidence:</b> %s") % html.escape(quoted[:1].upper() + quoted[1:])
            if quoted
            else self.tr("Not nominated from police.uk data.")
        )
        assessment = self.services.candidates.assessment(hotspot_id)
        if assessment is None:
            self.counts.setText(self.tr("No police.uk data imported yet."))
            return
        rows = "".join(
            f"<tr><td>{month_label(month)}</td><td align='right'>{count}</td>"
            f"<td>{self.tr('after') if after else self.tr('before')}</td></tr>"
            for month, count, after in assessment.months
        )
        self.counts.setText(
            f"<p><b>{self.tr('Assessment')}:</b> {html.escape(assessment.text)}</p>"
            f"<table cellspacing='6'><tr><th align='left'>{self.tr('Month')}</th>"
            f"<th>{self.tr('Incidents')}</th><th align='left'>{self.tr('Response')}</th></tr>"
            f"{rows}</table>"
        )
