"""A full annual report with every section filled, as a station with homes and hardship
aid would produce it: for the writers' tests."""

from __future__ import annotations

import copy
from typing import Any

from unionstation.services.reports.hardship import empty_hardship
from unionstation.services.reports.members import empty_members
from unionstation.services.reports.venues import empty_venues


def sample_report(station: str = "样例街道总工会") -> dict[str, Any]:
    members = empty_members() | {"active": 2900, "joined": 4521, "transferred_in": 12,
                                 "transferred_out": 9, "left": 30, "women": 1300,
                                 "migrant": 1513}
    members["priority_groups"] = dict(members["priority_groups"], courier=108)
    venues = empty_venues() | {"by_kind": {"home": 35, "nursing_room": 8, "rest_stop": 6,
                                           "studio": 4},
                               "model_homes": {"city": 3}, "asset_value": "1234567.80",
                               "books": 5200, "loans": 310, "services": 8800}
    hardship = empty_hardship() | {"files": {"illness": 40, "disability": 12}, "opened": 9,
                                   "relieved": 5, "visits": 1253, "households_helped": 84,
                                   "paid_total": "170000.00",
                                   "paid_by_funding": {"federation": "120000.00",
                                                       "donation": "50000.00"}}
    current = {"unions": {"total": 324, "new": 11, "with_credit_code": 300},
               "members": members, "venues": venues, "hardship": hardship}
    return {"year": 2026, "station": station, **copy.deepcopy(current),
            "campaigns": [{"name": "金秋助学", "kind": "education", "households": 84,
                           "paid_total": "170000.00", "budget": "200000.00"},
                          {"name": "=送清凉", "kind": "summer", "households": 640,
                           "paid_total": "0.00", "budget": "0.00"}],
            "plan": {"new_members": {"plan": 1800, "actual": 4521, "percent": "251.2"}},
            "previous_year": copy.deepcopy(current)}
