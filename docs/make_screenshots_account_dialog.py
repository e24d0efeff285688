"""Renders the first-run account dialog to docs/screenshots/account-dialog*.png.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots_account_dialog.py``.
A shop owner starts juhe-desk for the first time and types the account the SMS provider
gave her; the first password is wrong, so the dialog explains STATUS 3. A second picture
shows the same dialog on a computer without a system keyring.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import keyring
from keyring.backends import fail
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit
from screenshot_support import (
    ACCOUNT,
    EXTNO,
    PASSWORD,
    SCREENSHOTS,
    shop_gateway,
    start_app,
    wait_until,
)

from juhe_desk.app import make_main_window
from juhe_desk.ui.dialogs.account_dialog import AccountDialog
from juhe_desk.ui.main_window import MainWindow

FOLDER = SCREENSHOTS
SIGNATURE = "【花语鲜花店】"


def _first_run_dialog(data_dir: Path) -> tuple[MainWindow, AccountDialog]:
    window = make_main_window(["--data-dir", str(data_dir), "--lang", "zh_CN"])
    assert isinstance(window, MainWindow)
    window.show()
    wait_until(lambda: window.account_dialog is not None and window.account_dialog.isVisible())
    assert window.account_dialog is not None
    return window, window.account_dialog


def _fill(dialog: AccountDialog, url: str, password: str) -> None:
    for name, text in (("gatewayEdit", url), ("accountEdit", ACCOUNT),
                       ("passwordEdit", password), ("extnoEdit", EXTNO),
                       ("signatureEdit", SIGNATURE), ("priceEdit", "0.05")):
        edit = dialog.findChild(QLineEdit, name)
        assert edit is not None
        edit.setText(text)


def main() -> int:
    app = start_app()
    FOLDER.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, \
            shop_gateway(SIGNATURE, balance=1_000_000, price=50) as gateway:
        window, dialog = _first_run_dialog(Path(tmp) / "first")
        _fill(dialog, gateway.base_url, "wrong-password")
        buttons = dialog.findChild(QDialogButtonBox, "accountButtons")
        status = dialog.findChild(QLabel, "accountStatusLabel")
        assert buttons is not None and status is not None
        buttons.button(QDialogButtonBox.StandardButton.Save).click()
        wait_until(lambda: buttons.isEnabled() and "…" not in status.text())
        app.processEvents()  # a script, not the app: let the layout settle before grabbing
        dialog.grab().save(str(FOLDER / "account-dialog.png"))
        window.close()

        keyring.set_keyring(fail.Keyring())
        window, dialog = _first_run_dialog(Path(tmp) / "no-keyring")
        _fill(dialog, gateway.base_url, PASSWORD)
        app.processEvents()
        dialog.grab().save(str(FOLDER / "account-dialog-no-keyring.png"))
        window.close()
    print(f"wrote {FOLDER / 'account-dialog.png'} and account-dialog-no-keyring.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
