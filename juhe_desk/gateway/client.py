"""The HTTP client of the gateway: one object per account, one method per action.

Every failure is a typed ``GatewayError``. What may be repeated follows "What is safe to
repeat" in protocol-notes.md and lives in one place, ``_may_repeat``: a send is repeated only
when it provably never reached the gateway or was refused whole with STATUS 21.

Not thread-safe (one ``requests.Session``): give each worker thread its own client.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import http.client
import logging
import re
import socket
import ssl
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
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
    CertificateError,
    ConnectionLostError,
    GatewayError,
    GatewayRefusal,
    GatewayTimeoutError,
    GatewayUnreachableError,
    StatisticsDateRangeError,
    TooManyConnectionsError,
    TransportError,
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

_log = logging.getLogger(__name__)

T = TypeVar("T")
PasswordMode = Literal["plain", "md5"]

MAX_NUMBERS_PER_REQUEST = 500
REPORT_SIZE_RANGE = (10, 10000)
INBOUND_SIZE_RANGE = (10, 1000)
MAX_STATIS_DAYS = 31
_SAFE_TO_REPEAT = frozenset({"overage", "balance", "statis"})
# Answers of a gateway that does not know "overage" (the 2021 document calls it "balance").
_UNKNOWN_ACTION_STATUS = frozenset({1, 4, 5})
_UNKNOWN_ACTION_HTTP = frozenset({400, 404, 405})
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
# A comma would split the mobile list, a "#" a p2p line, white space is never part of one.
_UNSENDABLE_MOBILE = re.compile(r"[,#\s]")


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently a repeatable failure is tried again."""

    attempts: int = 3
    backoff: float = 0.5
    max_backoff: float = 8.0
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError("attempts must be at least 1")

    def delay(self, failed_attempts: int) -> float:
        """The pause after the given number of failed attempts (doubling, capped)."""
        return float(min(self.max_backoff, self.backoff * 2 ** (failed_attempts - 1)))


@dataclass(frozen=True)
class _Posted:
    """A request ready to post: its action, its encoded form, and every form of the password
    that must be scrubbed from an answer quoted in an error."""

    action: str
    body: bytes = field(repr=False)
    secrets: tuple[str, ...] = field(repr=False)


@dataclass(frozen=True)
class SendRequest:
    """A ``send`` or ``p2p`` request prepared ahead (``prepare_send``/``prepare_p2p``), so
    that a sender can encode the next batch while the current one is on the wire."""

    posted: _Posted = field(repr=False)


def _may_repeat(action: str, error: GatewayError) -> bool:
    """Whether ``action`` may be sent again after ``error`` (protocol-notes.md)."""
    if isinstance(error, CertificateError):
        return False  # the same certificate fails the same way a second later
    if isinstance(error, GatewayUnreachableError | TooManyConnectionsError):
        return True  # never arrived, or refused whole: nothing happened at the gateway
    if action not in _SAFE_TO_REPEAT:
        return False  # send/p2p: the batch is uncertain; report/mo: records may be consumed
    if isinstance(error, TransportError):
        return True
    if isinstance(error, GatewayRefusal):
        return error.code == 100
    if isinstance(error, BadResponseError):
        # A 4xx will not change by asking again; a broken or 5xx answer may.
        return error.http_status is None or not 400 <= error.http_status < 500
    return False


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


def _exception_chain(error: BaseException) -> Iterator[BaseException]:
    """The error and everything it wraps (args, ``reason``, cause, context)."""
    pending, seen = [error], set()
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        linked = [*current.args, getattr(current, "reason", None),
                  current.__cause__, current.__context__]
        pending.extend(e for e in linked if isinstance(e, BaseException))


_NEVER_ARRIVED = (
    requests.exceptions.ConnectTimeout, requests.exceptions.ProxyError,
    urllib3.exceptions.NewConnectionError, urllib3.exceptions.ConnectTimeoutError,
    urllib3.exceptions.NameResolutionError, socket.gaierror, ConnectionRefusedError,
)
_NO_ANSWER_IN_TIME = (
    requests.exceptions.ReadTimeout, urllib3.exceptions.ReadTimeoutError, TimeoutError,
)


# OpenSSL's verification codes a user can act on, in words (others show OpenSSL's text).
_CERTIFICATE_PROBLEMS: dict[int, tuple[str, str]] = {
    9: ("证书尚未生效（请检查电脑的日期和时间）", "the certificate is not valid yet (check this"
        " computer's date and time)"),
    10: ("证书已过期", "the certificate has expired"),
    18: ("证书是自签名的，不受信任", "the certificate is self-signed and not trusted"),
    19: ("证书链中有不受信任的自签名证书", "the certificate chain holds an untrusted self-signed"
         " certificate"),
    20: ("证书的签发机构不受信任", "the certificate's issuer is not trusted"),
    21: ("证书的签发机构不受信任", "the certificate's issuer is not trusted"),
    62: ("证书不属于这个地址", "the certificate does not belong to this address"),
}


def _certificate_failure(error: ssl.SSLCertVerificationError, url: str) -> CertificateError:
    host = urlsplit(url).netloc
    code = error.verify_code if isinstance(error.verify_code, int) else -1
    known = _CERTIFICATE_PROBLEMS.get(code)
    reason_zh, reason_en = known or ((error.verify_message or "",) * 2)
    why_zh = f"（{reason_zh}）" if reason_zh else ""
    why_en = f" ({reason_en})" if reason_en else ""
    return CertificateError(
        f"证书无效，无法安全连接短信网关{why_zh}：{host}。没有发出任何内容。"
        "请核对网关地址，或请网关管理员更换有效的证书。",
        message_en=(f"The certificate is not valid, so no secure connection to the SMS gateway"
                    f" was made{why_en}: {host}. Nothing was sent. Check the gateway address,"
                    " or ask the gateway's administrator for a valid certificate."),
        host=host, reason=reason_en)


def _transport_failure(error: Exception, url: str, read_timeout: float) -> GatewayError:
    """Our typed error for an exception of requests; it holds nothing of the request."""
    chain = list(_exception_chain(error))
    certificate = next((e for e in chain if isinstance(e, ssl.SSLCertVerificationError)), None)
    if certificate is not None:
        return _certificate_failure(certificate, url)
    if any(isinstance(e, _NEVER_ARRIVED) for e in chain):
        return GatewayUnreachableError(
            f"无法连接短信网关（地址 {url}），请检查网络和网关地址。",
            message_en=(f"Cannot connect to the SMS gateway ({url}). "
                        "Check the network connection and the gateway address."),
        )
    if any(isinstance(e, _NO_ANSWER_IN_TIME) for e in chain):
        return GatewayTimeoutError(
            f"短信网关在 {read_timeout:g} 秒内没有回复（地址 {url}），这次请求可能已经被处理。",
            message_en=(f"The SMS gateway did not answer within {read_timeout:g} seconds "
                        f"({url}). The request may have been processed."),
        )
    if isinstance(error, requests.exceptions.ContentDecodingError):
        return BadResponseError(
            f"短信网关的回复无法解码（地址 {url}）。",
            message_en=f"The SMS gateway's answer could not be decoded ({url}).",
        )
    return ConnectionLostError(
        f"与短信网关的连接在请求发出后中断（地址 {url}），这次请求可能已经被处理。",
        message_en=(f"The connection to the SMS gateway broke after the request was sent "
                    f"({url}). The request may have been processed."),
    )


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
        numbers = [_checked_mobile(m) for m in mobiles]
        _checked_count(len(numbers))
        _refuse_duplicates(numbers)
        if not content:
            raise ValueError("the message text is empty")
        mobile = ",".join(numbers)
        params = {"mobile": mobile, "content": content, "extno": extno}
        return SendRequest(self._prepare("send", params, signed_text=extno + content + mobile))

    def prepare_p2p(self, items: Sequence[tuple[str, str]], extno: str) -> SendRequest:
        """``p2p``, checked, signed and encoded but not posted. Safe from any thread."""
        numbers = [_checked_mobile(mobile) for mobile, _ in items]
        _checked_count(len(numbers))
        _refuse_duplicates(numbers)
        for _, content in items:
            if not content:
                raise ValueError("a message text is empty")
            if "\r" in content or "\n" in content:
                raise ValueError("a p2p text cannot hold a line break; send it with send()")
        listing = "\r".join(f"{mobile}#{content}" for mobile, content in items)
        params = {"mobileContentList": listing, "extno": extno}
        signed = extno + listing.replace("\r", "").replace("\n", "")
        return SendRequest(self._prepare("p2p", params, signed_text=signed))

    def submit(self, request: SendRequest) -> SendOutcome:
        """Post a prepared ``send`` or ``p2p``; repeated only as ``_may_repeat`` allows."""
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
        """Post ``action`` and parse the answer, repeating only what ``_may_repeat`` allows."""
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
        return _Posted(action, encode_form(form), tuple(self._secrets(password)))

    def _perform(self, posted: _Posted, parse: Callable[..., T], *,
                 read_timeout: float | None = None) -> T:
        timeout = self._read_timeout if read_timeout is None else read_timeout
        failed = 0
        while True:
            try:
                status, body = self._post(posted.action, posted.body, timeout)
                result: T = parse(status, body, secrets=posted.secrets)
                return result
            except GatewayError as error:
                failed += 1
                if failed >= self._retry.attempts or not _may_repeat(posted.action, error):
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

    def _post(self, action: str, data: bytes, read_timeout: float) -> tuple[int, bytes]:
        headers = {"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8",
                   "Accept": "application/json"}
        started = time.monotonic()
        failure: GatewayError | None = None
        try:
            with self._session.post(self._url, data=data, headers=headers,
                                    timeout=(self._connect_timeout, read_timeout),
                                    allow_redirects=False) as response:
                status, body = response.status_code, response.content
        except (requests.RequestException, urllib3.exceptions.HTTPError,
                http.client.HTTPException) as error:
            failure = _transport_failure(error, self._shown_url, read_timeout)
        if failure is not None:
            # Raised outside the handler: requests' exception (whose request holds the
            # password) must not ride along as __context__.
            _log.info("gateway %s failed after %.0f ms: %s", action,
                      (time.monotonic() - started) * 1000, type(failure).__name__)
            raise failure
        _log.debug("gateway %s: HTTP %d in %.0f ms", action, status,
                   (time.monotonic() - started) * 1000)
        return status, body
