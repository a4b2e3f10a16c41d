"""Generic helpers over the dependency parse around a hit: the tokens over a character
span, the verb that governs them and the tokens whose head lies outside, the clause head,
short noun phrases (`_np`), proper names and possessives, a clause's subject and what it
says of its subject (`_predicate`), the token texts joined with the text's own spacing, the
`_Reading` a reader returns, and the quoted regions of the text. Nothing here knows what an
amount measures; the readers in the other amounts_* modules build on these.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from communique.extract.amounts_hits import _Hit
from communique.extract.amounts_lexicon import Lexicon, lexicon
from communique.extract.amounts_owned_site import ends_in_site
from communique.extract.amounts_sentences import _sent
from communique.extract.amounts_words import (
    _CHANGE_NOUNS,
    _DEAL_NOUNS,
    _DEFINITE,
    _PLURAL_TAGS,
    _TIME_NOUNS,
)
from communique.extract.inflect import gerund, verb_lemma
from communique.record import Amount, Article

# Nouns that say little without their complement ("forecasts for Japanese growth",
# "spending on housing", "the number of people waiting").
_COMPLEMENT_NOUNS = frozenset(
    """forecast estimate target outlook projection prediction spending expenditure outlay
    investment demand number share proportion price cost value limit cap ceiling stake
    holding addition premium discount surcharge levy subsidy tariff market fine penalty
    fee charge payment compensation grant award bonus bill funding""".split()
)


@lru_cache(maxsize=4096)
def _text_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around characters `start` to `end`, read from the text
    alone (a full stop and a space, or a line break): for the passes over the finished
    amounts, which hold offsets, not tokens (asked for again and again for each amount:
    kept while one article is read, see `extract_amounts`)."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    hi = text.find(". ", end)
    line = text.find("\n", end)  # (a paragraph's last sentence ends with it)
    if line >= 0 and (hi < 0 or line < hi):
        hi = line
    return lo, hi if hi >= 0 else len(text)


def _previous_sentence_start(span: Any) -> int:
    """Character offset where the sentence before the amount's begins (its own if first)."""
    sent = _sent(span[0])
    if sent.start == 0:
        return int(sent.start_char)
    return int(_sent(span.doc[sent.start - 1]).start_char)


_GAP_NOUNS = frozenset("gap difference spread margin".split())

# Nouns of rules things are done under ("searches under the terror laws", "loans under the
# scheme"): the "under" phrase says which of the things are meant.
_RULE_NOUNS = frozenset(
    """law act rule scheme programme program plan deal agreement contract treaty regime
    legislation regulation directive""".split()
)

_QUOTE_OPEN = "“‘«"
_QUOTE_CLOSE = "”’»"


# -- reading the parse around a hit --------------------------------------------------------


@lru_cache(maxsize=1024)
def _tokens(doc: Any, s: int, e: int) -> Any:
    """The tokens over characters s to e (asked for again and again for each amount)."""
    return doc.char_span(s, e, alignment_mode="expand")


def _of_holder(doc: Any, a: Amount) -> Any:
    """The noun an amount is the "of" phrase of ("payments of £50", "a fleet of 5,000
    vans"), or None."""
    toks = _tokens(doc, a.span[0], a.span[1])
    if toks is None or not len(toks):
        return None
    of = toks.root.head
    if toks.root.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
        return None
    return of.head


def _where_clause(verb: Any) -> bool:
    """A relative clause opened by "where" ("the US, where there are ...")."""
    return bool(verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.lefts))


_ABROAD = frozenset("abroad overseas home locally online offshore".split())


def _predicate(verb: Any, skip: set[int], *, finite: bool = False) -> str | None:
    """What a clause says of its counted subject, short: "turned out to welcome the hunt",
    "stood down", "would meet", "not able to vote"; None when it says nothing usable.
    `finite` keeps the verb as written, for a relative clause ("who reside in Spain")."""
    verb_rights = list(verb.rights)  # (once: each walk of a token's children builds them anew)
    verb_lefts = list(verb.lefts)
    modal_ = any(c.tag_ == "MD" for c in verb_lefts)
    words: list[Any] = [
        c
        for c in verb_lefts
        if c.tag_ == "MD" or c.dep_ == "neg" or modal_ and c.dep_ == "auxpass"  # "will be"
    ]
    if verb.lemma_ == "be":
        comp = [c for c in verb_rights if c.dep_ in ("acomp", "xcomp") and c.i not in skip] or [
            c  # "searches were on Asian people"; "jobs are to be created"
            for c in verb_rights
            if c.dep_ == "prep"
            and c.i not in skip
            and not any(p.ent_type_ in ("DATE", "TIME") for p in c.children)
        ]
        out = next(
            (
                c
                for c in verb_rights
                if c.dep_ in ("advmod", "prt") and c.lower_ in ("out", "back", "away", "abroad")
            ),
            None,
        )
        if out is not None and (not comp or out.i < comp[0].i):
            # "fans have been out on the first night of the festival": out, and where or when
            # the phrase after says, if it says more than a date
            after = next((c for c in verb_rights if c.dep_ == "prep" and c.i == out.i + 1), None)
            sub = [t for t in after.subtree if t.dep_ != "det"] if after is not None else []
            telling = any(t.pos_ == "NOUN" and not t.ent_type_ for t in sub)
            said = (
                [out, *sub]
                if telling and len(sub) <= 10 and not any(t.i in skip for t in sub)
                else [out]
            )
            return _join([*words, *said])
        if not comp:
            return None
        if words:
            words.append(verb)  # "may not be able to vote"
        words += [t for t in comp[0].subtree if t.dep_ != "det"]
    else:
        words.append(verb)
        words += [c for c in verb_rights if c.dep_ == "prt"]
        # ("saw orders rise": the clause a verb of seeing or finding takes)
        comp_deps = ("xcomp", "acomp", "oprd", "ccomp")
        comp = [c for c in verb_rights if c.dep_ in comp_deps and c.i not in skip]
        dobj = [c for c in verb_rights if c.dep_ == "dobj" and c.i not in skip]
        if not comp and dobj and _nounish(dobj[0], ("NOUN",)):
            # "26 million adults lack maths skills": what they lack, in short.
            said = [w.text for w in words if w.i != verb.i]  # "would", "not"
            vform = verb.text if finite or modal_ else _clause_verb(verb)  # ("will have")
            what = _np(dobj[0], skip)
            to = next(  # "had access to special prosecutors": to what, shortly
                (
                    p
                    for c in [*dobj[0].rights, *verb_rights]
                    if c.dep_ == "prep"
                    and c.lower_ in ("to", "for", "on", "over")
                    and (c.head.i == dobj[0].i or c.i == dobj[0].right_edge.i + 1)
                    for p in c.children
                    if p.dep_ == "pobj" and p.i not in skip and _nounish(p)
                ),
                None,
            )
            if to is not None and " " not in what and len(_np(to, skip).split()) <= 4:
                what = f"{what} {to.head.lower_} {_np(to, skip)}"
            purpose = next(  # "have facilities to keep witnesses apart": which facilities
                (
                    c
                    for c in dobj[0].rights
                    if c.dep_ in ("acl", "relcl")
                    and c.tag_ == "VB"
                    and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.lefts)
                ),
                None,
            )
            if purpose is not None and " " not in what:
                when_ = {  # (not "within four years": when, not which)
                    t.i
                    for c in purpose.rights
                    if c.dep_ == "prep" and any(p.ent_type_ in ("DATE", "TIME") for p in c.subtree)
                    for t in c.subtree
                }
                more = [t for t in purpose.subtree if t.dep_ != "det" and t.i not in when_]
                if len(more) <= 8 and not any(t.i in skip or t.is_punct for t in more):
                    what = f"{what} {_join(more)}"
            elif " " not in what:
                # "could join a walkout already set for 4 April": which walkout
                what += _last_participle(dobj[0], skip, 5, dated=True)
            return " ".join([*said, vform, what])
        comp = (
            comp
            or [  # "living in the US": where, when nothing else is said
                c
                for c in verb_rights
                if c.dep_ in ("prep", "agent")  # "retained by the city government"
                and c.i not in skip
                and any(
                    p.dep_ in ("pobj", "pcomp") and p.ent_type_ not in ("DATE", "TIME")
                    for p in c.children
                )  # "earmarked for establishing nurseries"
            ]
            or [c for c in verb_rights if c.dep_ == "advmod" and c.lower_ in _ABROAD]
        )
        if comp:
            words += [t for t in comp[0].subtree if t.dep_ != "det"]
    # "balloted about a 23 March walkout": a date (another amount's words) that only dates
    # the event goes; the event still says what they are in
    dated = {t.head.i for t in words if t.i in skip and _dating(t)}
    if dated:
        words = [t for t in words if not (t.head.i in dated and _dating(t))]
    words.sort(key=lambda t: t.i)
    if len(words) > 7:
        # "managed to steal up on me and grab me from behind": the first part only, cut
        # before a coordination, a comma or the seventh word
        cut, pair = len(words), None  # (pair: where a list of two short nouns ends)
        for k, t in enumerate(words):
            if t.is_punct and not _inner_hyphen(t):
                cut = k
                break
            if t.pos_ == "CCONJ":
                got = _noun_pair_end(t, words[k + 1 : k + 5]) if pair is None and k > 1 else None
                if got is None:
                    cut = k
                    break
                pair = k + 1 + got
        whole = words
        # "may not be able to vote in X's referendum": the verb's own function words
        # ("may", "not", "be", "to") say how, not what; they do not use up the length
        light = min(3, sum(t.pos_ in ("AUX", "PART") for t in words[: min(cut, 7)]))
        limit = 7 + light
        if pair is not None and cut > pair and pair < 10 + light:
            # "at risk from falling prices and protectionism": the list whole
            limit = max(limit, pair + 1)
        words = words[: min(cut, limit)]
        into = next((c for c in words[-1].children if c.dep_ == "pobj"), None)
        if (
            light
            and words[-1].pos_ == "ADP"
            and into is not None
            and into.ent_type_ not in ("DATE", "TIME")  # (a time is the period's)
        ):
            # ("work on new wards at the hospital": a phrase cut at its preposition, whole)
            more = [t for t in whole[len(words) :] if t.i <= into.i]
            if len(words) + len(more) <= 10 + light and not any(t.is_punct for t in more):
                words += more
        owner_ = next(
            (
                t
                for t in whole[len(words) - 2 : len(words) + 1]
                if t.tag_ != "POS" and any(k.tag_ == "POS" for k in t.children)
            ),
            None,
        )
        if len(whole) > len(words) and owner_ is not None:
            owned_ = owner_.head  # "to rip off people's bank accounts"
            more = [t for t in whole[len(words) :] if t.i <= owned_.i]
            if len(words) + len(more) <= 10 + light and not any(t.is_punct for t in more):
                words += more
        while (
            len(whole) > len(words) < 10 + light
            and words[-1].dep_ in ("compound", "amod", "nmod")
            and words[-1].head.i > words[-1].i
            and not whole[len(words)].is_punct
        ):
            words.append(whole[len(words)])  # "rip off bank accounts", not "rip off bank"
        while len(words) > 1 and words[-1].whitespace_ == "" and words[-1].i + 1 < len(verb.doc):
            if not verb.doc[words[-1].i + 1].is_punct or verb.doc[words[-1].i + 1].text != "-":
                break
            words.pop()  # "from non-white": not half a hyphenated word
        while len(words) > 3 and (
            words[-1].pos_ in ("ADP", "DET", "PART", "AUX") or words[-1].tag_ == "VBG"
        ):
            words.pop()  # "may not be able to vote in": to the last full word
        if len(words) < 2 or words[-1].pos_ in ("ADP", "DET", "PART", "AUX"):
            return None
    if any(t.i in skip or t.is_punct and not _inner_hyphen(t) for t in words):
        return None
    return (
        " ".join(
            _clause_verb(t)
            if t.i == verb.i and not finite and not any(w.tag_ == "MD" for w in words)
            else t.text
            for t in words
        )
        .replace(" 's ", "'s ")
        .replace(" - ", "-")  # ("from a non-white minority": the word whole; no spaced dash
        # is left by now)
    )


def _verb_list_run_on(verb: Any, prep: Any, skip: set[int]) -> list[Any]:
    """ "held in connection with public order offences, conspiracy to commit criminal damage
    and possession of a firearm": the nouns listed after a comma at the end of `prep`'s
    phrase, which the parse joined to `verb` (a noun joined to a verb is no clause of its
    own); cut to its first, the list reads as the one thing. The comma and the rest of the
    list up to the sentence's end, or none (not one without "and"/"or", nor a long one)."""
    doc = verb.doc
    e = prep.right_edge.i
    if e + 2 >= len(doc) or doc[e + 1].text != ",":
        return []  # (the common case, at once)
    noun = _modified(doc[e + 2])
    if noun.dep_ != "conj" or noun.head.i != verb.i or noun.pos_ != "NOUN":
        return []
    rest = [t for t in noun.subtree if t.dep_ != "det"]
    hi = noun.right_edge.i
    if (
        rest[0].i != e + 2
        or len(rest) > 12
        or not any(t.dep_ == "cc" for t in rest)
        or any(t.i in skip or t.is_punct for t in rest)
        or hi + 1 < len(doc)
        and not doc[hi + 1].is_punct
    ):
        return []
    return [doc[e + 1], *rest]


def _modified(tok: Any) -> Any:
    """The noun `tok` modifies as a compound or adjective before it ("criminal" ->
    "damage" in "criminal damage"), followed up; `tok` itself when it modifies none."""
    while tok.dep_ in ("compound", "amod") and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _list_tail(words: list[Any], at: int) -> list[Any]:
    """ "with suspected benefit fraud, theft from employers and forgery of documents":
    `words[at]` is a comma after a noun and the words after it go on to list more nouns of
    the same role, to an "and"/"or" and a last noun; the comma and those words (not a list
    with a time, a sum or a number, nor one of more than twelve words), else none."""
    first = words[at - 1] if at else None
    rest = words[at:]
    if first is None or first.pos_ != "NOUN" or not 3 <= len(rest) <= 13:
        return []
    nxt = _modified(rest[1])
    if (
        nxt.dep_ != "conj"
        or nxt.head.i != first.i
        or nxt.pos_ != "NOUN"
        or rest[-1].pos_ not in ("NOUN", "PROPN")
        or not any(t.dep_ == "cc" and t.lower_ in ("and", "or") for t in rest)
        or any(
            t.like_num or t.is_punct and t.text != "," or t.ent_type_ in _NOT_LISTED_ENTS
            for t in rest
        )
    ):
        return []
    return rest


def _noun_pair_end(cc: Any, after: list[Any]) -> int | None:
    """Where among `after`, the few words after `cc`, the short noun an "and"/"or" `cc`
    lists after a noun stands ("prices and protectionism"); None when `cc` joins no such
    noun (a clause, a verb, a noun with words of its own after it, or one that is a
    subject: "and rates rose")."""
    head = cc.head
    if cc.dep_ != "cc" or head.pos_ not in ("NOUN", "PROPN") or not after:
        return None
    conj = next((t for t in after if t.dep_ == "conj" and t.head.i == head.i), None)
    if conj is None or conj.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.i > conj.i for c in conj.rights) or not all(t.i <= conj.i for t in conj.subtree):
        return None
    nxt = conj.doc[conj.i + 1] if conj.i + 1 < len(conj.doc) else None
    if nxt is not None and nxt.pos_ in ("AUX", "VERB"):
        return None
    return next(k for k, t in enumerate(after) if t.i == conj.i)


def _dating(tok: Any) -> bool:
    """A date word that modifies an undated common noun before it ("a 23 March walkout")."""
    head = tok.head
    return (
        tok.ent_type_ in ("DATE", "TIME")
        and tok.dep_ in ("nummod", "compound", "amod", "nmod")
        and head.i > tok.i
        and head.pos_ == "NOUN"
        and not head.ent_type_
    )


def _inner_hyphen(tok: Any) -> bool:
    """A hyphen inside a word ("non-white", "long-term"), not a dash between phrases."""
    return (
        tok.text == "-"
        and not tok.whitespace_
        and tok.i > 0
        and not tok.doc[tok.i - 1].whitespace_
        and tok.i + 1 < len(tok.doc)
    )


def _last_participle(obj: Any, skip: set[int], most: int = 4, *, dated: bool = False) -> str:
    """ "lack maths or English skills expected of school-leavers": a short past participle
    with its complement on the last noun of an object (of a list, its last) says which ones
    (" expected of school-leavers"); "" when there is none or it is longer than `most`.
    `dated` lets a date be said in it ("a strike earmarked for 23 March": which strike)."""
    last = obj.conjuncts[-1] if obj.conjuncts else obj
    acl = next((c for c in last.rights if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    if acl is None or acl.n_rights == 0:
        return ""
    words = list(acl.subtree)
    if sum(not t.is_punct for t in words) > most or any(
        t.i in skip and not (dated and t.ent_type_ == "DATE") or t.is_punct and not _inner_hyphen(t)
        for t in words
    ):
        return ""
    return f" {_join(words)}"


def _clause_verb(verb: Any) -> str:
    """The verb as written when it is past ("workers lost their jobs"), else its -ing form
    ("could take part" -> "taking part"), so the object reads as a phrase."""
    # (a denial stays: "children not getting the chance at school", "did not vote")
    neg = "not " if any(c.dep_ == "neg" for c in verb.lefts) else ""
    if verb.tag_ in ("VBD", "VBN", "VBG") or (
        verb.lower_ in _PREDICATIVE and not any(c.dep_ in ("dobj", "prep") for c in verb.rights)
    ):
        return f"{neg}{verb.text}"  # ("six men present": an adjective the tagger made a verb)
    return f"{neg}{gerund(verb_lemma(verb))}"


# Adjectives the tagger may take for verbs after a counted noun ("six Asian men present").
_PREDICATIVE = frozenset("present absent".split())


def _governing_verb(tok: Any) -> Any:
    h = tok
    for _ in range(6):
        if h is not tok and h.pos_ in ("VERB", "AUX"):  # (the identity first: it costs less)
            return h
        up = h.head  # (once a step: each "Token.head" builds the token anew)
        if up.i == h.i:
            return None
        if h.dep_ not in (
            "nsubj",
            "nsubjpass",
            "dobj",
            "pobj",
            "prep",
            "compound",
            "amod",
            "nummod",
            "npadvmod",
            "attr",
            "appos",
            "conj",
            "quantmod",
        ):
            return None
        h = up
    return None


def _outward(span: Any) -> list[Any]:
    """Tokens of the span whose head is outside it (or that are the sentence root)."""
    try:
        lo, hi = span.start, span.end
    except AttributeError:  # a list of tokens
        idx = {t.i for t in span}
        return [t for t in span if (t.head.i not in idx or t.head.i == t.i) and t.dep_ != "punct"]
    return list(_outward_at(span.doc, lo, hi))


@lru_cache(maxsize=256)
def _outward_at(doc: Any, lo: int, hi: int) -> tuple[Any, ...]:
    """(what `_outward` gives, asked for about ten times per amount: kept while one article
    is read, see `extract_amounts`)"""
    # (by index: slicing the doc builds a Span, through spaCy's Python slice checks)
    out = []
    for i in range(lo, hi):
        t = doc[i]
        head = t.head.i  # (once: each "Token.head" builds the token anew)
        if (not lo <= head < hi or head == i) and t.dep_ != "punct":
            out.append(t)
    return tuple(out)


# Nouns of agreements and plans, named with what they are to do ("deal to build a network").
# Nouns for what is held in something ("a stake in the network").
_HELD_IN = frozenset("stake holding investment interest".split())

# Money whose purpose a "to" clause gives ("a £4m grant to help survivors").
_PURPOSE_NOUNS = _DEAL_NOUNS | frozenset("grant fund aid investment injection package".split())

# Money or goods that go somewhere: their "to"/"from" says which flow.
_FLOW_NOUNS = frozenset(
    """remittance export import aid loan lending investment shipment sale transfer flow
    payment subsidy grant credit call visit referral complaint donation""".split()
)


# Nouns of dealings between two sides, whose "with" says with whom.
_WITH_NOUNS = frozenset("interview conversation consultation".split())


def _personal(tok: Any) -> bool:
    """Whether `tok` names people ("pupils", "pupil"; the lexicon lists plurals)."""
    people = lexicon().people
    return tok.lower_ in people or tok.lemma_.lower() in people


def _listed(noun: Any, skip: set[int]) -> set[int]:
    """The other nouns of a list `noun` opens ("Nottinghamshire, Derbyshire and Durham"),
    with their own words and the commas and "and" between them; none when the list is long
    or holds an amount."""
    got: set[int] = set()
    k = noun
    doc = noun.doc
    while (nxt := next((c for c in k.rights if c.dep_ == "conj"), None)) is not None:
        if nxt.pos_ not in ("NOUN", "PROPN") or (
            nxt.pos_ != noun.pos_
            # (a name with a name: "at Belmarsh prison and Woodhill")
            and not (_named_noun(noun) and _named_noun(nxt))
        ):
            return set()  # ("executives from AIG and one from Marsh": no list of places)
        got |= {
            c.i
            for c in k.rights
            if c.i < nxt.i and (c.dep_ == "cc" or c.text == "," and doc[c.i + 1].dep_ != "cc")
        }
        got |= {t.i for t in nxt.subtree if t.i <= nxt.i and t.dep_ != "det"}
        k = nxt
    if len(got) > 14 or skip & got:
        return set()
    return got


def _named_noun(tok: Any) -> bool:
    """Whether `tok` names one thing: a proper noun, or a common noun a proper noun before it
    makes a name ("Belmarsh prison", "Heathrow airport"), listed with other names ("at
    Belmarsh prison and Woodhill")."""
    return tok.pos_ == "PROPN" or any(k.dep_ == "compound" and k.pos_ == "PROPN" for k in tok.lefts)


# Entity kinds of a phrase that is no second place or thing of a list: a time is the
# period's, a sum or number another amount's.
_NOT_LISTED_ENTS = frozenset("DATE TIME MONEY PERCENT QUANTITY CARDINAL ORDINAL".split())
# Entity kinds of a place.
_PLACE_ENTS = frozenset(("GPE", "LOC", "FAC"))


def _prep_again(prep: Any, skip: set[int]) -> set[int]:
    """ "spent on conflict in Iraq and in the Middle East": a phrase of the same preposition
    said again right after `prep`'s phrase, after "and"/"or", is a second of its kind that
    the parse hung elsewhere; cut to the first, the figure would read as the first's alone.
    The words of "and in the Middle East", or none (not a time, sum or number, nor a phrase
    that opens a clause of its own: "in May and in June the firm ...")."""
    doc = prep.doc
    e = prep.right_edge.i
    if e + 3 >= len(doc) or doc[e + 1].lower_ not in ("and", "or"):
        return set()  # (the common case, at once)
    again = doc[e + 2]
    if again.lower_ != prep.lower_ or again.dep_ not in ("prep", "conj"):
        return set()
    first = next((p for p in prep.children if p.dep_ == "pobj"), None)
    second = next((p for p in again.children if p.dep_ == "pobj"), None)
    if first is None or second is None:
        return set()
    hi = again.right_edge.i
    after = doc[hi + 1] if hi + 1 < len(doc) else None
    if (
        hi - again.i > 5
        or first.ent_type_ in _NOT_LISTED_ENTS
        or second.ent_type_ in _NOT_LISTED_ENTS
        or first.lemma_ in _TIME_NOUNS
        or second.lemma_ in _TIME_NOUNS
        # (a place with a place, a thing with a thing: "in Iraq and in the Middle East")
        or (first.ent_type_ in _PLACE_ENTS) != (second.ent_type_ in _PLACE_ENTS)
        or after is not None
        and after.pos_ in ("DET", "NOUN", "PROPN", "PRON", "NUM")
    ):
        return set()
    got = {e + 1} | set(range(again.i, hi + 1))
    if skip & got or any(doc[i].is_punct for i in got):
        return set()
    return got


def _list_run_on(prep: Any, first: Any, skip: set[int]) -> set[int]:
    """ "members in the House of Commons, European Parliament, Scottish Parliament or Welsh
    Assembly": a list of names that goes on after a comma from `first`, a name closing
    `prep`'s phrase, which the parse hung on the noun before as an apposition of its own
    (a name in apposition to a common noun it is not); the words of ", European Parliament,
    ... or Welsh Assembly" when the run ends in "and"/"or" with a name, else none."""
    doc = prep.doc
    e = prep.right_edge.i
    if e + 2 >= len(doc) or doc[e + 1].text != "," or not _named_noun(first):
        return set()  # (the common case, at once)
    nxt = doc[e + 2]
    head = nxt.head if nxt.dep_ == "compound" else nxt
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if (
        head.dep_ not in ("appos", "conj")
        or head.head.i != prep.head.i
        or not _named_noun(head)
        or head.left_edge.i != e + 2
    ):
        return set()
    got = {e + 1} | {t.i for t in head.subtree if t.i <= head.i}
    rest = _listed(head, skip)
    if not rest or not any(doc[i].dep_ == "cc" for i in rest):
        return set()
    got |= rest
    return set() if skip & got else got


def _hyphen_end(doc: Any, i: int) -> int:
    """The last word of the hyphenated word that starts at word `i` ("grants-in-aid")."""
    while i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_:
        if doc[i + 1].whitespace_:
            break
        i += 2
    return i


def _with_listed(noun: Any, skip: set[int], phrase: str) -> str:
    """`phrase`, the words of `noun`, with the short nouns listed right after it ("receive
    £4m from government departments and grants-in-aid"): a phrase cut to a list's first
    noun says less than was said. Unchanged when a listed noun has words of its own after
    it, holds an amount, or is another clause's subject ("on employers and licences would
    be")."""
    if not noun.n_rights:
        return phrase  # (nothing listed after it: the common case, at once)
    doc = noun.doc
    k, end, out = noun, noun.i, phrase
    for _ in range(4):
        # (a list's nouns hang on its first or on the one before: "roads, bridges and rail")
        nxt = next((c for c in (*k.rights, *noun.rights) if c.dep_ == "conj" and c.i > end), None)
        if nxt is None:
            break
        if nxt.pos_ not in ("NOUN", "PROPN") or (nxt.pos_ == "PROPN") != (noun.pos_ == "PROPN"):
            return phrase
        if f" {nxt.text} " in f" {out} ":
            return phrase  # (already kept: "roads and bridges in Wales")
        lo, hi = nxt.left_edge.i, _hyphen_end(doc, nxt.i)
        own = [c.right_edge.i for c in nxt.rights if c.dep_ not in ("cc", "conj", "punct")]
        gap = doc[end + 1 : lo]
        words = [t for t in doc[lo : hi + 1] if t.dep_ != "det"]
        after = doc[hi + 1] if hi + 1 < len(doc) else None
        if (
            not len(gap)
            or any(t.dep_ != "cc" and t.text != "," for t in gap)
            or max(own, default=hi) > hi
            or not 0 < sum(t.text != "-" for t in words) <= 4
            or any(t.i in skip or t.is_punct and t.text != "-" for t in words)
            or after is not None
            and after.pos_ in ("AUX", "VERB")
            and noun.dep_ not in ("nsubj", "nsubjpass")  # (a subject's list: its own verb)
        ):
            return phrase
        for t in gap:
            out += "," if t.text == "," else f" {t.text}"
        out += f" {_join(words)}"
        k, end = nxt, hi
    return out


def _under_rule(head: Any, at: int) -> Any:
    """The rule a thing is done under, an "under" of `head` at word `at`: the rule noun of
    "searches under the terror laws" (not "under pressure", "under 55"); else None."""
    if not head.n_rights:
        return None  # (no word hangs on its right: no "under" of its own)
    nxt = head.doc[at] if at < len(head.doc) else None
    if nxt is None or nxt.lower_ != "under" or nxt.head.i != head.i:
        return None
    return next(
        (p for p in nxt.children if p.dep_ == "pobj" and p.lemma_.lower() in _RULE_NOUNS), None
    )


# Words that place a time before another one the sentence names ("the previous quarter").
_EARLIER = frozenset("previous prior preceding".split())


# Prepositions of a place that bounds what a noun measures ("sales of cars in Asia").
_PLACE_PREPS = frozenset("in across throughout within".split())


def _place_after(first: Any, rights: list[Any], skip: set[int]) -> set[int]:
    """ "the price of petrol in France", "consumption of beer across Europe": a short place
    phrase on the noun after its first complement bounds the figure (read so it is not taken
    for a national or worldwide one); the words of that phrase, or none."""
    there = next(
        (
            c
            for c in rights
            # (right after the complement: not "..., in Ireland, ..." set off by commas)
            if c.i == first.right_edge.i + 1
            and c.dep_ == "prep"
            and c.lower_ in _PLACE_PREPS
            and c.i not in skip
        ),
        None,
    )
    if there is None:
        return set()
    place = next((p for p in there.children if p.dep_ == "pobj"), None)
    if place is None or place.ent_type_ not in ("GPE", "LOC") or place.i in skip:
        return set()
    sub = {t.i for t in there.subtree}
    if len(sub) > 5 or skip & sub or any(there.doc[i].is_punct for i in sub):
        return set()
    return sub


def _to_place(to: Any, tok: Any, skip: set[int]) -> set[int]:
    """ "applications to Welsh colleges", "visitors to Scotland": a "to" right on the noun
    whose object is a place, or things of a named place, says which figure (not "to 5%",
    a level the parse hung on the noun); its words, or none."""
    if to.dep_ != "prep" or to.head.i != tok.i or to.i in skip:
        return set()
    dest = next((p for p in to.children if p.dep_ == "pobj"), None)
    if dest is None or dest.i in skip or dest.like_num:
        return set()
    placed = dest.ent_type_ in ("GPE", "LOC") or any(
        k.dep_ in ("amod", "compound") and k.ent_type_ in ("GPE", "NORP", "LOC") for k in dest.lefts
    )
    sub = {t.i for t in to.subtree}
    if not placed or len(sub) > 6 or skip & sub or any(to.doc[i].is_punct for i in sub):
        return set()
    return sub


def _carried_over(prep: Any, skip: set[int]) -> bool:
    """ "on top of the $232m charge from the previous quarter": which charge, kept; a time
    counted back from another can be no period of its own, and it tells this amount from
    the one of the time it is counted back from."""
    if prep.dep_ != "prep" or prep.lower_ not in ("from", "in", "for"):
        return False
    when = next((p for p in prep.children if p.dep_ == "pobj"), None)
    return (
        when is not None
        and when.lemma_ in _TIME_NOUNS
        and any(k.dep_ == "amod" and k.lower_ in _EARLIER for k in when.lefts)
        and len(list(prep.subtree)) <= 4
        and not skip & {t.i for t in prep.subtree}
    )


# A firm's own figures, whose owner an outer subject before a dash names.
_OWN_FIGURES = frozenset(
    "profit sale revenue turnover earning earnings loss debt income margin order output".split()
)


def _owner_before_dash(tok: Any, dash: int, skip: set[int]) -> set[int]:
    """ "The bank's results - pre-tax profit rose 12%": the outer subject before an aside's
    opening dash, parsed into (or as the head of) the aside subject's phrase; the owner it
    names ("bank's") is the aside's figure's too. The owner's words, or none."""
    if tok.lemma_.lower() not in _OWN_FIGURES:
        return set()
    outer = [c for c in tok.lefts if c.i < dash]
    if tok.dep_ == "appos" and tok.head.i < dash:
        outer.append(tok.head)
    for c in outer:
        owner = c if c.dep_ == "poss" else None
        if owner is None and c.dep_ in ("compound", "nmod", "nsubj", "nsubjpass"):
            owner = next((p for p in c.lefts if p.dep_ == "poss"), None)
        if owner is not None and owner.pos_ in ("PROPN", "NOUN") and owner.i not in skip:
            return {t.i for t in owner.subtree if t.dep_ != "det"}
    return set()


# (built once, not for each phrase)
_DEAL_LIKE = _DEAL_NOUNS | {"settlement", "merger", "takeover", "buyout", "venture"}


def _np(tok: Any, skip: set[int], *, with_prep: bool = False, with_acl: bool = True) -> str:
    """A short noun phrase for `tok`: its modifiers ("bilateral", "defence"), the noun, and
    an "of"/"in" complement for change nouns ("rise in sales")."""
    doc = tok.doc
    ti = tok.i
    dep = tok.dep_  # (once: each attribute read looks its string up anew)
    if dep in ("csubj", "nsubj", "nsubjpass") and (  # (the cheap test first)
        tok.tag_ == "VBG"
        or tok.lower_.endswith("ing")
        and any(c.dep_ == "dobj" for c in tok.children)
    ):
        # "Misusing someone's identity to claim new credit cards comprised 16.5%": the
        # gerund's own words, shortly
        words = [t for t in tok.subtree if t.i not in skip and t.dep_ != "det"]
        cut = next((k for k, t in enumerate(words) if t.is_punct), 99)
        words = words[: min(cut, 11)]
        while len(words) > 1 and words[-1].pos_ in ("ADP", "PART", "CCONJ", "DET", "ADJ"):
            words.pop()
        return _join(words)
    keep: set[int] = {ti}
    rights = list(tok.rights)  # (once: each walk of "Token.rights" builds its tokens anew)
    # (each right child's label and word, read once for the many passes over them below)
    rdeps = [c.dep_ for c in rights]
    rlows = [c.lower_ for c in rights]
    if tok.n_rights > 1 and tok.pos_ == "PROPN" and doc[ti + 1].text == "&":
        # "Tibbett & Britten", "Marks & Spencer": one name, though parsed as two
        joined = doc[ti + 2]
        if joined.pos_ == "PROPN" and joined.head.i == ti and joined.i not in skip:
            keep |= {ti + 1, joined.i}
    # (the twin only for a subject: building the token before it costs)
    twin = doc[ti - 1] if ti > 0 and dep == "nsubj" else None
    if (
        twin is not None
        and twin.dep_ == "nsubj"
        and twin.head.i == tok.head.i
        and twin.pos_ == tok.pos_ == "NOUN"
        and twin.is_alpha
        and tok.is_alpha
        and twin.i not in skip
    ):
        keep |= {t.i for t in twin.subtree}  # "volume sales fall", parsed as two subjects
    forced: set[int] = set()  # words kept even though they are numbers of other amounts
    listed: set[int] = set()  # a list's words, its commas kept
    for c in tok.lefts:
        ci = c.i
        cdep = c.dep_
        if c.lower_ == "no":
            keep.add(ci)  # "took no action": not "action"
        if (
            cdep in ("compound", "amod", "nmod", "npadvmod", "poss", "quantmod", "nummod")
            and ci not in skip
            # (not words across a spaced dash: "a specialist or manager - rates", an aside's end)
            and (ci >= ti - 1 or not _spaced_dash_before(tok))
            and c.pos_ != "ADV"  # "buy back shares": the particle, misparsed
            and not (cdep == "poss" and c.like_num)  # "2004's average": a period
            and not (  # "... and warned growth would be": a coordinated verb, misparsed
                c.tag_ in ("VBD", "VBN") and ci > 0 and doc[ci - 1].pos_ == "CCONJ"
            )
        ):
            keep |= {t.i for t in c.subtree}
        elif (
            ci in skip
            and c.like_num
            and cdep in ("nummod", "compound")
            and c.n_lefts
            and any(k.text == "-" for k in c.lefts)
        ):
            # "10 737-800 planes": a model's name, though the parse took it for a count
            models_ = _model_words(doc, {t.i for t in c.subtree}, skip)
            keep |= models_
            forced |= models_
    if tok.n_lefts > 1 and _spaced_dash_before(tok):
        keep |= _owner_before_dash(tok, ti - 1, skip)  # (the words across it left out)
    elif dep == "appos" and _spaced_dash_before(tok.left_edge):
        keep |= _owner_before_dash(tok, tok.left_edge.i - 1, skip)
    lemma = tok.lemma_.lower()
    people = lexicon().people  # (as `_personal`, with the lemma read once)
    personal = tok.lower_ in people or lemma in people
    defined = with_acl and not personal and lemma not in _COMPLEMENT_NOUNS
    for c, cdep, clow in zip(rights, rdeps, rlows, strict=True):
        if (
            cdep == "prep"
            and clow == "by"
            and c.i == ti + 1
            and [p.lemma_.lower() for p in c.children] in (["volume"], ["value"], ["weight"])
        ):
            keep |= {t.i for t in c.subtree}  # "sales by volume": how the noun is measured
        if defined and cdep == "acl" and c.tag_ == "VBN":
            # "$280bn in profits accumulated over 50 years": which profits
            defined = False
            sub = [t.i for t in c.subtree]
            if (
                # (longer when it ends in an owner's site: "earned at its Asian factories")
                (len(sub) <= 6 or ends_in_site(c, sub[-1], len(sub)))
                and not skip & set(sub)
                # (not an aside: "the plans, revealed in a statement, would ...")
                and not any(doc[i].is_punct for i in range(ti + 1, sub[-1] + 1))
                # (not the time it was seen: "the 0.2% growth seen in July")
                and c.lemma_.lower() not in _SEEN_VERBS
            ):
                keep |= set(sub)
    preps = (
        ("of", "in", "at", "with")  # "the deficit with China"
        if lemma in ("deficit", "surplus", "imbalance")
        else ("of", "in", "for", "on", "at")
        if lemma in _COMPLEMENT_NOUNS
        else ("of", "in", "at")
        if (with_prep or lemma in _CHANGE_NOUNS)
        else ("of", "between", "in")
        if lemma in _GAP_NOUNS  # "the gap between exports and imports"
        else ("with", "between", "over", "for")
        # "a 3 trillion yen deal with Mitsubishi", "a $2bn settlement with GM"
        if lemma in _DEAL_LIKE
        else ("of", "at", "with", "in", "from")
        # "people with dementia", "supporters in Tyneside", "pupils from Highland schools"
        if personal
        else ("of", "at", "in", "to", "from", "across", "throughout", "outside")
        if lemma in _FLOW_NOUNS  # "remittances to Latin America", "imports from China"
        # "sales at restaurants and bars", "prices in China", "sales across the industry",
        # "the £456m system from IT giant EDS"
        else ("of", "at", "in", "across", "throughout", "outside", "from", "for", "about", "with")
        if lemma in _WITH_NOUNS  # "8,000 telephone interviews with businesses"
        else ("of", "at", "in", "across", "throughout", "outside", "from", "for", "about")
    )
    # (an "under" of its own is one of its right children: tested on their words first)
    if "under" in rlows and _under_rule(tok, ti + 1) is not None:
        preps = (*preps, "under")
    if lemma in _HELD_IN and dep == "dobj":
        # "cut Turkcell's stake in a new mobile network from 70%": the parse hung what the
        # stake is in on the verb
        held_in = next(
            (
                c
                for c in tok.head.rights
                if c.dep_ == "prep" and c.lower_ == "in" and c.i == tok.right_edge.i + 1
            ),
            None,
        )
        sub_ = [t.i for t in held_in.subtree] if held_in is not None else []
        if sub_ and len(sub_) <= 8 and not skip & set(sub_):
            keep |= set(sub_)
    if with_acl and personal:
        for c, cdep, clow in zip(rights, rdeps, rlows, strict=True):  # "people under 55": ages
            if cdep == "prep" and clow in ("under", "over") and c.i == ti + 1:
                ages_ = [t.i for t in c.subtree]
                if len(ages_) <= 3 and all(doc[i].like_num for i in ages_[1:]):
                    keep |= set(ages_)
                    forced |= set(ages_)
    for c, cdep, clow in zip(rights, rdeps, rlows, strict=True):
        # (`_carried_over`'s own first test, made here on the labels read once)
        if cdep == "prep" and clow in ("from", "in", "for") and _carried_over(c, skip):
            keep |= {t.i for t in c.subtree}
    for c, clow in zip(rights, rlows, strict=True):
        if clow == "to":
            keep |= _to_place(c, tok, skip)  # "applications to Welsh colleges"
    for c, cdep, clow in zip(rights, rdeps, rlows, strict=True):
        if cdep == "prep" and clow in preps:
            when = next(
                (
                    p
                    for p in c.children
                    if p.dep_ == "pobj"
                    and (p.ent_type_ in ("DATE", "TIME") or p.lemma_ in _TIME_NOUNS)
                ),
                None,
            )
            on_ = doc[when.i + 1] if when is not None and when.i + 2 < len(doc) else None
            if (
                when is not None
                and on_ is not None
                and on_.lower_ == "on"
                and on_.head.i == ti
                and doc[on_.i + 1].lower_ == when.lower_
                and not any(p.lemma_ in ("term", "basis") for p in on_.children)
                and not skip & {t.i for t in on_.subtree}
            ):
                # "a rise in month on month output": the parse split the unhyphenated
                # "month-on-month"; the output, so measured, is the object
                keep |= {c.i, when.i} | {t.i for t in on_.subtree}
                break
            if when is not None:
                # "a rise in November": the month is the period, not the object; but what it
                # says the change was in is ("an expansion in the fourth quarter in Europe's
                # biggest economy", the place hung on the time)
                there = next(
                    (k for k in when.rights if k.dep_ == "prep" and k.lower_ == "in"), None
                )
                there_ = [t.i for t in there.subtree] if there is not None else []
                if (
                    lemma in _CHANGE_NOUNS
                    and 2 <= len(there_) <= 6
                    and not skip & set(there_)
                    and not any(doc[i].ent_type_ in ("DATE", "TIME") for i in there_)
                ):
                    keep |= set(there_)
                continue
            sub = [t.i for t in c.subtree]
            if skip & set(sub) and any(
                d.dep_ == "pobj" and d.i in skip and d.like_num for d in c.children
            ):
                continue  # "payments of £50 for the over-70s": past the amount's own "of"
            counted = next((d for d in c.children if d.dep_ == "pobj"), None)
            if (
                c.lower_ == "of"
                and counted is not None
                and counted.tag_ in _PLURAL_TAGS
                and counted.is_alpha
                and any(k.dep_ == "nummod" and k.i in skip for k in counted.lefts)
                # (definite: known things, not the amount's own "of 70 million tonnes")
                and any(k.lower_ in _DEFINITE for k in counted.lefts)
                and len(sub) <= 6
                and not any(doc[i].is_punct for i in sub)
            ):
                # "the total cost of the 20 projects covered": the counted things, with their
                # number, say whose cost it is
                keep |= set(sub)
                forced |= set(sub)
                break
            if len(sub) <= 8 and not skip & set(sub):
                keep |= set(sub)
                if counted is not None:
                    listed |= _listed(counted, skip)  # ("in Kent, Surrey and Essex": commas)
                    keep |= _prep_again(c, skip)  # ("in Iraq and in the Middle East")
                    run_on = _list_run_on(c, counted, skip)  # ("in X, Y or Z", misparsed)
                    keep |= run_on
                    listed |= run_on
            elif (
                c.lower_ == "of"
                and counted is not None
                and counted.i not in skip
                and counted.pos_ == "NOUN"
                and len(sub) <= 8
                and skip & set(sub) <= {t.i for k in counted.lefts for t in k.subtree}
            ):
                keep |= set(sub) - skip  # "the sale of 20 aircraft for $1bn": of aircraft
                models = _model_words(doc, set(sub), skip)  # "of 10 737-800 planes"
                keep |= models
                forced |= models
            elif skip & set(sub) and c.lower_ == "for":
                # "increase rents for young tenants living in London by £500": the parse hung
                # the amount inside the phrase; the phrase up to the amount's "by"
                at = next(
                    (
                        k.i
                        for k in c.subtree
                        if k.dep_ == "prep"
                        and k.lower_ in ("by", "to", "from")
                        and skip & {t.i for t in k.subtree}
                    ),
                    None,
                )
                cut_ = [i for i in sub if at is not None and i < at]
                if (
                    2 <= len(cut_) <= 8
                    and not skip & set(cut_)
                    and doc[cut_[-1]].pos_ in ("NOUN", "PROPN")
                ):
                    keep |= set(cut_)
            elif not skip & set(sub):
                # "rise in tax revenues from New York bars and ...": the noun, not its tail.
                pobj = [p for p in c.children if p.dep_ == "pobj"]
                if pobj:
                    keep.add(c.i)
                    keep.add(pobj[0].i)
                    keep |= {
                        t.i
                        for k in pobj[0].lefts
                        if k.dep_ in ("compound", "amod", "poss")
                        for t in k.subtree
                    }
                    # "across Nottinghamshire, Derbyshire and Durham": the whole list, as
                    # its first alone would mislead
                    listed |= _listed(pobj[0], skip)
                    keep |= listed
                    inner = _complement(pobj[0]) if pobj[0].lemma_ in _COMPLEMENT_NOUNS else None
                    if inner is not None:  # "drop in the number of drivers ..."
                        keep |= {inner.head.i, inner.i}
                        for a in inner.rights:  # "... drivers being breathalysed": which
                            # (the verb and its auxiliaries: "since 1997" is the period)
                            said = [a.i] + [
                                k.i for k in a.lefts if k.dep_ in ("aux", "auxpass", "neg")
                            ]
                            if a.dep_ == "acl" and a.tag_ in ("VBG", "VBN"):
                                keep |= set(said) - skip
                    elif (
                        source := next(
                            (
                                q
                                for k in pobj[0].rights
                                if k.dep_ == "prep" and k.lower_ in ("from", "in", "at", "of")
                                for q in k.children
                                if q.dep_ == "pobj" and q.pos_ in ("NOUN", "PROPN")
                            ),
                            None,
                        )
                    ) is not None and not skip & {t.i for t in source.subtree}:
                        # "rise in tax revenues from New York bars": where from, shortly
                        keep |= {source.head.i, source.i}
                        keep |= {
                            t.i
                            for k in source.lefts
                            if k.dep_ in ("compound", "amod", "poss")
                            for t in k.subtree
                        }
                        # "... from New York bars and restaurants": the whole list, not its first
                        listed |= _listed(source, skip)
                        keep |= listed
            keep |= _place_after(c, rights, skip)  # "the price of petrol in France"
            break
    if lemma in _PURPOSE_NOUNS:
        for c, cdep in zip(
            rights, rdeps, strict=True
        ):  # "a $240m agreement to import ...": what for
            if cdep in ("acl", "relcl") and any(k.lower_ == "to" for k in c.lefts):
                sub = [t.i for t in c.subtree]
                if len(sub) > 6:  # "to import Venezuelan fuel in exchange for ...": its object
                    done = [d for d in c.rights if d.dep_ == "dobj"]
                    sub = [k.i for k in c.lefts if k.lower_ == "to"] + [c.i]
                    sub += [t.i for t in done[0].subtree] if done else []
                if len(sub) <= 6 and not skip & set(sub):
                    keep |= set(sub)
                break
    if lemma in _COMPLEMENT_NOUNS or with_acl and personal:
        for c, cdep in zip(rights, rdeps, strict=True):  # "the number waiting over 12 months"
            if cdep == "acl" and c.tag_ in ("VBG", "VBN"):  # ("people aged 18 to 34")
                sub = [t.i for t in c.subtree]
                ages = c.lemma_.lower() == "age"  # "people aged 18 to 34": the numbers are ages
                if len(sub) <= (5 if lemma in _COMPLEMENT_NOUNS else 6) and (
                    ages or not skip & set(sub)
                ):
                    keep |= set(sub)
                    forced |= set(sub) if ages else set()
                break
    if lemma in _COMPLEMENT_NOUNS and ("acl" in rdeps or "relcl" in rdeps):
        keep |= _infinitive_after(rights, rdeps, keep, skip)
    for c, cdep in zip(rights, rdeps, strict=True):
        if (
            with_acl  # (a count adds its clauses itself)
            and cdep == "relcl"
            and any(k.dep_ in ("nsubj", "nsubjpass") and k.pos_ == "PRON" for k in c.lefts)
            and not any(k.tag_ == "WDT" or k.lower_ in ("who", "that") for k in c.lefts)
        ):
            # "the percentage of debt they receive", "the debts they are owed": a short
            # relative clause with no "which" defines the noun
            sub = [t.i for t in c.subtree]
            if len(sub) <= 4 and not skip & set(sub):
                keep |= set(sub)
    for c, cdep in zip(rights, rdeps, strict=True):
        if cdep == "appos" and c.pos_ == "PROPN" and c.i == max(keep) + 1 and c.i not in skip:
            keep.add(c.i)  # "shares in delivery firm Exel", the name hung on "shares"
    if "conj" in rdeps:
        shared = _shared_by_list(tok, rights, max(keep), skip)
        keep |= shared
        listed |= shared
    # A spaced dash ends the phrase on its left ("fared well - Toyota sales").
    for i in sorted(keep):
        if i >= ti:
            break
        t = doc[i]  # (once; the spacing first: it costs less than the text)
        if t.whitespace_ and t.text in ("-", "–", "—"):
            keep = {j for j in keep if j > i} | _owner_before_dash(tok, i, skip)
    # "its 777-200LR planes" with "777" taken as a number: the model name whole or not at
    # all, never its hyphenated tail; whole when it is a model's name.
    for i in sorted(keep):
        if i in skip and i not in forced and doc[i].like_num:  # (the token built last)
            lo, hi = _joined_run(doc, i, keep)
            if hi > lo and ti not in range(lo, hi + 1):
                if _model_name(doc, lo, hi):
                    forced |= set(range(lo, hi + 1))
                else:
                    keep -= set(range(lo, hi + 1))
    last = max(keep)
    if last > ti and doc[last].dep_ == "prep":  # (the cheap test first)
        keep |= _lost_object(doc[last], skip)  # "... as an inpatient in Wales has fallen"
    toks = [
        t
        for t in (doc[i] for i in sorted(keep - skip | forced))
        if t.dep_ not in ("det", "punct")
        or t.i == ti
        or t.text == "-"
        or t.i in listed
        or t.lower_ == "no"  # "took no action": not "took action"
    ]
    while len(toks) > 1 and toks[-1].i > ti and toks[-1].pos_ in ("ADP", "SCONJ", "CCONJ"):
        toks.pop()  # "waiting more than 18 months as": no dangling word
    return _join(toks) or tok.text


def _lost_object(prep: Any, skip: set[int]) -> set[int]:
    """ "people waiting more than 18 months as an inpatient in Wales has fallen": the words
    of a preposition's object that the parse made a second subject of the clause's verb (so
    the preposition has no object of its own); nothing otherwise."""
    doc = prep.doc
    if prep.dep_ != "prep" or prep.n_rights or prep.i + 1 >= len(doc):
        return set()
    other = doc[prep.i + 1]
    while other.head.i != other.i and other.head.left_edge.i == prep.i + 1:
        other = other.head  # (up to the phrase that starts after the preposition)
    if other.dep_ not in ("nsubj", "nsubjpass") or other.left_edge.i != prep.i + 1:
        return set()
    verb = other.head
    # (the verb has a subject of its own before: the phrase the preposition stands in)
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < prep.i for c in verb.lefts):
        return set()
    sub = {t.i for t in other.subtree}
    return sub if len(sub) <= 6 and not skip & sub else set()


def _shared_by_list(tok: Any, rights: list[Any], last: int, skip: set[int]) -> set[int]:
    """The nouns listed with `tok` that stand before words the phrase keeps, with their
    "and"s and commas ("sales and marketing of courses": the "of" is both nouns'); a phrase
    that kept the words after them but not them would join what the text keeps apart."""
    got: set[int] = set()
    for c in rights:
        if c.dep_ != "conj" or c.i > last or c.pos_ not in ("NOUN", "PROPN"):
            continue
        sub = {t.i for t in c.subtree}
        if len(sub) > 5 or skip & sub or max(sub) > last:
            return set()
        got |= sub
        got |= {k.i for k in rights if k.i < c.i and (k.dep_ == "cc" or k.text == ",")}
    return got


def _infinitive_after(
    rights: list[Any], rdeps: list[str], keep: set[int], skip: set[int]
) -> set[int]:
    """ "the number of calls to call centres": a short "to" clause (or a "to" phrase the
    parse took for one) right after the complement noun's kept words says which of them are
    counted; its words, or none."""
    for c, cdep in zip(rights, rdeps, strict=True):
        if cdep not in ("acl", "relcl") or c.tag_ != "VB":
            continue
        sub = [t.i for t in c.subtree]
        if (
            c.doc[sub[0]].lower_ == "to"
            and sub[0] == max(keep) + 1
            and len(sub) <= 4
            and not skip & set(sub)
            and not any(c.doc[i].is_punct for i in sub)
        ):
            return set(sub)
        return set()
    return set()


# A model's code: capitals and digits in one word ("200LR", "A380", "G6").
_MODEL_CODE = re.compile(r"[A-Z]+\d[A-Z\d]*|\d+[A-Z]+")


def _model_words(doc: Any, ids: set[int], skip: set[int]) -> set[int]:
    """The words of `ids` that are a model's name written with a number of `skip` in it
    ("777-200LR", "737-800" after a count): kept whole, though the number is another's."""
    found: set[int] = set()
    for i in sorted(ids):
        if i in found or i not in skip or not doc[i].like_num:
            continue
        lo, hi = _joined_run(doc, i, ids)
        if hi > lo and _model_name(doc, lo, hi):
            found |= set(range(lo, hi + 1))
    return found


def _joined_run(doc: Any, i: int, ids: set[int]) -> tuple[int, int]:
    """The first and last word of `ids` written joined to word `i` with no space between
    ("777-200LR" is three words)."""
    lo = i
    while lo > 0 and not doc[lo - 1].whitespace_ and lo - 1 in ids:
        lo -= 1
    hi = i
    while doc[hi].whitespace_ == "" and hi + 1 < len(doc) and hi + 1 in ids:
        hi += 1
    return lo, hi


def _model_name(doc: Any, lo: int, hi: int) -> bool:
    """Whether the words `lo`..`hi`, joined by hyphens with no space, with a number among
    them, are a model's name: one word is a model's code ("777-200LR"), or all are numbers
    right after a count ("10 737-800 planes": a count is not followed by a second one)."""
    words = doc[lo : hi + 1]
    if any(t.text == "-" for t in words) and any(_MODEL_CODE.fullmatch(t.text) for t in words):
        return True
    return (
        lo > 0
        and doc[lo - 1].like_num
        and doc[lo - 1].whitespace_ != ""
        and all(t.is_digit or t.text == "-" for t in words)
        and any(t.text == "-" for t in words)
    )


# Verbs that only say when a figure was seen ("the 3.3% growth seen in the second quarter").
_SEEN_VERBS = frozenset("see record report post register".split())


def _name(tok: Any) -> str:
    """A proper name with its compound words: "Foreign Office", "New York"; and a name's
    "of" name: "Ministry of Defence", "Bank of England"."""
    words = [*(t for t in tok.lefts if t.dep_ == "compound"), tok]
    if words[0].i < tok.i - 1:
        # "Yantai State Asset Management Bureau": a compound's own compound words too
        inner = [t for t in tok.doc[words[0].i : tok.i] if t.dep_ == "compound"]
        if len(inner) == tok.i - words[0].i:
            words = [*inner, tok]
    # "Winn-Dixie": a name's hyphen, which is no compound word
    joined = tok.doc[words[0].i : tok.i + 1]
    if len(joined) > len(words) and all(
        t in words or t.text == "-" and not t.whitespace_ and not t.nbor(-1).whitespace_
        for t in joined
    ):
        words = list(joined)
    if tok.n_rights > 1 and tok.pos_ == "PROPN" and tok.doc[tok.i + 1].text == "&":
        joined = tok.doc[tok.i + 2]  # "Marks & Spencer": one name
        if joined.pos_ == "PROPN" and joined.head.i == tok.i:
            return f"{_join(words)} & {joined.text}"
    of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if tok.pos_ == "PROPN" and of is not None and of.i == tok.i + 1:
        named = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        if named is not None and all(t.pos_ == "PROPN" for t in tok.doc[of.i + 1 : named.i]):
            words += [of, *tok.doc[of.i + 1 : named.i + 1]]
    return _join(words)


def _sold_to_whom(verb: Any, skip: set[int]) -> str:
    """ " to <buyer>" for a sale verb's "to" phrase ("sold to a consortium"), else ""."""
    buyer = next(
        (
            p
            for c in verb.rights
            if c.dep_ == "prep" and c.lower_ == "to"
            for p in c.children
            if p.dep_ == "pobj" and p.i not in skip and _nounish(p)
        ),
        None,
    )
    return f" to {_np(buyer, skip)}" if buyer is not None else ""


def _possessive(name: str) -> str:
    """ "Globex" -> "Globex's", "creditors" -> "creditors'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _join(toks: list[Any]) -> str:
    """Token texts with the text's own spacing where they are adjacent, a space elsewhere."""
    if not toks:
        return ""
    out: list[str] = []
    a = toks[0]
    ai = a.i  # (each index read once, not once per pair it is in)
    for b in toks[1:]:
        bi = b.i
        out.append(a.text_with_ws if bi == ai + 1 else a.text + " ")
        a, ai = b, bi
    out.append(a.text)
    return "".join(out).strip()


def _complement(noun: Any) -> Any:
    """The noun of `noun`'s "in"/"of" phrase ("rise in profits" -> profits), or None."""
    for c in noun.rights:
        if c.dep_ == "prep" and c.lower_ in ("in", "of"):
            for p in c.children:
                if p.dep_ == "pobj" and _nounish(p, ("NOUN",)) and p.ent_type_ != "DATE":
                    return p
    return None


def _has_complement(noun: Any) -> bool:
    """ "rise in sales" and "pay rise" have one; "rise in April" does not (a period)."""
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_alpha for c in noun.lefts):
        return True
    return any(
        c.dep_ == "prep"
        and (
            c.lower_ in ("in", "of")
            # "rise in month on month output": the unhyphenated rate, split by the parse
            or c.lower_ == "on"
            and 0 < c.i < len(c.doc) - 1
            and c.doc[c.i - 1].lower_ == c.doc[c.i + 1].lower_
            and not any(
                p.lemma_ in ("term", "basis") for p in c.children
            )  # "in year on year terms"
        )
        and any(p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME") for p in c.children)
        for c in noun.rights
    )


def _alpha_toks(doc: Any, hits: list[_Hit]) -> set[int]:
    """Word tokens inside money amounts ("kronor" of "9.5bn kronor")."""
    out: set[int] = set()
    for h in hits:
        if h.kind == "money" and h.end - h.num_start > 0:
            sp = _tokens(doc, h.num_start, h.end)
            if sp is not None:
                out |= {t.i for t in sp if t.is_alpha}
    return out


def _nounish(tok: Any, pos: tuple[str, ...] = ("NOUN", "PROPN")) -> bool:
    """A noun that can name what is measured (not "%", a number or a currency sign)."""
    return bool(tok.pos_ in pos and not tok.like_num and tok.is_alpha and tok.tag_ != "$")


def _left_noun(v: Any) -> Any:
    """The noun written right before verb `v` ("... and production began"), past adverbs and
    auxiliaries, when the parse hung it elsewhere as an object or a conjunct; else None."""
    doc = v.doc
    vi = v.i
    i = vi - 1
    if i < 0:
        return None
    # (the sentence's bounds by its start flags: "Token.sent" walks the whole sentence)
    after, t = v, doc[i]  # (the words at i + 1 and i, each token built once)
    while not after.is_sent_start and t.pos_ in ("ADV", "AUX", "PART"):
        if vi - i > 3:
            break
        i -= 1
        if i < 0:
            return None
        after, t = t, doc[i]
    if after.is_sent_start:
        return None
    if t.pos_ == "NOUN" and t.dep_ in ("dobj", "conj", "pobj", "appos") and t.tag_ != "$":
        return t
    return None


# Verbs whose "of"/"with" doing is their object's (or passive subject's) doing.
_ACCUSE_VERBS = frozenset("accuse suspect convict charge clear acquit".split())


def _own_subject(verb: Any) -> Any:
    """The subject of `verb`, or of the verbs it completes ("agreed to pay", "is thought to
    be offering"); None past any other clause."""
    v = verb
    for _ in range(4):
        subj = next(
            (
                c
                for c in v.children
                if c.dep_ in ("nsubj", "nsubjpass")
                and c.lower_ not in ("itself", "themselves")  # ("has itself been": misparsed)
            ),
            None,
        )
        if subj is not None:
            # "is being paid 80p": a passive's subject is who is paid ("is thought to be
            # offering": who is thought of is who offers)
            return subj if subj.dep_ == "nsubj" or v.i != verb.i else None
        if (
            v.dep_ == "advcl"
            and v.tag_ == "VBG"
            and v.head.i != v.i
            and not any(c.dep_ in ("mark", "nsubj") or c.tag_ == "IN" for c in v.lefts)
        ):
            v = v.head  # "Exel has been active, paying £328m": the main clause's subject pays
            continue
        if v.dep_ == "conj" and v.head.i != v.i and v.pos_ in ("VERB", "AUX"):
            v = v.head  # "Exel employs ... and has been active": the first verb's subject
            continue
        if (
            v.dep_ == "pcomp"
            and v.head.lower_ in ("of", "with")
            and v.head.head.lemma_.lower() in _ACCUSE_VERBS
        ):
            # "accused Titan of paying $2.1m": the accused pays ("Titan was accused of")
            accuser = v.head.head
            accused = next((c for c in accuser.children if c.dep_ == "dobj"), None)
            if accused is None:
                # "Ebbers, who is accused of overseeing": the passive's subject is the accused
                held = next((c for c in accuser.children if c.dep_ == "nsubjpass"), None)
                accused = _antecedent(held) if held is not None else None
            return accused if accused is not None else _own_subject(accuser)
        if v.dep_ != "xcomp" or v.head.i == v.i:
            return None
        v = v.head
    return None


def _antecedent(tok: Any) -> Any:
    """A relative pronoun's noun ("the holding company which controls 51%" -> company), and
    a described name's name ("Menatep, the holding company which ..." -> Menatep); else
    `tok`."""
    if tok.lower_ not in ("which", "who", "that") or tok.head.dep_ != "relcl":
        return tok
    noun = tok.head.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return tok
    if noun.pos_ == "NOUN" and noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return noun.head
    return noun


def _one_compound(subjects: list[Any]) -> list[Any]:
    """ "volume sales fell", parsed as two subjects side by side: the last noun alone (the
    one `_np` reads with its twin)."""
    if (
        len(subjects) == 2
        and subjects[1].i == subjects[0].i + 1
        and all(t.pos_ == "NOUN" and t.is_alpha for t in subjects)
    ):
        return subjects[1:]
    return subjects


_ASIDE_DASHES = ("-", "–", "—")


def _spaced_dash_before(tok: Any) -> bool:
    """A dash set off by spaces just before `tok` ("manager - rates"), not a hyphen."""
    doc = tok.doc
    return tok.i > 1 and doc[tok.i - 1].text in _ASIDE_DASHES and bool(doc[tok.i - 2].whitespace_)


def _after_aside(subj: Any) -> Any:
    """ "passed on to a third person - a specialist or manager - rates rise to 70%": an aside
    between dashes parsed as the subject, with the real subject a conjunct after its closing
    dash; that conjunct is the subject."""
    if not subj.n_rights:
        return subj  # (cheap: no conjunct after it)
    start = subj.left_edge.i
    if start < 2 or not _spaced_dash_before(subj.doc[start]):
        return subj
    after = next((c for c in subj.rights if c.dep_ == "conj"), None)
    if after is None or after.i != subj.head.i - 1:
        return subj
    dash = next((t for t in after.lefts if t.text in _ASIDE_DASHES), None)
    if dash is None or not _spaced_dash_before(subj.doc[dash.i + 1]):
        return subj
    return after


def _set_off(inner: Any, verb: Any) -> bool:
    """Whether the clause of `verb` and its subject `inner` lies wholly between two spaced
    dashes or in brackets: the opening mark right before the subject, the closing one after
    the verb, none between."""
    start = inner.left_edge
    doc = verb.doc
    if start.i < 2 or verb.i < inner.i:
        return False
    opening = doc[start.i - 1].text
    if opening == "(":
        closing: tuple[str, ...] = (")",)
    elif _spaced_dash_before(start):
        closing = _ASIDE_DASHES
    else:
        return False
    if inner.pos_ not in ("NOUN", "PROPN") or start.tag_ in ("WDT", "WP", "WP$"):
        return False  # (a relative clause on the outer subject: "policy - which critics say")
    if any(doc[i].text in closing for i in range(inner.i + 1, verb.i)):
        return False  # (the verb past the aside's closing mark)
    i = verb.i + 1
    while i < len(doc) and not doc[i].is_sent_start:
        if doc[i].text in closing and (opening == "(" or doc[i].whitespace_):
            return True  # (the aside's closing mark)
        i += 1
    return False


def _inner_subject(subjects: list[Any], verb: Any) -> Any:
    """ "Acme's woes - its profits slid to $2m - hit the shares": a clause wholly between two
    spaced dashes (or in brackets), parsed with the outer subject as a second subject of its
    verb; the subject after the opening mark is the verb's own. Else the first subject (and
    so when the verb follows the closing dash: "Rates - the number of calls answered - are
    50%", or the aside is a relative clause on the outer subject)."""
    first = subjects[0]
    if len(subjects) > 1:
        inner = subjects[1]
    elif first.n_rights and first.pos_ in ("NOUN", "PROPN"):
        # ("The bank's results - profit rose 12% - beat forecasts": the inner subject hung on
        # the outer one as its apposition)
        inner = next((c for c in first.rights if c.dep_ == "appos"), None)
        if inner is None or inner.right_edge.i + 1 != verb.i:
            return first
    else:
        return first
    return inner if inner.i > first.i and _set_off(inner, verb) else first


def _subject(verb: Any) -> Any:
    """The subject of `verb`'s clause (see `_subject_at`)."""
    return _subject_at(verb.doc, verb.i)


@lru_cache(maxsize=1024)
def _subject_at(doc: Any, i: int) -> Any:
    """(what `_subject` gives, asked for again for the same verb by several readers: kept
    while one article is read, see `extract_amounts`)"""
    v = doc[i]
    for _ in range(4):
        subj = _one_compound([c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")])
        if subj:
            left = _left_noun(v)
            if left is not None and (
                left.head.dep_ == "acl"
                and left.head.tag_ == "VBG"
                and left.head.head.i == subj[0].i
                or subj[0].dep_ == "csubj"
            ):
                # "data showing the economy grew 0.1%": the parse made "data" the subject;
                # "the state paid less heed ... and output began": a clause made subject.
                return left
            return _after_aside(_antecedent(_inner_subject(subj, v)))
        if v.dep_ in ("conj", "ccomp", "ROOT") and (left := _left_noun(v)) is not None:
            # "data showing the economy grew 0.1%": "economy" parsed as showing's object;
            # "comments by X, US light crude fell": the subject hung on X as an apposition
            return left
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and v.head.i != v.i:
            # "calculated requirements to be 387,500 tonnes": the raised object.
            dobj = [c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i]
            if dobj and dobj[0].tag_ == "WDT" and v.head.dep_ == "relcl":
                return v.head.head  # "growth, which it forecast to be 6.5%": the growth
            if dobj:
                return dobj[0]
        if v.dep_ in ("xcomp", "conj", "ccomp", "advcl", "acl", "acomp") and v.head.i != v.i:
            v = v.head  # "Borrowing is tipped to fall to £31bn": through "tipped" (acomp)
            continue
        if v.dep_ == "pcomp" and v.head.head.i != v.head.i:  # "before recovering to close"
            v = v.head.head
            continue
        if v.dep_ == "relcl":
            return v.head
        return None
    return None


@dataclass
class _Reading:
    object: str | None = None
    object_tok: Any = None
    verb: Any = None
    subject: Any = None
    from_verb: bool = False  # `object` is the verb phrase, no noun was found
    trusted: bool = False  # the amount's own complement ("$5bn in aid", "30% of EADS")


def _verb_noun(verb: Any, lx: Lexicon) -> str | None:
    """The noun naming a money verb's amount ("paid" -> "payment"); the model's lemmas are
    sometimes off ("fined" -> "fin"), so the written form is tried as well."""
    low = verb.lower_
    for form in (verb.lemma_.lower(), low, low[:-1], low[:-2], low[:-3], low[:-3] + "e"):
        if form in lx.verb_nouns:
            return lx.verb_nouns[form]
    return None


def _own_subtree(tok: Any, own: set[int], others: set[int]) -> list[Any]:
    """`tok`'s subtree without branches that hold another amount and not this one: in
    "sales of 13% in New York and 16% in Ireland", Ireland belongs to the 16%."""
    out: list[Any] = []
    stack = [tok]
    # (the parse is projective: a subtree is the span of its edges)
    theirs = sorted(others)

    def holds(marks: list[int], lo: int, hi: int) -> bool:
        k = bisect_left(marks, lo)
        return k < len(marks) and marks[k] <= hi

    if not holds(theirs, tok.left_edge.i, tok.right_edge.i):
        return list(tok.subtree)  # no other amount inside: the whole subtree, in order
    mine = sorted(own)  # (only when a branch may be cut)
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            lo, hi = c.left_edge.i, c.right_edge.i
            if holds(theirs, lo, hi) and not holds(mine, lo, hi):
                continue
            stack.append(c)
    return sorted(out, key=lambda t: t.i)


def _clause_head(tok: Any) -> Any:
    """The first verb at or above `tok` (or the root)."""
    doc, i = tok.doc, tok.i
    got = _clause_heads(doc).get(i)  # (a walk made before: asked for thousands of times)
    return got if got is not None else _clause_head_at(doc, i)


def _clause_head_at(doc: Any, i: int) -> Any:
    found = _clause_heads(doc)
    got = found.get(i)
    if got is not None:
        return got
    h = doc[i]
    path = [i]  # (each token walked past has the same clause head: kept for all of them)
    while h.pos_ not in ("VERB", "AUX"):
        up = h.head  # (once a step: each "Token.head" builds the token anew)
        k = up.i
        if k == h.i:
            break
        got = found.get(k)
        if got is not None:
            h = got  # (the rest of the walk was made before)
            break
        path.append(k)
        h = up
    for k in path:
        found[k] = h
    return h


@lru_cache(maxsize=4)
def _clause_heads(doc: Any) -> dict[int, Any]:
    """Token index -> its clause head (`_clause_head`), filled as the walks are made, asked
    for about ten times per amount: kept while one article is read, see `extract_amounts`."""
    return {}


def _quote_regions(art: Article) -> tuple[list[tuple[int, int]], list[tuple[tuple[int, int], Any]]]:
    """(quoted regions: direct quotes and text inside quotation marks, reported speech
    regions with their Quote). Indirect speech is reported, not quoted."""
    direct = [s for q in art.quotes if q.kind == "direct" for s in q.spans]
    reported = [(s, q) for q in art.quotes if q.kind != "direct" for s in q.spans]
    return direct + _quote_marks(art), reported


_QUOTE_CHARS = '"“”'


def _quote_chars_at(text: str) -> list[int]:
    """Where the text's quotation marks are, in order (a search per mark: a pattern of the
    three scans the text several times slower)."""
    found: list[int] = []
    for ch in _QUOTE_CHARS:
        i = text.find(ch)
        while i >= 0:
            found.append(i)
            i = text.find(ch, i + 1)
    found.sort()
    return found


def _quote_marks(art: Article) -> list[tuple[int, int]]:
    """Text between quotation marks within a paragraph. A straight quote opens when it
    follows a space and precedes a word, else it closes: toggling goes wrong on news
    style, where a quote continued into a new sentence opens again without closing."""
    text = art.text
    out: list[tuple[int, int]] = []
    marks = _quote_chars_at(text)
    for ps, pe in art.paragraphs or [(0, len(text))]:
        open_at: int | None = None
        for i in marks[bisect_left(marks, ps) : bisect_left(marks, pe)]:
            ch = text[i]
            before = text[i - 1] if i > ps else " "
            after = text[i + 1] if i + 1 < pe else " "
            opens = (
                ch == "“"
                or ch == '"'
                and (before.isspace() or before in "([—–-")
                and not after.isspace()
            )
            if opens:
                if open_at is not None:
                    out.append((open_at, i))  # re-opened: the earlier quote ran to here
                open_at = i
            elif open_at is not None:
                out.append((open_at, i + 1))
                open_at = None
        if open_at is not None:  # a quote that runs to the paragraph's end
            out.append((open_at, pe))
    return out + _headline_single_quotes(text)


def _headline_single_quotes(text: str) -> list[tuple[int, int]]:
    """Text between single quotation marks in a headline line (no closing stop), where
    British news quotes with single marks ("Carmaker sale 'may cost 900 jobs'"): a mark
    opens after a space and before a word, and closes after a word and before a space, a
    stop or the line's end (an apostrophe within a word does neither)."""
    end = text.find("\n")
    end = len(text) if end < 0 else end
    line = text[:end].rstrip()
    if not line or line.endswith((".", "?", "!")) or "'" not in line and "‘" not in line:
        return []
    out: list[tuple[int, int]] = []
    open_at: int | None = None
    for i, ch in enumerate(line):
        if ch not in "'‘’":
            continue
        before = line[i - 1] if i else " "
        after = line[i + 1] if i + 1 < len(line) else " "
        if open_at is None and ch != "’" and before.isspace() and after.isalnum():
            open_at = i
        elif open_at is not None and ch != "‘" and not before.isspace():
            if after.isspace() or after in ",.:;?!":
                out.append((open_at, i + 1))
                open_at = None
    return out


def _base(a: Amount | None) -> str | None:
    """An earlier amount's object without the direction this module put before it ("fall in
    sales" -> "sales"): what another amount that measures the same thing takes."""
    if a is None:
        return None
    return str(a.extra["_base"]) if "_base" in a.extra else a.object


def _uncap_opening(words: str, first: Any) -> str:
    """ "High oil prices" -> "high oil prices" when `first`, their first token, opens the
    sentence and is no name."""
    if first.is_sent_start and first.pos_ != "PROPN" and words.startswith(first.text):
        return first.lower_ + words[len(first.text) :]
    return words


def _uncap(words: str, opening: str) -> str:
    """ "Net profit" opening a sentence -> "net profit" after an owner ("Pre-tax" too, which
    the model may split at its hyphen)."""
    first = words.split()[0]
    if sum(c.isupper() for c in first) > 1:
        return words  # ("R&D spending", "UK sales": an initialism keeps its capitals)
    return words[0].lower() + words[1:] if opening in (first, first.split("-")[0]) else words


def _subject_before(sent: Any) -> Any:
    """The subject of the main clause of the sentence before `sent`, or None."""
    if sent.start == 0:
        return None
    before = _sent(sent.doc[sent.start - 1])
    root = before.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and root.lemma_.lower() in _REPORTED_BY:
        # "Rank will expose the shake-up ..., the Sunday Telegraph reported": the sentence
        # is about Rank, not the paper that tells it (a told clause put first)
        told = next((c for c in root.lefts if c.dep_ == "ccomp" and c.i < subj.i), None)
        inner = (
            next((c for c in told.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if told is not None
            else None
        )
        if inner is not None and inner.pos_ == "PROPN" and _named_inside(inner):
            return inner  # (a name: not "Revenues fell 11%, Reuters said")
    return subj


def _named_inside(tok: Any) -> bool:
    """Whether a capitalised word is a name: the text writes it with its capital inside a
    sentence too ("Leisure group Rank could ..."), not only opening one ("Revenues")."""
    text = tok.text
    return any(t.text == text and not t.is_sent_start and t.i != tok.i for t in tok.doc)


# Verbs that tell a clause put before them ("..., the paper reported").
_REPORTED_BY = frozenset("say report add claim write tell".split())


# Words that stand for what the sentence before did or had ("This costs the economy £10bn").
_THIS_WORDS = frozenset(("this", "that", "it"))
# Nouns a definite article makes stand for the deed the sentence before told ("the move").
_DEED_NOUNS = frozenset(
    "move plan measure change scheme proposal step decision policy ban cut freeze".split()
)
# Verbs whose clause the sentence before tells of, not the teller ("the report says ...").
_TELL_VERBS = frozenset("say estimate suggest show find claim argue warn calculate".split())
# Verbs of a deed done to a thing, whose doing a later "this" or "the move" stands for.
_DEED_VERBS = frozenset(
    (
        *("cut", "close", "scrap", "ban", "raise", "lower", "reduce", "increase", "abolish"),
        *("sell", "merge", "introduce", "freeze", "axe", "shut", "replace", "extend", "lift"),
        *("privatise", "privatize", "nationalise", "relocate", "tax", "double", "halve"),
    )
)
# Verbs whose object is the thing a later "this" stands for ("Ministers proposed a freeze").
_BRING_VERBS = frozenset("propose introduce plan announce unveil launch adopt have".split())
# Prepositions that say what a deed's thing is ("the tax on petrol", "a freeze in pay").
_ON_PREPS = ("on", "of", "in", "for")


def _stands_for(subj: Any) -> str | None:
    """ "Poor literacy holds back workers. This costs the economy £10bn": what the subject
    "this", "that" or "it" (or "the move", "the plan") of a cost or saving stands for, read
    from the main clause of the sentence before (through a teller's "says" to what is said):
    its subject when that is a plain thing, else the deed its verb did to its object
    ("closing three libraries"), else for "this" its object ("freeze"); None when the
    sentence before is a quote or a question, or no such words are found. A "which" stands
    for the deed of its own sentence's clause ("halving its dividend, a move which ...")."""
    if subj.tag_ == "WDT":
        return _move_within(subj)
    said = subj.lower_
    deed = said not in _THIS_WORDS
    if deed and not (
        subj.lemma_.lower() in _DEED_NOUNS
        and subj.n_rights == 0
        and [c.lower_ for c in subj.lefts] in (["the"], ["such", "a"], ["this"])
    ):
        return None
    if not deed and (subj.n_lefts or subj.n_rights or subj.tag_ not in ("DT", "PRP")):
        return None
    sent = _sent(subj)
    doc = subj.doc
    if sent.start == 0 or any(
        t.pos_ in ("NOUN", "PROPN") for t in doc[sent.start : subj.left_edge.i]
    ):
        return None  # (a noun before it in its own sentence may be what it stands for)
    before = _sent(doc[sent.start - 1])
    if any(t.is_quote or t.text == "?" for t in before):
        return None
    clause = before.root
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    if clause.lemma_.lower() in _TELL_VERBS:
        told = next((c for c in clause.children if c.dep_ == "ccomp"), None)
        clause = told if told is not None else clause
    kids = list(clause.children)
    doer = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    if doer is None:
        return None
    if not deed and _plain_thing(doer):
        # (not "The pound fell. This cost exporters £1bn": the fall, not the pound)
        done_to = doer.dep_ == "csubj" or any(
            c.dep_ in ("dobj", "attr", "acomp", "xcomp") for c in kids
        )
        return _short_np(doer) if done_to and doer.dep_ != "nsubjpass" else None
    if said == "it" or doer.dep_ == "nsubjpass":
        return None  # (an "it" after a doer is that doer)
    found = _done_to(clause, kids)
    if found is None:
        return None
    acted, what = found
    lemma = acted.lemma_.lower()
    if deed and subj.lemma_.lower() in _DEED_VERBS and lemma != subj.lemma_.lower():
        return None  # ("the ban" is a banning, not another deed)
    if lemma in _DEED_VERBS:
        return f"{gerund(verb_lemma(acted))} {what}"
    if said == "this" and lemma in _BRING_VERBS:
        return what
    return None


def _done_to(clause: Any, kids: list[Any]) -> tuple[Any, str] | None:
    """The verb that acts on a thing in `clause` (with children `kids`) and that thing's
    short phrase ("close three libraries"); None when it acts on no plain noun."""
    acted = clause
    done = next((c for c in kids if c.dep_ == "dobj"), None)
    if done is None:
        # "is to ban", "will have to close", "plans to sell": the verb it completes
        acted = next((c for c in kids if c.dep_ == "xcomp"), clause)
        done = next((c for c in acted.children if c.dep_ == "dobj"), None)
    if done is None or not _nounish(done, ("NOUN",)):
        return None
    what = _short_np(done)
    return (acted, what) if what is not None else None


def _move_within(which: Any) -> str | None:
    """ "It is halving its dividend, a move which will save $360m": the "which" or "that" of
    a deed noun ("a move", "a step") set after a clause by a comma stands for that clause's
    deed ("halving dividend"); None for any other relative pronoun."""
    rel = which.head
    noun = rel.head
    if (
        which.dep_ not in ("nsubj", "nsubjpass")
        or rel.dep_ != "relcl"
        or noun.dep_ != "appos"
        or noun.lemma_.lower() not in _DEED_NOUNS
        or [c.lower_ for c in noun.lefts] != ["a"]
        or noun.i < 2
        or noun.doc[noun.i - 2].text != ","
    ):
        return None
    clause = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.i > noun.i:
        return None
    found = _done_to(clause, list(clause.children))
    if found is None or found[0].lemma_.lower() not in _DEED_VERBS:
        return None
    acted, what = found
    return f"{gerund(verb_lemma(acted))} {what}"


def _plain_thing(tok: Any) -> bool:
    """A noun phrase that names a thing or a state, not a person, a name or a pronoun."""
    if tok.dep_ == "csubj" or tok.tag_ == "VBG":
        return tok.n_lefts == 0  # ("cutting the limit": a doing, with no subject of its own)
    lx = lexicon()
    lemma = tok.lemma_.lower()
    return (
        _nounish(tok, ("NOUN",))
        and tok.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP")
        and not _personal(tok)
        and lemma not in lx.actors
        and tok.lower_ not in lx.actors
        and not any(c.like_num for c in tok.lefts)  # ("5.2 million adults": people counted)
    )


def _short_np(tok: Any) -> str | None:
    """`tok`'s noun phrase without its article, lower-cased at a sentence's start; None when
    it is long or holds a number (a clause, an amount: not a thing to name)."""
    said = _np(tok, set(), with_acl=False)
    on = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in _ON_PREPS), None)
    told = [t for t in on.subtree if t.dep_ != "det"] if on is not None else []
    if 1 < len(told) <= 4 and not any(t.is_punct for t in told) and told[-1].text not in said:
        said = f"{said} {_join(told)}"  # "a freeze on fuel duty", "the tax on petrol"
    words = said.split()
    if not 0 < len(words) <= 6 or any(ch.isdigit() for ch in said):
        return None
    edge = tok.left_edge
    if edge.is_sent_start and words[0] == edge.text and not edge.text.isupper():
        said = said[0].lower() + said[1:]  # ("Poor literacy": no capital inside an object)
    return said
