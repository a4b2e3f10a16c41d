"""What an amount measures, read from the tree around it (`_read`): the noun the amount
quantifies or the subject of its verb, the complement of a change or of a price, the noun
whose level a verb moves ("raise spending to 2% of GDP"), what a saving or a payment is in,
the measure a clause names ("in terms of market value"); and, when the tree gives nothing
direct, objects found nearby (an earlier noun, the clause's object, a change beside it).
"""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_changes import _changed_noun, _parallel_change
from communique.extract.amounts_defining_words import deed_costed
from communique.extract.amounts_hits import _Hit
from communique.extract.amounts_lexicon import lexicon
from communique.extract.amounts_objects import (
    _bad_object,
    _firm_name,
    _paid_by,
    _placed,
    _priced,
    _verb_phrase,
)
from communique.extract.amounts_owners import _resolve_they
from communique.extract.amounts_parse import (
    _base,
    _clause_head,
    _governing_verb,
    _has_complement,
    _join,
    _name,
    _nounish,
    _np,
    _outward,
    _personal,
    _possessive,
    _predicate,
    _Reading,
    _spaced_dash_before,
    _subject,
    _uncap_opening,
    _under_rule,
    _verb_noun,
    _with_listed,
)
from communique.extract.amounts_prenominal import _PRICED
from communique.extract.amounts_sentences import _sent
from communique.extract.amounts_shares import (
    _gapped_share,
    _held_by_holders,
    _poll_answer,
    _share_base,
    _share_held,
    _share_of,
    _share_verb,
    _with_state,
)
from communique.extract.amounts_terms import _terms_words
from communique.extract.amounts_words import (
    _AIM_NOUNS,
    _BARE_CHANGES,
    _CHANGE_NOUNS,
    _COMPANY_NOUNS,
    _DEAL_WORDS,
    _DESCRIBED,
    _INDEX_NAMES,
    _LEVEL_VERBS,
    _MEASURE_ACRONYMS,
    _NOT_COUNTED,
    _NOUN_WAYS,
    _PLURAL_TAGS,
    _PRICE_VERBS,
    _SAY_VERBS,
)
from communique.extract.inflect import participle, verb_lemma
from communique.record import Amount

# Changes that say nothing of what changed without "in"/"of" ("a £6.4bn rise").
_FALL_NOUNS = frozenset("fall drop decline slump".split())

# Verbs whose subject pays, spends or receives money: the subject is an agent, the verb
# phrase ("repay to Lord X", "spend on roads") names what the money is.
_MONEY_VERBS = frozenset(
    """pay repay spend invest raise give lend borrow donate receive earn win get owe charge
    fine award grant pledge offer bid allocate save cut budget set generate make provide
    contribute inject earmark lose fetch""".split()
)

# Holders whose percentage is the stake they hold ("a 30% shareholder").
_OWNER_NOUNS = frozenset("shareholder stakeholder owner holder investor partner".split())
# The change a level verb's "by" amount is ("cut taxes by £5bn" -> a cut in taxes).
_CHANGE_OF = {
    "cut": "cut",
    "reduce": "reduction",
    "lower": "reduction",
    "slash": "cut",
    "trim": "cut",
    "raise": "increase",
    "increase": "increase",
    "lift": "increase",
    "boost": "increase",
    "push": "increase",
    "overstate": "overstatement",
    "understate": "understatement",
    "restate": "restatement",  # "restated earnings by $5bn": a restatement of earnings
    "inflate": "overstatement",
    "vary": "variation",
}

# Verbs that keep a level where it is ("unemployment stands at 5%").
_HOLD_VERBS = frozenset("keep stand remain hold stay limit cap restrict peg".split())

_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})

# "£13m will come from the grant": the verbs whose "from" names where money comes from.
_SOURCE_VERBS = frozenset("come derive".split())


def _as_change(r: _Reading, span: Any, prep: str) -> None:
    """ "save $3bn in repayments", "cut £2bn in spending": the saving or cut, not the
    repayments themselves."""
    head = _clause_head(span[0])
    noun = _SAVING_OF.get(head.lemma_.lower()) if head.pos_ == "VERB" else None
    if noun and prep == "in" and r.object:
        r.object = f"{noun} in {r.object}"


def _as_paid_in(r: _Reading, span: Any, prep: str) -> None:
    """ "will pay between $1bn and $3bn in Metlife stock": the payment, in the form it takes,
    not the stock's worth."""
    paid = _clause_head(span[0])
    tok = r.object_tok
    if (
        prep == "in"
        and tok is not None
        and tok.lemma_.lower() in _PAID_IN
        and paid.lemma_.lower() in ("pay", "offer", "bid")
    ):
        r.object = f"{_verb_noun(paid, lexicon()) or 'payment'} in {r.object}"


_SAVING_OF = {"save": "savings", "cut": "cut", "reduce": "reduction", "lose": "loss"}


def _outer_level_object(verb: Any, anchor: Any, skip: set[int]) -> Any:
    """For "to/from <amount>" hung on a verb inside a relative clause ("the debt it took on
    to fund the purchase to 1.8bn euros"), the object of the level verb outside that clause
    when the inner verbs move no level; else None."""
    if verb.lemma_.lower() in _LEVEL_VERBS or anchor.head.lower_ not in ("to", "from"):
        return None
    v = verb
    for _ in range(4):
        if v.dep_ in ("xcomp", "advcl", "conj") and v.head.pos_ in ("VERB", "AUX"):
            v = v.head
            if v.lemma_.lower() in _LEVEL_VERBS:
                return None  # the level verb is the clause's own
            continue
        if v.dep_ in ("relcl", "acl"):
            noun = v.head
            outer = noun.head
            if (
                noun.dep_ in ("dobj", "nsubj", "nsubjpass")
                and outer.pos_ in ("VERB", "AUX")
                and outer.lemma_.lower() in _LEVEL_VERBS
                and _nounish(noun, ("NOUN",))
                and noun.i not in skip
            ):
                return noun
        return None
    return None


def _moved_level(anchor: Any, skip: set[int]) -> Any:
    """In "raise spending to 2% of GDP", "spending rose to 2% of GDP": the noun whose level
    the "to/from/at" amount gives (the level verb's object, else its subject); else None."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ not in ("to", "from", "at"):
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_.lower() not in _LEVEL_VERBS | _HOLD_VERBS:
        return _outer_level_object(verb, anchor, skip)
    for c in verb.children:
        if c.dep_ == "dobj" and _nounish(c, ("NOUN",)) and c.i not in skip:
            return c
    subj = _subject(verb)
    if subj is not None and _nounish(subj, ("NOUN",)) and subj.i not in skip:
        return subj
    return None


# Verbs whose "in" names where money goes, not what it is ("invest $8bn in clean water").
_IN_VERBS = frozenset("invest put pump plough plow inject sink pour spend".split())


_SESSION_WORDS = frozenset("morning afternoon early late midday opening closing evening".split())


def _trading_time(tok: Any) -> bool:
    """ "in morning trade", "in early trading": when a price was quoted, not what it is;
    "in the face of", "in the wake of": an idiom, not what the money is."""
    if tok.lemma_.lower() in _IDIOM_NOUNS:
        return True
    return tok.lemma_.lower() in ("trade", "trading", "dealing", "session") and any(
        c.lower_ in _SESSION_WORDS or c.ent_type_ in ("DATE", "TIME") for c in tok.lefts
    )


_IDIOM_NOUNS = frozenset("face wake light event course midst run-up spite case view".split())


def _change_holder(noun: Any, skip: set[int]) -> Any:
    """For a bare change noun ("a 5% rise") the noun whose change it is: the subject of the
    clause it is the object of, through relative pronouns; None if it has its own "in"."""
    if noun.lemma_.lower() not in _BARE_CHANGES:
        return None  # "a $676m loss" is the loss itself, not a change of something
    if _has_complement(noun):
        return None
    verb = noun.head if noun.dep_ in ("dobj", "attr") else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = _subject(verb)
    if subj is not None and subj.tag_ == "WDT" and verb.dep_ == "relcl":
        subj = verb.head
    if subj is not None and _nounish(subj) and subj.i not in skip:
        return subj
    return None


# What a payment can be made in ("pay $2bn in stock", "offer £5 a share in cash").
_PAID_IN = frozenset("stock share cash bond shares".split())


def _in_terms_of(verb: Any) -> Any:
    """The measure a clause names with "in terms of" ("In terms of market value, ..."), or
    None."""
    return next(
        (
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for t in c.children
            if t.lower_ == "terms"
            for k in t.children
            if k.dep_ == "prep" and k.lower_ == "of"
            for p in k.children
            if p.dep_ == "pobj" and _nounish(p, ("NOUN",))
        ),
        None,
    )


# What is done to money someone "had" ("had £600 stolen"): the money is what was done to.
_HAD_DONE = frozenset(
    """steal take seize confiscate freeze snatch grab rob withdraw deduct""".split()
)


def _had_done(anchor: Any, skip: set[int]) -> str | None:
    """ "An MP has had more than £600 and his passport stolen": "money stolen from MP"."""
    have = anchor.head
    if anchor.dep_ != "dobj" or have.lemma_.lower() != "have" or have.pos_ == "AUX":
        return None
    done = next(
        (
            t
            for t in (
                *anchor.rights,
                *(k for c in anchor.rights if c.dep_ == "conj" for k in c.rights),
                *(k for c in have.rights if c.dep_ == "conj" and c.i > anchor.i for k in c.rights),
                *(c for c in have.rights if c.i > anchor.i),
            )
            if t.tag_ == "VBN" and t.lemma_.lower() in _HAD_DONE
        ),
        None,
    )
    if done is None:
        return None
    who = _subject(have)
    if who is None or who.pos_ not in ("NOUN", "PROPN") or who.i in skip:
        return f"money {done.lower_}"
    return f"money {done.lower_} from {_np(who, skip)}"


def _cost_to(cost: Any, start: int, skip: set[int]) -> str:
    """ "the strike cost the airline £40m": "cost to airline", whom the money was lost by
    (a pronoun, "cost it £5m", says nobody: a bare "cost")."""
    whom = next(
        (
            c
            for c in cost.children
            if c.dep_ in ("dobj", "dative") and c.i < start and c.i not in skip
        ),
        None,
    )
    if whom is None or not _nounish(whom, ("NOUN",)):
        return "cost"
    return f"cost to {_np(whom, skip)}"


# Verbs by which money comes to people, and how what they get is named.
_PAID_VERBS = {
    "get": "payment to {}",
    "receive": "payment to {}",
    "earn": "earnings of {}",
    "claim": "compensation {} could claim",
}


# Determiners that say a sum is paid to part of a group only ("some carers get £50").
_SOME_OF = frozenset("some many most few several".split())
# Verbs by which a sentence says what a group gets differs from one to another.
_VARY_VERBS = frozenset("vary differ range".split())


def _set_against_others(payee: Any) -> bool:
    """Whether the sentence of `payee` sets what some of a group get against what the rest
    get: a verb of variation ("payment levels vary, with some carers getting ...") or
    "others" ("some get £50, others nothing"); a lone "some tenants get £40" says no more
    than what tenants get."""
    return any(
        t.lemma_.lower() in _VARY_VERBS and t.pos_ == "VERB" or t.lower_ == "others"
        for t in payee.sent
    )


# Verbs of putting a thing up for others to take, whose money "for" it is its price
# ("offer subscriptions for $180", "lease the flats for £900").
_PRICED_VERBS = frozenset("offer rent lease let hire market advertise".split())


def _priced_by(thing: str, verb: Any, doer: Any, skip: set[int]) -> str:
    """ "price of flats rented by the landlord" for "the landlord will rent the flats for
    £900": the money "for" a thing put up is its price, with who puts it up when a noun
    says so."""
    said = f"price of {thing}"
    if doer is None or doer.i in skip or not _nounish(doer, ("NOUN", "PROPN")):
        return said
    who = _uncap_opening(_np(doer, skip, with_acl=False), doer.left_edge)
    return f"{said} {participle(verb_lemma(verb))} by {who}"


# Nouns of an impact whose size the amount is: what it fell on says which ("a £2bn
# boost to spending", "a $300m hit from bad loans").
_LIGHT_NOUNS = frozenset("hit blow boost knock setback windfall fillip lift drain".split())
_LIGHT_PREPS = frozenset("to in from on for".split())
# What a noun's own phrase right after it says it is of ("a £5m spend on ads").
_OWN_PREPS = frozenset("of on in for".split())
# Participles that say where a thing comes from ("costs stemming from a scandal").
_SOURCE_PARTICIPLES = frozenset("stem arise result come".split())


def _struck(noun: Any, skip: set[int], preps: frozenset[str] = _LIGHT_PREPS) -> str | None:
    """ "hit in costs stemming from defects scandal": a light noun with the phrase right
    after it that says what the impact fell on or came from; None when no such phrase
    follows (or it gives only a time: "a $337m hit in the fourth quarter")."""
    doc = noun.doc
    prep = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if prep is None or prep.lower_ not in preps or prep.i in skip:
        return None
    what = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if (
        what is None
        or what.i in skip
        or not _nounish(what, ("NOUN", "PROPN"))
        or what.ent_type_ in ("DATE", "TIME")
        or what.lower_ in lexicon().times
    ):
        return None
    said = f"{noun.lower_} {prep.lower_} {_np(what, skip)}"
    source = next(
        (
            p
            for c in what.rights
            if c.dep_ == "acl" and c.lemma_.lower() in _SOURCE_PARTICIPLES
            for k in c.rights
            if k.dep_ == "prep" and k.lower_ == "from"
            for p in k.children
            if p.dep_ == "pobj" and p.i not in skip and _nounish(p, ("NOUN", "PROPN"))
        ),
        None,
    )
    if source is not None and "from" not in said:
        said += f" from {_np(source, skip)}"  # "costs stemming from a defects scandal"
    return said


# Verbs by which a thing yields money ("bring in", "yield"): the money is what the thing
# yields, not the thing ("a lawsuit that could bring in £3bn").
_YIELD_VERBS = frozenset("bring yield".split())


def _as_much_as(span: Any) -> bool:
    """Whether "as much as" or "up to" comes right before the amount (the parse hangs such
    an amount on its preposition, not as the verb's object)."""
    doc = span.doc
    before = " ".join(t.lower_ for t in doc[max(span.start - 3, 0) : span.start])
    return before.endswith(("as much as", " up to")) or before == "up to"


def _brought_in(verb: Any, subj: Any, skip: set[int]) -> str | None:
    """ "sum legal action could bring in" for "legal action that could bring in as much as
    3bn euros": the money a common-noun subject (or a relative pronoun's noun) brings in
    or yields, with the verb's modal; None for any other verb or subject ("bring" only with
    "in")."""
    lemma = verb.lemma_.lower()
    if lemma not in _YIELD_VERBS or subj is None or subj.i in skip or subj.pos_ != "NOUN":
        return None
    prt = [c.lower_ for c in verb.rights if c.dep_ == "prt"]
    if prt != (["in"] if lemma == "bring" else []):
        return None  # ("bring down", "recover up to": no money yielded, or a change)
    said = [c.lower_ for c in verb.lefts if c.dep_ in ("aux", "neg") and c.lower_ != "to"]
    return f"sum {_np(subj, skip)} {' '.join([*said, verb.lower_, *prt])}"


def _paid_if(paid: Any, skip: set[int]) -> str:
    """ " if stopped from boarding" for "could claim 300 euros if they had been stopped from
    boarding": a short if-clause on the payee says what the money is for; a participle's
    pronoun subject and auxiliaries are left out (they are the payee and the tense)."""
    cond = next((c for c in paid.rights if c.dep_ == "advcl"), None)
    if cond is None or not any(c.dep_ == "mark" and c.lower_ == "if" for c in cond.lefts):
        return ""
    # (a participle stands alone: "if stopped from"; else the clause is kept as said)
    pronoun = all(c.tag_ == "PRP" for c in cond.lefts if c.dep_ in ("nsubj", "nsubjpass"))
    bare = ("aux", "auxpass", "nsubj", "nsubjpass") if cond.tag_ == "VBN" and pronoun else ()
    words = [
        t for t in cond.subtree if not (t.head.i == cond.i and (t.dep_ == "mark" or t.dep_ in bare))
    ]
    if len(words) > 6 or any(t.i in skip or t.is_punct or t.tag_ == "PRP$" for t in words):
        return ""  # (a long clause, or one holding an amount, is not a short condition)
    return f" if {_join(words)}"


def _tune_doer(verb: Any) -> Any:
    """Who does `verb`: its own subject, or, for an infinitive it completes ("the taxpayer
    be forced to fund"), the subject of the verb above; None for a passive's own subject."""
    v = verb
    for _ in range(3):
        agent = next((c for c in v.children if c.dep_ == "agent"), None)
        if agent is not None:  # "was funded by the lottery"
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return None if v is verb and subj.dep_ == "nsubjpass" else subj
        if v.dep_ != "xcomp" or v.head.i == v.i:
            return None
        v = v.head
    return None


def _to_the_tune_of(anchor: Any, skip: set[int]) -> str | None:
    """ "fund the authority to the tune of £1m": the idiom gives the size of the verb it
    follows, done to its object by its doer ("funding of authority by taxpayer")."""
    of = anchor.head
    if anchor.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ != "tune":
        return None
    to = of.head.head
    verb = to.head
    if to.lower_ != "to" or verb.pos_ != "VERB":
        return None
    done = next(
        (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i not in skip), None
    )
    if done is None or not _nounish(done):
        return None
    lemma = verb.lemma_.lower()
    noun = _verb_noun(verb, lexicon()) or (lemma[:-1] if lemma.endswith("e") else lemma) + "ing"
    said = f"{noun} of {_uncap_opening(_np(done, skip), done.left_edge)}"
    doer = _tune_doer(verb)
    if doer is None or doer.i in skip or not _nounish(doer):
        return said
    return f"{said} by {_uncap_opening(_np(doer, skip), doer.left_edge)}"


_MODIFIER_DEPS = frozenset(("quantmod", "nmod", "compound", "nummod"))
_DASHES = frozenset(("-", "–", "—"))


def _across_dash(span: Any, head: Any) -> bool:
    """Whether a spaced dash stands between the amount and the noun it modifies after it
    (a dash that opens another item, not "£5-a-week")."""
    if head.i <= span.end:
        return False
    doc = span.doc
    return any(
        t.text in _DASHES
        and t.whitespace_
        and (doc[t.i - 1].whitespace_ or doc[t.i - 1].is_space)  # (a line's "- " too)
        for t in doc[span.end : head.i]
    )


def _read(span: Any, hit: _Hit, wording: set[int]) -> _Reading:
    """What the amount measures, from the tree around it."""
    skip = set(range(span.start, span.end)) | wording
    r = _Reading()
    outs = _outward(span)
    if not outs:
        return r
    anchor = next(
        (t for t in outs if t.dep_ not in ("quantmod", "nmod", "compound", "nummod")), outs[0]
    )
    gov = anchor.head
    if anchor.dep_ in _MODIFIER_DEPS and gov.dep_ == "pobj" and _across_dash(span, gov):
        # "a maximum of £2,500 - Licensees who ...": the parse hung the amount on a noun
        # of the next item of a dashed list; the amount stands where that noun stands (in
        # its preposition's phrase)
        anchor, gov = gov, gov.head
        skip = skip | {anchor.i}
    if hit.kind == "money" and gov.lower_ == "of":
        tune = _to_the_tune_of(anchor, skip)  # (a cheap test first: "of" over the amount)
        if tune is not None:
            r.object, r.trusted = tune, True
            return r
    doc = span.doc
    before_ = doc[span.start - 1].lower_  # (once: each read builds the token anew)
    on_share = hit.kind == "percent" and before_ == "on"
    if span.start >= 2 and (before_ in ("up", "down") or on_share):
        # "leaves GDP up 2.3%", "with copper up 36%": the noun the change is written after;
        # "with the Liberal Democrats on 19%": a poll share.
        noun = doc[span.start - 2]
        if (
            noun.pos_ in ("NOUN", "PROPN")
            and noun.i not in skip
            and noun.ent_type_ not in ("PERSON", "GPE", "DATE", "TIME")
            and (on_share or noun.ent_type_ != "NORP")
            and _bad_object(noun, lexicon()) in (None, "actor")
            and noun.lower_ not in lexicon().actors
            and _sent(noun).start == _sent(span[0]).start
        ):
            r.object_tok = noun
            r.object = _np(noun, skip)
            moved = _clause_head(noun)
            mover = _subject(moved) if moved.lemma_.lower() in _PRICE_VERBS else None
            if (
                not on_share
                and noun.pos_ == "PROPN"
                and (
                    noun.ent_type_ == "ORG"
                    # "Nippon Steel lost 2.5%, with JFE Holdings down 3.4%": beside a firm's
                    or noun.ent_type_ == ""
                    and mover is not None
                    and (mover.ent_type_ == "ORG" or mover.lemma_.lower() in _COMPANY_NOUNS)
                )
                and noun.lower_ not in _INDEX_NAMES
                and not any(t.lower_ in _INDEX_NAMES for t in noun.lefts)
            ):
                # "with closest rival JFE Holdings down 3.4%": the firm's share price
                r.object = f"{_firm_name(noun)} shares"
            r.trusted = True
            return r
    if (
        hit.kind == "percent"
        and anchor.dep_ == "npadvmod"
        and gov.lower_ in _SIZE_ADJS
        and gov.dep_ == "acomp"
        and (subj := _subject(gov.head)) is not None
        and subj.pos_ in ("NOUN", "PROPN")
        and subj.i not in skip
    ):
        # "Pernod is about 9% smaller than Allied Domecq": the subject's size, or the
        # measure the sentence names ("in terms of market value").
        terms = _in_terms_of(gov.head)
        measure = _np(terms, skip) if terms is not None else _SIZE_ADJS[gov.lower_]
        than = next(
            (
                p
                for c in gov.rights
                if c.dep_ == "prep" and c.lower_ == "than"
                for p in c.children
                if p.dep_ == "pobj" and p.pos_ in ("PROPN", "NOUN") and p.i not in skip
            ),
            None,
        )
        gap_ = f"{subj.text} {measure}"
        if than is not None:
            # "Pernod is 9% smaller than Allied Domecq": the gap between the two, not a size
            mine_, theirs = _possessive(subj.text), _possessive(_name(than))
            gap_ = (
                f"shortfall of {mine_} {measure} against {theirs}"
                if gov.lower_ in ("smaller", "cheaper")
                else f"excess of {mine_} {measure} over {theirs}"
            )
        r.object, r.object_tok, r.trusted = gap_, subj, True
        return r
    at_ = anchor.head if anchor.dep_ == "pobj" else None
    if (
        hit.kind == "money"
        and at_ is not None
        and at_.lower_ == "at"
        and at_.head.pos_ == "PROPN"
        and at_.head.dep_ in ("nsubj", "nsubjpass")
        and at_.i > at_.head.i
        and at_.head.i not in skip
    ):
        # "In terms of market value, Pernod - at 7.5bn euros - is ...": the measure the
        # sentence names, of the subject the aside is on
        terms_ = _in_terms_of(at_.head.head)
        if terms_ is not None:
            owner_ = _possessive(_name(at_.head))
            r.object, r.object_tok, r.trusted = f"{owner_} {_np(terms_, skip)}", at_.head, True
            return r
    if (
        hit.kind == "percent"
        and span.start >= 2
        and doc[span.start - 1].lower_ == "to"
        and doc[span.start - 2].text in ("%", "percent", "per cent", "cent")
        and (leader := _clause_head(span[0])).lemma_.lower() == "lead"
    ):
        trailer = next((c for c in leader.children if c.dep_ == "dobj"), None)
        if trailer is not None:
            # "Labour lead the Conservatives by 39% to 34%": the 34% is the trailer's.
            r.object_tok, r.object, r.trusted = trailer, _np(trailer, skip), True
            return r
    said = _poll_answer(anchor, skip) if hit.kind == "percent" else None
    if said is not None:
        r.object, r.trusted = said, True
        return r
    lost = _had_done(anchor, skip) if hit.kind == "money" else None
    if lost is not None:
        r.object, r.trusted = lost, True
        return r
    state = _with_state(span, skip) if hit.kind == "percent" else None
    # a share held by a group ("have 2% each"), an amount held by the people a participle
    # describes, a poll share whose verb is left out ("and 52% that ...")
    if state is None and hit.kind == "percent" and anchor.dep_ == "dobj":
        state = _share_held(anchor, skip)
    if state is None and anchor.dep_ in ("dobj", "conj") and hit.kind != "count":
        state = _held_by_holders(anchor, skip)
    if state is None and hit.kind == "percent" and anchor.n_rights:
        state = _gapped_share(anchor, skip)
    if state is not None:
        r.object, r.trusted = state, True
        return r
    changed = _changed_noun(anchor, skip) if anchor.dep_ == "pobj" else None
    if changed is not None:
        # "Sales of ice cream and frozen food dipped by 3.4%": the listed nouns, all of them
        named = _np(changed, skip) + "".join(
            f" and {_np(c, skip)}" for c in changed.rights if c.dep_ == "conj" and c.i not in skip
        )
        r.object_tok, r.verb = changed, anchor.head.head
        r.object = _uncap_opening(named, changed.left_edge)
        return r
    # Money's own complement: "$5bn in aid", "£3m of funding", "thousands of people".
    # "spend $35bn in X": the "in" is the verb's, not the money's own complement.
    # (the clause head and its lemma found once for the money tests below)
    money_head = _clause_head(span[0]) if hit.kind == "money" else None
    money_lemma = money_head.lemma_.lower() if money_head is not None else ""
    in_verb = hit.kind == "money" and money_lemma in _IN_VERBS
    if hit.kind in ("money", "count"):
        for t in span:
            for c in t.rights:
                if (
                    c.dep_ == "prep"
                    and c.lower_ in ("of", "in")
                    and c.i not in skip
                    and not (in_verb and c.lower_ == "in" and hit.kind == "money")
                ):
                    pobj = [p for p in c.children if p.dep_ == "pobj"]
                    if (
                        pobj
                        and _nounish(pobj[0], ("NOUN",))
                        and pobj[0].ent_type_ not in ("DATE", "GPE")
                        and pobj[0].lower_ not in lexicon().times
                        and not _trading_time(pobj[0])
                    ):
                        r.object_tok = pobj[0]
                        r.object = _np(pobj[0], skip)
                        r.verb = _governing_verb(t)
                        r.trusted = True
                        _as_change(r, span, c.lower_)
                        _as_paid_in(r, span, c.lower_)
                        return r
    made_up = (
        hit.kind == "money"
        and span.end + 1 < len(doc)
        and doc[span.end].lower_ == "to"
        and doc[span.end + 1].tag_ == "VB"
        and money_lemma == "make"
        and (head := money_head) is not None
        and any(c.dep_ == "prt" and c.lower_ == "up" for c in head.children)
    )
    if made_up:
        # "it was made up of $80m to repay clients": the part of the whole that is for that
        purpose = doc[span.end + 1]
        sub = [t for t in purpose.subtree if t.dep_ != "det" and t.i not in skip]
        cut = next((k for k, t in enumerate(sub) if t.is_punct or t.pos_ == "CCONJ"), len(sub))
        if 1 < cut <= 7:
            r.object, r.trusted = f"money {_join(sub[:cut])}", True
            return r
    if (
        hit.kind == "money"
        and span.end + 1 < len(doc)
        and doc[span.end].lower_ == "to"
        and doc[span.end + 1].tag_ == "VB"
        and money_lemma in _MONEY_VERBS
        and money_lemma != "make"  # "made up of $80m to repay clients"
        and (head := money_head) is not None
        and (noun := _verb_noun(head, lexicon())) is not None
    ):
        # "pay $13m in penalties, as well as $15.5m to settle a lawsuit": what it is for.
        purpose = doc[span.end + 1]
        dobj = [c for c in purpose.children if c.dep_ == "dobj" and _nounish(c, ("NOUN",))]
        tail = f" {_np(dobj[0], skip)}" if dobj else ""
        rest = [t for t in purpose.subtree if t.i > purpose.i and t.dep_ != "det"]
        if (
            not dobj
            and 0 < len(rest) <= 4
            and rest[0].dep_ in ("prep", "prt")
            and not any(t.is_punct or t.i in skip or t.pos_ == "CCONJ" for t in rest)
        ):
            tail = f" {_join(rest)}"  # "to get out of a deal"
        r.object = _paid_by(f"{noun} to {purpose.lower_}{tail}", noun, head, skip)
        r.verb, r.trusted = head, True
        return r
    if hit.kind == "money" and span.end + 1 < len(doc):
        # "pledged £76m in aid" when the parse hangs "in aid" elsewhere: the words decide.
        at = span.end
        if doc[at].text == "(":
            # "$27.5bn (£14.5bn) in unpaid taxes": past the bracketed conversion.
            close = next((t.i for t in doc[at : at + 14] if t.text == ")"), None)
            at = close + 1 if close is not None and close + 2 < len(doc) else at
        prep, pobj = doc[at], doc[at + 1]
        while pobj.dep_ in ("amod", "compound") and pobj.head.i > pobj.i and pobj.i - prep.i < 4:
            pobj = pobj.head
        if (
            prep.lower_ in ("in", "of")
            and not (prep.lower_ == "in" and money_lemma in _IN_VERBS)
            and pobj.i - prep.i < 4
            and _nounish(pobj, ("NOUN",))
            and pobj.ent_type_ not in ("DATE", "TIME", "GPE")
            and pobj.i not in skip
            and not _trading_time(pobj)
            and pobj.lower_ not in lexicon().times
        ):
            r.object_tok = pobj
            r.object = _np(pobj, skip)
            r.verb = _governing_verb(pobj)
            r.trusted = True
            _as_change(r, span, prep.lower_)
            _as_paid_in(r, span, prep.lower_)
            return r
    dep = anchor.dep_
    # "95% of insurance claims were ...", "owns 30% of EADS": the share is of that thing,
    # unless a copula names the measured thing as subject ("the deficit was 3% of GDP").
    share_of = _share_verb(anchor) if hit.kind == "percent" else None
    if share_of is not None:
        # "consumption, accounting for 70% of sales": the share is the consumption's.
        holder = share_of.head if share_of.dep_ in ("acl", "relcl") else _subject(share_of)
        if holder is not None and holder.i not in skip and _nounish(holder, ("NOUN",)):
            r.object_tok = holder
            r.object = _np(holder, skip)
            r.verb = share_of
            base = _share_base(anchor, skip)
            if base:  # "agriculture, representing 45% of GDP": its share of GDP
                r.object = f"{r.object} as share of {_np(base[0], skip)}"
                r.trusted = True  # ("women make up 5% of the workforce": people as a share)
            return r
        if holder is not None and holder.pos_ == "PRON":
            # "they make up 4.7% of the population": whose, the plural noun before "they"
            # says (resolved with the object's other "they"s), else we cannot say
            base = _share_base(anchor, skip)
            if holder.lower_ == "they" and base:
                said = _resolve_they(f"they as share of {_np(base[0], skip)}", span, skip)
                r.object = None if said.startswith("they ") else said
            r.trusted = True
            return r
    entitled = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "to" else None
    if (
        hit.kind == "percent"
        and entitled is not None
        and entitled.lower_ == "entitled"
        and (s := _subject(entitled if entitled.dep_ != "acomp" else entitled.head)) is not None
        and s.pos_ == "NOUN"
        and s.i not in skip
    ):
        base = _share_base(anchor, skip)
        if base:
            # "New mothers are entitled to 90% of average earnings": what they are entitled
            # to, as a share of the earnings
            owner_ = _np(s, skip)
            if s.left_edge.is_sent_start:
                owner_ = owner_[:1].lower() + owner_[1:]
            r.object_tok, r.verb, r.trusted = s, entitled, True
            r.object = f"{_possessive(owner_)} entitlement as share of {_np(base[0], skip)}"
            return r
    if (
        hit.kind == "percent"
        and gov.lemma_ == "be"
        and (s := _subject(gov)) is not None
        and s.pos_ == "NOUN"
        and s.i not in skip
        and _bad_object(s, lexicon()) is None
    ):
        base = _share_base(anchor, skip)
        if base:
            # "maternity pay is 90% of average earnings": the pay, as a share of earnings.
            r.object_tok, r.verb, r.trusted = s, gov, True
            # ("waiting times and lists were only 10% of the agenda": both)
            said = _with_listed(s, skip, _np(s, skip))
            r.object = f"{said} as share of {_np(base[0], skip)}"
            return r
    if hit.kind == "percent" and not (
        gov.lemma_ == "be"
        and (s := _subject(gov)) is not None
        and s.pos_ == "NOUN"
        and s.i not in skip
    ):
        for t in span:
            for c in t.rights:
                if c.dep_ == "prep" and c.lower_ == "of" and c.i not in skip:
                    pobj = [p for p in c.children if p.dep_ == "pobj"]
                    money = [k for k in doc[c.i + 1 : pobj[0].i] if k.i in skip] if pobj else []
                    if money:
                        # "6% of the £22bn ministers hope to save": a share of that money,
                        # however the parse hangs the words after it.
                        r.object_tok, r.trusted = money[-1], True
                        return r
                    if pobj and _nounish(pobj[0]):
                        r.object_tok = pobj[0]
                        r.object = _np(pobj[0], skip)
                        if _personal(pobj[0]):
                            # "39% of people under 55", the ages hung on the share
                            r.object += "".join(
                                f" {c.lower_} {n.text}"
                                for c in anchor.rights
                                if c.dep_ == "prep" and c.lower_ in ("under", "over")
                                for n in c.children
                                if n.dep_ == "pobj" and n.like_num
                            )
                        rule = _under_rule(t, pobj[0].right_edge.i + 1)
                        if rule is not None and rule.i not in skip:
                            # "14% of searches under the new laws", the rule hung on the
                            # share: which searches
                            r.object += f" under {_np(rule, skip)}"
                        r.verb = _governing_verb(t)
                        r.trusted = True
                        moved = _moved_level(anchor, skip)
                        if moved is not None:
                            # "boost aid to 0.7% of national income": aid, as a share.
                            r.object = f"{_np(moved, skip)} as share of {r.object}"
                        acomp = [
                            c
                            for c in gov.children
                            if c.dep_ == "acomp" and c.i > anchor.i and c.i not in skip
                        ]
                        if anchor.dep_ == "nsubj" and gov.lemma_ == "be" and acomp:
                            words = [w for w in acomp[0].subtree if w.i not in skip]
                            if len(words) <= 4:
                                # "53% of the complaints were internet-related": the share
                                # of them in that state.
                                r.object = f"share of {r.object} that {gov.text} {_join(words)}"
                        elif moved is None:
                            r.object = _share_of(anchor, r.verb, r.object, skip)
                        return r
    # "a €3m deal", "a 10% stake": the model often misparses these split tokens, so the
    # determiner-amount-noun order decides.
    doc = span.doc
    first, last = span[0], span[-1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    prev = doc[first.i - 1] if first.i > 0 else None
    if nxt is not None and nxt.text == "(" and prev is not None and prev.dep_ == "det":
        # "a $2bn (1.53bn euros; £1.05bn) settlement": past the bracketed conversions.
        close = next((t for t in doc[nxt.i : nxt.i + 14] if t.text == ")"), None)
        nxt = doc[close.i + 1] if close is not None and close.i + 1 < len(doc) else None
        after = doc[nxt.i + 1] if nxt is not None and nxt.i + 1 < len(doc) else None
        if (
            nxt is not None
            and nxt.tag_ in ("VB", "VBP", "VBN")
            and (after is None or after.is_punct or after.pos_ == "ADP")
        ):
            # "the 1.2bn dollars (£458m) rebuild,": a noun in a noun's place, mistagged.
            r.object_tok = nxt
            r.object = nxt.text
            r.verb = None
            r.trusted = True
            return r
    after = doc[nxt.i + 1] if nxt is not None and nxt.i + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.lower_ in _LIGHT_NOUNS
        and prev is not None
        and prev.lower_ in ("a", "an", "the")
        and (struck := _struck(nxt, skip)) is not None
    ):
        # "took a 475m euro hit in costs", "a £20m blow to its finances": the impact is
        # named by what it fell on, however the tagger took the noun
        r.object_tok, r.object, r.trusted = nxt, struck, True
        return r
    if (
        nxt is not None
        and nxt.pos_ == "VERB"
        and nxt.tag_ in ("VB", "VBP", "VBN")
        and prev is not None
        and prev.dep_ == "det"
        and prev.lower_ in ("a", "an")
        and (after is None or after.is_punct or after.pos_ == "ADP")
        and nxt.lower_ not in _NOT_COUNTED
    ):
        # "led to a $337m hit in the fourth quarter": after "a" and an amount, a noun.
        r.object_tok = nxt
        r.object = _struck(nxt, skip, _OWN_PREPS) or nxt.text  # ("a £5m spend on ads")
        r.trusted = True
        return r
    if (
        nxt is not None
        and (  # "an $850m payout": a noun the tagger took for an adjective
            nxt.pos_ == "NOUN"
            or nxt.pos_ == "ADJ"
            and nxt.dep_ in ("dobj", "nsubj", "pobj")
            or nxt.pos_ == "PROPN"  # "in $4bn Boeing plane deal": a headline's compound
            and nxt.dep_ == "compound"
            and nxt.head.pos_ == "NOUN"
            and 0 < nxt.head.i - nxt.i <= 3
        )
        and nxt.ent_type_ not in ("DATE", "TIME")
        and nxt.lower_ not in _NOT_COUNTED
        and (
            prev is not None
            and prev.dep_ in ("det", "poss")
            or first.dep_ == "det"  # "a one point three per cent volume sales fall"
            or dep in ("nmod", "amod", "compound", "nummod")
            or prev is not None
            and prev.lower_ in ("in", "for")
            and nxt.dep_ == "compound"
            and 0 < nxt.head.i - nxt.i <= 3
        )
    ):
        while nxt.dep_ == "compound" and nxt.head.i > nxt.i and nxt.head.pos_ == "NOUN":
            nxt = nxt.head  # "15% interest rates"
        holder = _change_holder(nxt, skip)
        way_ = None
        if holder is not None:
            # "profits, which showed a 5.5% rise": a rise in profits
            way_ = "fall" if nxt.lemma_.lower() in _FALL_NOUNS else "rise"
            nxt = holder
        r.object_tok = nxt
        # (an owner before the amount stays: "its $17m profit" is the firm's)
        owner = (  # "Acme's $500 price tag": the owner's "'s" is before the money
            prev.head if prev is not None and prev.dep_ == "case" and hit.kind == "money" else prev
        )
        kept = (  # ("its 2% target" is what the target is of: said elsewhere)
            owner is not None
            and owner.dep_ == "poss"
            and owner.head.i == nxt.i
            and owner.ent_type_ not in ("DATE", "TIME")  # ("December's £3m profit": a time)
            and nxt.lemma_.lower() not in _AIM_NOUNS
        )
        r.object = _np(nxt, skip | ({prev.i} if prev is not None and not kept else set()))
        if way_ is not None and hit.kind == "percent":
            r.object = f"{way_} in {r.object}"
        r.verb = _governing_verb(nxt)
        if (
            hit.kind == "percent"
            and nxt.tag_ in _PLURAL_TAGS
            and nxt.dep_ in ("nsubj", "nsubjpass")
            and nxt.head.i > nxt.i
            # "a 10% stake"; "the 11.3% creditors hoped to receive": a clause about the share
            and not (prev is not None and prev.lower_ in ("a", "an", "the"))
            and nxt.lemma_.lower() not in _OWNER_NOUNS
        ):
            # "12.5% searches were on Asian people": a share of the searches, and which.
            pred = _predicate(nxt.head, skip) if nxt.dep_ in ("nsubj", "nsubjpass") else None
            r.object = f"share of {r.object}{' ' + pred if pred and ' ' in pred else ''}"
            r.trusted = True
            return r
        if hit.kind == "percent" and nxt.lemma_.lower() in _OWNER_NOUNS:
            # "a 30% shareholder in Mitsubishi": the stake held.
            r.object = "stake"
            for c in nxt.rights:
                pobj = [p for p in c.children if p.dep_ == "pobj" and p.i not in skip]
                if c.dep_ == "prep" and c.lower_ in ("in", "of") and pobj:
                    r.object = f"stake in {_np(pobj[0], skip)}"
                    break
            if nxt.dep_ == "appos" and nxt.head.pos_ == "PROPN" and nxt.head.i not in skip:
                # "DaimlerChrysler, a 30% shareholder in Mitsubishi": DaimlerChrysler's
                r.object = f"{_possessive(_DESCRIBED.sub('', _name(nxt.head)))} {r.object}"
        return r
    if gov.lower_ == "worth":
        # "$1.2bn-worth of the beans exported": what the worth is of.
        of = [
            p
            for c in gov.rights
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj" and _nounish(p, ("NOUN",)) and p.i not in skip
        ]
        if of:
            r.object_tok = of[0]
            r.object = _np(of[0], skip)
            # "of the beans exported": the exports of beans.
            acl = [c for c in of[0].rights if c.dep_ == "acl" and c.tag_ == "VBN"]
            noun = _verb_noun(acl[0], lexicon()) if acl else None
            if noun:
                r.object = f"{of[0].lemma_.lower()} {noun}"
            r.verb = _governing_verb(gov)
            r.trusted = True
            return r
    # Climb "worth" and prepositions to what the amount attaches to.
    prev = gov.doc[span.start - 1] if span.start > 0 else None
    if (
        gov.lower_ != "worth"
        and prev is not None
        and prev.lower_ == "worth"
        and span.start <= prev.head.i < span.end
    ):
        gov = prev  # "to issue shares worth 2bn euros", parsed with "worth" on the euros
    if gov.lower_ == "worth" and gov.head.i != gov.i:
        before = gov.doc[gov.i - 1] if gov.i > 0 else gov
        anchor, gov, dep = gov, gov.head, gov.dep_
        if _nounish(before, ("NOUN",)) and before.i not in skip:
            gov = before  # "shares worth 1bn francs": the noun worth follows, however parsed
        if _nounish(gov, ("NOUN",)) and gov.i not in skip:  # "tax cuts worth 6.8bn rand"
            r.object_tok = gov
            r.object = _np(gov, skip)
            r.verb = _governing_verb(gov)
            return r
        if _nounish(gov, ("NOUN",)) and gov.i in skip and gov.tag_ in _PLURAL_TAGS:
            # "922 cases worth £38.5m": the value of the counted things.
            r.object, r.trusted = f"value of {gov.text}", True
            return r
    # "The deficit, up 30.5%": through the adverb to what it describes.
    if (
        dep in ("npadvmod", "dobj", "advmod")
        and gov.pos_ in ("ADV", "ADJ", "ADP")
        and gov.head.i != gov.i
    ):
        anchor, gov, dep = gov, gov.head, gov.dep_
        if gov.pos_ == "NOUN" and _nounish(gov) and gov.i not in skip:
            r.object_tok = gov
            r.object = _np(gov, skip | {t.i for t in anchor.subtree})
            r.verb = _governing_verb(gov)
            return r
    if dep == "pobj" and gov.dep_ == "prep":
        prep = gov
        target = prep.head
        if prep.lower_ == "of" and (target.ent_type_ in ("DATE", "TIME") or target.like_num):
            # "a loss for the three months to December of 7.5bn yen": past the date.
            for _ in range(5):
                if target.head.i == target.i:
                    break
                target = target.head
                if _nounish(target, ("NOUN",)) and target.ent_type_ not in ("DATE", "TIME"):
                    break
        if prep.lower_ == "of" and _nounish(target) and target.i not in skip:
            r.object_tok = target
            r.object = _np(target, skip | {t.i for t in prep.subtree})
            r.verb = _governing_verb(target)
            return r
        if (
            prep.lower_ in ("from", "against")
            and target.i in skip
            and (target.like_num or not target.is_alpha)
        ):
            # "1.9% from 2.4%": the earlier value of that amount, whose object it shares.
            r.object_tok, r.trusted = target, True
            return r
        if (
            target.i in skip
            and target.pos_ == "VERB"
            and target.dep_ in ("advcl", "conj")
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i not in skip for c in target.children)
        ):
            # "X fetches £3,000, while a new Y is priced from £16,995": a comparator's verb
            # with its own subject heads its own clause, not the clause it is set against
            pass
        elif target.i in skip and target.head.i != target.i:
            # "fines up to a maximum of £2,500": past the comparator's own words.
            target = target.head
            if target.dep_ == "prep" and target.head.i != target.i:
                target = target.head
        # "up from $179m", "higher than $5bn": through the adverb to its verb.
        for _ in range(2):
            if target.pos_ in ("ADV", "ADJ", "ADP") and target.head.i != target.i:
                target = target.head
        if target.pos_ in ("VERB", "AUX"):
            gov, dep = target, "prep"
        elif target.pos_ == "NOUN" and target.i not in skip:
            if prep.lower_ in ("to", "from") and target.lemma_.lower() in _CHANGE_NOUNS:
                # "a drop in profits to £170m from £194m": the levels are the profits'.
                inner = [
                    p
                    for c in target.rights
                    if c.dep_ == "prep" and c.lower_ in ("in", "of")
                    for p in c.children
                    if p.dep_ == "pobj" and _nounish(p, ("NOUN",))
                ]
                if inner and inner[0].i not in skip:
                    r.object_tok = inner[0]
                    r.object = _np(inner[0], skip)
                    r.verb = _governing_verb(target)
                    return r
            target = _change_holder(target, skip) or target  # "a 5.5% rise to 18.3bn euros"
            r.object_tok = target
            r.object = _np(target, skip | {t.i for t in prep.subtree})
            r.verb = _governing_verb(target)
            return r
    if (
        dep in ("nummod", "compound", "amod", "nmod", "quantmod", "appos")
        and gov.pos_ in ("NOUN", "PROPN")
        and gov.i not in skip
    ):
        r.object_tok = gov
        r.object = _np(gov, skip)
        r.verb = _governing_verb(gov)
        return r
    if gov.pos_ in ("VERB", "AUX"):
        r.verb = gov
        if gov.lemma_ == "be" and any(c.dep_ == "expl" for c in gov.children):
            # "There were £68m in reported donations": the be-clause's in/of phrase.
            for c in gov.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "of") and c.i not in skip:
                    pobj = [p for p in c.children if p.dep_ == "pobj" and p.i not in skip]
                    if pobj and _nounish(pobj[0], ("NOUN",)):
                        r.object_tok = pobj[0]
                        r.object = _np(pobj[0], skip)
                        return r
        if (
            dep in _AGENT_DEPS
            and gov.lemma_.lower() in _SOURCE_VERBS
            and hit.kind == "money"
            # "the $6bn which VEB lent came from banks": the clause says what it is.
            and not any(c.dep_ in ("relcl", "acl") for t in span for c in t.children)
        ):
            # "£13.4m will come from the support grant": the money is the grant's.
            for c in gov.children:
                if c.dep_ == "prep" and c.lower_ == "from" and c.i not in skip:
                    pobj = [p for p in c.children if p.dep_ == "pobj" and p.i not in skip]
                    if pobj and _nounish(pobj[0], ("NOUN",)):
                        r.object_tok = pobj[0]
                        r.object = _np(pobj[0], skip)
                        r.trusted = True
                        return r
        if dep in _AGENT_DEPS:
            r.object = _verb_phrase(gov, skip)
            r.from_verb = True
            return r
        # "cut the agency's staff by 25%", "increase their stake beyond 49%": the verb's
        # object is what changes.
        if dep in ("dobj", "npadvmod"):
            # "knocked 0.2% off the growth rate", "wiped £5bn off shares": what is reduced.
            for c in gov.children:
                if c.dep_ in ("prep", "prt") and c.lower_ == "off" and c.i not in skip:
                    pobj = [p for p in c.children if p.dep_ == "pobj" and p.i not in skip]
                    if pobj and _nounish(pobj[0], ("NOUN",)):
                        r.object_tok = pobj[0]
                        r.object = _np(pobj[0], skip)
                        return r
        if (
            hit.kind == "money"
            and dep == "prep"
            and anchor.head.lower_ == "by"
            and gov.lemma_.lower() in _LEVEL_VERBS
            and (noun := _CHANGE_OF.get(gov.lemma_.lower())) is not None
        ):
            # "cut taxes by 6.5bn euros": the money is the cut, not the taxes; "rates could
            # vary by as much as £100": a variation in the rates.
            dobj = [c for c in gov.children if c.dep_ == "dobj" and c.i not in skip]
            if not dobj and (who := _subject(gov)) is not None and who.i not in skip:
                dobj = [who]
            if dobj and _nounish(dobj[0], ("NOUN",)):
                r.object_tok = dobj[0]
                what = _np(dobj[0], skip)
                if noun == "restatement":
                    # "Freddie Mac restated earnings by $5bn": whose, when a name restated them
                    who = _subject(gov)
                    if who is not None and who.pos_ == "NOUN":
                        # "the mortgage firm Freddie Mac restated": the name put beside it
                        who = next((c for c in who.rights if c.dep_ == "appos"), who)
                    whose = (
                        f"{_possessive(_name(who))} "
                        if who is not None
                        and who.pos_ == "PROPN"
                        and not any(c.dep_ == "poss" for c in dobj[0].lefts)
                        else ""
                    )
                    r.object = f"restatement of {whose}{what}"
                else:
                    r.object = f"{noun} in {what}"
                r.trusted = True
                return r
        if dep == "dobj" and hit.kind == "percent" and gov.lemma_.lower() in _LEVEL_VERBS:
            # "raise prices between 10% and 15%": the parse made both objects of the verb
            moved_ = [
                c for c in gov.children if c.dep_ == "dobj" and c.i not in skip and c.i < span.start
            ]
            if moved_ and _nounish(moved_[0], ("NOUN",)):
                r.object_tok, r.object = moved_[0], _np(moved_[0], skip)
                r.subject = _subject(gov)
                return r
        if dep in ("prep", "npadvmod", "advmod", "pobj"):
            outer = _outer_level_object(gov, anchor, skip)
            if outer is not None:
                # "reduced the debt it took on to fund X to 1.8bn euros": the parse hung "to"
                # on the relative clause; the level is the outer verb's object's.
                r.object_tok, r.object = outer, _np(outer, skip | {t.i for t in outer.rights})
                return r
            dobj = [c for c in gov.children if c.dep_ == "dobj" and c.i not in skip]
            if dobj and _nounish(dobj[0], ("NOUN",)):
                r.object_tok = dobj[0]
                r.object = _np(dobj[0], skip)
                r.subject = _subject(gov)
                if (
                    hit.kind == "money"
                    and anchor.head.lower_ == "for"
                    and gov.lemma_.lower() in _PRICED_VERBS
                ):
                    r.object = _priced_by(r.object, gov, r.subject, skip)
                    r.trusted = True
                return r
        # "losses halved in 2004 to $200m": a participle on the noun it describes.
        if (
            gov.dep_ in ("acl", "relcl")
            and gov.tag_ in ("VBN", "VBG", "VBD")
            and _nounish(gov.head, ("NOUN",))
            and gov.head.i not in skip
        ):
            if not [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]:
                r.object_tok = gov.head
                r.object = _np(gov.head, skip)
                return r
        if (
            hit.kind == "money"
            and gov.lemma_ == "be"
            and dep == "attr"
            # (the children walked last: each walk builds them anew)
            and (
                demo := [
                    c for c in gov.children if c.dep_ == "nsubj" and c.lower_ in ("that", "this")
                ]
            )
        ):
            # "we will extend the maternity pay ..., that's the extra £1,400": the thing
            # the clause before names.
            before = [
                t
                for t in span.doc[_sent(span).start : demo[0].i]
                if t.dep_ == "dobj" and _nounish(t, ("NOUN",)) and t.i not in skip
            ]
            if before and not skip & set(range(before[-1].i, demo[0].i)):
                # (with an amount in between, "that" restates the amount, not the noun)
                r.object_tok = before[-1]
                r.object = _np(before[-1], skip)
                r.trusted = True
                return r
        if (
            hit.kind == "money"
            and gov.lemma_.lower() == "cost"
            and any(
                c.dep_ in ("dobj", "dative") and c.i < span.start and c.i not in skip
                for c in gov.children
            )
        ):
            # "corruption has cost it 1bn CFA francs": the subject is a cause; the money
            # is what it cost someone.
            r.object, r.trusted = _cost_to(gov, span.start, skip), True
            return r
        if (
            gov.dep_ == "relcl"
            and any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in gov.children)
            and _nounish(gov.head, ("NOUN",))
            and gov.head.i not in skip
            and dep in ("prep", "pobj")
        ):
            # "legal reserves, which it previously set at $500m": the reserves.
            r.object_tok, r.object = gov.head, _np(gov.head, skip)
            return r
        subj = _subject(gov)
        if subj is not None and subj.tag_ == "WDT" and gov.dep_ == "relcl":
            subj = gov.head  # "the minimum salary, which is currently $94"
            if subj.like_num or not subj.is_alpha:
                subj = None  # "10%, which is about 1bn euros": no new object
        if (
            subj is not None
            and subj.tag_ == "VBZ"
            and subj.dep_ in ("nsubj", "nsubjpass")
            and subj.lower_.endswith("s")
            and not any(c.dep_ in ("dobj", "aux") for c in subj.children)
        ):
            # "estimates that remittances to Latin America reached $45bn": a plural noun
            # the tagger took for a verb.
            r.subject = subj
            r.object_tok, r.object, r.trusted = subj, _np(subj, skip), True
            return r
        r.subject = subj
        if (
            hit.kind == "money"
            and dep == "dobj"
            and gov.lemma_.lower() in ("include", "contain", "comprise")
            and subj is not None
            and _nounish(subj, ("NOUN",))
            and subj.i not in skip
        ):
            # "the £3.2bn settlement includes £7.4m from the Treasury": a part of the whole,
            # said by its own "from"/"for"
            own = next(
                (
                    c
                    for t in span
                    for c in t.rights
                    if c.dep_ == "prep" and c.lower_ in ("from", "for", "to") and c.i not in skip
                ),
                None,
            )
            own_toks = set(range(span.start, span.end))
            part_of = _terms_words(own, own_toks) if own is not None else None
            tail = f" {_join(part_of)}" if part_of else ""
            r.object, r.object_tok, r.trusted = f"part of {_np(subj, skip)}{tail}", subj, True
            return r
        # ("could claim between 150 euros and 300 euros": the verb's range)
        # (the climb above has already made the verb "gov": the range hangs on it)
        ranged = (
            anchor.dep_ == "pobj" and anchor.head.lower_ == "between" and anchor.head.head == gov
        )
        paid = gov if dep == "dobj" or ranged else None
        payee = subj if paid is gov else None
        if (
            hit.kind == "money"
            and paid is not None
            and paid.lemma_.lower() in _PAID_VERBS
            and payee is not None
            and payee.pos_ == "NOUN"
            and payee.tag_ == "NNS"  # "carers", not "French wine"
            and payee.i not in skip
            and _bad_object(payee, lexicon()) in (None, "actor")
            and payee.lower_ not in lexicon().actors
        ):
            # "some carers getting just £50 a week": what is paid to them; "nurses earn
            # £21,000": what they earn; "passengers could claim 300 euros": what they may ask
            said = _uncap_opening(_np(payee, skip), payee.left_edge)
            some = next((k for k in payee.lefts if k.dep_ == "det"), None)
            if some is not None and some.lower_ in _SOME_OF and _set_against_others(payee):
                # ("payment levels vary, with some carers getting just £50": what some get,
                # not what carers get)
                said = f"{some.lower_} {said}"
            r.object = _PAID_VERBS[paid.lemma_.lower()].format(said) + _paid_if(paid, skip)
            return r
        brought = (
            _brought_in(gov, subj, skip)
            if hit.kind == "money"
            and gov.lemma_ in _YIELD_VERBS
            and (dep in ("dobj", "npadvmod") or _as_much_as(span))
            else None
        )
        if brought is not None:
            r.object_tok, r.object = subj, brought  # "legal action that could bring in £3bn"
            return r
        if (
            subj is not None
            and (subj.pos_ == "NOUN" or subj.text.upper() in _MEASURE_ACRONYMS or _placed(subj))
            and subj.i not in skip
            and (
                subj.ent_type_ not in ("GPE", "NORP", "ORG", "PERSON")
                or subj.text.upper() in _MEASURE_ACRONYMS  # "GDP fell 0.4%"
                or _placed(subj)
            )
            and subj.lower_ not in lexicon().people  # "Ministers had hoped to get £900m"
            and not (hit.kind == "money" and gov.lemma_.lower() in _MONEY_VERBS and dep == "dobj")
        ):
            r.object_tok = subj
            r.object = _np(subj, skip)
            if hit.kind == "money" and gov.lemma_.lower() == "cost":
                deed = deed_costed(gov, skip)  # "reopening the line, which will cost £9m"
                r.object = f"cost of {deed}" if deed is not None else r.object
            return r
        if (
            subj is not None
            and subj.pos_ == "PROPN"
            and (subj.ent_type_ or subj.i != _sent(subj).start)  # not a capitalised noun
            and gov.lemma_.lower() in _PRICE_VERBS
            and subj.i not in skip
        ):
            # "Corus fell 2.2%": the company's share price.
            r.object_tok = subj
            r.object = _priced(_np(subj, skip), subj)
            r.verb = gov
            return r
        if (
            subj is not None
            and subj.pos_ == "NOUN"
            and subj.lower_ in lexicon().people
            and gov.lemma_ not in ("be", "have", "say")
        ):
            noun = _verb_noun(gov, lexicon())
            if hit.kind == "money" and noun:  # "shareholders lost $180bn": a loss
                r.object = _verb_phrase(gov, skip, noun)
                return r
            if hit.kind == "percent" and noun:  # "women earn 19% less": their earnings
                r.object = f"{noun} of {_np(subj, skip)}"
                return r
            r.object = f"{_np(subj, skip)} {gov.text}"  # "shareholders lost" (a count)
            return r
        r.object = _verb_phrase(gov, skip)
        r.from_verb = True
        return r
    if gov.pos_ == "NOUN" and gov.i not in skip:
        r.object_tok = gov
        r.object = _np(gov, skip)
    return r


# Comparatives whose percentage measures a dimension of their subject ("9% smaller").
_SIZE_ADJS = {
    "smaller": "size",
    "bigger": "size",
    "larger": "size",
    "cheaper": "price",
    "dearer": "price",
    "pricier": "price",
}


def _object_of_clause(obj: str | None, span: Any, skip: set[int]) -> str | None:
    """ "lower than the 11.3% creditors previously hoped to receive": the share is what the
    clause after it is about (its verb has no object of its own); None when not so."""
    noun = span[-1].head if span[-1].dep_ in ("compound", "nummod", "amod") else None
    if (
        noun is None
        or noun.tag_ not in _PLURAL_TAGS  # "a 3% improvement anticipated": no clause of whom
        or noun.lemma_.lower() in _CHANGE_NOUNS
        or noun.lemma_.lower() in _PRICED  # "the £150 tablet computers will go on sale"
        or obj not in (None, _np(noun, skip))  # (last: the phrase costs most)
    ):
        return None
    # "lower than the 11.3% creditors hoped to receive" (the parse may hang the noun on
    # "than"/"below" and the verb elsewhere)
    verb = (
        noun.head if noun.dep_ == "nsubj" else noun.doc[noun.i + 1] if noun.dep_ == "pobj" else None
    )
    while verb is not None and verb.dep_ == "aux" and verb.head.i > verb.i:
        verb = verb.head
    if verb is None or verb.i <= noun.i or verb.dep_ == "acl":
        return None
    inner = next((c for c in verb.rights if c.dep_ == "xcomp"), verb)
    if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in inner.children):
        return None
    words = [noun, *(t for t in verb.subtree if t.i > noun.i and not t.is_punct)]
    if len(words) > 8:
        return None
    what = "share" if span[-1].lower_ in ("%", "percent", "cent") else "amount"
    return f"{what} {_join(words)}"


def _which_number(tok: Any, span: Any) -> bool:
    """Whether `tok` is a number that says which of a noun are meant, beside a superlative
    ("its 10 largest shareholders"), not the amount's own."""
    return (
        tok.dep_ == "nummod"
        and not span.start <= tok.i < span.end
        and any(c.dep_ == "amod" and c.tag_ == "JJS" for c in tok.head.lefts)
    )


def _owned_clause(verb: Any, on_amount: bool, span: Any) -> Any:
    """The clause whose subject the participle `verb` ("owned") says is owned: its own, the
    copula's it complements, or (`on_amount`: hung on the "%") the copula the "%" is said
    by ("can be 70% owned by"); None for an aside ("Acme, 60% owned by Globex, ...")."""
    if not on_amount:
        return verb.head if verb.dep_ in ("acomp", "xcomp") else verb
    return span[-1].head if span[-1].dep_ in ("attr", "acomp") else None


def _owned_subject(clause: Any) -> str | None:
    """ "of listed company" for "no listed company can be 80% owned by ...": the short noun
    phrase of the subject of `clause`, what the share is of; None for a pronoun or a long
    one, or no clause."""
    if clause is None:
        return None
    subj = next((c for c in clause.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    words = [t for t in subj.subtree if t.dep_ != "det"]
    if len(words) > 4 or not all(t.is_alpha for t in words):
        return None
    return f"of {_join(words)}"


def _object_nearby(span: Any, skip: set[int], out: list[Amount], unit: str) -> str | None:
    """Objects the tree gives only around the amount: "rising inflation - reaching 0.7%"
    (the noun the participle describes), "margins were 14.1%, which could reach 14.8%" (the
    earlier amount "which" stands for), "the remaining 12% will be retained by X" (a share
    and what is said of it), "the Dome cost taxpayers £28.7m" (the cost of the subject)."""
    outs = _outward(span)
    if not outs:
        return None
    anchor = outs[0]
    verb = anchor.head
    if (
        verb.tag_ == "VBG"
        and verb.dep_ == "acl"
        and verb.lemma_.lower() == "cost"
        and _nounish(verb.head, ("NOUN", "PROPN"))
    ):
        return f"cost of {_np(verb.head, skip)}"  # "government schemes costing £885m"
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and _nounish(verb.head, ("NOUN",)):
        return _np(verb.head, skip)
    if verb.tag_ == "VBG" and verb.dep_ in ("csubj", "advcl") and anchor.dep_ == "dobj":
        # "rising inflation - reaching 0.7%": the noun the parse hung on the participle
        left = [c for c in verb.lefts if c.dep_ in ("npadvmod", "nsubj") and _nounish(c, ("NOUN",))]
        if left and left[-1].i not in skip:
            return _np(left[-1], skip)
    clause = _clause_head(span[0])
    for _ in range(3):
        if clause.dep_ not in ("ccomp", "xcomp", "conj"):
            break
        clause = clause.head
    if clause.dep_ == "relcl" and clause.head.i in skip:
        said = clause.head.idx
        first = next((a for a in out if a.span[0] <= said < a.span[1]), None)
        if first is not None and first.unit == unit and first.object:
            return _base(first)
    if (
        anchor.dep_ in ("nsubj", "nsubjpass")
        and span[-1].lower_ in ("%", "percent", "cent")
        and verb.pos_ == "VERB"
        and verb.lemma_ not in _SAY_VERBS
        and verb.dep_ != "relcl"
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in anchor.rights)
    ):
        said = _predicate(verb, skip)
        if said and " " in said:
            return f"share {said}"
    owned = next((c for c in span[-1].rights if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    if owned is not None:
        anchor, verb = owned, owned  # "(be) 70% owned by ...", the participle hung on "%"
    if (
        anchor.dep_ in ("npadvmod", "acl")
        and verb.tag_ == "VBN"
        and span[-1].lower_ in ("%", "percent")
    ):
        by = [
            t
            for c in verb.rights
            if c.dep_ == "agent"
            for t in c.subtree
            if t.dep_ != "det" and (t.i not in skip or t.is_alpha or _which_number(t, span))
        ]
        if by and len(by) <= 7:
            # "80% owned by its 10 largest holders"; of the owned, when the clause names it
            owned_ = _owned_subject(_owned_clause(verb, owned is not None, span))
            return f"share {owned_ + ' ' if owned_ else ''}{verb.text} {_join(by)}"
    if verb.lemma_ == "cost" and (payer := _subject(verb)) is not None and _nounish(payer):
        return f"cost of {_np(payer, skip)}"
    if anchor.dep_ in ("compound", "nummod", "amod") and verb.lemma_.lower() in _NOUN_WAYS:
        return _parallel_change(span, verb, out)
    return None


# Nouns a bare mention may use for the whole ("Sales rose 3%" after "UK sales fell"): no
# earlier mention's words are borrowed for them.
_OVERALL_NOUNS = frozenset(
    """sale profit revenue earning turnover income loss growth inflation unemployment share
    price cost value""".split()
)


_NOT_BORROWED = _OVERALL_NOUNS | _DEAL_WORDS


def _own_doer(tok: Any) -> bool:
    """Whether the clause of `tok` names who does it with a noun of its own ("The British
    public has pledged £76m in aid"): an earlier mention's name ("UK tsunami aid") would
    make it another's."""
    verb = _clause_head(tok)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.i != tok.i and subj.pos_ in ("NOUN", "PROPN")


def _named_before(obj: str, tok: Any, before: int, text: str) -> str:
    """ "rates" -> "interest rates": a bare noun takes the noun words of its nearest earlier
    mention in the article ("interest rates rose ... rates would remain at 4.75%"); `obj`
    unchanged when that mention has none or the noun may stand for a whole."""
    if tok is None or " " in obj or obj.lower() != tok.lower_ or tok.pos_ != "NOUN":
        return obj
    lemma = tok.lemma_.lower()
    aside = tok.i - 1 if _spaced_dash_before(tok) else -1  # ("manager - rates": not its own)
    if lemma in _NOT_BORROWED or any(
        c.dep_ in ("compound", "amod", "poss", "nmod") and c.i > aside for c in tok.lefts
    ):
        return obj
    doc = tok.doc
    stem = lemma[:-1] if len(lemma) > 3 else lemma
    if text.find(stem, 0, tok.idx) < 0 and text.find(stem.capitalize(), 0, tok.idx) < 0:
        return obj  # (no earlier mention at all: no walk back)
    word = tok.lower_ if tok.is_sent_start else tok.text
    for t in reversed(doc[max(0, tok.i - 600) : tok.i]):
        if t.pos_ != "NOUN" or t.lemma_.lower() != lemma:
            continue
        mods = [c for c in t.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")]
        words = [
            k
            for c in mods
            if c.dep_ == "compound" and c.pos_ == "NOUN"
            for k in c.subtree
            if k.is_alpha
        ]
        if len(mods) > len({c.i for c in mods if c.dep_ == "compound"}):
            return obj  # (the nearest mention says it otherwise: "the factory's output")
        if words and words[0].pos_ == "PROPN" and _own_doer(tok):
            words = [k for k in words if k.pos_ != "PROPN"]  # (its own clause says whose)
        if words:
            return f"{_uncap_opening(_join(words), words[0])} {word}"  # "Credit card debt"
        of = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        sub = [k for k in of.subtree if k.dep_ != "det"] if of is not None else []
        if 2 <= len(sub) <= 4 and all(
            k.is_alpha and k.pos_ in ("ADP", "NOUN", "PROPN") for k in sub
        ):
            return f"{word} {_join(sub)}"  # "stocks of heating oil", "auction of Yugansk"
    return obj
