"""China time (UTC+8, no daylight saving): printouts stamp it and reports count in it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

CHINA_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")


def now_in_china() -> datetime:
    return datetime.now(CHINA_TZ)
