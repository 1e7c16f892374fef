"""The words a progress is judged in, and the size classes gemeenten are grouped by.

Kept apart from `progress.py` (which computes them) so that a result can name them without
loading the progress computation: `lekp targets` never needs it.
"""

from __future__ import annotations

# Statuses, stated in Dutch in every export (they are data, like the indicator keys).
REACHED = "behaald"  # the target is reached before its deadline
ON_TRACK = "op schema"  # at or above the path
BEHIND = "achter"  # below the path
MET = "gehaald"  # the deadline has passed (or is the year judged) and the target was reached by then
MISSED = "niet gehaald"  # the deadline has passed and the target was not reached by then
NOT_REPORTED = "niet gerapporteerd"  # the file has no row for the indicator: unknown, not zero
STATUSES = (REACHED, ON_TRACK, BEHIND, MET, MISSED, NOT_REPORTED)
FAR = 2050  # a projection beyond this year is said as "after 2050"

SIZE_CLASSES = ((0, 10_000), (10_000, 20_000), (20_000, 50_000), (50_000, None))


def size_class(inwoners: int) -> tuple[int, int | None]:
    """The size class of a gemeente: < 10,000, 10-20,000, 20-50,000 or ≥ 50,000 inwoners."""
    for low, high in SIZE_CLASSES:
        if high is None or inwoners < high:
            return (low, high)
    return SIZE_CLASSES[-1]
