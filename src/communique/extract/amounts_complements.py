"""A stake or an investment is always in something; when the object leaves that out, the
sentence or the one before it may say what. "with an (initial) investment of <sum>" on a
clause that plans, sets up or builds a venture, plant or project is an investment in that
thing ("plans a joint venture with Beta to make tyres, with an initial investment of $5m" ->
"investment in joint venture with Beta"). A bare stake (holding, shareholding) is in the one
firm its sentence names as what is owned, bought or sold ("Beta, in which Acme holds a 20%
stake"); else, when the stake is bought, sold, taken, raised or cut, in the one firm other
than the holder that the sentence before names ("Acme wanted to buy Beta outright. ...
Gamma's offer to buy a 20% stake" -> "Gamma's stake in Beta"). Nothing when two firms could
be meant, when the holder is unnamed ("the firm", "it": it may be that one firm), across a
paragraph, or for a stake that is only held or moves by itself ("Beta owns a stake in
Initech. Acme's stake fell": another owner's stake says nothing of Acme's)."""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_parse import _name, _np
from communique.extract.amounts_sentences import _sents_at

_BARE = re.compile(r"\b(stake|holding|shareholding|investment)\b(?! (?:in|into|of|for)\b)")
# Verbs that set a thing up, whose object an investment "with" them is in.
_SETUP_VERBS = frozenset(
    "plan set build open launch create form establish construct develop start found".split()
)
# Verbs that move a stake, whose firm the sentence before may name alone.
_MOVE_VERBS = frozenset(
    "buy sell take raise cut acquire increase reduce lift lower halve double boost".split()
)
# Verbs of owning, buying or selling a firm, whose object is the firm a stake is in.
_OWN_VERBS = frozenset("buy sell acquire own control purchase".split())
# A holder that may be the one firm named before: a pronoun or a common noun for a firm.
_UNNAMED = frozenset(
    """it its they their he she firm company group business carrier maker bank operator
    giant concern""".split()
)


def _complement_of(obj: str, span: Any, skip: set[int], text: str) -> str:
    """`obj` with what its bare stake or investment is in, by the rules of the module doc;
    `obj` unchanged otherwise."""
    if "stake" not in obj and "holding" not in obj and "investment" not in obj:
        return obj  # (cheap first: every bare noun holds one of these)
    bare = _BARE.search(obj)
    if bare is None:
        return obj
    word = bare.group(1)
    sents = _sents_at(span.doc)
    sent = sents[span.start]
    noun = _noun_said(sent, word, span)
    if noun is None:
        return obj
    if word == "investment":
        thing = _venture_invested(noun, skip)
    else:
        thing = _firm_staked(noun, obj[: bare.start()], sents, text)
    if not thing or thing.lower() in obj.lower():
        return obj
    return f"{obj[: bare.end()]} in {thing}{obj[bare.end() :]}"


def _noun_said(sent: Any, word: str, span: Any) -> Any:
    """The head noun `word` of the sentence nearest the amount, with no complement of its
    own ("in"/"of"/"for" after it, a name before it: "Beta stake"), or None."""
    best = None
    for t in sent:
        if t.lower_ != word or t.pos_ != "NOUN" or t.dep_ == "compound":
            continue
        if best is None or abs(t.i - span.start) < abs(best.i - span.start):
            best = t
    if best is None:
        return None
    amount = set(range(span.start, span.end))
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "into", "of", "for")
        and not any(p.i in amount for p in c.children)  # (not "an investment of $5m")
        for c in best.rights
    ):
        return None
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in best.lefts):
        return None  # ("its Yukos shareholding")
    return best


def _venture_invested(noun: Any, skip: set[int]) -> str | None:
    """ "plans a joint venture with Beta ..., with an initial investment of $5m": the thing
    a "with"-investment's clause sets up ("joint venture with Beta"), or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    head = noun.head.head
    for _ in range(3):
        if head.pos_ == "NOUN" and head.dep_ == "dobj":
            head = head.head  # ("a plant with an investment of": the plant's verb)
        if head.pos_ != "VERB":
            return None
        if head.lemma_.lower() in _SETUP_VERBS:
            thing = next((c for c in head.children if c.dep_ == "dobj"), None)
            if thing is None or thing.pos_ != "NOUN" or thing.i in skip:
                return None
            said = _np(thing, skip, with_acl=False)
            if not said or len(said.split()) > 8 or any(ch.isdigit() for ch in said):
                return None
            return said[0].lower() + said[1:] if thing.is_sent_start else said
        if head.dep_ not in ("advcl", "xcomp", "conj"):
            return None
        head = head.head
    return None


# Entity types of names that are no firm's (a person's, when told as one: `_person`).
_NOT_FIRMS = frozenset("GPE NORP LOC DATE TIME MONEY PERCENT CARDINAL EVENT LAW".split())
_TITLES = frozenset("mr mrs ms miss dr sir lord lady".split())


def _person(t: Any) -> bool:
    """A person's name, told by a first name or a title ("Gianni Agnelli", "Mr Bell"): the
    tagger takes many a one-word firm ("Brisco") for a person."""
    if t.ent_type_ != "PERSON":
        return False
    if any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in t.lefts):
        return True
    return t.i > 0 and t.doc[t.i - 1].lower_.rstrip(".") in _TITLES


def _firms(sent: Any) -> set[str]:
    """The names of a sentence that may be firms': every proper name but a place's, a
    people's or a person's (the tagger misses many firms: two names, then, not one)."""
    return {
        _name(t)
        for t in sent
        if t.pos_ == "PROPN"
        and t.dep_ != "compound"
        and t.ent_type_ not in _NOT_FIRMS
        and not _person(t)
    }


def _firm_staked(noun: Any, before: str, sents: tuple[Any, ...], text: str) -> str | None:
    """The one firm a bare stake `noun` is in (`before`: the object's words before it, with
    its holder), by the module doc's rules; None when unclear."""
    verb = noun.head if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None
    holder = {w.removesuffix("'s").lower() for w in before.split()}
    subj = None
    at = verb
    while at is not None and subj is None:
        subj = next((c for c in at.children if c.dep_ in ("nsubj", "poss")), None)
        at = at.head if at.dep_ in ("xcomp", "acl", "conj") and at.head is not at else None
    if subj is not None:
        holder.add(_name(subj).lower())
    if holder & _UNNAMED or not ("'s" in before or subj is not None and subj.pos_ == "PROPN"):
        return None  # (a holder unnamed may be the one firm named before)

    def others(names: set[str]) -> set[str]:
        return {n for n in names if n.lower() not in holder and n.lower() not in before.lower()}

    sent = sents[noun.i]
    owned = others(_owned_in(sent, noun))
    if len(owned) == 1:
        return owned.pop()
    if owned or sent.start == 0:
        return None
    prev = sents[sent.start - 1]
    if "\n" in text[prev[-1].idx : sent.start_char]:
        return None  # (another paragraph)
    if verb is None or verb.lemma_.lower() not in _MOVE_VERBS:
        return None
    named = others(_firms(prev))
    return named.pop() if len(named) == 1 else None


def _owned_in(sent: Any, noun: Any) -> set[str]:
    """Firms the sentence names as owned, bought or sold ("buy Beta"), or as what a stake is
    in ("Beta, in which Acme holds a stake")."""
    out = set()
    for t in sent:
        if t.pos_ != "PROPN" or t.ent_type_ in _NOT_FIRMS or _person(t):
            continue
        if t.dep_ == "dobj" and t.head.lemma_.lower() in _OWN_VERBS:
            out.add(_name(t))
    for a in noun.ancestors:
        if a.dep_ == "relcl" and a.head.pos_ == "PROPN":
            if any(
                c.dep_ == "prep"
                and c.lower_ == "in"
                and any(p.lower_ == "which" for p in c.children)
                for c in a.children
            ):
                out.add(_name(a.head))
            break
    return out
