"""Accounts, app settings and saved message templates."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import cast

from juhe_desk.store._base import StoreBase
from juhe_desk.store.changes import ChangeKind
from juhe_desk.store.connection import Row, inserted_id
from juhe_desk.store.errors import NotFoundError
from juhe_desk.store.records import Account, PasswordMode, Template

_ACCOUNT_COLUMNS = ("id, name, gateway_url, extno, signatures, price_li, batch_size,"
                    " poll_interval_s, password_mode, low_balance_li, is_active,"
                    " reply_extension_digits")


class AccountsMixin(StoreBase):
    # --- accounts -------------------------------------------------------------------------
    def save_account(self, account: Account) -> Account:
        """Insert or update an account by id; ``is_active=True`` also deactivates the others."""
        with self._db.write() as conn:
            if account.is_active:
                conn.execute("UPDATE accounts SET is_active = 0 WHERE is_active = 1 AND id <> ?",
                             (account.id,))
            conn.execute(
                f"INSERT INTO accounts ({_ACCOUNT_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                " gateway_url = excluded.gateway_url, extno = excluded.extno,"
                " signatures = excluded.signatures, price_li = excluded.price_li,"
                " batch_size = excluded.batch_size, poll_interval_s = excluded.poll_interval_s,"
                " password_mode = excluded.password_mode,"
                " low_balance_li = excluded.low_balance_li, is_active = excluded.is_active,"
                " reply_extension_digits = excluded.reply_extension_digits",
                (account.id, account.name, account.gateway_url, account.extno,
                 json.dumps(list(account.signatures), ensure_ascii=False), account.price_li,
                 account.batch_size, account.poll_interval_s, account.password_mode,
                 account.low_balance_li, int(account.is_active),
                 account.reply_extension_digits),
            )
            self._announce(conn, ChangeKind.ACCOUNT, account.id)
        return self.get_account(account.id)

    def get_account(self, account_id: str) -> Account:
        row = self._row(f"SELECT {_ACCOUNT_COLUMNS} FROM accounts WHERE id = ?", (account_id,))
        if row is None:
            raise NotFoundError("account", account_id)
        return _account(row)

    def find_account(self, account_id: str) -> Account | None:
        row = self._row(f"SELECT {_ACCOUNT_COLUMNS} FROM accounts WHERE id = ?", (account_id,))
        return None if row is None else _account(row)

    def list_accounts(self) -> list[Account]:
        return [_account(r) for r in self._rows(
            f"SELECT {_ACCOUNT_COLUMNS} FROM accounts ORDER BY name, id")]

    def delete_account(self, account_id: str) -> bool:
        """Remove the account's settings (its campaigns stay). True when it existed."""
        with self._db.write() as conn:
            deleted = conn.execute("DELETE FROM accounts WHERE id = ?",
                                   (account_id,)).rowcount > 0
            self._announce(conn, ChangeKind.ACCOUNT, account_id)
            return deleted

    def set_active_account(self, account_id: str) -> None:
        with self._db.write() as conn:
            if conn.execute("SELECT 1 FROM accounts WHERE id = ?", (account_id,)).fetchone() \
                    is None:
                raise NotFoundError("account", account_id)
            conn.execute("UPDATE accounts SET is_active = 0 WHERE is_active = 1")
            conn.execute("UPDATE accounts SET is_active = 1 WHERE id = ?", (account_id,))

    def get_active_account(self) -> Account | None:
        row = self._row(f"SELECT {_ACCOUNT_COLUMNS} FROM accounts WHERE is_active = 1")
        return None if row is None else _account(row)

    # --- settings (non-secret) ------------------------------------------------------------
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        value = self._scalar("SELECT value FROM settings WHERE key = ?", (key,))
        return default if value is None else str(value)

    def set_setting(self, key: str, value: str) -> None:
        self.set_settings({key: value})

    def set_settings(self, values: Mapping[str, str]) -> None:
        """Several settings in one transaction (one wait for the disk, not one each)."""
        with self._db.write() as conn:
            conn.executemany("INSERT INTO settings (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                             values.items())
            self._announce(conn, ChangeKind.SETTINGS, len(values))

    def all_settings(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self._rows("SELECT key, value FROM settings")}

    # --- templates ------------------------------------------------------------------------
    def add_template(self, name: str, text: str) -> Template:
        with self._db.write() as conn:
            template_id = cast(int, inserted_id(conn.execute(
                "INSERT INTO templates (name, text, updated_at) VALUES (?,?,?) RETURNING id",
                (name, text, self._now()))))
            self._announce(conn, ChangeKind.TEMPLATE, template_id)
        return self.get_template(template_id)

    def update_template(self, template_id: int, name: str, text: str) -> Template:
        with self._db.write() as conn:
            changed = conn.execute(
                "UPDATE templates SET name = ?, text = ?, updated_at = ? WHERE id = ?",
                (name, text, self._now(), template_id)).rowcount
            self._announce(conn, ChangeKind.TEMPLATE, template_id)
        if not changed:
            raise NotFoundError("template", template_id)
        return self.get_template(template_id)

    def delete_template(self, template_id: int) -> bool:
        with self._db.write() as conn:
            self._announce(conn, ChangeKind.TEMPLATE, template_id)
            return conn.execute("DELETE FROM templates WHERE id = ?", (template_id,)).rowcount > 0

    def get_template(self, template_id: int) -> Template:
        row = self._row("SELECT id, name, text, updated_at FROM templates WHERE id = ?",
                        (template_id,))
        if row is None:
            raise NotFoundError("template", template_id)
        return Template(row["id"], row["name"], row["text"], row["updated_at"])

    def list_templates(self) -> list[Template]:
        return [Template(r["id"], r["name"], r["text"], r["updated_at"]) for r in
                self._rows("SELECT id, name, text, updated_at FROM templates ORDER BY name, id")]


def _account(row: Row) -> Account:
    return Account(
        id=row["id"], name=row["name"], gateway_url=row["gateway_url"], extno=row["extno"],
        signatures=tuple(json.loads(row["signatures"])), price_li=row["price_li"],
        batch_size=row["batch_size"], poll_interval_s=row["poll_interval_s"],
        password_mode=cast(PasswordMode, row["password_mode"]),
        low_balance_li=row["low_balance_li"], is_active=bool(row["is_active"]),
        reply_extension_digits=row["reply_extension_digits"],
    )
