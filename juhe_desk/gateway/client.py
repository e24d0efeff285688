"""The HTTP client of the gateway: one object per account, one method per action.

Every failure is a typed ``GatewayError`` (transport_failures.py says what a failed request
means). What may be repeated follows "What is safe to repeat" in protocol-notes.md and lives
in one place, ``retry_rules.may_repeat``: a send is repeated only when it provably never
reached the gateway or was refused whole with STATUS 21.

Not thread-safe (one ``requests.Session``): give each worker thread its own client.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import http.client
import logging
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Literal, TypeVar
from urllib.parse import quote, quote_plus, urlsplit

import requests
import urllib3.exceptions
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from juhe_desk.gateway.codes import describe_status
from juhe_desk.gateway.errors import (
    BadResponseError,
    GatewayError,
    GatewayRefusal,
    StatisticsDateRangeError,
)
from juhe_desk.gateway.form import encode_form
from juhe_desk.gateway.log_redaction import remember_secrets
from juhe_desk.gateway.models import Balance, DailyStatistics, PulledItems, SendOutcome
from juhe_desk.gateway.parsing import (
    parse_balance_response,
    parse_pull_response,
    parse_send_response,
    parse_statis_response,
)
from juhe_desk.gateway.retry_rules import RetryPolicy, may_repeat
from juhe_desk.gateway.transport_failures import transport_failure

_log = logging.getLogger(__name__)

T = TypeVar("T")
PasswordMode = Literal["plain", "md5"]

MAX_NUMBERS_PER_REQUEST = 500
REPORT_SIZE_RANGE = (10, 10000)
INBOUND_SIZE_RANGE = (10, 1000)
MAX_STATIS_DAYS = 31
# Answers of a gateway that does not know "overage" (the 2021 document calls it "balance").
_UNKNOWN_ACTION_STATUS = frozenset({1, 4, 5})
_UNKNOWN_ACTION_HTTP = frozenset({400, 404, 405})
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
# A comma would split the mobile list, a "#" a p2p line, white space is never part of one.
_UNSENDABLE_MOBILE = re.compile(r"[,#\s]")


# Every request posts a form and asks for JSON.
_HEADERS = {"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8",
            "Accept": "application/json"}


@dataclass(frozen=True)
class _Posted:
    """A request ready to post: its action, the HTTP request (its encoded form as the body,
    made by requests ahead: a send worker's thread only posts it), and every form of the
    password that must be scrubbed from an answer quoted in an error."""

    action: str
    request: requests.PreparedRequest = field(repr=False)
    secrets: tuple[str, ...] = field(repr=False)


@dataclass(frozen=True)
class SendRequest:
    """A ``send`` or ``p2p`` request prepared ahead (``prepare_send``/``prepare_p2p``), so
    that a sender can encode the next batch while the current one is on the wire."""

    posted: _Posted = field(repr=False)


def _md5(text: str) -> str:
    return hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest()


def _endpoint(base_url: str) -> str:
    """``{base}/sms`` for a base given with or without a trailing slash or ``/sms``."""
    url = base_url.strip()
    if not _SCHEME.match(url):
        url = "http://" + url
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValueError("the gateway address must look like http://host:port or https://host")
    if parts.query or parts.fragment:
        raise ValueError("the gateway address must not hold a query or a fragment")
    path = parts.path.rstrip("/")
    if not path.endswith("/sms"):
        path += "/sms"
    return f"{parts.scheme.lower()}://{parts.netloc}{path}"


def _without_userinfo(url: str) -> str:
    parts = urlsplit(url)
    return url.replace(parts.netloc, parts.netloc.rpartition("@")[2], 1)


def _checked_mobile(mobile: str) -> str:
    if not isinstance(mobile, str) or _UNSENDABLE_MOBILE.search(mobile) or not mobile:
        raise ValueError(f"not a phone number the gateway can take: {mobile!r}")
    return mobile


def _checked_count(count: int) -> None:
    if count == 0:
        raise ValueError("no phone number to send to")
    if count > MAX_NUMBERS_PER_REQUEST:
        raise ValueError(f"at most {MAX_NUMBERS_PER_REQUEST} numbers per request, not {count}")


def _refuse_duplicates(mobiles: Sequence[str]) -> None:
    seen: set[str] = set()
    for mobile in mobiles:
        if mobile in seen:
            raise ValueError(f"{mobile} appears twice in one request (results match by number)")
        seen.add(mobile)


def _checked_numbers(mobiles: Sequence[str]) -> None:
    """ValueError unless each number can travel in a request, 1 to 500 of them, each once.

    Looked at all together, in C (a request of 500 is prepared every few milliseconds on
    the thread beside the send workers); the number at fault, if any, is then looked for
    one by one, so the error names the same one as it always did."""
    try:
        joined: str | None = "".join(mobiles)
    except TypeError:  # not all of them text
        joined = None
    if joined is None or not all(mobiles) or _UNSENDABLE_MOBILE.search(joined):
        for mobile in mobiles:
            _checked_mobile(mobile)
    _checked_count(len(mobiles))
    if len(set(mobiles)) != len(mobiles):
        _refuse_duplicates(mobiles)


def _checked_p2p_texts(texts: Sequence[str]) -> None:
    """ValueError for an empty text or one with a line break (all looked at in C first)."""
    joined = "".join(texts)
    if all(texts) and "\r" not in joined and "\n" not in joined:
        return
    for content in texts:
        if not content:
            raise ValueError("a message text is empty")
        if "\r" in content or "\n" in content:
            raise ValueError("a p2p text cannot hold a line break; send it with send()")


def _settle_environment(session: requests.Session, url: str) -> None:
    """Look up once what ``requests`` otherwise looks up in the environment for every
    request (proxies, on Windows also in the registry; a .netrc; a certificate bundle):
    each look is several file system calls on a send worker's thread, each a chance for
    another thread to take Python's lock from it. The same settings, for this gateway."""
    found = session.merge_environment_settings(url, {}, None, None, None)
    session.auth = requests.utils.get_netrc_auth(url)
    session.proxies = found["proxies"]
    # A bundle named by REQUESTS_CA_BUNDLE or CURL_CA_BUNDLE is a path, which requests
    # looks at on the disk (os.path.isdir) before every request, https or not: a plain
    # http:// gateway has no certificate to check, so it gets none.
    session.verify = found["verify"] if urlsplit(url).scheme == "https" else True
    session.trust_env = False


class GatewayClient:
    """Speaks the gateway's HTTP protocol for one account."""

    def __init__(self, base_url: str, account: str, password: str,
                 password_mode: PasswordMode = "plain", *, connect_timeout: float = 5.0,
                 read_timeout: float = 30.0, pull_read_timeout: float = 60.0,
                 retry: RetryPolicy | None = None) -> None:
        if password_mode not in ("plain", "md5"):
            raise ValueError("password_mode must be 'plain' or 'md5'")
        self._url = _endpoint(base_url)
        self._shown_url = _without_userinfo(self._url)
        self._account = account
        self._password = password
        self._password_mode = password_mode
        remember_secrets(self._secrets(password if password_mode == "plain" else _md5(password)))
        self._connect_timeout = connect_timeout
        self._read_timeout = read_timeout
        self._pull_read_timeout = pull_read_timeout
        self._retry = retry or RetryPolicy()
        self._balance_action: str | None = None
        self._session = requests.Session()
        # We repeat requests ourselves, by the rules above; urllib3 must never resend a POST.
        adapter = HTTPAdapter(max_retries=Retry(total=0, connect=0, read=False, redirect=False,
                                                status=0, other=0, raise_on_status=False))
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)
        _settle_environment(self._session, self._url)
        # Every request is this one with a body of its own: requests makes it once (its
        # own preparing takes ~0.2 ms a request, a 500-number batch every few ms).
        self._template = self._session.prepare_request(requests.Request(
            "POST", self._url, headers=_HEADERS))

    @property
    def base_url(self) -> str:
        return self._shown_url

    @property
    def account(self) -> str:
        return self._account

    def __repr__(self) -> str:
        return (f"GatewayClient(base_url={self._shown_url!r}, account={self._account!r}, "
                f"password_mode={self._password_mode!r})")

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> GatewayClient:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    # ----- actions --------------------------------------------------------------------------

    def send(self, mobiles: Sequence[str], content: str, extno: str) -> SendOutcome:
        """One text to up to 500 distinct numbers; one result per number."""
        return self.submit(self.prepare_send(mobiles, content, extno))

    def p2p(self, items: Sequence[tuple[str, str]], extno: str) -> SendOutcome:
        """A text of its own for each of up to 500 distinct numbers.

        A text holding a line break cannot travel in a p2p list: send it with ``send``.
        """
        return self.submit(self.prepare_p2p(items, extno))

    def prepare_send(self, mobiles: Sequence[str], content: str, extno: str) -> SendRequest:
        """``send``, checked, signed and encoded but not posted. Safe from any thread."""
        if isinstance(mobiles, str):
            raise ValueError("mobiles must be a sequence of numbers, not one string")
        numbers = list(mobiles)
        _checked_numbers(numbers)
        if not content:
            raise ValueError("the message text is empty")
        mobile = ",".join(numbers)
        params = {"mobile": mobile, "content": content, "extno": extno}
        return SendRequest(self._prepare("send", params, signed_text=extno + content + mobile))

    def prepare_p2p(self, items: Sequence[tuple[str, str]], extno: str) -> SendRequest:
        """``p2p``, checked, signed and encoded but not posted. Safe from any thread."""
        # Each step over the 500 items in C: a batch is prepared every few milliseconds.
        mobiles, texts = zip(*items, strict=True) if items else ((), ())
        _checked_numbers(list(mobiles))
        _checked_p2p_texts(texts)
        listing = "\r".join(map("#".join, items))
        params = {"mobileContentList": listing, "extno": extno}
        signed = extno + listing.replace("\r", "").replace("\n", "")
        return SendRequest(self._prepare("p2p", params, signed_text=signed))

    def submit(self, request: SendRequest) -> SendOutcome:
        """Post a prepared ``send`` or ``p2p``; repeated only as ``may_repeat`` allows."""
        return self._perform(request.posted, parse_send_response)

    def balance(self) -> Balance:
        """The balance in 厘; asks ``overage``, or ``balance`` where the gateway wants that."""
        if self._balance_action is not None:
            return self._call(self._balance_action, {}, parse_balance_response)
        try:
            answer = self._call("overage", {}, parse_balance_response)
        except (GatewayRefusal, BadResponseError) as error:
            if not self._unknown_action(error):
                raise
            answer = self._call("balance", {}, parse_balance_response)
            self._balance_action = "balance"
            return answer
        self._balance_action = "overage"
        return answer

    def reports(self, size: int = 1000) -> PulledItems:
        """Pull (and so consume) up to ``size`` delivery reports; store them before use."""
        low, high = REPORT_SIZE_RANGE
        return self._pull("report", max(low, min(high, size)), "reports")

    def inbound(self, size: int = 1000) -> PulledItems:
        """Pull (and so consume) up to ``size`` inbound messages; store them before use."""
        low, high = INBOUND_SIZE_RANGE
        return self._pull("mo", max(low, min(high, size)), "inbound")

    def statis(self, begin: dt.date, end: dt.date) -> list[DailyStatistics]:
        """Daily totals from ``begin`` to ``end`` (at most 31 days apart)."""
        first = begin.date() if isinstance(begin, dt.datetime) else begin
        last = end.date() if isinstance(end, dt.datetime) else end
        if last < first or (last - first).days > MAX_STATIS_DAYS:
            info = describe_status(30)
            error = StatisticsDateRangeError(30, f"{info.meaning_zh}。",
                                             message_en=f"{info.meaning_en}.",
                                             fix=info.fix_zh, fix_en=info.fix_en)
            error.may_have_reached_gateway = False
            raise error
        params = {"beginTime": first.strftime("%Y%m%d"), "endTime": last.strftime("%Y%m%d")}
        return self._call("statis", params, parse_statis_response)

    # ----- machinery ------------------------------------------------------------------------

    def _pull(self, action: str, size: int,
              primary: Literal["reports", "inbound"]) -> PulledItems:
        def parse(status: int, body: bytes, *, secrets: Sequence[str]) -> PulledItems:
            return parse_pull_response(status, body, primary=primary, secrets=secrets)

        return self._call(action, {"size": str(size)}, parse,
                          read_timeout=self._pull_read_timeout)

    @staticmethod
    def _unknown_action(error: GatewayError) -> bool:
        if isinstance(error, GatewayRefusal):
            return error.code in _UNKNOWN_ACTION_STATUS
        return isinstance(error, BadResponseError) and error.http_status in _UNKNOWN_ACTION_HTTP

    def _call(self, action: str, params: Mapping[str, str],
              parse: Callable[..., T], *, signed_text: str = "",
              read_timeout: float | None = None) -> T:
        """Post ``action`` and parse the answer, repeating only what ``may_repeat`` allows."""
        return self._perform(self._prepare(action, params, signed_text=signed_text), parse,
                             read_timeout=read_timeout)

    def _prepare(self, action: str, params: Mapping[str, str], *,
                 signed_text: str = "") -> _Posted:
        if self._password_mode == "md5":
            password = _md5(self._password + signed_text)
        else:
            password = self._password
        form = {"action": action, "account": self._account, "password": password,
                **params, "rt": "json"}
        request = self._template.copy()
        request.body = encode_form(form)
        request.headers["Content-Length"] = str(len(request.body))
        return _Posted(action, request, tuple(self._secrets(password)))

    def _perform(self, posted: _Posted, parse: Callable[..., T], *,
                 read_timeout: float | None = None) -> T:
        timeout = self._read_timeout if read_timeout is None else read_timeout
        failed = 0
        while True:
            try:
                status, body = self._post(posted.action, posted.request, timeout)
                result: T = parse(status, body, secrets=posted.secrets)
                return result
            except GatewayError as error:
                failed += 1
                if failed >= self._retry.attempts or not may_repeat(posted.action, error):
                    raise
                pause = self._retry.delay(failed)
                _log.info("gateway %s: %s, trying again in %.1f s",
                          posted.action, type(error).__name__, pause)
            self._retry.sleep(pause)

    def _secrets(self, sent_password: str) -> list[str]:
        """Every form of the password that a gateway could echo back in a body."""
        forms = {self._password, sent_password, _md5(self._password)}
        forms |= {f.upper() for f in (sent_password, _md5(self._password))}
        forms |= {quote_plus(p) for p in tuple(forms)} | {quote(p, safe="") for p in tuple(forms)}
        return [f for f in forms if f]

    def _post(self, action: str, request: requests.PreparedRequest,
              read_timeout: float) -> tuple[int, bytes]:
        started = time.monotonic()
        failure: GatewayError | None = None
        try:
            with self._session.send(request, timeout=(self._connect_timeout, read_timeout),
                                    allow_redirects=False) as response:
                status, body = response.status_code, response.content
        except (requests.RequestException, urllib3.exceptions.HTTPError,
                http.client.HTTPException) as error:
            failure = transport_failure(error, self._shown_url, read_timeout)
        if failure is not None:
            # Raised outside the handler: requests' exception (whose request holds the
            # password) must not ride along as __context__.
            _log.info("gateway %s failed after %.0f ms: %s", action,
                      (time.monotonic() - started) * 1000, type(failure).__name__)
            raise failure
        _log.debug("gateway %s: HTTP %d in %.0f ms", action, status,
                   (time.monotonic() - started) * 1000)
        return status, body
