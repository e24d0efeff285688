"""No secret reaches the log file, whatever a gateway echoes back and whoever logs it.

The gateway simulator's ``echo`` faults answer with the whole request (password and all), as
misconfigured gateways do; every action, the sync, the send engine and the push receiver
run against it with the app's own log handler (``setup_logging``) at DEBUG, and the file is
then searched for every form of every secret.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest
import requests

from juhe_desk.gateway import GatewayClient, GatewayError, RetryPolicy
from juhe_desk.gateway.log_redaction import SecretFilter, redact, remember_secrets
from juhe_desk.gateway.push_receiver import PushReceiver, new_push_secret, secret_push_path
from juhe_desk.gateway.simulator import GatewaySimulator, SimAccount
from juhe_desk.logfile import setup_logging
from juhe_desk.services.campaigns import create_campaign_from_messages
from juhe_desk.services.sending import CampaignSender
from juhe_desk.services.sync import pull_once, store_pushed_items
from juhe_desk.store import Account, Store

ACCOUNT, EXTNO, SIGN = "922011", "1069012345", "【聚合云信】"
PASSWORD = "Shop-Pw/8+x y"  # characters that URL-encoding changes
MD5_PASSWORD = "Md5-Shop-Pw#9"
ECHOES = ("echo", "echo_plain")


def md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def forms(secret: str) -> set[str]:
    found = {secret, md5(secret), md5(secret).upper()}
    return found | {quote_plus(f) for f in found} | {quote(f, safe="") for f in found}


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = setup_logging(tmp_path / "data")
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.DEBUG)
    try:
        yield path
    finally:
        root.setLevel(level)
        for handler in [h for h in root.handlers if getattr(h, "_juhe_desk", False)]:
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def gateway() -> Iterator[GatewaySimulator]:
    with GatewaySimulator(port=0, seed=4) as sim:
        for account, password in ((ACCOUNT, PASSWORD), ("922012", MD5_PASSWORD)):
            sim.add_account(SimAccount(account=account, password=password, extno=EXTNO,
                                       signatures=(SIGN,), balance=1_000_000))
        yield sim


def every_action(client: GatewayClient) -> None:
    import datetime as dt

    actions = (lambda: client.send(["13800000001"], f"{SIGN}你好", EXTNO),
               lambda: client.p2p([("13800000002", f"{SIGN}你好")], EXTNO),
               client.balance, client.reports, client.inbound,
               lambda: client.statis(dt.date(2026, 11, 1), dt.date(2026, 11, 2)))
    for action in actions:
        try:
            action()
        except GatewayError as error:
            # What the app does with a failure nobody handles: the whole traceback.
            logging.getLogger("juhe_desk.ui.tasks").error("background task failed",
                                                          exc_info=error)


def test_every_log_path_with_an_echoing_gateway_keeps_secrets_out(
        log_file: Path, gateway: GatewaySimulator, tmp_path: Path) -> None:
    for account, password, mode in ((ACCOUNT, PASSWORD, "plain"),
                                    ("922012", MD5_PASSWORD, "md5")):
        with GatewayClient(gateway.base_url, account, password, mode,  # type: ignore[arg-type]
                           retry=RetryPolicy(attempts=1)) as client:
            for echo in ECHOES:
                gateway.faults.inject(echo, count=6)
                every_action(client)
            with Store.open(tmp_path / f"{mode}.sqlite3") as store:
                store.save_account(Account(id=account, gateway_url=gateway.base_url,
                                           extno=EXTNO))
                for echo in ECHOES:
                    gateway.faults.inject(echo, count=2, actions={"report", "mo"})
                    try:
                        pull_once(client, store)
                    except GatewayError as error:
                        logging.getLogger("juhe_desk.ui.session").warning(
                            "pull failed: %s", error, exc_info=error)
                    campaign = create_campaign_from_messages(
                        store, account_id=account, name=echo, extno=EXTNO, batch_size=1,
                        messages=[("13800000003", f"{SIGN}你好")])
                    gateway.faults.inject(echo, count=1, actions={"send", "p2p"})
                    CampaignSender(
                        store, lambda a=account, p=password, m=mode: GatewayClient(  # type: ignore[misc]
                            gateway.base_url, a, p, m, retry=RetryPolicy(attempts=1)),
                        campaign.id, sleep=lambda s: False).run()

    # The push receiver: its secret path, and a body echoing a request.
    secret = new_push_secret()
    with Store.open(tmp_path / "push.sqlite3") as store, \
            PushReceiver(lambda items: store_pushed_items(store, items),
                         path=secret_push_path(secret)) as receiver:
        echoed = f'[{{"flag":1,"request":"account={ACCOUNT}&password={PASSWORD}"}}]'
        assert requests.post(receiver.url, data=echoed.encode(), timeout=5).status_code == 400
        logging.getLogger("juhe_desk.ui.push_service").info("registered %s", receiver.url)

    text = log_file.read_text(encoding="utf-8")
    # Every path was taken: the echoed item, the failures, the refused push.
    assert "skipped a pulled item that cannot be typed" in text
    assert "background task failed" in text and "Traceback" in text
    assert "refused a push body" in text and "registered http://127.0.0.1:" in text
    signature = md5(MD5_PASSWORD + EXTNO + f"{SIGN}你好" + "13800000001")
    leaked = {f for f in forms(PASSWORD) | forms(MD5_PASSWORD) | {signature, secret}
              if f in text}
    assert leaked == set()


def test_the_filter_masks_fields_known_secrets_arguments_and_tracebacks(
        tmp_path: Path) -> None:
    remember_secrets(["Reg1stered-Secret", "abc"])  # too short to mask as such
    assert redact("account=1&password=hunter2&pwd=x1&rt=json") == \
        "account=1&password=***&pwd=***&rt=json"
    assert redact('{"password": "s3cret", "PWD":"x"}') == '{"password": "***", "PWD":"***"}'
    assert redact("Password%3Dabc%26rt") == "Password%3D***"
    assert redact("a Reg1stered-Secret b abc") == "a *** b abc"

    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "got %s from %r",
                               ("password=p1", "Reg1stered-Secret"), None)
    try:
        raise ValueError("echo: Reg1stered-Secret")
    except ValueError as error:
        record.exc_info = (type(error), error, error.__traceback__)
    assert SecretFilter().filter(record)
    formatted = logging.Formatter().format(record)
    assert "Reg1stered-Secret" not in formatted and "p1" not in formatted
    assert "got password=*** from '***'" in formatted and "ValueError: echo: ***" in formatted
