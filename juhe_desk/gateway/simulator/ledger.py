"""The gateway's books: accounts, charging, accepted numbers and the report/MO queues.

Every method takes the one lock, so the HTTP threads, the pusher and the test thread may
call anything at any time. Reports are scheduled when a number is accepted and become
available after their delay (checked lazily whenever somebody looks).
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
import random
import secrets
import threading
from collections import deque
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from juhe_desk.gateway.codes import (
    RESULT_ACCEPTED,
    RESULT_BALANCE_TOO_LOW,
    RESULT_SIGNATURE_NOT_REGISTERED,
    RESULT_WRONG_EXTNO,
)

from .accounts import AccountState, SimAccount, Submission
from .faults import PendingFaults
from .reports import Item, inbound_item, report_item, statis_rows
from .rules import (
    BAD_NUMBER_STAT,
    draw_stat,
    extno_allowed,
    password_matches,
    plausible_mobile,
    signature_allowed,
    sms_parts,
)

Clock = Callable[[], dt.datetime]


@dataclass(slots=True)
class _Book:
    config: SimAccount
    balance: int
    enabled: bool
    push_url: str | None
    submissions: list[Submission] = field(default_factory=list)
    pending: list[tuple[dt.datetime, int, Submission, str]] = field(default_factory=list)
    reports: deque[Item] = field(default_factory=deque)
    inbound: deque[Item] = field(default_factory=deque)
    stats: dict[str, str] = field(default_factory=dict)  # mid -> stat, once reported
    # mobile -> the extno its latest message came from: where a reply from it goes
    reply_to: dict[str, str] = field(default_factory=dict)
    pushed: int = 0
    in_flight: int = 0
    last_statis: float | None = None


class Ledger:
    def __init__(self, *, seed: int | None, report_delay: tuple[float, float], clock: Clock,
                 faults: PendingFaults) -> None:
        low, high = report_delay
        if low < 0 or high < low:
            raise ValueError("report_delay must be (min, max) with 0 <= min <= max")
        self._report_delay = (low, high)
        self._clock = clock
        self._faults = faults
        self._lock = threading.RLock()
        self._rng = random.Random(seed)
        self._books: dict[str, _Book] = {}
        self._forced_stats: dict[str, str] = {}
        self._order = itertools.count()
        # A per-instance prefix keeps mids unique across simulator runs sharing one database.
        self._mid_prefix = secrets.randbits(32)
        self._mid_counter = itertools.count(1)

    # --- accounts -------------------------------------------------------------------------
    def add(self, account: SimAccount) -> None:
        with self._lock:
            if account.account in self._books:
                raise ValueError(f"account {account.account} already exists")
            self._books[account.account] = _Book(account, account.balance, account.enabled,
                                                 account.push_url)

    def _book(self, account: str) -> _Book:
        try:
            return self._books[account]
        except KeyError:
            raise KeyError(f"no simulator account {account!r}") from None

    def login(self, account: str, password: str, action: str, params: Mapping[str, str]) -> int:
        """STATUS for these credentials: 0, 3 (wrong account or password) or 7 (disabled)."""
        with self._lock:
            book = self._books.get(account)
            if book is None or not password_matches(password, book.config.password, action,
                                                    params):
                return 3
            return 0 if book.enabled else 7

    def enter(self, account: str) -> bool:
        """Count one more request in flight; False (STATUS 21) when the account has too many."""
        with self._lock:
            book = self._book(account)
            if book.in_flight >= book.config.max_connections:
                return False
            book.in_flight += 1
            return True

    def leave(self, account: str) -> None:
        with self._lock:
            self._book(account).in_flight -= 1

    def balance(self, account: str) -> tuple[int, str]:
        with self._lock:
            book = self._book(account)
            return book.balance, book.config.charge_type

    def update(self, account: str, *, balance: int | None = None, enabled: bool | None = None,
               push_url: str | Literal[False] | None = False) -> None:
        """Change an account as the gateway's administrator would (``push_url=None`` clears)."""
        with self._lock:
            book = self._book(account)
            if balance is not None:
                book.balance = balance
            if enabled is not None:
                book.enabled = enabled
            if push_url is not False:
                book.push_url = push_url

    def force_stat(self, mobile: str, stat: str | None) -> None:
        with self._lock:
            if stat is None:
                self._forced_stats.pop(mobile, None)
            else:
                self._forced_stats[mobile] = stat

    # --- sending --------------------------------------------------------------------------
    def submit(self, account: str, action: Literal["send", "p2p"], extno: str,
               pairs: Sequence[tuple[str, str]]) -> tuple[list[Item], int]:
        """Per-number results (RESULT 0/10/17/15) and the balance after charging."""
        with self._lock:
            book = self._book(account)
            config = book.config
            now = self._clock()
            results: list[Item] = []
            for mobile, content in pairs:
                parts = sms_parts(content)
                cost = parts * config.price
                if not extno_allowed(extno, config.extno):
                    code = RESULT_WRONG_EXTNO
                elif not signature_allowed(content, config.signatures):
                    code = RESULT_SIGNATURE_NOT_REGISTERED
                elif config.charge_type == "PRECHARGE" and book.balance < cost:
                    code = RESULT_BALANCE_TOO_LOW
                else:
                    code = RESULT_ACCEPTED
                if code:
                    results.append({"mid": "", "mobile": mobile, "result": code})
                    continue
                book.balance -= cost
                submission = Submission(account, mobile, content, self._new_mid(), action,
                                        extno, now, parts, cost)
                book.submissions.append(submission)
                book.reply_to[mobile] = extno
                self._schedule_report(book, submission, now)
                results.append({"mid": submission.mid, "mobile": mobile, "result": 0})
            return results, book.balance

    def _new_mid(self) -> str:
        return f"{self._mid_prefix:08X}{next(self._mid_counter) & 0xFFFFFFFF:08X}"

    def _schedule_report(self, book: _Book, submission: Submission, now: dt.datetime) -> None:
        stat = self._forced_stats.get(submission.mobile)
        if stat is None:
            stat = draw_stat(self._rng) if plausible_mobile(submission.mobile) else BAD_NUMBER_STAT
        due = now + dt.timedelta(seconds=self._rng.uniform(*self._report_delay))
        heapq.heappush(book.pending, (due, next(self._order), submission, stat))

    def _promote(self, book: _Book, *, everything: bool = False) -> None:
        now = self._clock()
        while book.pending and (everything or book.pending[0][0] <= now):
            due, _, submission, stat = heapq.heappop(book.pending)
            book.reports.append(report_item(submission, stat, min(due, now)))
            book.stats[submission.mid] = stat

    def flush_reports(self) -> None:
        with self._lock:
            for book in self._books.values():
                self._promote(book, everything=True)

    def inject_inbound(self, account: str, mobile: str, content: str,
                       access_code: str | None) -> str:
        with self._lock:
            book = self._book(account)
            mid = self._new_mid()
            # A phone answers the number its latest message came from, extension and all.
            code = book.reply_to.get(mobile, book.config.extno) if access_code is None \
                else access_code
            book.inbound.append(inbound_item(account, mid, code, mobile, content, self._clock()))
            return mid

    def inject_report(self, account: str, mobile: str, stat: str, extno: str | None) -> str:
        """A report still owed for a message sent before this simulator ran: queued now."""
        with self._lock:
            book = self._book(account)
            now = self._clock()
            earlier = Submission(account, mobile, "", self._new_mid(), "send",
                                 book.config.extno if extno is None else extno, now, 1, 0)
            book.reports.append(report_item(earlier, stat, now))
            return earlier.mid

    # --- pulling --------------------------------------------------------------------------
    def pull(self, account: str, kind: Literal["report", "mo"], size: int) -> list[Item]:
        """Hand out up to ``size`` items once, oldest first; nothing while push is set up."""
        with self._lock:
            book = self._book(account)
            if book.push_url:
                return []
            self._promote(book)
            taken: list[Item] = []
            if kind == "mo":
                misrouted = self._faults.take_misroutes(min(len(book.reports), size))
                taken += [book.reports.popleft() for _ in range(misrouted)]
            queue = book.reports if kind == "report" else book.inbound
            while queue and len(taken) < size:
                taken.append(queue.popleft())
            return taken

    # --- pushing --------------------------------------------------------------------------
    def take_push(self, limit: int,
                  skip: Collection[str] = ()) -> list[tuple[str, str, list[Item]]]:
        """(account, url, items) for every account with a push URL and something to push."""
        batches: list[tuple[str, str, list[Item]]] = []
        with self._lock:
            for name, book in self._books.items():
                if not book.push_url or name in skip:
                    continue
                self._promote(book)
                items: list[Item] = []
                for queue in (book.reports, book.inbound):
                    while queue and len(items) < limit:
                        items.append(queue.popleft())
                if items:
                    batches.append((name, book.push_url, items))
        return batches

    def settle_push(self, account: str, items: list[Item], delivered: bool) -> None:
        """Count a delivered batch, or put a failed one back in front, in its order."""
        with self._lock:
            book = self._book(account)
            if delivered:
                book.pushed += len(items)
                return
            for item in reversed(items):
                (book.reports if item["flag"] == 1 else book.inbound).appendleft(item)

    # --- statistics and snapshots ---------------------------------------------------------
    def statis_due(self, account: str, min_interval: float, monotonic_now: float) -> bool:
        """True (and the call is recorded) unless the last one was under ``min_interval`` ago."""
        with self._lock:
            book = self._book(account)
            if book.last_statis is not None and monotonic_now - book.last_statis < min_interval:
                return False
            book.last_statis = monotonic_now
            return True

    def statis(self, account: str, begin: dt.date, end: dt.date) -> list[Item]:
        with self._lock:
            book = self._book(account)
            self._promote(book)
            return statis_rows(book.submissions, book.stats, begin, end)

    # --- keeping an account across runs (the demo) -------------------------------------------
    def snapshot(self, account: str) -> dict[str, Any]:
        """The account's books as plain JSON values: balance, accepted numbers, the reports
        not yet due or not yet fetched, the replies waiting (``saved_state.py``)."""
        with self._lock:
            book = self._book(account)
            return {
                "balance": book.balance,
                "submissions": [_submission_json(s) for s in book.submissions],
                "pending": [{"due": due.isoformat(), "stat": stat,
                             "submission": _submission_json(submission)}
                            for due, _, submission, stat in sorted(book.pending)],
                "reports": list(book.reports),
                "inbound": list(book.inbound),
                "stats": dict(book.stats),
                "reply_to": dict(book.reply_to),
            }

    def restore(self, account: str, saved: Mapping[str, Any]) -> None:
        """Put back what ``snapshot`` gave (raises KeyError/TypeError/ValueError when it is
        not that, leaving the books as they were)."""
        submissions = [_submission_of(s) for s in saved["submissions"]]
        pending = [(dt.datetime.fromisoformat(p["due"]), str(p["stat"]),
                    _submission_of(p["submission"])) for p in saved["pending"]]
        balance = int(saved["balance"])
        reports, inbound = list(saved["reports"]), list(saved["inbound"])
        stats = {str(k): str(v) for k, v in dict(saved["stats"]).items()}
        reply_to = {str(k): str(v) for k, v in dict(saved["reply_to"]).items()}
        with self._lock:
            book = self._book(account)
            book.balance = balance
            book.submissions = submissions
            book.pending = []
            for due, stat, submission in pending:
                heapq.heappush(book.pending, (due, next(self._order), submission, stat))
            book.reports = deque(reports)
            book.inbound = deque(inbound)
            book.stats = stats
            book.reply_to = reply_to

    def submissions(self, account: str) -> list[Submission]:
        with self._lock:
            return list(self._book(account).submissions)

    def state(self, account: str) -> AccountState:
        with self._lock:
            book = self._book(account)
            self._promote(book)
            return AccountState(
                account=account, balance=book.balance, charge_type=book.config.charge_type,
                enabled=book.enabled, push_url=book.push_url,
                submitted=len(book.submissions), pending_reports=len(book.pending),
                queued_reports=len(book.reports), queued_inbound=len(book.inbound),
                pushed=book.pushed, in_flight=book.in_flight,
            )



def _submission_json(submission: Submission) -> dict[str, Any]:
    return {"account": submission.account, "mobile": submission.mobile,
            "content": submission.content, "mid": submission.mid, "action": submission.action,
            "extno": submission.extno, "time": submission.time.isoformat(),
            "parts": submission.parts, "cost": submission.cost}


def _submission_of(value: Mapping[str, Any]) -> Submission:
    action = value["action"]
    if action not in ("send", "p2p"):
        raise ValueError(f"not an action: {action!r}")
    return Submission(str(value["account"]), str(value["mobile"]), str(value["content"]),
                      str(value["mid"]), action, str(value["extno"]),
                      dt.datetime.fromisoformat(value["time"]), int(value["parts"]),
                      int(value["cost"]))
