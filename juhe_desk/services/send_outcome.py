"""What a send run tells its caller: the options it ran with, its progress as it goes, and
the report of how it ended; and ``RunTally``, the counts its threads share with the report
that stops the run (a pause or a stop, in the user's words).

The send engine itself (which batch goes when, the journal's steps) is ``sending.py``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from juhe_desk.gateway.codes import describe_result
from juhe_desk.gateway.errors import GatewayError

Outcome = Literal["done", "cancelled", "paused", "stopped"]
DEFAULT_PARALLEL = 2  # requests at a time, unless the user chose otherwise (send_settings.py)


@dataclass(frozen=True, slots=True)
class SendProgress:
    campaign_id: int
    batches_done: int
    batches_total: int
    accepted: int
    refused: int
    uncertain: int
    balance: int | None = None
    opted_out: int = 0  # left out because they opted out after they were chosen


@dataclass(frozen=True, slots=True)
class SendReport:
    """How a run ended. ``reason``/``reason_en`` explain a pause or stop in the user's words."""

    campaign_id: int
    outcome: Outcome
    progress: SendProgress
    reason: str = ""
    reason_en: str = ""
    error_code: int | None = None
    # Messages of the campaign not sent because their number opted out after it was chosen
    # (while the send was confirmed, in this run or in an earlier one).
    opted_out_total: int = 0
    # Set when the user cancelled the rest (``campaigns.give_up_unsent``): the messages
    # that will now never be sent.
    given_up: int | None = None

    def text(self, lang: str = "zh_CN") -> str:
        return self.reason_en if lang.startswith("en") else self.reason


@dataclass
class SendOptions:
    parallel: int = DEFAULT_PARALLEL
    pacing_s: float = 0.0  # least time between the starts of two requests
    busy_retries: int = 5  # STATUS 21 after the client's own retries
    busy_backoff_s: float = 2.0


@dataclass
class RunTally:
    """What a run's threads share, under ``lock``: the counts so far, the last balance the
    gateway told, and the report that stops the run (pause or stop), once there is one.
    Each change of the counts is passed to ``progress`` (on the thread that made it)."""

    campaign_id: int
    progress: Callable[[SendProgress], None]
    total: int = 0
    done: int = 0
    accepted: int = 0
    refused: int = 0
    uncertain: int = 0
    opted_out: int = 0
    balance: int | None = None
    stop: SendReport | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, accepted: int = 0, refused: int = 0, uncertain: int = 0) -> None:
        """One more batch done, with what became of its numbers."""
        with self.lock:
            self.done += 1
            self.accepted += accepted
            self.refused += refused
            self.uncertain += uncertain
            snapshot = self.snapshot()
        self.progress(snapshot)

    def count_left_out(self, numbers: int) -> None:
        with self.lock:
            self.opted_out += numbers

    def tell_balance(self, balance: int | None) -> None:
        if balance is not None:
            with self.lock:
                self.balance = balance

    def snapshot(self) -> SendProgress:
        return SendProgress(self.campaign_id, self.done, self.total, self.accepted,
                            self.refused, self.uncertain, self.balance, self.opted_out)

    def halt(self, outcome: Outcome, error: GatewayError) -> None:
        """Stop the run before its next batch, for this gateway error."""
        self._halt_once(outcome, error.text("zh_CN"), error.text("en"), error.code)

    def halt_result(self, outcome: Outcome, code: int) -> None:
        """Stop the run before its next batch, for this RESULT code of an answer."""
        info = describe_result(code)
        self._halt_once(outcome, f"{info.meaning('zh_CN')} {info.fix('zh_CN')}".strip(),
                        f"{info.meaning('en')} {info.fix('en')}".strip(), code)

    def halt_paused_elsewhere(self) -> None:
        self._halt_once("paused", "这个群发任务在另一台电脑上被暂停了，剩下的没有发送。",
                        "This campaign was paused at another desk; the rest was not sent.")

    def halt_part_unsaved(self, saved: int, total: int) -> None:
        """The campaign's saving stopped part way: what was saved went, the rest cannot."""
        self._halt_once(
            "stopped",
            f"这个群发任务只保存了 {total} 条中的 {saved} 条（保存时出错或程序退出）：已保存的"
            "都已处理，其余的没有保存、也没有发送。请从表格重新发送这些行。",
            f"Only {saved} of this campaign's {total} messages were saved (saving failed or"
            " the app stopped): those saved were handled; the rest were neither saved nor"
            " sent. Send those rows again from the sheet.")

    def _halt_once(self, outcome: Outcome, reason: str, reason_en: str,
                   code: int | None = None) -> None:
        with self.lock:
            if self.stop is None:
                self.stop = SendReport(self.campaign_id, outcome, self.snapshot(), reason,
                                       reason_en, code)
