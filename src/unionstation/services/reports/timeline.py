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
from typing import cast

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


@dataclass(slots=True)
class Path:
    """One member over [start, end]: where they stood the day before and at the end,
    and every flow inside (with its day), with the union it touched."""

    active_before: bool = False
    union_before: str = ""
    active_at_end: bool = False
    union_at_end: str = ""
    station_flows: list[tuple[str, str]] = field(default_factory=list)
    union_flows: list[tuple[str, str]] = field(default_factory=list)


STEP, MOVE = 0, 1


def events_in_order(steps: Iterable[StatusStep], moves: Iterable[Move],
            ) -> list[tuple[str, int, StatusStep | Move]]:
    """In recording order, each with its effective day (never before the one before)."""
    recorded: list[tuple[str, int, str, StatusStep | Move]] = [
        (s.order, STEP, s.id, s) for s in map(StatusStep._make, steps)]
    recorded.extend((m.order, MOVE, m.id, m) for m in moves)
    recorded.sort(key=lambda e: e[:3])
    events: list[tuple[str, int, StatusStep | Move]] = []
    latest = ""
    for _order, kind, _id, event in recorded:
        if event.on > latest:
            latest = event.on
        events.append((latest, kind, event))
    return events


# A step's fields by position: the station hands its steps over as the driver's plain
# tuples (in StatusStep's order), too many to wrap; the replay below wraps the few it sorts.
FROM_STATUS, TO_STATUS, ON = (StatusStep._fields.index(name)
                              for name in ("from_status", "to_status", "on"))


def single_step(member: MemberFact, step: StatusStep, start: str, end: str,
                ) -> tuple[bool, bool, str | None]:
    """Active the day before `start`, active at `end`, and the flow inside, of a member
    whose history is one step and no move (most of a station): what `replay` finds for
    them, without building a path."""
    on = cast(str, step[ON])
    if on > end:
        return False, False, None
    active = step[TO_STATUS] == ACTIVE
    if on < start:
        return active, active, None
    return False, active, step_flow(StatusStep._make(step), bool(member.by_transfer))


def _enrolled_only(member: MemberFact, step: StatusStep, start: str, end: str) -> Path:
    union = member.union_id
    before, after, flow = single_step(member, step, start, end)
    path = Path(before, union, after, union)
    if flow is not None:
        path.station_flows.append((cast(str, step[ON]), flow))
        path.union_flows.append((union, flow))
    return path


def replay(member: MemberFact, steps: list[StatusStep], moves: list[Move], start: str,
           end: str) -> Path:
    """The member's path from `start` to `end`, both ISO dates (days as stored compare as
    text, so no date is parsed per step)."""
    if not moves and len(steps) == 1:
        return _enrolled_only(member, steps[0], start, end)
    path = Path()
    first = min(moves, key=lambda m: (m.order, m.id), default=None)
    union = member.union_id if first is None else first.from_union
    status: str | None = None
    snapped = False
    for on, kind, event in events_in_order(steps, moves):
        if on > end:
            break
        if on >= start and not snapped:
            path.active_before, path.union_before = status == ACTIVE, union
            snapped = True
        if kind == STEP:
            step = cast(StatusStep, event)
            if snapped:
                flow = step_flow(step, bool(member.by_transfer))
                if flow is not None:
                    path.station_flows.append((on, flow))
                    path.union_flows.append((union, flow))
            status = step.to_status
        else:
            move = cast(Move, event)
            if snapped and status == ACTIVE:
                path.union_flows.append((move.from_union, OUT))
                path.union_flows.append((move.to_union, IN))
            union = move.to_union
    if not snapped:
        path.active_before, path.union_before = status == ACTIVE, union
    path.active_at_end, path.union_at_end = status == ACTIVE, union
    return path
