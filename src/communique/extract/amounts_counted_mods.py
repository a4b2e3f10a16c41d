"""What a count's bare object leaves out of the counted noun's own words: its "for"/"with"/
"of" phrase ("eight million boiler jackets for British homes" -> "boiler jackets for British
homes"), and the owner a fronted "For <Name>," topic names ("For Airbus, ... planes that can
carry 840 people" -> "people Airbus's planes can carry").
"""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_parse import _join
from communique.extract.amounts_words import _TIME_NOUNS

# Entity kinds a phrase's noun may not have: a time or sum is the period's or another
# amount's, a place the parties' ("for British homes" keeps "homes", "for Britain" is left).
_NOT_MODIFIER_ENTS = frozenset(
    "DATE TIME MONEY PERCENT QUANTITY CARDINAL ORDINAL GPE LOC NORP".split()
)
_OWN_PREPS = ("for", "with", "of")
_CUT_DEPS = frozenset("relcl acl appos punct advcl".split())
_MAX_WORDS = 8


def _phrase_words(prep: Any, skip: set[int]) -> list[Any]:
    """ "for IRA bomb attacks on pubs in Guildford": the phrase without its determiners,
    asides, clauses, numbers and nested place or time phrases."""
    cut: set[int] = set()
    for t in prep.subtree:
        if t.i == prep.i or t.i in cut:
            continue
        if t.dep_ in _CUT_DEPS or t.like_num or t.dep_ == "prep" and _place_or_time(t):
            cut.update(k.i for k in t.subtree)
    words = [
        t
        for t in prep.subtree
        if t.i not in cut
        and t.i not in skip
        and not (t.dep_ == "det" and t.lower_ in ("the", "a", "an"))
    ]
    if not words or words[0].i != prep.i:
        return []
    # stop at a break in the phrase ("for homes, said ...")
    kept = [words[0]]
    for a, b in zip(words, words[1:], strict=False):
        if b.i - a.i > 1 and any(k.is_punct for k in prep.doc[a.i + 1 : b.i]):
            break
        kept.append(b)
    return kept


def _place_or_time(prep: Any) -> bool:
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return not objs or any(
        o.ent_type_ in _NOT_MODIFIER_ENTS or o.lemma_.lower() in _TIME_NOUNS for o in objs
    )


def _own_phrase(obj: str, noun: Any, skip: set[int]) -> str:
    """`obj` with the counted noun's own "for"/"with"/"of" phrase after it, when `obj` ends
    with the noun and leaves the phrase out: "boiler jackets" -> "boiler jackets for British
    homes"; not a time, sum or place phrase ("people for two years", "cars for Britain")."""
    if not obj.lower().endswith(noun.lower_) or noun.tag_ not in ("NNS", "NNPS"):
        return obj
    preps = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ in _OWN_PREPS]
    if not preps and noun.i + 1 < len(noun.doc):
        after = noun.doc[noun.i + 1]
        # "spent on eight million boiler jackets for British homes": "for" hung on the verb
        host = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
        if (
            after.lower_ == "for"
            and after.dep_ == "prep"
            and host is not None
            and after.head.i == host.i
        ):
            preps = [after]
    if not preps or _place_or_time(preps[0]) or preps[0].i in skip:
        return obj
    words = _phrase_words(preps[0], skip)
    if len(words) < 2 or len(words) > _MAX_WORDS or words[-1].pos_ not in ("NOUN", "PROPN"):
        return obj
    said = _join(words)
    if said.lower()[len(words[0].text) :].strip() in obj.lower():
        return obj
    return f"{obj} {said}"


def _fronted_for_owner(noun: Any) -> str | None:
    """ "Airbus" for a sentence that opens "For Airbus," (a firm's name, not a person, place,
    time or "For its part,"); None otherwise."""
    sent = noun.sent
    if noun.doc.text[sent.start_char : sent.start_char + 4] != "For ":
        return None
    name: list[Any] = []
    for t in sent[1:6]:
        if t.text == ",":
            break
        if t.pos_ != "PROPN" or t.ent_type_ in ("PERSON", "GPE", "LOC", "NORP", "DATE"):
            return None
        name.append(t)
    else:
        return None
    return _join(name) if name else None


def _fronted_owner_of(holder: Any, said: str) -> str:
    """ "planes" -> "Airbus's planes" in a sentence that opens "For Airbus,", when the holder
    is a common noun with no owner of its own."""
    if holder.pos_ != "NOUN" or any(c.dep_ == "poss" for c in holder.children):
        return said
    owner = _fronted_for_owner(holder)
    if owner is None or owner in said:
        return said
    return f"{owner}'s {said}"  # a firm's name: "Airbus's", not "Airbus'"


def _fronted_owned(obj: str, noun: Any) -> str:
    """ "For Acme, 500 jobs will go" -> "Acme's jobs going": a count of things (not people)
    whose object names no owner takes the firm a fronted "For <Name>," topic names."""
    if "'s" in obj or " by " in obj or any(w[:1].isupper() for w in obj.split()):
        return obj
    owner = _fronted_for_owner(noun)
    return obj if owner is None else f"{owner}'s {obj}"
