"""Percentages read as shares: what "X% of <base>" measures (a stake, a share of a market,
of spending or of earnings) and who holds it, the verb of "accounting for 70%", a share of
people in some state ("with 37% out of work"), and poll answers: what a share believes or
said, a second share that leaves out what the first said, and the person a poll is about.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from communique.extract.amounts_defining_words import spent_for_aim
from communique.extract.amounts_lexicon import lexicon
from communique.extract.amounts_parse import (
    _antecedent,
    _join,
    _name,
    _nounish,
    _np,
    _possessive,
    _predicate,
    _subject,
    _subject_before,
    _text_sentence,
    _uncap_opening,
    _verb_noun,
)
from communique.extract.amounts_sentences import _sent
from communique.extract.amounts_words import (
    _CHANGE_NOUNS,
    _COMPANY_NOUNS,
    _DESCRIBED,
    _HAVE_VERBS,
    _NOT_COUNTED,
    _Gated,
)
from communique.extract.inflect import base_form, gerund, participle, verb_lemma
from communique.record import Amount

# Verbs whose percentage of a firm is a stake held ("owns 8% of Google").
_STAKE_VERBS = frozenset("own hold buy sell acquire take control sell_off".split())
_HOLDING_NOUNS = frozenset("share shares equity capital business stock".split())
# Verbs whose percentage of a base is spent on something ("spend 0.7% of incomes on aid").
_SPEND_VERBS = frozenset("spend invest give devote allocate".split())


def _who_clause(noun: Any, skip: set[int], answer: Any = None) -> str:
    """ "voters who backed the party in 2001": a short "who"/"that" clause on a share's
    base says which of them the share is of (" who backed party in 2001"), else ""."""
    rc = next(
        (
            c
            for c in noun.rights
            if c.dep_ == "relcl"
            and any(
                k.dep_ in ("nsubj", "nsubjpass") and k.lower_ in ("who", "that") for k in c.lefts
            )
        ),
        None,
    )
    if rc is None or answer is not None and rc.i == answer.i:
        return ""
    words = [t for t in rc.subtree if t.dep_ != "det"]
    if len(words) > 7 or any(t.i in skip or t.is_punct for t in words):
        return ""
    return f" {_join(words)}"


def _share_of(anchor: Any, verb: Any, base: str, skip: set[int]) -> str:
    """What "X% of <base>" measures: a stake ("owns 8% of Google"), a share spent on
    something ("spend 0.7% of their incomes on aid"), the share of which something holds
    ("20% of their export incomes come from one product"), else the share of the base."""
    of = [p for c in anchor.rights if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    held = of[0] if of else None
    if anchor.dep_ == "conj" and anchor.head.dep_ in ("nsubj", "nsubjpass"):
        # "all crown courts and 90% of magistrates' courts to have facilities": the share is
        # the first subject's conjunct, the clause theirs
        anchor, verb = anchor.head, anchor.head.head
    lemma = verb_lemma(verb) if verb is not None and verb.pos_ == "VERB" else ""
    worth = _worth_of(anchor, skip)
    if worth:
        return f"value of {worth} as share of {base}"  # "a package worth 2% of GDP"
    # "13% of cases concerned fraud": the verb right after the base (or after its own
    # words), which the parse may have read as an adjective of the noun after it
    ends = {held.i + 1, held.right_edge.i + 1} if held is not None else set()
    after = [anchor.doc[k] for k in sorted(ends) if k < len(anchor.doc)]
    topic = next(
        (said for t in after if t.dep_ == "amod" and (said := _share_topic(t, skip))), None
    )
    if topic is not None:
        return f"share of {base} {topic}"  # "13% of cases concerned fraud", a verb misread
    if (
        lemma in _STAKE_VERBS
        and anchor.dep_ == "dobj"
        and held is not None
        and (
            held.pos_ == "PROPN"
            or held.ent_type_ == "ORG"
            or held.lemma_.lower() in _COMPANY_NOUNS | _HOLDING_NOUNS
        )
    ):
        # "owns 8% of Google", not "holds 10% of top jobs"; and whose it is, or who deals it
        holder = _subject(verb)
        if holder is None or holder.pos_ != "PROPN" or holder.i in skip:
            return f"stake in {base}"
        holder_name = _DESCRIBED.sub("", _name(holder))
        if lemma in ("own", "hold", "control"):
            return f"{_possessive(holder_name)} stake in {base}"
        done = {"buy": "bought", "sell": "sold", "take": "taken", "sell_off": "sold"}
        return f"stake in {base} {done.get(lemma, lemma + 'd')} by {holder_name}"
    if lemma in _SPEND_VERBS and verb is not None:
        on = [
            p
            for c in verb.rights
            if c.dep_ == "prep" and c.lower_ in ("on", "to")
            for p in c.children
            if p.dep_ == "pobj" and _nounish(p, ("NOUN",)) and p.i not in skip
        ]
        if on:
            noun = _verb_noun(verb, lexicon()) or verb.lemma_
            return f"{noun} on {_np(on[0], skip)} as share of {base}"
        aimed = spent_for_aim(verb, skip)
        if aimed is not None:
            return f"share of {base} {participle(lemma)} on {aimed}"  # "target for aid - spending"
    # "40% of firms that cut jobs expect to hire": which of them, before what they do
    which = (
        _who_clause(held, skip)
        if held is not None and held.n_rights and anchor.dep_ in ("nsubj", "nsubjpass")
        else ""
    )
    if anchor.dep_ == "nsubj" and verb is not None and verb.lemma_ == "be":
        attr = next((c for c in verb.rights if c.dep_ == "attr" and c.i not in skip), None)
        if attr is not None and _nounish(attr, ("NOUN",)):
            # "10% of employees are women"
            return f"share of {base}{which} who are {_np(attr, skip)}"
        pred = _predicate(verb, skip) if attr is None else None
        if pred and " " in pred:
            # "90% of the bill is about tightening regulation", "90% of courts are to have
            # facilities to keep witnesses apart": which part
            return f"share of {base}{which} {pred}"
    if anchor.dep_ in ("nsubj", "nsubjpass") and verb is not None and lemma not in ("be", ""):
        pred = _predicate(verb, skip)
        if pred and (" " in pred or anchor.dep_ == "nsubjpass" and verb.tag_ == "VBN"):
            # a bare verb ("described") says too little; a bare passive says what was done
            # to them ("9% of claims were rejected")
            return f"share of {base}{which} {pred}"
    owner = _share_owner(anchor, verb, lemma, held, skip)
    if owner and held is not None:
        # "Japan owns 6% of all US Treasury bonds", "China accounts for 30% of world steel
        # demand", "it has 90% of all fissile material": the named subject of a verb of
        # holding or of making up is whose share it is
        where = (_place_of(verb, skip) or _place_of(anchor, skip)) if verb is not None else ""
        market = next(
            (
                f" for {_np(p, skip)}"  # "90% of the market for desktop systems": its own
                for h in (held, verb)  # (the parse may hang it on the verb, right after)
                if h is not None
                for c in h.rights
                if c.dep_ == "prep" and c.lower_ == "for" and c.i == held.right_edge.i + 1
                for p in c.children
                if p.dep_ == "pobj" and _nounish(p, ("NOUN",)) and p.i not in skip
            ),
            "",
        )
        base = base if market in base else base + market
        return f"{_possessive(owner)} share of {base}{where}"
    purpose = [
        p
        for h in (held, verb)
        if h is not None
        for c in h.rights
        if c.dep_ == "prep" and c.lower_ == "for"
        for p in c.children
        if p.dep_ == "pobj"
        and _nounish(p, ("NOUN",))
        and p.i not in skip
        and p.ent_type_ not in ("DATE", "TIME")
        and p.lower_ not in _NOT_COUNTED  # "for the first six weeks": a time
    ]
    if purpose:
        # "reaching 0.7% of national income for development aid": the aid, as a share.
        aid = _np(purpose[0], skip)
        base = base.replace(f" for {aid}", "")  # (the base's own "for" is the aid's)
        return f"{aid} as share of {base}"
    who_rel = next(
        (
            c
            for c in (held.rights if held is not None else [])
            if c.dep_ == "relcl"
            and any(k.dep_ == "nsubj" and k.lower_ in ("who", "that") for k in c.lefts)
        ),
        None,
    )
    if who_rel is not None:
        words = [t for t in who_rel.subtree if t.dep_ not in ("det", "advmod")]
        if len(words) <= 8 and not any(t.is_punct or t.i in skip for t in words):
            # "the 70% of smokers who desperately want to give up the habit": which of them
            return f"share of {base} {_join(words)}"
    holder_ = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
    if (
        anchor.dep_ == "dobj"
        and lemma == "hold"
        and holder_ is not None
        and holder_.lower_ in lexicon().people
        and holder_.i not in skip
    ):
        # "women hold less than 10% of the top positions": held by them
        return f"share of {base} held by {_np(holder_, skip)}"
    if anchor.dep_ == "dobj" and lemma in _HELD_BY and not _owned_base(held):
        group = _holding_group(verb, skip)
        if group:
            # "the top five banks hold 80% of all deposits": the group's
            where = _place_of(verb, skip) or _place_of(anchor, skip)
            return f"share of {base}{where} {_HELD_BY[lemma]} by {group}"
    if anchor.dep_ == "dobj" and lemma in _PENALTY_VERBS:
        fined = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("dobj", "dative") and c.i < anchor.i and c.pos_ in ("NOUN", "PROPN")
            ),
            None,
        )
        if fined is not None and fined.i not in skip:
            # "could charge the companies up to 10% of their turnover": a fine on them, as a
            # share of the base, and whose when a name says
            who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            whose = (
                _possessive(_name(who)) + " "
                if who is not None and who.pos_ == "PROPN" and who.i not in skip
                else ""
            )
            return f"{whose}{lemma} on {_np(fined, skip)} as share of {base}"
    if anchor.dep_ == "dobj" and verb is not None and lemma not in _HAVE_VERBS | {"be", ""}:
        prt = "".join(f" {c.lower_}" for c in verb.rights if c.dep_ == "prt")  # "written off"
        who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        by = (
            f" by {_np(who, skip)}"  # "women hold less than 10% of the top positions"
            if who is not None and who.lower_ in lexicon().people and who.i not in skip
            else ""
        )
        if not by and lemma in _GIVE_VERBS:
            by = _given_to(verb, skip)  # "Sinopec was offered 25% of Rosneft": to Sinopec
        doer = _subject(verb) if not by else None
        if (
            doer is not None
            and doer.dep_ == "nsubj"
            and _a_name(doer)
            and doer.i not in skip
            and not _owned_base(held)
            and _name(doer) not in base
        ):
            by = f" by {_name(doer)}"  # "the UK has pledged to pay 10% of the debt bill"
        where = _place_of(verb, skip)  # "generates 80% of its sales outside the UK"
        owner = _first_conjunct_owner(held, verb, skip)
        base = f"{owner} {base}" if owner and not base.startswith(owner) else base
        return (
            f"share of {base} {participle(lemma)}{prt}{by}{where}"  # "close 20% of the factories"
        )
    holder = _share_holder(anchor, verb, skip)
    # "it has 90% of all fissile material outside America": the place bounds the base
    where = (
        _place_of(verb, skip) or _place_of(anchor, skip)  # (the parse hangs it on either)
        if anchor.dep_ == "dobj" and lemma in _HAVE_VERBS
        else ""
    )
    if holder and not _owned_base(held):
        return f"{_possessive(holder)} share of {base}{where}"
    return f"share of {base}{where}"


# Verbs whose subject holds the share its object is ("Russia has 90% of the world's gas"),
# and how a share held by a group the subject names is said ("share of deposits held by";
# not "have", of too many senses: "most schools have 20% of pupils on free meals").
_HELD_BY = {"hold": "held", "own": "owned", "control": "controlled"}
_HOLD_VERBS = frozenset((*_HELD_BY, "have"))
_OWN_PRONOUNS = frozenset("its their his her our my your".split())
_NOT_OWNER_ENTS = frozenset("PERSON DATE TIME NORP MONEY PERCENT CARDINAL".split())


def _share_owner(anchor: Any, verb: Any, lemma: str, held: Any, skip: set[int]) -> str | None:
    """Whose a share is when the subject of a verb of holding ("Japan owns 6% of ...") or of
    making up ("China accounts for 30% of ...") names it: a firm or a country (no person,
    whose share reads otherwise), names joined by "and" together, a "which" its noun's
    name, an "it" the name it stands for; None when the base says whose it is already ("4%
    of its water") or no name is there."""
    if held is None:
        return None
    if anchor.dep_ == "dobj" and lemma in _HOLD_VERBS:
        if _owned_base(held):
            return None  # (a part's base may be another's: "it accounts for 60% of its output")
        holding = verb
    else:
        holding = _share_verb(anchor)
    who = _subject(holding) if holding is not None else None  # (a conjunct's verb's too)
    if who is None or who.i in skip:
        return None
    who = _antecedent(who)  # "Gazprom, which controls 20% of ...": Gazprom
    if who.lower_ == "it":
        return _named_it(who, skip)
    names = [who, *(c for c in who.children if c.dep_ == "conj")]
    if not all(_a_name(t) and t.i not in skip for t in names):
        return None
    return " and ".join(_name(t) for t in names)  # "Vodafone and Orange"


def _a_name(tok: Any) -> bool:
    """Whether `tok` names a firm, a body or a place (not a person): a proper noun, or a
    capitalised word the model took for a firm's or a place's name ("Rosneft will ...")."""
    if tok.ent_type_ in _NOT_OWNER_ENTS:
        return False
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "GPE") and tok.text[:1].isupper()


def _owned_base(held: Any) -> bool:
    """Whether the share's base already says whose it is ("4% of its fresh water")."""
    return held is not None and any(
        c.dep_ == "poss" and c.lower_ in _OWN_PRONOUNS for c in held.lefts
    )


def _holding_group(verb: Any, skip: set[int]) -> str | None:
    """ "The top five banks hold 80% of all deposits": the group of things or people the
    subject of a verb of holding names ("top five banks"), a plural common noun or one
    with words of its own ("the UK-Dutch group"); else None (a pronoun, a name, or a bare
    singular noun that says too little: "the group")."""
    who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if who is None or who.i in skip or who.pos_ != "NOUN":
        return None
    if who.tag_ != "NNS" and not any(c.dep_ in ("amod", "compound") for c in who.lefts):
        return None  # ("the group": a bare singular noun says too little)
    if who.lower_ in ("shares", "stocks", "percent", "cent"):
        return None
    # (its own numbers too: "the top five banks", though each is read as a count)
    return _uncap_opening(_np(who, set()), who.left_edge)


def _named_it(it: Any, skip: set[int]) -> str | None:
    """The name "it" stands for: the one name (a firm's, a country's: no person's) a core
    word of its sentence gave before it ("He names Russia as the failing state as it
    has ..."), else, for an "it" opening its sentence, the name the sentence before was
    about ("Exxon is the largest. It holds ..."); None when no single name is there."""
    if it.lower_ != "it" or it.dep_ != "nsubj":
        return None
    sent = _sent(it)

    def names(toks: Any) -> set[str]:
        return {
            _name(t)
            for t in toks
            if t.dep_ in ("nsubj", "nsubjpass", "dobj") and _a_name(t) and t.i not in skip
        }

    before = names(it.doc[sent.start : it.i])
    if not before and it.i == sent.start:
        subj = _subject_before(sent)
        before = names([subj]) if subj is not None and subj.dep_ == "nsubj" else set()
    return next(iter(before)) if len(before) == 1 else None


# Verbs of a penalty whose first object pays it ("fine the banks 10% of their turnover").
_PENALTY_VERBS = frozenset("fine charge".split())


# Verbs of handing a thing to someone, whose passive's subject is who gets it ("Sinopec was
# offered 25% of Rosneft"), as is the first object of the active ("give creditors shares").
_GIVE_VERBS = frozenset("give offer promise grant award hand allot allocate pay".split())


def _given_to(verb: Any, skip: set[int]) -> str:
    """ " to Sinopec" when `verb`, a verb of handing, is passive and its subject says who
    gets the thing ("Sinopec had been offered 25% of Rosneft"): a name or a noun, not a
    pronoun; else ""."""
    who = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if who is None or who.i in skip or who.pos_ not in ("NOUN", "PROPN"):
        return ""
    said = _name(who) if who.pos_ == "PROPN" else _np(who, skip)
    return f" to {_uncap_opening(said, who.left_edge)}"


def _worth_of(anchor: Any, skip: set[int]) -> str | None:
    """ "a stimulus package worth 2% of GDP": the thing whose value the share is ("stimulus
    package"), when the share is what a "worth" after a noun says; else None. (Not a thing
    handed to someone, "give creditors shares worth 5.7% of the debts they are owed", which
    is read as what they get of their debts.)"""
    worth = anchor.head
    if anchor.dep_ != "npadvmod" or worth.lower_ != "worth" or worth.dep_ != "amod":
        return None
    thing = worth.head
    if thing.i > worth.i or thing.i in skip or not thing.is_alpha or thing.is_stop:
        return None
    if thing.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "appos"):
        return None  # ("bondholders of Acme shares worth ...": the parse's own reading)
    if thing.dep_ == "dobj" and verb_lemma(thing.head) in _GIVE_VERBS:
        return None
    # (the noun's own words up to "worth": the parse may read the noun as a verb)
    words = [t for t in thing.subtree if t.i < worth.i and t.dep_ != "det"]
    if not words or any(t.i in skip or t.is_punct for t in words) or len(words) > 6:
        return None
    left = thing.doc[words[0].i - 1] if words[0].i > 0 else None
    if left is not None and left.dep_ == "prep" and not any(True for _ in left.children):
        return None  # ("creditors of Acme shares worth": a name the parse took as the thing's)
    return _uncap_opening(_join(words), words[0])


# A body's own parts, which "the" before them in a second clause makes the same body's.
_OWN_PARTS = frozenset(
    "workforce staff employees workers jobs branches stores shops plants factories sites "
    "offices outlets assets fleet capacity output sales".split()
)


def _first_conjunct_owner(held: Any, verb: Any, skip: set[int]) -> str | None:
    """ "close 20% of the group's factories and shed 10% of the workforce": the second verb's
    "the <part>" is the owner's the first verb's share named ("group's"); else None."""
    if (
        held is None
        or verb is None
        or verb.dep_ != "conj"
        or held.lower_ not in _OWN_PARTS
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in held.lefts)
    ):
        return None
    first = verb.head
    if first.pos_ != "VERB" or first.i > held.i:
        return None
    owners = [
        poss
        for d in first.rights
        if d.dep_ == "dobj" and (d.like_num or d.lower_ == "%")
        for c in d.rights
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
        for poss in p.lefts
        if poss.dep_ == "poss" and poss.pos_ in ("NOUN", "PROPN") and poss.i not in skip
    ]
    return _possessive(_np(owners[0], skip)) if len(owners) == 1 else None


def _place_of(verb: Any, skip: set[int]) -> str:
    """ " outside the UK" when the verb of a share of something (or the share) has a place
    phrase, which says where that something is (the parse hangs it there), else ""."""
    return next(
        (
            f" {c.lower_} {_np(p, skip)}"
            for c in verb.rights
            if c.dep_ == "prep" and c.lower_ in ("outside", "in", "inside", "within")
            for p in c.children
            if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC") and p.i not in skip
        ),
        "",
    )


_TOPIC_TAGS = frozenset(("VBD", "VBN", "VBZ", "VBP"))
_TOPIC_CUT = frozenset(("ADP", "DET", "PART", "AUX", "CCONJ", "SCONJ"))


def _share_topic(verb: Any, skip: set[int]) -> str | None:
    """ "13% of cases concerned attempts to defraud employers", "the cases - almost 30% -
    concerned abuses of credit": what the share's part did or was about, said as
    "concerning attempts to defraud employers", from the verb written right after the
    share's base (the parse may take it for an adjective of the noun that follows)."""
    if verb is None or verb.pos_ != "VERB" or verb.tag_ not in _TOPIC_TAGS or verb.i in skip:
        return None
    if verb.dep_ == "amod":
        what = verb.head  # "concerned faulty goods", read as an adjective of "goods"
        if what.i <= verb.i or what.pos_ != "NOUN" or what.dep_ in ("nsubj", "nsubjpass"):
            return None
    else:
        what = next((c for c in verb.rights if c.dep_ in ("dobj", "prep")), None)
        if what is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.lefts):
            return None  # (a verb with its own subject says nothing of the share's part)
    words: list[Any] = []
    for t in verb.doc[verb.i + 1 : what.right_edge.i + 1]:
        if t.is_punct or t.pos_ == "CCONJ" or t.i in skip or t.like_num:
            break
        if t.dep_ != "det":
            words.append(t)
    words = words[:6]
    while words and (words[-1].pos_ in _TOPIC_CUT or words[-1].tag_ == "VBG"):
        words.pop()  # "attempts to defraud employers by abusing": to the last full word
    if not words or not any(t.pos_ in ("NOUN", "PROPN") for t in words):
        return None
    return f"{gerund(verb_lemma(verb))} {_join(words)}"


def _share_holder(anchor: Any, verb: Any, skip: set[int]) -> str | None:
    """Who holds "N% of the market": "Tesco has 30% of ...", "Nokia, with 30% of ...",
    "led by Lukoil with 11% of ...", "give Gazprom control of 8% of ..."; None if unnamed."""

    def named(tok: Any, *, place: bool = False) -> str | None:
        if tok is None or tok.i in skip:
            return None
        barred = ("PERSON", "DATE") if place else ("PERSON", "DATE", "GPE")
        if tok.pos_ == "PROPN" and tok.ent_type_ not in barred:
            return _name(tok)
        if tok.pos_ == "NOUN" and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ != "GPE" for c in tok.lefts
        ):
            return _np(tok, skip)  # "the merged Gazprom-Rosneft group will rank with 7% of"
        return None

    if anchor.dep_ == "dobj" and verb is not None and verb.lemma_.lower() in ("have", "hold"):
        return named(next((c for c in verb.children if c.dep_ == "nsubj"), None))
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "with":
        who = anchor.head.head
        if who.pos_ in ("VERB", "AUX"):  # "led by Lukoil with 11%": the doer
            by = [p for c in who.children if c.dep_ == "agent" for p in c.children]
            who = by[0] if by else next((c for c in who.children if c.dep_ == "nsubj"), None)
        return named(who)
    if (
        anchor.dep_ == "pobj"
        and anchor.head.lower_ == "of"
        and anchor.head.head.lemma_.lower() in ("control", "stake", "holding", "ownership")
    ):
        held = anchor.head.head
        owner = next((c for c in held.children if c.dep_ in ("poss", "compound")), None)
        if owner is None and held.dep_ == "dobj":
            owner = next((c for c in held.head.children if c.dep_ == "dative"), None)
        return named(owner, place=True)  # (a country too may own a stake or control)
    return None


def _share_held(anchor: Any, skip: set[int]) -> str | None:
    """ "Investors in Spain have about 2% each": a share of nothing named, held by the group
    the clause's subject names ("share each held by investors in Spain"); None else."""
    verb = anchor.head
    if anchor.dep_ != "dobj" or verb.lemma_.lower() not in ("have", "hold", "own"):
        return None
    rights = list(anchor.rights)
    if any(c.lower_ != "each" and not c.is_punct for c in rights):
        return None  # "of the market", "more": a base or a comparison is read elsewhere
    who = _subject(verb)
    if who is None or who.tag_ != "NNS" or who.i in skip:
        return None  # a group of people or firms, not a name or a pronoun
    each = " each" if any(c.lower_ == "each" for c in rights) else ""
    return f"share{each} held by {_uncap_opening(_np(who, skip), who.left_edge)}"


def _gapped_share(anchor: Any, skip: set[int]) -> str | None:
    """ "63% of voters thought he lied and 61% that he should resign": the second share's
    verb is left out, so it says what the earlier share's verb did of its "that" clause
    ("share of voters who thought that he should resign"); None unless the sentence has that
    shape."""
    said = next(
        (
            c
            for c in anchor.rights
            if c.dep_ in ("relcl", "ccomp", "acl") and c.doc[c.left_edge.i].lower_ == "that"
        ),
        None,
    )
    if said is None:
        return None
    first = None
    for t in reversed(anchor.doc[max(0, anchor.i - 40) : anchor.i]):
        if t.text in (".", "?", "!"):
            break  # (by the text's stops: the parse may cut a sentence at a dash)
        if t.lower_ in ("%", "percent", "cent") and t.dep_ == "nsubj" and t.head.pos_ == "VERB":
            first = t
            break
    if first is None or first.head.i > anchor.i:
        return None
    words = [t for t in said.subtree if t.i not in skip]  # ("that he should quit")
    if not words or len(words) > 10 or any(t.is_punct for t in words):
        return None
    base = _share_base(first, skip)
    if not base and any(c.dep_ == "prep" and c.lower_ == "of" for c in first.rights):
        return None  # ("of those asked": the poll passes say that share's people)
    of = f" of {_np(base[0], skip)}" if base else ""
    return f"share{of} who {first.head.text} {_join(words)}"


_WHOLE_WORDS = frozenset("total whole entire all".split())


def _held_by_holders(anchor: Any, skip: set[int]) -> str | None:
    """ "creditors holding $41bn - or 40% of the total debt - had accepted": an amount held
    by the people a participle describes is theirs: "share of total debt held by creditors
    who had accepted the offer" (a share restating the money too), and the money the part
    of the debt they hold ("debt held by ..."); None unless the sentence has that shape."""
    amount, share = anchor, anchor.lower_ in ("%", "percent", "cent")
    if anchor.dep_ == "conj" and anchor.head.dep_ == "dobj":
        amount = anchor.head  # "$41bn - or 40% of ...": the share restates the money
    verb = amount.head
    if amount.dep_ != "dobj" or verb.tag_ != "VBG" or verb.lemma_.lower() not in _STAKE_VERBS:
        return None
    if verb.dep_ == "acl":
        who = verb.head
    elif verb.dep_ == "csubj":  # (the parse's reading of "creditors holding $41bn had ...")
        who = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    else:
        return None
    if who is None or who.tag_ != "NNS" or who.i in skip:
        return None
    heads = [anchor, amount, *(c for c in amount.rights if c.dep_ == "conj")]
    base = next(
        (
            p
            for h in heads
            for c in h.rights
            if c.dep_ == "prep" and c.lower_ == "of" and c.i > anchor.i
            for p in c.children
            if p.dep_ == "pobj" and p.pos_ == "NOUN" and p.i not in skip
        ),
        None,
    )
    if base is None:
        return None
    whole = {t.i for t in base.lefts if t.lower_ in _WHOLE_WORDS}  # the part is no total
    what = f"share of {_np(base, skip)}" if share else _np(base, skip | whole)
    said = f"{what} held by {_uncap_opening(_np(who, skip), who.left_edge)}"
    return said + _holders_did(verb if verb.dep_ == "csubj" else who, skip)


def _holders_did(part: Any, skip: set[int]) -> str:
    """ " who had accepted the offer": what the holders did, from the verb whose subject
    `part` is, with its auxiliaries and object, when that is short; else ""."""
    main = part.head
    if part.dep_ not in ("nsubj", "csubj") or main.pos_ != "VERB" or main.i < part.i:
        return ""
    words = [c for c in main.lefts if c.dep_ in ("aux", "neg") and c.i > part.i] + [main]
    obj = next((c for c in main.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return ""
    words += [t for t in obj.subtree if t.dep_ != "det"]
    if len(words) > 6 or any(t.i in skip or t.is_punct for t in words):
        return ""
    return f" who {_join(words)}"


_STATE_PREPS = frozenset("out in without on off under".split())


def _with_state(span: Any, skip: set[int]) -> str | None:
    """ "Young people are hard hit, with 37% out of work": the share of the clause's
    subject that is in the state the phrase after the amount names."""
    doc = span.doc
    anchor = span.root
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "with" or span.end >= len(doc):
        return None
    prep = doc[span.end]
    if prep.pos_ != "ADP" or prep.lower_ not in _STATE_PREPS or prep.i in skip:
        return None
    words = []
    for t in doc[prep.i : prep.i + 4]:
        if t.is_punct or t.i in skip:
            return None
        words.append(t)
        if t.pos_ == "NOUN":
            break
    else:
        return None
    h = anchor.head
    for _ in range(4):
        if h.head.i == h.i:
            break
        h = h.head
        subj = [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            if subj[0].pos_ != "NOUN" or subj[0].i in skip:
                return None
            return f"{_np(subj[0], skip)} {_join(words)}"
    return None


# Verbs whose subject share is a poll's answer ("47% believe ...", "63% disagreed").
_OPINION_VERBS = frozenset(
    """believe think say agree disagree back support oppose want favour favor prefer feel
    reject approve disapprove trust intend vote consider rate voice express""".split()
)


def _poll_answer(anchor: Any, skip: set[int]) -> str | None:
    """ "Some 47% believe she should have no title", "45% who thought it unbecoming": the
    share that gave this answer, in the sentence's words (up to the clause's end)."""
    verb = anchor.head
    doc = anchor.doc
    after = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else anchor
    rel = [c for c in anchor.children if c.dep_ == "relcl"]
    total = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else None
    among = anchor.head if anchor.dep_ == "appos" and anchor.head.dep_ == "pobj" else None
    if total is not None and total.lemma_.lower() == "total" and total.dep_ == "nsubj":
        verb = total.head  # "A total of 53% of those polled said ..."
    elif among is not None and among.head.lower_ == "of" and among.head.head.dep_ == "nsubj":
        # "A majority of voters (68%) believe ...": the bracketed share of the group
        verb = among.head.head.head
        said = _poll_answer_words(verb, skip)
        if said is None:
            return None
        return f"share of {_np(among, skip)} who {said}"
    elif anchor.dep_ == "appos" and anchor.head.dep_ == "nsubj":
        verb = anchor.head.head  # "A majority, 52%, said he had done a good job"
    elif rel and any(c.lower_ in ("who", "that") for c in rel[0].children):
        verb = rel[0]
    elif anchor.dep_ != "nsubj" and after.tag_ in ("VBD", "VBP", "VBZ"):
        verb = after  # "... and 21% disagreed": the parse hung the share elsewhere
    elif anchor.dep_ != "nsubj":
        return None
    words_ = _poll_answer_words(verb, skip)
    if words_ is None:
        return None
    group = [  # "47% of voters believe", "among the over-65s, 70% said"
        p
        for h, word in ((anchor, "of"), (verb, "among"))
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == word
        for p in c.children
        if p.dep_ == "pobj" and p.i not in skip
    ]
    # (the clause may be the answer itself: "the 70% of smokers who want to give up")
    which = _who_clause(group[0], skip, answer=verb) if group else ""
    whose = f" of {_np(group[0], skip)}{which}" if group else ""
    who = "" if verb.tag_ == "VBG" else " who"  # "with 40% saying ...": no "who"
    return f"share{whose}{who} {words_}"


def _poll_answer_words(verb: Any, skip: set[int]) -> str | None:
    """The answer a poll's verb of opinion gives, in the sentence's words up to the clause's
    end ("believe she should have no title"); None when the verb gives no opinion."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _OPINION_VERBS:
        return None
    doc = verb.doc
    words = [verb]
    own = {t.i for t in verb.subtree}
    for t in doc[verb.i + 1 : min(_sent(verb).end, verb.i + 13)]:
        if t.i == verb.i + 1 and t.lower_ == "that":
            words.append(t)  # "say that saving money is the main consideration"
            continue
        if t.text in _DASHES and words[-1].pos_ in ("NOUN", "PROPN"):
            rest = _past_aside(t, verb.i + 13, skip)
            if rest is not None:
                words += rest
            break
        if (
            t.is_punct
            or t.i in skip
            or t.i not in own  # "... in a general election, compared with": not the answer
            or t.pos_ in ("CCONJ", "SCONJ")
            or t.lower_ in ("while", "whereas", "compared", "against", "than", "versus")
        ):
            break
        words.append(t)
    return _join(words)


_DASHES = frozenset("- – —".split())
# Pronouns no later step names: a clause holding one says not what was answered.
_VAGUE_PRONOUNS = frozenset("it its they them their this these those".split())


def _past_aside(dash: Any, stop: int, skip: set[int]) -> list[Any] | None:
    """ "thought his former lover - Kimberly Quinn - acted vindictively": the answer's clause
    goes on past a name or noun set off by dashes (the parse may cut the sentence there), so
    its words are the aside's and the clause's verb with what hangs on it; None when the
    dashes set off no such aside or the clause holds a pronoun nothing names."""
    doc = dash.doc
    aside: list[Any] = []
    for t in doc[dash.i + 1 : min(len(doc), dash.i + 6)]:
        if t.text in _DASHES:
            break
        if t.pos_ not in ("PROPN", "NOUN", "DET", "ADJ") or t.i in skip:
            return None
        aside.append(t)
    else:
        return None
    at = dash.i + len(aside) + 2  # (the word after the closing dash)
    if not aside or at >= len(doc) or doc[at].tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return None  # (a clause's verb must follow: "- X - acted", not "- X -, and")
    said = doc[at].head if doc[at].dep_ in ("aux", "auxpass") else doc[at]  # "had behaved"
    if any(c.dep_ == "nsubj" and c.i > said.i for c in said.rights):
        return None  # ("- Ken Smith - said the pollster": the teller, not the answer)
    own = {t.i for t in said.subtree}
    # a name is kept ("lover Kimberly Quinn"); a description ("- a banker -") is left out
    words = aside if all(t.pos_ == "PROPN" for t in aside) else []
    for t in doc[at:stop]:
        if t.is_punct or t.i in skip or t.i not in own or t.pos_ in ("CCONJ", "SCONJ"):
            break
        if t.lower_ in _VAGUE_PRONOUNS:
            return None
        words.append(t)
    return words


def _share_base(anchor: Any, skip: set[int]) -> list[Any]:
    """The nouns after a percentage's "of": what it is a share of ("90% of average earnings")."""
    return [
        p
        for c in anchor.rights
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj" and _nounish(p) and p.i not in skip
    ]


_SHARE_VERBS = frozenset("account represent comprise constitute amount make form equal".split())


def _share_verb(anchor: Any) -> Any:
    """The verb of "accounting for 70%", "made up 12%", "amounted to 6%", or None."""
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
        anchor = anchor.head  # "make up half of all graduates but only 5% of the workforce"
    h = anchor.head
    if h.dep_ == "prep" and h.lower_ in ("for", "to", "up") or h.pos_ == "ADP":
        h = h.head
    if h.pos_ == "VERB" and h.lemma_.lower() in _SHARE_VERBS:
        if h.lemma_.lower() == "make" and not any(c.lower_ == "up" for c in h.children):
            return None
        return h
    return None


_POLL_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|while|whereas)\b")
_ELIDED = re.compile(r"\b(did|do|does|would|could|will|can)\s+not$")
_PRONOUNS = frozenset("they he she we i it".split())
_DISSENT = re.compile(r"^share (?:who|saying) (disagreed|agreed|disagree|agree)$")


def _poll_asked(out: list[Amount], sent_start: int) -> str | None:
    """The object of the sentence's last poll share ("share who said ..."), if any."""
    return next(
        (
            a.object
            for a in reversed(out)
            if a.span[0] >= sent_start and a.object and " who " in a.object
        ),
        None,
    )


def _poll_ellipsis(obj: str, asked: str, before: str) -> str:
    """A poll's second share leaves out what the first said: "69% of over-55s say they always
    vote, compared with 17% of 18 to 24 year olds" (17% who say so too), "30% said the
    affair showed X while 63% disagreed" (63% who disagreed that it showed X)."""
    whose, said = asked.split(" who ", 1)
    if " who " not in obj and obj.startswith("share of ") and _POLL_COMPARED.search(before):
        return f"{obj} who {said}"
    elided = _ELIDED.search(obj)
    pron, _, rest = said.partition(" ")[2].partition(" ")  # "said [they] [had sympathy ...]"
    if elided is not None and pron in _PRONOUNS and rest:
        verb_, _, tail = rest.partition(" ")
        if elided.group(1) in ("did", "do", "does"):
            # "53% said they had sympathy, with 40% saying they did not [have sympathy]"
            return f"{obj} {base_form(verb_)} {tail}".rstrip()
        if verb_ == elided.group(1) and tail:
            return f"{obj} {tail}"  # "70% would be ..., 25% would not [be ...]"
    dissent = _DISSENT.match(obj)
    verb, _, claim = said.partition(" ")
    if (
        dissent is not None
        and verb
        in ("said", "say", "says", "believe", "believed", "thought", "think", "felt", "feel")
        and claim
    ):
        return f"share who {dissent.group(1)} that {claim}"
    return obj


_PERSONAL = re.compile(r"\b(he|she|his|her)\b")


def _name_person(obj: str, span: Any) -> str:
    """ "share who backed his legal action" in a poll about Mr Blunkett: the person the
    sentence, or the one before, last named (by surname) stands for "he", "she", "his"."""
    doc = span.doc
    first = _sent(span).start
    while first > 0 and doc[first - 1].text not in (".", "?", "!", '"'):
        first = _sent(doc[first - 1]).start  # (the parse may cut a sentence at a dash)
    if first > 0:
        first = _sent(doc[first - 1]).start

    def titled(t: Any, titles: frozenset[str]) -> bool:
        # (anywhere in the name: "Mrs" hangs on "Parker" in "Mrs Parker Bowles")
        return any(c.text in titles for c in doc[t.left_edge.i : t.i]) or (
            t.i > 0 and doc[t.i - 1].text in titles
        )

    def other(t: Any) -> bool:
        # "his former lover - Kimberly Quinn -": a name set beside a noun of "his" is
        # someone else than "he"
        k = t.left_edge.i - 1
        while k > first and (doc[k].is_punct or doc[k].pos_ == "PROPN"):
            k -= 1  # (past the name's other words: the parse may not join them)
        return doc[k].pos_ == "NOUN" and any(
            c.dep_ == "poss" and c.lower_ in ("his", "her") for c in doc[k].lefts
        )

    named = [
        t
        for t in reversed(doc[first : span.start])
        if t.pos_ == "PROPN"
        and t.dep_ != "compound"
        and t.text not in _RANK_WORDS  # "Princess Consort": a title, not a name
        # ("Mrs Parker Bowles": a title before the whole name)
        and (t.ent_type_ == "PERSON" or titled(t, _PERSON_TITLES))
        and not other(t)
    ]

    # "he"/"his": the last named man (or person with no woman's title); "she"/"her": the
    # last person with a woman's title ("Mrs Quinn"), as the name alone does not say
    man = next((t for t in named if not titled(t, _WOMEN_TITLES)), None)
    woman = next((t for t in named if titled(t, _WOMEN_TITLES)), None)

    def swap(m: re.Match[str]) -> str:
        who = man if m.group(1) in ("he", "his") else woman
        if who is None:
            return m.group(1)
        # the surname with the name words before it, without the title ("Parker Bowles")
        said = _join(
            [
                c
                for c in doc[who.left_edge.i : who.i]
                if c.dep_ == "compound" and c.text not in _PERSON_TITLES
            ]
            + [who]
        )
        return f"{said}'s" if m.group(1) in ("his", "her") else said

    return _PERSONAL.sub(swap, obj)


_PERSON_TITLES = frozenset("Mr Mrs Ms Miss Dr Sir Lord Lady Dame".split())
_RANK_WORDS = frozenset("Consort King Queen Prince Princess Duke Duchess Lord Lady".split())
_WOMEN_TITLES = frozenset("Mrs Ms Miss Lady Queen Princess Baroness Dame Duchess".split())


def _poll_or(text: str) -> str:
    """ "poll " when the article is about a poll or survey: a party's share is its share of
    those asked, not of an election's votes."""
    return "poll " if _POLL.search(text) else ""


# (gated: searched over the whole article's text)
_POLL = _Gated(
    re.compile(r"\b(?:poll|polls|polling|survey|pollsters?|opinion poll)\b", re.I),
    ("poll", "survey"),
)


# "Nearly half of all Palestinians - some 47% - live below the poverty line": a share set
# off after the fraction it gives in figures, which the parse may not hang on anything.
_FRACTION_BEFORE = re.compile(
    r"\b(?:half|a third|one third|two-thirds|two thirds|a quarter|one quarter|"
    r"three-quarters|three quarters|a fifth|one fifth|the majority|a majority) of "
    r"(?:all |the )?(?P<base>[A-Za-z][\w'-]*(?: [\w'-]+){0,4}) ?[-–—(,] "
    r"(?:some |about |around |nearly |almost |roughly |just |or )?$"
)
_SHARE_AFTER = re.compile(r" ?[-–—),] (?P<rest>[a-z][a-z' -]{3,60}?)(?= and |[,.;:]|$)")


def _fraction_restated(out: list[Amount], text: str) -> None:
    """ "Nearly half of all Palestinians - some 47% - live below the poverty line" -> "share
    of Palestinians who live below the poverty line": a share left with no object that
    restates the fraction of a group just before it."""
    for a in out:
        if a.object is not None or a.unit != "percent":
            continue
        m = _FRACTION_BEFORE.search(text, max(0, a.span[0] - 90), a.span[0])
        after = _SHARE_AFTER.match(text, a.span[1])
        if m is None or after is None:
            continue
        a.object = f"share of {m.group('base')} who {after.group('rest').strip()}"


# "Another 18% came from ...", "a further 5%": a further part
# of a whole the sentences before measured.
_ANOTHER_PART = re.compile(r"(?i)\b(?:another|a further)\s+$")
_PART_WHOLE = re.compile(r"(?:^|\bas )(share of|stake in) (.+?)(?: (?:who|that|which)\b.*)?$")
_NO_WHOLE = frozenset("total it them all those these".split())
_CUT_WHOLE = frozenset("by bought sold held owned offered in on at for with".split())


def _another_part(out: list[Amount], text: str) -> None:
    """ "Almost 30% of the 9,000 fraud cases reported concerned credit cards. Another 21%
    came from attempts to rip off savings accounts": a further share with no whole of its
    own is of the whole the share before it, within two sentences, was of ("share of fraud
    cases that came from ...")."""
    for k, a in enumerate(out):
        obj = a.object or ""
        if (
            a.unit != "percent"
            or not obj.startswith("share ")
            or obj.startswith(("share of ", "share in "))
            or _ANOTHER_PART.search(text, max(0, a.span[0] - 20), a.span[0]) is None
        ):
            continue
        start = _text_sentence(text, a.span[0], a.span[1])[0]
        back = _text_sentence(text, max(0, start - 2), max(0, start - 1))[0] if start > 1 else 0
        back = _text_sentence(text, max(0, back - 2), max(0, back - 1))[0] if back > 1 else 0
        for b in reversed(out[:k]):
            if b.span[0] < back:
                break
            whole = _whole_of(b)
            if whole is None:
                continue
            a.object = f"{whole[0]} {whole[1]} that {obj.removeprefix('share ')}"
            a.parties = a.parties or list(b.parties)
            break


def _whole_of(b: Amount) -> tuple[str, str] | None:
    """The whole a share is of, cut before what is said of its part: "share of fraud cases
    reported that concerned loans" -> ("share of", "fraud cases"); None if it has none."""
    if "_whole" in b.extra:  # (set by the passes below, which know where it ends)
        return "share of", str(b.extra["_whole"])
    whole = _PART_WHOLE.search(b.object or "") if b.unit == "percent" else None
    words: list[str] = []
    for w in (whole.group(2) if whole else "").split():
        if w == "in" and words and words[-1] == "stake":
            pass  # ("its stake in Initech": a stake is always in something)
        elif w in _CUT_WHOLE or w.endswith("ed") and words:
            break  # ("stake in Changyu bought by Illva": the whole is Changyu)
        words.append(w)
    if whole is None or not words or " ".join(words).lower() in _NO_WHOLE:
        return None
    return whole.group(1), " ".join(words)


# What a bare share says of its part, read without "that": "held by ...", "that ...".
_PART_SAID = re.compile(r"^(?:each )?(?:\w+ed|held|kept|owned|sold) by |^(?:that|which) ")
_AUX_WORDS = frozenset("is are was were be been has have had will would can could".split())
_PLAIN_STAKE = re.compile(r"^(?:\S+['’]s? )?stake$")


def _whole_said_before(out: list[Amount], text: str) -> None:
    """ "Of the firm's bondholders, 40% live in France. Investors in Spain have about 2%
    each" -> "share of the firm's bondholders each held by investors in Spain"; "owns a 25%
    stake in Borvex. His brother holds a 10% stake" -> "stake in Borvex": a share (or a
    plain stake) whose sentence gives no whole is of the one whole the shares of the
    sentence just before were of; none when they were of two, or of another kind."""
    for k, a in enumerate(out):
        obj = a.object or ""
        stake = _PLAIN_STAKE.match(obj) is not None
        if a.unit != "percent" or not (stake or _BARE_SHARE.match(obj)) or _SHARE_WHO.match(obj):
            continue  # (a poll's answer: which sample asked is `_poll_base`'s to say)
        start = _text_sentence(text, a.span[0], a.span[1])[0]
        if start < 2:
            continue
        before = _text_sentence(text, start - 2, start - 1)[0]
        shares = [b for b in out[:k] if before <= b.span[0] < start and b.unit == "percent"]
        wholes = {_whole_of(_unowned(b) if stake else b) for b in shares}
        if len(wholes) != 1 or None in wholes:
            continue  # (no whole, two wholes, or a percentage of another kind)
        kind, whole = next(iter(wholes))  # type: ignore[misc]
        if not _AUX_WORDS.isdisjoint(whole.split()):
            continue  # ("share of debts creditors are owed": a clause, not a whole)
        if stake:
            if kind == "stake in":
                a.object = f"{obj} in {whole}"
            continue
        rest = obj.removeprefix("share ")
        joint = " " if _PART_SAID.match(rest) else " that "
        a.object = f"share of {whole}{joint}{rest}"
        a.parties = a.parties or list(shares[0].parties)


# A named owner's stake with nothing it is in: "Turkcell's stake", "Globex's controlling
# stake" (a word or two of its own before "stake").
_OWNER_STAKE = re.compile(
    r"(?P<owner>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})['’]s? (?:[a-z-]+ ){0,2}stake"
)

# What a stake is in, by name: "stake in Irancell", "stake in the Vantor Group" (the run of
# capitalised words; "stake in the project" names none).
_STAKE_IN_NAME = re.compile(
    r"stake in (?:the )?(?P<held>[A-Z][\w&.-]*(?: (?:of |& )?[A-Z][\w&.-]*)*)"
)

# A possessor right before a stake ("Turkcell's 70% controlling stake in"): whose it is.
_WHOSE_STAKE = re.compile(r"(?P<owner>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*)['’]s? (?:[\w%.-]+ ){0,3}$")


def _stake_in_said_before(out: list[Amount], text: str) -> None:
    """ "Turkcell's stake in Irancell should be cut. ... its stake would fall to 49%": a named
    owner's stake with nothing it is in is in what the article said that owner's stake was
    in before ("Turkcell's stake in Irancell"), in the text or in a figure's object; left
    when those name two things, or none (not another owner's stake: "Fiat's stake in
    Ferrari" says nothing of GM's)."""
    for k, a in enumerate(out):
        obj = a.object
        if not obj or not obj.endswith("stake"):
            continue  # (cheap, so first)
        m = _OWNER_STAKE.fullmatch(obj)
        if m is None:
            continue
        owner = m.group("owner")
        start = _text_sentence(text, a.span[0], a.span[1])[0]
        held = _held_in_text(text, owner, start) | _held_in_figures(out[:k], owner)
        if len(held) == 1:
            a.object = f"{obj} in {held.pop()}"


def _held_in_text(text: str, owner: str, end: int) -> set[str]:
    """The names `owner`'s stakes are said to be in, before `end` of `text`: after the
    owner's possessive ("Turkcell's stake in Irancell"), or in a sentence that names the
    owner before the stake and no other possessor of it ("Globex bought a 20% stake in
    Initech")."""
    found: set[str] = set()
    at = text.find("stake in ", 0, end)
    while at >= 0:
        m = _STAKE_IN_NAME.match(text, at)
        lo = _text_sentence(text, at, at)[0]
        whose = _WHOSE_STAKE.search(text, max(lo, at - 80), at)
        said = whose.group("owner") == owner if whose else text.find(owner, lo, at) >= 0
        if m is not None and said:
            found.add(m.group("held"))
        at = text.find("stake in ", at + 1, end)
    return found


def _held_in_figures(before: list[Amount], owner: str) -> set[str]:
    """The names `owner`'s stakes are in by the objects of the figures `before`
    ("Turkcell's stake in Irancell new network": Irancell), as read for them."""
    found: set[str] = set()
    for b in before:
        owned = _OWNED_STAKE.match(b.object or "") if b.unit == "percent" else None
        if owned is None or owned.group("owner") != owner:
            continue
        m = _STAKE_IN_NAME.match(owned.group("stake"))
        if m is not None:
            found.add(m.group("held"))
    return found


def _unowned(b: Amount) -> Amount:
    """A stake's amount read without its holder ("Ms Hale's stake in Dunmore" -> "stake in
    Dunmore"), for the whole a plain stake after it is in."""
    owned = _OWNED_STAKE.match(b.object or "")
    return replace(b, object=owned.group("stake")) if owned else b


# A share with no whole of its own: "share coming from ...", "share who said ..."
_BARE_SHARE = re.compile(r"^share (?!of |in |for )")


def _whole_said_first(out: list[Amount], text: str) -> None:
    """ "Card fraud made up 16% of the cases, with almost 12% coming from loans": a share
    with no whole of its own, after a share of a whole in the same sentence, is of that
    whole ("share of cases coming from loans")."""
    for k, a in enumerate(out):
        if a.unit != "percent" or not _BARE_SHARE.match(a.object or ""):
            continue
        # (only the share just before, in the same sentence: one clear whole)
        b = next((b for b in reversed(out[:k]) if b.unit == "percent"), None)
        start = _text_sentence(text, a.span[0], a.span[1])[0]
        if b is None or b.span[0] < start:
            continue
        whole = _whole_of(b)
        if whole is None or whole[0] != "share of":
            continue
        a.object = f"share of {whole[1]} {str(a.object).removeprefix('share ')}"
        a.extra["_whole"] = whole[1]
        a.parties = a.parties or list(b.parties)


# "... as share of total": a total the sentence itself does not name
_OF_TOTAL = re.compile(r"\bshare of (?:the )?total$")


def _total_named_before(out: list[Amount], text: str) -> None:
    """ "The 9,000 fraud cases reported ... . Card fraud comprised 16% of the total": the
    total is of the things the sentence before counted ("share of fraud cases reported"),
    when it counted just one set of them, with "the"."""
    for a in out:
        total = _OF_TOTAL.search(a.object or "") if a.unit == "percent" else None
        if total is None:
            continue
        start = _text_sentence(text, a.span[0], a.span[1])[0]
        if start < 2:
            continue
        before = _text_sentence(text, start - 2, start - 1)[0]
        counted = [
            b
            for b in out
            if before <= b.span[0] < start
            and b.extra.get("kind") == "count"
            and b.object
            and text[max(0, b.span[0] - 4) : b.span[0]].lower() == "the "
        ]
        if len(counted) != 1:
            continue
        a.object = f"{str(a.object)[: total.start()]}share of {counted[0].object}"
        a.extra["_whole"] = counted[0].object


def _share_for_whom(obj: str | None, span: Any, skip: set[int], text: str) -> str | None:
    """ "tax was a crucial area for 25%", "For 57%, pensions were key issues": the share of
    those asked for whom the clause holds (`obj` as it is otherwise)."""
    tok = span[-1]
    while tok.head.i != tok.i and tok.head.i in range(span.start, span.end):
        tok = tok.head
    if (
        tok.dep_ != "pobj"
        or tok.head.lower_ != "for"
        or span[0].i > 0
        and span.doc[span[0].i - 1].lower_ not in ("for", "of")
    ):
        return obj
    if any(c.dep_ == "prep" for c in tok.children) or tok.head.head.pos_ == "VERB":
        return obj  # ("accounting for 8% of complaints": a share of a base)
    prep = tok.head
    verb = prep.head
    for _ in range(2):  # "a crucial area for", "important for", "For 57%, ... were"
        if verb.lemma_ == "be" or verb.head.i == verb.i:
            break
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    comp = next((c for c in verb.children if c.dep_ in ("attr", "acomp")), None)
    if verb.lemma_ != "be" or subj is None or comp is None:
        return obj
    out = {t.i for t in prep.subtree}
    words = [
        t
        for t in (*subj.subtree, verb, *comp.subtree)
        if t.i not in out and not t.is_punct and t.dep_ != "det"
    ]
    if not 3 <= len(words) <= 9 or any(t.i in skip for t in words):
        return obj
    opening = words[0].i == _sent(words[0]).start and not words[0].ent_type_
    said = _join(sorted(words, key=lambda t: t.i))
    said = said[:1].lower() + said[1:] if opening else said
    return f"{_poll_or(text)}share for whom {said}"


# Who a poll asked: "polled a weighted sample of 1,981 voters", "a poll of 1,313 people",
# "3,028 adults aged 18 or over were interviewed".
_SAMPLE = re.compile(
    r"\b(?:(?:polled|surveyed|questioned|interviewed)\s+(?:a\s+(?:[a-z]+\s+){0,2}sample\s+of\s+)?"
    r"|(?:poll|survey)\s+of\s+)(?:more\s+than\s+|some\s+|about\s+|nearly\s+)?\d[\d,]*\s+"
    r"([a-z][a-z-]*)"
    r"|\b\d[\d,]{2,}\s+([a-z][a-z-]*)\b[^.]{0,40}?\s+(?:were|was)\s+"
    r"(?:polled|surveyed|questioned|interviewed)\b"
)
_SHARE_WHO = re.compile(r"^share (?=who |saying )")


def _poll_base(out: list[Amount], text: str) -> None:
    """ "A majority, 52%, said the chancellor had done a good job", after "YouGov polled a
    weighted sample of 1,981 voters": the share is of the voters polled (the last sample
    the text described before it, else the first after)."""
    samples: list[re.Match[str]] | None = None
    for a in out:
        if a.unit != "percent" or not _SHARE_WHO.match(a.object or ""):
            continue
        if samples is None:
            samples = list(_SAMPLE.finditer(text))
        before = [s for s in samples if s.start() < a.span[0]]
        if not samples:
            return
        sample = before[-1] if before else samples[0]
        noun = sample.group(1) or sample.group(2)
        a.object = f"share of {noun} polled {str(a.object)[len('share ') :]}"


_MARKET_SHARE = re.compile(r"\bshare of (?:the )?market$")
_SHARE_BASE = re.compile(r"\bshare of (?!(?:the )?market$)(?P<base>.+)$")


def _market_said_before(out: list[Amount]) -> None:
    """ "Lukoil's share of market" -> "Lukoil's share of Russia's total oil production" when
    the article, a little before, measured a share of that: "the market" a later firm's
    share is of is the one the story has been sharing out."""
    for k, a in enumerate(out):
        if not a.object or _MARKET_SHARE.search(a.object) is None:
            continue
        found = next(
            (
                (b, m)
                for b in reversed(out[:k])
                if b.object
                and a.span[0] - b.span[0] < 1500
                and (m := _SHARE_BASE.search(b.object)) is not None
                and not m.group("base").startswith(("it", "its ", "their "))
            ),
            None,
        )
        if found is None:
            continue
        b, m = found
        a.object = _MARKET_SHARE.sub(f"share of {m.group('base')}", a.object)
        if not a.parties:
            a.parties = list(b.parties)  # (the market's country, as the share before had it)


# An end of a move: "from just over 5%", "to a record 13.3%".
_MOVE_END = re.compile(r"\b(?:from|to)\s+(?:(?:a|just|over|under|about|around|record)\s+)*$")
# "an increase of customers abandoning calls": a change noun whose complement is a group
# doing something (a noun, an adverb perhaps, a participle).
_CHANGE_OF_DOING = re.compile(r"\b(?:of|in) [a-z]+s (?:[a-z]+ly )?[a-z]+ing\b")


def _share_of_changed(out: list[Amount], doc: Any, text: str) -> None:
    """ "saw a sharp increase of customers simply abandoning calls, from 5% in 2003 to
    13.3%": the two ends of the move are shares of that group doing that ("share of
    customers abandoning calls"), not the change's owner."""
    for k, a in enumerate(out):
        if (
            a.unit != "percent"
            or _MOVE_END.search(text, max(0, a.span[0] - 30), a.span[0]) is None
            or _CHANGE_OF_DOING.search(text, _text_sentence(text, *a.span)[0], a.span[0]) is None
        ):
            continue
        span = doc.char_span(a.span[0], a.span[1], alignment_mode="expand")
        doing = _doing_changed(span[-1]) if span is not None and len(span) else None
        if doing is None:
            continue
        a.object = f"share of {doing}"
        b = out[k + 1] if k + 1 < len(out) else None
        if b is not None and b.unit == "percent" and _TO_END.fullmatch(text, a.span[1], b.span[0]):
            b.object = a.object  # ("from 5% in 2003 to a record 13.3%": the other end)


# Between a move's two ends: " in 2003 to a record ".
_TO_END = re.compile(r"[^.;%]{0,30}?\bto\s+(?:(?:a|just|over|under|about|around|record)\s+)*")


def _doing_changed(pct: Any) -> str | None:
    """ "customers abandoning calls" for the "%" at an end of the move of "an increase of
    customers abandoning calls"; None unless the tree has that shape."""
    prep = pct.head if pct.head.dep_ == "prep" else pct.head.head  # ("to a record 13.3%")
    if prep.lower_ not in ("from", "to") or prep.dep_ != "prep":
        return None
    changed = prep.head
    if changed.lemma_.lower() not in _CHANGE_NOUNS:
        changed = next(
            (
                c
                for c in changed.children
                if c.dep_ in ("dobj", "nsubj") and c.lemma_.lower() in _CHANGE_NOUNS
            ),
            changed,
        )
    of = next((c for c in changed.children if c.dep_ == "prep" and c.lower_ in ("of", "in")), None)
    if of is None or changed.lemma_.lower() not in _CHANGE_NOUNS:
        return None
    for c in of.children:
        # "of customers abandoning calls": the participle, its subject the group (or the
        # group with the participle as its clause)
        verb = c if c.tag_ == "VBG" else next((k for k in c.rights if k.tag_ == "VBG"), None)
        if verb is None or verb.pos_ != "VERB":
            continue
        words = [
            t
            for t in verb.subtree
            if not (t.dep_ == "advmod" and t.i < verb.i) and t.dep_ != "det" and not t.is_punct
        ]
        group = [t for t in words if t.i < verb.i and t.tag_ == "NNS"]
        if c.tag_ == "NNS":
            words = [c, *words]
        elif len(group) != 1:
            return None
        if 2 <= len(words) <= 8:
            return _join(sorted(words, key=lambda t: t.i))
    return None


_OWNED_STAKE = re.compile(r"^(?P<owner>.+?)['’]s? (?P<stake>stake in .+)$")
_DEALT_STAKE = {"sell": "sold", "buy": "bought", "acquire": "acquired"}


def _stake_dealt(out: list[Amount], doc: Any) -> None:
    """ "Globex would fund the deal by selling an 8% stake in Initech": the
    stake the owner sells is not all it holds ("stake in Initech sold by Globex"), as
    "Acme will buy 33% of Initech" is the stake bought."""
    for a in out:
        obj = a.object or ""
        owned = _OWNED_STAKE.match(obj) if a.unit == "percent" and "stake in" in obj else None
        if owned is None or owned.group("owner").lower() in ("its", "their", "his", "her"):
            continue
        span = doc.char_span(a.span[0], a.span[1], alignment_mode="expand")
        noun = span[-1].head if span is not None and len(span) else None
        while noun is not None and noun.dep_ == "compound":
            noun = noun.head
        if noun is None or noun.lemma_.lower() != "stake" or noun.dep_ != "dobj":
            continue
        done = _DEALT_STAKE.get(noun.head.lemma_.lower())
        if done is not None:
            a.object = f"{owned.group('stake')} {done} by {owned.group('owner')}"
