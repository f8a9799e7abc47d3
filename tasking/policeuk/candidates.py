"""Rank candidate hotspots from police.uk incidents: map-point clusters, LSOAs and wards.

Pure computation on plain rows. For each place, over the chosen window ending at the latest
imported month: the count, a harm-weighted count, the trend (last 3 months against the
12-month baseline), persistence (months of the last 12 in the top tenth of places of its kind)
and a score out of 100 a chair can read:

    score = 60 × count ÷ the top count of its kind       (how much)
          + 25 × persistent months ÷ 12                  (how often it is among the worst)
          + 15 × min(trend − 1, 1), when rising           (whether it is getting worse)
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tasking.places.geometry import distance_m, metres_per_degree

CLUSTER_M = 150.0
POINT, LSOA, WARD = "point", "lsoa", "ward"
HISTORY = 12


@dataclass(frozen=True)
class Incident:
    month: str  # YYYY-MM
    crime_type: str
    longitude: float
    latitude: float
    location: str
    lsoa: str | None  # code
    ward: str  # name


@dataclass(frozen=True)
class Covering:
    """An existing (not closed) hotspot, to say whether it already covers a candidate."""

    name: str
    longitude: float | None
    latitude: float | None
    lsoa: str | None  # code
    ward: str


@dataclass
class Candidate:
    kind: str
    key: str  # stable within a list: "point:-1.47,52.92", "lsoa:E01…", "ward:Darley"
    label: str
    ward: str
    lsoa: str | None
    longitude: float | None
    latitude: float | None
    series: list[int]  # the last 12 months, oldest first
    count: int = 0  # in the window
    harm: float = 0.0
    trend: float | None = None
    trend_text: str = ""
    persistence: int = 0
    covered_by: str | None = None
    score: int = 0
    crime_types: Counter[str] = field(default_factory=Counter)
    points: list[tuple[float, float]] = field(default_factory=list)
    wards: Counter[str] = field(default_factory=Counter)  # an LSOA or cluster may straddle two


def month_add(month: str, delta: int) -> str:
    year, number = int(month[:4]), int(month[5:7]) - 1 + delta
    return f"{year + number // 12:04d}-{number % 12 + 1:02d}"


def last_months(latest: str, count: int) -> list[str]:
    return [month_add(latest, -n) for n in range(count - 1, -1, -1)]


def cluster_points(
    counts: dict[tuple[float, float], int], metres: float = CLUSTER_M
) -> list[list[tuple[float, float]]]:
    """Greedy: the busiest unclaimed point seeds a cluster of the unclaimed points within reach."""
    if not counts:
        return []
    ordered = sorted(counts, key=lambda p: (-counts[p], p))
    kx, ky = metres_per_degree(ordered[0][1])
    cell_x, cell_y = metres / kx, metres / ky
    grid: dict[tuple[int, int], list[tuple[float, float]]] = defaultdict(list)
    for p in ordered:
        grid[(math.floor(p[0] / cell_x), math.floor(p[1] / cell_y))].append(p)
    claimed: set[tuple[float, float]] = set()
    clusters = []
    for seed in ordered:
        if seed in claimed:
            continue
        i, j = math.floor(seed[0] / cell_x), math.floor(seed[1] / cell_y)
        members = [seed]
        claimed.add(seed)
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                for p in grid.get((i + di, j + dj), ()):
                    if p not in claimed and distance_m(seed, p) <= metres:
                        members.append(p)
                        claimed.add(p)
        clusters.append(members)
    return clusters


def _trend(series: list[int], imported: set[str], months: list[str]) -> tuple[float | None, str]:
    if any(m not in imported for m in months):
        missing = sum(1 for m in months if m not in imported)
        return None, f"not enough months ({HISTORY - missing} of {HISTORY} imported)"
    recent, baseline = sum(series[-3:]), sum(series)
    if baseline == 0:
        return None, "none in 12 months"
    ratio = (recent / 3) / (baseline / HISTORY)
    return ratio, f"×{ratio:.1f} (last 3 months {recent}, 12 months {baseline})"


def rank(
    incidents: Iterable[Incident],
    latest: str,
    window: int,
    imported: set[str],
    weights: dict[str, float],
    hotspots: Sequence[Covering] = (),
    lsoa_names: dict[str, str] | None = None,
    use_harm: bool = False,
) -> list[Candidate]:
    """Candidates of every kind, best first; ``incidents`` already filtered by type."""
    months = last_months(latest, HISTORY)
    index = {m: n for n, m in enumerate(months)}
    in_window = set(months[-window:])
    rows = [i for i in incidents if i.month in index]
    point_counts = Counter((i.longitude, i.latitude) for i in rows if i.month in in_window)
    point_labels: dict[tuple[float, float], Incident] = {}
    for i in rows:
        point_labels.setdefault((i.longitude, i.latitude), i)
    cluster_of: dict[tuple[float, float], int] = {}
    clusters = [c for c in cluster_points(point_counts) if sum(point_counts[p] for p in c) > 1]
    for n, members in enumerate(clusters):
        for p in members:
            cluster_of[p] = n
    made: dict[str, Candidate] = {}

    def candidate(kind: str, key: str, make: Incident) -> Candidate:
        found = made.get(key)
        if found is None:
            found = made[key] = _new(kind, key, make, clusters, cluster_of, lsoa_names or {})
        return found

    # Incidents outside the window at a clustered point still count in its sparkline.
    for i in rows:
        point = (i.longitude, i.latitude)
        targets = [candidate(WARD, f"ward:{i.ward}", i)]
        if i.lsoa:
            targets.append(candidate(LSOA, f"lsoa:{i.lsoa}", i))
        if point in cluster_of:
            seed = clusters[cluster_of[point]][0]
            targets.append(candidate(POINT, f"point:{seed[0]},{seed[1]}", point_labels[seed]))
        for c in targets:
            c.wards[i.ward] += 1
            c.series[index[i.month]] += 1
            if i.month in in_window:
                c.count += 1
                c.harm += weights.get(i.crime_type, 0.0)
                c.crime_types[i.crime_type] += 1
    _persistence(list(made.values()), months, imported)
    for c in made.values():
        c.ward = c.wards.most_common(1)[0][0]  # where most of its incidents are
        c.trend, c.trend_text = _trend(c.series, imported, months)
        c.covered_by = _covered(c, hotspots)
    _score(list(made.values()), use_harm)
    return sorted(made.values(), key=lambda c: (-c.score, -c.count, c.label))


def _new(
    kind: str,
    key: str,
    i: Incident,
    clusters: list[list[tuple[float, float]]],
    cluster_of: dict[tuple[float, float], int],
    lsoa_names: dict[str, str],
) -> Candidate:
    series = [0] * HISTORY
    if kind == POINT:
        members = clusters[cluster_of[(i.longitude, i.latitude)]]
        return Candidate(kind, key, i.location, i.ward, i.lsoa, i.longitude, i.latitude,
                         series, points=list(members))  # fmt: skip
    if kind == LSOA:
        assert i.lsoa is not None
        return Candidate(
            kind, key, lsoa_names.get(i.lsoa, i.lsoa), i.ward, i.lsoa, None, None, series
        )
    return Candidate(kind, key, i.ward, i.ward, None, None, None, series)


def _persistence(candidates: list[Candidate], months: list[str], imported: set[str]) -> None:
    for kind in (POINT, LSOA, WARD):
        same = [c for c in candidates if c.kind == kind]
        if not same:
            continue
        top = max(1, math.ceil(len(same) / 10))
        for n, month in enumerate(months):
            if month not in imported:
                continue
            counts = sorted((c.series[n] for c in same), reverse=True)
            threshold = max(counts[top - 1], 1)
            for c in same:
                if c.series[n] >= threshold:
                    c.persistence += 1


def _covered(c: Candidate, hotspots: Sequence[Covering]) -> str | None:
    for h in hotspots:
        if c.kind == WARD and h.ward == c.ward:
            return h.name
        if c.kind == LSOA and h.lsoa is not None and h.lsoa == c.lsoa:
            return h.name
        if c.kind == POINT:
            if h.longitude is not None and h.latitude is not None:
                if any(distance_m(p, (h.longitude, h.latitude)) <= CLUSTER_M for p in c.points):
                    return h.name
            elif h.lsoa is not None and h.lsoa == c.lsoa:
                return h.name
    return None


def _score(candidates: list[Candidate], use_harm: bool) -> None:
    for kind in (POINT, LSOA, WARD):
        same = [c for c in candidates if c.kind == kind]
        most = max((c.harm if use_harm else c.count for c in same), default=0) or 1
        for c in same:
            volume = 60 * (c.harm if use_harm else c.count) / most
            persistent = 25 * c.persistence / HISTORY
            rising = 15 * min(c.trend - 1, 1) if c.trend is not None and c.trend > 1 else 0
            c.score = round(volume + persistent + rising)
