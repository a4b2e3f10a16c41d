"""The named person a "he", "she", "his" or "her" in an amount's object stands for.

    Jane Roe, a nurse, said she had not been paid the £40 a week she was owed by her employer.
    -> "sum Jane Roe was owed by her employer per week", not "sum she was owed ..."

An object that keeps a third person pronoun names the person it stands for when its own
sentence names exactly one person before it (a name the spaCy parse tags PERSON, with its
title when the name is a bare surname: "Mr Hale"), said before the sentence's first such
pronoun as the subject of a verb the pronoun stands under ("said she ..."), whose title,
if any, agrees with the pronoun's gender, as every pronoun before it does. Only the
object's first pronoun is named ("her" as "Jane Roe's" where the sentence's word is a
possessive); the rest then read from it. Nothing when the sentence names two people or
none before the pronoun, the name is in an aside of another clause, or the sentence
starts with a pronoun that stands for someone earlier.
"""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_first_person import _agrees
from communique.extract.amounts_parse import _possessive, _tokens
from communique.extract.amounts_sentences import _sent
from communique.record import Amount

# A third person pronoun of a person in an object (a cheap test of the object's words first).
_THIRD = re.compile(r"\b(?:he|she|him|his|her)\b")
_THIRD_WORDS = frozenset(("he", "she", "him", "his", "her"))
# Titles kept before a bare surname ("Mr Hale"), as a reader of the record needs them.
_TITLES = frozenset("Mr Mrs Ms Miss Dr Sir Lord Lady".split())


def _person_name(ent: Any) -> str:
    """The words of a PERSON name as a record says them: no "'s", a bare surname's title."""
    toks = [t for t in ent if t.tag_ != "POS" and not t.is_punct]
    name = " ".join(t.text for t in toks)
    if len(toks) == 1 and ent.start > 0:
        title = ent.doc[ent.start - 1].text.rstrip(".")
        if title in _TITLES:
            return f"{title} {name}"
    return name


def _subject_over(root: Any, tok: Any) -> bool:
    """Whether `root` is the subject of a verb `tok` stands under."""
    return root.dep_ in ("nsubj", "nsubjpass") and root.head in tok.ancestors


def _gender(word: str) -> str:
    return "she" if word in ("she", "her") else "he"


def _one_person_before(sent: Any, tok: Any) -> str | None:
    """The one person `sent` names before `tok`, the subject of a verb `tok` stands under and
    named before the sentence's first third person pronoun, agreeing with the gender of
    `tok` and of every such pronoun up to it ("Ed Hale said his mother ... she": none);
    None when none, two ("Ed Hale and Jo Tate said he"), or a pronoun comes first."""
    gender = _gender(tok.lower_)
    prons = [t for t in sent if t.lower_ in _THIRD_WORDS and t.pos_ == "PRON" and t.i <= tok.i]
    if not prons or any(_gender(t.lower_) != gender for t in prons):
        return None
    first = prons[0]
    ents = [e for e in sent.ents if e.label_ == "PERSON" and e.end <= tok.i]
    if any(
        t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children)
        for t in (e.root for e in ents)
    ):
        return None  # (one of a list of people)
    names = {_person_name(e) for e in ents if any(t.pos_ == "PROPN" for t in e)}
    # (the subject of a verb the pronoun is said under: "Jo Tate said she ...", not a name
    # in an aside of another clause, "the coach - Tom Hale - behaved badly and ... him")
    if len(names) != 1 or not any(e.end <= first.i and _subject_over(e.root, tok) for e in ents):
        return None
    name = names.pop()
    return name if _agrees(gender, name) else None


def _word_at(sent: Any, word: str, after: int) -> Any:
    """The sentence's token of the object's pronoun: the first after the amount's start,
    else the last before it."""
    same = [t for t in sent if t.lower_ == word]
    return next((t for t in same if t.idx >= after), same[-1] if same else None)


def third_person_named(out: list[Amount], doc: Any) -> None:
    """Names an object's "he"/"she"/"his"/"her" by the sentence's one person before it;
    see the module docstring."""
    for a in out:
        obj = a.object
        if not obj:
            continue
        m = _THIRD.search(obj)
        if m is None:
            continue  # (a cheap test of the object's words first)
        span = _tokens(doc, a.span[0], a.span[1])
        if span is None or not len(span):
            continue
        sent = _sent(span[0])
        word = m.group(0)
        tok = _word_at(sent, word, a.span[0])
        if tok is None:
            continue
        name = _one_person_before(sent, tok)
        if name is None:
            continue
        said = _possessive(name) if word == "his" or tok.tag_ == "PRP$" else name
        a.object = f"{obj[: m.start()]}{said}{obj[m.end() :]}"
