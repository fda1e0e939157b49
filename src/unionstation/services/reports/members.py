"""The members section of the annual report: the station's own figures.

`active`, `women`, `migrant`, `priority_groups` and `model_workers` count the members
active at the end of the range (by their status history, with their details as they are
now); `joined`, `left` and the transfers count the steps inside the range, transfers only
across the station's boundary (timeline.py says how each step counts).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from unionstation.domain.codes import Gender, ModelWorkerLevel, PriorityGroup
from unionstation.services.reports.facts import (
    MemberFact,
    QuietGroup,
    SingleStepGroup,
    StationFacts,
)
from unionstation.services.reports.timeline import FLOWS, ON, replay, single_step

FEMALE = Gender.FEMALE.value


def empty_members() -> dict[str, Any]:
    section: dict[str, Any] = {"active": 0, **dict.fromkeys(FLOWS, 0), "women": 0,
                               "migrant": 0}
    section["priority_groups"] = {group.value: 0 for group in PriorityGroup}
    section["model_workers"] = {level.value: 0 for level in ModelWorkerLevel}
    return section


def members_section(facts: StationFacts, start: date, end: date) -> dict[str, Any]:
    section = empty_members()
    first, last = start.isoformat(), end.isoformat()
    for group in facts.quiet_for(first):
        count_active(section, group, group.members)
    steps, moves = facts.steps, facts.moves
    for member in facts.members:
        history = steps.get(member.id, [])
        if len(history) == 1 and member.id not in moves:  # most of them: no path built
            _before, active, one = single_step(member, history[0], first, last)
            if one is not None:
                section[one] += 1
            if active:
                count_active(section, member, 1)
            continue
        path = replay(member, history, moves.get(member.id, []), first, last)
        for _on, flow in path.station_flows:
            section[flow] += 1
        if path.active_at_end:
            count_active(section, member, 1)
    return section


def count_active(section: dict[str, Any],
                 member: MemberFact | QuietGroup | SingleStepGroup, count: int) -> None:
    """`count` members active at the end, with `member`'s details."""
    section["active"] += count
    section["women"] += count * (member.gender == FEMALE)
    section["migrant"] += count * member.migrant
    if member.priority_group is not None:
        groups: dict[str, int] = section["priority_groups"]
        groups[member.priority_group] = groups.get(member.priority_group, 0) + count
    if member.model_worker_level is not None:
        levels: dict[str, int] = section["model_workers"]
        levels[member.model_worker_level] = levels.get(member.model_worker_level, 0) + count


def members_by_month(facts: StationFacts, year: int) -> list[dict[str, int]]:
    """For each month of `year`: the station's joined, transfers and left in the month,
    and the members active at its end (the start of the year plus the flows so far).
    One replay of each member for the whole year."""
    months = [dict.fromkeys(FLOWS, 0) for _ in range(12)]
    first, last = date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()
    active = sum(group.members for group in facts.quiet_for(first))
    steps, moves = facts.steps, facts.moves
    for member in facts.members:
        history = steps.get(member.id, [])
        if len(history) == 1 and member.id not in moves:
            before, _after, one = single_step(member, history[0], first, last)
            active += before
            if one is not None:
                months[int(str(history[0][ON])[5:7]) - 1][one] += 1
            continue
        path = replay(member, history, moves.get(member.id, []), first, last)
        active += path.active_before
        for on, flow in path.station_flows:
            months[int(on[5:7]) - 1][flow] += 1
    rows: list[dict[str, int]] = []
    for number, flows in enumerate(months, start=1):
        active += flows["joined"] + flows["transferred_in"]
        active -= flows["transferred_out"] + flows["left"]
        rows.append({"month": number, **flows, "active": active})
    return rows
