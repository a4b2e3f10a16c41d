"""Bare one-word objects that an earlier sentence of the same paragraph defines: a
percentage target takes the one rate the earlier sentence names ("... shortfall in economic
growth. ... a 2.5% target" -> "economic growth target"), and output takes the one named
plant or produced thing ("jobs at the Oxford factory. ... raise output to 200,000 cars" ->
"output of Oxford factory"; "The farm produces olive oil. ... output" -> "olive oil
output"). At most two sentences back; nothing when the nearest sentence naming such a
thing names two. (A bare change noun, "a 30% hike", is amounts_changes'.)"""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_parse import _join
from communique.extract.amounts_sentences import _sents_at

_TARGET_NOUNS = frozenset(("target", "goal"))
_RATE_NOUNS = frozenset("growth inflation unemployment".split())
_MADE_NOUNS = frozenset(("output", "production"))
_PLANT_NOUNS = frozenset("factory plant mine refinery mill smelter".split())
_MAKE_VERBS = frozenset("produce manufacture assemble brew".split())  # (not "make a loss")
# Words of a noun phrase that give its time or say nothing of what it is
_TIME_WORDS = frozenset(
    """annual yearly quarterly monthly weekly daily current previous recent new apparent
    expected projected latest""".split()
)

BARE_NOUNS = _TARGET_NOUNS | _MADE_NOUNS


def _phrase(noun: Any) -> list[Any]:
    """`noun` with the words before it that say what it is ("industrial growth", "Oxford
    factory"), without its time words, articles and numbers."""
    words = [
        t
        for c in noun.lefts
        if c.dep_ in ("compound", "amod", "nmod")
        for t in c.subtree
        if t.is_alpha and t.lower_ not in _TIME_WORDS
    ]
    return [*words, noun]


def _said(noun: Any) -> str:
    """The words of `_phrase(noun)` as written, a sentence's capital dropped."""
    words = _phrase(noun)
    said = _join(words)
    if words[0].is_sent_start and words[0].pos_ != "PROPN":
        return said[0].lower() + said[1:]
    return said


def _rates(sent: Any) -> list[str]:
    """The rates a sentence names ("annual economic growth" -> "economic growth")."""
    return [_said(t) for t in sent if t.pos_ == "NOUN" and t.lemma_.lower() in _RATE_NOUNS]


def _made(sent: Any) -> list[str]:
    """The named plants ("the Oxford factory") and produced things ("produces wine") of a
    sentence, as what output is of: "of Oxford factory", "wine"."""
    out: list[str] = []
    for t in sent:
        lemma = t.lemma_.lower()
        if t.pos_ == "NOUN" and lemma in _PLANT_NOUNS:
            if any(w.pos_ == "PROPN" for w in _phrase(t)):
                out.append(f"of {_said(t)}")  # (a plant its name tells: not "a new plant")
        elif t.pos_ == "VERB" and lemma in _MAKE_VERBS:
            thing = next((c for c in t.rights if c.dep_ == "dobj"), None)
            if thing is not None and thing.pos_ == "NOUN" and not thing.like_num:
                out.append(_said(thing))
    return out


def _defined_earlier(obj: str, tok: Any, kind: str, text: str) -> str:
    """`obj` ("target", "output per year": a word of BARE_NOUNS at token `tok`, alone or
    with its rate) with what the nearest earlier sentence of its paragraph (at most two
    back) says it is of; `obj` unchanged when that sentence names two such things, or none
    is named, or its own sentence names one, or a target is no percentage (`kind`)."""
    word, _, rate = obj.partition(" ")
    if rate and not rate.startswith("per "):
        return obj  # (only a bare word, or one with its rate: "output per year")
    if tok is None or tok.lower_ != word.lower() or tok.pos_ != "NOUN":
        return obj
    lemma = tok.lemma_.lower()
    if lemma in _TARGET_NOUNS and kind != "percent":
        return obj
    if lemma in _MADE_NOUNS and any(
        c.dep_ == "prep" and c.lower_ in ("of", "at", "in") for c in tok.rights
    ):
        return obj  # ("output at the plant": its own phrase says whose)
    sents = _sents_at(tok.doc)
    sent = sents[tok.i]
    finder = _rates if lemma in _TARGET_NOUNS else _made
    if finder(sent):
        return obj  # ("expects inflation to reach its 2% target": its own sentence says)
    for _ in range(2):
        if sent.start == 0:
            break
        prev = sents[sent.start - 1]
        if "\n" in text[prev[-1].idx : sent.start_char]:  # (the break may be its last token)
            break  # (another paragraph)
        sent = prev
        found = finder(sent)
        if len(set(found)) > 1:
            return obj
        if found:
            thing = found[0]
            tail = f" {rate}" if rate else ""
            if thing.startswith("of "):
                return f"{word} {thing}{tail}"  # "output of Oxford factory"
            return f"{thing} {word.lower()}{tail}"  # "economic growth target", "wine output"
    return obj
