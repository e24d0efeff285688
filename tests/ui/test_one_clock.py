"""One clock: on a PC whose clock is not China time (UTC, Tokyo), the real window names,
schedules, warns and shows every time in China time, as the gateway and the customers count
it, and says so; on a China-time PC it says nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from import_helpers import (
    SignedIn,
    checked_customers,
    confirm_with_enter,
    label,
    open_precheck,
)
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit, QTabWidget
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT
from test_send_end_to_end import compose_page, fill_in, send_and_wait
from time_zones import pc_time_zone

from juhe_desk.gateway.china_time import CHINA_TZ, minute_text, now_in_china, today_in_china
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.send_check import SendCheck
from juhe_desk.ui.china_clock import CHINA_ZONE
from juhe_desk.ui.importing.precheck_dialog import PrecheckDialog
from juhe_desk.ui.models.conversation_model import META_ROLE
from juhe_desk.ui.models.reports_model import ReportsModel
from juhe_desk.ui.pages.inbox_page import InboxPage
from juhe_desk.ui.pages.reports_page import ReportsPage

SHOWN_FORMAT = "%Y-%m-%d %H:%M:%S"  # the schedule editor's display format


def minutes_between(before: dt.datetime, after: dt.datetime) -> set[str]:
    """The China-time minute texts from ``before`` to ``after`` (a minute may turn between)."""
    return {minute_text(before), minute_text(after)}


def china_qt(day: dt.date, hour: int, minute: int) -> QDateTime:
    return QDateTime(QDate(day.year, day.month, day.day), QTime(hour, minute), CHINA_ZONE)


def test_a_campaign_is_named_scheduled_and_warned_in_china_time(
        pc_zone: str, qtbot: QtBot, signed_in: SignedIn, gateway: GatewaySimulator,
        tmp_path: Path) -> None:
    window = signed_in()
    note = label(window, "chinaTimeNote")
    assert note.isVisibleTo(window) and note.text() == "时间均为北京时间"
    page = checked_customers(qtbot, window, tmp_path, 3)

    before = now_in_china().replace(microsecond=0)
    dialog = open_precheck(qtbot, page)
    after = now_in_china()
    assert label(dialog, "chinaTimeNote").isVisibleTo(dialog)
    edit = dialog.findChild(QDateTimeEdit, "scheduleEdit")
    assert edit is not None
    # The default is an hour from now, as a clerk in China reads the clock.
    shown = dt.datetime.strptime(edit.text(), SHOWN_FORMAT).replace(tzinfo=CHINA_TZ)
    assert before + dt.timedelta(hours=1) <= shown <= after + dt.timedelta(hours=1)

    quiet = label(dialog, "quietHoursLabel")
    tomorrow = today_in_china() + dt.timedelta(days=1)
    # 09:00 in China is 01:00 in UTC, this PC's night: the customers' day, no warning.
    dialog.choose_time(china_qt(tomorrow, 9, 0))
    assert edit.text() == f"{tomorrow} 09:00:00"
    assert not quiet.isVisibleTo(dialog)
    # 23:30 in China is 15:30 in UTC and 00:30 in Tokyo: the customers' night.
    dialog.choose_time(china_qt(tomorrow, 23, 30))
    assert edit.text() == f"{tomorrow} 23:30:00"
    assert quiet.isVisibleTo(dialog) and "23:30" in quiet.text()

    confirm_with_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(page.control.scheduler.armed()), timeout=5000)
    created = now_in_china()
    ((campaign_id, when),) = page.control.scheduler.armed().items()
    assert when == f"{tomorrow} 23:30:00"
    campaign = page.session.store.get_campaign(campaign_id)
    assert campaign.scheduled_at == when and campaign.state == "scheduled"
    assert campaign.name.startswith("客户.xlsx ")
    assert campaign.name.removeprefix("客户.xlsx ") in minutes_between(before, created)
    assert campaign.created_at[:16] in minutes_between(before, created)


def test_a_night_in_china_is_warned_when_this_pcs_clock_says_day(pc_zone: str,
                                                                 qtbot: QtBot) -> None:
    # 23:30 in China, given as this PC's own local QDateTime (15:30 in UTC, 00:30 in Tokyo).
    night = dt.datetime(2026, 12, 5, 23, 30, tzinfo=CHINA_TZ)
    dialog = PrecheckDialog(SendCheck(messages=1, total_parts=1), clock=lambda: (
        QDateTime.fromSecsSinceEpoch(int(night.timestamp()))))
    qtbot.addWidget(dialog)
    quiet = label(dialog, "quietHoursLabel")
    assert quiet.isVisibleTo(dialog) and "23:30" in quiet.text()
    edit = dialog.findChild(QDateTimeEdit, "scheduleEdit")
    assert edit is not None and edit.text() == "2026-12-06 00:30:00"  # an hour later, in China


def test_a_quick_send_its_report_and_the_reply_are_shown_in_china_time(
        pc_zone: str, qtbot: QtBot, signed_in: SignedIn, gateway: GatewaySimulator,
        tmp_path: Path) -> None:
    window = signed_in()
    page = compose_page(window)
    before = now_in_china().replace(microsecond=0)
    fill_in(qtbot, page, "13800000001", "【聚合云信】周末全场八折")
    send_and_wait(qtbot, page)
    gateway.flush_reports()
    gateway.inject_mo(ACCOUNT, "13800000001", "几点开门？")
    with qtbot.waitSignal(page.session.synced, timeout=5000):
        page.session.poll_now()
    after = now_in_china()
    minutes = minutes_between(before, after)

    (campaign,) = page.session.store.list_campaigns()
    assert campaign.name in {f"快速发送 {m}" for m in minutes}
    # The conversation shows what we sent (the app's clock) and the reply (the gateway's
    # clock) at the same China-time minute.
    inbox = window.findChild(InboxPage, "inboxPage")
    assert inbox is not None
    inbox.conversations.open_conversation("13800000001")
    panel = inbox.conversations.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5000)
    for row in range(2):
        shown = str(panel.model.index(row, 0).data(META_ROLE))
        assert shown[:16] in minutes, shown
    # So does the delivery report in the reports tab.
    reports = window.findChild(ReportsPage, "reportsPage")
    assert reports is not None
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert tabs is not None
    tabs.setCurrentWidget(reports)
    qtbot.waitUntil(lambda: reports.model.rowCount() == 1 and not reports.model.is_loading(),
                    timeout=5000)
    shown = str(reports.model.index(0, ReportsModel.COL_TIME).data())
    assert shown[:16] in minutes, shown


def test_a_china_time_pc_gets_no_note(qtbot: QtBot, signed_in: SignedIn,
                                      gateway: GatewaySimulator, tmp_path: Path) -> None:
    with pc_time_zone("Asia/Shanghai"):
        window = signed_in()
        assert not label(window, "chinaTimeNote").isVisibleTo(window)
        dialog = PrecheckDialog(SendCheck(messages=1, total_parts=1))
        qtbot.addWidget(dialog)
        dialog.show()
        assert not label(dialog, "chinaTimeNote").isVisibleTo(dialog)
