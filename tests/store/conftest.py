"""Store fixtures: a real SQLite file in tmp_path and a clock the test moves."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from time_support import FakeClock

from juhe_desk.store import Store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> Iterator[Store]:
    with Store.open(tmp_path / "juhe.db", clock=clock) as opened:
        yield opened
