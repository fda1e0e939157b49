"""The yearly figures a station sends up (统计报表): numbers only, no name or ID number.

One row a year, rewritten only when its figures change (services.reports.sent), so it
travels in the batches like any synced row and the county adds the stations' rows up
instead of needing the station's hardship files and venue records for its figures.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Integer
from sqlalchemy.orm import Mapped, mapped_column

from unionstation.store.base import Base, Synced


class StatisticsReport(Synced, Base):
    __tablename__ = "statistics_report"

    year: Mapped[int] = mapped_column(Integer, unique=True)
    figures: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
