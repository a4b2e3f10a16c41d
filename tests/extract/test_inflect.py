"""Verb forms for objects (extract/inflect.py)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from communique.extract.inflect import base_form, gerund, participle, verb_lemma


@pytest.mark.parametrize(
    ("lemma", "vbn", "vbg"),
    [
        ("seize", "seized", "seizing"),
        ("employ", "employed", "employing"),
        ("sell", "sold", "selling"),
        ("cut", "cut", "cutting"),
        ("take", "taken", "taking"),
        ("die", "died", "dying"),
        ("zorble", "zorbled", "zorbling"),  # not in the tables: the regular ending
    ],
)
def test_forms(lemma: str, vbn: str, vbg: str) -> None:
    assert participle(lemma) == vbn
    assert gerund(lemma) == vbg


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("had", "have"),
        ("said", "say"),
        ("liked", "like"),
        ("went", "go"),
        ("disagreed", "disagree"),
    ],
)
def test_base_form(word: str, base: str) -> None:
    assert base_form(word) == base


_VOCAB = spacy.blank("en").vocab


@pytest.mark.parametrize(
    ("word", "tag", "model_lemma", "base"),
    [
        ("fined", "VBN", "fin", "fine"),  # the model's lemma gives "finned" back
        ("hoped", "VBD", "hop", "hope"),
        ("sold", "VBN", "sell", "sell"),  # a right lemma is kept
        ("takes", "VBZ", "take", "take"),
        ("zorbled", "VBD", "zorble", "zorble"),  # not in the tables: kept
        ("cut", "VB", "cut", "cut"),
    ],
)
def test_verb_lemma(word: str, tag: str, model_lemma: str, base: str) -> None:
    doc = Doc(
        spacy.blank("en").vocab,
        words=["They", word],
        tags=["PRP", tag],
        lemmas=["they", model_lemma],
    )
    assert verb_lemma(doc[1]) == base
