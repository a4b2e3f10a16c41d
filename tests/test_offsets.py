"""The offset map: cleaned spans trace back to the raw characters they came from."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from communique.offsets import OffsetMap, TextBuilder


def test_identity_map() -> None:
    m = OffsetMap.identity(10)
    assert m.span(2, 5) == (2, 5)
    assert m.span(0, 10) == (0, 10)


def test_copy_replace_drop() -> None:
    raw = "ab\r\n\r\ncd?? ??ef"
    tb = TextBuilder(raw)
    tb.copy(0, 2)  # "ab"
    tb.replace(2, 6, "\n\n")  # CRLF pair -> blank line
    tb.copy(6, 8)  # "cd"; "?? ??" dropped
    tb.copy(13, 15)  # "ef"
    text, m = tb.build()
    assert text == "ab\n\ncdef"
    assert m.span(4, 6) == (6, 8)
    assert m.span(6, 8) == (13, 15)
    assert m.span(0, 8) == (0, 15)
    assert raw[slice(*m.span(5, 7))] == "d?? ??e"  # a span across a drop keeps what lies between


@given(st.lists(st.tuples(st.text(min_size=0, max_size=8), st.booleans()), max_size=12))
def test_copied_spans_round_trip(parts: list[tuple[str, bool]]) -> None:
    """Every span made of copied text maps to raw text equal to it."""
    raw = "".join(p for p, _ in parts)
    tb = TextBuilder(raw)
    pos = 0
    for p, keep in parts:
        if keep:
            tb.copy(pos, pos + len(p))
        pos += len(p)
    text, m = tb.build()
    for piece in m.pieces:
        for s in range(piece.start, piece.end):
            for e in range(s + 1, piece.end + 1):
                rs, re_ = m.span(s, e)
                assert raw[rs:re_] == text[s:e]
