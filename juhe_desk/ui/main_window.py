"""The main window: five tabs, a status bar with account, connection and balance, menus."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
)

from juhe_desk import APP_NAME
from juhe_desk.cli import Options
from juhe_desk.domain.money import li_to_yuan_text
from juhe_desk.gateway.models import Balance
from juhe_desk.services.shared_database import save_address, save_password
from juhe_desk.store import Account, PasswordMode
from juhe_desk.store.shared_errors import SharedAddressError
from juhe_desk.ui.data_safety import DataSafety
from juhe_desk.ui.dialogs.account_dialog import AccountDialog, AccountForm
from juhe_desk.ui.dialogs.shared_database_section import SharedDatabaseSection
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.naming import named
from juhe_desk.ui.pages import build_pages
from juhe_desk.ui.session import Session

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 720)
        self.account_dialog: AccountDialog | None = None

        self.tabs = named(QTabWidget(), "mainTabs")
        self.tabs.setDocumentMode(True)
        self.pages = build_pages(session, self)
        for page, title in self.pages.with_titles():
            self.tabs.addTab(page, title)
        self.setCentralWidget(self.tabs)

        self.account_label = named(QLabel(), "accountLabel")
        self.connection_label = named(QLabel(), "connectionLabel")
        self.balance_label = named(QLabel(), "balanceLabel")
        status = self.statusBar()
        status.addWidget(self.account_label)
        status.addWidget(self.connection_label, 1)
        status.addPermanentWidget(self.balance_label)

        self.data_safety = DataSafety(self, session)  # backups, restore, damage found
        self._build_menus()
        session.accountChanged.connect(self._show_account)
        session.balanceChanged.connect(self._show_balance)
        session.connectionChanged.connect(self._show_connection)
        session.writes.failed.connect(lambda text: status.showMessage(text, 10_000))
        self._show_account()

    # --- menus ----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.pages.add_file_actions(file_menu)
        file_menu.addSeparator()
        file_menu.addActions(self.data_safety.file_actions())
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        account_menu = self.menuBar().addMenu(self.tr("&Account"))
        edit_account = QAction(self.tr("Account &settings…"), self)
        edit_account.setObjectName("accountSettingsAction")
        edit_account.triggered.connect(self.show_account_dialog)
        new_account = QAction(self.tr("&Add another account…"), self)
        new_account.setObjectName("addAccountAction")
        new_account.triggered.connect(lambda: self.show_account_dialog(new=True))
        refresh = QAction(self.tr("&Refresh balance"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.session.refresh_balance)
        check = QAction(self.tr("Check for &reports and replies now"), self)
        check.triggered.connect(self.session.poll_now)
        for action in (edit_account, new_account, refresh, check):
            account_menu.addAction(action)
        self.pages.add_tools_actions(self.menuBar().addMenu(self.tr("&Tools")))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About juhe-desk"), self)
        about.triggered.connect(self._show_about)
        diagnostics = QAction(self.tr("&Copy diagnostics"), self)
        diagnostics.setObjectName("copyDiagnosticsAction")
        diagnostics.triggered.connect(self.copy_diagnostics)
        help_menu.addAction(diagnostics)
        help_menu.addAction(about)
        for index in range(self.tabs.count()):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            self.addAction(action)

    # --- start-up -------------------------------------------------------------------------
    def open_initial_state(self, options: Options) -> None:
        account = self.session.account
        if self.session.ready and account is not None:
            log.info("opening with account %s", account.id)
            self.session.start_polling()
            self.session.refresh_balance()
        else:
            log.info("no account with a known password yet: asking for one")
            QTimer.singleShot(0, self.show_account_dialog)
        if options.quit_after is not None:
            QTimer.singleShot(int(options.quit_after * 1000), self.close)
        self.pages.after_start(options)

    # --- account --------------------------------------------------------------------------
    def show_account_dialog(self, new: bool = False) -> AccountDialog:
        account = None if new else self.session.account
        initial = _form_from_account(account) if account else None
        # Editing the account in use: an empty password field keeps the password it has.
        known_password = self.session.known_password() if account is not None else None

        def test_connection(form: AccountForm, password: str) -> Balance:
            return self._test_connection(form, password or known_password or "")

        shared = SharedDatabaseSection(self.session.runner, self.session.credentials,
                                       self.session.store.shared_address)
        dialog = AccountDialog(self.session.runner, test_connection, initial, self,
                               password_known=bool(known_password),
                               keyring_available=self.session.credentials.keyring_available(),
                               extra=shared)
        dialog.accepted.connect(lambda: self._account_saved(dialog))
        dialog.accepted.connect(lambda: self._shared_database_saved(shared))
        self.account_dialog = dialog
        dialog.open()
        return dialog

    def _test_connection(self, form: AccountForm, password: str) -> Balance:
        # worker thread: uses only the values it is given
        account = _account_from_form(form)
        with self.session.make_client(account, password) as client:
            return client.balance()

    def _account_saved(self, dialog: AccountDialog) -> None:
        account = _account_from_form(dialog.form())
        existing = self.session.store.find_account(account.id)
        if existing is not None:  # what the dialog does not show stays as it was
            account = replace(account, name=existing.name)
        message = self.session.use_account(account, dialog.password() or None)
        if message:
            self.statusBar().showMessage(message, 10_000)

    def _shared_database_saved(self, section: SharedDatabaseSection) -> None:
        """The team database this desk uses from its next start; its password in the
        keyring under its address."""
        try:
            if not section.changed():
                return
            choice = section.choice()
        except SharedAddressError as error:
            self.statusBar().showMessage(explain_error(error), 15_000)
            return
        if choice.address is not None and choice.password:
            save_password(self.session.credentials, choice.address, choice.password)
        data_dir, address = self.session.data_dir, choice.address
        self.session.runner.submit(
            lambda ctx: save_address(data_dir, address),
            on_result=lambda _done: self.statusBar().showMessage(self.tr(
                "The team database setting was saved; it takes effect when juhe-desk starts "
                "again."), 15_000),
            on_error=lambda error: self.statusBar().showMessage(explain_error(error), 15_000))

    def _show_account(self) -> None:
        account = self.session.account
        if account is None:
            self.account_label.setText(self.tr("No account set up"))
        else:
            self.account_label.setText(self.tr("Account {id}").format(id=account.id))
        self._show_balance(self.session.balance)

    def _show_balance(self, balance: Balance | None) -> None:
        account = self.session.account
        if balance is None:
            self.balance_label.setText(self.tr("Balance: —"))
            self.balance_label.setStyleSheet("")
            return
        text = self.tr("Balance: ¥{amount}").format(amount=li_to_yuan_text(balance.balance))
        low = account is not None and balance.balance < account.low_balance_li
        if low:
            text += " " + self.tr("(low)")
        self.balance_label.setText(text)
        self.balance_label.setStyleSheet("color: #c0392b; font-weight: bold;" if low else "")

    def _show_connection(self, ok: bool, explanation: str) -> None:
        if ok:
            self.connection_label.setText(self.tr("Connected"))
            self.connection_label.setToolTip("")
        else:
            self.connection_label.setText(self.tr("Not connected: {reason}").format(
                reason=explanation))
            self.connection_label.setToolTip(explanation)

    def copy_diagnostics(self) -> None:
        from juhe_desk.ui.diagnostics import diagnostics_text

        QApplication.clipboard().setText(diagnostics_text(self.session))
        self.statusBar().showMessage(self.tr("Diagnostics copied to the clipboard "
                                             "(no password is included)."), 8000)

    def _show_about(self) -> None:
        from juhe_desk.ui.dialogs.about import about_text

        QMessageBox.about(self, self.tr("About juhe-desk"), about_text(self.session))

    # --- shutdown -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self.pages.may_close():
            event.ignore()
            return
        self.session.shutdown()
        event.accept()
        app = QApplication.instance()
        log.info("main window closed (app=%s)", bool(app))


def _form_from_account(account: Account) -> AccountForm:
    return AccountForm(account.id, account.gateway_url, account.extno, account.signatures,
                       account.price_li, account.batch_size, account.poll_interval_s,
                       account.password_mode, account.low_balance_li,
                       account.reply_extension_digits)


def _account_from_form(form: AccountForm) -> Account:
    mode: PasswordMode = "md5" if form.password_mode == "md5" else "plain"
    return Account(id=form.account_id, gateway_url=form.gateway_url, extno=form.extno,
                   signatures=form.signatures, price_li=form.price_li,
                   batch_size=form.batch_size, poll_interval_s=form.poll_interval_s,
                   password_mode=mode, low_balance_li=form.low_balance_li,
                   reply_extension_digits=form.reply_extension_digits)

