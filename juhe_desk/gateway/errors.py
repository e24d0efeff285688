"""The typed errors of the gateway layer.

Every failure of a request is one of these. Each says, in plain words, what happened;
``may_have_reached_gateway`` tells the send logic whether a repeat could send twice.
No error ever holds the password: messages are built from codes and scrubbed bodies.
"""

from __future__ import annotations

from juhe_desk.explained_error import ExplainedError


class GatewayError(ExplainedError):
    """Base of every gateway failure.

    ``code`` is the gateway's STATUS code for a refusal of the whole request, else None.
    ``may_have_reached_gateway`` is False only when the request provably never arrived
    (nothing could have been sent), True when it may have been processed.
    """

    code: int | None = None
    may_have_reached_gateway: bool = True


class GatewayRefusal(GatewayError):
    """The gateway answered, and refused the whole request with a STATUS code."""

    may_have_reached_gateway = True

    def __init__(self, code: int, message: str, *, message_en: str | None = None,
                 fix: str = "", fix_en: str = "") -> None:
        super().__init__(message, message_en=message_en)
        self.code = code
        self.fix = fix
        self.fix_en = fix_en or fix

    def text(self, lang: str = "zh_CN") -> str:
        base = super().text(lang)
        fix = self.fix_en if lang.startswith("en") else self.fix
        return f"{base} {fix}".strip()


class AuthenticationError(GatewayRefusal):
    """STATUS 3: wrong account or password."""


class AccountDisabledError(GatewayRefusal):
    """STATUS 7: the account is disabled."""


class TooManyConnectionsError(GatewayRefusal):
    """STATUS 21: the gateway refused the request whole; safe to retry after a pause."""


class TooManyNumbersError(GatewayRefusal):
    """STATUS 102: too many numbers in one request; nothing was sent."""


class StatisticsRateLimitError(GatewayRefusal):
    """STATUS 31: statis asked too often."""


class StatisticsDateRangeError(GatewayRefusal):
    """STATUS 30: the statis dates are reversed or more than 31 days apart.

    The client also raises it before sending when it can see the dates are wrong.
    """


class TransportError(GatewayError):
    """The HTTP exchange itself failed."""


class GatewayUnreachableError(TransportError):
    """Connection refused, DNS failure or connect timeout: the request never arrived."""

    may_have_reached_gateway = False


class CertificateError(GatewayUnreachableError):
    """The gateway's HTTPS certificate failed verification: nothing was sent, and trying
    again will not help until the certificate or the address is fixed."""

    def __init__(self, message: str, *, message_en: str | None = None, host: str = "",
                 reason: str = "") -> None:
        super().__init__(message, message_en=message_en)
        self.host = host
        self.reason = reason


class GatewayTimeoutError(TransportError):
    """The gateway did not answer in time after the request was sent: outcome unknown."""

    may_have_reached_gateway = True


class ConnectionLostError(TransportError):
    """The connection broke after the request was sent: outcome unknown."""

    may_have_reached_gateway = True


class BadResponseError(GatewayError):
    """The gateway answered with something that is not the expected JSON.

    Holds the HTTP status and the first 200 characters of the body, secrets scrubbed.
    """

    may_have_reached_gateway = True

    def __init__(self, message: str, *, message_en: str | None = None,
                 http_status: int | None = None, body_excerpt: str = "") -> None:
        super().__init__(message, message_en=message_en)
        self.http_status = http_status
        self.body_excerpt = body_excerpt


class PushBodyError(GatewayError):
    """A push body that is not a JSON array of report/MO objects (answered 400)."""

    may_have_reached_gateway = False
