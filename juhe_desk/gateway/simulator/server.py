"""The HTTP side of the simulator: ``/sms`` by GET or POST, faults applied around the answer."""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import struct
import sys
import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from juhe_desk.gateway.simulator.httpserver import TrackingHTTPServer

from .actions import ActionHandler, refusal
from .faults import UNPROCESSED_FAULTS, PendingFaults

logger = logging.getLogger(__name__)

SMS_PATH = "/sms"
MAX_REQUEST_BYTES = 16 * 1024 * 1024
JSON_TYPE = "application/json;charset=UTF-8"
HTML_ERROR_PAGE = (b"<html><head><title>500 Internal Server Error</title></head>"
                   b"<body><h1>Internal Server Error</h1></body></html>")
HTML_PORTAL_PAGE = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>网络认证</title>"
                    "</head><body><p>请先登录后再访问网络。</p></body></html>").encode()
_LINGER_FORMAT = "HH" if sys.platform == "win32" else "ii"


@dataclass(frozen=True, slots=True)
class RequestRecord:
    """What arrived, minus every secret: tests check e.g. that no password rode in the URL."""

    method: str
    path: str
    action: str
    account: str
    query_keys: tuple[str, ...]
    content_type: str


class SimServer(TrackingHTTPServer):
    def __init__(self, host: str, port: int, actions: ActionHandler, faults: PendingFaults,
                 stopping: threading.Event, records: deque[RequestRecord]) -> None:
        self.actions = actions
        self.faults = faults
        self.stopping = stopping
        self.records = records
        super().__init__(host, port, SmsRequestHandler)


def _form(text: str) -> dict[str, str]:
    """First value of each field, as a servlet's getParameter gives it (UTF-8, strict)."""
    fields = parse_qs(text, keep_blank_values=True, encoding="utf-8", errors="strict")
    return {name: values[0] for name, values in fields.items()}


def render(payload: Mapping[str, Any], rt: str) -> tuple[bytes, str]:
    if rt.lower() == "json":
        return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode(), JSON_TYPE
    # The XML form is undocumented; a client that forgets rt=json gets this and must fail.
    xml = (f'<?xml version="1.0" encoding="utf-8"?><returnsms><status>{payload["status"]}'
           f'</status><balance>{payload.get("balance", 0)}</balance></returnsms>')
    return xml.encode(), "text/xml;charset=UTF-8"


class SmsRequestHandler(BaseHTTPRequestHandler):
    server: SimServer
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; without this every answer waits ~40 ms
    # for the client's delayed ACK, which real gateways do not make anyone wait for.
    disable_nagle_algorithm = True
    server_version = "SMGW/2.0"
    sys_version = ""
    timeout = 30

    def do_GET(self) -> None:
        with self.server.handling():
            self._serve(b"")

    def do_POST(self) -> None:
        with self.server.handling():
            body = self._read_body()
            if body is not None:
                self._serve(body)

    def _read_body(self) -> bytes | None:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self._answer(411, b"Length Required", "text/plain", close=True)
            return None
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_REQUEST_BYTES:
            self._answer(413 if length > 0 else 400, b"Bad Request", "text/plain", close=True)
            return None
        return self.rfile.read(length)

    def _serve(self, body: bytes) -> None:
        target = urlsplit(self.path)
        if target.path != SMS_PATH:
            self._answer(404, b"Not Found", "text/plain")
            return
        content_type = self.headers.get("Content-Type", "")
        params: dict[str, str] | None
        try:
            params = _form(target.query)
            if body and content_type.lower().startswith("application/x-www-form-urlencoded"):
                params = {**_form(body.decode("utf-8")), **params}  # URL fields win, as servlets
        except UnicodeDecodeError:
            params = None
        fields = params or {}
        action = fields.get("action", "")
        self.server.records.append(RequestRecord(
            self.command, target.path, action, fields.get("account", ""),
            tuple(parse_qs(target.query, keep_blank_values=True)), content_type))
        fault = self.server.faults.take(action)
        if fault in ("echo", "echo_plain"):
            self._echo(fault, body)
            return
        if fault in UNPROCESSED_FAULTS:
            self._misbehave_unprocessed(fault, action)
            return
        delay = self.server.faults.latency
        if fault == "hang":
            delay += self.server.faults.hang_seconds
        if params is None:
            self.server.stopping.wait(delay)
            payload = refusal(action, 1)
        else:
            payload = self.server.actions.respond(params, delay)
        answer, answer_type = render(payload, fields.get("rt", ""))
        if fault == "truncated":
            answer = answer[: len(answer) // 2]
        elif fault == "empty":
            answer = b""
        elif fault == "reset":
            self._drop_connection()
            return
        self._answer(200, answer, answer_type)

    def _misbehave_unprocessed(self, fault: str | None, action: str) -> None:
        if fault == "http500":
            self._answer(500, HTML_ERROR_PAGE, "text/html;charset=UTF-8")
        elif fault == "html":
            self._answer(200, HTML_PORTAL_PAGE, "text/html;charset=UTF-8")
        elif fault == "status21":
            self._answer(200, *render(refusal(action, 21), "json"))
        else:  # reset_before, hang_before
            if fault == "hang_before":
                self.server.stopping.wait(self.server.faults.hang_seconds)
            self._drop_connection()

    def _echo(self, fault: str, body: bytes) -> None:
        request = f"{self.command} {self.path}\n{body.decode('utf-8', errors='replace')}"
        if fault == "echo_plain":
            self._answer(500, f"bad request: {request}".encode(), "text/plain;charset=UTF-8")
            return
        payload = {"status": "0", "request": request, "balance": request,
                   "list": [{"flag": 1, "request": request}]}
        self._answer(200, *render(payload, "json"))

    def _drop_connection(self) -> None:
        """Close with a TCP reset and no answer at all."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack(_LINGER_FORMAT, 1, 0))
            self.connection.close()

    def _answer(self, code: int, body: bytes, content_type: str, *, close: bool = False) -> None:
        try:
            self.send_response(code)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            if close:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client gave up (timeout) or the simulator is stopping
            self.close_connection = True

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        # Never the request line: a GET carries the password in its query.
        logger.debug("%s %s -> %s", self.command, urlsplit(self.path).path, code)

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("simulator http: %s", format.split("%", 1)[0].strip() or "message")
