"""The 聚合云信 gateway protocol: client, typed answers, typed errors, code explanations.

The names below load on first use (``juhe_desk.lazy_exports``): importing one module of the
package (the log redaction, the models) does not bring in the HTTP client and ``requests``
with it, which the window does not need before it is painted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from juhe_desk.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from juhe_desk.gateway.client import GatewayClient, PasswordMode
    from juhe_desk.gateway.codes import (
        CodeInfo,
        describe_result,
        describe_stat,
        describe_status,
        stat_outcome,
    )
    from juhe_desk.gateway.errors import (
        AccountDisabledError,
        AuthenticationError,
        BadResponseError,
        CertificateError,
        ConnectionLostError,
        GatewayError,
        GatewayRefusal,
        GatewayTimeoutError,
        GatewayUnreachableError,
        PushBodyError,
        StatisticsDateRangeError,
        StatisticsRateLimitError,
        TooManyConnectionsError,
        TooManyNumbersError,
        TransportError,
    )
    from juhe_desk.gateway.models import (
        Balance,
        ChargeType,
        DailyStatistics,
        DeliveryReport,
        InboundMessage,
        PulledItems,
        SendOutcome,
        SubmitResult,
        format_gateway_time,
        parse_gateway_time,
    )
    from juhe_desk.gateway.parsing import parse_push_body
    from juhe_desk.gateway.retry_rules import RetryPolicy

_HOMES = {  # module: the names it gives
    "client": ("GatewayClient", "PasswordMode"),
    "codes": ("CodeInfo", "describe_result", "describe_stat", "describe_status", "stat_outcome"),
    "errors": ("AccountDisabledError", "AuthenticationError", "BadResponseError",
               "CertificateError", "ConnectionLostError", "GatewayError", "GatewayRefusal",
               "GatewayTimeoutError", "GatewayUnreachableError", "PushBodyError",
               "StatisticsDateRangeError", "StatisticsRateLimitError",
               "TooManyConnectionsError", "TooManyNumbersError", "TransportError"),
    "models": ("Balance", "ChargeType", "DailyStatistics", "DeliveryReport", "InboundMessage",
               "PulledItems", "SendOutcome", "SubmitResult", "format_gateway_time",
               "parse_gateway_time"),
    "parsing": ("parse_push_body",),
    "retry_rules": ("RetryPolicy",),
}
__getattr__ = lazy_exports(__name__, _HOMES)


__all__ = [
    "AccountDisabledError",
    "AuthenticationError",
    "BadResponseError",
    "Balance",
    "CertificateError",
    "ChargeType",
    "CodeInfo",
    "ConnectionLostError",
    "DailyStatistics",
    "DeliveryReport",
    "GatewayClient",
    "GatewayError",
    "GatewayRefusal",
    "GatewayTimeoutError",
    "GatewayUnreachableError",
    "InboundMessage",
    "PasswordMode",
    "PulledItems",
    "PushBodyError",
    "RetryPolicy",
    "SendOutcome",
    "StatisticsDateRangeError",
    "StatisticsRateLimitError",
    "SubmitResult",
    "TooManyConnectionsError",
    "TooManyNumbersError",
    "TransportError",
    "describe_result",
    "describe_stat",
    "describe_status",
    "format_gateway_time",
    "parse_gateway_time",
    "parse_push_body",
    "stat_outcome",
]
