"""The rules the core applies and the labels it prints for states: each written once, here.

What a hotspot decision is called comes from the "hotspot_decision" vocabulary in the
database; what it does is one of the fixed effects below, stored with the term.
"""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum

# A new action is due at the next meeting; without one, this long after it is raised.
DUE_PERIOD = timedelta(days=28)
# The name a new database starts with; the partnership's own name is kept in the database.
DEFAULT_PARTNERSHIP = "Safer Derby Community Safety Partnership"

MEETING_STATE_LABELS = {"draft": "Draft", "final": "Final", "circulated": "Circulated"}
ATTENDANCE_LABELS = {"present": "Present", "apologies": "Apologies", "absent": "Absent"}


class DecisionEffect(StrEnum):
    """What a meeting's decision on a hotspot does, whatever the partnership calls it."""

    CONTINUE = "continue"  # the hotspot stays (or becomes) active
    MONITOR = "monitor"  # it is watched, with less partnership effort
    CLOSE = "close"  # it is closed; the reason is what worked
    ESCALATE = "escalate"  # it goes to the CSP board or a risk panel; its status stays


DECISION_STATUS = {
    DecisionEffect.CONTINUE: "active",
    DecisionEffect.MONITOR: "monitoring",
    DecisionEffect.CLOSE: "closed",
}
NEEDS_REASON = frozenset({DecisionEffect.CLOSE, DecisionEffect.ESCALATE})


def decision_effect(value: str | None) -> DecisionEffect:
    """The effect stored with a decision term; a term without one just continues."""
    try:
        return DecisionEffect(value or DecisionEffect.CONTINUE)
    except ValueError:
        return DecisionEffect.CONTINUE
