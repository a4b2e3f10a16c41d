"""Pairing quotation marks (extract/quotes_marks.py): tables and properties."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.extract.quotes_marks import find_marked


def _pars(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _inner_texts(text: str) -> list[list[str]]:
    return [[text[s:e] for s, e in m.inner] for m in find_marked(text, _pars(text))]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("He said \u201cyes, we will.\u201d", [["yes, we will."]]),
        ('She said "no way" and left.', [["no way"]]),
        # Nested double marks inside a quote do not close it.
        (
            "\u201cIt runs counter to the motto of \u201ctogether\u201d and more.\u201d",
            [["It runs counter to the motto of \u201ctogether\u201d and more."]],
        ),
        # A quote over two paragraphs: the first paragraph opens and does not close.
        ("\u201cFirst part.\n\u201cSecond part,\u201d he said.", [["First part.", "Second part,"]]),
        # An unclosed quote ends at its paragraph when the next paragraph does not reopen.
        ("\u201cUnclosed words here\nNext paragraph.", [["Unclosed words here"]]),
        # An opening mark typed where the closing one belongs.
        ("\u201cThey see that. \u201c\nMore.", [["They see that."]]),
        # Two quotes split around the cue.
        ("\u201cA b c,\u201d she said, \u201cd e f.\u201d", [["A b c,"], ["d e f."]]),
        # Single marks only after a colon or at a paragraph's start (else apostrophes).
        ("Kasich: \u2018We Are Going All The Way.\u2019", [["We Are Going All The Way."]]),
        ("It\u2019s the party\u2019s view.", []),
        # Single marks inside a line open after a space; a closer before a letter is an
        # apostrophe.
        (
            "Sanders declares \u2018a revolution, don\u2019t stop,\u2019 ignores losses.",
            [["a revolution, don\u2019t stop,"]],
        ),
        # Two apostrophes typed for one double mark, with a nested single quote.
        ("''I said, 'no daylight.''' he recalled.", [["I said, 'no daylight.'"]]),
    ],
)
def test_pairs(text: str, want: list[list[str]]) -> None:
    assert _inner_texts(text) == want


_alphabet = st.sampled_from(list('ab .,\n"\u201c\u201d\u2018\u2019:'))


@given(st.lists(_alphabet, max_size=60).map("".join))
def test_spans_stay_inside_paragraphs_and_in_order(text: str) -> None:
    pars = _pars(text)
    found = find_marked(text, pars)
    starts = [m.start for m in found]
    assert starts == sorted(starts)
    for m in found:
        assert len(m.inner) == len(m.outer) >= 1
        for (s, e), (os_, oe) in zip(m.inner, m.outer, strict=True):
            assert os_ <= s < e <= oe
            assert any(ps <= os_ and oe <= pe for ps, pe in pars)
            assert "\n" not in text[s:e]


@given(st.lists(st.sampled_from(list("ab .,\n\"'")), max_size=60).map("".join))
def test_two_apostrophe_marks_map_back_inside_paragraphs(text: str) -> None:
    pars = _pars(text)
    for m in find_marked(text, pars):
        for (s, e), (os_, oe) in zip(m.inner, m.outer, strict=True):
            assert os_ <= s <= e <= oe <= len(text)
            assert text[os_] in "\"'"
            assert any(ps <= os_ and oe <= pe for ps, pe in pars)
