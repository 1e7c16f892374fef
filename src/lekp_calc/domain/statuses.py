"""The words a progress is judged in, and the size classes gemeenten are grouped by.

Kept apart from `progress.py` (which computes them) so that a result can name them without
loading the progress computation: `lekp targets` never needs it.
"""

from __future__ import annotations

# Statuses, stated in Dutch in every export (they are data, like the indicator keys). One
# vocabulary in which no two can be confused: before a deadline a target is "already reached",
# "on track" or "behind schedule"; from its deadline on it was "met" or "missed" *by the
# deadline* — never two words for "achieved" side by side (issue 16).
REACHED = "doel al bereikt"  # the whole target is reached before its deadline
ON_TRACK = "op schema"  # at or above the path
BEHIND = "achter op schema"  # below the path
MET = "gehaald op de termijn"  # the deadline has passed (or is the year judged) and the target was reached
MISSED = "niet gehaald op de termijn"  # the deadline has passed and the target was not reached by then
NOT_REPORTED = "niet gerapporteerd"  # no value in any year judged: unknown, not zero
STATUSES = (REACHED, ON_TRACK, BEHIND, MET, MISSED, NOT_REPORTED)
# Not a status but how completely a status could be judged: some years inside the judged period
# have no value, so the status stands as of the last reported year. Counted apart in a spread.
WITH_GAPS = "met hiaten"
# What a spread over gemeenten counts: every status, and apart from them the reports with gaps.
DISTRIBUTION_STATES = (*STATUSES[:-1], WITH_GAPS, STATUSES[-1])

# The stem of every status's message keys (`status.<stem>`, `status_short.<stem>`,
# `status_legend.<stem>`, `col.count_<stem>`): stable names, whatever the words shown.
STATUS_KEYS = {
    REACHED: "behaald",
    ON_TRACK: "op_schema",
    BEHIND: "achter",
    MET: "gehaald",
    MISSED: "niet_gehaald",
    NOT_REPORTED: "niet_gerapporteerd",
    WITH_GAPS: "met_hiaten",
}


def status_key(status: str) -> str:
    """The stem of a status's message keys."""
    return STATUS_KEYS.get(status, status.replace(" ", "_"))


FAR = 2050  # a projection beyond this year is said as "after 2050"

SIZE_CLASSES = ((0, 10_000), (10_000, 20_000), (20_000, 50_000), (50_000, None))


def size_class(inwoners: int) -> tuple[int, int | None]:
    """The size class of a gemeente: < 10,000, 10-20,000, 20-50,000 or ≥ 50,000 inwoners."""
    for low, high in SIZE_CLASSES:
        if high is None or inwoners < high:
            return (low, high)
    return SIZE_CLASSES[-1]
