"""Defining words an object would drop: the deed a "which could cost" clause prices
("reopening the line, which could cost £100m": the cost of reopening it, not of the line),
the number that picks out the things an object is of ("a report on the 20 biggest projects
says costs rose": the 20, though the number is no amount of its own), and what a share spent
under a target is spent on ("his target for overseas aid - spending 0.7% of national
income": spent on the aid)."""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_hits import _Hit
from communique.extract.amounts_parse import _join, _nounish, _np, _tokens
from communique.extract.amounts_sentences import _sent
from communique.record import Amount

# Verbs of work done to a thing or of getting it: the money such a deed costs is the deed's
# ("rebuilding the school, which will cost £5m"), not the thing's. Not verbs of an attitude
# to it ("backing the plan, which will cost £5m": the plan's cost).
_DEED_VERBS = frozenset(
    """build rebuild construct reconstruct reopen open repair replace upgrade extend expand
    renovate refurbish restore redevelop develop modernise modernize electrify widen install
    buy acquire purchase convert demolish decommission relocate move reinstate revive
    overhaul revamp equip complete finish dredge fix strengthen clean""".split()
)
# Nouns of such a deed, with the thing it is done to after "of" ("the construction of the
# bridge, which will cost £5m").
_DEED_NOUNS = frozenset(
    """construction building rebuilding reconstruction reopening redevelopment refurbishment
    renovation restoration extension expansion upgrade upgrading modernisation modernization
    electrification repair repairs replacement purchase acquisition installation demolition
    completion development improvement widening conversion relocation decommissioning
    overhaul revamp""".split()
)
# The dependencies of a gerund that stands as a noun (a subject, an object, after a
# preposition): not a participle that tells of a noun ("campaigners backing the line").
_NOMINAL_DEPS = frozenset("csubj csubjpass nsubj nsubjpass pcomp pobj dobj attr appos".split())


def deed_costed(verb: Any, skip: set[int]) -> str | None:
    """ "reopening Waverley Line" for "reopening the Waverley Line, which could cost up to
    £100m": the deed whose thing a "which ... cost" clause hangs on, or None. Not when the
    clause says its own deed ("which cost £5m to build")."""
    if any(c.dep_ in ("xcomp", "advcl") for c in verb.rights):
        return None
    rel = verb
    while rel.dep_ == "xcomp" and rel.head.i != rel.i:
        rel = rel.head  # "which is expected to cost": the clause's own verb
    if rel.dep_ != "relcl":
        return None
    thing = rel.head
    done = thing.head
    if (
        thing.dep_ == "dobj"
        and done.tag_ == "VBG"
        # (or the deed a verb backs, "backs reopening the station", or one opening a clause,
        # "Rebuilding the bridge, which will cost £9m, is to start", which the parse may take
        # for an adverbial clause)
        and done.dep_ in _NOMINAL_DEPS | {"xcomp", "advcl"}
        and done.lemma_.lower() in _DEED_VERBS
        and done.i not in skip
    ):
        prt = "".join(f" {c.lower_}" for c in done.rights if c.dep_ == "prt")
        return f"{done.lower_}{prt} {_np(thing, skip)}"
    if (
        thing.dep_ == "pobj"
        and done.lower_ == "of"
        and done.head.lemma_.lower() in _DEED_NOUNS
        and done.head.i not in skip
        and _nounish(done.head, ("NOUN",))
    ):
        said = _np(done.head, skip)  # (without its "of" phrase, which holds the amount)
        return said if " of " in said else f"{said} of {_np(thing, skip)}"
    return None


# Words before a number that make it pick out known things ("the 20 biggest projects",
# "its 300 stores"), not count them.
_PICKING = frozenset("the its their his her our your these those".split())
_NEXT_WORD = re.compile(r" ([A-Za-z]+)")
_PICKING_TAILS = tuple(f"{w} " for w in _PICKING) + tuple(f"{w.capitalize()} " for w in _PICKING)


def numbers_kept(out: list[Amount], hits: list[_Hit], doc: Any, text: str) -> None:
    """ "rise in costs of biggest projects" -> "rise in costs of 20 biggest projects": a
    number in figures that picks out the things an object names ("the 20 biggest projects")
    and is no amount of the article is put back where the object dropped it (an object
    drops every number of a hit, as it may not hold another amount). Not the whole a part is
    counted of ("Five of the 20 men")."""
    taken: list[tuple[int, int]] | None = None
    objects = ""
    for h in hits:
        if h.unit is not None:
            continue
        if not text[h.num_start].isdigit() or not text.endswith(_PICKING_TAILS, 0, h.num_start):
            # (a test of the text first, cheap; the parse confirms the word below) (a number
            # in words, "the two airlines", refers to things named before: left out)
            continue
        if taken is None:
            taken = [(a.span[0], a.span[1]) for a in out]
            objects = " ".join(a.object for a in out if a.object)
        if any(s < h.end and h.num_start < e for s, e in taken):
            continue  # (an amount of its own: no object may hold it)
        after = _NEXT_WORD.match(text, h.end)
        if after is None or after.group(1) not in objects:
            continue  # (no object holds the word after it: the parse is not asked)
        num = _tokens(doc, h.num_start, h.end)
        if num is None or not len(num):
            continue
        first, last = num[0], num[-1]
        if first.i == 0 or doc[first.i - 1].lower_ not in _PICKING:
            continue
        of = doc[first.i - 2] if first.i > 1 else first
        if of.lower_ == "of" and (of.head.like_num or of.head.pos_ == "NUM"):
            continue  # ("Five of the 20 men": the part is counted, not the 20)
        noun = last.head
        if last.dep_ != "nummod" or not 0 < noun.i - last.i <= 3 or noun.pos_ != "NOUN":
            continue
        words = doc[last.i + 1 : noun.i + 1]
        if any(not t.is_alpha for t in words):
            continue
        said = words.text
        holding = [a for a in out if a.object and said in a.object]  # (a substring test first)
        if not holding:
            continue
        sent = _sent(noun)
        if text.count(said, sent.start_char, sent.end_char) != 1:
            continue  # (the words twice: which the object holds is not known)
        pattern = re.compile(rf"(?<![\w-]){re.escape(said)}(?![\w-])")
        for a in holding:
            if (
                a.object
                and sent.start_char <= a.span[0] < sent.end_char
                and (m := pattern.search(a.object)) is not None
                and not a.object[: m.start()].rstrip().endswith(num.text)
            ):
                a.object = f"{a.object[: m.start()]}{num.text} {a.object[m.start() :]}"


# Nouns of an aim that a spending can spell out ("his target for aid - spending 0.7%").
_AIM_NOUNS = frozenset("target pledge goal promise commitment aim ambition plan".split())
_SPELLING_MARKS = frozenset("- – — : ,".split())


def spent_for_aim(verb: Any, skip: set[int]) -> str | None:
    """ "overseas aid" for "his target for overseas aid - spending 0.7% of national income":
    what a spending gerund set after an aim "for" something spends on, or None."""
    if verb.tag_ != "VBG" or verb.i < 4:
        return None
    doc = verb.doc
    mark = doc[verb.i - 1]
    if mark.text not in _SPELLING_MARKS:
        return None
    k = mark.i - 1
    while k > mark.i - 6 and doc[k].lower_ != "for":
        k -= 1
    aim = doc[k - 1] if k > 0 else None
    if doc[k].lower_ != "for" or aim is None or aim.lemma_.lower() not in _AIM_NOUNS:
        return None
    words = list(doc[k + 1 : mark.i])
    if (
        not words
        or words[-1].pos_ not in ("NOUN", "PROPN")
        or any(t.pos_ not in ("NOUN", "PROPN", "ADJ") or t.i in skip for t in words)
    ):
        return None
    return _join(words)
