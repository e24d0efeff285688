"""The store side of a paged table: its query and what a background job reads.

Plain Python, no Qt: everything here may run on a pool thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

F = TypeVar("F")  # the filter object the store's count/fetch take
R = TypeVar("R")  # one record (row) as the store returns it


@dataclass(frozen=True, slots=True)
class PagedQuery(Generic[F, R]):
    """The store query behind a model: ``count(filter)`` and
    ``fetch(filter, offset, limit, order, descending)``, called in the task runner's jobs."""

    count: Callable[[F], int]
    fetch: Callable[[F, int, int, str, bool], Sequence[R]]


@dataclass(frozen=True, slots=True)
class QueryState(Generic[F]):
    """What the rows reflect (or are to reflect); ``epoch`` changes with every swap."""

    filter: F
    order: str
    descending: bool
    epoch: int


@dataclass(frozen=True, slots=True)
class Snapshot(Generic[R]):
    count: int
    pages: dict[int, list[R]]


def read_snapshot(query: PagedQuery[F, R], state: QueryState[F], page_size: int,
                  pages: Sequence[int]) -> Snapshot[R]:
    """The count and the given pages, in one job."""
    count = query.count(state.filter)
    fetched: dict[int, list[R]] = {}
    for number in pages:
        if number == 0 or number * page_size < count:
            fetched[number] = list(query.fetch(state.filter, number * page_size, page_size,
                                               state.order, state.descending))
    return Snapshot(count, fetched)


def read_all(query: PagedQuery[F, R], state: QueryState[F], page_size: int) -> Iterator[R]:
    """Every row, page by page (e.g. for an export)."""
    offset = 0
    while True:
        page = query.fetch(state.filter, offset, page_size, state.order, state.descending)
        yield from page
        if len(page) < page_size:
            return
        offset += len(page)
