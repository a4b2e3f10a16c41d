"""Whose a bare joint venture, merger, alliance, partnership, consortium or merged group is,
when the object leaves out the names the sentence or the one before gives it. The noun's
own "between/of/with <names>" the object dropped ("The venture between Alpha and Beta will
employ 300 people" -> "people employed by venture between Alpha and Beta"); else, for "the"
venture, the two names of "talks/negotiations/agreement with (between) X and Y" over it
("Acme is in talks with Alpha and Beta to take a 20% stake in the joint venture" -> "stake
in joint venture of Alpha and Beta"); else the two names the sentence before (in the same
paragraph) sets up the venture or the merger with ("Alpha and Beta agreed to merge. ... 60%
of the merged group" -> "merged group of Alpha and Beta"; "Alpha agreed to merge with Beta").
Nothing when the names are unclear (a titled person's, a place's, a common noun, a name the
parse cut short) or more than two, when the noun has a name or an owner of its own ("the
Phoenix consortium", "their venture"), is "a" new one or one joined ("joined the Star
alliance"), for the holder's own stake ("sell its stake in the venture": it is in it too),
across a paragraph, or when a name is already in the object. (What a bare stake or an
investment is in: amounts_complements, whose name tests this module shares.)"""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_complements import _NOT_FIRMS, _TITLES
from communique.extract.amounts_parse import _name
from communique.extract.amounts_sentences import _sents_at

_VENTURE = re.compile(
    r"\b(?:joint venture|venture|merger|alliance|partnership|consortium"
    r"|(?:merged|combined) (?:group|company|firm|business|bank|entity))\b"
    r"(?!'s| (?:of|between|with|to|by)\b)"
)
# Words one of which every match of `_VENTURE` holds.
_VENTURE_WORDS = (
    "venture",
    "merger",
    "alliance",
    "partnership",
    "consortium",
    "merged",
    "combined",
)
# Nouns and verbs of the talks "with X and Y" over a venture are held in.
_TALKS = frozenset(
    """talks talk negotiations negotiation discussions agreement deal accord negotiate
    discuss agree""".split()
)
# Words that set up a venture or a merger, of the sentence before.
_SETUP = frozenset(
    "venture merge merger alliance ally partnership consortium combine tie-up".split()
)
# Verbs whose venture was set up before (or by others).
_JOINED = frozenset("join leave quit exit enter".split())
_DEFINITE = frozenset("the this that".split())


def _venture_of(obj: str, span: Any, text: str) -> str:
    """`obj` with the names of its bare venture or merger, by the rules of the module doc;
    `obj` unchanged otherwise."""
    for w in _VENTURE_WORDS:  # (cheap first: every venture or merger holds one of these)
        if w in obj:
            break
    else:
        return obj
    found = _VENTURE.search(obj)
    if found is None or f"{found.group(0)}'s" in obj:
        return obj  # (not "the merger's savings ... by merger")
    sents = _sents_at(span.doc)
    sent = sents[span.start]
    word = found.group(0).split()[-1]
    noun = None
    for t in sent:
        if t.lower_ == word and t.pos_ == "NOUN" and t.dep_ != "compound":
            if noun is None or abs(t.i - span.start) < abs(noun.i - span.start):
                noun = t
    if noun is None or any(
        c.dep_ in ("compound", "nmod", "poss") and c.pos_ in ("PROPN", "PRON") for c in noun.lefts
    ):
        return obj  # (not "the Phoenix consortium", "their venture")
    said = _own_names(noun)
    if said is None:
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.lefts):
            return obj  # ("a new venture": not one named before)
        names = _talks_names(noun) or _names_before(sent, sents, text)
        if names is None:
            return obj
        said = ("of", *names)
    if any(n.lower() in obj.lower() for n in said[1:]):
        return obj
    told = f"{said[0]} {' and '.join(said[1:])}"
    return f"{obj[: found.end()]} {told}{obj[found.end() :]}"


def _firm(t: Any) -> bool:
    """A proper name that may be a party's: not a place's, a people's or a titled person's
    (the tagger takes many a firm, "Dalby Plc", for a person: a party named is a party)."""
    if t.pos_ != "PROPN" or t.ent_type_ in _NOT_FIRMS:
        return False
    first = next((c for c in t.lefts if c.dep_ == "compound"), t)
    words = t.doc[max(first.i - 1, 0) : t.i]
    return not any(w.lower_.rstrip(".") in _TITLES for w in words)


def _pair(x: Any) -> tuple[str, str] | None:
    """ "X and Y": the two names of a name and its one conjoined name, or None."""
    conj = [c for c in x.rights if c.dep_ == "conj"]
    if len(conj) != 1 or not _firm(x) or not _firm(conj[0]):
        return None
    if any(c.dep_ == "conj" for c in conj[0].rights):
        return None  # (three or more)
    after = conj[0].nbor(1) if conj[0].i + 1 < len(conj[0].doc) else None
    if after is not None and after.is_alpha and after.text[0].isupper():
        return None  # (a name the parse cut short: "Sable | Inks")
    return _name(x), _name(conj[0])


def _prep_names(head: Any, preps: tuple[str, ...]) -> tuple[str, str] | None:
    """The two names of `head`'s "with/between X and Y" (of `preps`), or None."""
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ in preps:
            obj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if obj is not None:
                return _pair(obj)
    return None


def _own_names(noun: Any) -> tuple[str, ...] | None:
    """The noun's own "between/of/with <name> (and <name>)": the word and the names."""
    for c in noun.rights:
        if c.dep_ == "prep" and c.lower_ in ("between", "of", "with"):
            obj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if obj is None or not _firm(obj):
                return None
            pair = _pair(obj)
            if pair is not None:
                return (c.lower_, *pair)
            if c.lower_ == "between" or any(p.dep_ == "conj" for p in obj.rights):
                return None
            return (c.lower_, _name(obj))
    return None


def _talks_names(noun: Any) -> tuple[str, str] | None:
    """ "in talks with X and Y to take a stake in the venture": X and Y, of talks the
    venture's clauses are in, hold or are ("signed an agreement with X and Y to buy")."""
    stake = noun.head.head if noun.dep_ == "pobj" else None
    if stake is not None and any(c.dep_ == "poss" for c in stake.children):
        return None  # ("sell its stake in the venture": the holder is in it too)
    for a in noun.ancestors:
        held = [c for c in a.children if c.dep_ in ("dobj", "prep", "attr")]
        held += [p for c in held if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        for t in (a, *held):
            if t.lemma_.lower() in _TALKS or t.lower_ in _TALKS:
                pair = _prep_names(t, ("with", "between"))
                if pair is not None:
                    return pair
    return None


def _names_before(sent: Any, sents: tuple[Any, ...], text: str) -> tuple[str, str] | None:
    """The two names the sentence before (same paragraph) sets up a venture or a merger
    with: "X and Y agreed to merge", "X and Y formed a venture", "X agreed to merge with Y",
    "the merger of X and Y"."""
    if sent.start == 0:
        return None
    prev = sents[sent.start - 1]
    if "\n" in text[prev[-1].idx : sent.start_char]:
        return None  # (another paragraph)
    for t in prev:
        if t.lemma_.lower() not in _SETUP and t.lower_ not in _SETUP:
            continue
        if t.pos_ == "NOUN":
            if t.head.lemma_.lower() in _JOINED or any(
                c.dep_ in ("compound", "poss") for c in t.lefts
            ):
                continue  # ("joined the Star alliance", "their venture": not set up here)
            pair = _prep_names(t, ("of", "between"))
            if pair is not None:
                return pair
        at: Any = t
        for _ in range(3):
            if at.pos_ not in ("VERB", "AUX") and at.dep_ not in ("dobj", "xcomp", "attr"):
                break
            if at.pos_ in ("VERB", "AUX"):
                subj = next((c for c in at.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    pair = _pair(subj)
                    if pair is not None:
                        return pair
                    with_ = _with_one(t) if _firm(subj) else None
                    return (_name(subj), with_) if with_ else None
            if at.dep_ not in ("dobj", "xcomp", "attr") or at.head is at:
                break
            at = at.head
    return None


def _with_one(t: Any) -> str | None:
    """ "merge with Y": the one name of a setting-up word's "with"."""
    for c in t.rights:
        if c.dep_ == "prep" and c.lower_ == "with":
            obj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if obj is not None and _firm(obj) and not any(p.dep_ == "conj" for p in obj.rights):
                return _name(obj)
    return None
