"""The store's SQL, written with SQLite's placeholders, as PostgreSQL takes it.

Queries are written once (``connection``): ``?`` (the next parameter), ``?N`` (parameter N)
and ``:name`` (a named one). PostgreSQL numbers its parameters (``$1``) and psycopg's raw
cursor passes them as they are, so each query is rewritten once (cached) into ``$N``
placeholders and a plan that picks the parameters in that order. Quoted text, quoted names
and comments are left alone; ``::type`` casts are not placeholders.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_NAME_START = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
_NAME_CHARS = _NAME_START | frozenset("0123456789")


@dataclass(frozen=True, slots=True)
class Translated:
    """PostgreSQL's text of a query and which parameter goes into each ``$N``."""

    sql: str
    positions: tuple[int, ...] | None  # the caller's parameter for $1, $2...; None: as given
    names: tuple[str, ...] = ()  # the name for $1, $2... when the query names them

    def bind(self, params: Sequence[Any] | Mapping[str, Any]) -> Sequence[Any]:
        if self.names:
            if not isinstance(params, Mapping):
                raise TypeError("this query takes named parameters")
            return [params[name] for name in self.names]
        if isinstance(params, Mapping):
            raise TypeError("this query takes positional parameters")
        if self.positions is None:
            return params
        return [params[index] for index in self.positions]


@lru_cache(maxsize=2048)
def translate(sql: str) -> Translated:
    out: list[str] = []
    positional: list[int] = []  # per $N: the caller's parameter index
    names: list[str] = []  # per $N: the parameter's name
    highest = 0  # SQLite: a bare ? takes the highest number used so far, plus one
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in "'\"":
            end = _quoted_end(sql, i)
            out.append(sql[i:end])
            i = end
        elif ch == "-" and sql.startswith("--", i):
            end = sql.find("\n", i)
            end = n if end < 0 else end
            out.append(sql[i:end])
            i = end
        elif ch == "?":
            j = i + 1
            while j < n and sql[j].isdigit():
                j += 1
            number = int(sql[i + 1:j]) if j > i + 1 else highest + 1
            highest = max(highest, number)
            positional.append(number - 1)
            out.append(f"${len(positional)}")
            i = j
        elif ch == ":" and i + 1 < n and sql[i + 1] in _NAME_START \
                and (i == 0 or sql[i - 1] != ":"):
            j = i + 1
            while j < n and sql[j] in _NAME_CHARS:
                j += 1
            name = sql[i + 1:j]
            if name not in names:
                names.append(name)
            out.append(f"${names.index(name) + 1}")
            i = j
        else:
            out.append(ch)
            i += 1
    if positional and names:
        raise ValueError("a query takes positional or named parameters, not both")
    if names:
        return Translated("".join(out), None, tuple(names))
    identity = positional == list(range(len(positional)))
    return Translated("".join(out), None if identity else tuple(positional))


def _quoted_end(sql: str, start: int) -> int:
    """The index after the quoted text or name starting at ``start`` (doubled quotes
    inside)."""
    quote = sql[start]
    i = start + 1
    while True:
        end = sql.find(quote, i)
        if end < 0:
            return len(sql)
        if end + 1 < len(sql) and sql[end + 1] == quote:
            i = end + 2
            continue
        return end + 1
