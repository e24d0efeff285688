"""Rows to records; the column lists the reads select."""

from __future__ import annotations

from typing import cast

from juhe_desk.store.connection import Row
from juhe_desk.store.records import (
    Batch,
    BatchAction,
    BatchState,
    Campaign,
    CampaignMode,
    CampaignState,
    InboundRecord,
    Message,
    MessageStatus,
    OptOut,
    OptOutReview,
    OptOutSource,
    ReplyLink,
    ReportRecord,
    Via,
)

CAMPAIGN_COLUMNS = ("id, account_id, name, mode, state, created_at, scheduled_at, source_file,"
                    " parent_campaign_id, content, extno, signature, reply_suffix, desk_id")
BATCH_COLUMNS = ("id, campaign_id, seq, action, state, attempts, request_started_at,"
                 " finished_at, error_code, error_text, desk_id")
MESSAGE_COLUMNS = ("id, campaign_id, batch_id, row_index, mobile, content, parts, mid, result,"
                   " status, stat, stat_time, updated_at")
REPORT_COLUMNS = ("id, mid, mobile, stat, time, access_code, received_at, via, campaign_id,"
                  " message_id, raw, carrier")
INBOUND_COLUMNS = ("id, mid, mobile, content, time, access_code, received_at, via, campaign_id,"
                   " raw, optout_review, message_id, link_kind")


def campaign(row: Row) -> Campaign:
    return Campaign(
        id=row["id"], account_id=row["account_id"], name=row["name"],
        mode=cast(CampaignMode, row["mode"]), state=cast(CampaignState, row["state"]),
        created_at=row["created_at"], scheduled_at=row["scheduled_at"],
        source_file=row["source_file"], parent_campaign_id=row["parent_campaign_id"],
        content=row["content"], extno=row["extno"], signature=row["signature"],
        reply_suffix=row["reply_suffix"], desk_id=row["desk_id"],
    )


def batch(row: Row) -> Batch:
    return Batch(
        id=row["id"], campaign_id=row["campaign_id"], seq=row["seq"],
        action=cast(BatchAction, row["action"]), state=cast(BatchState, row["state"]),
        attempts=row["attempts"], request_started_at=row["request_started_at"],
        finished_at=row["finished_at"], error_code=row["error_code"],
        error_text=row["error_text"], desk_id=row["desk_id"],
    )


def message(row: Row) -> Message:
    return Message(
        id=row["id"], campaign_id=row["campaign_id"], batch_id=row["batch_id"],
        row_index=row["row_index"], mobile=row["mobile"], content=row["content"],
        parts=row["parts"], mid=row["mid"], result=row["result"],
        status=cast(MessageStatus, row["status"]), stat=row["stat"],
        stat_time=row["stat_time"], updated_at=row["updated_at"],
    )


def report(row: Row) -> ReportRecord:
    return ReportRecord(
        id=row["id"], mid=row["mid"], mobile=row["mobile"], stat=row["stat"], time=row["time"],
        access_code=row["access_code"], received_at=row["received_at"],
        via=cast(Via, row["via"]), campaign_id=row["campaign_id"],
        message_id=row["message_id"], raw=row["raw"], carrier=row["carrier"],
    )


def inbound(row: Row) -> InboundRecord:
    return InboundRecord(
        id=row["id"], mid=row["mid"], mobile=row["mobile"], content=row["content"],
        time=row["time"], access_code=row["access_code"], received_at=row["received_at"],
        via=cast(Via, row["via"]), campaign_id=row["campaign_id"], raw=row["raw"],
        review=cast("OptOutReview | None", row["optout_review"]),
        message_id=row["message_id"], link_kind=cast("ReplyLink | None", row["link_kind"]),
    )


def opt_out(row: Row) -> OptOut:
    return OptOut(mobile=row["mobile"], added_at=row["added_at"],
                  source=cast(OptOutSource, row["source"]), note=row["note"])
