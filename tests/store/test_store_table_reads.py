"""What a table's page job reads beside its rows: campaign names, the text sent to a number."""

from __future__ import annotations

from juhe_desk.store import NewBatch, NewCampaign, NewMessage, Store

SPRING = "【聚合】春季新品到店"
AUTUMN = "【聚合】秋季会员日"


def campaign(store: Store, name: str, texts: dict[str, str], state: str = "scheduled") -> int:
    mode = "send" if len(set(texts.values())) == 1 else "p2p"
    batch = NewBatch("send" if mode == "send" else "p2p",
                     tuple(NewMessage(m, t) for m, t in texts.items()))
    return store.create_campaign(NewCampaign("922011", name, mode,  # type: ignore[arg-type]
                                             content=SPRING if mode == "send" else None,
                                             state=state),
                                 [batch]).id


def test_campaign_names_leave_out_campaigns_deleted_since(store: Store) -> None:
    spring = campaign(store, "春季上新", {"13800000001": SPRING})
    autumn = campaign(store, "", {"13800000002": SPRING})
    gone = campaign(store, "删掉的", {"13800000003": SPRING}, state="draft")
    store.delete_campaign(gone)
    assert store.campaign_names([spring, autumn, gone, spring]) == {spring: "春季上新",
                                                                    autumn: ""}
    assert store.campaign_names([]) == {}
    many = [campaign(store, f"c{i}", {"13800000004": SPRING}) for i in range(3)]
    assert len(store.campaign_names([*many, *range(10_000, 11_000)])) == 3  # past one query


def test_sent_texts_are_each_campaigns_last_text_to_the_number(store: Store) -> None:
    first = campaign(store, "一", {"13800000001": SPRING, "13800000002": AUTUMN})
    second = campaign(store, "二", {"13800000001": AUTUMN, "13800000003": SPRING})
    texts = store.sent_texts([(first, "13800000001"), (first, "13800000002"),
                              (second, "13800000001"), (second, "13800000002"),
                              (first, "13800000001")])
    assert texts == {(first, "13800000001"): SPRING, (first, "13800000002"): AUTUMN,
                     (second, "13800000001"): AUTUMN}  # nothing sent to ...02 by the second


def test_a_sent_text_is_found_through_the_numbers_index(sqlite_store: Store) -> None:
    # A campaign's index would walk all of its messages, once per reply in the page.
    plan = sqlite_store._db.connection().execute(
        "EXPLAIN QUERY PLAN SELECT content FROM messages WHERE mobile = ? AND +campaign_id = ?"
        " ORDER BY id DESC LIMIT 1", ("13800000001", 1)).fetchall()
    details = " ".join(row[3] for row in plan)
    assert "USING INDEX messages_mobile" in details and "TEMP B-TREE" not in details
