"""China's time (UTC+8, no daylight saving): "today" in the desk is always China's day.

The desk serves Chinese street offices, so ledgers, logs, reports and printouts count days
in China whatever the machine's own zone (a server or CI runner on UTC is eight hours
behind: between 16:00 and 24:00 UTC its ``date.today()`` is China's yesterday).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

#: a fixed offset needs no tz database (Windows has none without the tzdata package)
CHINA_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")


def now_in_china() -> datetime:
    """The current moment, aware, at China time."""
    return datetime.now(CHINA_TZ)


def today_in_china() -> date:
    """The current calendar day in China."""
    return now_in_china().date()


def local_date(moment: datetime) -> date:
    """The calendar day in China of an aware datetime."""
    return moment.astimezone(CHINA_TZ).date()
