"""Report, inbound (MO) and statistics items, shaped as the vendor documents show them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from juhe_desk.gateway.china_time import CHINA_TZ
from juhe_desk.gateway.models import format_gateway_time

from .accounts import Submission

Item = dict[str, Any]
STATIS_DAY_FORMAT = "%Y%m%d"


def report_item(submission: Submission, stat: str, moment: dt.datetime) -> Item:
    return {
        "flag": 1,
        "mid": submission.mid,
        "spid": submission.account,
        "accessCode": submission.extno,
        "mobile": submission.mobile,
        "stat": stat,
        "time": format_gateway_time(moment),
    }


def inbound_item(account: str, mid: str, access_code: str, mobile: str, content: str,
                 moment: dt.datetime) -> Item:
    return {
        "flag": 0,
        "mid": mid,
        "spid": account,
        "accessCode": access_code,
        "mobile": mobile,
        "content": content,
        "time": format_gateway_time(moment),
    }


def parse_statis_day(text: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(text.strip(), STATIS_DAY_FORMAT).date()
    except ValueError:
        return None


def statis_rows(submissions: Iterable[Submission], stats: Mapping[str, str],
                begin: dt.date, end: dt.date) -> list[Item]:
    """Daily totals by submission day (China time); a number without a report yet is unknown.

    Only days with submissions appear, as in the 2021 document's example.
    """
    days: dict[dt.date, list[int]] = {}
    for submission in submissions:
        day = submission.time.astimezone(CHINA_TZ).date()
        if not begin <= day <= end:
            continue
        counts = days.setdefault(day, [0, 0, 0, 0])  # total, success, unknown, fail
        counts[0] += 1
        stat = stats.get(submission.mid)
        counts[1 if stat == "DELIVRD" else 2 if stat is None else 3] += 1
    return [
        {
            "statisTIme": day.strftime(STATIS_DAY_FORMAT),  # sic, as the 2021 document spells it
            "total": total,
            "success": success,
            "unknown": unknown,
            "fail": fail,
            "successRate": round(success * 100.0 / total, 2) if total else 0.0,
        }
        for day, (total, success, unknown, fail) in sorted(days.items())
    ]
