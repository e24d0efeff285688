"""Response bodies and push bodies, turned into the typed models.

Every parser either returns a model or raises a typed ``GatewayError``: ``BadResponseError``
for a body that is not the expected JSON, a ``GatewayRefusal`` for a non-zero STATUS, and
``PushBodyError`` for a bad push body. Nothing else escapes, whatever the bytes.

Leniency, decided once:
- ``status`` and numbers may come as JSON numbers or as text; ``mid``, ``mobile`` and
  ``accessCode`` may come as integers and become text without losing digits.
- Pulled items are consumed at the gateway, so a pull keeps every item it can type
  (routed by ``flag``; when ``flag`` is missing or unknown, a ``stat`` makes a report and a
  ``content`` an inbound message) and skips, with a warning in the log holding the item's
  JSON, only items it cannot type: a report needs ``mid``, ``mobile`` and ``stat``, an inbound
  message ``mobile`` and ``content``. The ``balance`` of a send or pull is best-effort (None
  when unreadable): the results matter more.
- A push body is strict: anything not well-formed raises ``PushBodyError``, so the gateway
  keeps it and pushes it again rather than losing it here.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Sequence
from itertools import repeat
from operator import itemgetter
from typing import Any, Literal, TypeVar, cast

from juhe_desk.gateway.codes import describe_status
from juhe_desk.gateway.errors import (
    AccountDisabledError,
    AuthenticationError,
    BadResponseError,
    GatewayRefusal,
    PushBodyError,
    StatisticsDateRangeError,
    StatisticsRateLimitError,
    TooManyConnectionsError,
    TooManyNumbersError,
)
from juhe_desk.gateway.json_values import (
    INT64_MAX,
    INT64_MIN,
    Malformed,
    clean,
    float_value,
    int_value,
    list_of,
    load_json,
    optional_balance,
    optional_text,
    required_text,
    text_value,
)
from juhe_desk.gateway.models import (
    Balance,
    ChargeType,
    DailyStatistics,
    DeliveryReport,
    InboundMessage,
    PulledItems,
    SendOutcome,
    SubmitResult,
)

_RESULT_FIELDS = itemgetter("mobile", "mid", "result")

_log = logging.getLogger(__name__)
T = TypeVar("T")

EXCERPT_CHARS = 200
_REFUSAL_CLASSES: dict[int, type[GatewayRefusal]] = {
    3: AuthenticationError,
    7: AccountDisabledError,
    21: TooManyConnectionsError,
    30: StatisticsDateRangeError,
    31: StatisticsRateLimitError,
    102: TooManyNumbersError,
}
_CHARGE_TYPES: dict[str, ChargeType] = {"PRECHARGE": "PRECHARGE", "POSTCHARGE": "POSTCHARGE"}

Item = DeliveryReport | InboundMessage


# ----- errors -------------------------------------------------------------------------------

def refusal_for_status(code: int) -> GatewayRefusal:
    """The typed refusal for a non-zero STATUS, explained from the code table."""
    info = describe_status(code)
    cls = _REFUSAL_CLASSES.get(code, GatewayRefusal)
    return cls(
        code,
        f"短信网关拒绝了请求（状态码 {code}）：{info.meaning_zh}。",
        message_en=f"The SMS gateway refused the request (status {code}): {info.meaning_en}.",
        fix=info.fix_zh,
        fix_en=info.fix_en,
    )


def scrub(text: str, secrets: Sequence[str]) -> str:
    """``text`` with every occurrence of every secret (overlaps included) masked as ``***``."""
    secrets = [s for s in secrets if s]
    spans: list[tuple[int, int]] = []
    for secret in secrets:
        start = text.find(secret)
        while start >= 0:
            spans.append((start, start + len(secret)))
            start = text.find(secret, start + 1)
    if not spans:
        return text
    # The mask must not itself help spell a secret together with its neighbours.
    mask = 3 * next(c for c in "*#•?~" + "".join(map(chr, range(0x2580, 0x25A0)))
                    if not any(c in s for s in secrets))
    pieces: list[str] = []
    shown_up_to = 0
    for start, end in sorted(spans):
        if start > shown_up_to:
            pieces += [text[shown_up_to:start], mask]
        elif not pieces:
            pieces.append(mask)  # a secret right at the start
        shown_up_to = max(shown_up_to, end)
    pieces.append(text[shown_up_to:])
    return "".join(pieces)


def body_excerpt(body: bytes, secrets: Sequence[str] = ()) -> str:
    """The first characters of a body, every secret masked."""
    # Scrub before cutting, so a secret across the cut cannot leave a readable prefix.
    return scrub(body.decode("utf-8", errors="replace"), secrets)[:EXCERPT_CHARS]


def _bad_response(http_status: int, body: bytes, secrets: Sequence[str],
                  problem: Malformed) -> BadResponseError:
    excerpt = body_excerpt(body, secrets)
    shown_zh = excerpt if excerpt.strip() else "（空）"
    shown_en = excerpt if excerpt.strip() else "(empty)"
    return BadResponseError(
        f"短信网关的回复无法识别：{problem.zh}（HTTP 状态 {http_status}）。回复开头：{shown_zh}",
        message_en=(f"The SMS gateway's answer could not be understood: {problem.en} "
                    f"(HTTP status {http_status}). Start of the answer: {shown_en}"),
        http_status=http_status,
        body_excerpt=excerpt,
    )


# ----- the common envelope ------------------------------------------------------------------

def _guarded(http_status: int, body: bytes, secrets: Sequence[str], build: Callable[[], T]) -> T:
    """``build()``, with a malformed body turned into a ``BadResponseError``.

    Raised outside the handler on purpose: a JSONDecodeError in ``__context__`` would carry
    the whole body (``.doc``), secrets and all.
    """
    try:
        return build()
    except Malformed as caught:
        problem = caught
    raise _bad_response(http_status, body, secrets, problem)


def _accepted_object(http_status: int, body: bytes, secrets: Sequence[str]) -> dict[str, Any]:
    """The JSON object of a body whose STATUS is 0; raises for anything else."""

    def envelope() -> tuple[dict[str, Any], int]:
        if http_status != 200:
            raise Malformed("网关没有正常回复", "the gateway did not answer normally")
        obj = load_json(body)
        if not isinstance(obj, dict):
            raise Malformed("回复不是预期的格式", "the answer does not have the expected shape")
        if "status" not in obj:
            raise Malformed("回复里没有“status”", "the answer has no “status”")
        return obj, int_value(obj["status"], "status")

    obj, status = _guarded(http_status, body, secrets, envelope)
    if status != 0:
        raise refusal_for_status(status)
    return obj


# ----- the actions --------------------------------------------------------------------------

def parse_send_response(http_status: int, body: bytes, *,
                        secrets: Sequence[str] = ()) -> SendOutcome:
    """The answer of ``send`` or ``p2p``. Any malformed result makes the whole answer bad:
    the caller must then treat the batch as uncertain."""
    obj = _accepted_object(http_status, body, secrets)

    def results() -> tuple[SubmitResult, ...]:
        items = list_of(obj, required=True)
        return plain_submit_results(items) or tuple(
            plain_submit_result(item) or submit_result(item) for item in items)

    return SendOutcome(results=_guarded(http_status, body, secrets, results),
                       balance=optional_balance(obj))


def submit_result(item: object) -> SubmitResult:
    """One per-number result of a send or p2p answer, read leniently."""
    if not isinstance(item, dict):
        raise Malformed("号码结果不是对象", "a per-number result is not an object")
    return SubmitResult(mobile=required_text(item, "mobile"), mid=optional_text(item, "mid"),
                        result=int_value(item.get("result"), "result"))


def plain_submit_results(items: Sequence[object]) -> tuple[SubmitResult, ...] | None:
    """``plain_submit_result`` of every item, each step over the whole answer in C; None
    unless every item has that shape (and a "mid"): then each is read by itself."""
    if not items or set(map(type, items)) != {dict}:
        return None
    try:
        mobiles, mids, codes = zip(*map(_RESULT_FIELDS, cast(Sequence[dict[str, object]], items)),
                                   strict=True)
    except KeyError:
        return None
    if (set(map(type, mobiles)) != {str} or set(map(type, mids)) != {str}
            or set(map(type, codes)) != {int} or not "".join(mobiles).isascii()
            or not "".join(mids).isascii() or min(codes) < INT64_MIN or max(codes) > INT64_MAX):
        return None
    stripped = list(map(str.strip, mobiles))
    if not all(stripped):
        return None
    return tuple(map(tuple.__new__, repeat(SubmitResult),
                     zip(stripped, map(str.strip, mids), codes, strict=True)))


def plain_submit_result(item: object) -> SubmitResult | None:
    """``submit_result`` for the shape gateways send, ASCII text and an integer result,
    in a third of the time (a 500-number answer has 500); None for anything else."""
    if type(item) is not dict:
        return None
    mobile, mid, result = item.get("mobile"), item.get("mid", ""), item.get("result")
    if (type(mobile) is str and type(mid) is str and type(result) is int
            and mobile.isascii() and mid.isascii() and INT64_MIN <= result <= INT64_MAX):
        mobile = mobile.strip()
        if mobile:
            return SubmitResult(mobile, mid.strip(), result)
    return None


def parse_balance_response(http_status: int, body: bytes, *,
                           secrets: Sequence[str] = ()) -> Balance:
    """The answer of ``overage`` or ``balance``."""
    obj = _accepted_object(http_status, body, secrets)

    def balance() -> int:
        if "balance" not in obj:
            raise Malformed("回复里没有余额", "the answer holds no balance")
        return int_value(obj["balance"], "balance")

    charge = obj.get("chargeType")
    charge_type = _CHARGE_TYPES.get(charge.strip().upper(), "") if isinstance(charge, str) else ""
    return Balance(balance=_guarded(http_status, body, secrets, balance),
                   charge_type=charge_type)


def parse_pull_response(http_status: int, body: bytes, *,
                        primary: Literal["reports", "inbound"],
                        secrets: Sequence[str] = ()) -> PulledItems:
    """The answer of ``report`` or ``mo``: every item routed by its flag."""
    obj = _accepted_object(http_status, body, secrets)
    raw_items = _guarded(http_status, body, secrets, lambda: list_of(obj, required=False))
    typed: list[Item] = []
    for raw_item in raw_items:
        try:
            typed.append(_typed_item(raw_item, infer_kind=True))
        except Malformed as problem:
            _log.warning("skipped a pulled item that cannot be typed (%s): %s",
                         problem.en, _loggable(raw_item, secrets))
    return _collect(typed, balance=optional_balance(obj), primary=primary)


def parse_statis_response(http_status: int, body: bytes, *,
                          secrets: Sequence[str] = ()) -> list[DailyStatistics]:
    """The answer of ``statis``: one row per day (``statisTIme`` sic or ``statisTime``)."""
    obj = _accepted_object(http_status, body, secrets)
    return _guarded(http_status, body, secrets,
                    lambda: [_daily_statistics(row) for row in list_of(obj, required=False)])


def parse_push_body(body: bytes) -> PulledItems:
    """A body the gateway pushed: a JSON array of report (flag 1) and MO (flag 0) objects.

    ``{"list": [...]}`` is accepted too (the vendor's field table names a ``list``).
    """
    try:
        value = load_json(body)
        if isinstance(value, dict) and isinstance(value.get("list"), list):
            value = value["list"]
        if not isinstance(value, list):
            raise Malformed("不是 JSON 数组", "it is not a JSON array")
        return _collect([_typed_item(item, infer_kind=False) for item in value],
                        balance=None, primary="reports")
    except Malformed as caught:
        problem = caught
    raise PushBodyError(f"推送内容无法识别：{problem.zh}。",
                        message_en=f"The pushed data could not be read: {problem.en}.")


# ----- items --------------------------------------------------------------------------------

def _collect(items: Sequence[Item], *, balance: int | None,
             primary: Literal["reports", "inbound"]) -> PulledItems:
    return PulledItems(
        reports=tuple(i for i in items if isinstance(i, DeliveryReport)),
        inbound=tuple(i for i in items if isinstance(i, InboundMessage)),
        balance=balance,
        primary=primary,
    )


def _loggable(item: object, secrets: Sequence[str]) -> str:
    """The start of an item, secrets masked: a gateway may echo the request (password and
    all) in what it returns."""
    try:
        return scrub(_raw_text(item), secrets)[:EXCERPT_CHARS]
    except Malformed:
        return "(nested too deeply to show)"


def _raw_text(item: object) -> str:
    try:
        return clean(json.dumps(item, ensure_ascii=False, sort_keys=True))
    except (ValueError, TypeError, RecursionError):
        raise Malformed("条目嵌套太深", "the item is nested too deeply") from None


def _flag(item: dict[str, Any]) -> int | None:
    flag = item.get("flag")
    if isinstance(flag, str):
        flag = flag.strip()
        return int(flag) if flag in ("0", "1") else None
    if isinstance(flag, int) and not isinstance(flag, bool) and flag in (0, 1):
        return flag
    return None


def _typed_item(item: object, *, infer_kind: bool) -> Item:
    if not isinstance(item, dict):
        raise Malformed("列表里有一项不是对象", "an entry of the list is not an object")
    flag = _flag(item)
    if flag is None and infer_kind:
        flag = 1 if "stat" in item else 0 if "content" in item else None
    if flag is None:
        raise Malformed("条目的“flag”既不是 0 也不是 1", "an item's “flag” is neither 0 nor 1")
    raw = _raw_text(item)
    if flag == 1:
        return DeliveryReport(
            mid=required_text(item, "mid"),
            mobile=required_text(item, "mobile"),
            stat=required_text(item, "stat"),
            time=optional_text(item, "time"),
            access_code=optional_text(item, "accessCode"),
            spid=optional_text(item, "spid"),
            raw=raw,
        )
    content = item.get("content")
    if not isinstance(content, str):
        raise Malformed("上行短信缺少“content”", "an inbound message has no “content”")
    return InboundMessage(
        mid=optional_text(item, "mid"),
        mobile=required_text(item, "mobile"),
        content=clean(content),
        time=optional_text(item, "time"),
        access_code=optional_text(item, "accessCode"),
        spid=optional_text(item, "spid"),
        raw=raw,
    )


def _statistics_day(row: dict[str, Any]) -> dt.date:
    value = next((v for k, v in row.items() if k.lower() == "statistime"), None)
    text = text_value(value)
    for pattern in ("%Y%m%d", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text or "", pattern).date()
        except ValueError:
            continue
    raise Malformed("统计行的日期无法识别", "a statistics row has no readable date")


def _daily_statistics(row: object) -> DailyStatistics:
    if not isinstance(row, dict):
        raise Malformed("统计行不是对象", "a statistics row is not an object")
    total = int_value(row.get("total"), "total")
    success = int_value(row.get("success"), "success")
    if row.get("successRate") is None:
        rate = round(success * 100.0 / total, 2) if total else 0.0
    else:
        rate = float_value(row["successRate"], "successRate")
    return DailyStatistics(
        day=_statistics_day(row),
        total=total,
        success=success,
        unknown=int_value(row.get("unknown", 0), "unknown"),
        fail=int_value(row.get("fail"), "fail"),
        success_rate=rate,
    )
