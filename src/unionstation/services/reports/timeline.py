"""A member's path through a date range, replayed from the status steps and moves.

The steps and moves are replayed in the order they were recorded (their creation time),
each on its own date, or on the date of the step before it when it was dated earlier: a
retirement typed with a date before the member's enrolment happens, for the figures, on
the day of the enrolment, so no member is counted as leaving before joining.

The state at a date (active or not, and in which union) is read from the last step and
the moves on or before it; the flows inside the range are classified from what each step
recorded (from which status to which). The two are taken independently, so a history
whose steps do not chain (a step recorded from a status the member was not in) shows up
as a union whose start and flows do not add up to its end.

How a step counts, for the station and for each union alike:

- into active from nothing, from lapsed or from retired: joined (a transfer-in enrolment,
  `transfer_in_from` set, is transferred in instead);
- into active from transferred out: transferred in (the member came back);
- out of active to transferred out: transferred out;
- out of active to lapsed, retired or deceased: left.

A move between two of the station's own unions, made while the member is active, is out
of one union and into the other; the station's own figures leave it out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from unionstation.domain.codes import MemberStatus
from unionstation.services.reports.facts import MemberFact, Move, StatusStep

ACTIVE = MemberStatus.ACTIVE.value
TRANSFERRED_OUT = MemberStatus.TRANSFERRED_OUT.value

JOINED, IN, OUT, LEFT = "joined", "transferred_in", "transferred_out", "left"
FLOWS = (JOINED, IN, OUT, LEFT)


def step_flow(step: StatusStep, by_transfer: bool) -> str | None:
    """Which flow a status step is, or None when it does not touch active membership."""
    into = step.to_status == ACTIVE
    was = step.from_status == ACTIVE
    if into and not was:
        if step.from_status == TRANSFERRED_OUT or (step.from_status is None and by_transfer):
            return IN
        return JOINED
    if was and not into:
        return OUT if step.to_status == TRANSFERRED_OUT else LEFT
    return None


@dataclass
class Path:
    """One member over [start, end]: where they stood the day before and at the end,
    and every flow inside, with the union it touched."""

    active_before: bool = False
    union_before: str = ""
    active_at_end: bool = False
    union_at_end: str = ""
    station_flows: list[tuple[date, str]] = field(default_factory=list)
    union_flows: list[tuple[str, str]] = field(default_factory=list)


def _events(steps: Iterable[StatusStep], moves: Iterable[Move],
            ) -> list[tuple[date, StatusStep | Move]]:
    """In recording order, each with its effective date (never before the one before)."""
    recorded: list[tuple[str, int, str, StatusStep | Move]] = [
        (s.order, 0, s.id, s) for s in steps]
    recorded.extend((m.order, 1, m.id, m) for m in moves)
    recorded.sort(key=lambda e: e[:3])
    events: list[tuple[date, StatusStep | Move]] = []
    latest = date.min
    for *_key, event in recorded:
        latest = max(latest, event.on)
        events.append((latest, event))
    return events


def replay(member: MemberFact, steps: list[StatusStep], moves: list[Move], start: date,
           end: date) -> Path:
    path = Path()
    first = min(moves, key=lambda m: (m.order, m.id), default=None)
    union = member.union_id if first is None else first.from_union
    status: str | None = None
    before = start - timedelta(days=1)
    snapped = False
    for on, event in _events(steps, moves):
        if on > end:
            break
        if on > before and not snapped:
            path.active_before, path.union_before = status == ACTIVE, union
            snapped = True
        if isinstance(event, StatusStep):
            if snapped:
                flow = step_flow(event, member.by_transfer)
                if flow is not None:
                    path.station_flows.append((on, flow))
                    path.union_flows.append((union, flow))
            status = event.to_status
        else:
            if snapped and status == ACTIVE:
                path.union_flows.append((event.from_union, OUT))
                path.union_flows.append((event.to_union, IN))
            union = event.to_union
    if not snapped:
        path.active_before, path.union_before = status == ACTIVE, union
    path.active_at_end, path.union_at_end = status == ACTIVE, union
    return path
