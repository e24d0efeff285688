"""The pages a paged model holds (an LRU) and the pages a view asked for (newest first)."""

from __future__ import annotations

from juhe_desk.ui.models.paged_pages import PageCache


def test_the_page_used_least_recently_goes_first() -> None:
    cache: PageCache[str] = PageCache(page_size=2, limit=2, wanted_limit=4)
    cache.put(0, ["a", "b"])
    cache.put(1, ["c", "d"])
    assert cache.use(0) == ["a", "b"]  # page 0 is now the most recent
    cache.put(2, ["e"])
    assert cache.peek(1) is None and cache.record(0) == "a" and cache.record(4) == "e"
    assert cache.record(5) is None  # past the end of a short page
    assert cache.recent(2) == [0, 2] and list(cache.records()) == ["a", "b", "e"]


def test_the_page_asked_for_last_is_read_first_and_held_pages_are_skipped() -> None:
    cache: PageCache[str] = PageCache(page_size=2, limit=4, wanted_limit=3)
    for number in (1, 2, 3, 4, 2):
        cache.want(number)
    cache.put(4, ["x"])
    assert cache.next_wanted() == 2  # asked for again last; 1 was dropped (scrolled past)
    assert cache.next_wanted() == 3  # 4 is held
    assert cache.next_wanted() is None


def test_replacing_the_pages_forgets_what_was_wanted() -> None:
    cache: PageCache[str] = PageCache(page_size=2, limit=4, wanted_limit=3)
    cache.want(5)
    cache.replace({3: ["z"], 1: ["y"]})
    assert cache.next_wanted() is None and cache.recent(2) == [1, 3]
