"""The local store: one SQLite file (or a team's shared database) with the accounts, the send
journal and what came back.

The names below load on first use (``juhe_desk.lazy_exports``): importing one module of the
package (the command line's ``shared_address``, the records) does not bring in every other
one with it; what the window needs comes when it is first asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from juhe_desk.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from juhe_desk.store.campaign_saving import PartlySaved
    from juhe_desk.store.conversation_records import (
        Conversation,
        ConversationFilter,
        ConversationSummary,
        QuickReply,
        TimelineEntry,
    )
    from juhe_desk.store.desk_identity import DeskIdentity
    from juhe_desk.store.desks import CampaignBusyError, CampaignDesk, DeskInfo
    from juhe_desk.store.errors import (
        IllegalTransitionError,
        NoRoomForBackupError,
        NotFoundError,
        StoreClosedError,
        StoreDamagedError,
        StoreError,
        StoreOpenError,
        StoreTooNewError,
    )
    from juhe_desk.store.queries import (
        InboundFilter,
        InboundOrder,
        MessageFilter,
        MessageOrder,
        ReportFilter,
        ReportOrder,
    )
    from juhe_desk.store.records import (
        Account,
        Batch,
        BatchAction,
        BatchStart,
        BatchState,
        Campaign,
        CampaignMode,
        CampaignState,
        CampaignTotals,
        CarrierOutcome,
        InboundRecord,
        Message,
        MessageStatus,
        NewBatch,
        NewCampaign,
        NewMessage,
        OptOut,
        OptOutReview,
        OptOutsAdded,
        OptOutSource,
        PasswordMode,
        ReplyLink,
        ReportRecord,
        ResolvedBatch,
        SubmitSummary,
        Template,
        UncertainEvidence,
        Via,
    )
    from juhe_desk.store.repeats import REPEAT_WINDOW, EarlierSend, RepeatCheck
    from juhe_desk.store.schema import SCHEMA_VERSION
    from juhe_desk.store.store import Store

_HOMES = {  # module: the names it gives
    "campaign_saving": ("PartlySaved",),
    "conversation_records": (
        "Conversation", "ConversationFilter", "ConversationSummary", "QuickReply", "TimelineEntry",
    ),
    "desk_identity": ("DeskIdentity",),
    "desks": ("CampaignBusyError", "CampaignDesk", "DeskInfo"),
    "errors": (
        "IllegalTransitionError", "NoRoomForBackupError", "NotFoundError", "StoreClosedError",
        "StoreDamagedError", "StoreError", "StoreOpenError", "StoreTooNewError",
    ),
    "queries": (
        "InboundFilter", "InboundOrder", "MessageFilter", "MessageOrder", "ReportFilter",
        "ReportOrder",
    ),
    "records": (
        "Account", "Batch", "BatchAction", "BatchStart", "BatchState", "Campaign", "CampaignMode",
        "CampaignState", "CampaignTotals", "CarrierOutcome", "InboundRecord", "Message",
        "MessageStatus", "NewBatch", "NewCampaign", "NewMessage", "OptOut", "OptOutReview",
        "OptOutsAdded", "OptOutSource", "PasswordMode", "ReplyLink", "ReportRecord",
        "ResolvedBatch", "SubmitSummary", "Template", "UncertainEvidence", "Via",
    ),
    "repeats": ("REPEAT_WINDOW", "EarlierSend", "RepeatCheck"),
    "schema": ("SCHEMA_VERSION",),
    "store": ("Store",),
}
__getattr__ = lazy_exports(__name__, _HOMES)


__all__ = [
    "REPEAT_WINDOW",
    "SCHEMA_VERSION",
    "Account",
    "Batch",
    "BatchAction",
    "BatchStart",
    "BatchState",
    "Campaign",
    "CampaignBusyError",
    "CampaignDesk",
    "CampaignMode",
    "CampaignState",
    "CampaignTotals",
    "CarrierOutcome",
    "Conversation",
    "ConversationFilter",
    "ConversationSummary",
    "DeskIdentity",
    "DeskInfo",
    "EarlierSend",
    "IllegalTransitionError",
    "InboundFilter",
    "InboundOrder",
    "InboundRecord",
    "Message",
    "MessageFilter",
    "MessageOrder",
    "MessageStatus",
    "NewBatch",
    "NewCampaign",
    "NewMessage",
    "NoRoomForBackupError",
    "NotFoundError",
    "OptOut",
    "OptOutReview",
    "OptOutSource",
    "OptOutsAdded",
    "PartlySaved",
    "PasswordMode",
    "QuickReply",
    "RepeatCheck",
    "ReplyLink",
    "ReportFilter",
    "ReportOrder",
    "ReportRecord",
    "ResolvedBatch",
    "Store",
    "StoreClosedError",
    "StoreDamagedError",
    "StoreError",
    "StoreOpenError",
    "StoreTooNewError",
    "SubmitSummary",
    "Template",
    "TimelineEntry",
    "UncertainEvidence",
    "Via",
]
