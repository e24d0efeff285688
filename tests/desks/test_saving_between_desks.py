"""A campaign one desk of a team is still saving in steps, as another desk sees it: "still
being saved at 前台" (and a resume there refused until it is saved, then allowed), never
"never saved"; a save that failed is told as never saved, as on one desk."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from held_saving import HeldStep
from sim_gateway import ACCOUNT, EXTNO, SIGN

from juhe_desk.services.campaign_saving import SavingInSteps, start_saving
from juhe_desk.services.due_start import SavingElsewhere, look_before_starting
from juhe_desk.services.recovery import ResumeError, recovery_report, resume
from juhe_desk.store import Store

WAIT_S = 30.0


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldStep]:
    holding = HeldStep(monkeypatch)
    yield holding
    holding.finish()


def paused_mid_save(a: Store, held: HeldStep) -> SavingInSteps:
    """前台 starts a campaign of 3 batches of 50, pauses it after its first batch is saved
    (the saving goes on: held here before its second step)."""
    saving = start_saving(a, account_id=ACCOUNT, name="店庆", extno=EXTNO, batch_size=50,
                          messages=[(str(13800000000 + i), f"{SIGN}周六八折")
                                    for i in range(150)])
    assert held.reached.wait(WAIT_S)
    a.set_campaign_state(saving.campaign.id, "sending")
    a.set_campaign_state(saving.campaign.id, "paused")
    return saving


def test_a_campaign_another_desk_is_saving_is_told_as_being_saved_there_not_lost(
        two_desks: tuple[Store, Store], held: HeldStep) -> None:
    a, b = two_desks
    saving = paused_mid_save(a, held)
    campaign_id = saving.campaign.id

    [told] = recovery_report(b).campaigns
    assert (told.unsaved, told.saving_desk) == (100, "前台")
    assert "still being saved at \"前台\"" in told.text("en")
    assert "never saved" not in told.text("en")
    assert "还在“前台”保存中" in told.text("zh_CN")
    with pytest.raises(ResumeError) as refused:
        resume(b, campaign_id)
    assert "still being saved at \"前台\" (50 of 150 messages saved)" in refused.value.text("en")
    assert "还在“前台”保存中" in refused.value.text("zh_CN")
    assert b.get_campaign(campaign_id).state == "paused"  # left as it was

    held.go()
    assert saving.wait_until_ended(WAIT_S) and saving.failure is None
    summary = resume(b, campaign_id)  # saved whole: 收银台 may send it now
    assert (summary.batches_to_send, summary.messages_to_send) == (3, 150)


def test_a_save_that_failed_at_a_desk_still_running_is_told_as_never_saved(
        two_desks: tuple[Store, Store], held: HeldStep) -> None:
    a, b = two_desks
    saving = paused_mid_save(a, held)
    held.go(fail=True)
    assert saving.wait_until_ended(WAIT_S) and saving.failure is not None

    [told] = recovery_report(b).campaigns
    assert (told.unsaved, told.saving_desk) == (100, "")
    assert "100 more were never saved" in told.text("en")
    summary = resume(b, saving.campaign.id)  # what was saved may go; the sender says the rest
    assert summary.batches_to_send == 1


def saving_a_scheduled_campaign(store: Store) -> SavingInSteps:
    """150 messages for a Saturday far ahead, saved 50 a step by ``store``'s desk."""
    return start_saving(store, account_id=ACCOUNT, name="周六", extno=EXTNO, batch_size=50,
                        scheduled_at="2099-01-01 09:00:00",
                        messages=[(str(13800000000 + i), f"{SIGN}周六八折")
                                  for i in range(150)])


def test_a_scheduled_campaign_another_desk_is_saving_waits_for_its_time_and_the_save(
        two_desks: tuple[Store, Store], held: HeldStep) -> None:
    a, b = two_desks
    saving = saving_a_scheduled_campaign(a)
    assert held.reached.wait(WAIT_S)
    campaign_id = saving.campaign.id

    [told] = recovery_report(b).campaigns
    assert told.waits_for_its_time  # armed for its time at 收银台, not asked about
    look = look_before_starting(b, campaign_id)
    assert not look.may_start and look.saving == SavingElsewhere("前台", 50, 150)
    assert look_before_starting(a, campaign_id).may_start  # 前台 sends it as it saves

    held.go()
    assert saving.wait_until_ended(WAIT_S) and saving.failure is None
    assert look_before_starting(b, campaign_id).may_start


def test_a_scheduled_campaign_whose_save_failed_is_asked_about(
        two_desks: tuple[Store, Store], held: HeldStep) -> None:
    a, b = two_desks
    saving = saving_a_scheduled_campaign(a)
    held.go(fail=True)
    assert saving.wait_until_ended(WAIT_S) and saving.failure is not None
    [told] = recovery_report(b).campaigns
    assert not told.waits_for_its_time  # 100 never saved: the user decides
    assert look_before_starting(b, saving.campaign.id).may_start  # the sender says the rest
