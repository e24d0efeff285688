"""Conversations with customers in the Inbox tab, through the real window against the
simulator on 127.0.0.1 with a real SQLite store: replies grouped by number with both sides,
names, carrier and city; replies matched to their campaign exactly (its own extension of
the 接入号) or as a guess; replying in place through the journal, with its report shown;
opt-outs and the repeat warning; unread counts, mark handled, search."""

from __future__ import annotations

from pathlib import Path

import keyring
from import_helpers import WindowFactory
from inbox_helpers import TEXT, pull, send_campaign
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton, QTabWidget
from pytestqt.qtbot import QtBot
from sim_account import ACCOUNT, EXTNO, PASSWORD, SIGNATURE

from juhe_desk.gateway.china_time import now_in_china
from juhe_desk.gateway.models import format_gateway_time
from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.store import Account, Store
from juhe_desk.ui.models.conversations_model import MOBILE_ROLE, UNREAD_ROLE
from juhe_desk.ui.models.inbox_model import InboxModel
from juhe_desk.ui.pages.conversation_view import ConversationPanel
from juhe_desk.ui.pages.inbox_page import InboxPage
from juhe_desk.ui.pages.reports_page import ReportsPage
from juhe_desk.ui.session import DATABASE_NAME, Session

WANG = "13912345678"  # 中国移动, 江苏省常州市
LI = "13800000002"


def open_signed_in(open_window: WindowFactory, gateway: GatewaySimulator, data_dir: Path,
                   digits: int = 2) -> tuple[QMainWindow, Session, InboxPage]:
    """The window on an account whose campaigns each get their own extension (``digits``)."""
    data_dir.mkdir(exist_ok=True)
    with Store.open(data_dir / DATABASE_NAME) as store:
        store.save_account(Account(ACCOUNT, gateway.base_url, extno=EXTNO,
                                   signatures=(SIGNATURE,), price_li=50, is_active=True,
                                   reply_extension_digits=digits))
    keyring.set_password("juhe-desk", ACCOUNT, PASSWORD)
    window = open_window("--gateway", gateway.base_url, "--account", ACCOUNT, data_dir=data_dir)
    page = window.findChild(InboxPage, "inboxPage")
    session = window.session  # type: ignore[attr-defined]
    assert page is not None and isinstance(session, Session)
    return window, session, page


def listed(page: InboxPage) -> dict[str, int]:
    """Number -> unread, as the conversations list shows them."""
    model = page.conversations.model
    return {model.index(r, 0).data(MOBILE_ROLE): model.index(r, 0).data(UNREAD_ROLE)
            for r in range(model.rowCount())}


def opened(qtbot: QtBot, panel: ConversationPanel, mobile: str) -> None:
    qtbot.waitUntil(lambda: panel.conversation is not None
                    and panel.conversation.mobile == mobile, timeout=5000)


def tab_title(window: QMainWindow, page: InboxPage) -> str:
    tabs = window.findChild(QTabWidget, "mainTabs")
    return tabs.tabText(tabs.indexOf(page))


def test_replies_are_grouped_by_number_with_both_sides_matched_exactly_or_guessed(
        open_window: WindowFactory, gateway: GatewaySimulator, qtbot: QtBot,
        tmp_path: Path) -> None:
    window, session, page = open_signed_in(open_window, gateway, tmp_path / "data")
    spring = send_campaign(session, "春季上新", [WANG, LI])
    members = send_campaign(session, "会员日", [WANG])
    session.store.remember_customer_names(spring, [(WANG, "王丽")])
    campaigns = {c.id: c for c in session.store.list_campaigns()}
    assert (campaigns[spring].extno, campaigns[members].extno) == (EXTNO + "01", EXTNO + "02")
    gateway.flush_reports()
    gateway.inject_mo(ACCOUNT, WANG, "春季的还有吗", access_code=EXTNO + "01")
    gateway.inject_mo(ACCOUNT, WANG, "会员价多少")  # the simulator routes it to ...02
    gateway.inject_mo(ACCOUNT, LI, "几点开门？", access_code=EXTNO)  # no extension: a guess
    pull(session, qtbot)

    view = page.conversations.view
    assert window.findChild(type(view), "inboxView") is view
    qtbot.waitUntil(lambda: listed(page) == {WANG: 2, LI: 1}, timeout=5000)
    assert view.model().index(0, 0).data(MOBILE_ROLE) == LI  # the latest reply first
    qtbot.waitUntil(lambda: tab_title(window, page) == "上行/回复 (3)", timeout=5000)

    panel = page.conversations.panel
    view.setCurrentIndex(view.model().index(1, 0))
    opened(qtbot, panel, WANG)
    assert window.findChild(type(panel.view), "conversationView") is panel.view
    qtbot.waitUntil(lambda: "江苏省常州市" in panel.number_label.text(), timeout=10_000)
    assert panel.name_label.text() == "王丽"
    assert panel.number_label.text() == f"{WANG} · 中国移动 · 江苏省常州市"
    assert panel.reply_box.edit.toPlainText() == ""
    talk = panel.conversation
    assert talk is not None
    assert [(e.kind, e.text, e.campaign_id, e.link) for e in talk.entries] == [
        ("sent", TEXT, spring, None), ("sent", TEXT, members, None),
        ("received", "春季的还有吗", spring, "exact"), ("received", "会员价多少", members, "exact")]
    assert {e.status for e in talk.entries if e.kind == "sent"} <= {"submitted", "delivered"}
    shown = [panel.model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole)
             for r in range(panel.model.rowCount())]
    assert shown[2] == panel.model.link_words(talk.entries[2])[0]
    assert "春季上新" in shown[2] and "推测" not in shown[2]
    assert "你" not in panel.reply_box.quote_label.text()
    assert "会员价多少" in panel.reply_box.quote_label.text()

    view.setCurrentIndex(view.model().index(0, 0))
    opened(qtbot, panel, LI)
    (guessed,) = [e for e in panel.conversation.entries if e.kind == "received"]
    assert (guessed.campaign_id, guessed.link) == (spring, "guess")
    words, _ = panel.model.link_words(guessed)
    assert "春季上新" in words and "推测" in words
    assert panel.name_label.text() == LI  # no sheet named this one

    page.modes.setCurrentIndex(1)  # the table of every reply says it too
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    tips = {page.model.record(r).content: page.model.index(  # type: ignore[union-attr]
        r, InboxModel.COL_CAMPAIGN).data(Qt.ItemDataRole.ToolTipRole) for r in range(3)}
    assert tips["几点开门？"].startswith("推测") and TEXT in tips["几点开门？"]
    assert tips["会员价多少"].startswith("准确")


def test_a_reply_goes_through_the_journal_and_shows_its_delivery_report(
        open_window: WindowFactory, gateway: GatewaySimulator, qtbot: QtBot,
        tmp_path: Path) -> None:
    window, session, page = open_signed_in(open_window, gateway, tmp_path / "data")
    send_campaign(session, "春季上新", [WANG])
    gateway.inject_mo(ACCOUNT, WANG, "几点开门？")
    pull(session, qtbot)
    qtbot.waitUntil(lambda: tab_title(window, page) == "上行/回复 (1)", timeout=5000)
    page.open_conversation(WANG)
    panel = page.conversations.panel
    opened(qtbot, panel, WANG)
    box = panel.reply_box
    assert box.edit.toPlainText() == "" and window.focusWidget() is box.edit
    assert box.quote_label.isVisible() and "几点开门？" in box.quote_label.text()

    box.edit.insertPlainText("上午")  # as an input method commits Chinese
    qtbot.keyClicks(box.edit, "10")  # QTest types ASCII only
    box.edit.insertPlainText("点开门")
    assert box.length_label.text().startswith(f"{len(SIGNATURE) + 7} 个字")
    assert "计 1 条" in box.length_label.text()
    # The timeline has one-second times: a reply in the same second as the question would
    # sort before it. Wait for the clock to pass the question's second (not a fixed sleep).
    asked = panel.conversation.entries[-1].time
    qtbot.waitUntil(lambda: format_gateway_time(now_in_china()) > asked, timeout=3000)
    before = len(gateway.submissions(ACCOUNT))
    reply = window.findChild(QPushButton, "replyButton")
    assert reply is box.send_button
    qtbot.mouseClick(reply, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: len(gateway.submissions(ACCOUNT)) == before + 1, timeout=10_000)
    went = gateway.submissions(ACCOUNT)[-1]
    assert (went.mobile, went.content, went.extno) == (WANG, SIGNATURE + "上午10点开门",
                                                       EXTNO + "02")
    qtbot.waitUntil(lambda: box.send_button.isEnabled() and box.edit.toPlainText() == "",
                    timeout=10_000)
    qtbot.waitUntil(lambda: tab_title(window, page) == "上行/回复", timeout=5000)

    def latest_sent() -> tuple[str, str | None]:
        talk = panel.conversation
        entry = [e for e in talk.entries if e.kind == "sent"][-1] if talk else None
        return (entry.text, entry.status) if entry else ("", None)

    qtbot.waitUntil(lambda: latest_sent() == (SIGNATURE + "上午10点开门", "submitted"),
                    timeout=5000)
    gateway.set_report_stat(WANG, "DELIVRD")
    gateway.flush_reports()
    pull(session, qtbot)
    qtbot.waitUntil(lambda: latest_sent()[1] == "delivered", timeout=5000)
    last = panel.model.rowCount() - 1
    assert panel.model.index(last, 0).data() == SIGNATURE + "上午10点开门"
    assert panel.model.status_words(panel.conversation.entries[-1])[1] == "ok"
    # The customer answers the reply: it is matched to the reply's own extension.
    gateway.inject_mo(ACCOUNT, WANG, "好的，谢谢")
    pull(session, qtbot)
    qtbot.waitUntil(lambda: panel.conversation.entries[-1].text == "好的，谢谢", timeout=5000)
    answer = panel.conversation.entries[-1]
    assert answer.link == "exact" and answer.campaign_name == f"回复 {WANG}"


def test_an_opted_out_number_is_answered_only_after_an_explicit_yes(
        open_window: WindowFactory, gateway: GatewaySimulator, qtbot: QtBot,
        tmp_path: Path) -> None:
    _window, session, page = open_signed_in(open_window, gateway, tmp_path / "data", digits=0)
    send_campaign(session, "春季上新", [WANG])
    gateway.inject_mo(ACCOUNT, WANG, "退订")
    pull(session, qtbot)
    page.open_conversation(WANG)
    panel = page.conversations.panel
    opened(qtbot, panel, WANG)
    box = panel.reply_box
    assert panel.conversation.opted_out and box.optout_label.isVisible()
    assert panel.optout_badge.isVisible()
    before = len(gateway.submissions(ACCOUNT))

    def ask() -> QMessageBox:
        qtbot.mouseClick(box.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.reply_sender.confirm_box is not None, timeout=5000)
        confirm = panel.reply_sender.confirm_box
        assert confirm is not None and confirm.objectName() == "replyOptOutConfirm"
        assert confirm.isModal() and confirm.defaultButton().objectName() == \
            "replyOptOutKeepButton"
        return confirm

    box.set_body("好的，已为您退订，抱歉打扰")
    qtbot.keyClick(ask(), Qt.Key.Key_Return)  # the default: nothing is sent
    qtbot.waitUntil(lambda: box.send_button.isEnabled(), timeout=5000)
    assert len(gateway.submissions(ACCOUNT)) == before
    assert box.edit.toPlainText() == "好的，已为您退订，抱歉打扰"  # nothing lost

    confirm = ask()
    send_anyway = confirm.findChild(QPushButton, "replyOptOutSendButton")
    qtbot.mouseClick(send_anyway, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(gateway.submissions(ACCOUNT)) == before + 1, timeout=10_000)
    assert gateway.submissions(ACCOUNT)[-1].mobile == WANG
    assert session.store.is_opted_out(WANG)  # still on the list


def test_the_repeat_warning_stops_the_same_reply_twice(
        open_window: WindowFactory, gateway: GatewaySimulator, qtbot: QtBot,
        tmp_path: Path) -> None:
    _window, session, page = open_signed_in(open_window, gateway, tmp_path / "data", digits=0)
    send_campaign(session, "春季上新", [LI], text=SIGNATURE + "本店地址：和平路12号")
    page.open_conversation(LI)
    panel = page.conversations.panel
    opened(qtbot, panel, LI)
    panel.reply_box.set_body("本店地址：和平路12号")
    before = len(gateway.submissions(ACCOUNT))
    qtbot.mouseClick(panel.reply_box.send_button, Qt.MouseButton.LeftButton)
    guard = panel.reply_sender.guard
    qtbot.waitUntil(lambda: guard.dialog is not None and guard.dialog.isVisible(), timeout=5000)
    dialog = guard.dialog
    assert dialog.objectName() == "repeatSendWarning"
    dont = dialog.findChild(QPushButton, "repeatDontSendButton")
    assert dont is not None and dont.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.reply_box.send_button.isEnabled(), timeout=5000)
    assert len(gateway.submissions(ACCOUNT)) == before
    assert panel.reply_box.edit.toPlainText() == "本店地址：和平路12号"


def test_unread_counts_mark_handled_and_search_by_number_name_or_text(
        open_window: WindowFactory, gateway: GatewaySimulator, qtbot: QtBot,
        tmp_path: Path) -> None:
    window, session, page = open_signed_in(open_window, gateway, tmp_path / "data", digits=0)
    numbers = [WANG, LI, "13700000003"]
    spring = send_campaign(session, "春季上新", numbers)
    session.store.remember_customer_names(spring, [(WANG, "王丽"), (LI, "李娜")])
    for mobile, text in ((WANG, "几点开门？"), (LI, "地址在哪"), (WANG, "在吗"),
                         ("13700000003", "R")):
        gateway.inject_mo(ACCOUNT, mobile, text)
    pull(session, qtbot)
    qtbot.waitUntil(lambda: listed(page) == {WANG: 2, LI: 1, "13700000003": 0}, timeout=5000)
    qtbot.waitUntil(lambda: tab_title(window, page) == "上行/回复 (3)", timeout=5000)

    page.open_conversation(WANG)
    panel = page.conversations.panel
    opened(qtbot, panel, WANG)
    handled = window.findChild(QPushButton, "markHandledButton")
    assert handled is panel.handled_button and handled.isEnabled()
    qtbot.mouseClick(handled, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: listed(page).get(WANG) == 0, timeout=5000)
    qtbot.waitUntil(lambda: tab_title(window, page) == "上行/回复 (1)", timeout=5000)
    assert not handled.isEnabled()
    assert session.store.unread_replies() == 1

    page.conversations.unread_only.setChecked(True)
    qtbot.waitUntil(lambda: listed(page) == {LI: 1}, timeout=5000)
    page.conversations.unread_only.setChecked(False)

    for search, expected in (("139", {WANG}), ("李娜", {LI}), ("开门", {WANG}),
                             ("+86 137", {"13700000003"}), ("没有这个", set())):
        page.filter_edit.setText(search)
        qtbot.waitUntil(lambda expected=expected: set(listed(page)) == expected
                        and not page.conversations.model.is_loading(), timeout=5000)
    page.filter_edit.clear()
    qtbot.waitUntil(lambda: len(listed(page)) == 3, timeout=5000)

    # A new reply to a handled conversation counts again, and moves it to the top.
    gateway.inject_mo(ACCOUNT, WANG, "还在吗")
    pull(session, qtbot)
    qtbot.waitUntil(lambda: listed(page).get(WANG) == 1, timeout=5000)
    assert page.conversations.model.index(0, 0).data(MOBILE_ROLE) == WANG
    qtbot.waitUntil(lambda: panel.conversation.entries[-1].text == "还在吗", timeout=5000)
    assert tab_title(window, page) == "上行/回复 (2)"


def test_reply_from_the_reports_table_opens_the_conversation(
        open_window: WindowFactory, gateway: GatewaySimulator, qtbot: QtBot,
        tmp_path: Path) -> None:
    window, session, page = open_signed_in(open_window, gateway, tmp_path / "data", digits=0)
    send_campaign(session, "春季上新", [LI, WANG])
    gateway.flush_reports()
    gateway.inject_mo(ACCOUNT, WANG, "几点开门？")  # in the list; LI never replied
    pull(session, qtbot)
    view = page.conversations.view
    qtbot.waitUntil(lambda: listed(page) == {WANG: 1}, timeout=5000)
    view.setCurrentIndex(view.model().index(0, 0))
    reports = window.findChild(ReportsPage, "reportsPage")
    assert reports is not None
    tabs = window.findChild(QTabWidget, "mainTabs")
    tabs.setCurrentWidget(reports)
    qtbot.waitUntil(lambda: reports.model.rowCount() == 2, timeout=5000)
    button = reports.findChild(QPushButton, "reportsReplyButton")
    assert not button.isEnabled()
    reports.view.selectRow(next(r for r in range(2) if reports.model.record(r).mobile == LI))
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert tabs.currentWidget() is page
    panel = page.conversations.panel
    opened(qtbot, panel, LI)
    assert [(e.kind, e.text) for e in panel.conversation.entries] == [("sent", TEXT)]
    assert panel.reply_box.edit.toPlainText() == ""
    assert window.focusWidget() is panel.reply_box.edit
    assert not view.selectionModel().hasSelection()  # LI is not in the list
    # A click on the list's conversation opens it again.
    rect = view.visualRect(view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    opened(qtbot, panel, WANG)

    tabs.setCurrentWidget(reports)
    actions = {a.objectName(): a for a in reports.view.actions()}
    actions["reportsReplyAction"].trigger()
    opened(qtbot, panel, LI)
    assert tabs.currentWidget() is page
