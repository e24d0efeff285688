"""After a crash: what became of each unfinished campaign, and getting one going again.

At start the app first calls ``store.recover_interrupted_batches()``; then
``recovery_report`` tells, per campaign, how many messages went, how many did not, and how
many are uncertain. ``resume`` prepares a campaign for ``CampaignSender`` again. Neither
ever re-sends an uncertain batch, and no delivery report settles one: the user decides each
one, through ``store.resolve_uncertain_batch`` ("it went" / "send it again"), helped by
the reports that arrived for its numbers (``store.uncertain_evidence``), as
protocol-notes.md says. A report changes a message only when its mid is one the gateway
answered for that message, or after the user said the batch went.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from juhe_desk.domain.textlen import resigned, sms_parts
from juhe_desk.services.due_start import saving_elsewhere
from juhe_desk.store import Batch, Campaign, CampaignState, MessageFilter, MessageStatus, Store

UNFINISHED_STATES: tuple[CampaignState, ...] = ("sending", "paused", "scheduled")


class ResumeError(Exception):
    """A campaign that cannot be resumed; ``text(lang)`` says why in the user's words."""

    def __init__(self, message: str, *, message_en: str) -> None:
        super().__init__(message)
        self.message = message
        self.message_en = message_en

    def text(self, lang: str = "zh_CN") -> str:
        return self.message_en if lang.startswith("en") else self.message


@dataclass(frozen=True, slots=True)
class UncertainBatch:
    """A batch whose request may or may not have reached the gateway."""

    batch_id: int
    seq: int
    messages: int
    request_started_at: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class CampaignRecovery:
    """Where one unfinished campaign stands, message by message."""

    campaign_id: int
    name: str
    state: CampaignState
    scheduled_at: str | None
    total: int
    submitted: int  # accepted by the gateway, awaiting a delivery report
    delivered: int
    failed: int
    refused: int  # answered by the gateway with a RESULT other than 0
    not_sent: int
    uncertain: int
    uncertain_batches: tuple[UncertainBatch, ...] = ()
    account_id: str = ""  # whose campaign it is
    # Messages never saved (the app stopped or the disk failed while the campaign was
    # saved in steps, campaign_saving.py): never sent either; only the sheet has them.
    unsaved: int = 0
    # Set when those messages are not lost but still being saved by this desk of the team
    # (store/saving_desks.py): they come, and go, once it has saved them.
    saving_desk: str = ""

    @property
    def went(self) -> int:
        """Messages the gateway answered for: accepted, delivered, failed or refused."""
        return self.submitted + self.delivered + self.failed + self.refused

    @property
    def started(self) -> bool:
        return self.went + self.uncertain + self.unsaved > 0

    @property
    def waits_for_its_time(self) -> bool:
        """Scheduled and nothing sent: its messages not saved yet are not lost but still
        being saved at another desk; its start waits for that (services/due_start.py)."""
        return (self.state == "scheduled" and self.went + self.uncertain == 0
                and (not self.unsaved or bool(self.saving_desk)))

    def text(self, lang: str = "zh_CN") -> str:
        return self._text_en() if lang.startswith("en") else self._text_zh()

    def _text_zh(self) -> str:
        if not self.started:
            when = f"定于 {self.scheduled_at} " if self.scheduled_at else ""
            return f"群发任务“{self.name}”{when}尚未开始发送，共 {self.not_sent} 条。"
        refused = f"（其中 {self.refused} 条被网关拒收）" if self.refused else ""
        parts = [f"群发任务“{self.name}”没有发完：已发出 {self.went} 条{refused}，"
                 f"未发出 {self.not_sent} 条，不确定是否已发出 {self.uncertain} 条。"]
        if self.uncertain_batches:
            parts.append(f"不确定的 {len(self.uncertain_batches)} 个批次不会自动重发："
                         "请等待状态报告，或逐批确认“已发出”或“重新发送”。")
        if self.not_sent:
            parts.append(f"点“继续发送”可发出其余 {self.not_sent} 条。")
        if self.unsaved and self.saving_desk:
            parts.append(f"另有 {self.unsaved} 条还在“{self.saving_desk}”保存中，"
                         "保存完后才能继续发送。")
        elif self.unsaved:
            parts.append(f"另有 {self.unsaved} 条在保存时程序退出，没有保存、也没有发送："
                         "请从表格重新发送这些行。")
        return "".join(parts)

    def _text_en(self) -> str:
        if not self.started:
            when = f" is scheduled for {self.scheduled_at} and" if self.scheduled_at else ""
            return (f"Campaign \"{self.name}\"{when} has not started sending:"
                    f" {self.not_sent} messages.")
        refused = f" ({self.refused} of them refused by the gateway)" if self.refused else ""
        parts = [f"Campaign \"{self.name}\" did not finish: {self.went} sent{refused},"
                 f" {self.not_sent} not sent, {self.uncertain} uncertain."]
        if self.uncertain_batches:
            parts.append(f"The {len(self.uncertain_batches)} uncertain batch(es) are never"
                         " sent again by themselves: wait for the delivery reports, or mark"
                         " each one as \"it went\" or \"send it again\".")
        if self.not_sent:
            parts.append(f"Choose \"Resume sending\" to send the other {self.not_sent}.")
        if self.unsaved and self.saving_desk:
            parts.append(f"{self.unsaved} more are still being saved at"
                         f" \"{self.saving_desk}\"; it can resume once they are saved.")
        elif self.unsaved:
            parts.append(f"{self.unsaved} more were never saved (the app stopped while"
                         " saving the campaign), so never sent: send those rows again from"
                         " the sheet.")
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class RecoveryReport:
    """Every unfinished campaign, oldest first."""

    campaigns: tuple[CampaignRecovery, ...] = ()

    @property
    def needs_attention(self) -> bool:
        return bool(self.campaigns)

    def campaign(self, campaign_id: int) -> CampaignRecovery | None:
        return next((c for c in self.campaigns if c.campaign_id == campaign_id), None)

    def text(self, lang: str = "zh_CN") -> str:
        if not self.campaigns:
            return ("No campaign was left unfinished." if lang.startswith("en")
                    else "没有未完成的群发任务。")
        return "\n".join(c.text(lang) for c in self.campaigns)


@dataclass(frozen=True, slots=True)
class ResumeSummary:
    """What a resumed campaign will send now, and the uncertain batches it leaves alone."""

    campaign: Campaign
    batches_to_send: int
    messages_to_send: int
    uncertain_batches: tuple[UncertainBatch, ...] = ()
    new_signature: str = ""  # set when the unsent texts now carry the account's signature
    new_extno: str = ""  # set when the rest goes with the account's extno

    def text(self, lang: str = "zh_CN") -> str:
        waiting = len(self.uncertain_batches)
        if lang.startswith("en"):
            text = (f"{self.messages_to_send} messages in {self.batches_to_send} batch(es)"
                    " will be sent.")
            if self.new_signature:
                text += f" They now carry the account's signature {self.new_signature}."
            if self.new_extno:
                text += f" They go with the account's extension number {self.new_extno}."
            if waiting:
                text += f" {waiting} uncertain batch(es) wait for your decision."
            return text
        text = f"将发送 {self.messages_to_send} 条（{self.batches_to_send} 个批次）。"
        if self.new_signature:
            text += f"这些短信已改用账户现在的签名{self.new_signature}。"
        if self.new_extno:
            text += f"这些短信将使用账户现在的扩展号 {self.new_extno}。"
        if waiting:
            text += f"{waiting} 个不确定的批次等待您确认，不会自动重发。"
        return text


def recovery_report(store: Store) -> RecoveryReport:
    """Unfinished campaigns (sending, paused or scheduled, with planned or uncertain batches).

    A batch still ``sending`` (the app has not yet marked interrupted batches) counts as
    uncertain too: its request may have left. A campaign another desk of the team is
    sending now is that desk's business, not listed.
    """
    open_batches: dict[int, list[Batch]] = {}
    for batch in store.unfinished_batches():
        open_batches.setdefault(batch.campaign_id, []).append(batch)
    unsaved = {part.campaign_id: part.messages_unsaved for part in store.partly_saved()}
    for campaign_id in unsaved:
        open_batches.setdefault(campaign_id, [])
    campaigns: list[CampaignRecovery] = []
    for campaign_id in sorted(open_batches):
        campaign = store.get_campaign(campaign_id)
        sender = store.campaign_sender(campaign_id)
        if sender is not None and not sender.is_this_desk:
            continue  # another desk of the team is sending it: not unfinished here
        if campaign.state in UNFINISHED_STATES:
            recovery = _campaign_recovery(store, campaign, open_batches[campaign_id],
                                          unsaved.get(campaign_id, 0))
            saver = store.saving_elsewhere(campaign_id) if recovery.unsaved else None
            if saver is not None:  # not lost: that desk is saving them now
                recovery = replace(recovery, saving_desk=saver.name)
            campaigns.append(recovery)
    return RecoveryReport(tuple(campaigns))


def resume(store: Store, campaign_id: int, *, extno: str | None = None,
           signatures: Sequence[str] = ()) -> ResumeSummary:
    """Make the campaign sendable again; its uncertain batches stay as they are.

    With batches left to send the campaign becomes ``sending`` (run ``CampaignSender``
    next); with none, it waits as ``paused`` for the user's decision on the uncertain ones.
    Given the account's ``extno`` and ``signatures`` as they are now, what is left goes
    with them: a campaign stopped by RESULT 10 or 17 (extno or signature refused) then
    resumes with what the user has fixed. Call it only while no sender runs for it here;
    on a team's shared database it refuses while another desk sends it, and takes over
    from a desk that is gone (its batches in flight stay uncertain).
    """
    campaign = store.get_campaign(campaign_id)
    if campaign.state not in UNFINISHED_STATES:
        raise ResumeError(
            f"群发任务“{campaign.name}”{_STATE_ZH.get(campaign.state, campaign.state)}，"
            "不能继续发送。",
            message_en=f"Campaign \"{campaign.name}\" is {campaign.state}; it cannot resume.")
    sender = store.campaign_sender(campaign_id)
    if sender is not None and not sender.is_this_desk:  # a team's desk sends it now
        raise ResumeError(
            f"群发任务“{campaign.name}”正在由“{sender.name}”发送，请等它发完，或请那台电脑先暂停它。",
            message_en=f"Campaign \"{campaign.name}\" is being sent by \"{sender.name}\";"
                       " wait until it is done, or ask that desk to pause it first.")
    _refuse_while_saved_elsewhere(store, campaign)
    # Another desk that sent it and is gone: what it had in flight becomes uncertain.
    store.recover_interrupted_batches(own_too=False, campaign_id=campaign_id)
    batches = store.campaign_batches(campaign_id)
    if any(b.state == "sending" for b in batches):
        raise ResumeError(
            f"群发任务“{campaign.name}”还有批次正在发送，请等它结束。",
            message_en=f"Campaign \"{campaign.name}\" has a batch being sent; wait for it.")
    planned = [b for b in batches if b.state == "planned"]
    uncertain = tuple(_uncertain_batch(store, b) for b in batches if b.state == "uncertain")
    new_signature = new_extno = ""
    if planned:
        new_signature, new_extno = _bring_up_to_date(store, campaign, planned, extno,
                                                     signatures)
    wanted: CampaignState = "sending" if planned else "paused"
    if campaign.state != wanted:
        campaign = store.set_campaign_state(campaign_id, wanted)
    else:
        campaign = store.get_campaign(campaign_id)
    messages = sum(_count(store, b.id, "pending") for b in planned)
    return ResumeSummary(campaign, len(planned), messages, uncertain, new_signature, new_extno)


def _refuse_while_saved_elsewhere(store: Store, campaign: Campaign) -> None:
    """A campaign another desk is still saving in steps: its sender there sends the rest
    as it is saved; here it would stop at the last saved batch as if the rest were lost."""
    saving = saving_elsewhere(store, campaign.id)
    if saving is None:
        return
    raise ResumeError(
        f"群发任务“{campaign.name}”还在“{saving.desk}”保存中（已保存 {saving.saved}"
        f" / {saving.total} 条），请等它保存完再继续发送。",
        message_en=f"Campaign \"{campaign.name}\" is still being saved at \"{saving.desk}\""
                   f" ({saving.saved} of {saving.total} messages saved);"
                   " resume it once it is saved.")


def _bring_up_to_date(store: Store, campaign: Campaign, planned: list[Batch],
                      extno: str | None, signatures: Sequence[str]) -> tuple[str, str]:
    """The account's extno and signature for the messages not sent yet; what changed."""
    signature = campaign.signature
    if signatures and signature not in signatures:
        signature = signatures[0]
    # The account's 接入号 as it is now, with the campaign's own extension (if it has one).
    extno = campaign.extno if extno is None else extno + (campaign.reply_suffix or "")
    if (signature, extno) == (campaign.signature, campaign.extno):
        return "", ""
    texts = {m.id: resigned(m.content, campaign.signature, signature)
             for batch in planned for m in store.batch_messages(batch.id)}
    content = campaign.content
    if content is not None:
        content = resigned(content, campaign.signature, signature)
    store.rewrite_unsent(campaign.id, texts, {i: sms_parts(t) for i, t in texts.items()},
                         extno=extno, signature=signature, content=content)
    return (signature if signature != campaign.signature else "",
            extno if extno != campaign.extno else "")


def _campaign_recovery(store: Store, campaign: Campaign, open_batches: list[Batch],
                       unsaved: int) -> CampaignRecovery:
    totals = store.campaign_totals(campaign.id)
    # Messages of a batch still marked 'sending' are 'pending', yet may have gone.
    in_flight = sum(_count(store, b.id, "pending") for b in open_batches
                    if b.state == "sending")
    uncertain = tuple(_uncertain_batch(store, b) for b in open_batches
                      if b.state in ("sending", "uncertain"))
    return CampaignRecovery(
        campaign_id=campaign.id, name=campaign.name, state=campaign.state,
        scheduled_at=campaign.scheduled_at, total=totals.total,
        submitted=totals.submitted, delivered=totals.delivered, failed=totals.failed,
        refused=totals.refused, not_sent=totals.pending - in_flight,
        uncertain=totals.uncertain + in_flight, uncertain_batches=uncertain,
        account_id=campaign.account_id, unsaved=unsaved)


def _uncertain_batch(store: Store, batch: Batch) -> UncertainBatch:
    # The numbers its request carried: not those left out because they had opted out.
    return UncertainBatch(batch.id, batch.seq, _count(store, batch.id, "pending", "uncertain"),
                          batch.request_started_at, batch.error_text)


def _count(store: Store, batch_id: int, *statuses: MessageStatus) -> int:
    return store.count_messages(MessageFilter(batch_id=batch_id, statuses=statuses))


_STATE_ZH: dict[str, str] = {"done": "已经发送完毕", "cancelled": "已经取消", "draft": "还是草稿"}
