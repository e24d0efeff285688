"""The (number, text) pairs of a quick send, made one at a time by whoever reads them.

The repeat check asks the journal about every (number, final text) pair. Built as a list
on the GUI thread, 20,000 numbers are 20,000 new tuples there: a few ms, and enough new
objects to set off the garbage collector's passes on the GUI thread. This sequence makes
each pair when the job reading the journal asks for it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import overload


class SameText(Sequence[tuple[str, str]]):
    """``(mobile, text)`` for each of ``mobiles``, in their order."""

    def __init__(self, mobiles: Sequence[str], text: str) -> None:
        self._mobiles = mobiles
        self._text = text

    def __len__(self) -> int:
        return len(self._mobiles)

    @overload
    def __getitem__(self, index: int) -> tuple[str, str]: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[str, str]]: ...

    def __getitem__(self, index: int | slice) -> tuple[str, str] | Sequence[tuple[str, str]]:
        if isinstance(index, slice):
            return SameText(self._mobiles[index], self._text)
        return self._mobiles[index], self._text

    def __iter__(self) -> Iterator[tuple[str, str]]:
        text = self._text
        return ((mobile, text) for mobile in self._mobiles)
