"""The members section of several whole years from one replay of each member: what a
station sends up (sent.py) for up to a dozen years before every batch.

Year by year it equals `members_section` of that year (the tests hold it to that):

- the flows are one replay's over the whole span, each in the year of its day: a range's
  replay counts exactly the flows whose (effective) day falls inside it, and those days
  are the same whatever the range (timeline.events_in_order);
- the members active at a year's end are those whose status after the last event on or
  before that day is active; they are counted as the changes from one year's end to the
  next (most members: one change, the year they joined), then added up year after year.
"""

from __future__ import annotations

from typing import Any, cast

from unionstation.services.reports.facts import MemberFact, StationFacts, StatusStep
from unionstation.services.reports.members import count_active, empty_members
from unionstation.services.reports.timeline import (
    ACTIVE,
    FLOWS,
    ON,
    STEP,
    TO_STATUS,
    events_in_order,
    replay,
    step_flow,
)

COUNTED = ("active", "women", "migrant", "priority_groups", "model_workers")


def _ends_active(steps: list[StatusStep], moves: list[Any], ends: list[str]) -> list[bool]:
    """Whether the member is active at each of `ends` (ISO days, ascending)."""
    states: list[bool] = []
    status: str | None = None
    for on, kind, event in events_in_order(steps, moves):
        while len(states) < len(ends) and ends[len(states)] < on:
            states.append(status == ACTIVE)
        if kind == STEP:
            status = cast(StatusStep, event).to_status
    return states + [status == ACTIVE] * (len(ends) - len(states))


def _first_end(ends: list[str], on: str) -> int:
    """The index of the first of `ends` on or after `on` (len(ends) when none)."""
    for index, end in enumerate(ends):
        if end >= on:
            return index
    return len(ends)


def members_by_year(facts: StationFacts, years: list[int]) -> dict[int, dict[str, Any]]:
    """{year: the members section of that whole year} for each of `years`."""
    years = sorted(set(years))
    if not years:
        return {}
    ends = [f"{year:04d}-12-31" for year in years]
    first, last = f"{years[0]:04d}-01-01", ends[-1]
    index = {year: number for number, year in enumerate(years)}
    flows = [dict.fromkeys(FLOWS, 0) for _ in years]
    changes = [_zero_active() for _ in years]
    for group in facts.quiet_for(first):
        count_active(changes[0], group, group.members)
    steps, moves = facts.steps, facts.moves
    for member in facts.members:
        own_steps, own_moves = steps.get(member.id, []), moves.get(member.id, [])
        if not own_moves and len(own_steps) == 1:
            _enrolled_only(member, own_steps[0], first, last, index, ends, flows, changes)
            continue
        for on, flow in replay(member, own_steps, own_moves, first, last).station_flows:
            number = index.get(int(on[:4]))
            if number is not None:
                flows[number][flow] += 1
        was = False
        for number, now in enumerate(_ends_active(own_steps, own_moves, ends)):
            if now != was:
                count_active(changes[number], member, 1 if now else -1)
                was = now
    return _sections(years, flows, changes)


def _enrolled_only(member: MemberFact, step: StatusStep, first: str, last: str,
                   index: dict[int, int], ends: list[str], flows: list[dict[str, int]],
                   changes: list[dict[str, Any]]) -> None:
    """A member with one step and no move (most of a station), without a replay."""
    on = cast(str, step[ON])
    if first <= on <= last:
        flow = step_flow(StatusStep._make(step), bool(member.by_transfer))
        number = index.get(int(on[:4]))
        if flow is not None and number is not None:
            flows[number][flow] += 1
    if step[TO_STATUS] == ACTIVE:
        number = _first_end(ends, on)
        if number < len(ends):
            count_active(changes[number], member, 1)


def _zero_active() -> dict[str, Any]:
    zero = empty_members()
    return {key: zero[key] for key in COUNTED}


def _sections(years: list[int], flows: list[dict[str, int]],
              changes: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    template = empty_members()
    running = _zero_active()
    sections: dict[int, dict[str, Any]] = {}
    for number, year in enumerate(years):
        for key, change in changes[number].items():
            if isinstance(change, dict):
                for code, count in change.items():
                    running[key][code] = running[key].get(code, 0) + count
            else:
                running[key] += change
        section = empty_members()
        section.update(flows[number])
        for key in COUNTED:
            value = running[key]
            # a code outside the domain's shows only while some member holds it, as there
            section[key] = {code: count for code, count in value.items()
                            if code in template[key] or count} \
                if isinstance(value, dict) else value
        sections[year] = section
    return sections
