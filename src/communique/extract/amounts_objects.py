"""Checking and completing the object the tree reading gives: what cannot name what is
measured (`_bad_object`: a time, a level, an actor), the verb phrase a money verb names
("invest in Pakistan", "spend on defence") and who paid, what a price move is of ("Corus
shares", "Nasdaq index"), a place measured by a capitalised name, and `_settle`, which
checks a reading against the clause's subject and the relative clause an amount sits in.
"""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_countries import _names_country
from communique.extract.amounts_defining_words import deed_costed
from communique.extract.amounts_hits import _Hit
from communique.extract.amounts_lexicon import Lexicon, lexicon
from communique.extract.amounts_parse import (
    _clause_head,
    _complement,
    _has_complement,
    _join,
    _nounish,
    _np,
    _outward,
    _own_subject,
    _possessive,
    _Reading,
    _sold_to_whom,
    _stands_for,
    _subject,
    _verb_noun,
    _with_listed,
)
from communique.extract.amounts_sentences import _sent
from communique.extract.amounts_words import (
    _BARE_CHANGES,
    _CHANGE_NOUNS,
    _COMPANY_NOUNS,
    _DOER_NOUNS,
    _ESTIMATE_NOUNS,
    _GAIN_VERBS,
    _GIVE_VERBS,
    _INDEX_NAMES,
    _MEASURE_ACRONYMS,
    _OFF_VERBS,
    _OWNER_ORGS,
    _PRICE_VERBS,
    _VAGUE_CAUSES,
    _WHERE_WORDS,
)

_OBJ_PREPS = frozenset({"of", "in", "on", "for"})


def _priced(said: str, tok: Any) -> str:
    """ "Corus" -> "Corus shares", but "Nasdaq" -> "Nasdaq index": what a name's price move
    is of."""
    if tok.lower_ in _INDEX_NAMES or any(t.lower_ in _INDEX_NAMES for t in tok.lefts):
        return said if said.lower().endswith(("index", "average")) else f"{said} index"
    return f"{said} shares"


def _placed(subj: Any) -> bool:
    """ "TB in England has increased by 25%": a short capitalised name measured in a
    country, not a firm's share price."""
    return (
        subj.pos_ == "PROPN"
        and subj.ent_type_ not in ("PERSON", "NORP", "GPE")
        and not any(c.dep_ == "compound" for c in subj.lefts)
        and any(
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(p.ent_type_ == "GPE" and _names_country(p.text) for p in c.children)
            for c in subj.rights
        )
    )


def _firm_name(tok: Any) -> str:
    """A firm's name without the words that describe it: "closest rival JFE Holdings" ->
    "JFE Holdings", "Japan's biggest steel company Nippon Steel" -> "Nippon Steel"."""
    first = tok.i
    while first > _sent(tok).start and tok.doc[first - 1].pos_ == "PROPN":
        first -= 1
    return tok.doc[first : tok.i + 1].text


# Nouns of money verbs whose doer the object names ("shareholders' loss").
_OWNED_NOUNS = frozenset(
    "earnings loss savings spending revenue investment borrowing receipts debt".split()
)
# Nouns of money verbs whose doer is the verb's own subject, or its subject's through "agreed
# to", "had to" ("Marsh agreed to pay $850m": Marsh's payment; not the accuser's in "accused
# Titan of paying $2.1m").
# Where money sent goes, said by an adverb ("sent $16.6bn home").
_AWAY_WORDS = frozenset("home abroad overseas back".split())
_PAID_NOUNS = frozenset(
    [
        *"payment repayment loan donation gift debt bid offer pledge cost charge grant".split(),
        *("award", "money sent", "funds raised"),
    ]
)
# Nouns of money paid for a deed, whose "after doing" says which ("fined after admitting").
_ANSWERED_NOUNS = frozenset("payment repayment fine penalty compensation".split())
# Verbs whose object is what changed hands ("sold the unit for $800m").
_SOLD_VERBS = frozenset("sell buy acquire auction purchase".split())


def _verb_phrase(verb: Any, skip: set[int], noun: str | None = None) -> str:
    """ "invest in Pakistan", "spend on defence": the verb (or `noun`, its nominal: "spending
    on defence") and its first on/in/for/to object; a payment, loan or offer says whose it
    is ("Marsh agreed to pay $850m": "Marsh's payment")."""
    words = _verb_words(verb, skip, noun)
    sued = (
        next((c for c in verb.rights if c.dep_ == "dobj" and c.i not in skip), None)
        if verb.lemma_.lower() == "sue"
        else None
    )
    if sued is not None and words == noun and _nounish(sued, ("NOUN", "PROPN")):
        words = f"{noun} against {_np(sued, skip)}"  # "sued the Russian government for $28bn"
        suer = _subject(verb)
        if suer is not None and suer.i not in skip and _nounish(suer, ("NOUN",)):
            # ("Acme owner sues Russia for $28bn": the owner's claim; a name that sues is
            # told as the claim's owner later, "Acme's damages claim"; a bare "the airline"
            # is left as it was, with no name to tell)
            who = _np(suer, skip)
            if len(who.split()) <= 8 and any(t.pos_ == "PROPN" for t in suer.subtree):
                first = next((t for t in suer.subtree if t.text == who.split()[0]), suer)
                if first.pos_ != "PROPN":
                    who = who[:1].lower() + who[1:]  # ("The majority owner": not a name)
                words += f" by {who}"  # (after: "the airline" there may yet be named)
    return _paid_by(words, noun, verb, skip)


def _measure_done(vnoun: str, verb: Any, measure: Any, skip: set[int]) -> str:
    """ "construction of offices by developers" for "the developers must build 20,000 square
    metres of offices": a measure a verb's bare nominal names ("construction") with what it
    is "of" and who does it, the verb's noun subject (or, for a "they", the plural noun
    subject of the clause it is joined to: "investors can enter ..., but they will have to
    construct ..."); `vnoun` as it is when the sentence says neither."""
    of = next((c for c in measure.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    said = vnoun
    if thing is not None and thing.i not in skip and _nounish(thing, ("NOUN",)):
        said += f" of {_np(thing, skip)}"
    doer = _subject(verb)
    if doer is not None and doer.lower_ == "they":
        joined = doer.head
        while joined.dep_ == "conj" and joined.head.i < joined.i:
            joined = joined.head
        doer = (
            next((c for c in joined.children if c.dep_ == "nsubj"), None)
            if joined.i != doer.head.i
            else None
        )
        if doer is not None and doer.tag_ not in ("NNS", "NNPS"):
            doer = None
    if doer is not None and doer.i not in skip and doer.pos_ in ("NOUN", "PROPN"):
        who = _np(doer, skip)
        said += f" by {who[:1].lower() + who[1:] if doer.pos_ == 'NOUN' else who}"
    return said


def _paid_by(phrase: str, noun: str | None, verb: Any, skip: set[int]) -> str:
    """ "payment to settle lawsuit" -> "Marsh's payment to settle lawsuit" when Marsh is
    who pays (the money verb's own subject, a name or an organisation)."""
    doer = _own_subject(verb) if noun in _PAID_NOUNS else None
    if (
        doer is None
        or doer.i in skip
        or not (
            doer.pos_ == "PROPN"
            or doer.tag_ == "NNS"
            and noun is not None
            and " " in noun  # "labourers ... sent"
            or doer.pos_ == "NOUN"
            and doer.lemma_.lower()
            in _OWNER_ORGS | lexicon().actors | lexicon().people | _DOER_NOUNS
        )
    ):
        return phrase
    name = _np(doer, skip)
    if name in phrase:  # "carers getting £50": a payment to them, not theirs
        return phrase
    opening = doer.doc[doer.left_edge.i]
    if (
        doer.pos_ != "PROPN"
        and name[:1].isupper()
        and opening.i == _sent(doer).start
        and name.split()[0] == opening.text  # (not "The US firm": "US" opens the name)
        and opening.pos_ != "PROPN"
        and not opening.ent_type_  # "Polish workers": a name's word keeps its capital
    ):
        name = name[0].lower() + name[1:]  # "Sales of stakes ... raised": no capital inside
    if doer.tag_ == "NN" and any(c.lower_ == "the" for c in doer.lefts):
        name = f"the {name}"  # "the party's repayment"
    if noun is not None and " " in noun and phrase.startswith(noun):
        # "money sent home by Mexican labourers", "funds raised by Google in its share sale"
        way = "".join(
            f" {c.lower_}" for c in verb.rights if c.lower_ in _AWAY_WORDS and c.i not in skip
        )
        return f"{noun}{way} by {name}{phrase[len(noun) :]}"
    return f"{_possessive(name)} {phrase}"


# What brings money in or saves it, as a clause subject ("the programme saved £75m").
_MEANS_NOUNS = frozenset("programme program plan scheme cut measure reform restructuring".split())
# Verbs of money a deed saves or brings in, whose "this" subject is that deed.
_SAVE_RAISE = frozenset("save raise generate".split())


# Adverbs on a phrase that say it holds for a part only ("mainly for export").
_PART_HEDGES = frozenset("mainly mostly largely partly chiefly primarily predominantly".split())


def _for_each(tok: Any, skip: set[int]) -> str | None:
    """ "every pound a man earns" for "80p for every pound a man earns": a rate's "each"/
    "every" noun with its own clause, as said; else None."""
    each = next((c for c in tok.lefts if c.dep_ == "det" and c.lower_ in ("each", "every")), None)
    if each is None:
        return None
    words = [t for t in tok.subtree if t.i >= each.i]
    if len(words) > 9 or any(t.i in skip or t.is_punct and t.text != "-" for t in words):
        return None
    return _join(words)


def _verb_words(verb: Any, skip: set[int], noun: str | None = None) -> str:
    verb_rights = list(verb.rights)  # (once: each walk of a token's children builds them anew)
    verb_lefts = list(verb.lefts)
    words = [noun] if noun else [verb.lemma_.lower()]
    if not noun:
        words += [c.lower_ for c in verb_rights if c.dep_ == "prt"]  # "pay back"
    sold = next((c for c in verb_rights if c.dep_ == "dobj" and c.i not in skip), None)
    if noun and verb.lemma_.lower() in _SOLD_VERBS and sold is not None and _nounish(sold):
        # "sold the unit to a rival for $800m": sale of unit to rival
        return f"{noun} of {_np(sold, skip)}{_sold_to_whom(verb, skip)}"
    if noun and verb.lemma_.lower() in ("value", "price"):
        # "valued its film unit at £300m", "Exel is valued at £2.6bn": whose value
        valued = sold or next(
            (c for c in verb_lefts if c.dep_ == "nsubjpass" and c.i not in skip), None
        )
        if valued is not None and _nounish(valued) and valued.pos_ != "PRON":
            return f"{noun} of {_np(valued, skip)}"
    # (who gets it is read for a giving, paying, owing or saving noun alone: the tests
    # below read it for no other verb)
    given_to: Any = None
    if noun and (
        verb.lemma_.lower() in _GIVE_VERBS or verb.lemma_.lower() in ("pay", "owe", "save")
    ):
        given_to = (
            next(
                (c for c in verb_rights if c.dep_ == "dative" and c.i not in skip and _nounish(c)),
                None,
            )
            or next(
                (  # "gives £200 to households": the receiver after its "to"
                    p
                    for c in verb_rights
                    if c.dep_ == "dative" and c.lower_ == "to" and c.i not in skip
                    for p in c.children
                    if p.dep_ == "pobj" and p.i not in skip and _nounish(p)
                ),
                None,
            )
            or (
                sold
                # "had to pay former partner Fiat 1.55bn euros": the first of two objects is
                # who gets it
                if sold is not None
                and _nounish(sold)
                and any(c.dep_ == "dobj" and c.i in skip and c.i > sold.i for c in verb_rights)
                else None
            )
        )
        if (
            given_to is None
            and verb.dep_ == "relcl"
            and verb.head.i in skip
            and any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in [*verb_lefts, *verb_rights])
        ):
            # "the $6bn which VEB lent state-owned Rosneft": "which" is the money, the other
            # object who gets it
            given_to = next(
                (
                    c
                    for c in verb_rights
                    if c.dep_ in ("dobj", "dative") and c.tag_ != "WDT" and _nounish(c)
                ),
                None,
            )
        paid = next((c for c in verb_rights if c.dep_ == "dobj"), None)
        if given_to is None and paid is not None:
            # "had to pay former partner Fiat 1.55bn euros": the receiver parsed into the amount
            given_to = next(
                (
                    k
                    for k in paid.lefts
                    if k.dep_ in ("nmod", "compound")
                    and k.pos_ == "PROPN"
                    and k.i not in skip
                    and any(t.i in skip and t.i > k.i for t in paid.lefts)
                ),
                None,
            )
        if given_to is None and noun and verb.lemma_.lower() == "pay" and verb.tag_ == "VBN":
            # "women are paid 80p for every pound": a passive's subject is who gets it
            given_to = next(
                (
                    c
                    for c in verb_lefts
                    if c.dep_ == "nsubjpass" and c.i not in skip and _nounish(c)
                ),
                None,
            )
    if noun and given_to is not None and verb.lemma_.lower() in _GIVE_VERBS | {"pay", "owe"}:
        said_to = _np(given_to, skip)
        if (
            given_to.dep_ == "nsubjpass"
            and given_to.left_edge.i == _sent(given_to).start
            and given_to.pos_ != "PROPN"
            and not given_to.ent_type_
        ):
            said_to = said_to[:1].lower() + said_to[1:]  # "Women are paid": no capital inside
        words += ["to", said_to]
        having = next((c for c in given_to.rights if c.dep_ == "prep" and c.lower_ == "with"), None)
        had = [t for t in having.subtree if t.dep_ != "det"] if having is not None else []
        age = {t.i for t in had if t.like_num and t.head.lower_ in ("over", "under", "aged")}
        if 1 < len(had) <= 5 and not any(t.i in skip - age or t.is_punct for t in had):
            words.append(_join(had))  # "to households with people over 60": which ones
    elif noun and verb.lemma_.lower() == "save":
        # "would save affected countries £3bn": for whom (the object before the money)
        saved_for = given_to or (
            sold
            if sold is not None
            and _nounish(sold)
            and sold.lemma_.lower() not in _MONEY_WORDS
            and any(i > sold.i for i in skip)
            else None
        )
        if saved_for is not None:
            words += ["for", _np(saved_for, skip)]
    if (
        noun
        and verb.dep_ == "relcl"
        and verb.lemma_.lower() in ("cost", "value", "fetch")
        and _nounish(verb.head)
        and verb.head.i not in skip
    ):
        deed = deed_costed(verb, skip) if verb.lemma_.lower() == "cost" else None
        if deed is not None:
            return f"{noun} of {deed}"  # "reopening the line, which could cost £100m"
        return f"{noun} of {_np(verb.head, skip)}"  # "the Cooper S which costs £17,730"
    # "spend more than $300bn in agricultural subsidies": the parse may hang the "in" on the
    # amount, the verb's object, rather than on the verb (or on "as much as $3bn", parsed as
    # the verb's adverb).
    held = [
        c
        for d in [*verb_lefts, *verb_rights]
        if d.dep_ in ("dobj", "advmod") and d.i in skip
        for t in d.subtree
        if t.i in skip
        for c in t.rights
        if c.dep_ == "prep" and c.lower_ in ("on", "in", "for", "from")
    ]
    for c in [*verb_rights, *held]:
        if (
            c.dep_ == "prep"
            and (
                c.lower_ in (*_OBJ_PREPS, "to", "into", "through")  # "save through reforms"
                # "cut A$68m from profit targets for Wembley": what it was cut from; "raised
                # $2bn from asset sales": where the money came from
                or c.lower_ == "from"
                and verb.lemma_.lower() in _OFF_VERBS | _GAIN_VERBS | {"cut", "save"}
                # "agreed to pay $28m after admitting fraud": what a payment or fine answers
                # for (a deed, not a time: "after the merger" is none)
                or c.lower_ == "after"
                and noun in _ANSWERED_NOUNS
                and any(p.dep_ == "pcomp" and p.tag_ == "VBG" for p in c.children)
            )
            and c.i not in skip
        ):
            pobj = [p for p in c.children if p.dep_ == "pobj" and p.i not in skip]
            if pobj and pobj[0].ent_type_ not in ("DATE", "TIME") and not pobj[0].like_num:
                # "mainly for domestic use": kept, or the part would read as the whole
                hedge = c.nbor(-1) if c.i > 0 else c  # (by the word before: no walk)
                if hedge.lower_ in _PART_HEDGES and hedge.head.i == c.i:
                    words.append(hedge.lower_)
                rate = _for_each(pobj[0], skip) if c.lower_ == "for" else None
                words += [c.lower_, rate or _with_listed(pobj[0], skip, _np(pobj[0], skip))]
                also = next((k for k in verb_rights if k.i > c.i and k.dep_ == "prep"), None)
                if c.lower_ == "from" and also is not None and also.lower_ == "for":
                    # "cut A$68m from profit targets for Wembley (and a UK project)": for what
                    said_for = [t for t in also.subtree if t.dep_ != "det"]
                    if len(said_for) <= 7 and not any(t.is_punct or t.i in skip for t in said_for):
                        words.append(_join(said_for))
                break
            pcomp = [p for p in c.children if p.dep_ == "pcomp" and p.i not in skip]
            if pcomp:  # "spend 5m euros on buying out shareholders"
                sub = [
                    t
                    for t in pcomp[0].subtree
                    if t.i not in skip
                    and (not t.is_punct or t.text == "-" and not t.whitespace_)  # "e-University"
                ]
                if 0 < len(sub) <= 10:
                    words += [c.lower_, _join(sub)]
                    break
                dobj = [d for d in pcomp[0].children if d.dep_ == "dobj" and d.i not in skip]
                if dobj:  # "went on developing the technology to make ...": verb and object
                    words += [c.lower_, pcomp[0].lower_, _np(dobj[0], skip)]
                    break
    means = next(
        (c for c in [*verb_lefts, *verb_rights] if c.dep_ == "nsubj" and c.i not in skip), None
    )
    if means is None and verb.dep_ == "xcomp" and verb.head.dep_ == "relcl":
        # "a move which should enable it to save $360m": the "which" the saving comes of
        means = next((c for c in verb.head.lefts if c.dep_ == "nsubj" and c.tag_ == "WDT"), None)
    bare = noun and (len(words) == 1 or len(words) == 3 and words[1] == "for")
    # "This would save the country £90m", "the move will save £50m": what the sentence
    # before did (only for a saving or money raised: what "this" does otherwise is another's)
    stood = (
        _stands_for(means)
        if bare and means is not None and verb.lemma_.lower() in _SAVE_RAISE
        else None
    )
    if stood is not None:
        words[1:1] = ["from", stood]
    elif (
        bare and means is not None and means.pos_ == "NOUN" and means.lemma_.lower() in _MEANS_NOUNS
    ):
        # "its cost-cutting programme had saved £75m": savings from the programme
        said = _np(means, skip)
        if means.i == _sent(means).start and said.split()[0] == _sent(means)[0].text:
            said = said[0].lower() + said[1:]  # "Cuts saved £3m": no capital inside
        words[1:1] = ["from", said]
    agent = next((c for c in verb_rights if c.dep_ == "agent"), None)
    giver = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent else None
    if (
        noun
        and len(words) == 1
        and verb.dep_ == "acl"
        and giver is not None
        and giver.i not in skip
        and _nounish(giver)
    ):
        words += ["from", _np(giver, skip)]  # "of the £50m given by the government so far"
    if noun and (len(words) == 1 or len(words) == 3 and words[1] == "to"):
        # "pay $515m to settle an investigation", "fork out £11,500 to own a new Mini": why
        # (the parse may hang the purpose on the verb "pay" depends on: "agreed to pay")
        after = [c for c in verb.head.rights if c.i > verb.i] if verb.dep_ == "xcomp" else []
        for c in [*verb_rights, *after]:
            if (
                c.dep_ in ("advcl", "xcomp")
                and c.tag_ == "VBG"
                and verb.lemma_.lower() in ("spend", "invest")
                and not any(k.dep_ in ("mark", "nsubj") for k in c.lefts)
            ):
                # "plans to spend 500m euros this year buying back shares": spent on that
                what = next((d for d in c.rights if d.dep_ == "dobj" and d.i not in skip), None)
                prt = [k.lower_ for k in c.rights if k.dep_ == "prt"]
                if what is not None and _nounish(what):
                    words += ["on", c.lower_, *prt, _np(what, skip)]
                break
            if c.dep_ in ("advcl", "xcomp") and any(k.lower_ == "to" for k in c.lefts):
                what = next((d for d in c.rights if d.dep_ == "dobj" and d.i not in skip), None)
                said = _np(what, skip) if what is not None else ""
                if re.search(r"[A-Za-z]", said):
                    words += ["to", c.lower_, said]
                elif what is None:
                    # "to get out of a deal (which could have ...)": the purpose, shortly
                    which = {t.i for k in c.subtree if k.dep_ == "relcl" for t in k.subtree}
                    sub = [
                        t
                        for t in c.subtree
                        if t.dep_ != "det" and t.i not in skip and t.i not in which
                    ]
                    if (
                        len(sub) <= 6
                        and any(k.dep_ in ("prep", "prt") for k in c.rights)
                        and not any(t.is_punct or t.pos_ == "CCONJ" for t in sub)
                    ):
                        words += [t.lower_ if t.pos_ != "PROPN" else t.text for t in sub]
                break
    return " ".join(words)


def _bad_object(tok: Any, lx: Lexicon, money: bool = False) -> str | None:
    """Why `tok` cannot name what is measured ("time", "level", "actor", "pos"), or None.
    People are what a count or a share counts ("cut staff by 25%"), never what money is."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if tok.ent_type_ in ("DATE", "TIME") or low in lx.times or tok.like_num:
        return "time"
    if low in _WHERE_WORDS:
        return "time"  # "sent $16.6bn home": where the money went, not what it is
    if (low in lx.levels or lemma in lx.levels) and not any(
        c.dep_ == "compound"
        and c.pos_ == "NOUN"
        and c.lemma_.lower() not in lx.times
        and c.lemma_.lower() not in ("time", "record")
        for c in tok.lefts
    ):
        return "level"  # "an all-time high"; "borrowing figures" say what they measure
    if lemma in _BARE_CHANGES and not _has_complement(tok):
        return "level"  # "up from a £6.4bn rise": a bare change is the subject's
    if (
        tok.pos_ == "PRON"
        or (low in lx.actors or lemma in lx.actors)
        and not (
            lemma in ("business", "unit", "wing")
            and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in tok.lefts)  # "car business"
        )
    ):
        return "actor"
    plural = f"{lemma[:-1]}ies" if lemma.endswith("y") else f"{lemma}s"
    if (low in lx.people or plural in lx.people) and (money or tok.dep_ in ("nsubj", "nsubjpass")):
        return "actor"  # "officials estimated ...", "save the average pensioner £100"
    if (
        tok.pos_ == "PROPN"
        and tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "")
        and not (tok.i == _sent(tok).start and not tok.ent_type_)  # "Revenues at ...": a noun
        and tok.text.upper() not in _MEASURE_ACRONYMS  # "GDP fell 0.5%": a measure
        and not _placed(tok)
    ):
        return "actor"
    if (
        tok.pos_ != "NOUN"
        and tok.text.upper() not in _MEASURE_ACRONYMS
        and not _placed(tok)
        and not (tok.tag_ in ("VBG", "JJ") and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"))
        and not (tok.pos_ == "PROPN" and tok.i == _sent(tok).start and not tok.ent_type_)
    ):
        return "pos"  # "Spending on housing will rise", "US light crude fell": nominal subjects
    return None


# Nouns that sum money up ("an average of $950m", "a total of £5bn").
_SUM_NOUNS = frozenset("average total sum".split())


def _summed_by(span: Any) -> Any:
    """ "an average of $950m": the noun that sums the money up, or None."""
    outs = _outward(span)
    of = outs[0].head if outs and outs[0].dep_ == "pobj" else None
    if of is None or of.lower_ != "of" or of.head.lower_ not in _SUM_NOUNS:
        return None
    return of.head


def _level_source(tok: Any, skip: set[int]) -> Any:
    """ "an average of $950m a year from international donors": the noun its own "from"
    says the money comes from; None for other nouns, or with no such "from"."""
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ == "from" and c.i not in skip:
            src = next((p for p in c.children if p.dep_ == "pobj"), None)
            if (
                src is not None
                and src.i not in skip
                and _nounish(src, ("NOUN", "PROPN"))
                and src.ent_type_ not in ("DATE", "TIME")
                and not src.like_num
            ):
                return src
    return None


def _clause_subject(span: Any, skip: set[int], lx: Lexicon) -> Any:
    """The subject of the clause the amount is in ("Profits at X rose by 5% to £801m",
    "with copper up 36%"), when it can name what is measured; else None."""
    outs = _outward(span)
    h = outs[0] if outs else None
    subj = None
    for _ in range(8):
        if h is None or h.head.i == h.i:
            break
        h = h.head
        own = [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in skip]
        if own:
            subj = own[0]
            break
        if h.lower_ in ("up", "down", "higher", "lower"):
            # "with wine sales in 2003 up 25%": the noun after "with" is what moved;
            # "it leaves GDP up 2.3%": the noun right before.
            doc = h.doc
            before = doc[h.i - 1] if h.i > _sent(h).start else None
            if (
                before is not None
                and before.pos_ in ("NOUN", "PROPN")
                and before.i not in skip
                and _bad_object(before, lx) in (None, "actor")
                and before.ent_type_ not in ("PERSON", "GPE", "NORP")
                and before.lower_ not in lx.actors
            ):
                subj = before
                break
            for t in reversed(doc[max(_sent(h).start, h.i - 7) : h.i]):
                if t.dep_ == "pobj" and t.head.lower_ == "with" and t.pos_ == "NOUN":
                    subj = t
                    break
            if subj is not None:
                break
        if h.pos_ in ("VERB", "AUX"):
            subj = _subject(h)
            break
    if subj is None or subj.i in skip or subj.tag_ == "WDT":
        return None
    if _bad_object(subj, lx) is not None:
        return None
    return subj


# Words naming a part of an amount ("a penny of", "half of", "none of the £5m").
_PARTITIVES = frozenset(
    "penny cent none any all part half much most some little bit fraction portion rest "
    "remainder third".split()
)


def _partitive_of(tok: Any, span: Any) -> bool:
    """Whether `tok` is a part-word whose "of" phrase is the amount ("a penny of the £57")."""
    of = span.root.head
    return (
        tok.lemma_.lower() in _PARTITIVES
        and span.root.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.i == tok.i
    )


def _own_clause(span: Any, skip: set[int], lx: Lexicon) -> _Reading | None:
    """The money's own participle or relative clause ("billions of pounds spent on
    conflict", "the $6bn which VEB lent Rosneft", "the £22bn ministers hope to save")."""
    for t in span:
        for c in t.rights:
            own = (
                c.dep_ == "acl"
                and c.tag_ == "VBN"
                or (
                    # "the $6bn which VEB lent Rosneft": the money is the clause's object.
                    c.dep_ == "relcl"
                    and any(k.dep_ == "dobj" and k.tag_ == "WDT" for k in c.children)
                )
            )
            noun = _verb_noun(c, lx) if own else None
            if noun:
                return _Reading(_verb_phrase(c, skip, noun), None, c, None)
    return _contact_clause(span, lx)


_CLAUSE_ENDS = frozenset("and or but which that who while as because".split())


def _sum_clause(span: Any) -> str | None:
    """ "sum the council borrowed" for "the £40m the council borrowed", as written: a clause
    with no "which" right after the amount (after its rate, "£57 a week she ..."), its
    subject a noun or a personal pronoun, its verb right after; else None."""
    doc = span.doc
    end = _sent(span[0]).end
    at = span.end
    if at + 1 < end and doc[at].lower_ in ("a", "an", "per", "each", "every"):
        at += 2 if doc[at + 1].pos_ == "NOUN" else 0  # "£57 a week": the rate
    start = at
    if at < end and (doc[at].lower_ in ("the", "this", "that") or doc[at].tag_ == "PRP$"):
        at += 1
    if at < end and doc[at].tag_ == "PRP" and doc[at].lower_ not in ("him", "them", "us", "me"):
        at += 1
    else:
        while at < end and at - start < 4 and doc[at].pos_ in ("NOUN", "PROPN", "ADJ"):
            at += 1
    if at == start or at >= end or doc[at - 1].pos_ == "ADJ":
        return None
    if doc[at].tag_ not in ("VBD", "VBP", "VBZ", "MD") and not (
        doc[at].tag_ == "VBN" and doc[start].pos_ == "DET"
    ):
        return None
    stop = next(
        (
            t.i
            for t in doc[at + 1 : end]
            # (a hyphen inside a word, "ex-partner", ends nothing)
            if t.is_punct
            and not (t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_)
            or t.lower_ in _CLAUSE_ENDS
            or t.like_num
            or t.tag_ in ("VBD", "VBP", "VBZ")  # "the £40m the council borrowed went": its end
        ),
        end,
    )
    words = doc[start:stop]
    if stop - start > 10 or any(t.like_num for t in words):
        return None
    return f"sum {words.text}"


def _contact_clause(span: Any, lx: Lexicon) -> _Reading | None:
    """ "the £22bn ministers hope to save", "the $5bn the firm spent": a relative clause
    with no "which" that the parse seldom finds; its verb's noun names the money."""
    doc = span.doc
    at = span.end
    if at < len(doc) and doc[at].pos_ == "DET":
        at += 1
    if at + 1 >= len(doc) or doc[at].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if doc[at].pos_ == "PRON" and doc[at].tag_ not in ("PRP",):
        return None
    v = doc[at + 1]
    # "the $5bn the firm spent": after a determiner the tagger often says VBN.
    if v.tag_ not in ("VBP", "VBD", "VBZ", "MD") and not (v.tag_ == "VBN" and at > span.end):
        return None
    if v.tag_ == "MD":
        v = v.head if v.head.i > v.i else doc[v.i + 1]
    for _ in range(3):
        if any(c.dep_ == "dobj" for c in v.children):
            return None  # the verb has its own object: not a clause about the money
        noun = _verb_noun(v, lx)
        if noun:
            return _Reading(_verb_phrase(v, {t.i for t in span}, noun), None, v, None)
        nxt = [c for c in v.children if c.dep_ == "xcomp"]
        if not nxt:
            return None
        v = nxt[0]
    return None


def _settle(r: _Reading, span: Any, hit: _Hit, skip: set[int], lx: Lexicon) -> _Reading:
    """Check the tree's reading: an object that is a time, a level ("an all-time high"),
    an actor or a bare verb is replaced by the noun of a money verb ("pay" -> "payment"),
    the share price of a company whose price moved, or the clause's subject; else None."""
    tok = r.object_tok
    if r.trusted and r.object is None:
        return r
    if hit.kind == "money" and tok is not None and _partitive_of(tok, span):
        # "not a penny of the £57 she is owed": the part is no object; the money's own
        # clause says what the money is
        said_ = _sum_clause(span)
        own_ = _own_clause(span, skip, lx)
        if said_ is not None and (own_ is None or said_.split()[1] not in ("it", "they")):
            return _Reading(said_, None, r.verb, None)  # "sum the council borrowed"
        if own_ is not None:
            return own_
    why = _bad_object(tok, lx, hit.kind == "money") if tok is not None and not r.trusted else None
    if r.object is not None and why is None and not r.from_verb:
        return r
    verb = r.verb if r.verb is not None else _clause_head(span[0])
    if verb is not None and verb.pos_ not in ("VERB", "AUX"):
        verb = None
    vlemma = verb.lemma_.lower() if verb is not None else ""
    if (
        why == "actor"
        and (
            tok.pos_ == "PROPN"
            and (tok.ent_type_ or tok.i != _sent(tok).start)
            or tok.lemma_.lower() in _COMPANY_NOUNS
        )
        and tok.dep_ in ("nsubj", "nsubjpass", "appos")
        and hit.kind in ("percent", "money")
        and (vlemma in _PRICE_VERBS or tok.head.lower_ in ("down", "up"))
        and tok.text.upper() not in _MEASURE_ACRONYMS  # "GDP fell 0.5%": no firm
    ):
        # "Elan fell 40%", "Japan's biggest steel company Nippon Steel lost 2.5%"
        named = next((c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        said = (
            _firm_name(tok)
            if tok.pos_ == "PROPN"
            else _firm_name(named)
            if named is not None and tok.lemma_.lower() in _COMPANY_NOUNS
            else _np(tok, skip)
        )
        return _Reading(_priced(said, tok), tok, verb, tok)
    if hit.kind == "money":
        rel = _own_clause(span, skip, lx)
        if rel is not None:
            return rel
    vnoun = _verb_noun(verb, lx) if verb is not None else None
    priced = (
        next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i not in skip), None)
        # "the world's fourth biggest bank, valued at $180bn": the noun the participle is of
        or (verb.head if verb.dep_ == "acl" and verb.head.i not in skip else None)
        # "a new Polo is expected to be priced at £14,000": the raised subject's
        or (
            _subject(verb)
            if verb.dep_ == "xcomp"
            and verb.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in verb.children)
            else None
        )
        if verb is not None and hit.kind == "money" and vlemma in ("price", "value")
        else None
    )
    if (
        priced is not None
        and vnoun
        and _nounish(priced)
        and priced.pos_ != "PRON"
        and priced.i not in skip
    ):
        # "a used Cooper S is priced from £12,556", "Exel is valued at £2.6bn": whose
        return _Reading(f"{vnoun} of {_np(priced, skip)}", None, verb, priced)
    if (
        why in (None, "actor", "pos", "level", "time")
        and vnoun
        and hit.kind == "money"
        # "the surcharge was raised from £2.50 to £4": a passive's subject is what moved
        and not (
            any(c.dep_ == "nsubjpass" for c in verb.children)
            and span.start > 0
            and span.doc[span.start - 1].lower_ in ("from", "to")
        )
        # "made available", "made up of": not money made
        and not any(
            c.dep_ in ("acomp", "oprd")
            or c.dep_ == "prt"
            and c.lower_ == "up"
            and verb.lemma_.lower() == "make"
            for c in verb.children
        )
    ):
        assert verb is not None
        phrase = _verb_phrase(verb, skip, vnoun)
        doer = _subject(verb) if vnoun in _OWNED_NOUNS else None
        if (
            doer is not None
            and doer.i not in skip
            and (
                doer.pos_ == "PROPN"
                or doer.pos_ == "NOUN"
                and (
                    doer.lemma_.lower() in _OWNER_ORGS | lx.actors | lx.people | _DOER_NOUNS
                    # "The duchy generated £12m": a thing named as known
                    or doer.left_edge.lower_ == "the"
                    and doer.left_edge.dep_ == "det"
                    and not any(t.is_punct or t.dep_ == "cc" for t in doer.subtree)
                    and doer.lemma_.lower() not in _VAGUE_CAUSES
                    and _bad_object(doer, lx) is None
                )
            )
        ):
            # "Its Global Investors wing made £347m", "shareholders lost $180bn": whose
            name = _np(doer, skip)
            if name not in phrase:  # "carers getting £50": a payment to them, not theirs
                phrase = f"{_possessive(name)} {phrase}"
        return _Reading(phrase, None, verb, r.subject)
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if (
        hit.kind == "percent"
        and vnoun
        and why in (None, "actor", "pos")
        and after is not None
        and after.lower_ in ("more", "less")
        and after.head.i == verb.i
    ):
        assert verb is not None
        said = _verb_phrase(verb, skip, vnoun)
        if verb.lemma_.lower() in ("pay", "charge", "cost"):
            # "agreed to pay 72% more for iron ore": a rise in what is paid
            said = f"{'rise' if after.lower_ == 'more' else 'fall'} in {said}"
        return _Reading(said, None, verb, r.subject)  # "pay 72% more"
    if why == "level" and tok.head.dep_ == "prep" and tok.head.lower_ in ("to", "from", "at"):
        change = tok.head.head  # "a surge in gasoline futures to a record high of $1.48"
        if change.pos_ in ("VERB", "AUX"):  # "to a record high" hung on the verb
            change = next((c for c in change.children if c.dep_ == "dobj"), change)
        inner = _complement(change) if change.lemma_.lower() in _CHANGE_NOUNS else None
        if inner is not None and inner.i not in skip:
            return _Reading(_np(inner, skip), inner, verb, None)
        if (
            inner is None
            and change.dep_ == "dobj"
            and change.lemma_.lower() not in _CHANGE_NOUNS
            and change.i not in skip
            and _bad_object(change, lx) is None
        ):
            # "keep interest rates at an all-time low of 3.25%": the level is the rates'.
            return _Reading(_np(change, skip), change, verb, None)
    subj = _clause_subject(span, skip | ({tok.i} if tok is not None else set()), lx)
    if (
        why == "level"
        and subj is not None
        and subj.lemma_.lower() in _ESTIMATE_NOUNS
        and tok.lemma_.lower() in _BARE_CHANGES
    ):
        # "an estimate of 0.1% growth was revised to a 0.3% decline": the estimate is a
        # status; what declines is what it estimated ("growth decline").
        inner = _complement(subj)
        if inner is not None and inner.i not in skip and _nounish(inner, ("NOUN",)):
            return _Reading(f"{inner.lemma_.lower()} {tok.text}", tok, verb, subj)
        return _Reading(tok.text, tok, verb, subj)
    if subj is not None and (tok is None or subj.i != tok.i):
        if why == "level" and tok is not None and tok.lemma_.lower() in _BARE_CHANGES:
            # "GDP rose 2% in 2004, after a 31% decline in 2003": a decline in GDP
            return _Reading(f"{tok.text} in {_np(subj, skip)}", subj, verb, subj)
        return _Reading(_np(subj, skip), subj, verb, subj)
    if why is None and not r.from_verb:
        return r
    if why == "level" and tok.lemma_.lower() in _BARE_CHANGES and tok.i >= span.end:
        # "after Monday's 4% gain": the change itself; whose, the sentence may tell later.
        return _Reading(tok.text, tok, r.verb, r.subject)
    if why == "level" and tok.i > span.end - 1:
        # "prices are settling and it looks like the $40 to $50 level": a level of what
        # an earlier clause of the sentence is about.
        for t in reversed(span.doc[_sent(span).start : span.start]):
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.i not in skip:
                if _bad_object(t, lx) is None and t.ent_type_ == "":
                    return _Reading(_np(t, skip), t, verb, t)
                break
    summed = _summed_by(span) if hit.kind == "money" else None
    if summed is not None and (source := _level_source(summed, skip)) is not None:
        # "without an average of $950m a year from donors": the money from them
        return _Reading(f"{summed.lower_} money from {_np(source, skip)}", summed, verb, None)
    return _Reading(None, None, r.verb, r.subject)


# Objects that say only that it is money.
_MONEY_WORDS = frozenset("money cash funds sum gift payment".split())


# Nouns of work done on a thing, said bare when the sentence before says what it is done to.
_WORK_NOUNS = frozenset("rebuild rebuilding redevelopment refurbishment construction".split())
_WORK_ENDINGS = tuple(_WORK_NOUNS)


def _work_on_before(obj: str, sent: Any, skip: set[int]) -> str:
    """ "break even on the A$1.2bn rebuild" after "Multiplex, which is building the new
    Wembley stadium": the rebuild of what the sentence (or the one before) builds."""
    if not obj.endswith(_WORK_ENDINGS):
        return obj
    owner, _, noun = obj.rpartition(" ")  # ("Acme's rebuild": its owner kept)
    if noun not in _WORK_NOUNS or owner and not re.fullmatch(r"[A-Z][\w&. -]*['’]s?", owner):
        return obj
    root = noun.removeprefix("re").removesuffix("ing").removesuffix("ment")
    start = sent.start if sent.start == 0 else _sent(sent.doc[sent.start - 1]).start
    for t in sent.doc[start : sent.end]:
        if t.pos_ == "VERB" and t.lemma_.lower().removeprefix("re") == root:
            done = next((c for c in t.rights if c.dep_ == "dobj" and c.i not in skip), None)
            if done is not None and _nounish(done, ("NOUN", "PROPN")):
                return f"{obj} of {_np(done, skip)}"
    return obj


def _market_of_counted(obj: str, counted: Any, sent: Any, lx: Lexicon) -> str | None:
    """ "the Indian market will grow 15%, to 920,000 vehicles": a market whose size its own
    sentence counts in a thing is the market of that thing ("Indian vehicle market"); the
    market phrase `obj` with the thing's noun set before "market", or None. Not when the
    market already has a noun of its kind ("the car market"), nor for people ("workers")
    or measures ("barrels"), which count no product."""
    if counted is None or counted.pos_ != "NOUN" or not counted.is_lower:
        return None
    if counted.lower_ in lx.people or counted.lower_ in lx.measures:
        return None
    words = obj.split()
    if not words or words[-1].lower() not in ("market", "markets"):
        return None
    for t in sent:
        if t.lower_ == words[-1].lower() and any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower for c in t.lefts
        ):
            return None  # ("the car market": it says which already)
    kind = [c.lower_ for c in counted.lefts if c.dep_ == "compound" and c.is_lower]
    noun = " ".join([*kind, counted.lemma_.lower()])
    return " ".join([*words[:-1], noun, words[-1]])


def _retell_market(out: list[Any], sent_start: int, market: str, told: str) -> None:
    """The amounts of `out` from `sent_start` on (the same sentence, read before the count)
    whose object names the same bare `market` name it as `told` too ("growth in Indian
    market" -> "growth in Indian vehicle market")."""
    said = rf"(?<![\w-]){re.escape(market)}(?![\w-])"
    for a in out:
        # (the name first: the pattern is compiled only for an object that holds it)
        if a.span[0] >= sent_start and a.object and told not in a.object and market in a.object:
            a.object = re.sub(said, told, a.object, count=1)
