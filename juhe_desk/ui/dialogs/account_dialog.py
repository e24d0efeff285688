"""The account dialog: first run and later edits. Tests the connection before saving.

A new account starts from the same defaults as one made with --gateway/--account
(``store.records``); the price per SMS part has none: the dialog asks for the contract's.

While it edits the account in use, another desk of the team may save that account
(ui/account_follow.py): ``follow`` then shows the new values in the fields not touched
here, keeps what was typed here, and says so, so that Save never silently undoes the
other desk's change.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from juhe_desk.domain.money import li_to_yuan_text, yuan_text_to_li
from juhe_desk.domain.reply_extensions import MAX_EXTNO_DIGITS, SUFFIX_DIGITS, suffix_fits
from juhe_desk.gateway.models import Balance
from juhe_desk.store import Account
from juhe_desk.store.records import USUAL_PRICE_LI
from juhe_desk.ui.errors import explain_error
from juhe_desk.ui.naming import named
from juhe_desk.ui.status_style import style_status
from juhe_desk.ui.tasks import TaskContext, TaskRunner


@dataclass(frozen=True, slots=True)
class AccountForm:
    """What the dialog collects; the password travels beside it, never stored with it."""

    account_id: str
    gateway_url: str
    extno: str
    signatures: tuple[str, ...]
    price_li: int
    batch_size: int
    poll_interval_s: int
    password_mode: str
    low_balance_li: int
    reply_extension_digits: int = 0  # 0: off; 2-4: each campaign from its own extension

    @classmethod
    def of(cls, account: Account) -> AccountForm:
        return cls(account.id, account.gateway_url, account.extno, account.signatures,
                   account.price_li, account.batch_size, account.poll_interval_s,
                   account.password_mode, account.low_balance_li,
                   account.reply_extension_digits)

    @classmethod
    def new(cls) -> AccountForm:
        """A new account's settings: the defaults every new account gets (no price yet)."""
        return cls.of(Account(id="", gateway_url=""))


# What another desk's save changes in an open dialog (the address and the extno are this
# run's own: the command line may set them, see ui/account_follow.py).
FOLLOWED_FIELDS = ("signatures", "price_li", "batch_size", "poll_interval_s", "password_mode",
                   "low_balance_li", "reply_extension_digits")

ConnectionTest = Callable[[AccountForm, str], Balance]
MAX_PRICE_LI = 10_000  # 10 元 a part: beyond it, a typing slip (fen for yuan)


def split_signatures(text: str) -> tuple[str, ...]:
    """【A】【B】, one per line or comma separated; brackets are added when missing."""
    found = re.findall(r"【[^】]+】", text)
    if found:
        return tuple(dict.fromkeys(found))
    parts = [p.strip() for p in re.split(r"[,，;；\n]", text) if p.strip()]
    return tuple(dict.fromkeys(f"【{p.strip('【】[]')}】" for p in parts))


class AccountDialog(QDialog):
    """Asks for the gateway account; on OK runs a balance query in the background first."""

    def __init__(self, runner: TaskRunner, test_connection: ConnectionTest,
                 initial: AccountForm | None = None, parent: QWidget | None = None, *,
                 password_known: bool = False, keyring_available: bool = True,
                 extra: QWidget | None = None) -> None:
        """``password_known``: editing an account whose password this run already has; an
        empty password field then keeps it (``test_connection`` gets "" and fills it in).
        ``keyring_available`` False says up front that the password lasts this run only.
        ``extra``: a section shown under the form (the team's shared database)."""
        super().__init__(parent)
        self.setObjectName("accountDialog")
        self.setWindowTitle(self.tr("Gateway account"))
        self._runner = runner
        self._test_connection = test_connection
        self._password_known = password_known
        self.balance: Balance | None = None

        self.gateway_edit = named(QLineEdit(), "gatewayEdit")
        self.gateway_edit.setPlaceholderText("http://host:7862")
        # Room for a whole address such as http://192.168.100.200:7862 without scrolling.
        self.gateway_edit.setMinimumWidth(
            self.fontMetrics().horizontalAdvance("http://192.168.100.200:78620") + 16)
        self.account_edit = named(QLineEdit(), "accountEdit")
        self.password_edit = named(QLineEdit(), "passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        if password_known:
            self.password_edit.setPlaceholderText(self.tr("Leave empty to keep the saved "
                                                          "password"))
            self.password_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance(
                self.password_edit.placeholderText()) + 16)  # the hint, whole
        self.extno_edit = named(QLineEdit(), "extnoEdit")
        self.extno_edit.setPlaceholderText("106XXXXXX")
        self.signature_edit = named(QLineEdit(), "signatureEdit")
        self.signature_edit.setPlaceholderText(self.tr("【Shop name】"))
        self.price_edit = named(QLineEdit(), "priceEdit")
        self.price_edit.setPlaceholderText(self.tr("e.g. {price}").format(
            price=li_to_yuan_text(USUAL_PRICE_LI)))
        self.price_edit.setToolTip(self._price_reason())
        self.price_edit.setMaximumWidth(
            self.fontMetrics().horizontalAdvance(self.price_edit.placeholderText()) + 40)
        self.batch_spin = named(QSpinBox(), "batchSizeSpin")
        self.batch_spin.setRange(1, 500)
        self.poll_spin = named(QSpinBox(), "pollIntervalSpin")
        self.poll_spin.setRange(5, 3600)
        self.poll_spin.setSuffix(self.tr(" s"))
        self.low_spin = named(QDoubleSpinBox(), "lowBalanceSpin")
        self.low_spin.setRange(0.0, 1_000_000.0)
        self.low_spin.setDecimals(2)
        self.low_spin.setSuffix(self.tr(" yuan"))
        self.mode_combo = named(QComboBox(), "passwordModeCombo")
        self.mode_combo.addItem(self.tr("Plain password"), "plain")
        self.mode_combo.addItem(self.tr("MD5 signed"), "md5")
        self.mode_help_label = named(QLabel(), "passwordModeHelpLabel")
        self.mode_help_label.setWordWrap(True)
        self.mode_combo.currentIndexChanged.connect(self._explain_mode)
        self.extension_combo = named(QComboBox(), "replyExtensionCombo")
        self.extension_combo.addItem(self.tr("Off (the access number as it is)"), 0)
        for digits in SUFFIX_DIGITS:
            self.extension_combo.addItem(self.tr("%n digit(s) per campaign", "", digits), digits)
        self.extension_combo.setToolTip(self.tr(
            "Only if your gateway administrator says the access number accepts extensions: "
            "each campaign is then sent from the access number plus a few digits of its own, "
            "so every reply shows exactly which campaign it answers. Off: replies are linked "
            "to the latest message sent to the number, as a guess."))
        self.status_label = named(QLabel(), "accountStatusLabel")
        self.status_label.setWordWrap(True)
        self.elsewhere_label = named(QLabel(), "accountChangedElsewhereLabel")
        self.elsewhere_label.setWordWrap(True)
        style_status(self.elsewhere_label, "warning")
        self.elsewhere_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Gateway address"), self.gateway_edit)
        form.addRow(self.tr("Account"), self.account_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(self.tr("Access number (extno)"), self.extno_edit)
        form.addRow(self.tr("Registered signature(s)"), self.signature_edit)
        form.addRow(self.tr("Price per SMS part"), self._price_row())
        form.addRow(self.tr("Numbers per request"), self.batch_spin)
        form.addRow(self.tr("Check for reports every"), self.poll_spin)
        form.addRow(self.tr("Warn when balance is below"), self.low_spin)
        form.addRow(self.tr("Password mode"), self.mode_combo)
        form.addRow("", self.mode_help_label)
        form.addRow(self.tr("Match replies to campaigns"), self.extension_combo)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("accountButtons")
        self.buttons.accepted.connect(self._test_then_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if keyring_available:
            intro_text = self.tr("Enter the account your SMS provider gave you. The password "
                                 "is kept in the system keyring, never in a file.")
        else:
            intro_text = self.tr("Enter the account your SMS provider gave you. This computer "
                                 "has no usable system keyring, so the password is kept in "
                                 "memory for this run only (never in a file) and must be "
                                 "entered again the next time the app starts.")
        intro = named(QLabel(intro_text), "accountIntroLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        if extra is not None:
            layout.addWidget(extra)
        layout.addWidget(self.elsewhere_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self._shown = initial  # the account as last filled in or followed
        self._fill(initial)
        self._explain_mode()

    def _explain_mode(self) -> None:
        if self.mode_combo.currentData() == "md5":
            text = self.tr("The password itself never leaves this computer: each request "
                           "carries a signature made from it. Only if your provider turned "
                           "MD5 on for your account.")
        else:
            text = self.tr("The password goes to the gateway as you typed it (encrypted when "
                           "the address starts with https://). Choose this unless your "
                           "provider says otherwise.")
        self.mode_help_label.setText(text)

    def _price_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.price_edit)
        row.addWidget(QLabel(self.tr("yuan, as your contract says")))
        row.addStretch(1)
        return row

    def _price_reason(self) -> str:
        return self.tr("The price of one SMS part in your contract with the SMS provider "
                       "(often about {price} yuan). juhe-desk needs it to tell what each "
                       "send costs before it goes, and whether the balance pays for it.").format(
            price=li_to_yuan_text(USUAL_PRICE_LI))

    def _fill(self, initial: AccountForm | None) -> None:
        form = initial or AccountForm.new()
        self.gateway_edit.setText(form.gateway_url)
        self.account_edit.setText(form.account_id)
        self.extno_edit.setText(form.extno)
        for name in FOLLOWED_FIELDS:
            self._show_field(name, form)
        if initial is not None:
            self.account_edit.setReadOnly(True)

    def _show_field(self, name: str, form: AccountForm) -> None:
        if name == "signatures":
            self.signature_edit.setText("".join(form.signatures))
        elif name == "price_li":
            self.price_edit.setText(li_to_yuan_text(form.price_li, 3) if form.price_li > 0
                                    else "")
        elif name == "batch_size":
            self.batch_spin.setValue(form.batch_size)
        elif name == "poll_interval_s":
            self.poll_spin.setValue(form.poll_interval_s)
        elif name == "low_balance_li":
            self.low_spin.setValue(form.low_balance_li / 1000)
        elif name == "password_mode":
            self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(form.password_mode)))
        elif name == "reply_extension_digits":
            self.extension_combo.setCurrentIndex(
                max(0, self.extension_combo.findData(form.reply_extension_digits)))

    def _field_label(self, name: str) -> str:
        return {"signatures": self.tr("Registered signature(s)"),
                "price_li": self.tr("Price per SMS part"),
                "batch_size": self.tr("Numbers per request"),
                "poll_interval_s": self.tr("Check for reports every"),
                "low_balance_li": self.tr("Warn when balance is below"),
                "password_mode": self.tr("Password mode"),
                "reply_extension_digits": self.tr("Match replies to campaigns")}[name]

    def follow(self, saved: AccountForm) -> None:
        """The account being edited was saved elsewhere as ``saved`` (another desk of the
        team): the fields not touched here show it; those typed here stay, and are named."""
        shown = self._shown
        if shown is None or saved.account_id != shown.account_id:
            return
        typed = self.form()
        changed = [name for name in FOLLOWED_FIELDS
                   if getattr(saved, name) != getattr(shown, name)]
        if not changed:
            return
        kept = [name for name in changed if getattr(typed, name) != getattr(shown, name)
                and getattr(typed, name) != getattr(saved, name)]
        for name in changed:
            if name not in kept:
                self._show_field(name, saved)
        self._shown = replace(shown, **{name: getattr(saved, name) for name in changed})
        if kept:
            text = self.tr("Another desk of the team changed this account while this window "
                           "was open: the fields you had not changed now show its values. You "
                           "changed {fields} here too: Save keeps what you typed, Cancel keeps "
                           "the other desk's.").format(
                fields="、".join(self._field_label(name) for name in kept))
        else:
            text = self.tr("Another desk of the team changed this account while this window "
                           "was open: the fields you had not changed now show its values.")
        self.elsewhere_label.setText(text)
        self.elsewhere_label.show()

    def form(self) -> AccountForm:
        url = self.gateway_edit.text().strip().rstrip("/")
        if url and not url.startswith(("http://", "https://")):
            url = "http://" + url
        return AccountForm(
            account_id=self.account_edit.text().strip(),
            gateway_url=url,
            extno=self.extno_edit.text().strip(),
            signatures=split_signatures(self.signature_edit.text()),
            price_li=self._price_li() or 0,
            batch_size=self.batch_spin.value(),
            poll_interval_s=self.poll_spin.value(),
            password_mode=str(self.mode_combo.currentData()),
            low_balance_li=round(self.low_spin.value() * 1000),
            reply_extension_digits=int(self.extension_combo.currentData() or 0),
        )

    def password(self) -> str:
        return self.password_edit.text()

    def _price_li(self) -> int | None:
        """The price typed, in 厘; None when the field holds no usable price."""
        try:
            price = yuan_text_to_li(self.price_edit.text())
        except ValueError:
            return None
        return price if 0 < price <= MAX_PRICE_LI else None

    def _missing_fields(self, form: AccountForm) -> list[str]:
        missing = []
        if not form.gateway_url:
            missing.append(self.tr("gateway address"))
        if not form.account_id:
            missing.append(self.tr("account"))
        if not self.password() and not self._password_known:
            missing.append(self.tr("password"))
        if not form.extno:
            missing.append(self.tr("access number"))
        if not self.price_edit.text().strip():
            missing.append(self.tr("price per SMS part"))
        return missing

    def _test_then_accept(self) -> None:
        form = self.form()
        missing = self._missing_fields(form)
        if missing:
            text = self.tr("Please fill in: {fields}").format(fields="、".join(missing))
            if not self.price_edit.text().strip():
                text += "\n" + self._price_reason()
            self.status_label.setText(text)
            return
        if self._price_li() is None:
            self.status_label.setText(self.tr(
                "“{text}” is not a price per SMS part: type the price in yuan that your "
                "contract says, for example {price}.").format(
                text=self.price_edit.text().strip(), price=li_to_yuan_text(USUAL_PRICE_LI)))
            self.price_edit.setFocus()
            return
        digits = form.reply_extension_digits
        if digits and not suffix_fits(form.extno, digits):
            self.status_label.setText(self.tr(
                "The access number {extno} with {digits} more digits would be longer than the "
                "{limit} digits a gateway takes: choose fewer digits, or turn the extensions "
                "off.").format(extno=form.extno, digits=digits, limit=MAX_EXTNO_DIGITS))
            return
        self.buttons.setEnabled(False)
        self.status_label.setText(self.tr("Testing the connection…"))
        password = self.password()

        def query(ctx: TaskContext) -> Balance:
            return self._test_connection(form, password)

        self._runner.submit(query, on_result=self._on_tested, on_error=self._on_test_failed)

    def _on_tested(self, balance: Balance) -> None:
        if not self.isVisible():
            return  # cancelled while the test ran: nothing is saved
        self.balance = balance
        self.buttons.setEnabled(True)
        self.accept()

    def _on_test_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.status_label.setText(self.tr("Connection test failed: {reason}").format(
            reason=explain_error(error)))
