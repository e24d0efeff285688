"""What a failed HTTP request means, as a typed ``GatewayError`` in the user's words (both
languages): it never arrived, no answer came in time, the certificate is not valid, or the
connection broke after the request left. The error holds nothing of the request (its
password).
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from urllib.parse import urlsplit

import requests
import urllib3.exceptions

from juhe_desk.gateway.errors import (
    BadResponseError,
    CertificateError,
    ConnectionLostError,
    GatewayError,
    GatewayTimeoutError,
    GatewayUnreachableError,
)


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


def transport_failure(error: Exception, url: str, read_timeout: float) -> GatewayError:
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
