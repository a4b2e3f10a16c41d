"""An object for an amount every other rule left without one, read from the clause the
amount stands in: a reader should never get a bare number. Each reading is plain and
short, and none is tried when a better rule has spoken:

- a share someone owns, holds or controls is their stake: "Mr Smith owns 28%" -> "Mr Smith's
  stake", "the fund, which holds about 5%" -> "fund's stake";
- a share "of" a group that does something: "Only 51% of those polled had made up their
  minds" -> "share of those polled who had made up their minds";
- a level a change reaches ("a rise in interest rates to 5%") is the level of what changes:
  "interest rates"; a change a verb says is a rise or fall in its subject ("the index has
  risen by 3%" -> "rise in index");
- money or a count a verb has as its object is what the verb does with it: "Mr Jones won
  £2,450" -> "money won by Mr Jones", "An extra £50m was promised" -> "extra money
  promised"; so does a relative clause on it: "the £35bn he has set aside from savings" ->
  "money set aside from savings";
- money an adjective of its "be" says is there for something: "£6bn will be available for
  tax cuts" -> "money available for tax cuts";
- a level a verb of closing, standing or peaking puts its subject at: "gained 7.6% to close
  at 11,488 points" -> "closing level of Nikkei index" (a firm's: its closing share price),
  "a deficit projected to peak at $427bn" -> "peak of record deficit";
- a share a verb of paying has is a rate paid: "the Ladybird account, paying 5.35% for a
  minimum balance of £1" -> "rate paid by Ladybird account for a minimum balance of £1";
- last, the noun the amount is written before, with its own words: "Britannia members'
  £42m windfall" -> "Britannia members' windfall", "an 8.3% increase in January worldwide
  sales" -> "increase in January worldwide sales".

A change said of "it" is a change in the subject its own sentence named before it ("the
stock market was on its way down ...; it rose by 20%": "rise in stock market").

The words come from the tree, cut at a clause's end and kept to a dozen."""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_parse import _join, _name, _np, _possessive, _tokens, _uncap_opening
from communique.extract.amounts_words import _COMPANY_NOUNS
from communique.extract.amounts_worth_for import after_conversion
from communique.extract.inflect import gerund, participle, verb_lemma
from communique.record import Amount

_HOLD_VERBS = frozenset("own hold control have keep retain".split())
_CHANGE_NOUNS = frozenset("rise increase fall drop cut decline hike reduction jump".split())
_SUBJECTS = frozenset(("nsubj", "nsubjpass"))
# Words right after a verb that make it another verb ("set aside", "pay back").
_PARTICLES = frozenset("aside off out up down back away".split())
_MAX_WORDS = 12


def objects_filled(out: list[Amount], doc: Any) -> None:
    """Gives each amount that has no object the plain reading of its clause (the module
    doc's rules), and its conversions the same."""
    for a in out:
        if "conversion_of" in a.extra or a.object and a.extra.get("kind") != "money":
            continue
        span = _tokens(doc, a.span[0], a.span[1])
        if span is None or not len(span):
            continue
        if a.object:
            # "The film took $90m": its takings, not the film (a reading that said only
            # the taker gave its words)
            hold = _holder(span)
            took = _takings(hold)
            if took is not None and a.object.lower() in took.lower():
                a.object = took
            elif " " not in a.object and (fee := _fee_for_move(hold)) is not None:
                # ("joined Rangers ... for £1.2m": not "Rangers", nor the one who moved)
                if a.object.lower() in _move_words(hold.head.head):
                    a.object = fee
            continue
        a.object = fallback_object(span, a.extra.get("kind", ""))
    for a in out:
        conv = a.extra.get("conversion_of")
        orig = next((b.object for b in out if list(b.span) == conv), None) if conv else None
        if conv and (not a.object or orig and orig.startswith("takings of ")):
            a.object = orig


def _holder(span: Any) -> Any:
    """The token by which the clause holds the amount (its own head outside the span)."""
    return next(
        (t for t in span if not span.start <= t.head.i < span.end and t.head.i != t.i),
        span.root,
    )


def _subject(verb: Any) -> Any:
    subj = next((c for c in verb.lefts if c.dep_ in _SUBJECTS), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return verb.head  # "TCI, which holds 5%": TCI
    return subj


def _said(tok: Any) -> str | None:
    """A noun's short words ("Mr Smith", "fund"), or None for a pronoun or a long phrase."""
    if tok.pos_ == "PROPN":
        return _name(tok)
    if tok.pos_ != "NOUN":
        return None
    words = _uncap_opening(_np(tok, set(), with_acl=False), tok.left_edge)
    return words if words and len(words.split()) <= 5 else None


def _stake(span: Any, hold: Any) -> str | None:
    if hold.dep_ != "dobj" or hold.head.lemma_.lower() not in _HOLD_VERBS:
        return None
    owner = _subject(hold.head)
    who = _said(owner) if owner is not None else None
    return f"{_possessive(who)} stake" if who else None


def _share_of(span: Any, hold: Any) -> str | None:
    of = next((c for c in hold.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if group is None:
        return None
    words = [t for t in group.subtree if not t.is_punct or not t.whitespace_]  # ("30-year-olds")
    if not words or len(words) > 6:
        return None
    said = f"share of {_join(words)}"
    verb = hold.head if hold.dep_ in _SUBJECTS and hold.head.pos_ in ("VERB", "AUX") else None
    if verb is None:
        return said
    rest = [t for t in verb.subtree if t.i > hold.right_edge.i and not t.is_punct]
    cut = next(
        (k for k, t in enumerate(rest) if t.dep_ in ("cc", "conj") and t.head.i == verb.i),
        len(rest),
    )
    rest = rest[:cut]
    if not rest or len(rest) > _MAX_WORDS:
        return said
    return f"{said} who {_join(rest)}"


def _level_of(hold: Any) -> str | None:
    prep = hold.head
    if hold.dep_ != "pobj" or prep.lower_ not in ("to", "from"):
        return None
    change = prep.head
    if change.pos_ == "VERB":
        # "voted for a rise in interest rates to 5%": "to" hung on the verb, after the change
        change = next(
            (
                t
                for t in change.subtree
                if t.right_edge.i == prep.i - 1 and t.lemma_.lower() in _CHANGE_NOUNS
            ),
            change,
        )
    if change.pos_ != "NOUN" or change.lemma_.lower() not in _CHANGE_NOUNS:
        return None
    inn = next((c for c in change.rights if c.dep_ == "prep" and c.lower_ == "in"), None)
    what = next((c for c in inn.children if c.dep_ == "pobj"), None) if inn is not None else None
    return _said(what) if what is not None else None


def _noun_after(span: Any) -> Any:
    """The noun an amount is written before ("a £800m offer", "a $6.75bn (£3.6bn) buyout"),
    past a bracketed conversion; None when another word comes first."""
    doc = span.doc
    j = after_conversion(span)
    while j + 1 < len(doc) and doc[j].pos_ == "PROPN" and doc[j].head.i > j:
        j += 1  # ("a $25bn Guidant deal": the deal)
    if j >= len(doc) or doc[j].tag_ not in ("NN", "NNS") or doc[j].sent.start != span.sent.start:
        return None
    return doc[j]


def _in_what(hold: Any, end: int) -> Any:
    """The noun of an "in" phrase on the amount ("£35bn in wasteful spending", hung on the
    amount or on its verb right after it: `end`), or None."""
    inn = next(
        (
            c
            for c in (*hold.rights, *hold.head.rights)
            if c.dep_ == "prep" and c.lower_ == "in" and (c.head.i == hold.i or c.i == end)
        ),
        None,
    )
    what = next((c for c in inn.children if c.dep_ == "pobj"), None) if inn is not None else None
    return what if what is not None and what.pos_ == "NOUN" else None


def _doer(verb: Any) -> str | None:
    who = _subject(verb)
    return _doer_noun(who) if who is not None else None


def _doer_noun(who: Any) -> str | None:
    """A doer's words: a name's run (numbers too: "China Three Gorges Project Corp"), else
    a noun's short words."""
    return _name_run(who) if who.pos_ == "PROPN" else _said(who)


def _done_with(span: Any, hold: Any, kind: str) -> str | None:
    noun = _noun_after(span)
    if noun is not None and noun.lemma_.lower() in ("share", "stake"):
        noun = None
    if noun is not None and noun.dep_ in ("dobj", "nsubjpass"):
        hold = noun  # "rejected a £800m offer": the offer, as the clause holds it
    verb = hold.head
    if hold.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() in ("have", "be", "get", "make", "take"):
        return None  # ("She had £40 left": a verb that says nothing of the money)
    other = next(
        (
            c
            for c in verb.rights
            if c.dep_ == "dobj" and c.i < span.start <= c.i + 3 and c.tag_ in ("NN", "NNS")
        ),
        None,
    )
    noun = other or noun  # "face a fine up to 200,000 yuan": the fine
    mods = sorted(
        (
            c
            for t in [*span, hold]
            for c in t.lefts
            if c.dep_ in ("amod", "poss", "compound") and c.i < span.start and not c.like_num
        ),
        key=lambda t: t.i,
    )  # ("An extra £50m": "extra" may hang on the number; "the government's $280bn claim")
    if noun is not None:
        thing = noun.lower_
    elif (what := _in_what(hold, span.end)) is not None:
        thing = _uncap_opening(_np(what, set(), with_acl=False), what.left_edge)
        mods = []  # ("£35bn in wasteful spending": the spending's own words)
    elif kind == "money":
        thing = "money"
    else:
        thing = _said(hold) if kind == "count" else None
    if not thing or len(thing.split()) > 6:
        return None
    own = sorted(
        {t.i: t for m in mods for t in m.subtree if t.i < span.start and not t.is_punct}.values(),
        key=lambda t: t.i,
    )  # (each word once: a modifier may hang on the amount and on its noun)
    said = " ".join([*(t.text if t.pos_ == "PROPN" else t.lower_ for t in own), thing])
    said = said.replace(" 's", "'s")
    done = _done_words(verb)
    if hold.dep_ == "nsubjpass":
        return f"{said} {done}"
    who = _doer(verb)
    return f"{said} {done} by {who}" if who else f"{said} {done}"


def _done_words(verb: Any) -> str:
    """A verb as its participle with its particles: "set aside", "paid back"."""
    prt = "".join(
        f" {c.lower_}"
        for c in verb.rights
        if c.dep_ == "prt" or c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in _PARTICLES
    )
    return participle(verb_lemma(verb)) + prt


_RISE = frozenset("rise gain grow increase climb jump surge soar add advance rally".split())
_FALL = frozenset("fall drop slide decline slip lose shed tumble plunge dip ease sink".split())


def _change_of(hold: Any) -> str | None:
    """ "the index has risen by 3%", "HIS dropping 3.3%": a rise or fall in the verb's
    subject, when that subject is a name or a noun (no pronoun)."""
    verb = hold.head
    if hold.dep_ == "pobj" and verb.lower_ == "by":
        verb = verb.head
    elif hold.dep_ not in ("dobj", "npadvmod", "advmod"):
        return None
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _RISE | _FALL:
        return None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.lefts if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        subj = verb.head  # "with HIS dropping 3.3%"
    if subj is not None and _acronym(subj):
        return f"{'rise' if lemma in _RISE else 'fall'} in {subj.text}"  # "and HIS dropping"
    if subj is not None and subj.lower_ == "it":
        subj = _it_before(subj)  # "the stock market was down ...; it rose by 20%"
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    who = _name_run(subj, number_after=True) if subj.pos_ == "PROPN" else _said(subj)
    if not who:
        return None
    return f"{'rise' if lemma in _RISE else 'fall'} in {who}"


def _it_before(it: Any) -> Any:
    """What an "it" subject stands for: the last subject noun or name its own sentence gave
    before it (not a person, no pronoun), or None."""
    sent = it.sent
    return next(
        (
            t
            for t in reversed(list(sent.doc[sent.start : it.i]))
            if t.dep_ in ("nsubj", "nsubjpass")
            and t.pos_ in ("NOUN", "PROPN")
            and t.ent_type_ not in ("PERSON", "NORP")
        ),
        None,
    )


def _acronym(tok: Any) -> bool:
    """A firm's capital letters the model took for a pronoun ("HIS", the travel firm), not
    "I" nor a word that opens the sentence in capitals."""
    return tok.pos_ == "PRON" and len(tok.text) > 1 and tok.text.isupper() and not tok.is_sent_start


def _name_run(tok: Any, *, number_after: bool = False) -> str | None:
    """A name's own words, the run of names and numbers that ends on it (and, with
    `number_after`, a number right after it: "Global 30"); None when there is none."""
    run = [t for t in tok.subtree if t.i <= tok.i and t.pos_ in ("PROPN", "NUM")]
    while run and run[0].i + len(run) - 1 != tok.i:
        run = run[1:]
    if number_after:
        run += [c for c in tok.rights if c.like_num and c.i == tok.i + 1]
    return _join(run) if run else None


def fallback_object(span: Any, kind: str) -> str | None:
    """The plain reading of the amount's clause (the module doc's rules), or None."""
    hold = _holder(span)
    if kind == "percent":
        return (
            _stake(span, hold)
            or _share_of(span, hold)
            or _level_of(hold)
            or _change_of(hold)
            or _standing_at(hold)
            or _rate_paid(hold)
            or _noun_written_after(span)
        )
    if kind in ("money", "count"):
        return (
            (_takings(hold) or _fee_for_move(hold) if kind == "money" else None)
            or _done_with(span, hold, kind)
            or _level_of(hold)
            or _ready_for(hold, kind)
            or _relative_done(hold, kind)
            or _standing_at(hold)
            or _noun_written_after(span)
        )
    return _standing_at(hold)


_WH = frozenset(("WDT", "WP"))


def _agent_of(verb: Any) -> Any:
    """Who does `verb`: its subject, or the subject it shares as a conjunct ("was set up
    and has paid out"), as the complement of a verb ("is estimated to have cost") or inside
    a relative clause ("proposals which the Tories say would save": the proposals), or as
    a participle that has none ("entered the chart, taking $9m")."""
    v = verb
    for _ in range(4):
        subj = next((c for c in v.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.tag_ not in _WH:
            return subj if subj.dep_ == "nsubj" or v is not verb else None
        if subj is not None or v.dep_ == "relcl":
            up = v
            while up.dep_ == "ccomp" and up.head.dep_ != "relcl":
                up = up.head
            up = up.head if up.dep_ == "ccomp" else up
            return up.head if up.dep_ == "relcl" else None
        if v.tag_ == "VBG" and v.dep_ == "pcomp" and v.head.dep_ == "prep":
            v = v.head.head  # ("shot to number one after taking $22m": the one that shot)
            if v.pos_ not in ("VERB", "AUX"):
                return None
            continue
        if v.tag_ == "VBG" and v.dep_ == "advcl" and v.head.pos_ in ("VERB", "AUX"):
            v = v.head  # ("entered the chart at number three, taking $9m")
            continue
        if v.dep_ not in ("xcomp", "conj") or v.head.pos_ not in ("VERB", "AUX"):
            return None
        if v.dep_ == "xcomp" and any(c.dep_ == "dobj" and c.i < v.i for c in v.head.rights):
            return None  # ("enable it to save": the object does it, said elsewhere)
        v = v.head
    return None


_TAKE_VERBS = frozenset(("take", "gross"))
# Branches of a name's phrase that say more than the name ("which took 20bn yen").
_NOT_NAME = frozenset(("relcl", "acl", "appos", "punct", "cc", "conj", "advcl"))


def _takings(hold: Any) -> str | None:
    """ "The first Pirates of the Caribbean film took $305m at the box office": money a
    thing takes or grosses is its takings; the thing said whole, as its phrase names it."""
    verb = hold.head
    if hold.dep_ != "dobj" or verb.lemma_.lower() not in _TAKE_VERBS:
        return None
    who = _agent_of(verb)
    if who is None or who.pos_ not in ("PROPN", "NOUN"):
        return None
    words: list[Any] = []
    stack = [who]
    while stack:
        t = stack.pop()
        words.append(t)
        stack += [c for c in t.children if c.dep_ not in _NOT_NAME]
    words = sorted(words, key=lambda t: t.i)
    if words and words[0].dep_ == "det":
        words = words[1:]
    if not words or len(words) > 8:
        return None
    return f"takings of {_join(words)}"


# Verbs of a player's (or anyone's) move between sides, whose "for" money is the fee.
_MOVE_VERBS = frozenset("join sign move transfer switch".split())
_MOVE_PREPS = frozenset(("to", "from"))


def _fee_for_move(hold: Any) -> str | None:
    """ "Tevez is joining Corinthians for nearly $20m" -> "fee for Tevez joining
    Corinthians"; "He was signed for £4.6m from AC Milan" -> "fee for signing from AC
    Milan": money "for" a move is its fee, said with the move (who, when named, and where
    to and from)."""
    prep = hold.head
    verb = prep.head
    if hold.dep_ != "pobj" or prep.lower_ != "for" or verb.lemma_.lower() not in _MOVE_VERBS:
        return None
    words: list[Any] = []
    if any(c.dep_ == "dobj" and not c.text[:1].isupper() for c in verb.rights):
        return None  # ("signed a deal for £5m": what the money is for is the deal)
    for c in verb.rights:
        if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in _MOVE_PREPS:
            sub = [t for t in c.subtree if not t.is_punct and t.dep_ != "det"]
            if len(sub) <= 5 and not any(t.ent_type_ in ("DATE", "TIME") for t in sub):
                words += sub
    passive = any(c.dep_ == "auxpass" for c in verb.lefts)
    who = _agent_of(verb) if not passive else None
    named = next((c for c in who.children if c.dep_ == "appos"), who) if who is not None else None
    # ("'The new Maradona' - Carlos Tevez - is joining": the name in apposition)
    name = None
    if named is not None and (named.pos_ == "PROPN" or named.ent_type_ == "PERSON"):
        name = _join([t for t in named.subtree if t.i <= named.i])
    if not words and not name:
        return None
    move = f"{name} {gerund(verb_lemma(verb))}" if name else gerund(verb_lemma(verb))
    return " ".join(["fee for", move, _join(words)]).strip()


def _move_words(verb: Any) -> set[str]:
    """The words of a move's mover and of where it went (lower case)."""
    who = _agent_of(verb)
    toks = [*(who.subtree if who is not None else ()), *verb.rights]
    return {t.lower_ for k in toks for t in (k.subtree if k.dep_ == "dobj" else [k])}


def _noun_written_after(span: Any) -> str | None:
    """ "Britannia members' £42m windfall" -> "Britannia members' windfall"; "an 8.3%
    increase in January worldwide sales" -> "increase in January worldwide sales": the noun
    the amount is written before, with its owner and words before it (none of the amount),
    and a change noun's "in" phrase up to the clause's next phrase."""
    noun = _noun_after(span)
    if noun is None:
        return None
    inside = set(range(span.start, span.end))
    own = sorted(
        {
            t.i: t
            for c in noun.lefts
            if c.dep_ in ("poss", "compound", "amod") and c.i not in inside
            for t in c.subtree
            if t.i not in inside and not t.like_num
        }.values(),
        key=lambda t: t.i,
    )
    words = [*own, noun]
    inn = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "in"), None)
    if inn is not None and noun.lemma_.lower() in _CHANGE_NOUNS:
        tail = []
        for t in noun.doc[inn.i : min(inn.i + 7, noun.sent.end)]:
            if t.is_punct or t.i > inn.i and t.dep_ == "prep" and t.head.i not in (noun.i, inn.i):
                break
            tail.append(t)
        words += tail
    said = _join(words)
    return _uncap_opening(said, words[0]) if said else None


# Verbs whose share as object is a rate paid or earned ("accounts paying 5.35%").
_RATE_VERBS = frozenset("pay offer charge earn yield return".split())


def _rate_paid(hold: Any) -> str | None:
    """ "the Ladybird account, paying 5.35% for a minimum balance of £1": the rate the verb's
    subject (or the noun its clause hangs on) pays, and what for."""
    verb = hold.head
    if hold.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _RATE_VERBS:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in hold.rights):
        return None  # ("had paid 97% of the £1.3bn": a share of a sum, no rate)
    payer = _subject(verb)
    if payer is None and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        payer = verb.head  # "the Ladybird account, paying 5.35%"
    if payer is None and verb.dep_ == "xcomp":
        payer = _subject(verb.head)  # "anyone willing to ... will have to pay 1%"
    if payer is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "include the Ladybird account ..., paying 5.35%": the object the clause follows
        payer = next((c for c in verb.head.rights if c.dep_ == "dobj" and c.i < verb.i), None)
    who = None
    if payer is not None and payer.pos_ == "PROPN":
        who = _name(payer) or _name_run(payer)
        doc = payer.doc
        joined = next((c for c in payer.rights if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
        if joined is not None and payer.i + 1 < len(doc) and doc[payer.i + 1].text == "&":
            who = _join(list(doc[payer.i : joined.i + 1]))  # "Alliance & Leicester FirstSaver"
    elif payer is not None and payer.pos_ == "NOUN":
        # ("the Ladybird account from the Acme Building Society": its own name words)
        who = _said(payer) or _join([*(c for c in payer.lefts if c.dep_ == "compound"), payer])
        if who and payer.is_sent_start:
            who = who[0].lower() + who[1:]
    said = f"rate {participle(verb.lemma_.lower())}"
    inn = next(
        (c for c in (*hold.rights, *verb.rights) if c.dep_ == "prep" and c.lower_ == "in"), None
    )
    tax = next((c for c in inn.children if c.dep_ == "pobj"), None) if inn is not None else None
    if tax is not None and tax.pos_ == "NOUN":
        said = f"{_np(tax, set(), with_acl=False)} {said}"  # "pay 1% in income tax"
    if who:
        said = f"{said} by {who}"
    fore = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
    words = [t for t in fore.subtree if not t.is_punct] if fore is not None else []
    return f"{said} {_join(words)}" if 0 < len(words) <= 8 else said


def _ready_for(hold: Any, kind: str) -> str | None:
    """ "£6bn will be available for tax cuts": money (or the counted things) the adjective
    of its "be" says is there for something."""
    verb = hold.head
    if hold.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    adj = next((c for c in verb.rights if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
    prep = (
        next((c for c in adj.rights if c.dep_ == "prep" and c.lower_ in _READY_PREPS), None)
        if adj is not None
        else None
    )
    what = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if adj is None or prep is None or what is None or what.pos_ not in ("NOUN", "PROPN"):
        return None
    tail = _uncap_opening(_np(what, set(), with_acl=False), what.left_edge)
    thing = "money" if kind == "money" else _said(hold)
    if not thing or not tail or len(tail.split()) > _MAX_WORDS:
        return None
    return f"{thing} {adj.lower_} {prep.lower_} {tail}"


_READY_PREPS = frozenset({"for", "to", "on"})


def _relative_done(hold: Any, kind: str) -> str | None:
    """ "the £35bn he has set aside from savings": money (or the counted things) a relative
    clause says was done with, by the clause's named subject, with its first phrase."""
    rel = next((c for c in hold.rights if c.dep_ == "relcl" and c.pos_ == "VERB"), None)
    if rel is None or any(
        c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP")
        for c in rel.children
    ):
        return None  # (the amount must be what the clause did something with)
    thing = "money" if kind == "money" else _said(hold)
    if not thing:
        return None
    said = f"{thing} {_done_words(rel)}"
    who = _doer(rel)
    if who:
        said = f"{said} by {who}"
    prep = next((c for c in rel.rights if c.dep_ == "prep" and c.lower_ in _RELATIVE_PREPS), None)
    words = [t for t in prep.subtree if not t.is_punct] if prep is not None else []
    return f"{said} {_join(words)}" if 0 < len(words) <= 6 else said


_RELATIVE_PREPS = frozenset({"from", "for", "on", "to", "in", "into"})
# Verbs of a level a market or price stands at, and the level each says.
_STANDING_VERBS = {
    "peak": "peak",  # "a deficit projected to peak at $427bn"
    "close": "closing level",
    "end": "closing level",
    "finish": "closing level",
    "open": "opening level",
    "stand": "level",
    "trade": "level",
}


def _standing_at(hold: Any) -> str | None:
    """ "The index gained 7.6% to close at 11,488 points": the closing level of the verb's
    subject (its own, or the clause's it hangs on), when that subject is a name or a noun."""
    prep = hold.head
    if hold.dep_ != "pobj" or prep.lower_ != "at" or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    level = _STANDING_VERBS.get(verb.lemma_.lower())
    if level is None:
        return None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ in ("advcl", "xcomp", "conj"):
        subj = next((c for c in verb.head.lefts if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ == "xcomp" and verb.head.dep_ == "acl":
            subj = verb.head.head  # "a deficit projected to peak at $427bn": the deficit
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    who = _name_run(subj, number_after=True) if subj.pos_ == "PROPN" else _said(subj)
    if subj.lemma_.lower() in _COMPANY_NOUNS:
        level = level.replace("level", "share price")  # "the firm ended the day at $8.08"
    return f"{level} of {who}" if who else None


# Verbs whose subject holds what their object names ("Solidere posted profits of $12.5m").
_OWNING_VERBS = frozenset("have hold own post report make receive earn record book".split())


def _bare(obj: str) -> bool:
    """Whether an object is a bare noun or two, that says no owner."""
    words = obj.split()
    return 0 < len(words) <= 2 and "'" not in obj and not any(w[:1].isupper() for w in words)


def owners_filled(out: list[Amount], doc: Any) -> None:
    """Gives a bare object (one or two words, no owner) the name of the one its clause says
    holds it: "Solidere posted profits of $12.5m" -> "Solidere's profits", "Mr Glazer and
    his family hold a 28.1% stake" -> "Mr Glazer's stake"; the subject of a verb of having
    or reporting the amount (or the noun it is written before, or whose "of" it is) is its
    owner when that subject is a name. Conversions follow their original."""
    for a in out:
        if not a.object or not _bare(a.object) or "conversion_of" in a.extra:
            continue
        span = _tokens(doc, a.span[0], a.span[1])
        if span is None or not len(span):
            continue
        owner = _owner_of_clause(span)
        if owner is not None:
            a.object = f"{_possessive(owner)} {a.object}"
    for a in out:
        conv = a.extra.get("conversion_of")
        if conv:
            orig = next((b for b in out if list(b.span) == conv), None)
            if (
                orig is not None
                and orig.object
                and a.object != orig.object
                and _bare(a.object or "")
            ):
                a.object = orig.object


def _owner_of_clause(span: Any) -> str | None:
    t = _holder(span)
    if t.dep_ in ("nummod", "compound", "nmod", "quantmod") and t.head.pos_ == "NOUN":
        t = t.head  # "a 28.1% stake"
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
        t = t.head.head  # "profits of $12.5m"
    if t.dep_ != "dobj" or t.head.lemma_.lower() not in _OWNING_VERBS:
        return None
    if any(c.dep_ == "poss" for c in t.lefts):
        return None  # ("its profits": whose, said by the other rules or not at all)
    subj = next((c for c in t.head.lefts if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ in ("DATE", "TIME", "NORP"):
        return None
    return _name_run(subj)


_CHANGE_WORDS = frozenset(
    """rise fall increase decrease drop growth gain cut decline jump loss reduction excess
    shortfall gap difference premium discount""".split()
)  # (and the gaps of comparisons, already said as such)
_THAN_TIME = re.compile(r"\s*than\s+(?:last|a year|the previous|the same|before|in \d{4}|\d{4})")


def comparatives_marked(out: list[Amount], doc: Any, text: str) -> None:
    """ "expect to invest 7.7% more", "Shoppers spent 3% more in December": a share more (or
    less) of a thing than before is a rise (or fall) in it, not the thing: "rise in
    investment". Not a comparison between two things ("18% more likely than men", "earn 5%
    more than women"): only with no "than", or a "than" of an earlier time."""
    for a in out:
        if a.unit != "percent" or not a.object or "change" in a.extra:
            continue
        after = text[a.span[1] : a.span[1] + 6].lower()
        word = (
            "more" if after.startswith(" more") else "less" if after.startswith(" less") else None
        )
        if word is None or a.object.split()[0].lower() in _CHANGE_WORDS:
            continue
        span = _tokens(doc, a.span[0], a.span[1])
        if span is None or span.end >= len(doc):
            continue
        nxt = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ in ("ADJ", "ADV") and doc[span.end].head.i == nxt.i:
            continue  # ("18% more likely"): "more" of another word, a comparison
        rest = text[doc[span.end].idx + len(doc[span.end]) :]
        if rest.lstrip().lower().startswith("than") and not _THAN_TIME.match(rest):
            continue  # ("5% more than women"): a gap between two things
        change = "rise" if word == "more" else "fall"
        a.extra["change"] = change
        a.object = f"{change} in {a.object}"


_PEAK_BEFORE = re.compile(r"\b(peak|high|low|record)\s+of\s+(?:about\s+|around\s+|some\s+)?$", re.I)


def peaks_of_change(out: list[Amount], text: str) -> None:
    """ "up 21.3% from the previous year - although some way off the peak of 43%": a peak
    (high, low, record) set beside a change in the same sentence is one of that change, not
    of the level: "peak rise in investment", not "investment"."""
    for k, a in enumerate(out):
        if a.unit != "percent" or not a.object or "change" in a.extra:
            continue
        m = _PEAK_BEFORE.search(text, max(0, a.span[0] - 30), a.span[0])
        if m is None:
            continue
        b = next(
            (
                b
                for b in reversed(out[:k])
                if b.unit == "percent" and b.extra.get("change") and b.object
            ),
            None,
        )
        if b is None or not b.object or re.search(r"[.!?]\s", text[b.span[1] : a.span[0]]):
            continue  # (a change in the same sentence only)
        change = str(b.extra["change"])
        base = b.object.removeprefix(f"{change} in ")
        if a.object != base and a.object not in base:
            continue
        a.extra["change"] = change
        a.object = f"{m.group(1).lower()} {change} in {base}"


_COUNTRY_S = re.compile(r"\b(?:the )?country's\b")


def countries_named(out: list[Amount]) -> None:
    """ "country's overall deficit" with the one party India -> "India's overall deficit":
    "the country" an object keeps from its sentence is the one country the amount belongs
    to, when it belongs to exactly one."""
    from communique.kb.base import KnowledgeBase

    for a in out:
        if not a.object or len(a.parties) != 1 or "country's" not in a.object:
            continue
        country = KnowledgeBase.load().by_code(a.parties[0])
        if country is not None:
            a.object = _COUNTRY_S.sub(f"{country.name}'s", a.object, count=1)
