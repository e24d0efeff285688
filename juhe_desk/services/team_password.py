"""The team database's password: made to be read aloud and typed at another desk.

Sixteen characters in four groups (``K7QX-M3PA-9WZR-HT4E``) from an alphabet without the
look-alikes 0/O and 1/I, drawn with ``secrets``: 80 bits. What a joining desk types is put
back into that shape first (``canonical_team_password``): a Chinese input method may give
full-width letters, and a clerk may type lower case, spaces or no dashes at all.

The server is never given the password itself, only its SCRAM-SHA-256 verifier (RFC 7677,
in PostgreSQL's notation), computed here: so not even a server log could hold it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import unicodedata

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
GROUPS = 4
GROUP_LENGTH = 4
SCRAM_ITERATIONS = 4096  # PostgreSQL's default scram_iterations


def new_team_password() -> str:
    groups = ("".join(secrets.choice(ALPHABET) for _ in range(GROUP_LENGTH))
              for _ in range(GROUPS))
    return "-".join(groups)


def canonical_team_password(typed: str) -> str:
    """``typed`` in the shape the host showed when it is one of ours, typed loosely
    (full-width, lower case, spaces, other dashes); otherwise ``typed`` without the
    spaces around it (a password an office set on its own server is taken as it is)."""
    folded = unicodedata.normalize("NFKC", typed).upper()
    bare = "".join(ch for ch in folded if ch.isalnum())
    if len(bare) == GROUPS * GROUP_LENGTH and all(ch in ALPHABET for ch in bare):
        return "-".join(bare[i:i + GROUP_LENGTH]
                        for i in range(0, len(bare), GROUP_LENGTH))
    return typed.strip()


def scram_verifier(password: str, *, salt: bytes | None = None,
                   iterations: int = SCRAM_ITERATIONS) -> str:
    """What PostgreSQL keeps for ``password`` with password_encryption = scram-sha-256.

    SASLprep leaves printable ASCII as it is, which is all ``new_team_password`` makes."""
    if not password.isascii():
        raise ValueError("only ASCII passwords are turned into a verifier here")
    salt = salt if salt is not None else secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("ascii"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()
    return (f"SCRAM-SHA-256${iterations}:{_b64(salt)}"
            f"${_b64(stored_key)}:{_b64(server_key)}")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
