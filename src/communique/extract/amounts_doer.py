"""Whose a deed named by a definite noun is, from the verb of the same word just before.

    "Globex is recalling 9,000 cars. ... The regulator said the largest recall involves ..."
    -> "Globex's largest recall"

A definite noun of a deed ("the recall", "the plans", "the bid") with no owner of its own
and no fuller mention before it takes the named subject of the same word as a verb in the
nearest sentence that has the word at all (its own before it, or one of the two before):
news says who does a thing, then goes on naming the thing. Nothing when that sentence has
the word as a noun (a mention whose owner the other passes read), or as a verb whose
subject is no name ("it", "shares", a participle: "the planned reforms"), or as verbs of
two subjects, or as a verb said not done. The one asked or urged to do it ("asked Initech
to recall") is its doer, not the asker.
"""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_parse import _name, _possessive
from communique.extract.amounts_sentences import _sents_at

# How many sentences before its own a deed noun looks back for its verb.
_DOER_BACK = 2

_SUBJECTS = frozenset(("nsubj", "nsubjpass"))
# Verbs whose subject is the doer of the verb they govern ("plans to recall", "is
# recalling and repairing").
_CHAINED = frozenset(("xcomp", "conj"))


def _doer(verb: Any) -> str | None:
    """The name of the one who does `verb`: its subject (or that of the verb it is chained
    to: "Globex plans to recall"), a name or a noun set beside one ("the carmaker General
    Motors"), or the name after "by" of a passive; None when that is no name."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # ("Globex will not recall cars": no deed of its)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        who = next((c for c in agent.children if c.dep_ == "pobj"), None)
    else:
        v = verb
        who = None
        for _ in range(3):
            if v.dep_ not in _CHAINED or any(c.dep_ in _SUBJECTS for c in v.children):
                break
            if v.dep_ == "xcomp":
                # ("asked Initech to recall": the one asked does it, not the asker)
                who = next((c for c in v.head.children if c.dep_ == "dobj"), None)
                if who is not None:
                    break
            v = v.head
        if who is None:
            who = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if who is not None and who.lower_ == "it" and v.dep_ == "ccomp":
            # ("Globex said it would recall": "it" is the one who says so)
            who = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
        if v.dep_ not in ("ROOT", "ccomp", "conj", "xcomp", "advcl") and who is None:
            return None  # ("the planned reforms", "cars recalled": no doer said)
    if who is not None and who.pos_ == "NOUN":
        who = next((c for c in who.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if who is None or who.pos_ != "PROPN" or who.ent_type_ in ("DATE", "TIME"):
        return None
    return _name(who)


def _doer_before(doc: Any, head: Any, bare: str, low: str) -> str | None:
    """`bare` (the words of the definite noun `head`, "largest recall") told by whose it is
    from the verb of its word just before (see the module docstring), or None. `low` is
    the text, lower-cased."""
    lemma = head.lemma_.lower()
    if len(lemma) < 3 or not lemma.isalpha():
        return None
    sents = _sents_at(doc)
    sent = sents[head.i]
    end = head.i
    for _ in range(_DOER_BACK + 1):
        lo = sent.start
        if low.find(lemma, doc[lo].idx, doc[end].idx) >= 0:  # (cheap: the word is there)
            said = [t for t in doc[lo:end] if t.lemma_.lower() == lemma]
            if said:
                if any(t.pos_ != "VERB" for t in said):
                    return None  # (a mention as a noun, the nearest: not ours to tell)
                names = {_doer(t) for t in said}
                if len(names) != 1:
                    return None
                name = names.pop()
                return None if name is None else f"{_possessive(name)} {bare}"
        if lo == 0:
            return None
        end = lo
        sent = sents[lo - 1]
    return None
