"""Reports by carrier, on both backends: the generated column agrees with libphonenumber,
reports stored before it get it too, the filter uses its index (SQLite's plan), and delivery
by carrier for reports and campaigns."""

from __future__ import annotations

import sqlite3

import pytest
from store_backends import StorePlace, explain

from juhe_desk.domain.carriers import Carrier, carrier_blocks, carrier_of
from juhe_desk.gateway.models import DeliveryReport
from juhe_desk.store import (
    CarrierOutcome,
    MessageFilter,
    NewBatch,
    NewCampaign,
    NewMessage,
    ReportFilter,
    Store,
)
from juhe_desk.store.carrier_schema import CARRIER_RUNS, REPORT_CARRIERS, carrier_sql
from juhe_desk.store.schema import MIGRATIONS

MOBILE, UNICOM, TELECOM, BROADNET = "13912345678", "13012345678", "18912345678", "19212345678"
SATELLITE = "13491234567"  # 1349: in use, no carrier named


def report(n: int, mobile: str, stat: str = "DELIVRD") -> DeliveryReport:
    return DeliveryReport(f"{n:016X}", mobile, stat, f"2026-11-01 10:{n // 60:02d}:{n % 60:02d}",
                          "106901234")


def test_the_frozen_runs_are_libphonenumbers_carriers() -> None:
    # When this fails, libphonenumber gave a block to another carrier: append a migration
    # that redefines reports.carrier with the new runs (carrier_schema.py says how).
    assert [(block, carrier.name) for block, carrier in carrier_blocks()] == list(CARRIER_RUNS)


def test_the_sql_carrier_is_the_domains_for_every_block() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE n (mobile TEXT)")
    mobiles = [f"{block}{tail}" for block in range(1300, 2000) for tail in ("0000000",
                                                                             "5555555")]
    conn.executemany("INSERT INTO n VALUES (?)", [(m,) for m in mobiles])
    got = dict(conn.execute(f"SELECT mobile, {carrier_sql('mobile')} FROM n"))
    in_use = [m for m in mobiles if carrier_of(m) is not None]
    assert len(in_use) > 600
    assert {m: got[m] for m in in_use} == {m: carrier_of(m).name for m in in_use}  # type: ignore[union-attr]
    odd = dict(conn.execute(f"SELECT v, {carrier_sql('v')} FROM (SELECT '12345678901' AS v"
                            " UNION ALL SELECT '20000000000' UNION ALL SELECT '')"))
    assert set(odd.values()) == {"OTHER"}


def test_reports_carry_their_carrier_filtered_through_its_index(store: Store) -> None:
    store.add_reports([report(i, m) for i, m in enumerate(
        [MOBILE, UNICOM, TELECOM, BROADNET, SATELLITE, MOBILE])], "pull")
    records = store.fetch_reports()
    assert {r.mobile: r.carrier for r in records} == {
        MOBILE: "MOBILE", UNICOM: "UNICOM", TELECOM: "TELECOM", BROADNET: "BROADNET",
        SATELLITE: "OTHER"}
    assert store.count_reports(ReportFilter(carrier="MOBILE")) == 2
    assert [r.mobile for r in store.fetch_reports(ReportFilter(carrier="BROADNET"))] == [
        BROADNET]
    assert store.count_reports(ReportFilter(carrier="UNICOM", mobile_prefix="139")) == 0


def test_a_carrier_is_counted_through_its_index(sqlite_store: Store) -> None:
    plan = explain(sqlite_store, "SELECT count(*) FROM reports WHERE carrier = 'MOBILE'")
    assert "reports_carrier" in " ".join(plan)


def test_delivery_by_carrier_of_the_reports_a_filter_shows(store: Store) -> None:
    stats = [(MOBILE, "DELIVRD"), ("13812345678", "DELIVRD"), ("13712345678", "UNDELIV"),
             (UNICOM, "DELIVRD"), ("13112345678", "EXPIRED"), (TELECOM, "MA:0001")]
    store.add_reports([report(i, m, s) for i, (m, s) in enumerate(stats)], "pull")
    outcomes = store.report_carrier_outcomes()
    assert list(outcomes) == ["MOBILE", "UNICOM", "TELECOM"]  # biggest first
    assert outcomes["MOBILE"] == CarrierOutcome("MOBILE", 3, 2, 1)
    assert outcomes["UNICOM"] == CarrierOutcome("UNICOM", 2, 1, 1)
    assert outcomes["TELECOM"].failed_rate == 1.0
    assert store.report_carrier_outcomes(ReportFilter(delivered=False)) == {
        "MOBILE": CarrierOutcome("MOBILE", 1, 0, 1), "UNICOM": CarrierOutcome("UNICOM", 1, 0, 1),
        "TELECOM": CarrierOutcome("TELECOM", 1, 0, 1)}
    assert store.report_carrier_outcomes(ReportFilter(carrier="BROADNET")) == {}


def test_delivery_by_carrier_of_a_campaigns_messages(store: Store) -> None:
    numbers = [MOBILE, "13812345678", UNICOM, BROADNET]
    campaign = store.create_campaign(
        NewCampaign("922011", "春季", "send", content="【店】春季上新"),
        [NewBatch("send", tuple(NewMessage(m, "【店】春季上新") for m in numbers))])
    messages = {m.mobile: m for m in store.fetch_messages(MessageFilter(campaign_id=campaign.id))}
    with store._db.write() as conn:
        for mobile, status in ((MOBILE, "delivered"), ("13812345678", "failed"),
                               (UNICOM, "refused")):
            conn.execute("UPDATE messages SET status = ? WHERE id = ?",
                         (status, messages[mobile].id))
    outcomes = store.campaign_carrier_outcomes(campaign.id)
    assert outcomes == {"MOBILE": CarrierOutcome("MOBILE", 2, 1, 1),
                        "UNICOM": CarrierOutcome("UNICOM", 1, 0, 1),
                        "BROADNET": CarrierOutcome("BROADNET", 1, 0, 0)}
    assert next(iter(outcomes)) == "MOBILE"
    assert store.campaign_carrier_outcomes(campaign.id + 1) == {}


def test_reports_stored_before_the_column_get_it(store_place: StorePlace) -> None:
    before = MIGRATIONS[:MIGRATIONS.index(REPORT_CARRIERS)]
    old = store_place.open(migrations=before)
    with old._db.write() as conn:
        for i, mobile in enumerate((MOBILE, TELECOM, BROADNET)):
            conn.execute(
                "INSERT INTO reports (mid, mobile, stat, time, received_at, via) VALUES"
                " (?, ?, 'DELIVRD', '2026-11-01 10:00:00', '2026-11-01 10:00:01', 'pull')",
                (f"{i:016X}", mobile))
    old.close()
    store = store_place.open()
    assert sorted(r.carrier for r in store.fetch_reports()) == ["BROADNET", "MOBILE", "TELECOM"]
    assert store.count_reports(ReportFilter(carrier="TELECOM")) == 1
    assert store.report_carrier_outcomes()["MOBILE"] == CarrierOutcome("MOBILE", 1, 1, 0)


@pytest.mark.parametrize("carrier", list(Carrier))
def test_every_carrier_name_can_be_filtered(store: Store, carrier: Carrier) -> None:
    assert store.count_reports(ReportFilter(carrier=carrier.name)) == 0
