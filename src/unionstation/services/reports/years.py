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

from bisect import bisect_left
from typing import Any, cast

from unionstation.services.reports.facts import (
    MemberFact,
    QuietGroup,
    SingleStepGroup,
    StationFacts,
    StatusStep,
)
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
    counts = YearCounts(years)
    if not counts.years:
        return {}
    for group in facts.quiet_for(counts.first):
        counts.add_group(group, group.members)
    counts.add_members(facts)
    return counts.sections()


class YearCounts:
    """The members sections of `years`, added up from members given in parts (sent.py
    counts a big station a part at a time, so no more than a part is held at once)."""

    def __init__(self, years: list[int]) -> None:
        self.years = sorted(set(years))
        self.ends = [f"{year:04d}-12-31" for year in self.years]
        self.first = f"{self.years[0]:04d}-01-01" if self.years else ""
        self.last = self.ends[-1] if self.years else ""
        self.index = {year: number for number, year in enumerate(self.years)}
        self.flows = [dict.fromkeys(FLOWS, 0) for _ in self.years]
        self.changes = [_zero_active() for _ in self.years]

    def add_group(self, group: QuietGroup, count: int) -> None:
        """`count` members active since before the first year, with `group`'s details."""
        count_active(self.changes[0], group, count)

    def add_single_steps(self, group: SingleStepGroup) -> None:
        """Members whose history is one step (of `group.year`) and no move, counted as
        _enrolled_only counts each of them: the flow of the step in its year, and active
        from the end of the first year on or after it (both depend on the year alone)."""
        if self.years[0] <= group.year <= self.years[-1]:
            flow = step_flow(StatusStep("", group.from_status, group.to_status, "", "", ""),
                             bool(group.by_transfer))
            number = self.index.get(group.year)
            if flow is not None and number is not None:
                self.flows[number][flow] += group.members
        if group.to_status == ACTIVE:
            number = bisect_left(self.years, group.year)
            if number < len(self.years):
                count_active(self.changes[number], group, group.members)

    def add_members(self, facts: StationFacts) -> None:
        """Each of `facts.members`, replayed (or, with one step and no move, counted)."""
        steps, moves = facts.steps, facts.moves
        flows, changes, index = self.flows, self.changes, self.index
        for member in facts.members:
            own_steps, own_moves = steps.get(member.id, []), moves.get(member.id, [])
            if not own_moves and len(own_steps) == 1:
                _enrolled_only(member, own_steps[0], self.first, self.last, index,
                               self.ends, flows, changes)
                continue
            for on, flow in replay(member, own_steps, own_moves, self.first,
                                   self.last).station_flows:
                number = index.get(int(on[:4]))
                if number is not None:
                    flows[number][flow] += 1
            was = False
            for number, now in enumerate(_ends_active(own_steps, own_moves, self.ends)):
                if now != was:
                    count_active(changes[number], member, 1 if now else -1)
                    was = now

    def sections(self) -> dict[int, dict[str, Any]]:
        return _sections(self.years, self.flows, self.changes)


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
