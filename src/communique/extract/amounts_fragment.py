"""An amount in a verbless fragment the sentence splitter cut off the end of the sentence
before ("... opted to sell a minority stake to Italian bank" / "Mediobanca for 775m euros."):
no stop ends the words before it, so the fragment goes on the clause they end in, and the
amount is what that clause's money verb says it is ("sale of minority stake to Italian bank
Mediobanca"), as it would be read had the sentence been kept whole."""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_lexicon import Lexicon
from communique.extract.amounts_objects import _verb_phrase
from communique.extract.amounts_owners import _earlier_owner
from communique.extract.amounts_parse import _np, _possessive, _subject, _verb_noun
from communique.extract.amounts_sentences import _sent


def fragment_object(
    span: Any, sent: Any, skip: set[int], lx: Lexicon, people: set[int], main_org: str | None
) -> str | None:
    """The object of the amount at `span` when its sentence `sent` is a verbless fragment
    of the sentence before, whose last phrase hangs on a money verb ("sell", "pay"); else
    None. Whose it is: the verb's named subject, or the firm an "it" stands for (the one
    the sentence before that is about, else `main_org`, the article's)."""
    if sent.start == 0:
        return None
    doc = span.doc
    last = doc[sent.start - 1]
    # (a sentence that ends with a word, no stop or mark after it, on the same line)
    if not last.is_alpha or "\n" in last.whitespace_ or not sent[0].is_title:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in sent):
        return None  # (a sentence of its own)
    verb = last
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    noun = _verb_noun(verb, lx) if verb.pos_ == "VERB" else None
    if noun is None:
        return None
    said = _verb_phrase(verb, skip, noun)
    to = last.head if last.dep_ == "pobj" else None
    if (
        to is not None
        and to.lower_ == "to"
        and f" {last.text}" not in said
        and (to.head.i == verb.i or to.head.i > verb.i and to.head.text in said.split())
    ):
        said += f" to {_np(last, skip)}"  # "sell a stake to Italian bank": to whom
    if said.endswith(f" {last.text}") and sent[0].pos_ == "PROPN":
        # ("to Italian bank" / "Mediobanca": the name the phrase goes on to)
        name = [t for t in sent[:3] if t.pos_ == "PROPN"]
        name = name[: next((k for k, t in enumerate(name) if t.i != sent.start + k), len(name))]
        said += f" {' '.join(t.text for t in name)}"
    doer = _subject(verb)
    if doer is None or said.split()[0][0].isupper():
        return said
    if doer.lower_ == "it":
        who = _earlier_owner(_sent(doer), people) or main_org
    else:
        who = doer.text if doer.pos_ == "PROPN" and doer.i not in skip else None
    return f"{_possessive(who)} {said}" if who else said
