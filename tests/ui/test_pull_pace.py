"""After a send the desk pulls sooner (ui/pull_pace.py, services/puller.py): the next pull
comes at once rather than after the rest of the account's 30 s, pulls stay ``SOON_S`` apart
while the campaign's reports are awaited, and the usual interval comes back once every
message is reported on."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from test_send_end_to_end import balance_text, compose_page, fill_in, send_and_wait

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.puller import SOON_S, PullTurn
from juhe_desk.store import MessageFilter


def test_reports_are_pulled_soon_after_a_send_then_at_the_usual_pace(
        window: QMainWindow, qtbot: QtBot, gateway: GatewaySimulator) -> None:
    page = compose_page(window)
    session = page.session
    qtbot.waitUntil(lambda: "1000.00" in balance_text(window), timeout=5000)
    assert session.poll_timer.interval() == 30_000
    fill_in(qtbot, page, "13800000001, 13800000002, 13800000003", "周末全场八折，欢迎光临")
    intervals: list[int] = []  # after each pull turn since the send ended
    sent: list[bool] = []
    session.sendFinished.connect(lambda _report: sent.append(True))
    after_turn = session.pull_pace.after_turn

    def noted(turn: PullTurn) -> None:
        after_turn(turn)
        if sent:
            intervals.append(session.poll_timer.interval())

    session.pull_pace.after_turn = noted  # type: ignore[method-assign]
    with qtbot.waitSignal(session.synced, timeout=5000):  # the reports: not 30 s later
        send_and_wait(qtbot, page)
    campaign_id = page.results_model.campaign_id

    def reported() -> bool:
        return session.store.count_messages(MessageFilter(
            campaign_id=campaign_id, statuses=("submitted",))) == 0

    qtbot.waitUntil(reported, timeout=5000)
    qtbot.waitUntil(lambda: session.poll_timer.interval() == 30_000, timeout=5000)
    # soon while some were awaited (when a pull found part of them), then the usual pace
    assert set(intervals[:-1]) <= {round(SOON_S * 1000)} and intervals[-1] == 30_000
    assert gateway.state("922011").queued_reports == 0
