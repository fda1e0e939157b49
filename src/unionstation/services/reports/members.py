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
from unionstation.services.reports.facts import StationFacts
from unionstation.services.reports.timeline import FLOWS, replay


def empty_members() -> dict[str, Any]:
    section: dict[str, Any] = {"active": 0, **dict.fromkeys(FLOWS, 0), "women": 0,
                               "migrant": 0}
    section["priority_groups"] = {group.value: 0 for group in PriorityGroup}
    section["model_workers"] = {level.value: 0 for level in ModelWorkerLevel}
    return section


def members_section(facts: StationFacts, start: date, end: date) -> dict[str, Any]:
    section = empty_members()
    groups: dict[str, int] = section["priority_groups"]
    levels: dict[str, int] = section["model_workers"]
    female = Gender.FEMALE.value
    first, last = start.isoformat(), end.isoformat()
    steps, moves = facts.steps, facts.moves
    for member in facts.members:
        path = replay(member, steps.get(member.id, []), moves.get(member.id, []), first, last)
        for _on, flow in path.station_flows:
            section[flow] += 1
        if not path.active_at_end:
            continue
        section["active"] += 1
        section["women"] += member.gender == female
        section["migrant"] += member.migrant
        if member.priority_group is not None:
            groups[member.priority_group] = groups.get(member.priority_group, 0) + 1
        if member.model_worker_level is not None:
            levels[member.model_worker_level] = levels.get(member.model_worker_level, 0) + 1
    return section


def members_by_month(facts: StationFacts, year: int) -> list[dict[str, int]]:
    """For each month of `year`: the station's joined, transfers and left in the month,
    and the members active at its end (the start of the year plus the flows so far).
    One replay of each member for the whole year."""
    months = [dict.fromkeys(FLOWS, 0) for _ in range(12)]
    active = 0
    first, last = date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()
    for member in facts.members:
        path = replay(member, facts.steps.get(member.id, []), facts.moves.get(member.id, []),
                      first, last)
        active += path.active_before
        for on, flow in path.station_flows:
            months[int(on[5:7]) - 1][flow] += 1
    rows: list[dict[str, int]] = []
    for number, flows in enumerate(months, start=1):
        active += flows["joined"] + flows["transferred_in"]
        active -= flows["transferred_out"] + flows["left"]
        rows.append({"month": number, **flows, "active": active})
    return rows
