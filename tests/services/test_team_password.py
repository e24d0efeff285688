"""The team password's shape, how loosely it may be typed, and its SCRAM verifier."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

from hypothesis import given
from hypothesis import strategies as st

from juhe_desk.services.team_password import (
    ALPHABET,
    canonical_team_password,
    new_team_password,
    scram_verifier,
)

SHAPE = re.compile(rf"[{ALPHABET}]{{4}}(-[{ALPHABET}]{{4}}){{3}}")


def test_new_passwords_have_the_shape_and_differ() -> None:
    made = {new_team_password() for _ in range(200)}
    assert len(made) == 200
    assert all(SHAPE.fullmatch(p) for p in made)
    assert not set("01IO") & set("".join(made))


def test_what_a_clerk_types_is_taken_as_shown() -> None:
    shown = "K7QX-M3PA-9WZR-HT4E"
    for typed in ("k7qx-m3pa-9wzr-ht4e", "K7QX M3PA 9WZR HT4E", "K7QXM3PA9WZRHT4E",
                  " Ｋ７ＱＸ－Ｍ３ＰＡ－９ＷＺＲ－ＨＴ４Ｅ ", "K7QX—M3PA_9WZR–HT4E"):
        assert canonical_team_password(typed) == shown


def test_a_password_set_by_an_office_is_left_as_it_is() -> None:
    assert canonical_team_password("  s3cret-Pass!  ") == "s3cret-Pass!"
    assert canonical_team_password("abcd-efgh-ijkl-mnop") == "abcd-efgh-ijkl-mnop"  # has I


@given(st.text(max_size=40))
def test_canonical_form_never_fails_and_is_stable(typed: str) -> None:
    once = canonical_team_password(typed)
    assert canonical_team_password(once) == once


def test_the_verifier_follows_rfc_7677() -> None:
    """Rebuilt from the RFC's definitions with a fixed salt."""
    salt = b"0123456789abcdef"
    verifier = scram_verifier("K7QX-M3PA-9WZR-HT4E", salt=salt)
    match = re.fullmatch(r"SCRAM-SHA-256\$4096:([^$]+)\$([^:]+):(.+)", verifier)
    assert match is not None
    assert base64.b64decode(match.group(1)) == salt
    salted = hashlib.pbkdf2_hmac("sha256", b"K7QX-M3PA-9WZR-HT4E", salt, 4096)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    assert base64.b64decode(match.group(2)) == hashlib.sha256(client_key).digest()
    assert base64.b64decode(match.group(3)) == hmac.new(
        salted, b"Server Key", hashlib.sha256).digest()
    assert scram_verifier("K7QX-M3PA-9WZR-HT4E") != scram_verifier("K7QX-M3PA-9WZR-HT4E")
