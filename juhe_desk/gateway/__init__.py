"""The 聚合云信 gateway protocol: client, typed answers, typed errors, code explanations.

The names below load on first use (PEP 562): importing one module of the package (the log
redaction, the models) does not bring in the HTTP client and ``requests`` with it, which the
window does not need before it is painted.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

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

_HOMES = {
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
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # found directly from now on
    return value


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
