"""Whom money or a rise was given to, and what a deal settles, when the object leaves it out.

    "Welsh councils should set their taxes at reasonable levels after being given an average
    funding increase of 6%" -> "average funding increase given to Welsh councils"
    "The regulator reached a $50m deal - half of it in fines - in its probe into Globex Bank"
    -> "regulator's deal in probe into Globex Bank"

A thing given in the passive ("was given", "were awarded", "after being granted", "having
been handed") is given to the passive's subject: the verb's own (a relative pronoun's
noun, "Acme Rail, which was awarded a grant of £20m"; the sayer of "it", "The charity said
it was given a grant"), or, for a participle phrase with no subject ("after being given
..."), the subject of the clause the phrase hangs on. A thing given with a first object
("gave councils a rise of 6%") is given to that object; a thing got ("Councils, which will
get a rise of 4%", "is to receive a payment from X") is received by the getter, "to be
received" while still to come ("will get", "is to receive"). The object
says so when it names no receiver, owner or purpose ("to", "for", "of", "by", an owner's
"'s") and the receiver is a noun or a name, with its defining clause ("families who rent
their homes"): not a pronoun, nor a firm told by a common noun ("the rail firm"), save a
bare "the firm", which is the firm the article is about. A bare deal, settlement or
agreement reached "in its probe (investigation, inquiry) into X" settles that probe: the
object takes the phrase when the parse hangs it on the deal, on the deal's verb or on an
aside beside the deal (a dash aside between them may leave the deal's noun out of the
tree), and not when the phrase holds a pronoun ("two of its managers").
Cheap first: the first rule looks only at an object token whose verb is a word of giving
or getting; the second only at an object ending in a deal's noun in a sentence whose text
after the amount holds a probe's word.
"""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_parse import _join, _np, _uncap_opening
from communique.extract.amounts_words import _COMPANY_NOUNS, _DESCRIBED, _SAY_VERBS
from communique.extract.inflect import participle, verb_lemma

# Participles of giving, whose passive subject is who gets the thing given.
_GIVEN = frozenset(
    """given granted awarded handed allocated allotted offered promised paid lent loaned
    sent""".split()
)
# Verbs of giving whose first object gets the second ("gave councils a rise of 6%").
_GIVE_LEMMAS = frozenset("give grant award hand offer promise pay allocate lend".split())
# Verbs of getting, whose subject gets the thing, and how the object says so.
_GOT = {"receive": "received", "get": "received", "win": "won", "secure": "secured"}
_GIVE_OR_GET = _GIVE_LEMMAS | frozenset(_GOT)
# Prepositions a "being given" phrase hangs on a clause by ("after being given ...").
_GIVEN_PREPS = frozenset("after since despite before on upon following".split())
# Objects that name their receiver, owner or purpose already.
_SAYS_WHOSE = re.compile(r"['’]s?\b|\b(?:to|for|of|by|from|with)\b")
# Nouns of a deal that settles something, and the inquiries it may settle.
_DEAL = re.compile(
    r"\b(?:deal|settlement|agreement|accord)(?: (?:agreed|reached|struck) by (?:\w+ ){0,3}\w+)?$"
)
_PROBES = frozenset("probe investigation inquiry enquiry".split())
_DASHES = frozenset("- – — --".split())
_PROBE_STEMS = ("probe", "investigat", "inquir", "enquir")
_INTO = frozenset("into of over".split())


def _given_to(
    obj: str, tok: Any, span: Any, skip: set[int], money: bool, main_org: str | None
) -> str:
    """`obj` with " given to <receiver>" when its noun `tok` is what a passive verb of
    giving gives (the module doc's rule); `obj` unchanged otherwise."""
    if tok is None:
        return obj
    dep = tok.dep_
    if dep == "dobj" or dep == "nsubjpass":
        verb = tok.head
    elif dep == "pobj" and tok.head.lower_ == "in":
        verb = tok.head.head  # "were given $5bn in aid": the aid
        if span.start <= verb.i < span.end:
            verb = verb.head
    else:
        return obj
    # (cheap first: a word of giving or getting, before any walk of the parse)
    if verb.lower_ not in _GIVEN and verb.lemma_.lower() not in _GIVE_OR_GET:
        return obj
    given = obj
    # (the amount the giving verb holds: its object, which the parse may call npadvmod)
    held = ("dobj", "npadvmod")
    if dep == "pobj":
        # "were paid £30m in television money": what was paid
        if not any(c.dep_ in held and span.start <= c.i < span.end for c in verb.rights):
            return obj
    elif dep == "nsubjpass":
        # "The club was awarded £5m": not the club, the money it was given
        if not money or tok.lower_ != obj.lower():
            return obj
        if not any(c.dep_ in held and span.start <= c.i < span.end for c in verb.rights):
            return obj
        given = "money"
    passive = any(c.dep_ == "auxpass" for c in verb.lefts)
    if tok.dep_ == "dobj" and not passive and verb.pos_ == "VERB":
        # "The government gave councils a funding increase of 6%": to the first object
        whom = next((c for c in verb.rights if c.dep_ in ("dative", "dobj") and c.i < tok.i), None)
        lemma = verb_lemma(verb) if whom is not None else ""
        if lemma in _GIVE_LEMMAS and not _SAYS_WHOSE.search(given):
            return _said_to(obj, given, f"{participle(lemma)} to", whom, skip, main_org)
    got = _GOT.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
    if got is not None and not passive:
        # "Councils, which will get a rise of 4%": who gets it (said from whom or not)
        if _SAYS_WHOSE.search(given.replace(" from ", " ")):
            return obj
        receiver = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
        if receiver is None and verb.dep_ == "xcomp":
            receiver = next((c for c in verb.head.lefts if c.dep_ == "nsubj"), None)
            verb_ = verb.head  # "which is to receive": the relative clause's verb
        else:
            verb_ = verb
        if receiver is not None and receiver.tag_ in ("WDT", "WP"):
            receiver = verb_.head if verb_.dep_ == "relcl" else None
        # "which is to receive", "will get": not got yet, to be got
        how = f"to be {got} by" if _ahead(verb, verb_) else f"{got} by"
        return _said_to(obj, given, how, receiver, skip, main_org)
    if verb.lower_ not in _GIVEN or verb.tag_ != "VBN":
        return obj
    if not passive or _SAYS_WHOSE.search(given):
        return obj
    receiver = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
    main = verb
    if receiver is not None:
        if receiver.tag_ in ("WDT", "WP"):
            # "the firm, which was awarded a grant": the relative clause's noun
            receiver = verb.head if verb.dep_ == "relcl" else None
    else:
        # "after being given ...", "having been given ...": the clause's subject
        if verb.dep_ == "pcomp" and verb.head.lower_ in _GIVEN_PREPS:
            main = verb.head.head
        elif verb.dep_ == "advcl" and not any(c.dep_ == "mark" for c in verb.lefts):
            main = verb.head
        if main is not verb and main.pos_ in ("VERB", "AUX"):
            receiver = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if receiver is not None and receiver.lower_ in ("it", "they"):
        # "The charity said it was given a grant": who says so
        said = main.head if main.dep_ == "ccomp" else None
        plural = receiver.lower_ == "they"
        receiver = None
        if said is not None and said.lemma_.lower() in _SAY_VERBS:
            receiver = next((c for c in said.lefts if c.dep_ == "nsubj"), None)
            if receiver is not None and (receiver.tag_ in ("NNS", "NNPS")) != plural:
                receiver = None  # ("they" for a plural noun, "it" for a single one)
    return _said_to(obj, given, f"{verb.lower_} to", receiver, skip, main_org)


# Auxiliaries of a getting still ahead ("will get a rise of 4%").
_AHEAD_AUX = frozenset("will would shall 'll".split())


def _ahead(verb: Any, clause: Any) -> bool:
    """Whether a getting verb tells of getting still to come: a "will"/"would" on it, or
    the "be to" of its clause ("which is to receive"; `clause` is the "be" it hangs on)."""
    if any(c.dep_ == "aux" and c.lower_ in _AHEAD_AUX for c in verb.lefts):
        return True
    return (
        clause is not verb
        and clause.lemma_ == "be"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.lefts)
    )


def _said_to(
    obj: str, given: str, how: str, receiver: Any, skip: set[int], main_org: str | None
) -> str:
    """ "<given> <how> <receiver>" ("pay rise given to nurses"), when `receiver` is a noun
    or a name; "the firm" is the firm the article is about (`main_org`). `obj` otherwise."""
    if receiver is None or receiver.pos_ not in ("NOUN", "PROPN") or receiver.i in skip:
        return obj
    if receiver.lower_ in _COMPANY_NOUNS and any(c.lower_ == "the" for c in receiver.lefts):
        # "The firm, which is to receive a payment from Chelsea": the article's firm (not
        # "the sports firm", which may be another)
        if main_org is None or receiver.n_lefts != 1:
            return obj
        who = _DESCRIBED.sub("", main_org)
    else:
        who = _np(receiver, skip, with_acl=False)
        first = receiver.doc[receiver.left_edge.i]
        if not first.ent_type_:  # ("Dutch farmers" keeps its capital, "The nurses" not)
            who = _uncap_opening(who, first)
        which = next((c for c in receiver.rights if c.dep_ == "relcl"), None)
        if which is not None:
            # "households where council tax payers are over 65": which of them (a defining
            # clause, short, with no comma and no amount)
            words = list(which.subtree)
            if (
                len(words) <= 8
                and words[0].nbor(-1).text != ","
                and not any(
                    t.is_punct or t.i in skip or t.like_num and t.i != words[-1].i for t in words
                )
            ):
                who = f"{who} {_join(words)}"
    if not who or who.lower() in given.lower() or any(ch.isdigit() for ch in who):
        return obj
    return f"{given} {how} {who}"


def _probe_settled(obj: str, span: Any, sent: Any, text: str) -> str:
    """`obj` with "in probe into X" when it is a bare deal reached in a probe (the module
    doc's rule); `obj` unchanged otherwise."""
    if "deal" not in obj and "settlement" not in obj and "agreement" not in obj:
        if "accord" not in obj:
            return obj  # (cheap first: every deal's noun holds one of these)
    if not _DEAL.search(obj):
        return obj
    tail = text[span.end_char : sent.end_char]
    if not any(w in tail for w in _PROBE_STEMS):
        return obj
    last = span[-1]
    # (the deal's verb: the amount's own, or the deal noun's, which the parse may split;
    # and an aside set beside the deal, "a $35m settlement - half of it in fines - in ...")
    heads: set[int] = set()
    at = last
    for _ in range(3):
        heads.update(c.i for c in at.rights if c.dep_ == "appos")
        if at.dep_ in ("dobj", "nsubjpass", "attr") and at.head.pos_ in ("VERB", "AUX"):
            heads.add(at.head.i)
            break
        if at.head is at:
            break
        heads.add(at.head.i)
        at = at.head
    for t in sent:
        if t.i <= last.i or t.lower_ != "in" or t.dep_ != "prep" or t.head.i not in heads:
            continue
        probe = next((c for c in t.children if c.dep_ == "pobj"), None)
        if probe is None or probe.lemma_.lower() not in _PROBES:
            continue
        into = next((c for c in probe.rights if c.dep_ == "prep" and c.lower_ in _INTO), None)
        if into is None:
            return obj
        # what it is into: to the sentence's end, or to the first comma or dash after it
        end = sent.end
        for k in range(into.i + 1, sent.end):
            w = sent.doc[k]
            if w.text in (",", ";", ":") or w.text in _DASHES and w.nbor(-1).whitespace_:
                end = k  # (not the hyphen inside "ex-Columbia")
                break
        words = [probe, *sent.doc[into.i : end]]
        while words and (words[-1].is_punct and words[-1].text != ")"):
            words.pop()
        said = _join(words)
        if len(words) < 3 or said.lower() in obj.lower() or any(w.pos_ == "PRON" for w in words):
            return obj  # (not "into Acme and two of its managers": whose "its")
        return f"{obj} in {said}"
    return obj
