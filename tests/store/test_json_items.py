"""A pull's items go to the INSERT as one JSON array, encoded a hundred items at a time (each
encoder call holds the GIL): the array is the same as one call makes, whatever the count."""

from __future__ import annotations

import json

import pytest

from juhe_desk.gateway.models import DeliveryReport
from juhe_desk.store.events import _JSON_CHUNK, _json_items


def reports(count: int) -> list[DeliveryReport]:
    return [DeliveryReport(f"M{n}", f"1390000{n:04d}", "DELIVRD", "2026-12-05 10:00:00",
                           raw=json.dumps({"mid": f"M{n}", "note": '引号 " , ] 回T退订'},
                                          ensure_ascii=False))
            for n in range(count)]


@pytest.mark.parametrize("count", [1, _JSON_CHUNK - 1, _JSON_CHUNK, _JSON_CHUNK + 1,
                                   2 * _JSON_CHUNK + 7])
def test_chunked_encoding_is_one_array_of_every_item_in_order(count: int) -> None:
    items = reports(count)
    encoded = _json_items(items, "stat")
    assert encoded is not None
    expected = [{"mid": r.mid, "mobile": r.mobile, "time": r.time,
                 "access_code": r.access_code, "raw": r.raw, "stat": r.stat} for r in items]
    assert json.loads(encoded) == expected
    assert encoded == json.dumps(expected, ensure_ascii=False)


def test_no_items_no_array() -> None:
    assert _json_items([], "stat") is None
