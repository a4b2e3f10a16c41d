"""Cleaning: dropped lines, encoding repair, paragraphs, and the span contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.clean import CleanContext, clean_article
from communique.pipeline import extract_inputs
from communique.record import Article, Source


def _clean(raw: str, fmt: str = "txt", header: list | None = None) -> Article:
    art = Article(id="t", raw_text=raw, source=Source("t.txt", fmt))
    art.meta["header"] = header or []
    ctx = CleanContext()
    ctx.learn([art])
    return clean_article(art, ctx)


@pytest.mark.parametrize(
    ("raw", "dropped", "reason"),
    [
        ("Body text here.\n\n?? ??\n\nMore.", "?? ??", "placeholder"),
        ("Body text here.\n\n\ufffd\ufffd \ufffd\n\nMore.", "\ufffd\ufffd \ufffd", "placeholder"),
        ("Body text here.\n\nNewspapers in English\n", "Newspapers in English", "footer"),
        ("Body text here.\n\nAdvertisement\n\nMore.", "Advertisement", "footer"),
    ],
)
def test_drops_lines(raw: str, dropped: str, reason: str) -> None:
    art = _clean(raw)
    assert [(d.text, d.reason) for d in art.dropped] == [(dropped, reason)]
    assert dropped not in art.text
    d = art.dropped[0]
    assert raw[d.raw_span[0] : d.raw_span[1]] == dropped


def test_question_in_text_is_not_a_placeholder() -> None:
    art = _clean("Will they meet?\n\nNobody knows??")
    assert art.dropped == []


def test_encoding_repair_keeps_curly_quotes_and_maps_back() -> None:
    raw = "He said \u201cyes\u201d.\n\nThe caf\u00c3\u00a9 opened \u00e2\u20ac\u201c late."
    art = _clean(raw)
    assert "\u201cyes\u201d" in art.text
    assert "café" in art.text
    kinds = {r.kind for r in art.repairs}
    assert "encoding" in kinds
    for r in art.repairs:
        assert art.text[r.span[0] : r.span[1]] == r.after
        assert raw[r.raw_span[0] : r.raw_span[1]] == r.before


def test_paragraphs_are_separated_by_blank_lines() -> None:
    art = _clean("First para\nstill first.\r\n\r\n\r\nSecond.\n")
    assert art.text == "First para\nstill first.\n\nSecond."
    assert [art.text[s:e] for s, e in art.paragraphs] == ["First para\nstill first.", "Second."]


def test_repeated_lines_across_a_source_are_dropped() -> None:
    ctx = CleanContext()
    arts = []
    for i in range(5):
        raw = f"Story number {i} begins here.\n\nFollow us on every platform today\n"
        a = Article(id=str(i), raw_text=raw, source=Source(f"site/{i}.txt", "txt"))
        a.meta["header"] = []
        arts.append(a)
    ctx.learn(arts)
    for a in arts:
        clean_article(a, ctx)
        assert [d.reason for d in a.dropped] == ["repeated"]
        assert "Follow us" not in a.text


def _spans(obj: object):
    """Every (span, raw_span) pair in a record, wherever it sits."""
    if isinstance(obj, dict):
        if "span" in obj and "raw_span" in obj:
            yield obj["span"], obj["raw_span"]
        if "spans" in obj and "raw_spans" in obj:
            yield from zip(obj["spans"], obj["raw_spans"], strict=True)
        for v in obj.values():
            yield from _spans(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _spans(v)


LINES = st.sampled_from(
    [
        "The u.s. and China-russia talks began.",
        "we call on all parties.",
        "?? ??",
        "Newspapers in English",
        "caf\u00c3\u00a9 society\u00a0news",
        "\u201cQuoted,\u201d he said.",
        "",
        "   indented line  ",
        "plain words here",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(LINES, min_size=1, max_size=12), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_raw_span_matches_span_ignoring_case(lines: list[str], sep: str) -> None:
    """For every span-bearing object, raw text at raw_span == cleaned text at span (casefold),
    except where an encoding repair lies inside the span."""
    raw = sep.join(lines)
    if not raw.strip():
        return
    art = _clean(raw)
    record = art.to_dict()
    encoded = [r["span"] for r in record["repairs"] if r["kind"] != "case"]
    for span, raw_span in _spans(record):
        if any(s < span[1] and span[0] < e or s == e == span[0] for s, e in encoded):
            continue
        if not span or span[0] == span[1]:
            continue
        assert raw[raw_span[0] : raw_span[1]].lower() == record["text"][span[0] : span[1]].lower()
    # and every word of the cleaned text maps back the same way
    text = record["text"]
    pos = 0
    for word in text.split():
        s = text.index(word, pos)
        pos = s + len(word)
        if any(es < pos and s < ee for es, ee in encoded):
            continue
        rs, re_ = art.raw_span(s, pos)
        assert raw[rs:re_].lower() == word.lower()


def test_seed_cleaning_and_article_items(seed_path: Path, seed_gold: dict) -> None:
    (art,) = list(extract_inputs([str(seed_path)], until="clean"))
    rec = art.to_dict()
    gold = seed_gold
    assert rec["publication"] == gold["article"]["publication"]
    assert rec["headline"] == gold["article"]["headline"]
    assert rec["published"] is None
    assert rec["published_not_before"] == "2021-12-15"
    dropped = [d["text"] for d in rec["dropped"]]
    for line in gold["cleaning"]["must_drop_lines"]:
        assert line in dropped
        assert line not in rec["text"].split("\n")
    for before, after in gold["cleaning"]["must_repair"]:
        assert after in rec["text"], (before, after)
    raw = seed_path.read_text("utf-8")
    for keep in gold["cleaning"]["must_keep_unchanged"]:
        assert keep in raw and keep in rec["text"]
        # and no repair touches it
        for r in rec["repairs"]:
            s, e = r["span"]
            i = rec["text"].find(keep)
            while i >= 0:
                assert not (s < i + len(keep) and i < e) or r["before"] == r["after"], (keep, r)
                i = rec["text"].find(keep, i + 1)
    json.dumps(rec)  # serialisable
