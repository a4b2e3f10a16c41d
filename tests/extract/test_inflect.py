"""Verb forms for objects (extract/inflect.py)."""

from __future__ import annotations

import pytest

from communique.extract.inflect import base_form, gerund, participle


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
