"""What a demonstrative or deed noun in an amount's clause stands for, named in its object.

    "Cutting the limit to 50mg would save 65 lives a year, research says. ... An earlier
    estimate suggested such a move could save 50 lives a year."
    -> "lives saved per year by cutting limit to 50mg" (not "by move")
    "The minister backed a plan to freeze the debts of poor nations. ... He said the plan
    would save them $3bn." -> "savings for them from plan to freeze debts of poor nations"
    "The ten-year Lottery Fund grant will help ... This grant is meant to pay for 300 nurses."
    -> "nurses ... under ten-year Lottery Fund grant"
    "Acme may sell its unit to Globex, part of an alliance agreed in 2001. Globex offers $2bn
    to get out of the arrangement." -> "... to get out of alliance agreed in 2001"

A noun phrase "such a move", "this step", "the plan(s)", "this funding", "the arrangement"
that is the subject of the amount's clause (or the object of a preposition or verb in it:
"to extricate itself from the arrangement") says what the amount is only through what came
before. It is read back, no quote's edge between:
- a deed noun (move, step, measure, change): the deed of an earlier claim with the same
  verb ("cutting the limit ... would save"), said shortly as its gerund, its object and a
  short "to" phrase; or things that close, shut or merge to do what that verb does ("Nine
  embassies will close in an effort to save money": "closing nine embassies");
- a plan noun (plan, proposal): an earlier plan of the same word with its "to" clause;
  (both in this paragraph and the one before)
- a money noun after "this"/"these"/"such" (funding, grant, money, cash, aid): an earlier
  mention of the same noun with words of its own (whose, how long), with the name of a
  giver whose object it was (a few paragraphs back: named once, "this funding" later);
- "the arrangement": the one deal noun (deal, agreement, alliance, pact) said before in
  its paragraph, with the name of the party that signed or agreed it.
Exactly one distinct candidate, else nothing; a phrase opening a paragraph (its antecedent
in another) is left alone. The bare noun in the object is replaced by what it stands for;
an object without it gets "from" (a saving) or "under" and the phrase, or the phrase's own
preposition when the object ends on the words before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from communique.extract.amounts_parse import _join, _name, _possessive, _tokens
from communique.extract.amounts_sentences import _sent
from communique.extract.inflect import gerund, verb_lemma
from communique.record import Amount

# The phrases: a demonstrative or "the" before a noun that stands for something said before
# (after a space: one opening a paragraph, its antecedent in another, is left alone; the
# space, a literal, makes the search quick).
_PHRASE = re.compile(
    r" [TtSs](?:uch an?|h(?:is|ese|e)) (move|step|measure|change|plans?|proposals?"
    r"|funding|grant|money|cash|aid|arrangement)\b"
)
# Deps by which a verb's clause goes on in another verb ("offering $2bn to extricate").
_DOWN = frozenset(("xcomp", "advcl", "acl"))
_DEEDS = frozenset("move step measure change".split())
# Verbs of things that close or merge, said of the things ("nine embassies will close").
_CLOSE = frozenset("close shut merge".split())
_PLANS = frozenset("plan proposal".split())
_MONEY = frozenset("funding grant money cash aid".split())
_DEALS = frozenset("deal agreement alliance pact partnership".split())
# Verbs by which a body gives or sets out money, its subject the giver.
_GIVE = frozenset("give announce award pledge provide offer unveil grant approve".split())
# Verbs by which a body makes a deal, its subject a party.
_MAKE = frozenset("sign agree strike form seal reach".split())
# Words before the noun that make it stand for something said before.
_POINTING = frozenset(("this", "these", "such"))
# Verbs of saving: the amount is saved "from" what the noun stands for.
_SAVE = frozenset(("save", "cut", "reduce"))
# Prepositions that hang a deed on the amount's noun ("saved by", "savings from").
_BEFORE_DEED = frozenset(("by", "from", "under", "through"))
# How many sentences back an antecedent is looked for (money nouns: further, named once).
_BACK = 5
_MONEY_BACK = 12


def demonstratives_named(out: list[Amount], doc: Any, text: str) -> None:
    """Each amount whose clause holds such a phrase, its object naming what the phrase
    stands for (see the module)."""
    nouns = [m.span(1) for m in _PHRASE.finditer(text)]
    if not nouns:
        return
    spots = [n[0] for n in nouns]
    for a in out:
        if not a.object or a.extra.get("conversion_of") is not None:
            continue
        # (the cheap gate: a phrase in the amount's sentence)
        s = a.span[0]
        k = bisect_left(spots, text.rfind(". ", 0, s))
        hi = text.find(". ", s)
        if k == len(spots) or 0 <= hi < spots[k]:
            continue
        near = [n for n in nouns[k:] if hi < 0 or n[0] < hi]
        new = _rewritten(a, near, doc, text)
        if new is None or new == a.object:
            continue
        old = a.object
        for b in out:  # (its conversions: "$3bn (£1.6bn)")
            if b.extra.get("conversion_of") == list(a.span) and b.object == old:
                b.object = new
        a.object = new


def _rewritten(a: Amount, near: list[tuple[int, int]], doc: Any, text: str) -> str | None:
    span = _tokens(doc, a.span[0], a.span[1])
    if span is None or not len(span):
        return None
    verb = _clause_verb(span.root)
    if verb is None:
        return None
    sent = _sent(span[0])
    found = (_tokens(doc, n0, n1) for n0, n1 in near)
    toks = [t[0] for t in found if t is not None and len(t) == 1 and _sent(t[0]) == sent]
    noun = _phrase_noun(toks, verb)
    if noun is None:
        return None
    told = _stands_for(noun, verb, text)
    if told is None:
        return None
    obj = a.object or ""
    words = obj.split()
    word = noun.lower_
    if told in obj:
        return None
    if word in words:
        at = words.index(word)
        if at > 0 and (words[at - 1].endswith("'s") or words[at - 1] in told.split()):
            return None  # ("bank's housing funding": the object says which already)
        cut = at - 1 if at > 0 and words[at - 1].lower() in ("the", "this", "such") else at
        rest = words[at + 1 :]
        if len(rest) == 2 and rest[0] == "per" and cut > 0 and words[cut - 1] in _BEFORE_DEED:
            # "lives saved per year by cutting limit to 50mg": the rate stays with the
            # amount's noun, as where the deed is said in the sentence, not after the deed
            # ("... limit to 50mg per year")
            return " ".join([*words[: cut - 1], *rest, words[cut - 1], told])
        return " ".join([*words[:cut], told, *rest])
    if told.split()[-1] in words:
        return None
    if noun.dep_ in ("nsubj", "nsubjpass"):
        joint = "from" if verb.lemma_.lower() in _SAVE else "under"
        return f"{obj} {joint} {told}"
    prep = noun.head
    if noun.dep_ == "pobj" and prep.i > 0 and doc[prep.i - 1].text == words[-1]:
        return f"{obj} {prep.lower_} {told}"  # ("offer to extricate itself" from ...)
    return None


def _clause_verb(tok: Any) -> Any:
    """The verb of the clause the amount is in (through its noun's heads)."""
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "amod":
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _phrase_noun(toks: list[Any], verb: Any) -> Any:
    """Of the phrases' nouns `toks`, the one in `verb`'s clause: its subject, or the object of
    a preposition on it or on its "to" clause; None when there is none or more than one."""
    hits = []
    verbs = {verb.i}
    up = verb
    while up.dep_ == "xcomp" and len(verbs) < 3:  # ("this funding is intended to make")
        up = up.head
        verbs.add(up.i)
    for t in toks:
        if t.pos_ != "NOUN":
            continue
        lemma = t.lemma_.lower()
        left = [c.lower_ for c in t.lefts]
        if lemma in _MONEY and not _POINTING & set(left):
            continue  # ("the money": often the amount's own)
        if left not in (["the"], ["this"], ["these"], ["such", "a"], ["such", "an"]):
            continue
        if t.n_rights:
            continue  # ("the plan to sell": it says what it is)
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.i in verbs:
            hits.append(t)
        elif t.dep_ in ("pobj", "dobj") and _under(t.head, verb):
            hits.append(t)  # ("offering $2bn to extricate itself from the arrangement")
    return hits[0] if len(hits) == 1 else None


def _under(tok: Any, verb: Any) -> bool:
    """Whether `tok` is `verb` or said in its clause (within a few heads)."""
    for _ in range(4):
        if tok.i == verb.i:
            return True
        if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX") and tok.dep_ not in _DOWN:
            return False
        tok = tok.head
    return False


def _stands_for(noun: Any, verb: Any, text: str) -> str | None:
    lemma = noun.lemma_.lower()
    if lemma in _MONEY:
        sents = _before(noun, _MONEY_BACK, 3, text)  # (named once, said "this funding" later)
    else:
        sents = _before(noun, _BACK, 0 if lemma == "arrangement" else 1, text)
    if sents is None:
        return None
    if lemma in _DEEDS:
        words: tuple[str, ...] = ("ing ", *_CLOSE)
    elif lemma == "arrangement":
        words = tuple(_DEALS)
    else:
        words = (lemma,)
    found: set[str] = set()
    for sent in sents:
        low = text[sent.start_char : sent.end_char].lower()
        if not any(w in low for w in words):
            continue  # (no word of a candidate: its tokens are not read)
        for t in sent:
            said = _candidate(t, lemma, verb)
            if said is not None:
                found.add(said)
    return found.pop() if len(found) == 1 else None


def _candidate(t: Any, lemma: str, verb: Any) -> str | None:
    """What `t` says the noun of `lemma` may stand for, or None."""
    if lemma in _DEEDS:
        return _deed(t, verb)
    if lemma in _PLANS:
        return _plan(t, lemma)
    if lemma in _MONEY:
        return _money(t, lemma)
    if t.pos_ == "NOUN" and t.lemma_.lower() in _DEALS:
        return _deal(t)
    return None


def _deed(t: Any, verb: Any) -> str | None:
    """A gerund doing an earlier claim of the same verb ("cutting the limit ... would save";
    the parse may hang it on a "claims" subject): "cutting limit to 50mg"."""
    if t.lemma_.lower() in _CLOSE and t.pos_ == "VERB":
        return _closing(t, verb)
    if t.tag_ != "VBG" or any(c.dep_ != "mark" for c in t.lefts):
        return None  # (a doing with a subject of its own is someone's, not a deed)
    head = t.head
    if t.dep_ == "acl" and head.dep_ == "nsubj":
        head = head.head
    elif t.dep_ != "csubj":
        return None
    if verb_lemma(head) != verb_lemma(verb):
        return None
    what = next((c for c in t.rights if c.dep_ == "dobj"), None)
    if what is None:
        return None
    words = [gerund(verb_lemma(t)), *(w.text for w in what.subtree if w.dep_ != "det")]
    to = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ == "to"), None)
    if to is not None and len(list(to.subtree)) <= 4:
        words.append(_join(list(to.subtree)))
    said = " ".join(words)
    return said if len(said.split()) <= 8 else None


def _closing(t: Any, verb: Any) -> str | None:
    """Things that close (shut, merge) to do what the amount's verb does ("Nine embassies
    will close in an effort to save money"): "closing nine embassies"."""
    what = next((c for c in t.lefts if c.dep_ == "nsubj"), None)
    if what is None or what.pos_ != "NOUN":
        return None
    lemma = verb_lemma(verb)
    aim = next(
        (
            w
            for w in t.subtree
            if w.tag_ == "VB" and w.dep_ in ("acl", "advcl", "xcomp") and verb_lemma(w) == lemma
        ),
        None,
    )
    if aim is None:
        return None
    if any(c.dep_ == "dobj" and not c.is_ancestor(aim) for c in t.rights):
        return None  # (it closes something: "Acme will close two plants")
    said = _join([w for w in what.subtree if w.dep_ != "det"])
    if len(said.split()) > 7:
        return None
    return f"{gerund(verb_lemma(t))} {said[0].lower()}{said[1:]}"


def _plan(t: Any, lemma: str) -> str | None:
    """An earlier plan of the same word with its "to" clause: "plan to freeze debts of
    affected nations"."""
    if t.pos_ != "NOUN" or t.lemma_.lower() != lemma:
        return None
    to = next((c for c in t.rights if c.dep_ in ("acl", "relcl") and c.tag_ == "VB"), None)
    if to is None or not any(c.lower_ == "to" and c.dep_ == "aux" for c in to.lefts):
        return None
    kept = [w for w in to.subtree if w.dep_ not in ("det", "predet") and not w.is_punct]
    if len(kept) > 9:
        return None
    return f"{t.lower_} {_join(kept)}"


def _money(t: Any, lemma: str) -> str | None:
    """An earlier mention of the money noun with words of its own, said from its phrase's
    first word ("five-year Department for International Development funding")."""
    if t.pos_ != "NOUN" or t.lemma_.lower() != lemma:
        return None
    top = t
    while top.dep_ in ("pobj", "prep", "compound") and top.head.i < t.i:
        top = top.head
    words = [w for w in t.doc[top.left_edge.i : t.i + 1] if w.dep_ != "det"]
    if len(words) < 2 or len(words) > 9 or words[0].lower_ in _POINTING:
        return None
    if any(w.pos_ in ("VERB", "AUX", "PRON") or w.is_quote for w in words):
        return None
    said = _join(words)
    giver = _giver(top, _GIVE)
    return said if giver is None or "'" in said else f"{_possessive(giver)} {said}"


def _giver(top: Any, verbs: frozenset[str]) -> str | None:
    """The named subject of one of `verbs` whose object `top` is ("The Lottery Fund
    announced a grant", "Globex signed a pact"), or None."""
    verb = top.head
    if top.dep_ != "dobj" or verb.lemma_.lower() not in verbs:
        return None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ in ("DATE", "TIME"):
        return None
    return _name(subj)


def _deal(t: Any) -> str | None:
    """A deal noun with its "agreed in" or "with" words ("alliance agreed in 2000")."""
    words = [w for w in t.subtree if w.dep_ not in ("det",) and not w.is_punct]
    if not 1 <= len(words) <= 6:
        return None
    part = t.head.head if t.dep_ == "pobj" else t
    if part.dep_ == "nsubj" and part.head.lemma_.lower() == "agree":
        # ("part of an alliance agreed in 2000": the parse made "agreed" its sentence's verb)
        when = [w for c in part.head.rights if c.dep_ == "prep" for w in c.subtree]
        if 0 < len(when) <= 3:
            return f"{_join(words)} agreed {_join(when)}"
    said = _join(words)
    maker = _giver(t, _MAKE)
    return said if maker is None or maker in said else f"{_possessive(maker)} {said}"


def _before(noun: Any, back: int, paragraphs: int, text: str) -> list[Any] | None:
    """The sentences before `noun`'s, nearest first: at most `back`, across at most
    `paragraphs` paragraph breaks, none across a quote's edge; None when there are none."""
    doc = noun.doc
    out: list[Any] = []
    breaks = 0
    start = _sent(noun).start
    while start > 0 and len(out) < back:
        prev = _sent(doc[start - 1])
        # (the parse ends a paragraph's last sentence with its break)
        if "\n" in text[prev.start_char : prev.end_char]:
            breaks += 1
            if breaks > paragraphs:
                break
        between = text[prev.start_char : noun.idx]
        if between.count('"') % 2 or between.count("“") != between.count("”"):
            break  # (someone's words on one side only)
        out.append(prev)
        start = prev.start
    return out or None
