"""A laptop clock that is plainly wrong is worth a warning; ordering never depends on it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

EARLIEST_PLAUSIBLE = datetime(2025, 1, 1, tzinfo=UTC)
SLACK = timedelta(minutes=10)
YEARS_OFF = timedelta(days=2 * 365)


def clock_warning(now: datetime, last_ack: datetime | None) -> str | None:
    """A sentence for the officer when `now` cannot be right, else None."""
    if now < EARLIEST_PLAUSIBLE:
        return (f"本机时钟显示 {now.astimezone():%Y-%m-%d},明显不对。"
                "请在系统设置里校正日期和时间;报送顺序不受影响,但记录的时间会错。")
    if last_ack is not None and now + SLACK < last_ack:
        return (f"本机时钟({now.astimezone():%Y-%m-%d %H:%M})早于县总工会上次回执的时间"
                f"({last_ack.astimezone():%Y-%m-%d %H:%M})。请校正系统时间。")
    if last_ack is not None and now - last_ack > YEARS_OFF:
        return (f"本机时钟({now.astimezone():%Y-%m-%d})比县总工会上次回执晚了两年以上,"
                "请确认系统日期是否正确。")
    return None
