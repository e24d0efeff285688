"""The main window's status bar: the account, the connection to the gateway and the balance;
on a PC whose clock is not China time, which clock the app shows; and for a team's shared
database, whether it can be reached, who else is on line and which desk pulls the reports.
Each label follows the session's signals.

Its words keep the main window's translation context ("MainWindow"), where they were first.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from juhe_desk.domain.money import li_to_yuan_text
from juhe_desk.gateway.models import Balance
from juhe_desk.store import DeskInfo
from juhe_desk.ui import status_style
from juhe_desk.ui.china_clock import ChinaTimeNote
from juhe_desk.ui.i18n import translator_for
from juhe_desk.ui.naming import named
from juhe_desk.ui.session import Session

_tr = translator_for("MainWindow")


class StatusLabels(QObject):
    def __init__(self, status: QStatusBar, session: Session) -> None:
        super().__init__(status)
        self.status = status
        self.session = session
        self.account_label = named(QLabel(), "accountLabel")
        self.connection_label = named(QLabel(), "connectionLabel")
        self.balance_label = named(QLabel(), "balanceLabel")
        self.puller_label = named(QLabel(), "pullerLabel")  # a team's shared database only
        self.puller_label.setVisible(False)
        # A team's shared database that cannot be reached (shown only then).
        self.shared_database_label = named(QLabel(), "sharedDatabaseStatus")
        self.shared_database_label.setVisible(False)
        self.online_label = named(QLabel(), "onlineDesksLabel")  # shared database only
        self.online_label.setVisible(False)
        status.addWidget(self.account_label)
        status.addWidget(self.connection_label, 1)
        status.addPermanentWidget(self.shared_database_label)
        status.addPermanentWidget(self.online_label)
        status.addPermanentWidget(self.puller_label)
        status.addPermanentWidget(ChinaTimeNote())
        status.addPermanentWidget(self.balance_label)
        session.accountChanged.connect(self.show_account)
        session.balanceChanged.connect(self.show_balance)
        session.connectionChanged.connect(self.show_connection)
        session.pullerChanged.connect(self.show_puller)
        session.pullProblemChanged.connect(self.show_pull_problem)
        session.sharedDatabaseChanged.connect(self.show_shared_database)
        session.desksOnlineChanged.connect(self.show_desks_on_line)
        self.show_account()

    def show_shared_database(self, reachable: bool, explanation: str) -> None:
        """The team's shared database went away (said until it is back) or came back."""
        label = self.shared_database_label
        if reachable:
            label.clear()
            label.setToolTip("")
            label.setVisible(False)
            self.status.showMessage(_tr("The team database can be reached again. "
                                        "Sending works again."), 10_000)
            return
        label.setText(_tr("Team database unreachable: the network or its computer is "
                          "down. Retrying…"))
        label.setToolTip(explanation)
        label.setVisible(True)

    def show_desks_on_line(self, names: list[str]) -> None:
        """Who else of the team is working now (shared database only)."""
        if names:
            text = _tr("Also on line: {desks}").format(desks="、".join(names))
        else:
            text = _tr("No other desk on line")
        self.online_label.setText(text)
        self.online_label.setVisible(True)

    def show_pull_problem(self, explanation: str) -> None:
        """This desk cannot keep what it would pull (its spool): said, in words."""
        if explanation:
            self.puller_label.setText(_tr("Not receiving reports: data folder unusable"))
            self.puller_label.setToolTip(explanation)  # what happened, what to do
            self.puller_label.setVisible(True)
        else:
            self.puller_label.setToolTip("")
            self.show_puller(self.session.team.puller if self.session.team else None)
        status_style.style_status(self.puller_label, "error" if explanation else "")

    def show_puller(self, puller: DeskInfo | None) -> None:
        """Which desk of the team pulls the reports and replies (shared database only)."""
        team = self.session.team
        if team is None or team.pull_problem:
            return
        if puller is None:
            text = _tr("No desk is receiving reports right now")
        elif puller.is_this_desk:
            text = _tr("This desk receives the reports")
        else:
            text = _tr("Reports received by {desk}").format(desk=puller.name)
        self.puller_label.setText(text)
        self.puller_label.setVisible(True)

    def show_account(self) -> None:
        account = self.session.account
        if account is None:
            self.account_label.setText(_tr("No account set up"))
        else:
            self.account_label.setText(_tr("Account {id}").format(id=account.id))
        self.show_balance(self.session.balance)

    def show_balance(self, balance: Balance | None) -> None:
        account = self.session.account
        if balance is None:
            self.balance_label.setText(_tr("Balance: —"))
            self.balance_label.setStyleSheet("")
            return
        # Ungrouped here (¥1286.45) on purpose: scripts read balanceLabel's amount as a number
        # (automation-contract.md); the gauge and the dialogs group it for people.
        text = _tr("Balance: ¥{amount}").format(amount=li_to_yuan_text(balance.balance))
        low = account is not None and balance.balance < account.low_balance_li
        if low:
            text += " " + _tr("(low)")
        self.balance_label.setText(text)
        status_style.style_status(self.balance_label, "error" if low else "")

    def show_connection(self, ok: bool, explanation: str) -> None:
        if ok:
            self.connection_label.setText(_tr("Connected"))
            self.connection_label.setToolTip("")
        else:
            self.connection_label.setText(_tr("Not connected: {reason}").format(
                reason=explanation))
            self.connection_label.setToolTip(explanation)
