"""Where a secret (a password) lies in a folder, in any of the forms it could be kept in:
for the tests that prove the data folder holds none."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path


def secret_forms(secret: str) -> dict[str, bytes]:
    digest = hashlib.md5(secret.encode("utf-8")).hexdigest()
    return {"utf-8": secret.encode("utf-8"), "utf-16-le": secret.encode("utf-16-le"),
            "md5": digest.encode("ascii"), "MD5": digest.upper().encode("ascii")}


def secret_hits(folder: Path, secret: str) -> list[str]:
    """``file (form)`` for each file under ``folder`` holding ``secret`` in some form; a zip
    file (.xlsx) is searched in its compressed bytes and in each of its members."""
    hits = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        blobs = [data]
        if zipfile.is_zipfile(io.BytesIO(data)):
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                blobs += [archive.read(name) for name in archive.namelist()]
        for form, needle in secret_forms(secret).items():
            if any(needle in blob for blob in blobs):
                hits.append(f"{path.relative_to(folder)} ({form})")
    return hits
