"""Minutes for wider circulation: the minutes without the items the chair marked confidential."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from tasking.export.data import HotspotLine, MinutesData
from tasking.services.views import MeetingDetail

WIDER = "for wider circulation"
LEFT_OUT = (
    "These minutes are for wider circulation: items the chair marked confidential are left "
    "out and are recorded in the full minutes only."
)
AOB_LEFT_OUT = "Recorded in the full minutes only."


def confidential_now(m: MeetingDetail) -> tuple[set[str], set[str]]:
    """References of the meeting's actions and names of its hotspots marked confidential today.

    Kept minutes carry the flags as they were when finalised; an action marked since is
    left out too, so marking something later never lets it out.
    """
    actions = {r.action.reference for r in m.reviews if r.action.id in m.confidential_actions}
    actions |= {a.reference for a in m.new_actions if a.id in m.confidential_actions}
    hotspots = {d.hotspot for d in m.discussions if d.confidential}
    return actions, hotspots


def for_wider_circulation(
    data: MinutesData,
    confidential_actions: Collection[str] = (),
    confidential_hotspots: Collection[str] = (),
) -> MinutesData:
    """``data`` without confidential reviews, hotspot items, new actions or AOB."""
    statement = f"{data.confidentiality_statement}\n\n{LEFT_OUT}".strip()
    hotspots = [
        h for h in data.hotspots if not h.confidential and h.name not in confidential_hotspots
    ]
    hidden = {h.name for h in data.hotspots if h not in hotspots}
    if hidden:  # say so, rather than "No hotspots were discussed"
        count = len(data.hotspots) - len(hotspots)
        notes = (
            f"{count} {'item is' if count == 1 else 'items are'} recorded in the full minutes only."
        )
        hotspots.append(HotspotLine("Confidential items", "", "", notes, "", ""))
    return replace(
        data,
        title=f"{data.title} ({WIDER})",
        confidentiality_statement=statement,
        reviews=[
            r
            for r in data.reviews
            if not r.confidential and r.reference not in confidential_actions
        ],
        hotspots=hotspots,
        new_actions=[
            # an action kept at a hotspot left out does not name it
            replace(a, hotspot="") if a.hotspot in hidden else a
            for a in data.new_actions
            if not a.confidential and a.reference not in confidential_actions
        ],
        any_other_business=AOB_LEFT_OUT if data.aob_confidential else data.any_other_business,
        aob_confidential=False,
    )
