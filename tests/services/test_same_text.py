"""The repeat check's (number, text) pairs, made lazily: the same as the list they replace."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from juhe_desk.services.same_text import SameText


@given(st.lists(st.text(max_size=12), max_size=30), st.text(max_size=20), st.integers(-40, 40),
       st.integers(-40, 40))
def test_same_text_is_the_list_of_pairs(mobiles: list[str], text: str, start: int,
                                        stop: int) -> None:
    pairs = [(mobile, text) for mobile in mobiles]
    lazy = SameText(mobiles, text)
    assert len(lazy) == len(pairs)
    assert list(lazy) == pairs
    assert set(lazy) == set(pairs)
    assert list(lazy[start:stop]) == pairs[start:stop]
    if pairs:
        assert lazy[start % len(pairs)] == pairs[start % len(pairs)]
        assert lazy[-1] == pairs[-1]
