"""What money is for: the terms of a payment, penalty, settlement or deal ("penalties
imposed on 15 funds", "settlement reached with ..."), the value of an order or a sale, a
cost and what it was spent on, money announced, handed out or set aside for something,
fines faced, claims made, the event (purchase, payout, lawsuit) a sum is said of, and a
figure said to exclude currency movements.
"""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_arranged import expected_to_agree
from communique.extract.amounts_causes import _costing_event
from communique.extract.amounts_lexicon import Lexicon
from communique.extract.amounts_parse import (
    _clause_head,
    _join,
    _name,
    _nounish,
    _np,
    _outward,
    _own_subject,
    _possessive,
    _sold_to_whom,
    _stands_for,
    _subject,
    _text_sentence,
    _uncap_opening,
    _verb_noun,
)
from communique.extract.amounts_pronoun import _antecedent_name
from communique.extract.amounts_sentences import _sent
from communique.extract.amounts_words import (
    _COMPANY_NOUNS,
    _DEAL_NOUNS,
    _DEAL_WORDS,
    _DEALT_TOO,
    _DESCRIBED,
    _FRAME_NOUNS,
    _GIVE_VERBS,
    _HEARSAY_VERBS,
    _PLURAL_TAGS,
    _SAY_VERBS,
    _TIME_NOUNS,
    _TRADE_VERBS,
    _may_hold,
    _may_say,
)
from communique.extract.inflect import gerund, participle, verb_lemma
from communique.record import Amount


def _deal_for(obj: str, deal: Any, skip: set[int]) -> str | None:
    """ "placed an order for 70 planes, in a deal valued at $4bn": the value of that order,
    not of a bare "deal"; None when the deal is named by more than itself."""
    if deal.lemma_.lower() not in _DEAL_WORDS:
        return None
    bare = re.sub(r"^(?:value of )?(?:[\w .&-]+['’]s? )?", "", obj.lower())
    if bare != deal.lower_:
        return None  # ("$2bn jet engine deal": said what it is)
    if deal.dep_ != "pobj" or deal.head.lower_ not in ("in", "under"):
        return None
    gov = deal.head.head
    thing, doer, agreed = (gov if gov.pos_ == "NOUN" else None), None, None
    if gov.pos_ == "NOUN" and gov.dep_ == "pobj" and gov.head.lower_ == "to":
        agreed = gov.head.head  # "MCI agreed to a buyout by Verizon, in a deal ..."
    if gov.pos_ == "VERB":
        thing = next((c for c in gov.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if thing is not None:
            doer = next((c for c in gov.children if c.dep_ == "nsubj"), None)
        else:
            thing = next(
                (
                    p
                    for c in gov.children
                    if c.dep_ == "prep" and c.lower_ == "to"
                    for p in c.children
                    if p.dep_ == "pobj" and p.pos_ == "NOUN"
                ),
                None,
            )
            agreed = gov
    if thing is None or thing.i in skip or thing.lemma_.lower() in _DEAL_WORDS:
        return None
    owner = (
        f"{_DESCRIBED.sub('', _name(doer))}'s "
        if doer is not None and doer.pos_ == "PROPN" and doer.i not in skip
        else ""
    )
    what = _np(thing, skip)
    by = next(
        (
            p
            for t in (thing, *((agreed,) if agreed is not None else ()))
            for c in t.rights
            if c.dep_ == "prep" and c.lower_ == "by"
            for p in c.children
            if p.dep_ == "pobj" and p.pos_ == "PROPN"
        ),
        None,
    )
    if by is not None and by.i not in skip and _name(by) not in what:
        what = f"{what} by {_name(by)}"  # "a buyout by Verizon Communications"
    party = (
        next((c for c in agreed.children if c.dep_ == "nsubj"), None)
        if agreed is not None and agreed.pos_ == "VERB"
        else None
    )
    if party is not None and party.pos_ == "PROPN" and _name(party) not in what:
        what = f"{what} of {_name(party)}"  # "MCI agreed to a buyout by Verizon": of MCI
    return f"value of {owner}{what}"


def _faced_by(obj: str, tok: Any, skip: set[int]) -> str:
    """ "employers who fail to enforce the law will face fines of up to £2,500" -> "fines
    faced by employers who fail to enforce the law": who the fines are for."""
    if tok is None or tok.dep_ != "dobj" or tok.head.lemma_.lower() != "face":
        return obj
    if obj.lower() != _np(tok, skip).lower():
        return obj  # (said more already)
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.i not in skip), None)
    if subj is None or subj.pos_ == "PRON":
        return obj
    words = [t for t in subj.subtree if t.dep_ != "det" and not t.is_punct and t.i not in skip]
    if not 0 < len(words) <= 10:
        return obj
    said = _join(words)
    opening = next((t for t in _sent(subj) if t.is_alpha), None)  # ("- Individuals who ...")
    if (
        opening is not None
        and words[0].i == opening.i
        and words[0].pos_ in ("NOUN", "ADJ")
        # (a firm's name the tagger took for a singular noun keeps its capital)
        and not (words[0].tag_ == "NN" and words[0].ent_type_ == "ORG")
    ):
        said = said[0].lower() + said[1:]
    return f"{obj} faced by {said}"


def _fronted_with(obj: str, tok: Any, skip: set[int]) -> str:
    """ "With a price tag under £80,000, the V8 Vantage is ..." -> "price tag of V8
    Vantage": a noun fronted with "with" is of the clause's subject."""
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return obj
    verb = tok.head.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        subj is None
        or subj.i < tok.head.i
        or subj.i in skip
        or subj.pos_ not in ("NOUN", "PROPN")
        or not tok.doc[tok.head.i + 1 : subj.i].text.strip().count(",")
        or obj.lower() != _np(tok, skip).lower()  # (said more already)
    ):
        return obj
    words = [t for t in subj.subtree if t.dep_ != "det" and t.i not in skip]
    if not 0 < len(words) <= 6 or any(t.is_punct for t in words):
        return obj
    said = _uncap_opening(_join(words), words[0])
    return f"{obj} of {said}"


# Money owed, paid or imposed, whose terms (what for, on or to whom, with whom) the
# sentence gives beside it: "fines of up to £2,500 would be levied on employers".
_TERMS_NOUNS = frozenset(
    """fine penalty settlement compensation aid grant loan payment repayment bonus damages
    subsidy donation levy fee award fund claim demand charge down write-down writedown
    spending investment deal agreement contract payout credit package injection""".split()
)
_TERMS_PREPS = ("for", "on", "to", "against", "from", "with")  # ("with" only for deals)
# Verbs a terms noun is the object of, whose own "on"/"to"/"with" says the terms.
_TERMS_VERBS = frozenset(
    "impose levy set agree reach hammer award grant offer give hand provide order".split()
)
# Verbs by which a body backs or proposes money, its subject the backer ("The EU confirmed a
# $21m aid package", "The charity recommends a weekly payment of £108").
_BACKED_VERBS = frozenset("confirm announce unveil approve recommend propose pledge".split())
# Nouns of a case money settles ("a deal in its probe into ...").
_CASE_NOUNS = frozenset("probe investigation inquiry case dispute lawsuit row".split())
# Verbs by which money comes in, whose "from" says from whom ("receive $6bn in credits from").
_GOT_VERBS = frozenset("receive get secure obtain raise borrow".split())


def _terms_words(prep: Any, mine: set[int]) -> list[Any] | None:
    """ "on 15 funds", "for failing to register": a short prepositional phrase whole (numbers
    of other amounts kept: they say which), or None when it is long or is a time."""
    pobj = next((p for p in prep.children if p.dep_ in ("pobj", "pcomp")), None)
    if pobj is None or pobj.ent_type_ in ("DATE", "TIME") or pobj.lemma_ in _TIME_NOUNS:
        return None
    times = {  # "with 46 states in 1998": the year is the period's, not the terms'
        t.i
        for k in prep.subtree
        if k.i != prep.i
        and k.dep_ == "prep"
        and any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in k.children)
        for t in k.subtree
    }
    words = [
        t
        for t in prep.subtree
        if t.i not in times and (t.dep_ != "det" or t.i == prep.i + 1 and t.lower_ != "the")
    ]
    if pobj.like_num or any(t.ent_type_ in ("DATE", "TIME") for t in words):
        return None  # "profits to 31 December", "charge from the previous quarter": periods
    # "with Banc of America Capital Management, BACAP Distributors and ...": a list of names
    names = all(
        t.pos_ in ("PROPN", "PUNCT", "CCONJ") or t.lower_ in ("of", "&") or t.is_title
        for t in words[1:]
    )
    if mine & {t.i for t in words} or not 1 < len(words) <= (16 if names else 8):
        return None
    if not names and any(t.is_punct or t.pos_ == "CCONJ" for t in words):
        return None  # ("on employers and licences would be removed": a list, misparsed)
    if names and words[-1].is_punct:
        return None
    return words


def _added(obj: str, words: str, tok: Any = None) -> str:
    """`obj` and `words` after it, unless `obj` says them already ("payments for over-70s");
    an "its" in them is the clause subject's when that is a name ("Acme booked a write-down
    on its foods arm" -> "write-down on Acme's foods arm")."""
    if words.lower() in obj.lower():
        return obj
    verb = _clause_head(tok.head) if tok is not None else None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subj is not None and subj.pos_ == "PROPN" and re.search(r"\bits\b", words):
        words = re.sub(r"\bits\b", _possessive(_name(subj)), words, count=1)
    said = obj.split()
    for k in range(min(len(said), len(words.split())), 0, -1):
        if words.split()[:k] == said[-k:]:
            # "fine for people" + "for people who fail to register": said once
            return f"{' '.join(said[:-k])} {words}"
    return f"{obj} {words}"


def _done_by(tok: Any, skip: set[int]) -> str | None:
    """ "imposed by SEC": the verb a money noun is the object of, with the named body its
    subject "it" or "they" stands for; None when the subject is no such pronoun."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ != "VERB" or verb.i in skip:
        return None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ("it", "they"):
        return None
    name = _antecedent_name(subj, skip)
    return f"{participle(verb_lemma(verb))} by {name}" if name is not None else None


# Pacts one side reaches with another ("a settlement reached with 46 states").
_PACT_NOUNS = frozenset("settlement deal agreement accord pact contract".split())


def _pact_party(tok: Any, acl: Any, skip: set[int]) -> str | None:
    """ "They have met its demands in a settlement reached with 46 states": the named body
    or group a clause's subject "it" or "they" stands for, as a side of the pact the amount
    is of (that clause's object, or its "in"), when the pact's participle names no doer;
    None otherwise."""
    if tok.lemma_.lower() not in _PACT_NOUNS or any(k.dep_ == "agent" for k in acl.rights):
        return None
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else tok.head
    if verb.pos_ != "VERB" or tok.dep_ not in ("dobj", "pobj") or verb.i in skip:
        return None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ("it", "they"):
        return None
    return _antecedent_name(subj, skip)


def _money_terms(obj: str, tok: Any, span: Any, skip: set[int]) -> str:
    """ "penalties" -> "penalties imposed on 15 funds", "settlement" -> "settlement reached with
    46 states", "aid" -> "aid to its struggling wine industry": what a bare money noun is
    for, on whom or with whom, when the sentence says so next to it."""
    if tok is None or tok.lemma_.lower() not in _TERMS_NOUNS or tok.pos_ != "NOUN":
        return obj
    mine = set(range(span.start, span.end))
    core = obj.split("'s ", 1)[-1] if "'s " in obj else obj
    # (one phrase when the amount's own words are skipped already: the same set twice)
    skips = (skip,) if mine <= skip else (skip, skip | mine)
    bare_np = {re.sub(r"[^\w\s'-]+ ?", "", _np(tok, k)).strip().lower() for k in skips}
    if not any(n == core.lower() or n.endswith(f" {core.lower()}") for n in bare_np):
        return obj  # (said more already; "landmark settlement" read as "settlement" is bare)
    preps = _TERMS_PREPS if tok.lemma_.lower() in _DEALT_TOO | _DEAL_NOUNS else _TERMS_PREPS[:-1]
    for c in tok.rights:  # the noun's own "for failing to ...", "reached with 46 states"
        if c.dep_ == "prep" and c.lower_ in preps:
            words = _terms_words(c, mine)
            if words:
                return _added(obj, _join(words), tok)
        if c.dep_ == "acl" and c.i not in skip:
            # "penalties totalling $2bn on 15 funds": the total's "on" is the noun's
            totals = c.lemma_.lower() in ("total", "amount", "come")
            if c.tag_ != "VBN" and not totals:
                continue
            acted = " ".join([c.lower_, *(k.lower_ for k in c.rights if k.dep_ == "prt")])
            for k in c.rights:
                said = _terms_words(k, mine) if k.dep_ in ("prep", "agent") else None
                if said and (k.dep_ == "agent" or k.lower_ in preps):
                    if totals and k.dep_ == "prep":
                        # "it has imposed penalties totalling $2bn on 15 funds": imposed by
                        # the one the "it" stands for
                        done = _done_by(tok, skip | mine)
                        if done is not None:
                            return _added(obj, f"{done} {_join(said)}", tok)
                    party = _pact_party(tok, c, skip | mine) if k.dep_ == "prep" else None
                    if party is not None:
                        # "they have met its demands in a settlement reached with 46 states":
                        # theirs, the one the "they" stands for
                        return _added(obj, f"{acted} by {party} {_join(said)}", tok)
                    return _added(obj, _join(said) if totals else f"{acted} {_join(said)}", tok)
        if (
            c.dep_ in ("acl", "relcl")
            and c.i not in skip
            and c.tag_ == "VB"
            and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.lefts)
        ):
            # "an $850m payout to settle a price-rigging lawsuit": what for
            words = [t for t in c.subtree if t.dep_ != "det" and t.i not in mine]
            if 2 < len(words) <= 7 and not any(t.is_punct or t.i in skip for t in words):
                return _added(obj, _join(words), tok)
        if c.dep_ == "relcl" and c.i not in skip and c.tag_ in ("VBD", "VBN"):
            # "a $900m loan that Yugansk had secured on its assets": which
            words = [t for t in c.subtree if t.i not in mine]
            if (
                3 <= len(words) <= 8
                and words[0].lower_ == "that"
                and not any(t.is_punct or t.i in skip for t in words)
            ):
                return _added(obj, _join(words), tok)
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "in":
        # "hand its wine industry 70m euros in aid": the verb's, through the amount
        verb = verb.head.head if verb.head.i in mine else verb.head
        if verb.pos_ != "VERB":
            # (the parse hung the amount off the subject: the giving verb before it)
            doc = tok.doc
            verb = next(
                (
                    t
                    for t in reversed(doc[_sent(tok).start : min(mine)])
                    if t.pos_ == "VERB" and t.lemma_.lower() in _GIVE_VERBS | {"hand"}
                ),
                verb,
            )
    elif tok.dep_ not in ("dobj", "nsubjpass", "npadvmod"):  # ("reached a deal - ... -")
        return obj
    lemma = verb_lemma(verb)
    getter = next((c for c in verb.lefts if c.dep_ == "nsubjpass" and c.i not in skip), None)
    if (
        tok.dep_ == "dobj"
        and lemma in _GIVE_VERBS | {"pay", "hand", "promise"}
        and getter is not None
        and _nounish(getter)
        and getter.pos_ != "PRON"
    ):
        # "John Smith was paid a bonus of £40,000": to whom
        return _added(obj, f"{participle(lemma)} to {_np(getter, skip | mine)}", tok)
    if lemma in _GOT_VERBS and verb.pos_ == "VERB":
        for k in verb.rights:  # "Rosneft received $6bn in credits from China's CNPC"
            if k.i > tok.i and k.dep_ == "prep" and k.lower_ == "from":
                words = _terms_words(k, mine)
                if words:
                    getter = _own_subject(verb)
                    by = (
                        f" by {_name(getter)}"
                        if getter is not None and getter.pos_ == "PROPN" and getter.i not in skip
                        else ""
                    )
                    return _added(obj, f"{participle(lemma)}{by} {_join(words)}", tok)
        return obj
    if lemma in _BACKED_VERBS and tok.dep_ == "dobj" and "'s " not in obj and " by " not in obj:
        backer = _own_subject(verb)
        if (
            backer is not None
            and backer.pos_ == "PROPN"
            and backer.ent_type_ in ("ORG", "GPE", "NORP")
            and backer.i not in skip
        ):
            return f"{_possessive(_name(backer))} {obj}"  # "The EU confirmed a $21m aid package"
    if lemma not in _TERMS_VERBS | _BACKED_VERBS or verb.pos_ != "VERB":
        return obj
    if lemma in _GIVE_VERBS | {"hand"}:
        given = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("dative", "dobj")
                and c.i < tok.i
                and c.i not in skip | mine
                and c.i < span.start
                and _nounish(c)
                and c.pos_ != "PRON"
            ),
            None,
        )
        if given is not None:  # ("its ailing fishing fleet": the giver's own, said already)
            return _added(obj, f"to {re.sub(r'^(?:its|their) ', '', _np(given, skip))}")
        for c in verb.rights:  # "give a £4m grant to help flood victims rebuild": what for
            if c.dep_ in ("advcl", "xcomp") and any(k.lower_ == "to" for k in c.lefts):
                words = [t for t in c.subtree if t.dep_ != "det" and t.i not in mine]
                done = next((d for d in c.rights if d.dep_ == "dobj"), None)
                if len(words) > 7 and done is not None:  # "to help women survivors of ...":
                    # the verb and its object, shortly
                    what = _np(done, skip | mine)
                    words = [k for k in c.lefts if k.lower_ == "to"] + [c]
                    return _added(obj, f"{_join(words)} {what}")
                if len(words) <= 7 and not any(t.is_punct or t.i in skip for t in words):
                    return _added(obj, _join(words), tok)
                break
    for k in verb.rights:
        case_ = next((p for p in k.children if p.dep_ == "pobj"), None)
        if (
            k.i > tok.i
            and k.dep_ == "prep"
            and (
                k.lower_ in ("on", "with", "to")
                # "reached a $140m deal in its probe into Columbia": which case
                or k.lower_ == "in"
                and case_ is not None
                and case_.lemma_.lower() in _CASE_NOUNS
                # "recommends a weekly payment of £108.49 for looking after a baby": what for
                or k.lower_ == "for"
                and any(p.dep_ == "pcomp" and p.tag_ == "VBG" for p in k.children)
            )
        ):
            words = _terms_words(k, mine)
            if words:
                return _added(obj, f"{participle(lemma)} {_join(words)}", tok)
    return obj


def _cost_of(span: Any, obj: str | None, skip: set[int]) -> str | None:
    """ "The bridge has cost £40m to build", "the document, which ... has cost £2,500 to
    design": the cost of the subject (a relative pronoun's noun), with what for; None when
    the amount is no such cost or the object says more already."""
    outs = _outward(span)
    verb = outs[0].head if outs and outs[0].dep_ == "dobj" else None
    if verb is None and outs and outs[0].dep_ == "npadvmod" and outs[0].head.tag_ == "VBG":
        verb = outs[0].head  # "..., costing motorists £2bn", the sum misparsed
    if verb is None or verb.lemma_.lower() != "cost":
        return None
    # "the strike cost the airline $40m": the cost of the strike, to whom
    payer = next(
        (c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < outs[0].i), None
    )
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        subj = verb.head  # "government schemes costing £885m"
        if obj == _np(subj, skip):
            obj = None
    if subj is not None and subj.tag_ == "WDT":
        rel = next((a for a in subj.ancestors if a.dep_ == "relcl"), None)
        subj = rel.head if rel is not None else None
    event = _costing_event(verb, skip) if subj is None else None
    if subj is None and verb.dep_ == "xcomp" and event is None:
        subj = _own_subject(verb)  # "This is thought to cost the economy £1bn"
    # "the carmaker recalled 50,000 vehicles, costing it $40m": the deed's cost
    stood = event or (_stands_for(subj) if subj is not None and subj.i not in skip else None)
    if stood is None and (subj is None or not _nounish(subj, ("NOUN",)) or subj.i in skip):
        return None
    rate = re.search(r" per \w+$", obj or "")
    bare = obj[: rate.start()] if obj and rate else obj
    if bare not in (None, "cost") and not (bare or "").startswith("cost to ") and not event:
        return None  # "The new stadium will cost $500m": the stadium's price, as it is
    what = stood or _np(subj, skip)
    if payer is not None and _nounish(payer, ("NOUN", "PROPN")) and payer.i not in skip:
        what += f" to {_np(payer, skip)}"
    doing = next((c for c in verb.rights if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"), None)
    words = [t for t in doing.subtree if t.i not in skip] if doing is not None else []
    purpose = f" {_join(words)}" if words and words[0].lower_ == "to" and len(words) <= 7 else ""
    return f"cost of {what}{purpose}{rate.group(0) if rate else ''}"


def _sale_of(span: Any, obj: str | None, skip: set[int], lx: Lexicon) -> str | None:
    """ "Citigroup has sold its insurance arm to Metlife for $11.5bn": the sale of the arm, not
    the arm (whose value the price is only at that sale); None when that is not the case."""
    outs = _outward(span)
    at = outs[0] if outs else None
    verb = (
        at.head.head if at is not None and at.dep_ == "pobj" and at.head.lower_ == "for" else None
    )
    if (
        verb is not None
        and verb.dep_ == "relcl"
        and verb.lemma_.lower() not in _TRADE_VERBS
        and verb.head.dep_ == "pobj"
        and verb.head.head.lower_ == "to"
    ):
        verb = verb.head.head.head  # "sold to a consortium which included X, for $800m"
    if verb is None or verb.lemma_.lower() not in _TRADE_VERBS:
        return None
    sold = next((c for c in verb.rights if c.dep_ == "dobj" and c.i not in skip), None)
    noun = _verb_noun(verb, lx)
    if (
        sold is None
        and verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and noun is not None
        and _nounish(verb.head, ("NOUN",))
        and verb.head.i not in skip
    ):
        # "a steel mill sold to a consortium for $800m": the sale of the mill, to them
        return f"{noun} of {_np(verb.head, skip, with_acl=False)}{_sold_to_whom(verb, skip)}"
    if sold is None and noun is not None and verb.tag_ == "VBN":
        # "Yugansk was sold for $9.3bn in an auction": the sale of the passive's subject
        sold_ = next((c for c in verb.lefts if c.dep_ == "nsubjpass" and c.i not in skip), None)
        if sold_ is not None and _nounish(sold_) and sold_.pos_ != "PRON":
            if not obj or obj.startswith(noun) and " of " not in obj:
                what = _name(sold_) if sold_.pos_ == "PROPN" else _np(sold_, skip)
                rest = obj[len(noun) :] if obj else ""
                return f"{noun} of {what}{rest}"
            if obj.endswith(_np(sold_, skip).split("'s ")[-1]):
                return f"{noun} of {obj}"  # "Globex's paper unit was sold for $40m"
    if sold is not None and noun is not None and not obj and _nounish(sold):
        # "opted to sell a minority stake to Italian bank Mediobanca for 775m euros"
        return f"{noun} of {_np(sold, skip)}{_sold_to_whom(verb, skip)}"
    if sold is None or noun is None or not obj or obj.startswith((noun, "price of ")):
        return None  # ("price of music service", for "offers it for £10": said already)
    # only when the object read is the thing sold itself, with or without its owner
    core = re.sub(r"^(?:its|their|his|her) ", "", _np(sold, skip).split("'s ")[-1])
    if not obj.endswith(core):
        return None
    return f"{noun} of {obj}"


# Nouns of a deal or a blow whose clause says what it was ("bought Zenco in a $2bn deal").
_EVENT_NOUNS = frozenset(
    """deal merger takeover transaction agreement acquisition purchase buyout hit loss charge
    blow cost""".split()
)


def _event_said(span: Any, obj: str | None, skip: set[int], lx: Lexicon) -> str | None:
    """ "Acme bought rival Zenco in a $2bn deal" -> "Acme's purchase of rival Zenco", "a
    restructuring drive led to a $300m hit" -> "hit from restructuring drive": a bare deal or
    blow told by its clause; None when the object says more already or no clause tells."""
    outs = _outward(span)
    if not outs:
        return None
    doc = span.doc
    if outs[0].dep_ in ("nmod", "compound", "amod", "nummod") and outs[0].head.dep_ == "pobj":
        noun, prep = outs[0].head, outs[0].head.head
    elif outs[0].dep_ == "pobj" and span.end < len(doc):
        noun, prep = doc[span.end], outs[0].head  # "led to a $300m hit", "hit" tagged a verb
    else:
        return None
    low = noun.lower_
    if low not in _EVENT_NOUNS or noun.i in skip:
        return None
    if obj is not None and obj != low and not obj.endswith(f"'s {low}"):
        return None
    verb = prep.head
    if prep.lower_ == "in" and verb.pos_ == "VERB":
        vnoun = _verb_noun(verb, lx)
        if any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.rights) and verb.lemma_ in (
            "snap",
            "buy",
        ):
            vnoun = "purchase"  # "snapped up rival bank FleetBoston in a $47bn merger"
        done = next((c for c in verb.rights if c.dep_ == "dobj" and c.i not in skip), None)
        if vnoun is None or done is None or not _nounish(done) or vnoun == low:
            return None
        doer = _subject(verb)
        if doer is not None and doer.lower_ == "it":
            # "became part of BOA when it snapped up FleetBoston": the firm named before
            doer = next(
                (
                    t
                    for t in reversed(doc[_sent(span).start : doer.i])
                    if t.pos_ == "PROPN" and t.ent_type_ == "ORG"
                ),
                doer,
            )
        whose = (
            f"{_possessive(_name(doer))} "
            if doer is not None and doer.pos_ == "PROPN" and doer.i not in skip
            else "its "
            if doer is not None and doer.lower_ == "it"
            else ""
        )
        return f"{whose}{vnoun} of {_np(done, skip)}"
    if prep.lower_ == "to" and verb.lemma_.lower() in ("lead", "contribute"):
        cause = _subject(verb)
        if cause is None or not _nounish(cause, ("NOUN",)) or cause.i in skip:
            return None
        what = _np(noun, skip, with_prep=True) if noun.pos_ == "NOUN" else low
        return f"{what} from {_np(cause, skip, with_prep=True)}"
    return None


_AGE_WORDS = ("over", "under")

_AGED = re.compile(r" with \w+ (?:over|under|aged) \d+")


def _where_so(obj: str, span: Any, skip: set[int]) -> str:
    """ "£200 to households with people over 60, or £300 where people are over 80": the
    amount's own "where" clause says which ones, in place of the ones said before it."""
    clause = next(
        (
            c
            for c in span[-1].rights
            if c.dep_ in ("relcl", "advcl") and any(k.lower_ == "where" for k in c.lefts)
        ),
        None,
    )
    if clause is None:
        return obj
    age = {
        t.i
        for t in clause.subtree
        if t.like_num
        and (t.head.lower_ in _AGE_WORDS or any(k.lower_ in _AGE_WORDS for k in t.lefts))
    }
    words = [t for t in clause.subtree if t.dep_ != "det"]
    if len(words) > 8 or any(t.i in skip - age or t.is_punct for t in words):
        return obj
    said = _join(words)
    return _AGED.sub(f" {said}", obj, count=1) if _AGED.search(obj) else f"{obj} {said}"


# Words of a "when" clause that make it a condition or a contrast, not the time a value held.
_NOT_THEN = frozenset("if whereas compared expected forecast".split())


def _when_said(span: Any, skip: set[int]) -> str | None:
    """ "When it opened, the cheapest ticket cost £5": a short past "when" clause on the
    amount's own verb fixes which value it is (the price then, not now); None if none."""
    head = _clause_head(span[0])
    clause = next(
        (
            c
            for c in head.children
            if c.dep_ == "advcl"
            and c.pos_ in ("VERB", "AUX")
            and any(k.lower_ == "when" and k.dep_ in ("advmod", "mark") for k in c.lefts)
        ),
        None,
    )
    if clause is None:
        return None
    words = [t for t in clause.subtree if t.dep_ != "det"]
    # (a past clause: "when it meets next week" is a time to come, no value that held)
    past = clause.tag_ == "VBD" or any(
        k.dep_ in ("aux", "auxpass") and k.tag_ == "VBD" for k in clause.lefts
    )
    if (
        not past
        or len(words) > 6
        or any(t.i in skip or t.is_punct or t.lower_ in _NOT_THEN for t in words)
        or any(t.like_num and t.ent_type_ != "DATE" for t in words)  # (another figure)
    ):
        return None
    return " ".join([words[0].lower_, _join(words[1:])])


# The head of a "than" phrase that names a time: a change measured against an earlier time.
_THEN_WORDS = frozenset("ago earlier before last previous".split())


def _than_then(span: Any) -> str | None:
    """ "inventories were 36% higher than a year ago": the change is on that earlier time
    (year on year), which the comparison's own "than" says; None if it has no such time."""
    outs = _outward(span)
    comp = outs[0].head if outs else None
    if comp is None or comp.tag_ not in ("JJR", "RBR"):
        return None
    comp_rights = list(comp.rights)  # (once: each walk builds the tokens anew)
    than = next((c for c in comp_rights if c.dep_ == "prep" and c.lower_ == "than"), None)
    words = [t for t in than.subtree if t.i != than.i] if than is not None else []
    if (
        0 < len(words) <= 4
        and any(t.lower_ in _THEN_WORDS for t in words)
        and all(t.ent_type_ == "DATE" or t.lower_ in _THEN_WORDS for t in words)
    ):
        return f"from {_join(words)}"
    return _than_it_was(comp_rights)


def _than_it_was(comp_rights: list[Any]) -> str | None:
    """ "30% higher than it was at the start of 2003": a clause of the measured thing's
    own being ("it was", "they were") at a time; the change is from that time."""
    was = next(
        (
            c
            for c in comp_rights
            if c.dep_ == "advcl"
            and c.lemma_ == "be"
            and any(k.lower_ == "than" for k in c.lefts)
            and any(k.dep_ == "nsubj" and k.tag_ == "PRP" for k in c.lefts)
        ),
        None,
    )
    when = (
        next((c for c in was.rights if c.dep_ == "prep" and c.lower_ in ("at", "in", "on")), None)
        if was is not None
        else None
    )
    words = [t for t in when.subtree if t.i != when.i and t.dep_ != "det"] if when else []
    if not (0 < len(words) <= 4 and all(t.ent_type_ == "DATE" for t in words)):
        return None
    return f"from {_join(words)}"


# Clause links through which a fronted frame still holds ("Under the deal, Acme agreed to
# pay $5m", "..., Acme said it would pay $5m", "can be 80% owned by").
_FRAME_THROUGH = frozenset("xcomp ccomp conj acomp".split())


def _frame_of(span: Any, verb: Any, skip: set[int]) -> tuple[str, str] | None:
    """ "Under the settlement, Acme will take a $800m charge", "pay is to rise by £1,400 as
    part of new proposals": the arrangement the amount's clause (its verb, or the noun the
    amount sizes) holds under, as ("under settlement", its head noun); "in" for a budget
    ("under budget" reads as below it) or where the text says "in". None if none."""
    holders = [verb] if verb is not None else []
    if verb is not None and verb.dep_ in _FRAME_THROUGH:
        up = verb.head
        if up.pos_ in ("VERB", "AUX"):
            holders.append(up)
    outs = _outward(span)
    sized = outs[0].head if outs else None
    if sized is not None and sized.pos_ == "NOUN" and (verb is None or sized.i != verb.i):
        holders.append(sized)  # "a $850m charge under the settlement"
    for h in holders:
        for c in h.children:
            low = c.lower_
            if c.dep_ != "prep" or low not in ("under", "as", "in") or c.i in skip:
                continue
            frame = _frame_noun(c)
            if frame is None or c.left_edge.i <= span.start <= c.right_edge.i:
                continue  # ("in a deal worth $900m": the amount's own phrase)
            if low == "in" and not any(k.dep_ in ("det", "poss") for k in frame.lefts):
                continue  # ("in terms of value", "in law": a bare "in" noun is an idiom)
            words = _frame_words(frame, skip)
            if words is None:
                continue
            head = frame.lemma_.lower()
            prep = "in" if low == "in" or head == "budget" else "under"
            return f"{prep} {_join(words)}", head
    return None


def _frame_noun(prep: Any) -> Any:
    """The arrangement noun of an "under X", "in X" or "as part of X" phrase, or None."""
    noun = next((p for p in prep.children if p.dep_ == "pobj"), None)
    if noun is not None and prep.lower_ == "as":
        if noun.lower_ != "part":
            return None
        of = next((k for k in noun.children if k.dep_ == "prep" and k.lower_ == "of"), None)
        noun = next((p for p in of.children if p.dep_ == "pobj"), None) if of else None
    if (
        noun is None
        or noun.pos_ != "NOUN"
        or noun.lemma_.lower() not in _FRAME_NOUNS
        or noun.ent_type_ in ("DATE", "TIME")
    ):
        return None
    return noun


def _frame_words(noun: Any, skip: set[int]) -> list[Any] | None:
    """ "the new Lib Dem proposals announced in January" -> "new Lib Dem proposals", "the
    terms of the deal" -> "terms of deal": the noun with its own words before it (and a
    short "of" phrase), without articles or "its"; None if long or holding an amount."""
    words = [t for t in noun.doc[noun.left_edge.i : noun.i + 1] if t.dep_ != "det"]
    words = [t for t in words if not (t.dep_ == "poss" and t.tag_ == "PRP$")]
    of = next(
        (k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "of" and k.i == noun.i + 1),
        None,
    )
    of_noun = next((p for p in of.children if p.dep_ == "pobj"), None) if of else None
    if of is not None and of_noun is not None:
        said = noun.doc[of.i : of_noun.i + 1]
        words += [t for t in said if t.dep_ != "det" and t.tag_ != "PRP$"]
    if not words or len(words) > 6:
        return None
    if any(t.i in skip or t.is_punct and t.tag_ != "HYPH" for t in words):
        return None
    return words


def _tails_added(out: list[Amount]) -> None:
    """The stretch of time it is over (`_span`), the "when" or "than" words kept for an
    object (`_tail`), then the arrangement it holds under (`_frame`), go on its end, and on
    its conversions' ends, once every pass that reads the object's opening is done."""
    for a in out:
        tail = a.extra.pop("_tail", None)
        frame = a.extra.pop("_frame", None)
        spanned = a.extra.pop("_span", None)  # "over next five years"
        if not a.object:
            continue
        if tail and tail in a.object:
            tail = None
        if spanned and a.period is None and spanned not in a.object:
            tail = f"{spanned} {tail}" if tail else spanned
        if frame is not None and not _frame_said(frame, a.object):
            tail = f"{tail} {frame[0]}" if tail else frame[0]  # "under settlement", last
        if not tail:
            continue
        said = a.object
        for b in out:  # (its conversions: "$20 (£11)")
            if b.extra.get("conversion_of") == list(a.span) and b.object == said:
                b.object = f"{said} {tail}"
        a.object = f"{said} {tail}"


def _frame_said(frame: tuple[str, str], obj: str) -> bool:
    """Whether the object names its frame's noun already ("cuts in the budget")."""
    return (  # (the word first: the pattern is built, and compiled, for each frame)
        _may_say(obj, frame[1])
        and re.search(rf"\b{re.escape(frame[1])}(?:e?s)?\b", obj, re.I) is not None
    )


def _phrase_words(head: Any, skip: set[int], most: int) -> list[Any] | None:
    """`head`'s subtree without articles, cut at a comma; None if long or holding another
    amount."""
    words = [t for t in head.subtree if t.dep_ != "det" or t.i == head.i]
    cut = next((k for k, t in enumerate(words) if t.is_punct and t.tag_ != "HYPH"), len(words))
    words = words[:cut]
    if not words or len(words) > most or any(t.i in skip for t in words):
        return None
    return words


def _bare_noun_said(span: Any, obj: str | None, skip: set[int]) -> str | None:
    """ "an $850m payout to settle a lawsuit", "a 475m euro hit in costs stemming from a
    scandal", "The £13.8m deal gives Burren access to India's oil industry": a bare money
    noun with what its own phrase or clause says of it; None when the object says more."""
    outs = _outward(span)
    if not outs or outs[0].dep_ not in ("nmod", "compound", "amod", "nummod"):
        return None
    noun = outs[0].head
    # (after its owner: "Marsh's payout")
    owner = (  # (the apostrophe first: the pattern is built, and compiled, for each noun)
        re.match(rf"^(.+?['’]s?) {re.escape(noun.lower_)}$", obj, re.I)
        if obj and ("'" in obj or "’" in obj) and _may_say(obj, noun.lower_)
        else None
    )
    if owner is not None:
        obj = obj[owner.end(1) + 1 :] if obj else obj
    if obj is None or obj.lower() != noun.lower_ or noun.pos_ not in ("NOUN", "ADJ"):
        return None
    if noun.i in skip or noun.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass", "attr"):
        return None
    mine = f"{owner.group(1)} " if owner is not None else ""
    parts: list[Any] = []
    # (or the purpose the parse hung on the verb, right after the noun: "blamed an $850m
    # payout to settle a lawsuit")
    hung = [
        c
        for c in noun.head.rights
        if noun.dep_ == "dobj"
        and c.dep_ in ("xcomp", "advcl")
        and c.left_edge.i == noun.right_edge.i + 1
        and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.lefts)
    ]
    for c in (*noun.rights, *hung):
        if c.i in skip:
            continue
        words = None
        if c.dep_ in ("acl", "relcl", "xcomp", "advcl") and any(
            k.dep_ == "aux" and k.lower_ == "to" for k in c.lefts
        ):
            words = _phrase_words(c, skip, 8)  # "payout to settle a price-rigging lawsuit"
        elif c.dep_ == "prep" and c.lower_ in ("in", "for", "on", "over", "from", "against"):
            words = _phrase_words(c, skip, 10)  # "hit in costs stemming from a scandal"
            if words and any(t.ent_type_ in ("DATE", "TIME") for t in words):
                words = None
        if words:
            parts += words
        break
    if not parts and noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
        verb = noun.head  # "The £13.8m deal gives Burren Energy access to the industry"
        said = [t for c in verb.rights if c.dep_ in ("dobj", "dative", "prep") for t in c.subtree]
        said = [t for t in said if t.dep_ != "det"]
        cut = next((k for k, t in enumerate(said) if t.is_punct), len(said))
        said = said[:cut]
        if (
            0 < len(said) <= 9
            and not any(t.i in skip for t in said)
            and verb.lemma_.lower() not in _SAY_VERBS | _HEARSAY_VERBS | {"be", "have"}
        ):
            return f"{mine}{noun.lower_} {gerund(verb_lemma(verb))} {_join(said)}"
    if not parts:
        return None
    return f"{mine}{noun.lower_} {_join(parts)}"


# Money a reason is given for ("a fine for speeding"): the reason names which one.
_FOR_NOUNS = frozenset(
    """fine fines penalty penalties compensation damages fee fees award bonus reward""".split()
)


def _what_for(obj: str, span: Any, skip: set[int]) -> str:
    """ "a fine ... and of up to £2,500 for failing to sign up": what a one-word object (or
    a fine's, a fee's: "fine faced by drivers") is for, by the amount's own "for", or its
    noun's, or the verb's the noun is the object of."""
    outs = _outward(span)
    # (or the noun's, in "a fine of up to £100 for people who drop litter")
    noun = (
        outs[0].head.head
        if outs and outs[0].dep_ == "pobj" and outs[0].head.lower_ == "of"
        else outs[0].head
        if outs and outs[0].dep_ in ("nummod", "compound", "nmod", "quantmod")
        else None
    )
    lead = obj.split(" ", 1)[0].lower()  # ("fine faced by drivers": the noun leads)
    hosts = [*span, *_for_hosts(noun)] if noun is not None and noun.lower_ == lead else list(span)
    if " for " in obj:
        # "a fine of £1,000 for X and of £2,500 for Y": a listed amount's own "for" says
        # what it is for instead of the first's, whose object it was given
        hosts = list(span)
    stem = obj.split(" for ", 1)[0]
    for t in hosts:
        for c in t.rights:
            if (
                c.dep_ == "prep"
                and c.lower_ == "for"
                and c.i not in skip
                and c.i > span.start
                # (not a time: "paid a fine for the first time")
                and not any(p.lemma_ in _TIME_NOUNS for p in c.children if p.dep_ == "pobj")
            ):
                # (without its conditions: "for failing to sign up if the cards ...", up to
                # another amount's "and of up to £400")
                cond = {w.i for k in c.subtree if k.dep_ == "advcl" for w in k.subtree}
                sub = list(c.subtree)
                cut = next(
                    (
                        k
                        for k, w in enumerate(sub)
                        if w.i in cond
                        or w.i in skip
                        or w.pos_ == "CCONJ"
                        or w.is_punct
                        and w.tag_ != "HYPH"
                    ),
                    len(sub),
                )
                # (a noun's "for" that runs on into another amount's words is theirs too,
                # unless a clause of its own ends before them: "for people who ... or ...")
                if (
                    t.i not in range(span.start, span.end)
                    and any(w.i in skip for w in sub)
                    and (cut == len(sub) or sub[cut].i in skip)
                ):
                    continue
                words = [w for w in sub[:cut] if w.lower_ not in ("a", "an", "the")]
                if 1 < len(words) <= 10 and not any(w.ent_type_ in ("DATE", "TIME") for w in words):
                    return f"{stem} {_join(words)}"
    return obj


def _margin_done(obj: str, span: Any, skip: set[int]) -> str:
    """ "he will meet the spending target with a margin of £4bn" -> "margin in meeting
    spending target": a bare margin is the one something is done by, said by the verb it
    hangs on with "with" or "by" (`obj` otherwise)."""
    outs = _outward(span)
    of = outs[0].head if outs and outs[0].dep_ == "pobj" else None
    noun = of.head if of is not None and of.lower_ == "of" else None
    if noun is None or noun.lower_ != obj or noun.dep_ != "pobj":
        return obj
    by, done = noun.head, noun.head.head
    if by.lower_ not in ("with", "by") or done.pos_ != "VERB":
        return obj
    what = next((c for c in done.children if c.dep_ == "dobj" and c.i < by.i), None)
    if what is None or not _nounish(what) or what.i in skip:
        return obj
    return f"{obj} in {gerund(verb_lemma(done))} {_np(what, skip)}"


def _for_hosts(noun: Any) -> list[Any]:
    """Where the "for" of a money noun may hang: on the noun, on the noun a slip doubled ("a
    fine of up to £500 fine for ..."), or on the verb the noun is the object of ("drivers face
    a £60 fine for speeding")."""
    hosts = [noun]
    up = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if up is not None and up.lower_ == noun.lower_:
        hosts.append(up)
        noun = up
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        hosts.append(noun.head)
    return hosts


def _valued_past_aside(span: Any, skip: set[int]) -> str | None:
    """ "That sale valued Ferrari - which owns the Maserati brand - at 2.3bn euros": the
    parse hangs the "at" inside the aside; the value is of what was valued before it."""
    doc = span.doc
    at = doc[span.start - 1] if span.start > 1 else None
    if at is None or at.lower_ != "at" or doc[at.i - 1].text not in ("-", "–", "—", ")", ","):
        return None
    for v in reversed(doc[_sent(span).start : at.i]):
        if v.lemma_.lower() == "value" and v.pos_ == "VERB":
            if any(c.dep_ == "prep" and c.lower_ == "at" for c in v.rights):
                return None  # its own "at": the parse is right as it is
            valued = next((c for c in v.rights if c.dep_ == "dobj" and c.i not in skip), None)
            if valued is None or not _nounish(valued) or valued.i >= at.i:
                return None
            what = _name(valued) if valued.pos_ == "PROPN" else _np(valued, skip)
            return f"valuation of {what}"
    return None


# Passive verbs money is handed out by ("£5m will be given to schools").
_HANDED_VERBS = frozenset("offer give lend provide make allocate grant award pay".split())


def _handed_out(span: Any, skip: set[int]) -> str | None:
    """ "The bulk of the money - about 40m euros - will be offered in the form of preferential
    loans to indebted producers", "£5m will be given to schools": in what form and to whom the
    money is handed out; None when the sentence does not say."""
    outs = _outward(span)
    if not outs:
        return None
    h = outs[0]
    if h.dep_ == "appos":  # "the money - about 40m euros -"
        h = h.head
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.dep_ == "nsubjpass":
        h = h.head.head  # "the bulk of the money"
    verb = h.head if h.dep_ == "nsubjpass" else None
    if verb is None or verb.lemma_.lower() not in _HANDED_VERBS:
        return None
    heads = [verb, *(c for c in verb.rights if c.dep_ in ("oprd", "acomp"))]  # "made available"
    form = whom = None
    for c in (k for x in heads for k in x.rights):
        pobj = next((p for p in c.children if p.dep_ == "pobj" and p.i not in skip), None)
        if pobj is None or c.dep_ not in ("prep", "dative"):
            continue
        if c.lower_ == "in" and form is None:
            inner = next(
                (
                    p
                    for k in pobj.rights
                    if k.lower_ == "of"
                    for p in k.children
                    if p.dep_ == "pobj"
                ),
                None,
            )
            form = inner if pobj.lemma_.lower() == "form" and inner is not None else pobj
        elif c.lower_ == "to" and whom is None:
            whom = pobj
    if form is None and whom is not None:
        # "to wine cooperatives, which ..., in low interest loans": hung on the receiver
        form = next(
            (
                p
                for c in whom.rights
                if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children
                if p.dep_ == "pobj" and p.i not in skip and p.tag_ in _PLURAL_TAGS
            ),
            None,
        )
    if form is None and whom is None:
        return None
    what = _np(form, skip) if form is not None else "money"
    shown = skip | ({form.head.i, *(t.i for t in form.subtree)} if form is not None else set())
    return f"{what} to {_np(whom, shown)}" if whom is not None else what


_ASKED_NOUNS = frozenset("claim demand bid request call appeal".split())


def _claim_for(obj: str, out: Any) -> str:
    """ "its claim for $280bn in damages from tobacco firms" -> "claim for damages from
    tobacco firms": money asked for is the claim's, not money paid."""
    held = out.head if out.dep_ in ("nmod", "compound", "nummod", "quantmod") else out
    asked = held.head.head if held.dep_ == "pobj" and held.head.lower_ == "for" else None
    if asked is None or asked.lemma_.lower() not in _ASKED_NOUNS or asked.lower_ in obj:
        return obj
    return f"{asked.lower_} for {obj}"


def _cost_at(span: Any, skip: set[int]) -> str | None:
    """ "The scheme was scrapped, having attracted 900 students at a cost of £50m": the cost
    of the clause's subject; None when the sentence does not name one."""
    outs = _outward(span)
    of = outs[0].head if outs else None
    cost = of.head if of is not None and of.lower_ == "of" else None
    if cost is None or cost.lemma_ != "cost" or cost.dep_ != "pobj" or cost.head.lower_ != "at":
        return None
    verb = cost.head.head
    subj = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    if subj is None or subj.i in skip or subj.pos_ == "PRON" or not _nounish(subj):
        return None
    split = [c for c in subj.head.children if c.dep_ == subj.dep_]
    if len(split) > 1 and split[-1].i - split[0].i == len(split) - 1:
        # "The e-University": a name the parse cut into several subjects
        return f"cost of {span.doc[split[0].i : split[-1].i + 1].text}"
    return f"cost of {_np(subj, skip)}"


def _funding_for(span: Any, skip: set[int]) -> str | None:
    """ "Ms Hutt announced £264m for health services": money announced, given or set aside
    for something is funding for it; None otherwise."""
    outs = _outward(span)
    verb = outs[0].head if outs and outs[0].dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in _FUNDING_VERBS:
        return None
    for c in verb.rights:
        if c.dep_ == "prep" and c.lower_ == "for" and c.i not in skip:
            what = next((p for p in c.children if p.dep_ == "pobj"), None)
            if what is not None and _nounish(what, ("NOUN",)) and what.i not in skip:
                return f"funding for {_np(what, skip)}"
    return None


_FUNDING_VERBS = frozenset(
    "announce unveil allocate earmark pledge promise commit provide set approve".split()
)


def _sale_sides(out: list[Amount], text: str) -> None:
    """ "agreed with an Indian airline the sale of 10 planes for $630m": the things sold are
    the deal's, both sides' as its price is."""
    for a in out:
        words = (a.object or "").split()
        if words and words[0].endswith(("'s", "'", "’s")):
            words = words[1:]  # "Acme's sale of planes"
        if a.extra.get("kind") != "count" or not words or words[0] not in ("sale", "purchase"):
            continue
        price = next(
            (
                b
                for b in out
                if b.unit not in ("percent", a.unit)
                and f"{words[0]} of " in (b.object or "")
                and len(b.parties) > len(a.parties)
                and set(a.parties) <= set(b.parties)
                and "." not in text[min(a.span[1], b.span[1]) : max(a.span[0], b.span[0])]
            ),
            None,
        )
        if price is not None:
            a.parties = [*a.parties, *(c for c in price.parties if c not in a.parties)]


# A figure given as it would be without currency moves ("would have been 8% higher if
# currency movements were stripped out", "at constant exchange rates").
_NO_CURRENCY = re.compile(
    r"[^.;]{0,30}?\b(?:if (?:the )?(?:effects? of )?(?:currency|exchange[- ]rate) "
    r"(?:movements|moves|effects|changes|swings|fluctuations) (?:were|are|had been) "
    r"(?:stripped out|excluded|removed|taken out|ignored)|at constant (?:currency|currencies|"
    r"exchange rates)|excluding (?:the effects? of )?(?:currency|exchange[- ]rate) "
    r"(?:movements|moves|effects|changes|swings))",
    re.I,
)


def _currency_stripped(out: list[Amount], text: str) -> None:
    """ "rise in Cadbury's profits" -> "... excluding currency movements": a figure said
    as it would be without currency moves."""
    for a in out:
        if (
            a.object
            and "currency" not in a.object
            # (every match holds one of the words, within its longest reach of 96 characters)
            and _may_hold(text[a.span[1] : a.span[1] + 100], "currenc", "exchange")
            and _NO_CURRENCY.match(text, a.span[1])
        ):
            a.object = f"{a.object} excluding currency movements"
            if a.extra.get("modality") == "possible":
                a.extra.pop("modality")  # (a figure restated, not a thing that may happen)


def _payment_for_bought(out: list[Amount]) -> None:
    """ "Illva's payment" -> "Illva's payment for stake in Changyu": a bare payment by a
    buyer the article told of buying a stake before is for that stake."""
    bought: list[tuple[str, str]] = []  # (buyer's first word, what it bought)
    for a in out:
        m = _BOUGHT_BY.match(a.object or "")
        if m is not None:
            bought.append((m.group("by").split()[0], m.group("what")))
            continue
        paid = _BARE_PAYMENT.fullmatch(a.object or "")
        if paid is None:
            continue
        what = next((w for by, w in reversed(bought) if paid.group(1).split()[0] == by), None)
        if what is not None:
            a.object = f"{a.object} for {what}"


_BOUGHT_BY = re.compile(r"^(?P<what>stake in .+?) (?:bought|acquired|taken) by (?P<by>[A-Z].*)$")
_BARE_PAYMENT = re.compile(r"([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*)['’]s? payment")


_BARE_RATES = re.compile(r"^((?:rise|fall|cut|increase|drop) in )?(rates?)$", re.I)


def _interest_rates(out: list[Amount], text: str) -> None:
    """ "he believed rates would remain at 4.75%" -> "interest rates": a bare "rates" in an
    article about interest rates is theirs."""
    if "interest rate" not in text.lower():
        return
    for a in out:
        m = _BARE_RATES.match(a.object or "")
        if m is not None and a.unit in ("percent", "percentage_points", "basis_points"):
            a.object = f"{m.group(1) or ''}interest {m.group(2).lower()}"


# "the Dome cost taxpayers £28.7m to maintain": the cost of a named thing, said just before
# the amount, when the parse missed the verb ("cost" read as a noun).
_COST_BEFORE = re.compile(
    r"\b(?:[Tt]he )?(?P<subj>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}) (?:has |had |will |would |could )?"
    r"(?:cost|costs) (?P<payer>(?:the )?[a-z]+ )?$"
)
_COST_FOR = re.compile(r"(?: \([^)]*\))? (to [a-z]+(?: (?:and|or) [a-z]+)?)\b")


def _cost_said(out: list[Amount], text: str) -> None:
    """ "The Dome cost taxpayers £28.7m to maintain and sell" -> "cost of Dome to taxpayers
    to maintain and sell": an amount left with no object, that a named thing's "cost" comes
    right before."""
    for a in out:
        if a.object is not None or a.unit in ("percent", "percentage_points"):
            continue
        m = _COST_BEFORE.search(text, max(0, a.span[0] - 80), a.span[0])
        if m is None or m.group("subj").split()[0] in ("A", "It", "This", "That"):
            continue
        payer = f" to {m.group('payer').strip()}" if m.group("payer") else ""
        doing = _COST_FOR.match(text, a.span[1])
        purpose = f" {doing.group(1)}" if doing else ""
        a.object = f"cost of {m.group('subj')}{payer}{purpose}"


# "a figure nearer $290m", "the figure will be closer to 3%", "The figure of 3.15 million
# people": a figure an earlier sentence gave.
_FIGURE_SAID = re.compile(r"\b(?:[Tt]he|[Aa]|[Tt]his|[Tt]hat) (?:figure|estimate)\b")


def _figure_before(out: list[Amount], text: str) -> None:
    """ "Net profit rose 12% to $310m. Analysts had expected a figure nearer $290m": the
    figure is of what the nearest amount of its kind in the two sentences before measures,
    when its own object says no more than its counted noun."""
    if "figure" not in text and "estimate" not in text:
        return
    for k, a in enumerate(out):
        if a.object is not None and a.object != a.unit or "_own_figure" in a.extra:
            continue  # (an object of its own: "a figure of 5m people" says only "people")
        lo, _ = _text_sentence(text, a.span[0], a.span[1])
        said = list(_FIGURE_SAID.finditer(text, lo, a.span[0]))
        if not said or any(said[-1].end() <= b.span[0] < a.span[0] for b in out):
            continue  # (no figure before it, or another amount's)
        before = next(
            (
                b
                for b in reversed(out[:k])
                if b.span[1] <= lo
                and b.object
                and "conversion_of" not in b.extra
                and (b.unit == a.unit or _is_currency(b.unit) and _is_currency(a.unit))
            ),
            None,
        )
        if before is None or lo - before.span[1] > 400:
            continue
        back = _text_sentence(text, before.span[0], before.span[1])[0]
        if text.count(". ", back, lo) > 2:
            continue  # (more than two sentences back)
        a.object = before.object
        a.parties = a.parties or list(before.parties)


def _is_currency(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()


def _sold_to(obj: str, sent: Any, skip: set[int], main_org: str | None = None) -> str:
    """ "agreed with an Indian airline the sale of 10 planes": a sale agreed with someone
    is a sale to them ("sale of planes to Indian airline"; `obj` as it is otherwise)."""
    if "sale of " not in obj or " to " in obj:
        return obj
    sale = next((t for t in sent if t.lower_ == "sale" and t.dep_ == "dobj"), None)
    if sale is None or sale.head.lemma_.lower() not in ("agree", "sign", "complete", "close"):
        return obj
    with_ = next((c for c in sale.head.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    buyer = next((p for p in with_.children if p.dep_ == "pobj"), None) if with_ else None
    if buyer is None or buyer.i in skip or not _nounish(buyer):
        return obj
    seller = _own_subject(sale.head)
    if seller is not None and seller.lower_ == "it" and sale.head.dep_ == "ccomp":
        seller = _own_subject(sale.head.head)  # "The firm said it had agreed ...": the firm
    name = (
        _name(seller)
        if seller is not None and seller.pos_ == "PROPN"
        else main_org
        if seller is not None
        and seller.lemma_.lower() in _COMPANY_NOUNS
        and any(c.lower_ == "the" for c in seller.lefts)
        else None
    )
    if name and obj.startswith("sale of "):
        obj = f"{_possessive(name)} {obj}"  # "The US company ... the sale": the firm's
    return f"{obj} to {_np(buyer, skip)}"


_A_CURRENCY = re.compile(
    r"(?i)\b(?:dollar|euro|yen|pound|sterling|currency|franc|yuan|rouble|ruble|rupee|peso)s?\b"
)
# What a currency moved against, said right after the change: "lost 7% against the euro".
_AGAINST_AFTER = re.compile(
    r"\s+against\s+(?:the\s+)?((?:US\s+|Japanese\s+|single\s+|European\s+|British\s+)?"
    r"(?:dollar|euro|yen|pound|sterling|currency|franc|yuan|rouble|ruble|rupee|peso|"
    r"[A-Z]\w+ currencies|currencies)s?)\b"
)


def _against_currency(out: list[Amount], text: str) -> None:
    """ "the US currency, which had lost 7% against the euro": a currency's change is
    against another, which the object keeps ("fall in US currency against the euro")."""
    for a in out:
        obj = a.object or ""
        if a.unit != "percent" or "change" not in a.extra or not _A_CURRENCY.search(obj):
            continue
        m = _AGAINST_AFTER.match(text, a.span[1])
        if m is not None and m.group(1) not in obj:
            a.object = f"{obj} against the {m.group(1)}"
        elif m is None and " against " not in obj:
            rated = _rate_said_before(out, a, text)
            if rated and rated not in obj:  # (not the yen's rise against the yen)
                a.object = f"{obj} against the {rated}"


# A time said as whose an amount is, right before it: "last year's £3.1bn total".
_TIME_OWNER = re.compile(
    r"\b((?:last|previous|past|prior|next|this|the same) (?:financial )?"
    r"(?:year|quarter|month|week|season|decade))['\u2019]s\s+$",
    re.I,
)
_TIME_NOUN = re.compile(r"\b(?:year|quarter|month|week|season|decade|\d{4})")


def _time_owned(out: list[Amount], text: str) -> None:
    """ "This year's overspend was less than last year's £3.1bn total": the figure is of that
    time ("overspend last year"), which a bare object read from elsewhere leaves out."""
    for a in out:
        obj = a.object or ""
        start = a.span[0]
        if not obj or not text.endswith(("'s ", "\u2019s "), 0, start) or _TIME_NOUN.search(obj):
            continue
        m = _TIME_OWNER.search(text, max(0, start - 40), start)
        if m is not None:
            a.object = f"{obj} {m.group(1).lower()}"


_AGREE_TO = re.compile(r"\b(?:agree|agreed|agreeing|agrees|consent|consented) to\b")


def _what_agreed_to(out: list[Amount], doc: Any, text: str) -> None:
    """ "expected Nippon to agree to a price rise of 40%": a bare noun that is what someone
    agrees to is theirs to agree ("price rise agreed to by Nippon")."""
    for a in out:
        obj = a.object or ""
        lo = max(0, a.span[0] - 80)
        if not obj or obj.count(" ") > 2 or "'" in obj or " by " in obj:
            continue
        if not _AGREE_TO.search(text, lo, a.span[0]):
            continue
        span = doc.char_span(a.span[0], a.span[1], alignment_mode="expand")
        noun = _of_noun(span[-1]) if span is not None and len(span) else None
        if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "to":
            continue
        verb = noun.head.head
        if verb.lemma_.lower() not in ("agree", "consent") or obj.split()[-1] != noun.text:
            continue
        who = _own_subject(verb)
        if who is None and verb.dep_ in ("ccomp", "xcomp"):
            who = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if who is not None and who.pos_ in ("PROPN", "NOUN") and who.i < verb.i:
            by = _name(who) if who.pos_ == "PROPN" else _np(who, set())
            if who.pos_ == "NOUN" and by[:1].isupper() and not by.isupper():
                by = by[0].lower() + by[1:]  # ("Unions agreed": not a name)
            # ("analysts expected Nippon to agree to": only expected, not agreed)
            hoped = expected_to_agree(verb, by)
            a.object = f"{obj} {hoped}" if hoped else f"{obj} agreed to by {by}"


def _of_noun(tok: Any) -> Any:
    """The noun an amount is "of" ("a rise of 5%": rise), or None."""
    for _ in range(3):
        tok = tok.head
        if tok.dep_ == "prep" and tok.lower_ == "of":
            return tok.head if tok.head.pos_ == "NOUN" else None
    return None


_DEFINING = re.compile(r"\b(?:of|where|who|which|that)\b")


def _dash_defined(out: list[Amount], text: str) -> None:
    """ "Resolution rates - the number of calls where a query is resolved - are running at
    50%": a subject defined between dashes right after it is kept with its definition."""
    for a in out:
        obj = a.object or ""
        lo = max(0, a.span[0] - 250)
        # (the literal test first: a pattern built per object is compiled each time)
        if len(obj) < 4 or obj + " - " not in text[lo : a.span[0]]:
            continue
        m = re.search(
            re.escape(obj) + r" - (?:the |an? )([^-\d.;:\"()]{5,120}?) - ", text[lo : a.span[0]]
        )
        if m is None or "." in text[lo + m.end() : a.span[0]] or len(m.group(1).split()) > 14:
            continue
        if not _DEFINING.search(m.group(1)):
            continue  # (not "The firm - the largest in the sector -": no definition)
        said = m.group(1)
        if a.unit == "percent" and said.startswith("number of "):
            said = f"share{said[6:]}"  # a rate in percent is the share, not the number
        a.object = f"{obj} ({said})"


def _rate_said_before(out: list[Amount], a: Amount, text: str) -> str | None:
    """ "The dollar was buying 104.76 yen at 0950 GMT, 0.5% stronger on the day": the
    currency a rate just before in the same sentence is quoted in ("yen"), which a change
    of the rated currency is against; None when there is none."""
    for b in out:
        if b.span[1] > a.span[0] or not (b.object or "").startswith("exchange rate of "):
            continue
        between = text[b.span[1] : a.span[0]]
        word = b.text.split()[-1].lower()
        if "." not in between and len(between) < 60 and _A_CURRENCY.fullmatch(word):
            one = word.removesuffix("s")  # "against the dollar", not "the dollars"
            return one if _A_CURRENCY.fullmatch(one) else word
    return None
