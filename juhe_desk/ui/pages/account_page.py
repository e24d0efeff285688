"""The Account tab: balance gauge and warning level, account details and switch, daily totals."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.domain.money import li_to_yuan_text, sms_left
from juhe_desk.gateway.china_time import now_in_china
from juhe_desk.gateway.models import Balance
from juhe_desk.store import Account, Store
from juhe_desk.ui import status_style
from juhe_desk.ui.money_text import yuan_text
from juhe_desk.ui.naming import named
from juhe_desk.ui.pages.account_statistics import StatisticsPanel
from juhe_desk.ui.session import Session
from juhe_desk.ui.widgets.balance_gauge import BalanceGauge

BALANCE_REFRESH_SETTING = "balance.refresh_minutes"
DEFAULT_BALANCE_REFRESH_MINUTES = 5

log = logging.getLogger(__name__)
QT_INT_MAX = 2**31 - 1  # the largest count tr() takes


def _label(name: str, selectable: bool = False) -> QLabel:
    label = named(QLabel(), name)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AccountPage(QWidget):
    """Balance (gauge, warning level, refresh), the account's settings and the switch
    between accounts, and the gateway's daily totals."""

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 staged: bool = False) -> None:
        """``staged``: built by ``build_rest``, a part per ``next()`` (``pages.Pages``)."""
        super().__init__(parent)
        self.setObjectName("accountPage")
        self.session = session
        self._balance_time: dt.datetime | None = None
        self._balance_requested = False
        self._shown_account_id: str | None = None
        self._shown_ready = False  # whether the password was known when last shown
        self._accounts: dict[str, Account] = {}  # as listed last, by id
        self._accounts_read = 0  # the newest read of the saved accounts
        self.build_rest = self._build(session)
        if not staged:
            for _part in self.build_rest:
                pass

    def _build(self, session: Session) -> Iterator[None]:
        """The page in three parts (the balance, the account, the daily totals and what
        hears the session), 1-2 ms each."""
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self._build_balance_box(), 1)
        yield
        top.addWidget(self._build_details_box(), 1)
        layout.addLayout(top)
        yield
        self.statistics = StatisticsPanel(session)
        layout.addWidget(self.statistics, 1)

        self.balance_timer = QTimer(self)
        self.balance_timer.timeout.connect(self._refresh_balance_quietly)
        self.balance_timer.start(self._balance_refresh_minutes() * 60_000)
        session.add_shutdown_hook(self.balance_timer.stop)  # no job after the runner stops

        session.balanceChanged.connect(self._on_balance_changed)
        session.accountChanged.connect(self._on_account_changed)
        session.connectionChanged.connect(self._on_connection_changed)
        session.sendFinished.connect(self._on_send_finished)
        self._on_account_changed()

    # --- building -------------------------------------------------------------------------
    def _build_balance_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Balance"))
        self.gauge = BalanceGauge()
        self.charge_label = _label("chargeTypeLabel")
        self.sms_left_label = _label("smsLeftLabel")
        self.low_label = _label("lowBalanceLabel")
        self.low_label.setStyleSheet(status_style.text_style(status_style.ERROR))
        self.updated_label = _label("balanceUpdatedLabel")
        self.refresh_button = named(QPushButton(self.tr("Refresh balance")), "refreshBalanceButton")
        self.refresh_button.setToolTip(self.tr("Ask the gateway for the balance now (F5)"))
        self.refresh_button.clicked.connect(self.refresh_balance)

        self.threshold_spin = named(QDoubleSpinBox(), "thresholdSpin")
        self.threshold_spin.setRange(0.0, 1_000_000.0)
        self.threshold_spin.setDecimals(2)
        self.threshold_spin.setSingleStep(10.0)
        self.threshold_spin.setPrefix("¥")
        self.threshold_spin.valueChanged.connect(lambda _value: self._threshold_edited())
        self.threshold_spin.editingFinished.connect(self._threshold_entered)
        self.threshold_button = named(QPushButton(self.tr("Apply")), "saveThresholdButton")
        self.threshold_button.setEnabled(False)
        self.threshold_button.clicked.connect(self.apply_threshold)
        threshold_label = QLabel(self.tr("Warn when the balance is below"))
        threshold_label.setBuddy(self.threshold_spin)
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(threshold_label)
        threshold_row.addWidget(self.threshold_spin, 1)
        threshold_row.addWidget(self.threshold_button)

        layout = QVBoxLayout(box)
        layout.addWidget(self.gauge, 1)
        for label in (self.charge_label, self.sms_left_label, self.low_label):
            layout.addWidget(label)
        refresh_row = QHBoxLayout()
        refresh_row.addWidget(self.updated_label, 1)
        refresh_row.addWidget(self.refresh_button)
        layout.addLayout(refresh_row)
        layout.addLayout(threshold_row)
        return box

    def _build_details_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Account"))
        self.account_combo = named(QComboBox(), "accountCombo")
        self.account_combo.setToolTip(self.tr("Choose the account to send from"))
        self.account_combo.activated.connect(self._account_chosen)
        self.id_label = _label("accountIdLabel", selectable=True)
        self.gateway_label = _label("gatewayLabel", selectable=True)
        self.extno_label = _label("extnoLabel", selectable=True)
        self.signatures_label = _label("signaturesLabel", selectable=True)
        self.price_label = _label("priceLabel", selectable=True)
        self.notice_label = _label("accountNoticeLabel")
        self.notice_label.setStyleSheet(status_style.text_style(status_style.ERROR))
        # Created in the order they sit on screen, so Tab walks them left to right.
        self.add_button = named(QPushButton(self.tr("A&dd account…")), "addAccountButton")
        self.add_button.clicked.connect(lambda: self._open_account_dialog(new=True))
        self.edit_button = named(QPushButton(self.tr("&Edit account…")), "editAccountButton")
        self.edit_button.clicked.connect(lambda: self._open_account_dialog(new=False))

        form = QFormLayout()
        form.addRow(self.tr("Active account"), self.account_combo)
        form.addRow(self.tr("Account"), self.id_label)
        form.addRow(self.tr("Gateway address"), self.gateway_label)
        form.addRow(self.tr("Access number (extno)"), self.extno_label)
        form.addRow(self.tr("Signature(s)"), self.signatures_label)
        form.addRow(self.tr("Price per SMS part"), self.price_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(self.notice_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return box

    # --- balance --------------------------------------------------------------------------
    def refresh_balance(self) -> None:
        if not self.session.ready:
            self.updated_label.setText(self.tr("No account with a password is set up."))
            return
        self._balance_requested = True
        self.updated_label.setText(self.tr("Updating…"))
        self.session.refresh_balance()

    def _refresh_balance_quietly(self) -> None:
        self.session.refresh_balance()  # does nothing without an account

    def _on_send_finished(self, _report: object) -> None:
        self.session.refresh_balance()

    def _on_balance_changed(self, balance: Balance) -> None:
        self._balance_requested = False
        self._balance_time = now_in_china()
        self._show_balance()

    def _on_connection_changed(self, ok: bool, explanation: str) -> None:
        if not ok and self._balance_requested:
            self._balance_requested = False
            self.updated_label.setText(self.tr("Could not update the balance: {reason}").format(
                reason=explanation))

    def _show_balance(self) -> None:
        account, balance = self.session.account, self.session.balance
        threshold = account.low_balance_li if account else 0
        if balance is None:
            self.gauge.set_balance(None, threshold, "")
            for label in (self.charge_label, self.sms_left_label, self.low_label):
                label.clear()
            self.low_label.hide()
            if not self._balance_requested:
                self.updated_label.setText(self.tr("Balance not checked yet"))
            return
        self.gauge.set_balance(balance.balance, threshold, self.charge_type_text(balance))
        self.charge_label.setText(self._charge_explanation(balance))
        self.sms_left_label.setText(self._sms_left_text(balance, account))
        low = self.gauge.is_low()
        self.low_label.setVisible(low)
        self.low_label.setText(self.tr("Below your warning level of ¥{amount}: top up soon so "
                                       "that sending does not stop.").format(
            amount=yuan_text(threshold)) if low else "")
        if self._balance_time is not None and not self._balance_requested:
            self.updated_label.setText(self.tr("Updated at {time}").format(
                time=self._balance_time.strftime("%H:%M:%S")))

    def charge_type_text(self, balance: Balance) -> str:
        if balance.charge_type == "PRECHARGE":
            return self.tr("Pre-paid")
        if balance.charge_type == "POSTCHARGE":
            return self.tr("Post-paid")
        return ""

    def _charge_explanation(self, balance: Balance) -> str:
        if balance.charge_type == "PRECHARGE":
            return self.tr("Pre-paid: sending stops when the balance runs out.")
        if balance.charge_type == "POSTCHARGE":
            return self.tr("Post-paid: the provider bills the account afterwards.")
        return self.tr("The gateway did not say how the account is charged.")

    def _sms_left_text(self, balance: Balance, account: Account | None) -> str:
        if balance.balance < 0:
            return self.tr("The account owes ¥{amount}.").format(
                amount=yuan_text(-balance.balance))
        if account is None or account.price_li <= 0:
            return self.tr("Set the price per SMS part (Edit account…) to see how many SMS "
                           "the balance pays for.")
        left = sms_left(balance.balance, account.price_li)
        if left == 0:
            return self.tr("No SMS left: please top up the account.")
        # Qt takes the count as a 32-bit int: a larger one (a huge balance) would raise.
        # It only picks the plural form; the number is written here, grouped as %Ln does.
        return self.tr("About {count} SMS left at ¥{price} each", "",
                       min(left, QT_INT_MAX)).format(
            count=f"{left:,}", price=li_to_yuan_text(account.price_li, 3))

    def _balance_refresh_minutes(self) -> int:
        text = self.session.writes.setting(BALANCE_REFRESH_SETTING)  # no store read
        try:
            return max(1, int(text)) if text else DEFAULT_BALANCE_REFRESH_MINUTES
        except ValueError:
            return DEFAULT_BALANCE_REFRESH_MINUTES

    # --- warning level --------------------------------------------------------------------
    def _threshold_li(self) -> int:
        return round(self.threshold_spin.value() * 1000)

    def _threshold_edited(self) -> None:
        account = self.session.account
        self.threshold_button.setEnabled(
            account is not None and self._threshold_li() != account.low_balance_li)

    def _threshold_entered(self) -> None:
        # Return applies; merely leaving the field does not (the Apply button is there).
        if self.threshold_spin.hasFocus():
            self.apply_threshold()

    def apply_threshold(self) -> None:
        """Save the warning level to the account; the status bar warning follows."""
        account = self.session.account
        threshold = self._threshold_li()
        if account is None or threshold == account.low_balance_li:
            return
        def save(store: Store) -> None:
            stored = store.find_account(account.id) or account
            store.save_account(replace(stored, low_balance_li=threshold))

        self.session.writes.submit(save)
        # Keep this run's other settings (e.g. --gateway) as they are.
        self.session.account = replace(account, low_balance_li=threshold)
        self.session.accountChanged.emit()

    # --- account details and switching ---------------------------------------------------
    def _on_account_changed(self) -> None:
        account = self.session.account
        switched = (account.id if account else None) != self._shown_account_id
        self._shown_account_id = account.id if account else None
        # The password came (from the keyring at start, or typed in): the statistics
        # can be asked for now, not only "enter the password".
        password_came = self.session.ready and not self._shown_ready
        self._shown_ready = self.session.ready
        self._fill_account_combo()
        self._show_details(account)
        if switched or not self.threshold_button.isEnabled():  # keep a value being typed in
            self.threshold_spin.blockSignals(True)  # (an edit at another desk: account_follow)
            self.threshold_spin.setValue((account.low_balance_li if account else 0) / 1000)
            self.threshold_spin.blockSignals(False)
        self._threshold_edited()
        self.threshold_spin.setEnabled(account is not None)
        if switched:
            self._balance_time = None
        self._show_balance()
        if (switched or password_came) and self.isVisible():
            self.statistics.load()

    def _fill_account_combo(self) -> None:
        """List the saved accounts (read in a job; the newest read wins)."""
        self._accounts_read += 1
        asked, store = self._accounts_read, self.session.store

        def listed(accounts: list[Account]) -> None:
            if asked == self._accounts_read:
                self._list_accounts(accounts)

        self._list_accounts(list(self._accounts.values()))  # the current one at once
        self.session.runner.submit(lambda ctx: store.list_accounts(), on_result=listed,
                                   on_error=lambda error: log.warning(
                                       "the accounts could not be listed: %s", error))

    def _list_accounts(self, accounts: list[Account]) -> None:
        self._accounts = {account.id: account for account in accounts}  # as stored
        current = self.session.account
        if current is not None and current.id not in self._accounts:  # not saved yet
            accounts = [*accounts, current]
        self.account_combo.blockSignals(True)
        self.account_combo.clear()
        for account in accounts:
            text = f"{account.name} ({account.id})" if account.name else account.id
            self.account_combo.addItem(text, account.id)
        if current is not None:
            self.account_combo.setCurrentIndex(self.account_combo.findData(current.id))
        self.account_combo.blockSignals(False)
        self.account_combo.setEnabled(len(accounts) > 1)

    def _show_details(self, account: Account | None) -> None:
        if account is None:
            for label in (self.id_label, self.gateway_label, self.extno_label,
                          self.signatures_label, self.price_label):
                label.setText("—")
            self.notice_label.setText(self.tr("No account is set up yet: use Add account…"))
            self.notice_label.show()
            self.edit_button.setEnabled(False)
            return
        self.edit_button.setEnabled(True)
        self.id_label.setText(f"{account.id} · {account.name}" if account.name else account.id)
        self.gateway_label.setText(account.gateway_url)
        self.extno_label.setText(account.extno or "—")
        self.signatures_label.setText("  ".join(account.signatures) or "—")
        self.price_label.setText(
            self.tr("¥{price} per part").format(price=li_to_yuan_text(account.price_li, 3))
            if account.price_li > 0 else self.tr("not set"))
        self.notice_label.setText("" if self.session.ready else self.tr(
            "No password is saved for account {id}: use Edit account… to enter it.").format(
            id=account.id))
        self.notice_label.setVisible(bool(self.notice_label.text()))

    def _account_chosen(self, index: int) -> None:
        account_id = self.account_combo.itemData(index)
        current = self.session.account
        if not isinstance(account_id, str) or (current is not None and current.id == account_id):
            return
        account = self._accounts.get(account_id)  # as listed: no store read here
        if account is not None:
            self.session.use_account(account, None)  # the password comes from the keyring

    def _open_account_dialog(self, new: bool) -> None:
        show = getattr(self.window(), "show_account_dialog", None)
        if callable(show):
            show(new=new)

    # --- statistics -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.statistics.load()
