"""Cutting a campaign into gateway requests.

The gateway matches its per-number results by mobile, so one request never carries the same
number twice: a repeated number moves to a later batch. Order is kept as far as that allows.
A p2p line cannot hold a line break (lines are joined by CR), so such a message goes by
``send``, grouped with the other messages of identical text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Literal, TypeVar

T = TypeVar("T")

MAX_BATCH = 500
DEFAULT_BATCH = 200

Message = tuple[str, str]  # (mobile, content)


def check_batch_size(size: int) -> int:
    """``size`` when it is a valid batch size (1..500), else ValueError."""
    if not 1 <= size <= MAX_BATCH:
        raise ValueError(f"batch size must be 1..{MAX_BATCH}, not {size}")
    return size


def split_into_batches(items: Sequence[T], key: Callable[[T], str], size: int) -> list[list[T]]:
    """Batches of at most ``size`` items, no key twice in one batch, in order where possible.

    Each item goes to the earliest batch that has room and comes after every batch already
    holding its key; without repeated keys this is plain chunking.
    """
    check_batch_size(size)
    keys = list(map(key, items))
    if len(set(keys)) == len(keys):  # the usual case, and ten times faster
        return [list(items[first:first + size]) for first in range(0, len(items), size)]
    batches: list[list[T]] = []
    keys_in: list[set[str]] = []
    first_open = 0  # every batch before it is full
    after: dict[str, int] = {}  # key -> index of the next batch it may go to
    for item, item_key in zip(items, keys, strict=True):
        index = max(first_open, after.get(item_key, 0))
        while index < len(batches) and (
                len(batches[index]) >= size or item_key in keys_in[index]):
            index += 1
        if index == len(batches):
            batches.append([])
            keys_in.append(set())
        batches[index].append(item)
        keys_in[index].add(item_key)
        after[item_key] = index + 1
        while first_open < len(batches) and len(batches[first_open]) >= size:
            first_open += 1
    return batches


@dataclass(frozen=True, slots=True)
class PositionsBatch:
    """One request: ``send`` (one ``content`` for every number) or ``p2p`` (content None),
    its messages given by their positions in the list ``batch_positions`` was given."""

    action: Literal["send", "p2p"]
    content: str | None
    positions: Sequence[int]


def batch_positions(messages: Sequence[Message], size: int = DEFAULT_BATCH) -> list[PositionsBatch]:
    """The requests for a campaign of (mobile, content) messages.

    One text for everyone goes by ``send``. Otherwise messages go by ``p2p``, except those
    whose text holds CR or LF: they go by ``send``, grouped by identical text. Batches are
    ordered by their first message. Positions, not messages: what goes with each message
    (its row, its parts) follows it without a look-up; for 100,000 messages with no number
    twice and no line break (the usual campaign), each step runs in C.
    """
    check_batch_size(size)
    if not messages:
        return []
    mobiles = list(map(_mobile, messages))
    contents = list(map(_content, messages))
    first_content = contents[0]
    if contents.count(first_content) == len(contents):
        return [PositionsBatch("send", first_content, positions)
                for positions in _batches(range(len(messages)), mobiles, size)]
    joined = "".join(contents)
    if "\r" not in joined and "\n" not in joined:
        return [PositionsBatch("p2p", None, positions)
                for positions in _batches(range(len(messages)), mobiles, size)]
    p2p: list[int] = []
    by_text: dict[str, list[int]] = {}
    for position, content in enumerate(contents):
        if "\r" in content or "\n" in content:
            by_text.setdefault(content, []).append(position)
        else:
            p2p.append(position)
    planned = [PositionsBatch("p2p", None, positions)
               for positions in _batches(p2p, mobiles, size)]
    for content, group in by_text.items():
        planned.extend(PositionsBatch("send", content, positions)
                       for positions in _batches(group, mobiles, size))
    planned.sort(key=lambda batch: batch.positions[0])
    return planned


def _batches(positions: Sequence[int], mobiles: list[str], size: int) -> list[Sequence[int]]:
    if isinstance(positions, range) and len(positions) == len(mobiles) \
            and len(set(mobiles)) == len(mobiles):  # every message, no number twice:
        return [positions[first:first + size]  # ranges, made in microseconds
                for first in range(0, len(positions), size)]
    return list(split_into_batches(positions, mobiles.__getitem__, size))


_mobile = itemgetter(0)
_content = itemgetter(1)
