"""Vague objects whose defining words stand just before them: a firm's plain metric whose
owner an earlier pass set ("Acme's sales") still takes the kind the sentence before names
("the sale of spare parts ... Sales fell 25%" -> "Acme's sales of spare parts"), and a
general noun that renames a gap ("imbalance") takes the deficit or surplus it renames
("the trade deficit ... above 2003's imbalance of $496bn" -> "trade deficit")."""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_context import (
    _kind_resolved,
    _modified_before,
    _window_start,
)
from communique.extract.amounts_parse import _text_sentence, _tokens
from communique.extract.amounts_sentences import _sents_at
from communique.extract.amounts_words import _TIME_NOUNS
from communique.record import Amount

# An object that ends in a named owner's plain noun: "Acme's sales", "fall in Dr Reddy's
# sales" (an owner of capitalised words, the noun one lower-case word).
_OWNED_PLAIN = re.compile(
    r"^(?P<pre>(?:[a-z-]+ )?(?:[a-z]+ (?:in|of) )?)"
    r"(?P<owner>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}['’]s? )(?P<word>[a-z]{4,})$"
)


# The ends of a possessive ("Globex's", "the banks'").
_POSSESSIVE_ENDS = frozenset(("'s", "’s", "s'", "s’"))


def _owned_kind_before(out: list[Amount], doc: Any, text: str) -> None:
    """ "Sales at Acme fell 8%. The sale of spare parts also did badly. Sales were down
    25%": an object whose plain noun stands bare in its sentence, its owner set from
    elsewhere ("fall in Acme's sales"), takes the kind the mention just before says
    ("fall in Acme's sales of spare parts"), as `_same_kind_before` does for an object
    with no owner; not when the owner stands in the sentence (the sentence says which)."""
    low = ""
    for a in out:
        obj = a.object or ""
        k = obj.rfind(" ")
        if k < 3 or obj[k - 2 : k] not in _POSSESSIVE_ENDS:
            continue  # (cheap: its last word is no possessive's)
        m = _OWNED_PLAIN.match(obj)
        if m is None:
            continue
        word, owner = m.group("word"), m.group("owner")
        pre = word[: max(4, len(word) - 3)]  # ("sale" of "sales")
        low = low or text.lower()
        lo, hi = _text_sentence(text, a.span[0], a.span[1])
        name = owner.rstrip().removesuffix("s").rstrip("'’")
        if name.split()[-1] in text[lo:hi]:
            continue  # (its own sentence names the owner: not told from before)
        start = lo + (text[lo] == " ")
        said = word.capitalize() if text.startswith(word.capitalize(), start) else word
        wlo = _window_start(text, lo)
        if not _modified_before(low, pre, wlo, lo):
            continue  # (not said with a word of its own, in reach)
        bare = m.group("pre") + said
        new = _kind_resolved(doc, a, bare, said, (wlo, lo, hi), (text, low))
        if new is None or not new.lower().startswith(bare.lower()) or len(new) == len(bare):
            continue
        a.object = f"{m.group('pre')}{owner}{word}{new[len(bare) :]}"


# A general noun that renames a gap, and the nouns it may rename.
_RENAMES = {"imbalance": frozenset(("deficit", "surplus"))}
_RENAMED = tuple(_RENAMES)
# The renaming noun bare, or a change in it: "imbalance", "fall in imbalance".
_RENAMING = re.compile(r"(?P<pre>(?:[a-z]+ in )?)(?P<noun>imbalance)")


def _renamed_gap(out: list[Amount], doc: Any, text: str) -> None:
    """ "The trade deficit was 24% above the record - 2003's imbalance of $496bn": a bare
    "imbalance" (or a change in it) takes the one deficit or surplus named before it in its
    sentence, else in the sentence just before ("trade deficit"); nothing when two differ."""
    for a in out:
        obj = a.object
        if not obj or not obj.endswith(_RENAMED):
            continue  # (cheap: no renaming noun at its end)
        m = _RENAMING.fullmatch(obj)
        if m is None:
            continue
        noun = m.group("noun")
        span = _tokens(doc, a.span[0], a.span[1])
        if span is None or not len(span):
            continue
        sents = _sents_at(doc)
        sent = sents[span[0].i]
        found: set[str] = set()
        for _ in range(2):
            for t in doc[sent.start : min(sent.end, span[0].i)]:
                if t.pos_ == "NOUN" and t.lemma_.lower() in _RENAMES[noun]:
                    found.add(_gap_said(t))
            if found or sent.start == 0:
                break
            sent = sents[sent.start - 1]
        if len(found) == 1:
            a.object = m.group("pre") + found.pop()


def _gap_said(t: Any) -> str:
    """The deficit or surplus `t` with the words set before it that say whose or which
    ("trade deficit", "Japan's current account surplus", "federal budget deficit"); no
    article, number, time or size word ("the record 2003 deficit": "deficit")."""
    doc = t.doc
    j = t.i
    heads = {t.i}
    while j > 0:
        w = doc[j - 1]
        if w.dep_ == "case" and j > 1 and doc[j - 2].i == w.head.i:
            w = w.head  # (a possessive's ending: "Japan 's", its noun before it)
        if w.head.i not in heads or not (w.dep_ in _GAP_MODS or w.text == "-"):
            break
        heads.add(w.i)  # (a run set right before it: "current account", "trade-weighted")
        j = w.i
    skip: set[int] = set()
    for w in doc[j : t.i]:
        if w.dep_ == "poss" and any(x.like_num or x.lemma_ in _TIME_NOUNS for x in w.subtree):
            skip.update(x.i for x in w.subtree)  # ("2003's", "last year's": its time)
            skip.update(c.i for c in w.children if c.dep_ == "case")
        elif w.head.i == t.i and w.lower_ in _NOT_WHICH or w.like_num:
            skip.add(w.i)  # ("record", "new": its size or time; "current account" stays)
    words = [w for w in doc[j : t.i] if w.i not in skip]
    said = "".join(w.text_with_ws for w in words).strip()
    said = f"{said} {t.text}" if said else t.text
    if words and words[0].is_sent_start and words[0].pos_ != "PROPN":
        said = said[:1].lower() + said[1:]
    return said


# The words that may stand before a deficit in its own phrase.
_GAP_MODS = frozenset(("compound", "amod", "nmod", "poss", "case", "nummod", "npadvmod"))

# Words before a deficit that say its time or size, not which it is.
# ("current" is not one: "current account deficit")
_NOT_WHICH = frozenset(
    """annual yearly quarterly monthly previous recent new latest expected projected record
    huge big large small widening growing rising soaring massive yawning ballooning overall
    total""".split()
)
