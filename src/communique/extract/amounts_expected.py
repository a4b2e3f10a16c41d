"""What an expectation set against a clause's subject expects: "The gain in non-farm payrolls
was below market expectations of 190,000 new jobs" -> "expected gain in non-farm payrolls",
not "market expectations of new jobs"; "Growth was below forecasts of 2.5%" -> "forecast
growth". The amount is the "of" of an expectation noun that the clause sets its subject
against (below, above, under, over, than, short of; beat, missed, exceeded ...). The subject
names the measure, so it is taken only when it holds no amount of its own ("Sales of $3bn
were above expectations of $2.8bn" is read by the rules for a compared value)."""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_parse import _np, _uncap_opening

# Expectation nouns and the word that says a measure was expected so.
EXPECTED_WORDS = {
    "expectation": "expected",
    "forecast": "forecast",
    "estimate": "estimated",
    "prediction": "predicted",
    "projection": "projected",
}
# Prepositions and verbs that set a measure against an expectation.
_AGAINST_PREPS = frozenset("below above under over than of".split())
_AGAINST_VERBS = frozenset("beat miss exceed top surpass outstrip match".split())


def expected_measure(span: Any, skip: set[int]) -> str | None:
    """ "expected <subject>" for an amount an expectation of the clause's subject holds (the
    module doc's rule); None otherwise."""
    root = span.root
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
        return None
    noun = of.head
    word = EXPECTED_WORDS.get(noun.lemma_.lower())
    if word is None:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in _AGAINST_PREPS:
        verb = noun.head.head
        if verb.dep_ == "advmod" and verb.lower_ == "short":
            verb = verb.head  # "fell short of forecasts of 2.5%"
    elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in _AGAINST_VERBS:
        verb = noun.head
    else:
        return None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN":
        return None
    if any(t.i in skip or t.like_num for t in subj.subtree):
        return None  # (a subject with its own amount: a compared value)
    what = _uncap_opening(_np(subj, skip), subj.left_edge)
    return f"{word} {what}" if what else None
