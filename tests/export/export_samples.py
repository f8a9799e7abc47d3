"""Sample minutes and trackers with hostile text, shared by the exporter tests."""

from __future__ import annotations

import dataclasses

from tasking.export.data import MinutesData, TrackerData
from tasking.export.samples import sample_minutes, sample_tracker

URDU = "عائشہ خان"
PUNJABI = "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ"
POLISH = "Zażółć gęślą jaźń, Łukasz Wróbel"
SLOVAK = "Ľubomír Šťastný"
FORMULAS = ("=1+1", "+44 1332 123456", "-5", "@SUM(A1)", "\tTabbed", '=HYPERLINK("x")')


def make_minutes_data(n_reviews: int = 6, **changes: object) -> MinutesData:
    return dataclasses.replace(sample_minutes(n_reviews), **changes)  # type: ignore[arg-type]


def make_tracker_data(n_actions: int = 20, **changes: object) -> TrackerData:
    return dataclasses.replace(sample_tracker(n_actions), **changes)  # type: ignore[arg-type]
