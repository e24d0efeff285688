"""A campaign's saving in steps held before its second step, for the tests that look at a
campaign while it is being saved (services/campaign_saving.py)."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import pytest

from juhe_desk.services.campaign_saving import SavingInSteps
from juhe_desk.store import NewBatch, NewCampaign
from juhe_desk.store.campaign_saving import CampaignSavingMixin

WAIT_S = 30.0


class HeldStep:
    """Holds every campaign's saving before its second step until ``go()``;
    ``go(fail=True)`` makes that step fail. ``reached`` is set once a saving waits here."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reached = threading.Event()
        self.saving: SavingInSteps | None = None  # set by a test: ``finish`` waits for it
        self._go = threading.Event()
        self._fail = False
        save_more = CampaignSavingMixin.save_more_batches

        def held(store: CampaignSavingMixin, campaign: NewCampaign, campaign_id: int,
                 batches: Sequence[NewBatch], *, first_seq: int) -> int:
            self.reached.set()
            assert self._go.wait(WAIT_S), "the test never let the saving go on"
            if self._fail:
                raise OSError("disk full")
            return save_more(store, campaign, campaign_id, batches, first_seq=first_seq)

        monkeypatch.setattr(CampaignSavingMixin, "save_more_batches", held)

    def go(self, *, fail: bool = False) -> None:
        self._fail = fail
        self._go.set()

    def finish(self) -> None:
        """At a test's end, passed or failed: no thread left waiting here, and the saving
        the test named ended (its thread writes with a store the test closes next)."""
        self.go()
        if self.saving is not None:
            self.saving.wait_until_ended(WAIT_S)
