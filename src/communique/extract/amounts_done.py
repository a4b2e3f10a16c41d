"""What was done, where, how and why: the participle phrase that makes a bare object clear
("cars sold by BMW in Asia", "men held in connection with the attack"), what a report
covered, how shares were traded, where a change happened ("at the 128 worst hit schools"),
what a producer produces, growth for whom, the level a price was at or closed at, and the
cause of an effect ("lives saved per year by cutting the limit", "as a result of ...").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.symbols import VERB
from spacy.symbols import prep as _PREP

from communique.extract.amounts_countries import _ents_in
from communique.extract.amounts_harmed import (
    _EVENT_TAGS,
    _event_cased,
    _event_words,
    _harm_event,
)
from communique.extract.amounts_parse import (
    _clause_head,
    _governing_verb,
    _join,
    _list_tail,
    _name,
    _nounish,
    _np,
    _outward,
    _personal,
    _stands_for,
    _subject,
    _uncap_opening,
    _verb_list_run_on,
    _where_clause,
)
from communique.extract.amounts_sentences import _sent
from communique.extract.amounts_words import (
    _HARMED_VERBS,
    _HAVE_VERBS,
    _LEVEL_VERBS,
    _LY_ASIDES,
    _OWNER_ORGS,
    _SAY_VERBS,
    _TIME_NOUNS,
    _VAGUE_CAUSES,
    _Gated,
)
from communique.extract.inflect import participle, verb_lemma
from communique.record import Amount

# Nouns of a named place ("its Cowley factory", "Heathrow and Gatwick airports").
_SITE_NOUNS = frozenset("factory plant airport airports port site mine works".split())


# Nouns of a field of business, named by the noun before them ("the construction sector").
_FIELD_NOUNS = frozenset(("sector", "industry"))

_PLACE_IN = re.compile(r" (?:in|at) [A-Z]")

# A change's own "in" ("rise in Globex's sales"): no place.
_CHANGE_IN = re.compile(r"^(?:rise|fall|growth|increase|drop|decline|jump|gain|cut|change) in ")


def _names_field(prep: Any) -> bool:
    """Whether the phrase of `prep` names a field of business by its kind: "in the
    construction sector", "in the airline industry" (not "in the sector")."""
    return any(
        p.dep_ == "pobj"
        and p.lemma_.lower() in _FIELD_NOUNS
        and any(t.dep_ in ("compound", "amod") and t.pos_ == "NOUN" for t in p.lefts)
        for p in prep.children
    )


def _where_done(obj: str, verb: Any, span: Any, skip: set[int]) -> str:
    """ "cars sold by BMW" -> "cars sold by BMW in Asia", "men arrested" -> "men arrested in
    Wiltshire": the place the clause's verb names, which says which figure this is."""
    if verb is None or verb.pos != VERB:  # (by ids: "pos_" and "dep_" look names up)
        return obj
    if span.end < len(span.doc) and span.doc[span.end].lower_ == "in":
        return obj  # "shed 2.1% to 17.58 euros in Paris": the amount's own place, added later
    preps = [c for c in verb.children if c.dep == _PREP and c.lower_ in ("in", "at", "across")]
    if not preps and verb.tag_ == "VBN":
        # "will be allowed on the 'automatic route' in the construction sector": a field
        # the parse hung on the passive's other phrase
        preps = [
            g
            for c in verb.rights
            if c.dep_ == "prep"
            for p in c.children
            if p.dep_ == "pobj"
            for g in p.rights
            if g.dep_ == "prep" and g.lower_ == "in" and _names_field(g)
        ]
    if not preps:
        return obj  # (most verbs: no place phrase, nothing below to test)
    mine = set(range(span.start, span.end))
    lead = _CHANGE_IN.match(obj)
    if lead is not None and obj.endswith((" index", " average")):
        return obj  # "In Tokyo, the Nikkei fell 2%": an index is of its one market already
    if _PLACE_IN.search(obj, lead.end() - 1 if lead else 0) or any(
        p.text in obj for c in preps for p in c.children if p.dep_ == "pobj"
    ):
        return obj  # "In Europe, Arcelor shed 2.1% in Paris": one place said already
    for c in preps:
        if c.i in skip:
            continue
        pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
        if pobj is None or pobj.i in skip | mine:
            continue
        place = (
            pobj.ent_type_ in ("GPE", "LOC", "FAC")
            or (pobj.lemma_.lower() in _SITE_NOUNS and any(t.pos_ == "PROPN" for t in pobj.lefts))
            or _names_field(c)  # "will be allowed in the construction sector": where it holds
        )
        if not place or pobj.left_edge.i <= span.start <= pobj.right_edge.i:
            continue
        words = [t for t in c.subtree if t.dep_ != "det" or t.i == c.i + 1 and t.lower_ != "the"]
        if any(t.is_punct or t.pos_ == "CCONJ" and t.i > pobj.i for t in words):
            continue
        if len(words) > 5 or any(t.ent_type_ in ("DATE", "TIME") for t in words):
            continue
        words = [t for t in words if t.dep_ != "poss"]  # ("its vast Cowley factory")
        return f"{obj} {c.lower_} {_join(words[1:])}"
    return obj


# Prepositions whose phrase on a count's verb says which figure it is ("convicted of
# fraud", "advised on pay policy", "held in connection with the attack"); not the time
# ("during", "since"), the cause aside ("after", "despite") or a change's size ("by").
_DONE_PREPS = frozenset("of on from with for to into over against in at under".split())


_RATE_TAIL = re.compile(r" per \w+$")


def _breaks(t: Any) -> bool:
    """Punctuation that ends a phrase; not the hyphen inside "anti-bullying"."""
    inside = t.lower_ == "-" and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_
    return bool(t.is_punct) and not inside


# Verbs whose clause says what the counted were told ("800 parents were warned they ...").
# Verbs by which the counted are found doing something, said by a participle ("caught
# selling", "seen carrying", "filmed attacking").
_CAUGHT_VERBS = frozenset("catch see find spot film photograph hear".split())
_TOLD_VERBS = frozenset("warn tell inform advise notify assure promise".split())


# Participles of a suspicion or charge that only people bear ("suspected of fraud").
_SUSPECT_VERBS = frozenset(("suspect", "accuse"))


def _suspected_of(prep: Any, skip: set[int]) -> list[Any]:
    """ "suspected of hunting with dogs": a suspicion participle on the noun of the count
    verb's phrase ("under the new law"), which a law or place cannot bear; [] if none, or
    if it says what a thing is suspected of being ("a house suspected of being a den")."""
    for p in prep.children:
        if p.dep_ != "pobj" or p.ent_type_ == "PERSON":
            continue
        for acl in p.rights:
            if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() not in _SUSPECT_VERBS:
                continue
            words = [t for t in acl.subtree if t.dep_ != "det"]
            if len(words) > 8 or any(
                t.i in skip or t.like_num or _breaks(t) or t.lemma_ in ("be", "have") for t in words
            ):
                return []
            return words
    return []


def _done_how(obj: str, span: Any, skip: set[int], sent: Any = None) -> str:
    """ "men held" -> "men held in connection with the attack", "vintners helped" ->
    "vintners helped to take early retirement", "children dying" -> "children dying
    unnecessarily": what the verb a count ends on says of it, shortly."""
    rate = _RATE_TAIL.search(obj)  # "children dying per day": the rate stays last
    if rate is not None:
        return _done_how(obj[: rate.start()], span, skip, sent) + rate.group()
    if " by " in obj:  # "monitors deployed by anti-hunt groups": the doer stays last
        deed, doer = obj.rsplit(" by ", 1)
        if " " in deed and deed.rsplit(" ", 1)[-1].isalpha():
            how = _done_how(deed, span, skip, sent)
            if how != deed:
                return f"{how} by {doer}"
    last = obj.rsplit(" ", 1)[-1]
    if " " not in obj or not last.isalpha() or not last.islower():
        return obj
    sent = _sent(span[0]) if sent is None else sent  # (the caller's, found once)
    mine = set(range(span.start, span.end))
    verbs = [
        t
        for t in sent
        if t.pos == VERB  # (by its id: "pos_" looks the name up for every token)
        and t.i not in mine
        and (t.lower_ == last or participle(verb_lemma(t)) == last)
    ]
    verb = min(verbs, key=lambda t: abs(t.i - span.start)) if verbs else None
    if verb is None:
        return obj
    also = next(
        (
            c
            for c in verb.rights
            if c.dep_ == "conj"
            and c.pos_ == "VERB"
            and c.i <= verb.i + 3
            and c.i not in skip
            and verb.doc[c.i - 1].lower_ in ("or", "and")
            and not any(k.dep_ in ("nsubj", "nsubjpass", "dobj") for k in c.children)
        ),
        None,
    )
    if also is not None and obj.endswith(f" {last}"):
        # "jobs will be axed or changed", "killed or injured": both deeds, not the first
        obj = f"{obj} {verb.doc[also.i - 1].lower_} {participle(verb_lemma(also))}"
        verb = also  # (what follows, "in the blast", hangs on the last)
    words: list[Any] = []
    # "advise dozens of schools on their policies": the parse may hang the verb's phrase on
    # the counted noun itself, right after it
    noun = span[-1]
    hung = [
        c
        for c in noun.rights
        if c.dep_ == "prep" and c.i == noun.i + 1 and verb.i < noun.i and c.lower_ != "of"
    ]
    harmed = verb.lemma_.lower() in _HARMED_VERBS  # ("died", "arrested", "fled": cheap first)
    named: Any = None  # (the event the phrase kept names)
    for c in [*hung, *verb.rights]:
        if c.i in skip or c.i in mine or c.left_edge.i <= span.start <= c.right_edge.i:
            continue
        event: Any = None
        if harmed and (c.dep_ == "prep" or c.dep_ == "dobj" and verb.lemma_.lower() == "flee"):
            # "died in the Tsunami", "arrested after the match", "fled the fighting": the
            # event they were harmed in, whatever the parse tagged its words
            event = _harm_event(c)
        own, dated = _event_words(event) if event is not None else (set(), set())
        if c.dep_ == "advmod" and c.lower_.endswith("ly"):
            if c.lower_ not in _LY_ASIDES | {"variously"}:
                words.append(c)  # "dying unnecessarily"
            continue
        if c.dep_ == "npadvmod" and any(k.lower_ in ("every", "each", "a", "per") for k in c.lefts):
            continue  # "every day": the rate, kept as "per day"
        if c.dep_ == "prep" and c.lower_ in _DONE_PREPS or event is not None:
            sub = [
                t
                for t in c.subtree
                if (t.dep_ != "det" or t.i == c.i + 1 and t.lower_ != "the")
                and not (t.dep_ == "poss" and t.tag_ == "PRP$")  # "at (its) Cowley factory"
                and t.i not in dated  # ("in the 1989 disaster": the year is the period)
            ]
        elif (
            c.dep_ == "xcomp"
            and verb.dep_ != "acl"  # ("unions representing 4.5m workers to threaten")
            and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.lefts)
        ):
            sub = [  # "helped to take retirement", "expected to make (their) protest"
                t
                for t in c.subtree
                if t.dep_ != "det" and not (t.dep_ == "poss" and t.tag_ == "PRP$")
            ]
        elif (
            c.dep_ == "xcomp"
            and c.tag_ == "VBG"
            and verb.tag_ == "VBN"
            and verb.lemma_.lower() in _CAUGHT_VERBS
        ):
            # "four guards were caught selling keys to inmates": what they were caught doing
            sub = [t for t in c.subtree if t.dep_ != "det" and not t.is_quote]
        elif c.dep_ == "ccomp" and verb.lemma_.lower() in _TOLD_VERBS:
            # "800 parents were warned they would receive a penalty notice (unless ...)"
            cond = {t.i for k in c.children if k.dep_ == "advcl" for t in k.subtree}
            sub = [t for t in c.subtree if t.i not in cond and t.dep_ not in ("det", "mark")]
        else:
            if c.dep_ in ("prep", "dobj", "xcomp", "ccomp", "advcl", "conj", "agent"):
                break  # another phrase first: what follows is not the count's
            continue
        relcl = {t.i for t in c.subtree if t.dep_ in ("relcl", "acl") for t in t.subtree}
        sub = [t for t in sub if t.i not in relcl]
        most = 10
        if _either_deeds(sub):
            # "accused of either awarding themselves extra money or claiming salaries for
            # 'non-existent' workers": two deeds, each what some are accused of, kept both
            sub = [t for t in sub if not t.is_quote]
            most = len(sub)
        cut = next((k for k, t in enumerate(sub) if _breaks(t)), len(sub))
        # ("with suspected fraud, theft from employers and forgery": a list, kept whole)
        tail = _list_tail(sub, cut) if cut < len(sub) and sub[cut].text == "," else []
        if cut >= 3:
            sub = sub[:cut]  # "in connection with suspected offences, police said": the first
        if len(sub) > most or sub and sub[-1].pos_ in ("ADP", "CCONJ", "DET"):
            # a long phrase by its first part
            cc = next((k for k, t in enumerate(sub) if t.dep_ == "cc" and k >= 3), None)
            if cc is not None:
                sub = [t for t in sub[:cc] if t.dep_ != "preconj"]
        if (
            len(sub) < (1 if c.dep_ == "dobj" else 2)
            or len(sub) > most
            or any(
                t.i in skip
                or t.like_num
                or _breaks(t)
                or t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "MONEY", "PERCENT", "CARDINAL")
                and not (t.i in own and t.ent_type_ in _EVENT_TAGS)
                for t in sub
            )
            or sub[-1].pos_ in ("ADP", "CCONJ", "DET")
        ):
            if c in hung:
                continue  # ("vehicles in the US recalled on safety grounds": the verb's next)
            break
        if _join(sub) in obj:
            continue  # "supporters in Tyneside": said already
        if tail and cut >= 3 and not any(t.i in skip for t in tail):
            sub += tail
        elif c.dep_ == "prep" and sub[-1].i == c.right_edge.i:
            # "in connection with public order offences, conspiracy to commit criminal damage
            # and possession of a firearm": the list the parse joined to the verb, whole
            sub += _verb_list_run_on(verb, c, skip)
        # "arrested four men under the law suspected of poaching": the parse hung the
        # suspicion on the law; it is the counted people's
        words += sub + (_suspected_of(c, skip) if relcl else [])
        named = event
        break
    if not words:
        return obj
    said = _join(words) if named is None else _event_cased(_join(words), named)
    if said in obj:
        return obj
    return f"{obj} {said}"


# Nouns for a whole economy, whose growth a bare "growth" is ("is forecast to see growth").
_ECONOMY_NOUNS = frozenset("economy gdp output".split())


def _growth_of(obj: str, verb: Any, skip: set[int]) -> str:
    """ "Japan's economy ... is forecast to see growth of 2.1%": a bare "growth" is its
    clause subject's when that is an economy ("growth of Japan's economy")."""
    if obj.lower() not in ("growth", "contraction", "expansion") or verb is None:
        return obj
    subj = _subject(verb)
    if subj is None or subj.i in skip or subj.lemma_.lower() not in _ECONOMY_NOUNS:
        return obj
    return f"{obj} of {_np(subj, skip)}"  # ("the economy": the article's country's)


# Things a report covers ("the 20 projects covered"), and the nouns for such a report.
_COVERED = _Gated(
    re.compile(r"\b(covered|surveyed|studied|reviewed|examined)\b(?! by)"),
    ("covered", "surveyed", "studied", "reviewed", "examined"),
)
_REPORT_NOUNS = frozenset(
    "report survey study review audit poll research analysis inquiry investigation".split()
)


def _covered_by(obj: str, sent: Any, skip: set[int]) -> str:
    """ "projects covered" -> "projects covered by NAO's annual report" ("The NAO's annual
    report showed the total cost of the 20 projects covered ..."): what a report the
    sentence is about covers, by that report."""
    m = _COVERED.search(obj)
    if m is None:
        return obj
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() not in _REPORT_NOUNS or subj.i in skip:
        return obj
    return f"{obj[: m.end()]} by {_np(subj, skip, with_acl=False)}{obj[m.end() :]}"


# Words after "at"/"in" that are a price, a moment or a state, not a place.
_NO_PLACE = frozenset(
    """trade trading deal dealing close open opening start end high low level record peak
    price rate point mark pence penny cent cents dollar euro yen pound time""".split()
)


# Nouns of growth or change whose "for" names whose it is.
_FOR_WHOM_NOUNS = frozenset(
    "growth expansion rise fall increase decline contraction forecast forecasts".split()
)


def _growth_for(obj: str, tok: Any, skip: set[int]) -> str:
    """ "forecast total growth of 3.6% in 2004 for the 30 member countries of the OECD":
    whose growth, by the "for" of the noun or of the verb it is the object of."""
    if tok.lemma_.lower() not in _FOR_WHOM_NOUNS or " for " in obj:
        return obj
    with_ = tok.head.head if tok.dep_ == "nsubj" and tok.head.dep_ == "pcomp" else None
    if with_ is not None and with_.lower_ == "with" and _nounish(with_.head, ("NOUN", "PROPN")):
        # "the outlook was worst for the eurozone bloc, with growth forecasts slipping to
        # 1.8%": the forecasts of what the "with" hangs on
        owner = with_.head
        if owner.i not in skip:
            # (its name words only: "the 12-member eurozone bloc" -> "eurozone bloc")
            named = [c for c in owner.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            said = _join([*named, owner])
            return f"{obj} for {said}" if said and said not in obj else obj
    hosts = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    for h in hosts:
        for c in h.rights:
            if c.dep_ not in ("prep", "dative") or c.lower_ != "for" or c.i in skip:
                continue
            whom = next((p for p in c.children if p.dep_ == "pobj"), None)
            if (
                whom is None
                or not _nounish(whom)
                or whom.ent_type_ in ("DATE", "TIME")
                or whom.lemma_.lower() in ("year", "quarter", "month", "period", "whole")
            ):
                continue
            said = _name(whom) if whom.pos_ == "PROPN" else _np(whom, skip, with_prep=True)
            if said and said not in obj and len(said.split()) <= 6:
                return f"{obj} for {said}"
    return obj


# Money nouns whose "for" (or "on", "in") names what the money is for or in; the preps
# each may take.
_PURPOSED_MONEY = {
    **dict.fromkeys(
        """payment payments offer bid charge charges fine fines penalty penalties surcharge
        settlement funding grant grants loan loans compensation payout subsidy
        subsidies""".split(),
        ("for",),
    ),
    **dict.fromkeys(("saving", "savings"), ("for", "on")),
    **dict.fromkeys(("investment", "investments"), ("for", "in")),
}
# Objects of "for" that are a span of time, not a purpose ("paid $5m for three years").
_NOT_PURPOSE = _TIME_NOUNS | {"while", "years", "months"}


def _money_for(obj: str, tok: Any, skip: set[int]) -> str:
    """ "offer" -> "offer for Beta" ("Acme made an offer of $3bn for Beta"): what a payment,
    offer, charge or fine is for, said by its own "for" or, when it is the verb's object,
    by the verb's; "on" for a saving, "in" for an investment. As it was when there is
    none, or the object says one already."""
    preps = _PURPOSED_MONEY.get(tok.lower_) if tok is not None else None
    if preps is None or any(f" {p} " in f" {obj} " for p in preps):
        return obj
    hosts = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    for h in hosts:
        for c in h.rights:
            if c.dep_ != "prep" or c.lower_ not in preps or c.i in skip or c.i < tok.i:
                continue
            what = next((p for p in c.children if p.dep_ == "pobj"), None)
            if (
                what is None
                or what.i in skip
                or not _nounish(what)
                or what.ent_type_ in ("DATE", "TIME")
                or what.lemma_.lower() in _NOT_PURPOSE
            ):
                continue
            said = _name(what) if what.pos_ == "PROPN" else _np(what, skip, with_prep=True)
            said = _its_named(said, h if h is not tok else tok.head, skip)
            if said and said not in obj and len(said.split()) <= 6:
                return f"{obj} {c.lower_} {said}"
    return obj


_ITS_WORD = re.compile(r"\b(?:its|their)\b")


def _its_named(said: str, verb: Any, skip: set[int]) -> str:
    """ "its rival" -> "Acme's rival" when Acme is the verb's subject ("Acme made an offer
    for its rival"); "" when no name says whose (an open "its" would mislead)."""
    if _ITS_WORD.search(said) is None:
        return said
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is None or doer.pos_ != "PROPN" or doer.i in skip:
        return ""
    return _ITS_WORD.sub(f"{_name(doer)}'s", said, count=1)


def _where_of(obj: str, span: Any, skip: set[int]) -> str:
    """ "engineering, for instance, where only 10% of employees are women": the place or
    field a "where" clause the amount is in belongs to."""
    head = _clause_head(span[0])
    if not _where_clause(head):
        return obj
    place = head.head
    if place.i in skip or not _nounish(place) or place.ent_type_ in ("DATE", "TIME"):
        return obj
    said = _name(place) if place.pos_ == "PROPN" else _np(place, skip, with_prep=True)
    if not said or said in obj or place.text in obj.split() or len(said.split()) > 6:
        return obj  # (said already: "revenues at its beverage division, where they fell")
    return f"{obj} in {said}"


# Verbs whose subject brings the amount about ("cutting the limit would save 65 lives",
# "the closure would mean the loss of 800 jobs"), with the word that joins the cause.
_EFFECT_VERBS = {
    "save": "by",
    "mean": "from",
    "cause": "from",
    "knock": "from",
    "wipe": "from",
    "lead": "from",
    "result": "from",
    "trigger": "from",
}


_HIGHS = frozenset("high low peak".split())


def _at_level(anchor: Any, skip: set[int]) -> str | None:
    """ "down on the record high of $55.67": "record high", the level the price was at, not
    any price; None when the amount is no such level's."""
    high = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else None
    if (
        high is None
        and anchor.dep_ in ("nmod", "compound", "nummod", "amod")
        and anchor.head.lemma_.lower() in _HIGHS | {"level"}
        and any(c.lower_ == "record" for c in anchor.head.lefts)
    ):
        high = anchor.head  # "close to the $1.3006 record level set on 10 November"
        words = [c for c in high.lefts if c.lower_ == "record"]
        return _join([*words, high])
    if high is None or high.lemma_.lower() not in _HIGHS or high.i in skip:
        return None
    words = [
        t
        for c in high.lefts
        if c.dep_ in ("amod", "compound", "poss", "nummod", "npadvmod")
        for t in c.subtree
    ]
    return _join([*words, high])


def _at_close(anchor: Any) -> str | None:
    """ "before closing at $53.03", "shares closed at 245p": "close", the price's time."""
    verb = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "at" else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in ("close", "finish"):
        return None
    return "close"


def _as_a_result_of(obj: str, span: Any, skip: set[int]) -> str:
    """ "it may lose millions of euros as a result of Air Force One landing at Frankfurt":
    "Lufthansa's loss from Air Force One landing at Frankfurt airport", what causes it."""
    verb = _governing_verb(span[-1])
    outs = _outward(span)
    if verb is None or " from " in obj or not outs:
        return obj
    held = outs[0].head if outs[0].dep_ in ("nmod", "compound", "nummod", "quantmod") else outs[0]
    if held.head.i != verb.i or held.dep_ not in ("dobj", "npadvmod", "nsubj", "nsubjpass"):
        return obj  # ("had gone from $17.8bn to nothing as a result of": not what it caused)
    for c in verb.rights:
        if c.dep_ != "prep" or c.i < span.end or c.lower_ not in ("as", "because"):
            continue
        result = next((k for k in c.children if k.lower_ in ("result", "of")), None)
        of = (
            next((k for k in result.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
            if result is not None and result.lower_ == "result"
            else result
        )
        cause = next((k for k in of.children if k.dep_ in ("pobj", "pcomp")), None) if of else None
        if cause is None:
            return obj
        words = [t for t in cause.subtree if t.dep_ != "det"]
        if not 0 < len(words) <= 8 or any(t.i in skip or t.is_punct for t in words):
            return obj
        return f"{obj} from {_join(words)}"
    return obj


def _raised_cause(verb: Any) -> Any:
    """ "Reducing the limit can be expected to save 65 lives": the effect verb is the
    complement of a verb that only frames it ("expected to", "set to"); a deed that is the
    framing verb's subject is the cause. None when there is none."""
    return next((c for c in verb.head.lefts if c.dep_ in ("csubj", "csubjpass")), None)


def _caused_by(obj: str, span: Any, skip: set[int]) -> str:
    """ "lives saved per year" -> "... by cutting limit": the cause the effect verb's subject
    names; `obj` unchanged when the subject is an actor, a pronoun or already said."""
    verb = _governing_verb(span[-1])
    if verb is None or verb.lemma_.lower() not in _EFFECT_VERBS:
        return obj
    lemma = verb.lemma_.lower()
    if lemma in ("lead", "result") and (
        any(c.dep_ == "dobj" for c in verb.children)
        or not any(
            t.dep_ == "prep" and t.head.i == verb.i and t.lower_ in ("to", "in")
            for t in span[-1].ancestors
        )
    ):
        return obj  # "Labour lead the Conservatives by 39% to 34%": no effect
    cause = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    if cause is None and verb.dep_ == "xcomp":
        cause = _raised_cause(verb)
    stood = _stands_for(cause) if cause is not None and cause.i not in skip else None
    if stood is not None and cause is not None:
        # "This could save 300 lives", "the move would mean 800 job losses": what the
        # sentence before did
        joined = f" {_EFFECT_VERBS[lemma]} "
        bare = f"{joined}{cause.lower_}"
        if f"{bare} " in f"{obj} ":
            return f"{obj} ".replace(f"{bare} ", f"{joined}{stood} ", 1).rstrip()  # "by ban"
        return obj if stood in obj else f"{obj}{joined}{stood}"
    doing = (
        next(
            (c for c in cause.rights if c.dep_ == "acl" and c.tag_ == "VBG" and c.i == cause.i + 1),
            None,
        )
        if cause is not None
        else None
    )
    if doing is not None:
        # "research claims cutting the limit would save": the parse made "claims" the
        # subject; the gerund hung on it is the cause
        done = [t for c in doing.rights if c.dep_ == "dobj" for t in c.subtree]
        words = [t for t in (doing, *done) if t.i not in skip and t.dep_ != "det"]
        return f"{obj} {_EFFECT_VERBS[lemma]} {_join(words)}" if len(words) <= 6 else obj
    if (
        cause is None
        or cause.i in skip
        or cause.dep_ == "nsubj"
        and (
            cause.pos_ != "NOUN"
            or cause.ent_type_  # "Italy would lose ...": a country, firm or person acts
            or _personal(cause)
            or cause.lemma_.lower() in _OWNER_ORGS
        )
        or cause.dep_ in ("csubj", "csubjpass")
        and cause.tag_ != "VBG"
    ):
        return obj
    if cause.dep_ in ("csubj", "csubjpass"):
        # "Reducing the limit from 80mg to 50mg can be expected to save": the deed whole
        deed = [t for t in cause.subtree if t.dep_ != "det"]
        if len(deed) > 10 or any(t.i in skip or t.is_punct for t in deed):
            return obj
        said = _join(deed)
        if deed[0].i == cause.i:  # (a verb, never a name: "Reducing" opening a quote)
            said = cause.lower_ + said[len(cause.text) :]
        return f"{obj} {_EFFECT_VERBS[lemma]} {said}"
    what = re.sub(r"^(?:and|but|or) ", "", _np(cause, skip, with_prep=True))
    what = _uncap_opening(what, cause.left_edge)  # "High oil prices have knocked"
    if not what or cause.lower_ in obj.lower().split() or what in _VAGUE_CAUSES:
        return obj  # ("the move would save £6m": which move, another sentence says)
    return f"{obj} {_EFFECT_VERBS[lemma]} {what}"


def _where_it_moved(span: Any, obj: str, skip: set[int]) -> str:
    """ "Truancy has been reduced by 5% at the 128 worst hit schools", "Sales fell 3% in
    Brazil": where the change happened, said on its verb (" at 128 worst hit schools"); ""
    when it says no place or the object has it already."""
    verb = _governing_verb(span[-1])
    if verb is None:
        return ""
    for c in verb.rights:
        if c.dep_ != "prep" or c.lower_ not in ("in", "at", "across") or c.i < span.start:
            continue
        where = next((p for p in c.children if p.dep_ == "pobj"), None)
        if (
            where is None
            or where.i in skip
            or where.ent_type_ in ("DATE", "TIME")
            or where.lemma_.lower() in _TIME_NOUNS | _NO_PLACE
            or where.tag_ == "$"
        ):
            continue
        if where.ent_type_ in ("GPE", "LOC") or c.lower_ == "at" and _nounish(where, ("NOUN",)):
            said = f" {c.lower_} {_np(where, skip)}"
            return "" if said.strip() in obj else said
    place = verb.head if verb.dep_ == "relcl" else None
    if (
        place is not None
        and any(c.lower_ == "where" for c in verb.lefts)
        and _nounish(place, ("NOUN",))
        and place.i not in skip
    ):
        # "sales at its beverage division, where revenues dipped by almost 4%": there
        said = f" at {_np(place, skip)}"
        return "" if said.strip()[3:] in obj else said
    return ""


def _produce_of(sent: Any, skip: set[int]) -> str | None:
    """ "Denmark is Europe's second largest producer of feta - producing 30,000 tonnes a year":
    what the sentence says is produced ("feta"); None when it names nothing."""
    for t in sent:
        if t.lemma_.lower() in ("producer", "production", "exporter", "maker", "grower"):
            for c in t.rights:
                if c.dep_ == "prep" and c.lower_ == "of":
                    what = next((p for p in c.children if p.dep_ == "pobj"), None)
                    if what is not None and _nounish(what, ("NOUN",)) and what.i not in skip:
                        return _np(what, skip)
    return None


# Verbs whose object is a thing made, grown or traded ("Farmers grow coffee").
_MAKE_VERBS = frozenset("make produce manufacture grow export import sell consume eat".split())

# How an article names a thing as one made: "feta producer", "producer of feta".
_MADE_AS = ("produc", "export", "maker", "grower", "manufactur")


# The nouns of verbs of making or trading, as an object begins with one.
_MADE_NOUNS = frozenset("production exports imports consumption".split())


def _bare_production(obj: str) -> bool:
    """An object that is production (or trade) with no product of its own: "production",
    "production per year", "exports for Asia" (not "production of cork")."""
    noun, _, rest = obj.partition(" ")
    return noun in _MADE_NOUNS and not rest.startswith("of ")


def _product_before(sent: Any) -> str | None:
    """ "Feta is a soft cheese. Greece makes 115,000 tonnes": a production figure with no
    product of its own is of the product the sentence just before names, the one object of
    its verb of making or trading ("The region grows coffee"), else the noun subject of its
    "is" that the text names elsewhere as a thing made ("producer of feta"); None when
    there is none, or two."""
    doc = sent.doc
    if sent.start == 0:
        return None
    prev = _sent(doc[sent.start - 1])
    made: dict[str, Any] = {}
    for t in prev:
        if t.pos_ == "VERB" and t.lemma_.lower() in _MAKE_VERBS:
            for c in t.rights:
                if c.dep_ == "dobj":  # (and the ones joined to it: "cheese and butter")
                    made.update((x.lemma_.lower(), x) for x in (c, *c.conjuncts))
    if any(x.pos_ != "NOUN" or any(k.like_num for k in x.lefts) for x in made.values()):
        return None  # (a pronoun, a name, a figure: "makes 5,000 cars")
    if not made:
        root = prev.root
        subj = next((c for c in root.lefts if c.dep_ == "nsubj"), None)
        if root.lemma_ != "be" or subj is None or subj.pos_ not in ("NOUN", "PROPN"):
            return None
        w = subj.lower_
        low = _low_text(doc)
        if not any(f"{w} {m}" in low or f"{m}er of {w}" in low for m in _MADE_AS):
            return None  # (not named as a thing made: "The plant is in Oxford")
        made = {w: subj}
    if len(made) != 1:
        return None
    (what,) = made.values()
    first = what.i  # (with the words set before it that name its kind: "olive oil")
    while first > prev.start and _names_kind(doc[first - 1], what):
        first -= 1
    told = doc[first : what.i + 1].text
    if doc[first].is_sent_start and f" {doc[first].lower_} " in _low_text(doc):
        told = told[:1].lower() + told[1:]  # (a noun that only opens its sentence: "Feta is")
    return str(told)


def _names_kind(t: Any, noun: Any) -> bool:
    """Whether `t`, set before `noun`, names its kind: a noun ("coffee beans"), or an
    adjective the text sets before it again ("olive oil")."""
    if t.head.i != noun.i or t.dep_ not in ("compound", "amod"):
        return False
    return t.dep_ == "compound" or _low_text(t.doc).count(f"{t.lower_} {noun.lower_}") > 1


@lru_cache(maxsize=2)
def _low_text(doc: Any) -> str:
    """The doc's text, lower-cased, built once ("Doc.text" joins every token)."""
    return str(doc.text.lower())


def _passive_subject_for(verb: Any, obj: str, skip: set[int]) -> str:
    """ "Efforts to promote French wine are to be boosted by 3.5m euros in funding": the rise
    in funding is for the passive subject (" for Efforts to promote French wine abroad"); ""
    when the verb is no passive or the object names its subject already."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return ""
    subj = _subject(verb)  # (through "are to be boosted": the raised subject)
    if subj is None or subj.i in skip or not _nounish(subj, ("NOUN",)):
        return ""
    if subj.text.lower() in obj.lower():
        return ""
    words = [t for t in subj.subtree if t.dep_ != "det"]
    if len(words) > 7 or any(t.i in skip or t.is_punct for t in words):
        return ""
    return f" for {_join(words)}"


def _own_passive(obj: str, verb: Any, before: Amount, skip: set[int]) -> str:
    """ "unpaid bills" -> "unpaid bills written off as lost" ("chasing unpaid bills of $200m,
    while a further $90m has been written off as lost"): a sum that takes the thing of the
    amount `before` it, as the subject of a passive `verb` of its own, is that thing as the
    passive says it is ("written off", "designated as unrecoverable"); `obj` when the
    passive is the other amount's too, says where the sum went ("handed to schools"), or
    says more than a few words."""
    if not any(c.dep_ == "auxpass" for c in verb.lefts):
        return obj
    doc = verb.doc
    if verb.left_edge.idx <= before.span[0] <= doc[verb.right_edge.i].idx:
        return obj  # ("$200m and a further $90m were written off": both, the base says)
    words = []
    for t in doc[verb.i : verb.right_edge.i + 1]:
        if t.lower_ in (",", ";", ":", "-", "(") or t.dep_ in ("cc", "conj"):
            break  # (to the end of the clause's own words)
        if t.i in skip or t.like_num or t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT"):
            return obj
        if t.dep_ in ("prep", "agent", "dative") and t.lower_ != "as":
            return obj  # ("was handed to schools": where it went, not what the sum is)
        if not t.is_punct:
            words.append(t)
    if not 1 < len(words) <= 5 or any(t.pos_ in ("PRON", "PROPN") for t in words):
        return obj  # ("has been paid": a verb alone says no kind; a name is no kind either)
    said = _join(words)
    if said.lower() in obj.lower():
        return obj
    return f"{obj} {said}"


# Verbs that say nothing of what is done to the noun ("had sales of", "made a profit of").
# Nor do verbs that move or keep a level ("reduced the debt to 1.8bn euros": Pernod's debt)
# or only show it ("figures indicated growth of 0.1%").
_EMPTY_VERBS = (
    _HAVE_VERBS
    | _SAY_VERBS
    | _LEVEL_VERBS
    | frozenset(
        """be make get take need give post keep hold leave indicate suggest reiterate put
        see""".split()
    )
)


# Verbs of asking for or paying money, whose doer a named sum needs ("demanding a pay rise").
_ASK_VERBS = frozenset("demand seek request pay offer".split())


def _bare_done(obj: str, tok: Any, span: Any, skip: set[int]) -> str:
    """ "compensation" -> "compensation set by new EU rules", "fines" -> "fines levied on
    employers": a bare noun with what its clause does to it, shortly; `obj` as it was when
    the clause says nothing more."""
    verb = tok.head
    bare = tok.lower_ == obj.lower() or (  # (or with its own words: "a pay rise demanded")
        obj.lower().endswith(f" {tok.lower_}")
        and len(obj.split()) <= 3
        and "'" not in obj
        and verb.lemma_.lower() in _ASK_VERBS
        and tok.dep_ == "dobj"
        # (not a passive's: "the unit was sold to pay off a back tax bill" is not the unit's)
        and not any(
            c.dep_ == "nsubjpass" for up in (verb.head, verb.head.head) for c in up.children
        )
    )
    if (
        not bare
        or tok.pos_ != "NOUN"
        or verb.pos_ != "VERB"
        or verb.lemma_.lower() in _EMPTY_VERBS
        # (the amount in the same clause: not "hamper growth, which it forecast to be 5.5%")
        or _clause_head(span[0]).i != verb.i
    ):
        return obj
    done = participle(verb_lemma(verb))
    prt = "".join(f" {c.lower_}" for c in verb.children if c.dep_ == "prt")
    if tok.dep_ == "dobj":
        doer = _subject(verb)
        if (
            doer is None
            or doer.i in skip
            or doer.pos_ not in ("NOUN", "PROPN")
            or not doer.left_edge.i <= doer.i <= doer.right_edge.i < verb.i
        ):
            return obj
        who = _uncap_opening(_np(doer, skip), doer.left_edge)  # "New EU rules set ..."
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.lefts):
            done = f"to be {done}"  # "to ask the buyer to pay back a $900m loan": not done yet
        return f"{obj} {done}{prt} by {who}" if len(who.split()) <= 6 else obj
    if tok.dep_ == "nsubjpass":
        to = next((c for c in verb.rights if c.dep_ == "prep" and c.i not in skip), None)
        whom = next((p for p in to.children if p.dep_ == "pobj"), None) if to else None
        if to is None or whom is None or whom.i in skip or not _nounish(whom, ("NOUN", "PROPN")):
            return obj
        words = [to, *(k for k in whom.lefts if k.dep_ in ("compound", "amod")), whom]
        return f"{obj} {done}{prt} {_join(words)}"  # "fines levied on employers"
    return obj


def _how_traded(verb: Any, skip: set[int]) -> str:
    """ " bought back by Nestle", " offered to investors": the trade verb's participle with
    to whom or by whom, as words to put after what is traded."""
    done = participle(verb_lemma(verb))
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    prt = "".join(f" {c.lower_}" for c in verb.rights if c.dep_ == "prt")
    if not prt and after is not None and after.lower_ == "back":
        prt = " back"  # "buy back shares", "back" taken for the shares' modifier
    near = {verb.i, *(c.i for c in verb.children)}
    to = next(
        (
            p
            for c in verb.subtree
            if c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.head.i in near
            for p in c.children
            if p.dep_ == "pobj" and p.i not in skip and _nounish(p, ("NOUN", "PROPN"))
        ),
        None,
    )
    if to is not None:
        return f" {done}{prt} to {_np(to, skip)}"
    doer = _subject(verb)
    if doer is not None and doer.pos_ == "PROPN" and doer.i not in skip:
        return f" {done}{prt} by {_name(doer)}"
    return f" {done}{prt}"


# Words after a fronted "for" that set no scope ("For example, ...", "For now, ...").
_NO_SCOPE = frozenset(
    """example instance now once part years decades months weeks days year month week
    quarter period time first second moment while whole rest full""".split()
)


def _fronted_scope(obj: str, span: Any, verb: Any, sent: Any, skip: set[int]) -> str:
    """ "For 43 developing countries, more than 20% of export incomes ..." -> "... for 43
    developing countries"; "Outside the field of ID theft, 53% of complaints ..." -> "...
    outside field of ID theft"; "Adjusted for seasonal changes, the rate is 11.7%" -> "...
    (seasonally adjusted)": a phrase opening the sentence that bounds what the amount counts."""
    if not len(sent) or verb is None:
        return obj
    first = sent[0]
    low = first.lower_
    if low not in ("for", "outside", "among", "adjusted"):
        return obj  # (most sentences: no walk over their words)
    comma = next((t for t in sent if t.text == ","), None)
    if comma is None or comma.i - first.i > 9 or first.head.i != verb.i or span.start < comma.i:
        return obj  # (only a short phrase set off before the amount's own clause)
    if first.tag_ == "VBN" and low == "adjusted" and "seasonal" in sent[: comma.i - first.i].text:
        return obj if "adjusted" in obj else f"seasonally adjusted {obj}"
    if first.dep_ != "prep" or low not in ("for", "outside", "among"):
        return obj  # (an "excluding" phrase is read with the object's words)
    noun = next((c for c in first.children if c.dep_ == "pobj"), None)
    if (
        noun is None
        or noun.lemma_.lower() in _NO_SCOPE
        or noun.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT")
        or noun.pos_ not in ("NOUN", "PROPN")
        or noun.tag_ == "PRP"
        or low == "among"
        and obj.startswith("share of")  # ("compared with 39% of people under 55": its own)
    ):
        return obj
    words = [t for t in sent[: comma.i - first.i] if t.dep_ != "det"]
    if any(t.i in skip and not t.like_num or t.ent_type_ in ("DATE", "TIME") for t in words):
        return obj  # (another amount's words, or a time: the period's)
    said = _join(words)
    said = said[:1].lower() + said[1:]
    # ("Among the over-65s, 70% of over-65s": said already)
    return obj if said.split(" ", 1)[-1].lower() in obj.lower() else f"{obj} {said}"


def _for_others(obj: str, sent: Any, earlier: Any, skip: set[int]) -> str:
    """ "The average woman working full-time is paid 80p for every pound a man earns. For
    women working part-time it is 60p.": an object taken from the amount before, in a
    sentence opened by "for" and a noun, is of that noun instead of the earlier sentence's
    subject ("payment to women working part-time for every pound ..."); `obj` unchanged
    when the earlier object does not hold that subject's words."""
    first = next((t for t in sent if not t.is_punct), None)
    if first is None or first.lower_ != "for" or first.dep_ != "prep" or not len(earlier):
        return obj
    noun = next((c for c in first.children if c.dep_ == "pobj"), None)
    if (
        noun is None
        or noun.pos_ not in ("NOUN", "PROPN")
        or noun.lemma_.lower() in _NO_SCOPE
        or noun.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT")
    ):
        return obj
    root = _sent(earlier[0]).root
    held = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if held is None or held.pos_ not in ("NOUN", "PROPN"):
        return obj
    was = _join([t for t in held.subtree if t.dep_ != "det"])
    now = [t for t in noun.subtree if t.dep_ != "det"]
    if len(was.split()) < 2 or f"{was} " not in f"{obj} " or any(t.i in skip for t in now):
        return obj
    return f"{obj} ".replace(f"{was} ", f"{_join(now)} ", 1).rstrip()


# Words that give what a thing done followed from ("delayed following the visit").
_CAUSE_WORDS = frozenset("following after amid because due".split())


def _following_cause(obj: str, span: Any, skip: set[int]) -> str:
    """ "40 flights were delayed by an hour following the president's arrival": a count
    done to things, with the cause the clause gives (`obj` as it is otherwise)."""
    verb = _governing_verb(span[-1])
    if verb is None or verb.tag_ != "VBN" or not obj.endswith(f" {verb.text}"):
        return obj
    for t in verb.subtree:
        if t.i <= verb.i or t.is_punct:
            if t.is_punct and t.i > verb.i:
                break
            continue
        if t.lower_ not in _CAUSE_WORDS or t.dep_ not in ("prep", "advmod", "amod"):
            continue
        start = t.i + 1 if t.lower_ in ("because", "due") else t.i
        end = t.right_edge.i + 1
        if t.lower_ in ("because", "due"):
            tail = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
            if tail is None or tail.lower_ not in ("of", "to"):
                return obj
            end = max(end, tail.right_edge.i + 1)
            start = t.i
        words = [k for k in t.doc[start:end] if k.dep_ != "det" and not k.is_punct]
        if not 2 <= len(words) <= 7 or any(k.i in skip for k in words):
            return obj
        if not any(k.pos_ in ("NOUN", "PROPN") for k in words):
            return obj
        return f"{obj} {_join(words)}"
    return obj


_BARE_COSTS = re.compile(r"^((?:rise|fall|increase|cut) in )?(costs?|spending|overspend)$")


def _report_on(obj: str, sent: Any, skip: set[int]) -> str:
    """ "A report on the 20 biggest projects says costs have risen by £1.7bn": bare costs a
    report on things tells of are those things' costs (`obj` as it is otherwise)."""
    m = _BARE_COSTS.match(obj)
    if m is None:
        return obj
    root = sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _REPORT_NOUNS:
        return obj
    on = next((c for c in subj.rights if c.dep_ == "prep" and c.lower_ in ("on", "into")), None)
    what = next((p for p in on.children if p.dep_ == "pobj"), None) if on is not None else None
    if what is None or what.i in skip or not _nounish(what, ("NOUN", "PROPN")):
        return obj
    return f"{m.group(1) or ''}{m.group(2)} of {_np(what, skip)}"


# Pronouns a defining clause's subject may be, resolved to the sentence's subject name.
_CLAUSE_PRONOUNS = frozenset("it they".split())


def _defining_clause(obj: str, tok: Any, skip: set[int]) -> str:
    """ "debt" -> "debt Pernod took on to fund the Seagram purchase" ("Pernod has reduced the
    debt it took on to fund the Seagram purchase to 1.8bn euros"): the short relative clause
    that says which of the noun's things the amount is, its "it" named."""
    if tok is None or not tok.n_rights or tok.pos_ != "NOUN":
        return obj
    if not obj.lower().endswith(tok.lower_):
        return obj
    clause = next((c for c in tok.rights if c.dep_ == "relcl"), None)
    if clause is None:
        return obj
    words = list(clause.subtree)
    held = next((t for t in words if t.i in skip), None)
    if held is not None:
        # "the debt it took on to fund the purchase to just 1.8bn euros": the clause up to
        # the amount's own "to"/"by"
        prep = next((a for a in held.ancestors if a.dep_ == "prep"), None)
        if prep is None or prep.i < clause.i or prep.right_edge.i != words[-1].i:
            return obj
        words = [t for t in words if t.i < prep.left_edge.i]
    after = tok.doc[words[-1].i + 1] if words and words[-1].i + 1 < len(tok.doc) else None
    if (
        not words
        or words[0].i != tok.i + 1
        or len(words) > 10
        # ("legal action that could bring in as much as 3bn euros": the clause runs on)
        or after is not None
        and (after.i in skip or after.lower_ == "as")
        or any(t.i in skip or t.is_punct or t.like_num for t in words)
    ):
        return obj
    said = ""
    named = ""  # the name an "it" stands for
    for k, t in enumerate(words):
        word = t.text
        if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in _CLAUSE_PRONOUNS and t.head == clause:
            owner = _subject(_clause_head(tok))
            if owner is None or owner.pos_ != "PROPN" or owner.i in skip:
                return obj  # (an "it" with no name to stand for: no clearer)
            word = named = _name(owner)
        elif t.tag_ in ("PRP", "PRP$") or t.lower_ == "who":
            return obj  # ("he", "them", "its": whom the clause means is not said here)
        adjacent = k + 1 < len(words) and words[k + 1].i == t.i + 1
        said += word + (t.whitespace_ if adjacent else " ")
    for owned in (f"{named}'s ", f"{named}’s ") if named else ():
        if obj.startswith(owned):
            obj = obj[len(owned) :]  # ("Globex's debt Globex took on": the owner once)
    return f"{obj} {said.strip()}"


_PLACE_TYPES = frozenset({"GPE", "LOC"})


def _there_named(obj: str, tok: Any, skip: set[int]) -> str:
    """ "fall in sales" -> "fall in sales in China" ("China remains a concern after sales
    there fell 16%"): the place a noun's "there" stands for, the last one the sentence
    named before it."""
    if tok is None or not tok.n_rights or tok.i + 1 >= len(tok.doc):
        return obj
    there = tok.doc[tok.i + 1]
    if there.lower_ != "there" or there.dep_ != "advmod" or there.head.i != tok.i:
        return obj
    sent = _sent(tok)
    place = next(
        (
            e
            for e in reversed(_ents_in(sent))
            if e.label_ in _PLACE_TYPES and e.end <= tok.i and not skip & set(range(e.start, e.end))
        ),
        None,
    )
    if place is None or place.text in obj:
        return obj
    words = [t for t in place if not (t.i == place.start and t.lower_ == "the")]
    return f"{obj} in {'the ' if place[0].lower_ == 'the' else ''}{_join(words)}"


_CREATE_VERBS = frozenset("create form".split())


def _creator_words(subj: Any, skip: set[int]) -> list[Any]:
    """The words of what creates ("a tie-up between Barclays and Wells Fargo", "Combining
    SMFG, Japan's third-biggest lender, and Daiwa"), without its asides."""
    aside: set[int] = set()
    for t in subj.subtree:
        if t.dep_ == "appos":
            aside |= {k.i for k in t.subtree}
            # ("SMFG, Japan's lender, and Daiwa, a brokerage": the second name, parsed
            # inside the first's aside, is kept with its "and")
            for k in t.rights:
                if k.dep_ == "conj" and k.pos_ == "PROPN":
                    aside -= {n.i for n in k.lefts if n.dep_ == "compound"} | {k.i}
                if k.dep_ == "cc":
                    aside.discard(k.i)
    words = [t for t in subj.subtree if t.i not in aside and not (t.is_punct and t.text != "-")]
    while words and words[0].dep_ == "det" and words[0].lower_ != "the":
        words = words[1:]  # ("a tie-up": "that a tie-up would create" says no more)
    return words


def _created_by(obj: str, span: Any, skip: set[int]) -> str:
    """ "assets of world's biggest bank" -> "... bank that a tie-up between Barclays and Wells
    Fargo would create": a thing a deal "would create" is not there yet, and is named by what
    would create it."""
    verb = next((a for a in span[0].ancestors if a.lemma_.lower() in _CREATE_VERBS), None)
    made = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb else None
    if verb is None or made is None or made.pos_ != "NOUN" or " create" in obj:
        return obj
    path = []
    for a in span[0].ancestors:
        if a.i in (made.i, verb.i):
            break
        path.append(a)
    if not any(a.pos_ in ("ADP", "VERB") for a in path):
        return obj  # ("would create 500 jobs": the made things themselves, counted)
    if made.lower_ not in obj.lower():
        with_ = next((a for a in span[0].ancestors if a.lower_ == "with"), None)
        if with_ is None or with_.head.i not in (made.i, verb.i) or " " in obj.strip():
            return obj
        # "would create a lender with assets of $500bn": the assets are the lender's
        obj = f"{obj} of {_np(made, skip)}"
    subj = next((c for c in verb.lefts if c.dep_ in ("nsubj", "csubj")), None)
    if subj is None or subj.pos_ == "PRON" or subj.i in skip:
        return obj
    words = _creator_words(subj, skip)
    if not words or len(words) > 12 or any(t.i in skip for t in words):
        return obj
    aux = [c for c in verb.lefts if c.dep_ in ("aux", "neg")]
    said = (
        words[0].lower_ + _join(words)[len(words[0].text) :]
        if words[0].tag_ in ("DT", "VBG") or words[0].lower_.endswith("ing")
        else _join(words)
    )
    return f"{obj} that {said} {_join([*aux, verb])}"


def _saved_for(obj: str, span: Any, skip: set[int]) -> str:
    """ "savings in repayments" -> "savings for most affected countries in repayments" ("the
    plan would save the most affected countries $3bn in repayments"): whom a saving is
    for, the verb's other object."""
    if not obj.startswith(("savings", "annual savings")) or " for " in obj:
        return obj
    verb = _clause_head(span[0])
    if verb.lemma_.lower() != "save":
        return obj
    whom = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("dative", "dobj")
            and c.i < span.start
            and c.i not in skip
            and c.pos_ in ("NOUN", "PROPN")
        ),
        None,
    )
    if whom is None:
        return obj
    said = _np(whom, skip, with_acl=False)
    head, _, rest = obj.partition(" savings")
    lead = f"{head} savings" if rest or obj.startswith("annual") else "savings"
    tail = obj[len(lead) :]
    return f"{lead} for {said}{tail}"


# Verbs of handing money over, and verbs that make someone do so ("sued X to return £5m"),
# or want them to ("wanted X to surrender £5m", said actively: "wanted" has no passive).
_HAND_OVER_VERBS = frozenset("return repay pay refund hand surrender forfeit".split())
_MAKE_DO_VERBS = frozenset("sue order ask force tell urge require compel direct".split())
_WANT_VERBS = frozenset("want".split())


def _who_made(maker: Any, skip: set[int]) -> str | None:
    """The words for who sued or ordered: a name set beside a title ("the company's
    administrator, Dana Ferro") by its name; None for a pronoun or an amount's words."""
    if maker.i in skip or maker.pos_ not in ("NOUN", "PROPN"):
        return None
    named = next((c for c in maker.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if maker.pos_ == "PROPN" or named is not None:
        return _own_name(named if named is not None else maker)
    # ("Prosecutors wanted ...": a common noun keeps no sentence-opening capital)
    return _uncap_opening(_definite(maker, skip), maker.left_edge)


def _own_name(tok: Any) -> str:
    """A name's own words, not a title before it ("turnaround expert Dana Ferro")."""
    first = tok.i
    while (
        first > 0 and tok.doc[first - 1].pos_ == "PROPN" and tok.doc[first - 1].head.i > first - 1
    ):
        first -= 1
    return _join(list(tok.doc[first : tok.i + 1]))


def _definite(tok: Any, skip: set[int]) -> str:
    """A common noun's phrase with its "the" ("the bank"), a name as it is."""
    if tok.pos_ == "PROPN":
        return _own_name(tok)
    words = _np(tok, skip)
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts)
    return f"the {words}" if the and not words.lower().startswith("the ") else words


def _made_to_pay(pay: Any) -> tuple[Any, Any, bool] | None:
    """(the verb that makes or wants someone hand money over, the one who is to, whether
    the first is passive) for the infinitive `pay`: its controlling object ("ordered the
    bank to repay"), or the subject the parse gave the infinitive itself ("wanted the firms
    to surrender", read as a clause of its own); None for any other shape."""
    maker = pay.head
    if maker.pos_ != "VERB" or maker.i > pay.i:
        return None
    lemma = verb_lemma(maker)
    if pay.dep_ == "xcomp" and lemma in _MAKE_DO_VERBS:
        passive = any(c.dep_ == "auxpass" for c in maker.lefts)
        payer = next(
            (
                c
                for c in maker.children
                if (
                    c.dep_ == "nsubjpass"
                    if passive
                    else c.dep_ in ("dobj", "nsubj") and c.i > maker.i
                )
            ),
            None,
        )
        return (maker, payer, passive) if payer is not None and payer.i < pay.i else None
    if pay.dep_ == "ccomp" and lemma in _MAKE_DO_VERBS | _WANT_VERBS:
        # ("wanted the firms to surrender": the firms parsed as the infinitive's subject)
        payer = next((c for c in pay.lefts if c.dep_ == "nsubj" and c.i > maker.i), None)
        if payer is not None and any(c.lower_ == "to" and c.dep_ == "aux" for c in pay.lefts):
            return maker, payer, False
    return None


def _in_what(last: Any, pay: Any, skip: set[int]) -> str | None:
    """ "profits" for "surrender $280bn in profits": what the sum is in, said right after
    the amount (hung on the amount or on the verb); None when nothing is."""
    after = [c for c in (*last.rights, *pay.rights) if c.i == last.i + 1]
    prep = next((c for c in after if c.dep_ == "prep" and c.lower_ == "in"), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if noun is None or noun.i in skip or not _nounish(noun, ("NOUN",)):
        return None
    return _np(noun, skip)


def _postmodified(last: Any, pay: Any) -> bool:
    """Whether the noun the sum is in ("in profits accumulated over ...") has words after
    it, so a clause after it needs its "that" to read as one."""
    after = [c for c in (*last.rights, *pay.rights) if c.i == last.i + 1]
    prep = next((c for c in after if c.dep_ == "prep" and c.lower_ == "in"), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    return noun is not None and any(True for _ in noun.rights)


def _sum_made_to_pay(span: Any, obj: str | None, skip: set[int]) -> str | None:
    """ "Ferro sued Corvin Bank to return 90m euros" -> "sum Corvin Bank was sued to
    return by Dana Ferro": money a verb of suing or ordering makes someone hand over is
    what they are made to pay, not the suer's; "Prosecutors wanted the firms to surrender
    $5bn in profits" -> "profits Prosecutors wanted the firms to surrender" (the firms',
    not the prosecutors'); None for any other money."""
    last = span[-1]
    pay = last.head
    if last.dep_ not in ("dobj", "npadvmod") or pay.dep_ not in ("xcomp", "ccomp"):
        return None
    if verb_lemma(pay) not in _HAND_OVER_VERBS:
        return None
    if last.dep_ == "npadvmod" and any(c.dep_ == "dobj" for c in pay.children):
        return None  # (a modifier beside the verb's own object, not the sum)
    made = _made_to_pay(pay)
    if made is None:
        return None
    maker, payer, passive = made
    if payer.i in skip or not _nounish(payer):
        return None
    if pay.dep_ == "ccomp" and obj and f"{payer.lower_}'" in obj.lower():
        return None  # ("the board's repayment to investors": whose, said already)
    if passive:
        agent = next((c for c in maker.rights if c.dep_ == "agent"), None)
        doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    else:
        doer = next((c for c in maker.lefts if c.dep_ == "nsubj"), None)
    who = _who_made(doer, skip) if doer is not None else None
    whom = _definite(payer, skip)
    back = "".join(f" {c.lower_}" for c in pay.rights if c.dep_ == "prt")  # ("pay back")
    if not back and verb_lemma(pay) == "hand":
        back = " over"  # ("hand over $9bn": the parse may take "over" for the amount's)
    said_in = _in_what(last, pay, skip)
    what = said_in or (obj if obj and obj.split()[0] in _SUM_NOUNS else "sum")
    if said_in and _postmodified(last, pay):
        what = f"{what} that"  # ("profits accumulated over 50 years that X wanted ...")
    if verb_lemma(maker) in _WANT_VERBS:
        # ("wanted" has no passive: who wanted whom to hand it over, or from whom)
        if who:
            return f"{what} {who} {maker.text} {whom} to {verb_lemma(pay)}{back}"
        return f"{what} {maker.text} from {whom}"
    past = maker.tag_ in ("VBD", "VBN")
    plural = payer.tag_ in ("NNS", "NNPS")
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    said = f"{what} {whom} {be} {participle(verb_lemma(maker))}"
    said = f"{said} to {verb_lemma(pay)}{back}"
    return f"{said} by {who}" if who else said


# Nouns that already say what kind of sum is paid ("£5m in compensation").
_SUM_NOUNS = frozenset("compensation damages fees fee fine fines refund refunds".split())


def _either_deeds(sub: list[Any]) -> bool:
    """Whether the phrase `sub` (a preposition's) is two deeds joined by "or"/"and"
    ("of either awarding themselves extra money or claiming salaries for 'non-existent'
    workers"), over 10 words and up to 14, its quote marks aside, to be kept whole."""
    if len(sub) < 6 or sub[0].pos_ != "ADP":
        return False
    first = sub[2] if sub[1].dep_ == "preconj" else sub[1]
    if first.tag_ != "VBG" or first.head.i != sub[0].i:
        return False
    other = next((t for t in first.children if t.dep_ == "conj" and t.tag_ == "VBG"), None)
    words = sum(1 for t in sub if not t.is_punct)
    return other is not None and words > 10 and words <= 14
