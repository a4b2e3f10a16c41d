"""The HTML shingle metric, and a floor on a cheap subset of the gold pages."""

from __future__ import annotations

import pytest

from communique.evaluate.html import (
    FileResult,
    SystemScore,
    format_report,
    load_pages,
    product_texts,
    score_page,
    shingles,
)
from communique.settings import Settings
from conftest import shared_path

WORDS = "one two three four five six"


@pytest.mark.parametrize(
    ("gold", "pred", "p", "r"),
    [
        (WORDS, WORDS, 1.0, 1.0),
        (WORDS, "", 0.0, 0.0),
        ("", "", 1.0, 1.0),
        ("", WORDS, 0.0, 0.0),
        # punctuation and spacing do not matter, only \w+ tokens
        (WORDS, "one, two -- three\n\nfour five six!", 1.0, 1.0),
        # 3 shingles of gold, prediction has the first 2 of them plus 2 of its own
        (WORDS, "one two three four five x y", 2 / 4, 2 / 3),
        # shorter than 4 tokens: one shingle of what there is
        ("abc def", "abc def", 1.0, 1.0),
        # shingles are a multiset: a repeat counts once per occurrence
        ("a b c d a b c d", "a b c d", 1.0, 1 / 5),
    ],
)
def test_score_page(gold: str, pred: str, p: float, r: float) -> None:
    s = score_page(gold, pred)
    assert s.precision == pytest.approx(p) and s.recall == pytest.approx(r)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    assert s.f1 == pytest.approx(f1)


def test_shingles_counts() -> None:
    assert sum(shingles("a b c d e").values()) == 2
    assert shingles("") == {}


def test_report_lists_both_systems() -> None:
    ours, base = SystemScore("communique"), SystemScore("trafilatura")
    ours.pages["x"] = score_page(WORDS, WORDS)
    base.pages["x"] = score_page(WORDS, "")
    text = format_report([FileResult("gold.jsonl.gz", ours, base)], worst=3)
    assert "communique    1.000  1.000  1.000" in text
    assert "trafilatura   0.000  0.000  0.000" in text


def test_product_floor_on_newspaper4k_subset() -> None:
    """Development floor (these pages informed option choices): first 6 newspaper4k pages,
    read by the product; letter-case repair off so the figure is the reader's."""
    path = shared_path("eval", "html", "newspaper4k.jsonl.gz")
    pages = load_pages(path, limit=6)
    settings = Settings().with_overrides({"clean": {"repair_case": False}})
    texts = product_texts(pages, settings)
    assert set(texts) == {p["id"] for p in pages}
    f1 = sum(score_page(p["text"], texts[p["id"]]).f1 for p in pages) / len(pages)
    assert f1 >= 0.9
