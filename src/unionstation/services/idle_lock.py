"""How long the window may sit idle before it locks behind the login dialog (a setting).

PIPL and GB/T 35273 ask that an unattended screen does not stay open; 15 minutes is the
default, and an admin may shorten it (or lengthen it, to at most two hours).
"""

from __future__ import annotations

from unionstation.domain.permissions import Action
from unionstation.services.context import ServiceContext
from unionstation.services.errors import InvalidField
from unionstation.services.setting_values import read_setting, write_setting

IDLE_KEY = "security.idle_minutes"
DEFAULT_IDLE_MINUTES = 15
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 120


def idle_minutes(context: ServiceContext) -> int:
    """The stored minutes, or the default for a missing or unusable value."""
    value = read_setting(context, IDLE_KEY)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return DEFAULT_IDLE_MINUTES
    minutes = int(value)
    if not MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES:
        return DEFAULT_IDLE_MINUTES
    return minutes


def set_idle_minutes(context: ServiceContext, minutes: int) -> int:
    """Store a new idle time (admin: SETTINGS_EDIT; audited by write_setting)."""
    context.require(Action.SETTINGS_EDIT, IDLE_KEY)
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not (
            MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES):
        raise InvalidField("设置", "无操作自动锁定",
                           f"应为 {MIN_IDLE_MINUTES} 到 {MAX_IDLE_MINUTES} 分钟之间的整数,"
                           f"不能是“{minutes}”。")
    write_setting(context, IDLE_KEY, minutes)
    return minutes
