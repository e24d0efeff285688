"""Around conversations, through the real window against the simulator with a real store:
quick replies managed in their dialog and inserted with one click; customers named by the
姓名 column of the sheet a bulk campaign came from; the account option that gives each
campaign its own extension of the 接入号, with its length limit."""

from __future__ import annotations

import threading
from pathlib import Path

from import_helpers import (
    ACCOUNT,
    SIGNATURE,
    SignedIn,
    confirm_with_enter,
    customer_rows,
    import_page,
    open_and_check,
    open_precheck,
    type_template,
    wait_sent,
    write_xlsx,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from juhe_desk.gateway.simulator import GatewaySimulator
from juhe_desk.services.campaign_exports import SourceRef, remember_source
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.services.sending import CampaignSender, SendOptions
from juhe_desk.ui.main_window import MainWindow
from juhe_desk.ui.models.conversations_model import MOBILE_ROLE, NAME_ROLE
from juhe_desk.ui.pages.inbox_page import InboxPage

ADDRESS = "本店地址：和平路 12 号，地铁站旁边。"
HOURS = "营业时间：每天 9:00-21:00。"


def inbox(window: QMainWindow) -> InboxPage:
    page = window.findChild(InboxPage, "inboxPage")
    assert page is not None
    return page


def chips(page: InboxPage) -> dict[str, QToolButton]:
    box = page.conversations.panel.reply_box
    return {b.text(): b for b in box.findChildren(QToolButton, "quickReplyButton")
            if not b.isHidden()}


def test_quick_replies_are_managed_in_a_dialog_inserted_with_one_click_and_kept(
        signed_in: SignedIn, gateway: GatewaySimulator, qtbot: QtBot,
        tmp_path: Path) -> None:
    window = signed_in()
    page = inbox(window)
    page.open_conversation("13800138001")
    panel = page.conversations.panel
    qtbot.waitUntil(lambda: panel.conversation is not None and panel.quick.loaded,
                    timeout=5000)
    assert chips(page) == {}
    manage = panel.findChild(QToolButton, "manageQuickRepliesButton")
    qtbot.mouseClick(manage, Qt.MouseButton.LeftButton)
    dialog = panel.quick_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.objectName() == "quickRepliesDialog"
    title = dialog.findChild(QLineEdit, "quickReplyTitleEdit")
    save = dialog.findChild(QPushButton, "saveQuickReplyButton")

    for name, text in (("地址", ADDRESS), ("", HOURS)):
        qtbot.mouseClick(dialog.findChild(QPushButton, "newQuickReplyButton"),
                         Qt.MouseButton.LeftButton)
        title.setText(name)
        dialog.text_edit.setPlainText(text)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda text=text: text in [r.text for r in panel.quick.items],
                        timeout=5000)
    qtbot.waitUntil(lambda: set(chips(page)) == {"地址", "营业时间：每天 9:0…"}, timeout=5000)
    assert dialog.list.count() == 2

    # One click puts it in at the cursor.
    box = panel.reply_box
    box.set_body("您好，")
    qtbot.mouseClick(chips(page)["地址"], Qt.MouseButton.LeftButton)
    assert box.body() == "您好，" + ADDRESS

    # Edited, moved and deleted in the dialog; the box follows.
    dialog.list.setCurrentRow(0)
    assert title.text() == "地址" and dialog.text_edit.toPlainText() == ADDRESS
    dialog.text_edit.setPlainText("本店地址：和平路 12 号")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.quick.items[0].text == "本店地址：和平路 12 号", timeout=5000)
    qtbot.mouseClick(dialog.findChild(QPushButton, "moveQuickReplyDownButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [r.title for r in panel.quick.items] == ["", "地址"], timeout=5000)
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.findChild(QPushButton, "deleteQuickReplyButton"),
                     Qt.MouseButton.LeftButton)
    confirm = dialog.findChild(QMessageBox, "deleteQuickReplyBox")
    assert confirm is not None
    assert confirm.defaultButton() is confirm.button(QMessageBox.StandardButton.No)
    qtbot.mouseClick(confirm.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [r.title for r in panel.quick.items] == ["地址"], timeout=5000)
    qtbot.waitUntil(lambda: set(chips(page)) == {"地址"}, timeout=5000)
    dialog.close()
    window.close()

    window = signed_in.open()  # kept in the store
    page = inbox(window)
    page.open_conversation("13800138001")
    qtbot.waitUntil(lambda: set(chips(page)) == {"地址"}, timeout=5000)


def test_the_bulk_sheets_name_column_names_the_customer(
        signed_in: SignedIn, gateway: GatewaySimulator, qtbot: QtBot,
        tmp_path: Path) -> None:
    window = signed_in()
    bulk = import_page(window)
    rows = customer_rows(3)  # 张伟 13800138001, 王芳 13800138002, 李娜 13800138003
    open_and_check(qtbot, bulk, write_xlsx(tmp_path / "客户.xlsx", rows))
    type_template(qtbot, bulk, "{姓名}您好，新品到店。")
    confirm_with_enter(qtbot, open_precheck(qtbot, bulk))
    wait_sent(qtbot, bulk)
    store = window.session.store  # type: ignore[attr-defined]
    # Kept by a job beside the sending: it may end after the last batch.
    qtbot.waitUntil(lambda: [store.customer_name(f"1380013800{i}") for i in (1, 2, 3)]
                    == ["张伟", "王芳", "李娜"])

    gateway.inject_mo(ACCOUNT, "13800138002", "好的")
    session = window.session  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: session.runner.busy() == 0, timeout=5000)
    with qtbot.waitSignal(session.synced, timeout=5000):
        session.poll_now()
    page = inbox(window)
    model = page.conversations.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    first = model.index(0, 0)
    assert (first.data(MOBILE_ROLE), first.data(NAME_ROLE), first.data()) == (
        "13800138002", "王芳", "王芳")
    page.open_conversation("13800138002")
    panel = page.conversations.panel
    qtbot.waitUntil(lambda: panel.conversation is not None, timeout=5000)
    assert panel.name_label.text() == "王芳"
    assert "王芳" in panel.reply_box.edit.placeholderText()


def test_the_account_option_gives_each_campaign_its_own_extension(
        signed_in: SignedIn, gateway: GatewaySimulator, qtbot: QtBot,
        tmp_path: Path) -> None:
    window = signed_in()
    assert isinstance(window, MainWindow)
    dialog = window.show_account_dialog()
    combo = dialog.findChild(QComboBox, "replyExtensionCombo")
    assert combo is not None and combo.currentData() == 0  # off unless asked for
    buttons = dialog.findChild(QDialogButtonBox, "accountButtons")
    save = buttons.button(QDialogButtonBox.StandardButton.Save)

    extno = dialog.findChild(QLineEdit, "extnoEdit")
    extno.setText("1" * 17)
    combo.setCurrentIndex(combo.findData(4))
    queries = len(gateway.request_log())
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    status = dialog.findChild(QLabel, "accountStatusLabel")
    assert "20" in status.text() and dialog.isVisible()  # refused at once, in words
    assert len(gateway.request_log()) == queries

    extno.setText("1069012345")
    combo.setCurrentIndex(combo.findData(3))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    store = window.session.store
    qtbot.waitUntil(lambda: store.get_account(ACCOUNT).reply_extension_digits == 3,
                    timeout=5000)
    assert window.session.account is not None
    assert window.session.account.reply_extension_digits == 3
    again = window.show_account_dialog()
    assert again.findChild(QComboBox, "replyExtensionCombo").currentData() == 3
    again.reject()
    assert SIGNATURE in store.get_account(ACCOUNT).signatures


def test_a_campaign_older_than_kept_names_is_named_from_the_sheet_it_remembers(
        signed_in: SignedIn, gateway: GatewaySimulator, qtbot: QtBot,
        tmp_path: Path) -> None:
    """As a campaign written before this version: its sheet remembered, its names not kept.
    Opening a conversation reads the sheet again, in a job; a row that no longer holds its
    number (the sheet was edited since) gives no name."""
    window = signed_in()
    session = window.session  # type: ignore[attr-defined]
    store = session.store
    rows = customer_rows(3)  # 张伟 13800138001, 王芳 13800138002, 李娜 13800138003
    rows[2] = ("李娜", 13900000000.0, *rows[2][2:])  # edited since: another number now
    sheet = write_xlsx(tmp_path / "老客户.xlsx", rows)
    mobiles = ["13800138001", "13800138002", "13800138003"]
    campaign = create_campaign_from_messages(
        store, account_id=ACCOUNT, name="老活动", extno="1069012345",
        messages=[(m, SIGNATURE + "新品到店") for m in mobiles], batch_size=200,
        row_indexes=[0, 1, 2])
    # Set up as the bulk tab's job did (off the GUI thread: the window's code is checked).
    def remember_in_a_job() -> None:
        with store.job_connection():
            remember_source(store, campaign.id, SourceRef(sheet, "客户名单"))

    setup = threading.Thread(target=remember_in_a_job)
    setup.start()
    setup.join()
    CampaignSender(store, session.make_client, campaign.id,
                   options=SendOptions(parallel=1)).run()
    assert store.campaigns_to_name("13800138002") == [campaign.id]

    page = inbox(window)
    page.open_conversation("13800138002")
    panel = page.conversations.panel
    qtbot.waitUntil(lambda: panel.name_label.text() == "王芳", timeout=15_000)
    assert store.customer_name("13800138001") == "张伟"  # the whole sheet's names kept
    assert store.customer_name("13800138003") == ""  # its row holds another number now
    assert store.campaigns_to_name("13800138003") == []  # read once, not again
