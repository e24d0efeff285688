"""Cutting a campaign into gateway requests.

The gateway matches its per-number results by mobile, so one request never carries the same
number twice: a repeated number moves to a later batch. Order is kept as far as that allows.
A p2p line cannot hold a line break (lines are joined by CR), so such a message goes by
``send``, grouped with the other messages of identical text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar

T = TypeVar("T")

MAX_BATCH = 500
DEFAULT_BATCH = 200

Message = tuple[str, str]  # (mobile, content)


@dataclass(frozen=True, slots=True)
class PlannedBatch:
    """One request: ``send`` (one ``content`` for every number) or ``p2p`` (content None)."""

    action: Literal["send", "p2p"]
    content: str | None
    items: tuple[Message, ...]

    @property
    def mobiles(self) -> tuple[str, ...]:
        return tuple(mobile for mobile, _ in self.items)


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
    keys = [key(item) for item in items]
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


def group_for_send(messages: Sequence[Message], size: int = DEFAULT_BATCH) -> list[PlannedBatch]:
    """The requests for a campaign of (mobile, content) messages.

    One text for everyone goes by ``send``. Otherwise messages go by ``p2p``, except those
    whose text holds CR or LF: they go by ``send``, grouped by identical text. Batches are
    ordered by their first message.
    """
    check_batch_size(size)
    if not messages:
        return []
    first_content = messages[0][1]
    if all(content == first_content for _, content in messages):
        return _send_batches(first_content, list(enumerate(messages)), size)
    p2p: list[tuple[int, Message]] = []
    by_text: dict[str, list[tuple[int, Message]]] = {}
    for position, message in enumerate(messages):
        if "\r" in message[1] or "\n" in message[1]:
            by_text.setdefault(message[1], []).append((position, message))
        else:
            p2p.append((position, message))
    planned: list[tuple[int, PlannedBatch]] = []
    for batch in split_into_batches(p2p, _mobile_of, size):
        planned.append((batch[0][0], PlannedBatch("p2p", None, tuple(m for _, m in batch))))
    for content, group in by_text.items():
        for batch in split_into_batches(group, _mobile_of, size):
            items = tuple(m for _, m in batch)
            planned.append((batch[0][0], PlannedBatch("send", content, items)))
    planned.sort(key=lambda entry: entry[0])
    return [batch for _, batch in planned]


def _send_batches(content: str, numbered: list[tuple[int, Message]],
                  size: int) -> list[PlannedBatch]:
    return [PlannedBatch("send", content, tuple(m for _, m in batch))
            for batch in split_into_batches(numbered, _mobile_of, size)]


def _mobile_of(entry: tuple[int, Message]) -> str:
    return entry[1][0]
