"""No secret reaches a log line: the secrets this process knows, and a filter that masks them.

``GatewayClient`` registers every form of its password (as typed, its MD5 in both cases,
URL-encoded), the push receiver its secret path. ``SecretFilter`` sits on the app's log
handler and masks, in the message, its arguments and any traceback: those secrets, and the
value of any ``password=``/``pwd=`` form field or ``"password": "..."`` JSON field (which
also covers the per-request MD5 signatures of ``send`` and ``p2p``, never registered).
Secrets shorter than ``MIN_SECRET_CHARS`` are masked only as such fields: masking every
"12" would make the log unreadable and would itself tell the password.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable

from juhe_desk.gateway.parsing import scrub

MIN_SECRET_CHARS = 4
MASK = "***"
_FIELD = re.compile(
    r"""(?ix)
    (\b(?:password|passwd|pwd)         # the field's name
     (?:\s*=\s*|"\s*:\s*"|'\s*:\s*'|%3D))  # form, JSON or URL-encoded form
    [^&\s"',;<>]+                      # its value
    """)

_lock = threading.Lock()
_secrets: tuple[str, ...] = ()


def remember_secrets(forms: Iterable[str]) -> None:
    """Mask these texts in every log line from now on (for the rest of the process)."""
    global _secrets
    wanted = {form for form in forms if len(form) >= MIN_SECRET_CHARS}
    with _lock:
        if not wanted <= set(_secrets):
            # Longest first, so a secret that contains another is masked whole.
            _secrets = tuple(sorted(set(_secrets) | wanted, key=len, reverse=True))


def redact(text: str) -> str:
    """``text`` with every known secret and every password field masked."""
    return _FIELD.sub(lambda m: m.group(1) + MASK, scrub(text, _secrets))


class SecretFilter(logging.Filter):
    """Masks secrets in a record before any handler writes it (it always passes it on)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string must not lose the line
            message = f"{record.msg!r} {record.args!r}"
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
