"""The pages a ``PagedTableModel`` holds, and the pages a view asked for that are not read yet.

Plain Python (no Qt): an LRU of at most ``limit`` pages (a page used moves to the back, the
front one goes when a new page comes), and a short queue of wanted page numbers, the one
asked for last read first (a view scrolled past the others no longer shows them).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Mapping
from typing import Generic, TypeVar

R = TypeVar("R")  # one record (row)


class PageCache(Generic[R]):
    """Pages of ``page_size`` records by page number, the most recently used last."""

    def __init__(self, page_size: int, limit: int, wanted_limit: int) -> None:
        self.page_size = page_size
        self._limit = limit
        self._wanted_limit = wanted_limit
        self._pages: OrderedDict[int, list[R]] = OrderedDict()
        self._wanted: OrderedDict[int, None] = OrderedDict()  # most recently asked last

    # --- the pages held -------------------------------------------------------------------
    def replace(self, pages: Mapping[int, list[R]]) -> None:
        """Hold exactly these pages (in page order); nothing is wanted any more."""
        self._pages = OrderedDict(sorted(pages.items()))
        self._wanted.clear()

    def clear(self) -> None:
        self.replace({})

    def put(self, number: int, rows: list[R]) -> None:
        self._pages[number] = rows
        self._pages.move_to_end(number)
        while len(self._pages) > self._limit:
            self._pages.popitem(last=False)

    def use(self, number: int) -> list[R] | None:
        """The page, now the most recently used one; None when it is not held."""
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
        return page

    def peek(self, number: int) -> list[R] | None:
        """The page when it is held (the order of use stays as it is)."""
        return self._pages.get(number)

    def record(self, row: int) -> R | None:
        """The record of ``row`` when its page is held (the order of use stays as it is)."""
        page = self._pages.get(row // self.page_size)
        offset = row % self.page_size
        return page[offset] if page is not None and offset < len(page) else None

    def records(self) -> Iterator[R]:
        for page in self._pages.values():
            yield from page

    def recent(self, count: int) -> list[int]:
        """The numbers of the ``count`` pages used last."""
        return list(self._pages)[-count:]

    # --- the pages wanted -----------------------------------------------------------------
    def want(self, number: int) -> None:
        self._wanted[number] = None
        self._wanted.move_to_end(number)
        while len(self._wanted) > self._wanted_limit:  # scrolled past: no longer needed
            self._wanted.popitem(last=False)

    def next_wanted(self) -> int | None:
        """The page asked for last that is not held (taken off the queue), or None."""
        while self._wanted:
            number, _ = self._wanted.popitem(last=True)
            if number not in self._pages:
                return number
        return None

    def forget_wanted(self) -> None:
        self._wanted.clear()
