"""A one-word object said with the words its own noun carries, as a last pass: "loans" ->
"loans outstanding in the disaster zone", "cuts" -> "cuts at Agriculture", "fine" -> "fine
for illegally hiring a top aide", "limit" -> "annual limit". A reader cannot use a bare
"loans" or "cuts"; the sentence nearly always says more about the noun itself.

The noun is the object's word where the amount stands: the amount's own head, or the noun
whose "of" the amount is. Kept: its adjective and noun modifiers before it, and the first
phrase after it that is no part of the amount: an adjective or participle with its words
("outstanding in the disaster zone"), or a phrase of a preposition ("at Agriculture",
"against the dollar"). Such a phrase is taken whole and only when short (a clause's worth of
words would garble), with no punctuation inside. Nothing when the noun carries no words.
Conversions follow their original.

Before that, a bare change noun said beside a clause of change (or of a closing level) is a
change in that clause's subject: "contributions had increased to £8.2bn, a rise of 49.7%" ->
"rise in employer contributions"; and a share a verb of change has, whose object is that
verb's subject, is that change: "the stock slipped 7%" -> "fall in stock".
"""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_fallback import (
    _FALL,
    _RISE,
    _STANDING_VERBS,
    _change_of,
    _holder,
    _name_run,
    _said,
)
from communique.extract.amounts_parse import _join, _tokens
from communique.extract.amounts_words import _BARE_CHANGES
from communique.record import Amount

# Prepositions whose phrase on the noun says which or whose ("cuts at Agriculture").
_PREPS = frozenset("at in for on against from to by over among within under".split())
_MAX_WORDS = 7


def bare_objects_widened(out: list[Amount], doc: Any) -> None:
    """Each one-word object of `out` with its noun's own words (the module doc's rule)."""
    for a in out:
        if not a.object or " " in a.object or "conversion_of" in a.extra:
            continue
        span = _tokens(doc, a.span[0], a.span[1])
        if span is None or not len(span):
            continue
        if a.unit == "percent" and (change := _change_of(_holder(span))) is not None:
            if change.endswith(f" in {a.object}") and not _level_words(span):
                a.object = change  # "the stock slipped back 7%": fall in stock
                continue
        noun = _noun_of(span, a.object)
        if noun is not None:
            a.object = _changed_thing(noun) or _widened(noun, span) or a.object
    for a in out:
        conv = a.extra.get("conversion_of")
        if conv and a.object and " " not in a.object:
            orig = next((b for b in out if list(b.span) == conv), None)
            if orig is not None and orig.object and " " in orig.object:
                a.object = orig.object


def _noun_of(span: Any, word: str) -> Any:
    """The object's word as a noun by the amount: the span's root or its head, or the noun
    whose "of" phrase holds the amount."""
    low = word.lower()
    root = span.root
    cands = [root, root.head]
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        cands.append(root.head.head)  # "a fine of $16m"
    of = next((c for c in root.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        cands += [c for c in of.children if c.dep_ == "pobj"]  # "$250m of loans outstanding"
    cands += [t for t in span if t.pos_ == "NOUN"]
    return next(
        (t for t in cands if t.lower_ == low and t.pos_ in ("NOUN", "PROPN")),
        None,
    )


def _widened(noun: Any, span: Any) -> str | None:
    inside = set(range(span.start, span.end))
    left = [
        c
        for c in noun.lefts
        if c.dep_ in ("amod", "compound") and c.i not in inside and not c.like_num and c.is_alpha
    ]
    after = None
    root = span.root
    # "cuts of 9.6% at Agriculture and 5.6% at the Treasury": the amount's own phrase first
    rights = [*(root.rights if root.i != noun.i and root.dep_ == "conj" else ()), *noun.rights]
    for c in rights:
        sub = list(c.subtree)
        if any(t.i in inside for t in sub):
            continue  # ("a fine of $250,000": the amount's own phrase)
        if (
            c.dep_ == "prep"
            and c.lower_ in _PREPS
            or c.dep_ in ("amod", "acl")
            and (c.pos_ == "ADJ" or c.tag_ == "VBN")
            and not any(k.dep_ in ("aux", "auxpass") for k in c.lefts)
        ):
            # (not "limit being directed to an account": a clause of its own)
            after = sub
        break
    if after is not None and (
        len(after) > _MAX_WORDS
        or any(t.is_punct for t in after)
        or after[-1].pos_ in ("ADP", "DET", "CCONJ")
        or after[0].i <= noun.i
        # (not "deaths in 2004": a time is the period's, said there)
        or any(t.ent_type_ in ("DATE", "TIME") for t in after)
    ):
        after = None
    if not left and after is None:
        return None
    text = _join([*left, noun, *(after or [])])
    first = left[0] if left else noun
    return text[0].lower() + text[1:] if first.is_sent_start and first.pos_ != "PROPN" else text


# Change nouns that say nothing of what changed on their own ("a rise of 49.7%"), and the
# verbs of a level one may be said beside ("closed at $40 - a drop of 5%").
_CHANGE_NOUNS = _BARE_CHANGES | {"cut", "slide"}
_LEVEL_VERBS = frozenset(_STANDING_VERBS)


def _changed_thing(noun: Any) -> str | None:
    """ "contributions had increased to £8.2bn, a rise of 49.7%": a change noun said beside a
    clause of change (or of a closing level) is a change in that clause's subject."""
    if noun.lemma_.lower() not in _CHANGE_NOUNS:
        return None
    verb = noun.head
    if noun.dep_ == "appos" and verb.dep_ == "pobj":
        verb = verb.head.head  # "climbed to £3bn, an increase of 12%"
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or not (
        noun.dep_ in ("npadvmod", "appos")
        and lemma in _RISE | _FALL | _LEVEL_VERBS
        or noun.dep_ == "dobj"
        and lemma in _LEVEL_VERBS  # ("closed ... - a drop of 5.1%")
    ):
        return None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    who = _name_run(subj) if subj.pos_ == "PROPN" else _said(subj)
    return f"{noun.lower_} in {who}" if who else None


# Words before an amount that make it the level a change reaches ("fall as low as 40%").
_LEVEL_WORDS = frozenset("to as at from below above under over".split())


def _level_words(span: Any) -> bool:
    """Whether the words just before the amount make it a level, not the change itself."""
    doc = span.doc
    return any(t.lower_ in _LEVEL_WORDS for t in doc[max(span.start - 3, 0) : span.start])


# Words an object may not end on: a cut phrase's dangling joint ("... earthquake and"); not
# a preposition, which a relative object ends on rightly ("students the minister spoke to").
_DANGLING = frozenset("and or but nor the a an".split())


def dangling_cut(out: list[Amount]) -> None:
    """Each object of `out` without the joint words a cut phrase left on its end ("people
    killed following massive underwater earthquake and" -> "... earthquake"), its words
    spaced once."""
    for a in out:
        if not a.object:
            continue
        words = a.object.split()
        while len(words) > 1 and words[-1] in _DANGLING:
            words.pop()
        # (one space between words: a name the text broke over a paragraph keeps none of it)
        a.object = " ".join(words).replace(" 's ", "'s ")
