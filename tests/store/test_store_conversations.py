"""Conversations in the store: replies linked to what they answer (exactly by a campaign's own
extension, else a guess), per-number unread counts, the list and its search, one number's
timeline, campaigns' extensions, customers' names and quick replies."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_support import FakeClock

from juhe_desk.gateway.models import DeliveryReport, InboundMessage, SubmitResult
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.store import (
    Account,
    Campaign,
    ConversationFilter,
    NotFoundError,
    Store,
)
from juhe_desk.store.conversations_schema import CONVERSATIONS
from juhe_desk.store.database import Database
from juhe_desk.store.schema import MIGRATIONS

ACCOUNT, EXTNO = "922011", "1069012345"
TEXT = "【聚合云信】春季新品到店"


def account(store: Store, digits: int = 0, extno: str = EXTNO) -> None:
    store.save_account(Account(ACCOUNT, "http://127.0.0.1:1", extno=extno,
                               reply_extension_digits=digits))


def sent(store: Store, clock: FakeClock, name: str, *mobiles: str,
         text: str = TEXT) -> Campaign:
    """A campaign through the service (it takes its extension there), sent and accepted."""
    campaign = create_campaign_from_messages(store, account_id=ACCOUNT, name=name, extno=EXTNO,
                               messages=[(m, text) for m in mobiles], batch_size=200)
    for batch in store.campaign_batches(campaign.id):
        store.start_batch(batch.id)
        store.batch_submitted(batch.id, [SubmitResult(m, f"{name}-{m}", 0) for m in mobiles])
    clock.advance(60)
    return store.get_campaign(campaign.id)


def reply(store: Store, mobile: str, content: str, time: str, access_code: str = EXTNO,
          mid: str | None = None) -> None:
    store.add_inbound([InboundMessage(mid or f"{mobile}-{time}", mobile, content, time,
                                      access_code)], "pull")


def test_without_extensions_a_reply_is_linked_to_the_latest_message_as_a_guess(
        store: Store, clock: FakeClock) -> None:
    account(store)
    first = sent(store, clock, "春季上新", "13800000001")
    second = sent(store, clock, "会员日", "13800000001")
    assert first.extno == second.extno == EXTNO and first.reply_suffix is None

    reply(store, "13800000001", "几点开门？", "2026-11-01 09:30:00")

    (stored,) = store.fetch_inbound()
    message = store.batch_messages(store.campaign_batches(second.id)[0].id)[0]
    assert (stored.campaign_id, stored.message_id, stored.link_kind) == (
        second.id, message.id, "guess")


def test_a_reply_to_a_campaigns_extension_is_matched_to_it_exactly(
        store: Store, clock: FakeClock) -> None:
    account(store, digits=2)
    first = sent(store, clock, "春季上新", "13800000001", "13800000002")
    second = sent(store, clock, "会员日", "13800000001")
    assert (first.reply_suffix, first.extno) == ("01", EXTNO + "01")
    assert (second.reply_suffix, second.extno) == ("02", EXTNO + "02")

    # The customer answers the older campaign: its extension says so.
    reply(store, "13800000001", "春季的还有吗", "2026-11-01 09:30:00", EXTNO + "01")
    # A reply to the plain 接入号 (or to an extension nobody used) is a guess.
    reply(store, "13800000001", "好的", "2026-11-01 09:31:00", EXTNO)
    reply(store, "13800000002", "收到", "2026-11-01 09:32:00", EXTNO + "77")

    by_text = {r.content: r for r in store.fetch_inbound()}
    assert (by_text["春季的还有吗"].campaign_id, by_text["春季的还有吗"].link_kind) == (
        first.id, "exact")
    assert (by_text["好的"].campaign_id, by_text["好的"].link_kind) == (second.id, "guess")
    assert (by_text["收到"].campaign_id, by_text["收到"].link_kind) == (first.id, "guess")


def test_suffixes_go_round_and_only_where_the_extno_has_room(
        store: Store, clock: FakeClock) -> None:
    account(store, digits=2)
    suffixes = [sent(store, clock, f"c{i}", "13800000001").reply_suffix for i in range(3)]
    assert suffixes == ["01", "02", "03"]
    with store._db.write() as conn:  # as if 96 more campaigns had been sent
        conn.execute("UPDATE campaigns SET reply_suffix = '99' WHERE name = 'c2'")
    assert sent(store, clock, "wrap", "13800000001").reply_suffix == "00"

    account(store, digits=4, extno="1" * 17)  # 17 + 4 > 20 digits: sent as it is
    long = create_campaign_from_messages(store, account_id=ACCOUNT, name="long", extno="1" * 17,
                           messages=[("13800000001", TEXT)], batch_size=200)
    assert (long.reply_suffix, long.extno) == (None, "1" * 17)

    # A campaign already under way keeps the number it started with.
    account(store, digits=3)
    campaign = create_campaign_from_messages(store, account_id="other", name="x", extno=EXTNO,
                               messages=[("13800000001", TEXT)], batch_size=200)
    store.start_batch(store.campaign_batches(campaign.id)[0].id)
    assert store.assign_reply_suffix(campaign.id).reply_suffix is None
    with pytest.raises(NotFoundError):
        store.assign_reply_suffix(99_999)


def test_unread_counts_mark_handled_and_opt_outs_need_no_handling(
        store: Store, clock: FakeClock) -> None:
    account(store)
    sent(store, clock, "春季上新", "13800000001", "13800000002", "13800000003")
    reply(store, "13800000001", "几点开门？", "2026-11-01 10:00:00")
    reply(store, "13800000001", "在吗", "2026-11-01 10:05:00")
    reply(store, "13800000002", "R", "2026-11-01 10:01:00")
    reply(store, "13800000003", "地址在哪", "2026-11-01 09:59:00")
    reply(store, "13800000001", "在吗", "2026-11-01 10:05:00")  # the same one again: once

    listed = store.fetch_conversations()
    assert [(c.mobile, c.last_text, c.replies, c.unread) for c in listed] == [
        ("13800000001", "在吗", 2, 2), ("13800000002", "R", 1, 0),
        ("13800000003", "地址在哪", 1, 1)]
    assert store.unread_replies() == 3
    assert store.count_conversations(ConversationFilter(unread_only=True)) == 2

    assert store.mark_handled(["13800000001", "13800000002"]) == 1
    assert store.unread_replies() == 1
    # An older reply arriving late counts, without becoming the latest.
    reply(store, "13800000001", "早上发的", "2026-11-01 08:00:00")
    first = store.fetch_conversations()[0]
    assert (first.mobile, first.last_text, first.replies, first.unread) == (
        "13800000001", "在吗", 3, 1)


def test_the_list_searches_numbers_names_and_reply_texts(store: Store, clock: FakeClock) -> None:
    account(store)
    campaign = sent(store, clock, "春季上新", "13800000001", "13900000002", "13800000003")
    assert store.remember_customer_names(campaign.id, [
        ("13800000001", " 张三 "), ("13900000002", "李四"), ("13800000003", "")]) == 2
    reply(store, "13800000001", "几点开门？", "2026-11-01 10:00:00")
    reply(store, "13900000002", "地址在哪", "2026-11-01 10:01:00")
    reply(store, "13800000003", "好的", "2026-11-01 10:02:00")
    store.add_opt_outs(["13800000003"], "manual")

    def found(f: ConversationFilter) -> list[str]:
        assert store.count_conversations(f) == len(store.fetch_conversations(f))
        return [c.mobile for c in store.fetch_conversations(f)]

    assert found(ConversationFilter(mobile_prefix="138")) == ["13800000003", "13800000001"]
    assert found(ConversationFilter(text="李")) == ["13900000002"]
    assert found(ConversationFilter(text="开门")) == ["13800000001"]
    assert found(ConversationFilter(text="没有")) == []
    assert [(c.name, c.opted_out) for c in store.fetch_conversations()] == [
        ("", True), ("李四", False), ("张三", False)]
    assert [c.mobile for c in store.fetch_conversations(offset=1, limit=1,
                                                        descending=False)] == ["13900000002"]
    assert store.customer_name("13800000001") == "张三"
    store.remember_customer_names(None, [("13800000001", "张先生")])  # a later sheet wins
    assert store.customer_name("13800000001") == "张先生"


def test_a_conversation_is_both_sides_in_time_order_with_statuses(
        store: Store, clock: FakeClock) -> None:
    account(store)
    clock.now = clock.now.replace(hour=9, minute=0, second=0)
    first = sent(store, clock, "春季上新", "13800000001", "13800000002")  # 09:00:00
    reply(store, "13800000001", "几点开门？", "2026-11-01 09:00:30")
    store.add_reports([DeliveryReport("春季上新-13800000001", "13800000001", "DELIVRD",
                                      "2026-11-01 09:00:10")], "pull")
    answer = sent(store, clock, "回复 13800000001", "13800000001",
                  text="【聚合云信】十点开门")  # 09:01:00
    reply(store, "13800000001", "好的", "2026-11-01 09:01:30")
    reply(store, "13800000002", "别的号码", "2026-11-01 09:00:40")

    talk = store.conversation("13800000001")
    assert [(e.kind, e.text, e.campaign_name) for e in talk.entries] == [
        ("sent", TEXT, "春季上新"), ("received", "几点开门？", "春季上新"),
        ("sent", "【聚合云信】十点开门", "回复 13800000001"),
        ("received", "好的", "回复 13800000001")]
    assert [(e.status, e.stat) for e in talk.entries if e.kind == "sent"] == [
        ("delivered", "DELIVRD"), ("submitted", None)]
    assert (talk.unread, talk.opted_out, talk.earlier) == (2, False, 0)
    latest = talk.latest_reply()
    assert latest is not None and latest.text == "好的" and latest.link == "guess"
    assert talk.entry("sent", latest.answers or 0) is not None
    assert answer.id == latest.campaign_id and first.id != answer.id

    short = store.conversation("13800000001", limit=1)
    assert [e.text for e in short.entries] == ["好的"] and short.earlier == 3
    nobody = store.conversation("13700000000")
    assert (nobody.entries, nobody.name, nobody.unread) == ((), "", 0)


def test_quick_replies_are_kept_in_order(store: Store) -> None:
    address = store.add_quick_reply("地址", "本店地址：和平路 12 号")
    hours = store.add_quick_reply("", "营业时间：每天 9:00-21:00，节假日照常营业")
    assert [q.label() for q in store.list_quick_replies()] == ["地址", "营业时间：每天 9:0…"]
    store.update_quick_reply(address.id, "地址", "和平路 12 号（近地铁站）")
    store.order_quick_replies([hours.id, address.id])
    assert [(q.id, q.text) for q in store.list_quick_replies()] == [
        (hours.id, hours.text), (address.id, "和平路 12 号（近地铁站）")]
    assert store.delete_quick_reply(hours.id) and not store.delete_quick_reply(hours.id)
    with pytest.raises(NotFoundError):
        store.update_quick_reply(hours.id, "", "x")


def test_the_migration_counts_stored_replies_as_read_guesses(tmp_path: Path) -> None:
    path = tmp_path / "juhe.db"
    before = MIGRATIONS[:MIGRATIONS.index(CONVERSATIONS)]
    old = Database.open(path, before)
    with old.write() as conn:
        conn.execute("INSERT INTO campaigns (id, account_id, name, mode, state, created_at)"
                     " VALUES (1, '922011', 'old', 'send', 'done', '2026-11-01 09:00:00')")
        conn.execute("INSERT INTO batches (id, campaign_id, seq, action, state,"
                     " request_started_at) VALUES (1, 1, 1, 'send', 'submitted',"
                     " '2026-11-01 09:00:00')")
        conn.execute("INSERT INTO messages (id, campaign_id, batch_id, mobile, content, status,"
                     " updated_at) VALUES (7, 1, 1, '13800000001', '您好', 'delivered', '')")
        conn.executemany(
            "INSERT INTO inbound (mid, mobile, content, time, received_at, via, campaign_id)"
            " VALUES (?, ?, ?, ?, '', 'pull', ?)",
            [("I1", "13800000001", "几点开门", "2026-11-01 10:00:00", 1),
             ("I2", "13800000001", "在吗", "2026-11-01 11:00:00", 1),
             ("I3", "13900000000", "你好", "2026-11-01 10:30:00", None)])
    old.close()

    with Store.open(path) as store:
        assert [(c.mobile, c.last_text, c.replies, c.unread)
                for c in store.fetch_conversations()] == [
            ("13800000001", "在吗", 2, 0), ("13900000000", "你好", 1, 0)]
        assert [(r.mid, r.message_id, r.link_kind) for r in store.fetch_inbound(
            order_by="mobile", descending=False)] == [
            ("I1", 7, "guess"), ("I2", 7, "guess"), ("I3", None, None)]
