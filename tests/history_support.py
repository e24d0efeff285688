"""A small history of one desk (a campaign sent and reported on, a reply, an opt-out, a
template, a quick reply), for the tests of moving a desk's history in."""

from __future__ import annotations

from juhe_desk.gateway.models import DeliveryReport, InboundMessage, SubmitResult
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.store import Account, Store

ACCOUNT, EXTNO = "922011", "1069012345"


def history(store: Store, prefix: str, mobiles: list[str]) -> int:
    """A sent campaign with reports for every number, a reply from the first, an opt-out,
    a template and a quick reply; the campaign's id."""
    store.save_account(Account(ACCOUNT, "http://127.0.0.1:1", extno=EXTNO))
    campaign = create_campaign_from_messages(
        store, account_id=ACCOUNT, name=f"{prefix}活动", extno=EXTNO,
        messages=[(m, f"【聚合云信】{prefix}") for m in mobiles], batch_size=3)
    for batch in store.campaign_batches(campaign.id):
        numbers = [m.mobile for m in store.batch_messages(batch.id)]
        store.start_batch(batch.id)
        store.batch_submitted(batch.id, [SubmitResult(m, f"{prefix}-{m}", 0) for m in numbers])
    store.add_reports([DeliveryReport(f"{prefix}-{m}", m, "DELIVRD", "2026-11-01 10:00:00")
                       for m in mobiles], "pull")
    store.add_inbound([InboundMessage(f"{prefix}-mo", mobiles[0], "几点开门？",
                                      "2026-11-01 10:05:00", EXTNO)], "pull")
    store.add_opt_outs([mobiles[-1]], "manual")
    store.add_template(f"{prefix}模板", "【聚合云信】{姓名}您好")
    store.add_quick_reply(f"{prefix}地址", "本店地址：人民路1号")
    return campaign.id
