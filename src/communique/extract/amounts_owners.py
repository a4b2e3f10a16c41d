"""Whose amount it is: the firm, organisation or person an object belongs to. Resolves
"its", "it" and "they" to the name they stand for, names the firm whose metric a figure is
("profit" -> "TimeWarner's profit"), the subject of the sentence before, the organisation
the article is most about and the short names it uses for it, and puts an owner's name in
front of a bare object once ("Globex's write down on its diet foods").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from spacy.attrs import ORTH

from communique.extract.amounts_countries import _Countries, _ents_in, _names_country
from communique.extract.amounts_hits import _Hit
from communique.extract.amounts_lexicon import Lexicon, lexicon
from communique.extract.amounts_parse import (
    _ACCUSE_VERBS,
    _clause_head,
    _inner_subject,
    _join,
    _name,
    _nounish,
    _np,
    _one_compound,
    _outward,
    _own_subject,
    _possessive,
    _set_off,
    _subject,
    _subject_before,
    _tokens,
    _uncap,
    _uncap_opening,
)
from communique.extract.amounts_sayers import (
    SAY_OWN,
    news_agency,
    not_its_own,
    own_said_figure,
    said_by,
)
from communique.extract.amounts_sentences import _sent
from communique.extract.amounts_words import (
    _CHANGE_NOUNS,
    _COMPANY_NOUNS,
    _DEALT_TOO,
    _DESCRIBED,
    _DOER_NOUNS,
    _OWNER_ORGS,
    _PLAN_NOUNS,
    _SAY_VERBS,
    _TRADE_VERBS,
    _Gated,
    _may_say,
)
from communique.extract.dates import MONTHS
from communique.extract.inflect import participle, verb_lemma
from communique.record import Amount, Article


def _each_holder(span: Any) -> str | None:
    """ "Every officer had a target of 8,000 applications": the one each amount is of; None
    when the clause's subject is not "every" or "each" one."""
    head = _clause_head(span[0])
    for c in head.children:
        if (
            c.dep_ in ("nsubj", "nsubjpass")
            and c.pos_ == "NOUN"
            and c.i < span.start
            and any(d.dep_ == "det" and d.lower_ in ("every", "each") for d in c.lefts)
        ):
            return c.lemma_.lower()
    return None


# The words `_pronoun_owner` reads ("its", "their", "it", "them"), to pass by sentences
# with none.
_IT_WORDS = re.compile(r"\b(?:its|their|it|them)\b")  # (for `said_in`: lower-cased text)

_ITS = _Gated(re.compile(r"(?:^|\s)(its|their)\s", re.I), ("its", "their"))


# Plural nouns "they" does not stand for ("In both cases, their shares fell").
_NOT_THEM = frozenset(
    "shares times years months days weeks cases terms ways words areas respects".split()
)
# Words after which "they" is those counted ("share saying they did not").
# "the firm's", "the German-US carmaker's": a firm told by what it is.
_THE_FIRM = _Gated(
    re.compile(
        r"(?:(?<=^)|(?<=\bin )|(?<=\bof ))(?:[Tt]he )?(?:firm|company|group|carmaker|airline|"
        r"insurer|retailer|operator|producer|brewer|drugmaker|bank|lender)['’]s\b"
    ),
    ("'s", "’s"),
)


# "the company share price": the firm's, said by what it is.
_FIRM_SHARE_PRICE = re.compile(r"\b(?:firm|company|group)(?= (?:share price|shares|stock)\b)")
_SHARES_IN_FIRM = re.compile(
    r"(?<=\b[Ss]hares in )(?:the )?(?:firm|company|group|carmaker|airline|insurer|retailer|"
    r"operator|producer|brewer|drugmaker|bank)\b(?![-'’])"
)


def _name_the_firm(obj: str, sent: Any, people: set[int], main_org: str | None) -> str:
    """ "fall in firm's shares" -> "fall in Multiplex's shares", "Shares in retailer" ->
    "Shares in Circuit City": a firm told by what it is, named by the sentence before's firm
    or the one the article is about."""
    m = _THE_FIRM.search(obj)
    # (each pattern holds a word an object without it lacks: no search)
    shares = _SHARES_IN_FIRM.search(obj) if m is None and "hares in " in obj else None
    priced = (
        _FIRM_SHARE_PRICE.search(obj)
        if m is None and shares is None and ("share" in obj or "stock" in obj)
        else None
    )
    if m is None and shares is None and priced is None:
        return obj
    # (not "the US firm's": a firm told apart from the one the text is about)
    name = _named_owner(main_org or _earlier_owner(sent, people))
    if name is None or _owner_of(name) in obj:
        return obj
    if shares is not None:
        return f"{obj[: shares.start()]}{_owner_of(name)}{obj[shares.end() :]}"
    if priced is not None:
        return f"{obj[: priced.start()]}{name}{obj[priced.end() :]}"  # "GSK's share price"
    assert m is not None
    return f"{obj[: m.start()]}{name}{obj[m.end() :]}"


# A firm's own figure said without whose it is ("production loss", "the unit's orders").
_OWNERLESS_FIGURE = re.compile(
    r"^(?P<pre>(?:(?:rise|fall|growth|increase|drop|decline|cut) in )?)(?:the )?"
    r"(?:(?:service|unit|division|business|arm|subsidiary|plant|factory)['’]s |"
    r"(?:(?!of )[a-z-]+ ){0,2}(?:profits?|loss(?:es)?|sales|revenues?|turnover|orders|output"
    r"|earnings|debts?|dividends?|charges?|business)\b)"
)


def _said_by_firm(obj: str, sent: Any, main_org: str | None, span: Any = None) -> str:
    """ "The unit has had 900,000 orders, Acme said", "a production loss of 3,600 vehicles,
    Acme said": a figure with no owner, said by the firm the article is about, is its own."""
    if main_org is None:
        return obj  # (no firm the article is about: before the pattern is tried)
    m = _OWNERLESS_FIGURE.match(obj)
    if m is None or "'s " in obj[m.end() :] or re.search(r"\b[A-Z]", obj):
        return obj
    # (the verb of saying the amount's clause hangs on, else the sentence's own)
    root = next(
        (t for t in (span[0].ancestors if span is not None else ()) if t.lemma_ in _FIRM_SAYS),
        sent.root,
    )
    if root.lemma_ not in _FIRM_SAYS:
        return obj
    sayer = next((c for c in root.children if c.dep_ == "nsubj"), None)
    said = _name(sayer) if sayer is not None and sayer.pos_ == "PROPN" else ""
    initials = "".join(w[0] for w in main_org.split() if w[:1].isupper())
    if not said or said not in (main_org, initials) and not main_org.startswith(f"{said} "):
        return obj  # (the article's firm, by its name or its initials: "GM")
    core = obj[len(m.group("pre")) :].removeprefix("the ")
    return f"{m.group('pre')}{_possessive(said)} {core}"


_FIRM_SAYS = frozenset("say add report announce state".split())
_IT_CLAUSE = re.compile(r"\b(where|which|that|as) it\b")


_OF_THE_FIRM = re.compile(rf"\bof (?:the )?({'|'.join(sorted(_COMPANY_NOUNS))})$")


def _aside_named(obj: str, sent: Any, skip: set[int]) -> str:
    """ "capacity of company" in "the capacity of the company - India's second-largest car
    maker - to 400,000 units": the firm in the words of the aside the sentence gives it."""
    bare = _OF_THE_FIRM.search(obj)
    if bare is None:
        return obj
    for t in sent:
        if (
            t.dep_ == "appos"
            and t.pos_ == "NOUN"
            and t.lemma_.lower() in _COMPANY_NOUNS
            and t.i not in skip
            and any(c.dep_ == "poss" for c in t.lefts)
            and (
                t.head.lower_ == bare.group(1)
                or any(c.lower_ == bare.group(1) for c in t.head.subtree)
            )
        ):
            return f"{obj[: bare.start()]}of {_np(t, skip)}"
    return obj


def _resolve_it(obj: str, span: Any, people: set[int], main_org: str | None) -> str:
    """ "countries where it deploy fleet": the firm an opening "It" of its sentence stands
    for (the firm the sentence before is about, else the article's)."""
    m = _IT_CLAUSE.search(obj) if " it" in obj else None  # (the pattern holds " it")
    if m is None:
        return obj
    sent = _sent(span[0])
    opening = next((t for t in sent if t.is_alpha), None)
    if opening is None or opening.lower_ != "it" or opening.dep_ != "nsubj":
        return obj
    name = _earlier_owner(sent, people) or main_org
    if name is None:
        return obj
    return f"{obj[: m.start(1)]}{m.group(1)} {name}{obj[m.end() :]}"


# Verbs whose object does what their "to" clause says ("prompted the group to cut ...",
# "forced Acme to shed 500 jobs").
_OBJECT_CONTROL = frozenset(
    "prompt force lead cause persuade push drive compel oblige spur encourage allow enable "
    "require ask tell order urge pressure".split()
)


def _firm_subject(
    verb: Any, span: Any, sent: Any, people: set[int], main_org: str | None, orgs: Any
) -> str | None:
    """The firm that does what the amount's clause says: its subject when that is a named
    firm ("Nestle forecasts growth of 5%"), "the company" or "it" (the firm the sentence
    before is about, else the article's), climbing from "it" to the clause that says it
    ("the company warned it may transfer 7,000 jobs"), and from a figure of a firm's own to
    the one firm that says it ("Sales rose 4%, Acme said", "According to Acme, profits ...",
    "Costs were $4, Acme said, but the selling price was $3"); None for any other subject."""
    v = verb
    subj = None
    said = False  # (the subject found is who said the figure, not who does the verb)
    for step in range(4):
        # (a passive subject only of the amount's own verb: "Yugansk was sold to pay off
        # a $27.5bn bill" is not Yugansk's bill)
        deps = ("nsubj", "nsubjpass") if step == 0 else ("nsubj",)
        if step > 0 and v.lemma_.lower() in _RAISING_PASSIVES:
            deps = ("nsubj", "nsubjpass")  # "The firm had been expected to offer $2.7bn"
        subj = next((c for c in v.children if c.dep_ in deps), None)
        if subj is not None and subj.tag_ in ("WDT", "WP") and v.dep_ == "relcl":
            subj = v.head  # "The firm, which is to receive a payment of £24.5m"
        if (
            subj is not None
            and subj.pos_ == "NOUN"
            and (_firm_metric(subj.lower_) or own_said_figure(subj))
            and not any(c.dep_ == "poss" for c in subj.children)
            and not not_its_own(subj)  # ("Industry sales fell 2%, Acme said": not Acme's)
        ):
            # "Total production costs were £1.30, UK Coal said": who says its own
            says = _SAY_VERBS | {"add", "announce"}
            said = True
            if v.dep_ == "ccomp" and v.head.lemma_.lower() in says:
                v = v.head
                continue
            aside = next(
                (c for c in v.children if c.dep_ == "parataxis" and c.lemma_.lower() in says),
                None,
            )
            if aside is not None:
                v = aside
                continue
            # ("..., UK Coal said, but the average selling price was just £1.18", "According
            # to Acme, profits reached $3m")
            sayer_ = said_by(v)
            if sayer_ is not None:
                v, subj = sayer_
                break
            said = False
        if subj is not None and not (subj.lower_ == "it" and v.dep_ in ("ccomp", "xcomp", "advcl")):
            break
        if (
            subj is None
            and v.dep_ == "acl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.lefts)
            and v.head.dep_ == "dobj"
            and v.head.lemma_.lower() in _PLAN_WORDS
            and v.head.head.lemma_.lower() in _PLAN_MADE
        ):
            v = v.head.head  # "announced a deal to buy 26%": who announced it buys
            continue
        if subj is None and v.head.lemma_.lower() in _OBJECT_CONTROL:
            # "The slump prompted the group to cut production by 3%": the group cuts
            subj = _controller(v)
            if subj is not None:
                break
        if v.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "acomp") or v.head.i == v.i:
            break
        v = v.head  # (an "it" of a said clause: who said it; "be able to carry")
    if (
        subj is None
        or subj.i in people
        or v.lemma_.lower() in _NOT_DOING  # (a copula's subject does nothing to the amount)
        or subj.left_edge.i <= span.start <= subj.right_edge.i  # (the amount's own phrase)
        or any(t.lower_ in _REPORTERS for t in subj.subtree)  # ("the Department said")
    ):
        return None
    if subj.lower_ == "it":
        before = _subject_before(sent)
        if (
            v.dep_ != "ROOT"
            or any(c.dep_ == "auxpass" for c in v.children)
            # ("It also owns Deluxe. That business is weak. Last year it made profits")
            or before is not None
            and any(c.lower_ in ("that", "this", "these", "those") for c in before.lefts)
        ):
            return None  # ("It was made up of", "It has been set up")
        return _earlier_owner(sent, people) or main_org
    if (
        subj.pos_ == "NOUN"
        and subj.lemma_.lower() in _COMPANY_NOUNS
        and [c.lower_ for c in subj.lefts] == ["the"]  # (not "the US firm": another firm)
    ):
        return _earlier_owner(sent, people) or main_org
    said = said or v.lemma_.lower() in SAY_OWN  # (or who says what the clause says it does)
    if said and (news_agency(subj) or any(c.dep_ == "conj" for c in subj.children)):
        # ("Sales rose 7%, Reuters reported": the agency's report of another's; "..., Acme and
        # Globex said": neither's alone)
        return None
    if (
        (subj.pos_ == "PROPN" or _name_taken_for_noun(subj))
        and subj.ent_type_ not in ("GPE", "LOC", "NORP")
        # (a firm, whatever the model says; or, when it says its own figure, one the model
        # takes for an organisation)
        and (any(a <= subj.idx < b for a, b in orgs) or said and subj.ent_type_ == "ORG")
    ):
        return _name(subj)
    return None


def _name_taken_for_noun(tok: Any) -> bool:
    """ "Rosneft already faces a $540m demand", tagged as a common noun: a capitalised
    singular noun with no determiner, which only a name is (a firm's mentions say which),
    unless the article writes it in small letters too (a headline's "Court rejects $280bn
    case" in an article about "an appeal court")."""
    if (
        tok.tag_ != "NN"
        or not tok.text[:1].isupper()
        or any(c.dep_ in ("det", "poss") for c in tok.children)
    ):
        return False
    # (the article's words as numbers, compared at once: no token of it is built)
    doc = tok.doc
    return not bool((doc.to_array(ORTH) == doc.vocab.strings[tok.lower_]).any())


# Nouns of what one means to do ("a plan to sell"), and of a deal made to do it ("a deal to buy").
_PLAN_WORDS = frozenset(_PLAN_NOUNS) | frozenset("deal agreement offer move decision".split())
# Verbs by which one makes such a plan its own (not "rejected a plan to sell").
_PLAN_MADE = frozenset(
    "announce agree sign strike unveil reach seal launch make confirm complete finalise".split()
)


# Passive verbs whose subject does what their infinitive says ("was expected to offer").
_RAISING_PASSIVES = frozenset("expect force require oblige order allow permit set".split())


# Verbs whose "it" stands for no firm ("it is worth debating", "it looks like $40").
_NOT_DOING = frozenset("be look seem appear remain become mean".split())


def _owned_by_subject(
    obj: str,
    span: Any,
    sent: Any,
    verb: Any,
    kind: str,
    people: set[int],
    main_org: str | None,
    orgs: Any,
) -> str:
    """ "spending on buying back shares" -> "Unilever's spending on buying back shares",
    "jobs transferred out of Australia" -> "jobs transferred out of Australia by Qantas": a
    figure with no owner, in a clause whose subject is a firm, is that firm's."""
    words = obj.split()
    done = kind == "count" and _counted_done(words, verb)
    if kind == "count" and not done and not _CHANGE_OF.match(obj) and not _OUTPUT.match(obj):
        return obj  # (only things counted as done, a change in a thing or output take a doer)
    if _OWNED_ALREADY.search(obj) or obj in ("money", "figure", "amount"):
        return obj  # (owned already; a central bank's rates are the country's)
    firm = _firm_subject(verb, span, sent, people, main_org, orgs)
    if firm is None or _names_someone(_owner_words(obj), sent):
        return obj  # (or named already)
    firm = _DESCRIBED.sub("", firm)
    opening = sent[0]
    if kind == "count" and done:
        return f"{obj} by {firm}"  # "jobs transferred ...": done by the firm
    m = re.match(
        r"^((?:rise|fall|increase|drop|decline|growth|cut|change) in |value of )?(.+)$", obj
    )  # ("value of Acme's shares offered")
    assert m is not None
    what = m.group(2)
    if what.startswith(opening.text) and opening.pos_ != "PROPN" and not opening.ent_type_:
        what = opening.lower_ + what[len(opening.text) :]  # ("Total production costs")
    return f"{m.group(1) or ''}{_possessive(firm)} {what}"


def _counted_done(words: list[str], verb: Any) -> bool:
    """Whether a counted object says what was done to the things ("jobs transferred out of
    Australia", "staff in Kazakhstan employed"): a participle second, or the clause's own verb
    after the things."""
    if len(words) > 1 and words[1].endswith("ed"):
        return True
    # (the clause's verb put after where the things are: "It employs 50,000 staff in ...";
    # only an active verb with its own subject, the doer)
    return (
        verb is not None
        and verb.pos_ == "VERB"
        and participle(verb_lemma(verb)) in words[2:]
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ == "auxpass" for c in verb.children)
    )


def _owner_words(obj: str) -> str:
    """ "cut from profit targets for Wembley" -> "cut from profit targets": the words of an
    object that may say whose it is. A name after "with" is the other side of the thing
    ("deal with Globex"), after "for" what it is for, and after a stake's "in" the firm held
    ("stake in Indian firm Hoec"); none is its owner."""
    # ("rise in Acme shares", "value of Acme shares": named already)
    core = _CHANGE_OF.sub(r"\2", obj.removeprefix("value of "), count=1)
    if core.startswith("stake"):
        return re.split(r" (?:in|of|into) ", core, maxsplit=1)[0]
    # (but an offer or bid "for" a firm is made to that firm, which may be the subject:
    # "Acme received a takeover offer for Acme")
    joins = r" with " if core.split(" ", 1)[0] in _BID_WORDS else r" (?:with|for) "
    return re.split(joins, core, maxsplit=1)[0]


# Things made to a firm, which a name after "for" is the target of ("bid for Acme").
_BID_WORDS = frozenset("offer offers bid bids approach takeover".split())


# An object that says whose it is already (or is a rate, a central bank's).
_OWNED_ALREADY = _Gated(
    re.compile(r"['’]|\bby\b|\b(?:its|their|his|her)\b|\brates?\b"),
    ("'", "’", "by", "its", "their", "his", "her", "rate"),
)


def _names_someone(obj: str, sent: Any) -> bool:
    """Whether an object names a firm, person or other owner already (a capitalised word
    the sentence has as a name, and not of a place, nation or time)."""
    for w in re.findall(r"(?:^|(?<=\s))[A-Z][\w&.-]*", obj):
        tok = next((t for t in sent if t.text == w), None)
        if tok is None:
            return True
        if tok.ent_type_ in ("GPE", "LOC", "NORP", "DATE", "EVENT"):
            continue
        if tok.pos_ == "PROPN" or tok.ent_type_ or not tok.is_sent_start:
            return True
    return False


# "from previous quarter": a time counted back from another, ending an object.
_BACK_TAIL = re.compile(r" (?:from|in|for) (?:previous|prior|preceding) [a-z]+$")


def _same_owner(obj: str, earlier: list[Amount]) -> str:
    """ "Marsh took a pre-tax charge of $618m, on top of the $232m charge from the previous
    quarter": a bare noun an earlier amount of its sentence named with its owner is that
    owner's ("Marsh's charge from previous quarter")."""
    back = _BACK_TAIL.search(obj) if "pr" in obj else None  # ("previous", "prior", ...)
    if back is not None:
        # (a time counted back from the earlier amount's stays, after the owned noun)
        return f"{_same_owner(obj[: back.start()], earlier)}{back.group()}"
    if "'" in obj or len(obj.split()) > 2 or not obj[:1].islower():
        return obj
    for a in reversed(earlier):
        owned = a.object or ""
        if "'" not in owned and "’" not in owned or not _may_say(owned, obj):
            continue  # (no owner's apostrophe: the pattern, built for each object, can't match)
        m = re.match(rf"^(.+?['’]s?) (?:[\w-]+ )*{re.escape(obj)}$", owned, re.I)
        if m is not None:
            return f"{m.group(1)} {obj}"
    if _firm_metric(obj) is None:
        return obj
    for a in reversed(earlier):
        # "Net profit came in at 1.4bn euros, a change from the loss of 364m euros": a firm's
        # other figure in the sentence is that firm's too
        m = re.match(r"^([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*['’]s?) (.+)$", a.object or "")
        if m is not None and _firm_metric(m.group(2)) is not None:
            return f"{m.group(1)} {obj}"
    return obj


_CHANGE_OF = re.compile(r"^((?:rise|fall|growth|increase|drop|decline) in )(.+)$")
# A firm's output, counted in what it makes ("Output reached 2.4 million tonnes, Acme said").
_OUTPUT = re.compile(r"^(?:[\w-]+ ){0,2}output$", re.I)


def _same_owner_of_change(obj: str, earlier: list[Amount], sent: Any = None) -> str:
    """ "Acme saw sales rise 8% while total revenues added 4%": a firm's change, when an
    earlier change of its sentence was that firm's, is the firm's too (`obj` otherwise)."""
    m = _CHANGE_OF.match(obj)
    core = m.group(2) if m is not None else ""
    metric = _firm_metric(core)
    if m is None or metric is None or "'" in core:
        return obj
    if not core[:1].islower() and not _placed_only(metric.group("mods"), sent):
        return obj  # ("while Globex sales rose": another firm's)
    if {w.lower() for w in metric.group("mods").split()} & (_NOT_OWN - {"total"}):
        return obj  # ("while industry profits fell": not the firm's)
    for a in reversed(earlier):
        theirs = _CHANGE_OF.match(a.object or "")
        owner = re.match(
            r"^([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*['’]s?) (.+)$", theirs.group(2) if theirs else ""
        )
        # ("Acme's European arm's sales": the firm's metric through its part's)
        what = re.split(r"['’]s? ", owner.group(2))[-1] if owner is not None else ""
        if owner is not None and _firm_metric(what) is not None:
            return f"{m.group(1)}{owner.group(1)} {core}"
    return obj


# An object cut into its parts: a change's opening, an owner, describing words, the head
# noun, and a tail a preposition opens ("BA's fuel surcharge for long-haul flights").
_OBJ_PREP = r"(?:for|of|on|in|at|per|a|to|from|by|with|over|under)"
_OBJ_PARTS = re.compile(
    r"^(?P<pre>(?:rise|fall|growth|increase|drop|decline) in )?"
    r"(?P<own>(?:[\w&.-]+ ){0,3}?[\w&.-]+['’]s? )?"
    rf"(?P<mods>(?:(?!{_OBJ_PREP} )[\w-]+ ){{0,3}})(?P<head>[a-z][\w-]*)"
    rf"(?P<tail> {_OBJ_PREP} .+)?$"
)


def _sibling_owner(obj: str, earlier: list[Amount], sent: Any) -> str:
    """ "Acme raised its fuel surcharge for long-haul flights to £12, while the short-haul
    surcharge rose to £5" -> "Acme's short-haul fuel surcharge": a bare object whose head
    noun an earlier amount of its sentence named with its owner is that owner's, with the
    earlier one's classifying nouns when it has no noun of its own in their place (not the
    earlier one's other describing words or its tail). Left as it is when the sentence names
    another owner."""
    if "'" in obj or "’" in obj or not obj[:1].islower():
        return obj
    if not any(_owned_text(a.object) for a in earlier):
        return obj  # (cheap, before the patterns: no earlier one names an owner)
    m = _OBJ_PARTS.match(obj)
    if m is None or m.group("own") or _OTHERS_WORDS & set(m.group("mods").split()):
        return obj
    if re.search(r"\b[A-Z]", m.group("tail") or ""):
        return obj  # ("jobless rate in Germany": its own place's, not the UK's)
    head = _stem(m.group("head"))
    owners = {
        mine.group("own")
        for a in earlier
        if (mine := _OBJ_PARTS.match(a.object or "")) is not None and mine.group("own")
    }
    for a in reversed(earlier):
        theirs = _OBJ_PARTS.match(a.object or "")
        if (
            theirs is None
            or not theirs.group("own")
            or _stem(theirs.group("head")) != head
            or len(owners) > 1
            or _names_someone(obj, sent)
            or _other_named(theirs.group("own"), sent)
        ):
            continue
        mods = m.group("mods").split()
        if not any(_noun_word(w, sent) for w in mods):
            # ("short-haul surcharge": no noun in the place of "fuel", so it is BA's too)
            mods += [
                w for w in theirs.group("mods").split() if w not in mods and _noun_word(w, sent)
            ]
        said = " ".join([*mods, m.group("head")])
        return f"{m.group('pre') or ''}{theirs.group('own')}{said}{m.group('tail') or ''}"
    return obj


def _owned_text(obj: str | None) -> bool:
    """Whether an object's text has a possessive's apostrophe (the "own" of `_OBJ_PARTS`
    needs one)."""
    return obj is not None and ("'" in obj or "’" in obj)


def _stem(word: str) -> str:
    """A head noun without its plural ending ("profits" and "profit" the same)."""
    return word.lower().removesuffix("s")


def _noun_word(word: str, sent: Any) -> bool:
    """Whether a describing word is a noun (a classifier: "fuel" in "fuel surcharge"), read
    where the text last has it up to the sentence's end; a hyphened word describes."""
    if "-" in word:
        return False
    doc = sent.doc
    tok = next((t for t in reversed(doc[: sent.end]) if t.lower_ == word.lower()), None)
    return tok is not None and tok.pos_ in ("NOUN", "PROPN")


def _other_named(owner: str, sent: Any) -> bool:
    """Whether the sentence names a firm or person other than `owner` (then a bare object
    may be that one's: "while Globex set the card fee"); places, nations and times aside."""
    return any(
        (t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON"))
        and t.ent_type_ not in _NOT_OWNERS
        and t.text not in owner
        for t in sent
    )


# Entity kinds a proper noun may have that own no fee or surcharge.
_NOT_OWNERS = frozenset("GPE LOC NORP DATE TIME EVENT MONEY PERCENT CARDINAL QUANTITY".split())


def _placed_only(mods: str, sent: Any) -> bool:
    """ "Central and Eastern European" in "Central and Eastern European sales rose 12%":
    capitalised words that all say where (adjectives, places, "and"), no owner's name."""
    words = mods.split()
    return (
        sent is not None
        and bool(words)
        and all(w == "and" or w[:1].islower() or _not_a_name(w, sent) for w in words)
    )


_THEY_OWN = re.compile(
    r"\b(?:who|that|saying|says?|said|believ\w*|think\w*|thought|feel\w*|felt)\b"
)
_THEY = re.compile(r"\b(they|their|Their)\b")  # (a sentence's first "Their" as well)


def _resolve_they(obj: str, span: Any, skip: set[int]) -> str:
    """ "share of debts they are owed" -> "share of debts creditors of Parmalat are owed": a
    "they" or "their" the object keeps stands for the plural noun before it in the sentence
    (left as it is when that noun is in the object already: "share of over-55s who say they")."""
    # ("they", "their": both hold "the")
    m = _THEY.search(obj) if "the" in obj or "Their" in obj else None
    if m is None or _THEY_OWN.search(obj[: m.start()]):
        return obj  # "share of students who say they trust ...": the students
    word = m.group(1).lower()
    sent = _sent(span)
    pron = min(
        (t for t in sent if t.lower_ == word),
        key=lambda t: abs(t.i - span.start),
        default=None,
    )
    if pron is None:
        return obj
    if word == "their" and _counted_their(span, pron.i, sent.start):
        return obj  # "told 50 families to leave their homes": the counted's own, said
    ante = next(
        (
            t
            for t in reversed(sent[: pron.i - sent.start])
            if t.tag_ in ("NNS", "NNPS")
            and t.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "pobj")
            and t.i not in skip
            and t.lower_ not in _NOT_THEM
            and t.lower_ not in obj.lower().split()  # "the debts they are owed": not debts
        ),
        None,
    )
    if ante is None:
        return _their_before(obj, m, sent, pron.i) if word == "their" else obj
    name = _np(ante, skip)
    if not name or name.lower() in obj.lower():
        return obj
    opening = ante.doc[ante.left_edge.i]
    if name.split()[0] == opening.text and opening.i == sent.start and not opening.ent_type_:
        name = name[0].lower() + name[1:]  # "Creditors of Parmalat ... they": no capital inside
    said = name if word == "they" else _possessive(name)
    return f"{obj[: m.start()]}{said}{obj[m.end() :]}"


def _counted_their(span: Any, pron: int, start: int) -> bool:
    """Whether the "their" at token `pron` is the counted's of the amount `span`: the
    nearest plural noun before it is the amount's own ("told 50 families to leave their
    homes")."""
    doc = span.doc
    for j in range(pron - 1, start - 1, -1):
        t = doc[j]
        if t.tag_ in ("NNS", "NNPS") and t.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "pobj"):
            return bool(span.start <= j < span.end)
    return False


def _their_before(obj: str, m: re.Match[str], sent: Any, pron: int) -> str:
    """ "Neither Acme nor Globex pleased investors. Their shares fell 4%": a "their" (at token
    `pron`) its own sentence leaves open is the named firms the sentence before was about,
    or the two names its own sentence opens with ("Neither Acme nor Globex saw their ...")."""
    owned = obj[m.end() :].strip()
    if owned != "shares" and _firm_metric(owned) is None:
        return obj  # (firms' figures only: the model often takes a firm for a person)
    names = _pair_opening(sent, pron) or _names_before(sent)
    if not names and sent.start:
        # (the parse may miss the pair: "Neither Ask Jeeves nor")
        names = _pair_opening(_sent(sent.doc[sent.start - 1]), None)
    if not names:
        return obj
    said = " and ".join(_possessive(n) for n in names)
    return f"{obj[: m.start()]}{said}{obj[m.end() :]}"


def _names_before(sent: Any) -> list[str]:
    """The names joined as the subject of the sentence before `sent` ("Acme and Globex"),
    none when that subject is one name or no firms' ("Procter and Gamble", "France")."""
    subj = _subject_before(sent)
    names = [subj, *(t for t in subj.subtree if t.dep_ == "conj")] if subj is not None else []
    if (
        len(names) < 2
        or not all(t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP", "LOC") for t in names)
        or any(c.dep_ == "cc" and c.ent_type_ for c in names[0].children)
    ):
        return []
    return [_name(t) for t in names]


# Two names joined by "and" or "nor" opening a sentence (after "Both"/"Neither", or a
# leading phrase and its comma, not a name of a list), each of up to four capitalised words.
_NAME_PAIR = re.compile(
    r"^(?:[^,]{0,40}?\b[a-z0-9][^,]{0,40}, )?(?:(?:Both|Neither|both|neither) )?"
    r"(?P<a>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3}) (?:and|nor) "
    r"(?P<b>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3}) (?=[a-z])"
)
# Words that open a sentence or name a kind, not a firm ("The Daily and Sunday ...").
_NOT_PAIR_WORDS = frozenset("The A An Both Neither Either But And Shares Mr Mrs Ms Dr".split())


def _pair_opening(sent: Any, pron: int | None) -> list[str]:
    """ "Neither Ask Jeeves nor Doubleclick thrilled investors": the two names that open the
    sentence `sent` as its subject (before token `pron`, when given), read from the text
    (the word after them a verb) for the parse may not join them; none when there is no
    such pair."""
    m = _NAME_PAIR.match(sent.text)
    if m is None or any(n.split()[0] in _NOT_PAIR_WORDS for n in (m.group("a"), m.group("b"))):
        return []
    end = sent.start_char + m.end()
    verb = next((t for t in sent if t.idx == end), None)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or pron is not None and verb.i > pron:
        return []
    if _names_country(m.group("a")) or _names_country(m.group("b")):
        return []  # (countries' "their" is read by the country rules)
    start = sent.start_char + m.start("a")
    joint = sent.start_char + m.end("a") + 1
    if any(
        start <= t.idx < end and (t.pos_ == "NOUN" or t.idx == joint and t.ent_type_) for t in sent
    ):
        return []  # one name with "and" in it ("Procter and Gamble"), or a plural noun
    return [m.group("a"), m.group("b")]


def _owner_name(cand: Any, plural: bool, skip: set[int], people: set[int]) -> str | None:
    """The name "its" (or "their", `plural`) points to when `cand`, a clause's subject, is
    its owner: a named firm or country, or "the company"; None otherwise."""
    if cand.i in skip:
        return None
    if cand.lemma_.lower() in ("combination", "merger", "tie-up"):
        # "A combination of Mittal Steel and ISG would have annual sales of $32bn"
        first = next(
            (
                p
                for c in cand.rights
                if c.dep_ == "prep" and c.lower_ in ("of", "between")
                for p in c.children
                if p.dep_ == "pobj" and p.pos_ == "PROPN"
            ),
            None,
        )
        other = (
            next((c for c in first.rights if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
            if first is not None
            else None
        )
        if first is not None and other is not None:
            return f"combined {_name(first)} and {_name(other)}'s"
    if plural:
        both = next((c for c in cand.rights if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
        if cand.pos_ == "PROPN" and both is not None and both.i not in skip:
            # "Acme and Globex raised the price of their steel": both's
            return _possessive(f"{_name(cand)} and {_name(both)}")
        # "Malaysian banks may sell 49% of their units": the banks'
        if cand.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "relcl" for c in cand.rights):
            name = _np(cand, skip)
            return _possessive(name)
        if cand.tag_ == "NNP" and cand.ent_type_ == "ORG" and cand.idx not in people:
            # "CVRD managed to boost the price of their ore": a firm
            return f"{_DESCRIBED.sub('', _name(cand))}'s"
        return None
    firm = next(
        (
            c
            for c in cand.lefts
            if c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_ == "ORG")
        ),
        next(  # "Shares in Kelda rose on its decision"
            (
                p
                for c in cand.rights
                if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children
                if p.dep_ == "pobj" and p.pos_ == "PROPN" and p.ent_type_ != "PERSON"
            ),
            None,
        ),
    )
    if cand.lemma_.lower() in ("stock", "share") and firm is not None and firm.i not in skip:
        return f"{_name(firm)}'s"  # "Baoshan stock climbed on its decision": Baoshan's
    if cand.pos_ == "PROPN" and (
        cand.ent_type_ != "PERSON"
        # "GlaxoSmithKline saw its profits fall": one word the model took for a person that
        # the entity stage did not ("its" is no person's)
        or cand.idx not in people
        and not any(c.dep_ in ("compound", "flat") for c in cand.lefts)
    ):
        return f"{_DESCRIBED.sub('', _name(cand))}'s"
    if cand.lemma_.lower() in _GOVERNING and cand.tag_ == "NN":
        # "The board of Initech has proposed paying a dividend": Initech's
        firm_ = next(
            (
                p
                for c in cand.rights
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj" and p.pos_ == "PROPN" and p.ent_type_ not in _NOT_FIRMS
            ),
            None,
        )
        if firm_ is not None and firm_.i not in skip:
            return f"{_DESCRIBED.sub('', _name(firm_))}'s"
    if (
        cand.tag_ == "NN"
        and (
            cand.lemma_.lower() in _OWNER_ORGS | _PARTS
            or cand.lower_.endswith("maker")  # ("toymaker", "chipmaker")
            or cand.ent_type_ == "ORG"
        )
        and any(
            c.lower_ == "the"  # (or "the world's biggest carmaker")
            or c.dep_ == "poss"
            and any(g.lower_ == "the" for g in c.lefts)
            for c in cand.lefts
        )
        and not any(c.dep_ in ("prep", "acl") for c in cand.rights)
        and not any(c.dep_ == "relcl" and c.left_edge.tag_ != "WP$" for c in cand.rights)
    ):
        # "The company will reduce its workforce": the company's (an organisation named by
        # a singular noun, as "its" is); "The US division - whose brands include Zephyr -
        # made a loss": the division's, the clause an aside
        return f"the {_np(cand, skip, with_acl=False)}'s"
    return None


# Those who run a firm, whose decisions are the firm's ("the board of Initech").
_GOVERNING = frozenset("board management boss chairman chief executive".split())
# Parts of a firm, which own their results as a firm does ("the US division").
_PARTS = frozenset("division subsidiary".split())
_NOT_FIRMS = frozenset({"PERSON", "GPE", "NORP", "DATE", "LOC"})


_BARE_SHARES = re.compile(r"^[Ss]hares(?: in ([A-Z][\w ]*))?$")


def _whose_shares(obj: str, sent: Any, people: set[int]) -> str:
    """ "Shares fell 1% to 510.75 pence in London" after a sentence about Unilever: Unilever's
    shares (in London); shares the sentence gives no owner for are the firm's before."""
    m = _BARE_SHARES.match(obj)
    if m is None:
        return obj
    place = m.group(1)
    if place is not None and not any(
        e.text == place and e.label_ in ("GPE", "LOC") for e in _ents_in(sent)
    ):
        return obj  # "Shares in Umbro": the firm is named
    owner = _earlier_owner(sent, people)
    return f"{owner}'s {obj[0].lower()}{obj[1:]}" if owner else obj


def _controller(verb: Any) -> Any:
    """The noun or name that does what an infinitive says, as the object of the verb above
    it ("ordered the bank to cut its costs": the bank, not the one who ordered), or None."""
    up = verb.head
    if verb.dep_ != "xcomp" or up.i == verb.i or up.pos_ != "VERB":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.lefts):
        return None
    return next(
        (
            c
            for c in up.children
            if c.dep_ == "dobj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")
        ),
        None,
    )


def _aside_owner(head: Any, plural: bool, own: set[int], people: set[int]) -> str | None:
    """ "Mercedes-Benz's woes - its profits slid to 20m euros - hit ...": a clause set off by
    dashes (or brackets) whose subject's "its" stands for the outer subject's owner (or the
    outer subject, a name); the parse makes both subjects of the inner verb, or hangs the
    inner clause on the outer subject. None otherwise."""
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) > 1 and _inner_subject(subjects, head) is not subjects[0]:
        outer, inner = subjects
    elif (
        len(subjects) == 1
        and head.dep_ in ("parataxis", "appos")
        and head.head.pos_ in ("NOUN", "PROPN")
        and head.head.i < subjects[0].i
        and _set_off(subjects[0], head)
    ):
        outer, inner = head.head, subjects[0]
    else:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in inner.lefts):
        return None
    owner = next((c for c in outer.lefts if c.dep_ == "poss"), outer)
    if owner.pos_ not in ("PROPN", "NOUN"):
        return None  # ("Its woes - its profits ...": an open "its")
    return _owner_name(owner, plural, own, people)


# Words naming a party hired to judge or serve a firm, not the firm: its "its" is the
# client's ("Advisors Goldman Sachs ... valued its demerged unit").
_HIRED_WORDS = frozenset(
    "advisor advisors adviser advisers analyst analysts broker brokers consultant consultants "
    "auditor auditors lawyer lawyers".split()
)


def _hired_party(subj: Any) -> bool:
    """Whether a subject is told as a hired party ("Advisors Goldman Sachs", "auditors
    KPMG"): a word of `_HIRED_WORDS` before its name, or as the noun itself."""
    if subj.lower_ in _HIRED_WORDS:
        return True
    doc = subj.doc
    return any(doc[i].lower_ in _HIRED_WORDS for i in range(subj.left_edge.i, subj.i))


def _resolve_its(
    obj: str, head: Any, span: Any, skip: set[int], people: set[int], main_org: str | None = None
) -> str:
    """ "its shares" -> "Electrolux's shares": the possessive pronoun of an object replaced by
    the subject it stands for (up the clauses, else the sentence before's firm)."""
    its = _ITS.search(obj)
    if its is None:
        return obj
    plural = its.group(1).lower() == "their"
    own = skip | {t.i for t in span}
    aside = _aside_owner(head, plural, own, people)
    if aside is not None:
        return f"{obj[: its.start(1)]}{aside} {obj[its.end() :]}"
    for _ in range(8):  # "Electrolux saw its shares rise": up to a named subject
        cand = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        them = next(
            (c for c in head.children if c.dep_ in ("dobj", "dative") and c.tag_ == "NNS"), None
        )
        if (
            plural
            and them is not None
            and them.left_edge.i <= span.start <= them.right_edge.i
            and any(c.dep_ == "xcomp" for c in head.children)
        ):
            return obj  # "told 50 families to leave their homes": the counted's own
        if (
            plural
            and them is not None
            and cand is not None
            and cand.tag_ not in ("NNS", "NNPS")
            and not any(c.dep_ == "conj" for c in cand.children)  # "The Daily and Sunday ..."
            and not them.left_edge.i <= span.start <= them.right_edge.i  # not its own noun
        ):
            cand = them  # "could charge the companies up to 10% of their turnover": theirs
        if not plural and cand is not None and _hired_party(cand):
            break  # "Advisors Goldman Sachs ... valued its Deluxe Film unit": the client's
        ctrl = _controller(head) if cand is None else None
        if ctrl is not None and ctrl.i not in own:
            # "The regulator told the bank to cut its costs": the bank's, not the regulator's
            name = _owner_name(ctrl, plural or ctrl.tag_ == "NNS", own, people)
            return obj if name is None else f"{obj[: its.start(1)]}{name} {obj[its.end() :]}"
        if (
            cand is not None
            and cand.pos_ in ("PROPN", "NOUN")
            and not obj[its.end() :].startswith(cand.text)  # "their shares fell": not theirs
        ):
            name = _owner_name(cand, plural, own, people)
            if name is not None and obj.lower().startswith(f"{name.lower()} "):
                return obj  # "the party's repayment to its former treasurer": said already
            if name is not None:
                return f"{obj[: its.start(1)]}{name} {obj[its.end() :]}"
            if cand.pos_ == "PROPN":
                break  # a person's "its" is another thing's
        if head.head.i == head.i:
            break
        head = head.head
    earlier = None if plural else _earlier_owner(_sent(span[0]), people) or main_org
    if earlier is not None:
        # "Inbev ... . The acquisition meant its sales grew 57%": the firm the sentence
        # before was about (else the firm the article is most about).
        return f"{obj[: its.start(1)]}{earlier}'s {obj[its.end() :]}"
    return obj


# A firm's figures named by a bare noun ("posted a profit of $3.36bn", "revenue dipped"):
# whose they are is said by the clause's subject or the firm the text is about.
_FIRM_METRIC = re.compile(
    r"^(?P<pre>(?:(?:rise|fall|increase|drop|decline|jump|surge|slump|growth|cut) in )?)"
    r"(?P<what>(?P<mods>(?:(?:[A-Za-z][A-Za-z&-]*|[12]\d{3}) ){0,4})"
    r"(?i:profits?|revenues?|sales|turnover|earnings|losses|loss|dividends?|payout|debts?|"
    r"assets|savings|margins?|write-downs?|investments?|charges?|costs|cuts|bonus(?:es)?|stakes?|loans?|grants?|aid|offers?|bids?|"
    r"deals?|settlements?|payments?|repayments?|write downs?|fraud|workforce|income|reserves|"
    r"(?:r&d|research|marketing|advertising|capital) spending|passenger numbers|"
    r"(?:production )?capacity))"
    # (and what it is in, on or for: "stake in Ferrari", "write-down on Slimfast")
    r"(?P<rest>(?: (?:in|on|for|to|from|with) [\w&' -]+| per (?:[A-Z][\w&]* )?share)?)$",
)
# Every word a noun of `_FIRM_METRIC` can open with, lower-cased: a match has one as a
# whole word among the first seven (two of "rise in", four modifiers, then the noun).
_FIRM_METRIC_FIRSTS = frozenset(
    """profit profits revenue revenues sales turnover earnings losses loss dividend dividends
    payout debt debts assets savings margin margins write-down write-downs investment
    investments charge charges costs cuts bonus bonuses stake stakes loan loans grant grants aid
    offer offers bid bids deal deals settlement settlements payment payments repayment
    repayments write fraud workforce income reserves r&d research marketing advertising capital
    passenger production capacity""".split()
)


@lru_cache(maxsize=4096)
def _firm_metric(text: str) -> re.Match[str] | None:
    """`_FIRM_METRIC.match(text)`, the pattern tried only when the text has one of its nouns'
    first words where the noun may stand (a set test costs a fifth of the pattern's; for an
    ASCII text only, where lower-casing is the pattern's own caseless test). Asked of the
    same object by several readers: kept while one article is read (see `extract_amounts`)."""
    if text.isascii() and _FIRM_METRIC_FIRSTS.isdisjoint(text.lower().split(maxsplit=7)[:7]):
        return None
    return _FIRM_METRIC.match(text)


# Of those, what a state may own as well ("Britain is to give a £4m grant"), and only by
# its own clause's subject.
_DEALT = frozenset(
    """stake stakes loan loans grant grants aid offer offers bid bids deal deals payment
    payments repayment repayments""".split()
)
_RECEIVE_VERBS = frozenset("receive get win accept reject face".split())

_NOT_OWN = frozenset(
    """the a an its their his her our total combined global world industry currency in of for on at
    to from by with""".split()
)
# Describing words that make a thing another's or everyone's ("the industry average fee").
_OTHERS_WORDS = _NOT_OWN | frozenset("other others rival rivals average national overall".split())
# Bodies that report or survey figures, not own them ("Average earnings rose by 4.3%, the
# Office for National Statistics added").
_REPORTERS = frozenset(
    """office department ministry bureau agency commission institute association federation
    council confederation organisation organization survey""".split()
) | frozenset(  # (statistics offices by their short names: "the ONS said", "Eurostat said")
    "ons eurostat statistics census istat insee destatis bls".split()
)


def _not_a_name(word: str, sent: Any) -> bool:
    """Whether a capitalised `word` of the sentence is a month, an adjective ("European") or
    a place ("US truck sales"), not an owner's name."""
    tok = next((t for t in sent if t.text == word), None)
    return tok is not None and (
        tok.tag_ == "JJ"
        or tok.dep_ == "amod"  # ("Central and Eastern European sales", taken for a name)
        or tok.lower_ in MONTHS
        and len(word) > 3
        or tok.ent_type_ in ("GPE", "NORP", "LOC")
        or _names_country(word)
    )


# Nouns of firms put together ("a combination of A and B", "the merger of A and B").
_MERGED_NOUNS = frozenset("combination merger union tie-up alliance partnership".split())


def _place_told_firm(subj: Any) -> Any:
    """The firm noun a place subject has as its aside ("The Dayton, Ohio-based firm",
    parsed as "Dayton" with "firm" beside it), or None."""
    if subj is None or subj.ent_type_ not in ("GPE", "LOC"):
        return None
    return next(
        (c for c in subj.rights if c.dep_ == "appos" and c.lemma_.lower() in _COMPANY_NOUNS), None
    )


_DASHES = frozenset("- – —".split())


def _dashed_aside_subject(verb: Any) -> Any:
    """ "The US division - whose marques include Zephyr - turned a loss into a profit": the
    parse hangs the verb on the aside's own verb as its conjunct; the verb's subject is the
    noun the dash-framed aside describes (None for any other shape)."""
    if verb.dep_ != "conj" or verb.head.dep_ != "relcl":
        return None
    rel = verb.head
    noun = rel.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i > rel.i:
        return None
    doc = verb.doc
    opens = rel.left_edge.i - 1
    if opens <= noun.i or doc[opens].text not in _DASHES:
        return None
    if not any(doc[i].text in _DASHES for i in range(rel.i + 1, verb.i)):
        return None  # (the aside's closing dash before the verb)
    return noun


def _firm_metric_owner(
    obj: str,
    head: Any,
    span: Any,
    tok: Any,
    skip: set[int],
    people: set[int],
    main_org: str | None,
    orgs: list[tuple[int, int]] | None = None,
    sent: Any = None,
) -> str:
    """ "profit" -> "TimeWarner's profit" when "TimeWarner posted a profit of $3.36bn" (or,
    when the figure is its clause's own subject, the firm the sentence before or the article
    is about: "Revenue dipped 1.4%")."""
    m = _firm_metric(obj)
    if m is None:
        return obj
    mods = m.group("mods").split()
    sent = _sent(span[0]) if sent is None else sent  # (the caller's, found once)
    opening = sent[0].text if len(sent) else ""
    subj_ = next((c for c in head.children if c.dep_ == "nsubj"), None)
    # ("It has total assets of $96bn": a firm's own total)
    told_ = _place_told_firm(subj_)
    own_total = (
        subj_ is not None
        and (subj_.lower_ == "it" or told_ is not None)
        and head.lemma_.lower() == "have"
    )  # (or "The Dayton, Ohio-based firm has total debts of $900m")
    not_own = _NOT_OWN - {"total"} if own_total else _NOT_OWN
    # (the sentence's capitalised first word, when the model takes it for no name:
    # "Pre-tax profits rose 15%")
    plain_opening = len(sent) > 0 and sent[0].pos_ not in ("PROPN", "X") and not sent[0].ent_type_
    if not_own & {w.lower() for w in mods} or any(
        w[0].isupper()
        and (i > 0 or m.group("pre") or w != opening)
        and not (i == 0 and w.startswith(opening) and plain_opening)
        and not _not_a_name(w, sent)  # ("February sales", "European sales": no owner's)
        for i, w in enumerate(mods)
    ):
        return obj  # "Ford sales", "total sales": named or whole already
    if (
        tok is not None
        and tok.dep_ == "pobj"
        and tok.head.head.pos_ in ("NOUN", "PROPN")
        and tok.head.head.lemma_.lower() not in _CHANGE_NOUNS
        and tok.head.head.i not in skip
        and not span.start <= tok.head.head.i < span.end
    ):
        # "the world's biggest bank with assets of 189 trillion yen": that bank's
        holder = tok.head.head
        if (
            tok.head.lower_ == "with"
            and obj == m.group("what")
            and holder.lemma_.lower() in (_OWNER_ORGS | {"lender", "brokerage"})
        ):
            return f"{obj} of {_np(holder, skip | {t.i for t in span}, with_acl=False)}"
        return obj
    own = skip | {t.i for t in span}
    metric = m.group("what").split()[-1].lower()
    for _ in range(8):
        cands = _one_compound([c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")])
        ctrl_ = _controller(head) if not cands else None
        if ctrl_ is not None and ctrl_.pos_ != "NOUN":
            ctrl_ = None  # (a name's: "asked Rosneft to repay a loan", below)
        if ctrl_ is not None:
            # "The court ordered the chemist to keep £8m in profits": the chemist's, if
            # anyone's, not the court's
            cands = [ctrl_]
        aside_ = _dashed_aside_subject(head) if not cands else None
        cand = cands[0] if cands else aside_
        both = (
            [t for t in cand.subtree if t.dep_ == "conj" and t.pos_ == "PROPN"]
            if cand is not None and cand.lemma_.lower() in _MERGED_NOUNS
            else []
        )
        if both:
            # "A combination of Mittal Steel and ISG would have sales of $32bn": both's
            first = both[0].head
            if first.pos_ != "PROPN" or len(both) > 1:
                return obj
            what = _uncap(m.group("what"), opening)
            return f"{m.group('pre')}combined {_name(first)} and {_name(both[0])}'s {what}"
        if cand is not None and not (
            cand.i in own
            or cand.lower_ == metric
            or m.group("pre")
            and cand.lemma_.lower() in _CHANGE_NOUNS  # "the rise in sales"
            or cand.tag_ in ("WDT", "WP")  # "sales which fell 8%"
            or cand.left_edge.i <= span.start <= cand.right_edge.i
            and aside_ is None  # (the aside's noun spans the sentence in that parse)
        ):
            if any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in cand.children):
                return obj  # ("Acme and Globex were the likely bidders": neither's)
            if cand.lower_ in ("it", "they") and head.head.i != head.i:
                head = head.head  # "WMC said it made net profits of ...": up to the name
                continue
            if cand.lower_ == "it" and head.lemma_ != "be":  # (not "it is 60p")
                # "It has total net assets of $96bn", "Last year it made profits of £21.5m":
                # the main clause's "it" is the firm the sentence before named (or the
                # article's, unless that sentence pointed at another thing: "that business")
                before_ = _subject_before(sent)
                other_ = before_ is not None and any(  # ("that business", "this unit")
                    c.lower_ in ("that", "this", "these", "those") for c in before_.lefts
                )
                earlier_ = _named_owner(
                    _earlier_owner(sent, people) or (_that_one(before_) if other_ else main_org)
                )
                if earlier_ is None or _owned_rest(m.group("rest"), earlier_):
                    return obj
                earlier_ = _possessive(_owner_of(earlier_))  # ("General Motors'")
                what = _uncap(m.group("what"), opening)
                sought_ = _pursued(head, tok, what, m.group("rest"), _owner_of(earlier_))
                if sought_ is not None:
                    return f"{m.group('pre')}{sought_}"
                return (
                    f"{m.group('pre')}{earlier_} {_uncap(m.group('what'), opening)}"
                    f"{m.group('rest')}"
                )
            if cand.lower_ in ("this", "that") or (
                _firm_metric(cand.lower_) and any(c.lower_ in ("its", "their") for c in cand.lefts)
            ):
                # "its profits were 40m rupees on sales which fell": the profits' owner;
                # "This helped to bring debt down": the firm's, as nothing says otherwise
                if head.head.i == head.i:
                    break
                head = head.head
                continue
            dealt = metric in _DEALT | _DEALT_TOO
            # ("The Dayton, Ohio-based firm has debts": the place parsed as the subject, the
            # firm as its aside; the firm the article is about)
            firm_ = _place_told_firm(cand)
            if (
                not dealt
                and firm_ is None
                and cand.ent_type_ in ("GPE", "LOC", "NORP")
                and cand.text != main_org  # (the article's firm, whatever the model says)
                or cand.lower_ in _REPORTERS
            ):
                return obj  # "sales there fell": a place's, not a firm's
            if any(t.lower_ in _REPORTERS for t in cand.subtree):
                return obj
            if head.lemma_.lower() in SAY_OWN and (
                news_agency(cand) or tok is not None and not_its_own(tok)
            ):
                return obj  # ("Sales rose 7%, Reuters reported", "Retail sales fell, X said")
            name = "the firm's" if firm_ is not None else _owner_name(cand, False, own, people)
            if name is None and cand is ctrl_:
                return obj
            if (
                name is None
                and cand.tag_ in ("NNS", "NN")
                and any(a <= cand.idx < b for a, b in orgs or ())
            ):
                name = _possessive(_name(cand))  # "Travelers had sales of $5.2bn": a firm
            if (
                name is not None
                and name.startswith("the ")
                and cand.lemma_.lower() not in _PARTS  # (a division's results are its own)
            ):
                # "the firm's debts": the firm named just before, or the article's
                named_ = _named_owner(_earlier_owner(sent, people) or main_org)
                if named_ is None and metric.startswith(("payment", "repayment")):
                    return obj  # ("the company's payment": whose, no name says)
                name = named_ or name
            if name is None:
                return obj
            what = _uncap(m.group("what"), opening)
            if dealt and head.lemma_.lower() in _RECEIVE_VERBS:
                # "Circuit City has received a takeover offer": an offer for it, not its own
                to = "for" if metric.rstrip("s") in ("offer", "bid", "deal") else "to"
                if m.group("rest").startswith(f" {to} "):
                    return obj  # "rejected an offer for its unit": what it is for, said
                owner_ = _owner_of(name)
                return f"{m.group('pre')}{what} {to} {owner_}{m.group('rest')}"
            if _owned_rest(m.group("rest"), name):
                return obj  # "Sales in Dr Reddy's generics business": owned already
            sought_ = _pursued(head, tok, what, m.group("rest"), _owner_of(name))
            if sought_ is not None:
                return f"{m.group('pre')}{sought_}"
            return f"{m.group('pre')}{name} {what}{m.group('rest')}"
        offer_ = head.head if head.dep_ == "acl" and head.head.pos_ == "NOUN" else None
        whose_ = (
            next((c for c in offer_.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if offer_ is not None and head.lemma_.lower() in _TRADE_VERBS | {"take", "acquire"}
            else None
        )
        if (
            whose_ is not None
            and whose_.i not in own
            and not _owned_rest(m.group("rest"), f"{_name(whose_)}'s")
        ):
            # "Globex's offer to buy a 20% stake": the one whose offer, plan or bid it is
            what = _uncap(m.group("what"), opening)
            return f"{m.group('pre')}{_name(whose_)}'s {what}{m.group('rest')}"
        doer_ = head.head if head.dep_ == "xcomp" else None
        if head.dep_ == "pcomp" and head.head.dep_ == "prep":
            doer_ = head.head.head  # "accused Titan of paying $2.1m": Titan's doing
        if doer_ is not None and any(
            c.dep_ == "dobj" and c.pos_ == "PROPN" for c in doer_.children
        ):
            return obj  # "asked Rosneft to repay a $900m loan": Rosneft's doing, not theirs
        if head.head.i == head.i:
            break
        head = head.head
    if metric in _DEALT | _DEALT_TOO:
        return obj  # "The £3.2bn settlement includes ...": not the firm's by default
    earlier = _named_owner(_earlier_owner(sent, people) or main_org)
    if earlier is None:
        return obj
    if _owned_rest(m.group("rest"), earlier):
        return obj
    return f"{m.group('pre')}{earlier} {_uncap(m.group('what'), opening)}{m.group('rest')}"


_OWNER_OPENS = re.compile(r"^((?:\w+ in )?)([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*)['’]s ")


def _owner_once(obj: str | None) -> str | None:
    """ "Globex's write down on Globex's diet foods" -> "Globex's write down on its diet
    foods": an owner said once."""
    m = _OWNER_OPENS.match(obj or "")
    if obj is None or m is None:
        return obj
    again = f" {m.group(2)}'s "
    at = obj.find(again, m.end())
    return obj if at < 0 else f"{obj[:at]} its {obj[at + len(again) :]}"


def _owned_rest(rest: str, name: str) -> bool:
    """Whether what follows a firm's figure names its owner already ("in its UK division",
    "in Dr Reddy's generics business")."""
    return (
        "'" in rest
        or "’" in rest
        or re.search(r"\b(?:its|their)\b", rest) is not None
        or _owner_of(name) in rest
    )


# Verbs of going after what others owe or should hand over ("chasing payments of £720m"):
# the sum is sought by the subject, not its own, so no possessive ("CSA's payments" reads
# as what it owes).
_PURSUE_VERBS = frozenset("chase seek demand recover pursue collect".split())


def _pursues(head: Any, tok: Any) -> bool:
    """Whether `head` is a verb of going after what is owed and `tok`, an object's noun, is
    its direct object ("chasing outstanding payments")."""
    return (
        head.lemma_.lower() in _PURSUE_VERBS
        and head.pos_ == "VERB"
        and tok is not None
        and tok.dep_ == "dobj"
        and tok.head.i == head.i
    )


def _pursued(head: Any, tok: Any, what: str, rest: str, owner: str) -> str | None:
    """ "It is chasing outstanding payments of £720m" -> "outstanding payments CSA is
    chasing": `what` (with its own words after it, `rest`) that `owner`, the clause's
    subject, goes after; None unless `_pursues`."""
    if not _pursues(head, tok):
        return None
    aux = [c.lower_ for c in head.lefts if c.dep_ in ("aux", "auxpass", "neg")]
    return f"{what} {owner} {' '.join([*aux, head.lower_])}{rest}"


def _owner_of(possessive: str) -> str:
    """ "Globex's" -> "Globex", "Barclays'" -> "Barclays"."""
    return possessive.removesuffix("'s").removesuffix("'")


def _named_owner(name: str | None) -> str | None:
    """ "giant WPP" -> "WPP's": a firm's name as an owner, without the words before it."""
    if name is None:
        return None
    return f"{_DESCRIBED.sub('', name)}'s"


def _earlier_owner(sent: Any, people: set[int]) -> str | None:
    """The named organisation the sentence before is about (its main clause's subject), for
    an "its" its own sentence leaves open; None when that subject is no single name."""
    cand = _subject_before(sent)
    named_ = (
        next((c for c in cand.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if cand is not None and cand.pos_ == "NOUN"
        else None
    )
    if named_ is not None:
        cand = named_  # "its own internet business, AOL, had mixed fortunes": AOL
    for _ in range(3):
        # "UK Coal reported losses. The South Yorkshire company said ... Its shares were down":
        # a firm called by a common noun is the one a sentence before named
        # (or "it", "its sales": the one a sentence before that named)
        if cand is None or not (
            cand.pos_ == "NOUN"
            and (
                cand.lemma_.lower() in _COMPANY_NOUNS
                or any(c.lower_ == "its" and c.dep_ == "poss" for c in cand.lefts)
            )
            or cand.lower_ == "it"
            and cand.dep_ == "nsubj"
        ):
            break
        cand = _subject_before(_sent(cand))
    if cand is not None and cand.lemma_.lower() in ("share", "stock"):
        # "Shares in UK Coal have fallen. ... its shares were down 10%": UK Coal's
        cand = next(
            (
                p
                for c in cand.rights
                if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children
                if p.dep_ == "pobj" and p.pos_ == "PROPN"
            ),
            None,
        )
    if cand is not None and _capital_noun_named(cand):
        return cand.text  # ("Travelers had sales of $5.2bn. It has ...": a name, tagged a noun)
    if cand is None or cand.pos_ != "PROPN" or cand.idx in people:
        return None
    firm_aside = any(
        c.dep_ == "appos"
        and c.lemma_.lower() in _COMPANY_NOUNS
        and not any(t.lower_.endswith("based") for t in c.subtree)  # (a firm's home town)
        for c in cand.rights
    )  # ("China's Baoshan, the country's largest steel producer": a firm, whatever the model)
    if (
        cand.ent_type_ in ("PERSON", "GPE", "NORP", "LOC")
        and (cand.ent_type_ != "PERSON" or any(c.dep_ in ("compound", "flat") for c in cand.lefts))
        and not firm_aside
    ):
        return None  # a person's or a country's "its" is another thing's
    return _name(cand)


def _capital_noun_named(tok: Any) -> bool:
    """Whether `tok`, a capitalised noun opening its sentence ("Travelers had sales"), is a
    name: the article wrote the same word with its capital inside a sentence before."""
    if tok.pos_ != "NOUN" or not tok.text[:1].isupper() or not tok.is_sent_start:
        return False
    doc = tok.doc
    lo = max(0, tok.i - 400)
    # (the words before it as numbers: only where the same word stands is a token built)
    same = (doc.to_array(ORTH)[lo : tok.i] == tok.orth).nonzero()[0]
    return any(
        not doc[at].is_sent_start and doc[at - 1].text not in ('"', "'", "(")
        for at in (lo + int(k) for k in same)
    )


# Nouns for people by what they do: "depositors", "shareholders", "economists".
_AGENT_NOUN = re.compile(r"(?:holder|payer|[^aeiou]er|or|ist|ant)$")


_HEADLINE_IN = re.compile(r"^(?P<who>[A-Z][\w'’&.-]*(?: [\w'’&.-]+){0,4}) in (?:an? )?$")
_HEADLINE_WHAT = re.compile(r"^ (?P<what>[\w'’-]+(?: [\w'’-]+){0,4})\s*$")


def _headline_in(sent: Any, hit: _Hit, text: str) -> str | None:
    """ "Ryanair in $4bn Boeing plane deal", "US bank in $515m SEC settlement": a headline
    with no verb; the deal is the one named before "in"."""
    said = text[sent.start_char : hit.start]
    if not said.removesuffix("\n").endswith((" in ", " in a ", " in an ")):
        return None  # (what the pattern ends on, tested first: few amounts follow an "in")
    before = _HEADLINE_IN.match(said)
    if before is None:
        return None  # (before the words after are read)
    after = _HEADLINE_WHAT.match(text[hit.end : sent.end_char])
    if after is None or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return None
    return f"{_possessive(before.group('who'))} {after.group('what')}"


_ORG_PRONOUN = re.compile(r"\b(it|its|their)\b")


def _org_pronoun(obj: str, span: Any, sent: Any) -> str:
    """ "reports it had from consumers" said by the Federal Trade Commission, "the price of
    their iron ore" boosted by CVRD: the organisation named as a subject before the amount
    stands for "it", "its" or "their" left in the object."""
    at = _ORG_PRONOUN.search(obj)
    if at is None or re.search(r"\b[A-Z]", obj[: at.start()]):
        return obj  # ("a loan that Yugansk had secured on its assets": the name said before)
    doc = span.doc
    said = next(
        (t.i for t in doc[sent.start : sent.end] if t.lower_ in ("it", "its", "their")), None
    )
    if said is None or doc[said].lower_ == "their" and _counted_their(span, said, sent.start):
        return obj  # ("urged 40 suppliers to cut their prices": the suppliers')
    org = next(
        (
            t
            for t in reversed(doc[sent.start : said])
            if (t.dep_ in ("nsubj", "nsubjpass") or _firm_of_subject(t))
            and t.pos_ == "PROPN"
            and (t.ent_type_ in ("ORG", "") or _firm_of_subject(t))
            # (a one-word "Government" is no name; "the Federal Trade Commission" is)
            and (t.lower_ not in lexicon().actors or any(c.dep_ == "compound" for c in t.lefts))
        ),
        None,
    )
    if org is None:
        return obj
    # the whole name ("Food" hangs on "Standards" in "the Food Standards Agency")
    name = _join([t for t in doc[org.left_edge.i : org.i + 1] if t.pos_ == "PROPN"])
    return _ORG_PRONOUN.sub(lambda m: name if m.group(1) == "it" else _possessive(name), obj)


def _firm_of_subject(t: Any) -> bool:
    """ "The owners of the toy maker Acme", "the head of oil giant Acme": a firm's name that
    the subject is of (the model may take the name for a person or a place)."""
    firm = t.head if t.dep_ == "appos" else t
    if firm.dep_ != "pobj" or firm.head.lower_ != "of":
        return False
    if firm.head.head.dep_ not in ("nsubj", "nsubjpass") or firm.head.head.pos_ != "NOUN":
        return False
    noun = firm if firm.i != t.i else next((c for c in t.lefts if c.dep_ == "compound"), None)
    return noun is not None and (
        noun.lemma_.lower() in _COMPANY_NOUNS or noun.lower_.endswith("maker")
    )


_MADE_DEAL_NOUNS = frozenset(
    "settlement deal agreement contract swap restructuring takeover merger buyout bid offer".split()
)
_MAKE_DEAL_VERBS = frozenset(
    """reach sign strike conclude clinch seal agree secure win close complete launch
    announce unveil finalise finalize make table""".split()
)


def _deal_maker(span: Any, obj: str | None, skip: set[int]) -> str | None:
    """ "Fiat was set to restructure after reaching a $2bn settlement with GM": the deal of
    the one who made it (a name); None when the object says whose already."""
    outs = _outward(span)
    if not obj or not outs or outs[0].dep_ not in ("nmod", "compound", "amod", "nummod"):
        return None
    noun = outs[0].head
    if noun.lower_ not in _MADE_DEAL_NOUNS or noun.lower_ not in obj.split() or "'" in obj:
        return None  # ("debt swap" too: the noun the amount sizes, with its own words)
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in _MAKE_DEAL_VERBS:
        return None
    maker = _own_subject(verb)
    if maker is None and verb.dep_ in ("pcomp", "advcl"):
        up = verb.head.head if verb.dep_ == "pcomp" else verb.head  # "after reaching"
        maker = _own_subject(up) if up.pos_ in ("VERB", "AUX") else None
    if maker is None or maker.pos_ != "PROPN" or maker.i in skip:
        return None
    return f"{_possessive(_name(maker))} {obj}"


def _deed_of_accused(span: Any, obj: str | None, skip: set[int]) -> str | None:
    """ "fraud" -> "fraud Bernie Ebbers is accused of overseeing" ("Ebbers, who is accused of
    overseeing an $11bn fraud"): money in what someone is accused, charged or convicted of
    doing is that deed of theirs, said as an accusation; None when no name does it."""
    if not obj or "'" in obj or " " in obj.strip():
        return None
    deed = next((a for a in span[0].ancestors if a.pos_ == "VERB"), None)
    if (
        deed is None
        or deed.dep_ != "pcomp"
        or deed.head.lower_ not in ("of", "with")
        or deed.head.head.lemma_.lower() not in _ACCUSE_VERBS
    ):
        return None
    doer = _own_subject(deed)
    if doer is None or doer.pos_ != "PROPN" or doer.i in skip:
        return None
    accuser = deed.head.head
    past = accuser.tag_ == "VBD" or any(c.lower_ in ("was", "were") for c in accuser.lefts)
    first = doer.i  # (the name's own words: not "Former Worldcom boss Bernie Ebbers")
    while (
        first > 0 and doer.doc[first - 1].pos_ == "PROPN" and doer.doc[first - 1].head.i > first - 1
    ):
        first -= 1
    name = _join(list(doer.doc[first : doer.i + 1]))
    said = f"{'was' if past else 'is'} {participle(verb_lemma(accuser))}"
    return f"{obj} {name} {said} of {deed.text}"


def _seen_by(obj: str, tok: Any, skip: set[int]) -> str:
    """ "its film division saw profits slump 27%": the division's profits, whose the clause
    after "saw" does not say (`obj` as it is otherwise)."""
    if tok.dep_ != "nsubj" or tok.head.dep_ != "ccomp" or tok.head.head.lemma_ != "see":
        return obj
    if any(c.dep_ == "poss" for c in tok.lefts) or tok.lower_ not in obj:
        return obj
    seer = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
    if seer is None or seer.i in skip or seer.pos_ == "PRON" or not _nounish(seer):
        return obj
    owner = _np(seer, skip)
    if f"{seer.text}'s" in obj:
        return obj  # its owner said already (an "its" since resolved)
    phrase = _np(tok, skip)
    at = obj.rfind(phrase) if phrase in obj else obj.rfind(tok.text)
    return f"{obj[:at]}{owner}'s {obj[at:]}" if at >= 0 else obj


def _title_name(title: str, name: str, body: str) -> str:
    """ "UK Coal" for "Coal" in "UK Coal plunges into deeper loss": a name with the capital
    words next to it in a headline, as far as the text writes them so too."""
    words = [w.strip(",.:;!?") for w in title.split()]
    at = next((i for i, w in enumerate(words) if w.startswith(name.split()[0])), None)
    if at is None:
        return name
    hi = at + len(name.split())

    def named(w: str) -> bool:  # (not a possessive: "India's Dr Reddy")
        return w[:1].isupper() and not w.endswith(("'s", "’s"))

    lo = at
    while lo > 0 and named(words[lo - 1]):
        lo -= 1
    while hi < len(words) and named(words[hi]) and named(words[hi - 1]):
        hi += 1
    for a in range(lo, at + 1):
        for b in range(hi, at + len(name.split()) - 1, -1):
            cand = " ".join(words[a:b]).removesuffix("'s").removesuffix("’s")
            if len(cand) >= len(name) and cand in body:
                return cand
    return name


def _short_names(art: Article) -> list[tuple[int, int]]:
    """Where the text calls a firm by the first word of its full name ("Travelers had sales
    of $5.2bn" after "its Travelers Life & Annuity insurance arm")."""
    firsts = {
        e.name.split()[0]
        for e in art.entities
        if e.type == "ORG" and " " in e.name and e.name.split()[0].isalpha()
    }
    words = sorted(
        w for w in firsts if len(w) >= 4 and w[0].isupper() and w.lower() not in _NOT_SHORT_NAMES
    )
    return [(at, at + len(w)) for w in words for at in _word_at(art.text, w, joiners="")]


# First words of organisations' names that name no one firm alone.
_NOT_SHORT_NAMES = frozenset(
    """bank national royal general british american united first state central federal
    european international world new great north south east west china india japan""".split()
)


_HEADLINE_NAME = re.compile(r"^((?:[A-Z][\w&.-]*)(?: [A-Z][\w&.-]*){0,2})(?= [a-z])")


def _word_at(text: str, name: str, joiners: str = "_-") -> list[int]:
    """Where `name` stands in `text` as a whole word, not next to a letter, a digit or one
    of `joiners` (found by `str.find`: a pattern built for each article's name costs more
    than the search)."""
    out: list[int] = []
    i = text.find(name)
    while i >= 0:
        j = i + len(name)
        before = text[i - 1] if i else " "
        after = text[j] if j < len(text) else " "
        if not (before.isalnum() or before in joiners or after.isalnum() or after in joiners):
            out.append(i)
        i = text.find(name, j)
    return out


def _headline_firm(art: Article, title: str) -> str | None:
    """ "Electrolux to export Europe jobs": the name a headline opens with, when the model
    took it for no organisation but the text names it again mid-sentence, three times at
    least, and it is no place, person or nation the article names."""
    m = _HEADLINE_NAME.match(title)
    if m is None:
        return None
    name = m.group(1)
    body = art.text[len(title) :]
    said = _word_at(body, name)
    # (mid-sentence at least once: a capital only at a sentence's start says no name)
    inside = [i for i in said if i > 2 and body[i - 2] not in ".!?\n" and body[i - 1] == " "]
    # (or the text opens on it, told as a firm: "Norvik, the Norwegian food group at ...")
    opening = body.lstrip()
    aside = opening[len(name) + 2 : len(name) + 64] if opening.startswith(f"{name}, ") else ""
    aside = aside.split(",", 1)[0].split(".", 1)[0].lower()  # (plain string work: per article)
    told_firm = aside.startswith(("the ", "a ", "an ")) and any(
        w in _COMPANY_NOUNS or w.endswith("maker") for w in aside.split()
    )
    if not told_firm and (len(said) < 3 or not inside):
        return None
    for e in art.entities:
        # (a "place" no country has is a firm the model mistook: "Electrolux")
        if (e.type != "ORG" and (e.type != "PLACE" or e.country)) and any(
            name in mm.text or mm.text in name for mm in e.mentions
        ):
            return None
    return name


def _main_org(art: Article, *, firm_words: bool) -> str | None:
    """The organisation an article names most (three times at least), or None; unless the
    "its" is of a firm's things (`firm_words`: "its shares", "its sales"), None as well when
    a country is named more often (its "its" may be the country's)."""
    orgs = [e for e in art.entities if e.type == "ORG" and len(e.mentions) >= 3]
    if not orgs:
        # (else a firm the headline names and the text names again: "Deutsche Telekom sees
        # mobile gain")
        title = art.headline or ""
        named = [
            e
            for e in art.entities
            if e.type == "ORG"
            and len(e.mentions) >= 2
            and any(len(mm.text) > 2 and mm.text in title for mm in e.mentions)
        ]
        countries_ = [len(e.mentions) for e in art.entities if e.type in ("COUNTRY", "GPE")]
        if not named and firm_words:
            return _headline_firm(art, title)
        if len(named) != 1 or (
            not firm_words and countries_ and max(countries_) > len(named[0].mentions)
        ):
            return None
        return _title_name(title, named[0].name, art.text[len(title) :])
    best = max(orgs, key=lambda e: len(e.mentions))
    tied = [e for e in orgs if len(e.mentions) == len(best.mentions)]
    # (an article more about a country than any firm: its "its" may be the country's)
    countries = [len(e.mentions) for e in art.entities if e.type in ("COUNTRY", "GPE")]
    if len(tied) > 1 or not firm_words and countries and max(countries) > len(best.mentions):
        return None
    return best.name


def _thing_before(sent: Any) -> str | None:
    """The named thing the sentence before is about (its main clause's subject, no person),
    for an "it" its own sentence leaves open; None otherwise."""
    cand = _subject_before(sent)
    if cand is None or cand.pos_ != "PROPN" or cand.ent_type_ == "NORP":
        return None
    if cand.ent_type_ == "PERSON" and cand.head.lemma_.lower() not in _TRADE_VERBS | {"auction"}:
        return None  # (a one-word firm the model took for a person: sold, so a thing)
    return _name(cand)


def _which_has(obj: str, span: Any, skip: set[int]) -> str:
    """ "Allied Domecq, which has a capitalisation of £5.7bn": the named firm's
    capitalisation; `obj` as it was when the clause is no such one."""
    verb = _clause_head(span[-1])
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    named = verb.head
    if (
        verb.dep_ == "relcl"
        and verb.lemma_.lower() == "owe"
        and named.pos_ == "PROPN"
        and named.i not in skip
        and (obj == "debt" or obj.endswith(("'s debt", "' debt")))  # (or "Acme's debt")
    ):
        words = [t for t in named.lefts if t.dep_ == "compound" and t.text[:1].isupper()]
        return f"{obj} owed to {_join([*words, named])}"  # "Kraft Foods, which it owes $15m"
    if (
        verb.dep_ != "relcl"
        or verb.lemma_.lower() not in ("have", "hold", "report", "post", "make")
        or subj is None
        or subj.tag_ != "WDT"
        or named.pos_ != "PROPN"
        or named.i in skip
        or named.ent_type_ in ("PERSON", "DATE")
    ):
        return obj
    return f"{_name(named)}'s {obj}"  # (a country's too: "Japan, which has $800bn in reserves")


def _doer_s(obj: str, span: Any, skip: set[int], lx: Lexicon) -> str:
    """ "shareholders lost about $180bn": "shareholders' loss"; "Lufthansa said it may lose
    millions of euros": "Lufthansa's loss" (an "it" the saying firm's). As it was else."""
    outs = _outward(span)
    verb = outs[0].head if outs and outs[0].dep_ == "dobj" else None
    doer = _subject(verb) if verb is not None and verb.pos_ == "VERB" else None
    if doer is not None and doer.lower_ == "it" and verb is not None and verb.dep_ == "ccomp":
        said_by = _subject(verb.head) if verb.head.lemma_.lower() in _SAY_VERBS | {"say"} else None
        doer = said_by if said_by is not None and said_by.pos_ == "PROPN" else None
    if (
        doer is None
        or doer.i in skip
        or not (
            doer.pos_ == "PROPN"
            and doer.ent_type_ != "PERSON"
            or doer.pos_ == "NOUN"
            and doer.tag_ == "NNS"
            and (
                doer.lemma_.lower() in _OWNER_ORGS | lx.actors | lx.people | _DOER_NOUNS
                or _AGENT_NOUN.search(doer.lemma_.lower()) is not None  # "depositors"
            )
        )
    ):
        return obj
    name = _name(doer) if doer.pos_ == "PROPN" else _np(doer, skip)
    if f" of {name.lower()}" in obj.lower():
        return obj  # "earnings of workers paying no tax": whose, said already
    return f"{_possessive(name)} {obj}"


def _agent_owned(obj: str, span: Any) -> str:
    """ "dwarfed by the $204m announced by rival Google": an object with no owner, or an
    open "its", belongs to the firm the amount's participle names as its agent."""
    its = _ITS.search(obj)
    if its is None and "'s" in obj:
        return obj
    agent = next(
        (
            p
            for t in span
            for c in t.rights
            if c.dep_ == "acl" and c.tag_ == "VBN"
            for k in c.rights
            if k.dep_ == "agent"
            for p in k.children
            if p.dep_ == "pobj" and p.pos_ == "PROPN" and p.ent_type_ != "PERSON"
        ),
        None,
    )
    if agent is None:
        return obj
    name = " ".join(  # "rival Google": the name, not its description
        t.text
        for t in agent.subtree
        if t.i == agent.i or t.dep_ == "compound" and t.text[:1].isupper()
    )
    if its is not None:
        return f"{obj[: its.start(1)]}{name}'s {obj[its.end() :]}"
    return f"{name}'s {obj}"


# A firm's own results, and the words that may stand before them and leave them its.
# Names of public bodies, whose "costs" are not a firm's results.
_PUBLIC_BODY = re.compile(
    r"\b(?:Office|Commission|Department|Ministry|Agency|Authority|Fund|Council|Committee|"
    r"Treasury|Parliament|Court|Service|Bank of)\b"
)
_OWN_RESULTS = frozenset(
    """profit profits loss losses revenue revenues turnover earnings sales debt debts assets
    dividend dividends savings write-down write-downs fraud workforce costs spending""".split()
)
_RESULT_WORDS = frozenset(
    """total global worldwide overall annual full-year half-year first-half second-half
    quarterly interim net gross operating pre-tax underlying like-for-like group cost
    trading core accounting fuel staff labour energy running production r&d research
    marketing advertising""".split()
)


def _firm_by_default(
    out: list[Amount],
    doc: Any,
    sent_of: list[Any],
    orgs: list[tuple[int, int]],
    main_org: str | None,
    countries: _Countries,
    said_in: Callable[[re.Pattern[str], Any], bool],
    text: str,
) -> None:
    """ "global sales were up 1%" -> "Glaxo's global sales": a firm's own results with no
    owner, in a sentence that names no other firm and no country, are those of the firm
    the article is about."""
    if main_org is None:
        return
    owner = _named_owner(main_org)
    assert owner is not None
    # (the firm by its initials: "BA's chief executive" in an article about British Airways)
    initials = "".join(w[0] for w in main_org.split() if w[:1].isupper())
    public = _PUBLIC_BODY.search(main_org) is not None
    for a in out:
        jobs = _JOBS_DONE.fullmatch(a.object or "")
        if jobs is not None and not a.parties and not public:
            at = _tokens(doc, a.span[0], a.span[1])
            sent = sent_of[at.start] if at is not None and len(at) else None
            if sent is not None and not any(
                sent.start_char <= b < sent.end_char and text[b:e] not in main_org for b, e in orgs
            ):
                # "Norway firm 'to axe' 3,000 jobs", "About 800 new jobs should be created,
                # it added": jobs the article's one firm cuts or creates
                a.object = f"{a.object} by {owner[:-2]}"
            continue
        m = _firm_metric(a.object or "")
        if m is None or m.group("rest") and not m.group("rest").startswith(" in "):
            continue
        # (a result placed in a country, "sales in China": the firm's only when its own
        # sentence names the firm, below)
        placed = bool(a.parties) or re.search(r"[A-Z]", m.group("rest")) is not None
        if (
            placed
            and m.group("rest")
            and (_IN_PLACE.fullmatch(m.group("rest")) is None or main_org in m.group("rest"))
        ):
            continue  # (not "profits in Acme": a "there" taken for the firm)
        words = m.group("what").split()
        if (
            words[-1].lower() in ("costs", "spending")
            and (len(words) == 1 or public)  # ("costs have risen", said of a report's projects)
            or words[-1].lower() not in _OWN_RESULTS
            or not {w.lower() for w in words[:-1]} <= _RESULT_WORDS
            or _OWNED_ALREADY.search(a.object or "")
            or re.search(r"[A-Z]", m.group("pre"))
        ):
            continue
        at = _tokens(doc, a.span[0], a.span[1])
        if at is None or not len(at):
            continue
        sent = sent_of[at.start]
        named = [
            text[b:e]
            for b, e in orgs
            if sent.start_char <= b < sent.end_char
            and text[b:e] not in main_org
            and text[b:e] != initials
        ]
        if named:
            continue  # (another firm's)
        if placed:
            if not _word_at(text[sent.start_char : sent.end_char], main_org):
                continue  # ("Sales in China fell 16%": the market's, or any firm's there)
            # "China remains a concern for BMW after sales there fell 16%": the firm its
            # sentence names, and no other, sells there
        elif countries.names_one(sent, text, places_only=True):
            continue  # (a country's: "car sales in Japan")
        verb = _clause_head(at[0])
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in _MERGED_NOUNS for c in verb.children):
            continue  # ("A combination of Mittal Steel and ISG would have sales": both's)
        if said_in(_IT_WORDS, sent) and any(
            c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in verb.children
        ):
            continue  # ("that business is weak. Last year it made profits": the owner rules
            # read the "it" and left it)
        what = _uncap(m.group("what"), sent[0].text)
        a.object = f"{m.group('pre')}{owner} {what}{m.group('rest')}"


# " in China", " in the US": where a firm's result was made, by the place's name alone.
_IN_PLACE = re.compile(r" in (?:the )?[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}")


# Jobs a firm does something to, with no doer said ("jobs cut", "new jobs created").
_JOBS_DONE = re.compile(r"(?:new |journalist |factory )?jobs (?:cut|axed|shed|created|lost)")
# "the Swedish firm's", "by the car giant": a firm told by what it is, with no name.
_FIRM_TOLD = re.compile(
    r"\b[Tt]he ((?:(?:[A-Z][\w-]*|[a-z]+-based|car|steel|oil|drinks|media|mobile|drugs|"
    r"telecoms|mining|retail|insurance|software|chip|food|airline|aircraft|phone) ){1,3})"
    r"(" + "|".join(sorted(_COMPANY_NOUNS - {"rival", "partner", "unit"})) + r")\b(['’]s)?"
)


# "the company's debt", "company's administrator": a firm told by its noun alone, as an owner.
_FIRM_SAID = re.compile(r"(?:\b[Tt]he |^)()(company|firm)(['’]s)")


def _told_firm(obj: str) -> re.Match[str] | None:
    """Where `obj` tells a firm by what it is ("the Swedish firm's", "company's")."""
    told = _FIRM_TOLD.search(obj) if "he " in obj else None  # (it opens "The "/"the ")
    if told is None and ("company" in obj or "firm" in obj):
        told = _FIRM_SAID.search(obj)
    return told


def _told_firm_named(out: list[Amount], art: Article, main_org: str | None) -> None:
    """ "the Swedish firm's plants" -> "Electrolux's plants", "cars recalled by the car giant"
    -> "... by General Motors": a firm told by what it is, in an article about one firm that
    names no other firm nearly as often. A nationality or place must be the only firm's
    (another firm named twice, once at least before the amount, may be the one meant: "the
    US firm" in an article about Fiat and GM)."""
    told = [(a, m) for a in out if (m := _told_firm(a.object or "")) is not None]
    if main_org is None or not told:
        return
    others_ = [
        e
        for e in art.entities
        if e.type == "ORG" and e.name not in main_org and main_org not in e.name
    ]
    # (how often the text names it: a firm the model took for no organisation has no
    # mentions of its own)
    ours = max(
        [
            len(_word_at(art.text, main_org)),
            *(len(e.mentions) for e in art.entities if e.type == "ORG" and e.name == main_org),
        ]
    )
    for a, m in told:
        placed = any(w[:1].isupper() or w.endswith("-based") for w in m.group(1).split())
        # (another firm named first after the amount is not the one meant: "The Dutch firm's
        # $4bn bid for US firm Initech")
        others = [
            e
            for e in others_
            if len(e.mentions) >= (2 if placed else max(2, ours // 2))
            and e.mentions[0].span[0] < a.span[0]
        ]
        if others or not ours:
            continue
        owner = _possessive(main_org) if m.group(3) else main_org
        obj = a.object or ""
        a.object = f"{obj[: m.start()]}{owner}{obj[m.end() :]}"


# Things an article names in full once and then calls "the programme", "the bill".
_NAMED_ONCE = frozenset(
    "programme policy scheme plan bill amendment agency project strategy initiative".split()
)


_NAMED_ONCE_IN = re.compile(r"\b(?:" + "|".join(sorted(_NAMED_ONCE)) + r")\b")


def _named_earlier(obj: str, sent: Any) -> str:
    """ "cut the agency's staff" -> "cut Child Support Agency's staff": a "the bill" or "the
    agency" of the sentence is the one named in full (with nouns before it) earlier on."""
    if _NAMED_ONCE_IN.search(obj) is None:
        return obj
    words = obj.split()
    for k, word in enumerate(words):
        bare = word.removesuffix("'s").removesuffix("’s")
        if bare.lower() not in _NAMED_ONCE or k and not words[k - 1].islower():
            continue  # (not "Labour's plan": whose, said already)
        if k and words[k - 1] in ("its", "their", "his", "her", "our", "a", "an", "this"):
            continue
        said = next(
            (t for t in sent if t.lower_ == bare and [c.lower_ for c in t.lefts] == ["the"]), None
        )
        if said is None:
            continue
        doc = sent.doc
        for t in reversed(doc[max(0, sent.start - 800) : sent.start]):
            if t.lemma_.lower() != said.lemma_.lower():
                continue
            full = _named_form(t)
            aimed = _aimed_at(t) if full is None else None
            if aimed is not None:
                # "An amendment to the bill ... backing the amendment": the amendment to
                # that bill (itself named in full where it can be)
                words[k] = f"{aimed}{word[len(bare) :]}"
                return " ".join(words)
            if full is not None:
                words[k] = f"{full}{word[len(bare) :]}"
                return " ".join(words)
        if bare.lower() in _SCHEME_WORDS:
            # "launched the Get On scheme ... implementing the programme": another word for
            # the one scheme named shortly before (by the text: the model splits such names)
            before = doc[max(0, sent.start - 120) : sent.start].text  # (a few sentences)
            named_ = {m.group(1) for m in _NAMED_SCHEME.finditer(before)}
            if len(named_) == 1:  # (two schemes named: which one is not ours to guess)
                words[k] = f"{named_.pop()}{word[len(bare) :]}"
                return " ".join(words)
        return obj
    return obj


def _named_form(t: Any) -> str | None:
    """ "Child Support Agency", "Mr Smith's amendment": the words that name a plan or body
    word in full, with the nouns or the name before it; None for a bare or vague one."""
    named = [
        c
        for c in t.lefts
        if c.dep_ == "compound"
        and c.pos_ in ("NOUN", "PROPN")
        or c.dep_ == "poss"
        and c.pos_ == "PROPN"  # "Mr Smith's amendment"
    ]
    lo = min((c.left_edge.i for c in named), default=t.i)
    doc = t.doc
    if (
        named
        and not any(c.tag_ == "PRP$" for c in t.lefts)
        # (a name, or words enough to tell it: not "the flagship policy")
        and (t.i - lo >= 2 or any(doc[i].pos_ == "PROPN" for i in range(lo, t.i + 1)))
    ):
        return str(doc[lo : t.i + 1].text)
    return None


def _aimed_at(t: Any) -> str | None:
    """ "amendment to Care Bill" (for "An amendment to the Care Bill was tabled"): a plan
    word first said with what it is to or on, when that is a short name or a "the" noun
    ending a phrase; None otherwise."""
    doc = t.doc
    if t.i + 2 >= len(doc) or doc[t.i + 1].lower_ not in ("to", "on"):
        return None
    words: list[Any] = []
    # (read by the words, to the phrase's end: an aside after "the bill -" breaks the parse)
    for w in doc[t.i + 2 : t.i + 8]:
        if w.is_punct or w.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "PART"):
            break
        words.append(w)
    end = t.i + 2 + len(words)
    if (
        not words
        or len(words) > 5
        or end < len(doc)
        and not (doc[end].is_punct or doc[end].pos_ in ("AUX", "VERB"))
        or words[-1].pos_ not in ("NOUN", "PROPN")
    ):
        return None  # (a long phrase, or one going on: not said in a few plain words)
    what = words[-1]
    said = _join([w for w in words if w.pos_ != "DET"])
    if what.pos_ != "PROPN":
        if words[0].lower_ != "the" or what.lemma_.lower() not in _NAMED_ONCE:
            return None  # ("a plan on growth": nothing that names it)
        # "to the bill": the bill named in full before it, or nothing
        full = next(
            (
                f
                for u in reversed(doc[max(0, what.i - 800) : what.i])
                if u.lemma_.lower() == what.lemma_.lower() and (f := _named_form(u)) is not None
            ),
            None,
        )
        if full is None:
            return None
        said = full
    return f"{t.lower_} {doc[t.i + 1].lower_} {said}"


_SCHEME_WORDS = frozenset("programme scheme plan initiative strategy project".split())
# A scheme named by capitalised words: "the Get On scheme", "the Safer Streets programme".
_NAMED_SCHEME = re.compile(
    r"\bthe ((?:[A-Z][\w'’-]* ){1,4}(?:" + "|".join(sorted(_SCHEME_WORDS)) + r"))\b"
)


def _his_or_hers(obj: str, verb: Any, sent: Any) -> str:
    """ "Dr Jones was chosen ... He will oversee a £2m annual budget": a bare thing a "he" or
    "she" has is the person the sentence before named (`obj` as it is otherwise)."""
    if verb is None or "'" in obj or not obj[:1].islower() or len(obj.split()) > 3:
        return obj
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ("he", "she") or sent.start == 0:
        return obj
    if verb.lemma_.lower() in _TOLD_OF_VERBS:
        return obj  # ("he announced payments of £50": the state's, not his)
    cand = _subject_before(sent)
    if cand is not None and cand.pos_ == "NOUN":
        # "Hospital professor of surgery, John Jones, was chosen": the name beside the role
        cand = next((c for c in cand.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if cand is None or cand.pos_ != "PROPN" or cand.ent_type_ != "PERSON":
        return obj
    if _sent(cand).end != sent.start:
        return obj
    lo = min((c.left_edge.i for c in cand.lefts if c.dep_ == "compound"), default=cand.i)
    return f"{_possessive(sent.doc[lo : cand.i + 1].text)} {obj}"  # (as written: "Smith-Jones")


# Verbs by which one tells of things that are not one's own.
_TOLD_OF_VERBS = frozenset(
    "announce unveil propose promise pledge set reveal suggest call urge".split()
)


def _it_of_the_if(span: Any, skip: set[int]) -> str | None:
    """ "If there is to be a cap, it should be £10,000": the "it" a value is, when the clause
    before names one thing (the cap); None otherwise."""
    tok = span[-1]
    verb = tok.head
    if tok.dep_ != "attr" or verb.lemma_ != "be":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ != "it":
        return None
    clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i < subj.i), None)
    named = [
        t
        for t in (clause.subtree if clause is not None else ())
        if t.dep_ in ("attr", "nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.i not in skip
    ]
    return _np(named[0], skip) if len(named) == 1 else None


# Nouns of a limit or a charge, which the article may say once what they are on.
_LIMIT_NOUNS = frozenset("cap limit ceiling levy tax ban duty tariff curb surcharge".split())


_LIMIT_IN = re.compile(r"\b(?:" + "|".join(sorted(_LIMIT_NOUNS)) + r")\b")


def _limit_on_earlier(obj: str, sent: Any) -> str:
    """ "£10,000 cap for the future" -> "cap on donations to political parties for future":
    a limit its sentence does not say the thing of is on what the article said before."""
    if _LIMIT_IN.search(obj) is None:
        return obj
    words = obj.split()
    at = next((k for k, w in enumerate(words) if w in _LIMIT_NOUNS), None)
    if at is None or " on " in f" {obj} " or (at and words[at - 1] not in _PLAIN_BEFORE_LIMIT):
        return obj
    noun = words[at]
    said = next((t for t in sent if t.lower_ == noun), None)
    if said is None or any(c.dep_ == "prep" and c.lower_ == "on" for c in said.children):
        return obj
    doc = sent.doc
    for t in reversed(doc[max(0, sent.start - 800) : sent.start]):
        if t.lower_ != noun:
            continue
        on = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "on"), None)
        if on is None:
            continue
        on_what = [k for k in on.subtree if k.dep_ != "det" or k.i != on.i + 1]
        if len(on_what) > 7 or any(k.is_punct or k.like_num for k in on_what):
            return obj
        return " ".join([*words[: at + 1], _join(on_what), *words[at + 1 :]])
    return obj


_PLAIN_BEFORE_LIMIT = frozenset("of for proposed new planned suggested maximum".split())


# Verbs that move a level, whose "this" is the level the sentence before named.
_MOVE_VERBS = frozenset("increase raise lift cut lower reduce double halve triple".split())


def _this_before(span: Any, skip: set[int]) -> str | None:
    """ "BA introduced a fuel surcharge. In October, it increased this from £6 to £10 for
    long-haul flights": the "this" moved is the thing the sentence before named; None
    otherwise."""
    verb = _clause_head(span[0])
    if verb.lemma_.lower() not in _MOVE_VERBS or _sent(verb).start == 0:
        return None
    this = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if this is None or this.lower_ not in ("this", "it") or this.i in skip:
        return None
    before = _sent(verb.doc[_sent(verb).start - 1])
    root = before.root
    named = next((c for c in root.children if c.dep_ == "dobj"), None)
    if named is None or named.pos_ != "NOUN" or named.lemma_.lower() in _NOT_MOVED:
        return None
    said = _np(named, set(), with_acl=False)
    if " for " in said:
        said = said.split(" for ", 1)[0]  # ("a fuel surcharge for passengers": the surcharge)
    for_ = next(  # (on the verb, or on the amount: "to £10 for long-haul flights")
        (
            t
            for t in verb.doc[span.end : _sent(verb).end]
            if t.dep_ == "prep"
            and t.lower_ == "for"
            and t.head.i in {verb.i, *range(span.start, t.i)}
        ),
        None,
    )
    whom = [t for t in for_.subtree if t.dep_ != "det"] if for_ is not None else []
    if whom and len(whom) <= 5 and not any(t.i in skip for t in whom):
        said = f"{said} {_join(whom)}"
    return said


_NOT_MOVED = frozenset("plan decision move step way".split())


# Nouns for a firm's leaders, whose firm a compound name before them gives ("Acme bosses").
_LEADER_NOUNS = frozenset("bosses executives chiefs managers management officials".split())
_BARE_DEAL = re.compile(r"^(?:[a-z-]+ ){0,2}(?:deal|agreement|contract|investment|plan|offer)$")


def _bosses_deal(obj: str, sent: Any) -> str:
    """ "Acme bosses said they are confident the £1bn investment deal will be signed": a
    bare deal the firm's leaders speak of is the firm's (`obj` as it is otherwise)."""
    if _BARE_DEAL.match(obj) is None:
        return obj
    root = sent.root
    if root.lemma_ not in ("say", "tell", "insist", "confirm"):
        return obj
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in _LEADER_NOUNS:
        return obj
    named = [c for c in subj.lefts if c.dep_ == "compound" and c.text[:1].isupper()]
    if len(named) != 1 or named[0].ent_type_ in ("GPE", "NORP", "LOC") or not named[0].is_alpha:
        return obj  # (a firm's name, which the model may take for a person's)
    return f"{_possessive(_name(named[0]))} {obj}"


def _that_one(told: Any) -> str | None:
    """ "It also owns Deluxe Media. However, that business is less successful": the name
    the sentence before "that business" gave as its object, or None."""
    if _sent(told).start == 0 or told.lemma_.lower() not in _OWNER_ORGS | {"business"}:
        return None
    before = _sent(told.doc[_sent(told).start - 1])
    named = [
        t
        for t in before
        if t.dep_ == "dobj" and t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "PERSON")
    ]
    return _name(named[-1]) if len(named) == 1 else None


def _them_before(obj: str, sent: Any) -> str:
    """ "Companies that offshore their call centres are driven by more than cost. Only 42%
    of them say ...": "of them" is the plural subject of the sentence before, with its own
    clause (`obj` as it is otherwise)."""
    if " of them " not in f"{obj} " or sent.start == 0:
        return obj
    subj = _subject_before(sent)
    if subj is None or subj.tag_ != "NNS" or subj.pos_ != "NOUN":
        return obj
    words = [t for t in subj.subtree if t.dep_ != "det" and not t.is_punct and t.i < subj.head.i]
    if len(words) > 10:
        return obj
    said = _join(words)
    said = said[:1].lower() + said[1:] if words[0].i == _sent(subj).start else said
    return obj.replace(" of them", f" of {said}", 1)


def _promised_by(obj: str, span: Any, skip: set[int]) -> str:
    """ "The Tories have promised £4bn in tax cuts": what a named party or body promises is
    its promise ("tax cuts promised by Tories"; `obj` as it is otherwise)."""
    if "'" in obj:
        return obj
    verb = _clause_head(span[0])
    if verb.i in skip:
        verb = verb.head  # ("pledged £76m": a scale word the model took for a verb)
    if verb.lemma_ not in ("promise", "pledge", "vow"):
        return obj
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i in skip:
        return obj
    name = _name(subj) if subj.pos_ == "PROPN" else _common_doer(subj)
    if name is None or name in obj:
        return obj
    return f"{obj} {participle(verb_lemma(verb))} by {name}"


def _common_doer(subj: Any) -> str | None:
    """ "The British public has pledged £76m in aid": a common noun that does the promising,
    with the describing words just before it ("British public"); None for a bare noun, which
    may stand for a firm or body other passes name ("the company")."""
    if subj.pos_ != "NOUN":
        return None
    mods = [c for c in subj.lefts if c.dep_ in ("amod", "compound")]
    if not mods or mods[0].i != subj.i - len(mods):
        return None
    words = _join([*mods, subj])
    return words if mods[0].ent_type_ else _uncap_opening(words, mods[0])  # ("Scottish")


def _job_named(obj: str, sent: Any) -> str:
    """ "The first children's commissioner has been appointed. Dr Jones will start the
    £100,000-a-year job": the job is the post the sentence before says was filled."""
    if "job" not in obj and "post" not in obj:
        return obj
    words = obj.split()
    if "job" not in words and "post" not in words:
        return obj
    said = next(
        (
            t
            for t in sent
            if t.lower_ in ("job", "post") and any(c.lower_ == "the" for c in t.lefts)
        ),
        None,
    )
    if said is None or sent.start == 0:
        return obj
    before = _sent(sent.doc[sent.start - 1])
    filled = next(
        (
            c
            for t in before
            if t.lemma_.lower() in ("appoint", "name", "choose", "hire", "select")
            for c in t.children
            if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"
        ),
        None,
    )
    if filled is None:
        return obj
    post = [t for t in filled.subtree if t.dep_ != "det" and not t.is_punct]
    if not 1 < len(post) <= 8:
        return obj
    at = words.index(said.lower_)
    return " ".join([*words[: at + 1], "of", _join(post), *words[at + 1 :]])


# Those a firm has, counted or owed ("20,000 workers lost their jobs", "shareholders' loss").
_FIRM_PEOPLE = re.compile(r"^(?:workers|employees|staff|shareholders|investors)\b")


def _firm_people(obj: str, sent: Any, people: set[int], main_org: str | None) -> str:
    """ "When the firm collapsed, 20,000 workers lost their jobs": the workers, staff or
    shareholders of a sentence whose clause is about "the firm" or "the company" are that
    firm's (named by the sentence before, else the article's)."""
    if obj[:1] not in "wesi" or _FIRM_PEOPLE.match(obj) is None:
        return obj
    told = any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.lemma_.lower() in ("firm", "company", "group")
        and [c.lower_ for c in t.lefts] == ["the"]
        for t in sent
    )
    if not told:
        return obj
    # (the firm its own sentence names as an owner: "in WorldCom's collapse")
    own = next((t for t in sent if t.dep_ == "poss" and t.ent_type_ == "ORG"), None)
    name = _name(own) if own is not None else _firm_before(sent, people, main_org)
    if name is None or _TITLED.match(name):
        return obj  # (not a person's: "Mr Ebbers")
    return f"{_DESCRIBED.sub('', name)} {obj}"


def _firm_before(sent: Any, people: set[int], main_org: str | None) -> str | None:
    """The firm "the firm" or "the group" of `sent` stands for: the one the sentence before
    is about, else the article's; None when that is a person ("Mr Ebbers")."""
    name = _earlier_owner(sent, people) or main_org
    return None if name is None or _TITLED.match(name) else name


_TITLED = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\b")


# "a restructuring drive at the group": the firm a sentence calls by its noun, as a place.
_AT_THE_FIRM = re.compile(r"(?<=\bat )(?:the )?(?:firm|company|group)\b(?![-'’])")


def _at_the_firm(obj: str, sent: Any, people: set[int], main_org: str | None) -> str:
    """ "restructuring drive at group" -> "restructuring drive at Marsh": "the group" named
    by the firm the sentence before is about (else the article's)."""
    m = _AT_THE_FIRM.search(obj) if " at " in obj else None
    if m is None:
        return obj
    name = _firm_before(sent, people, main_org)
    if name is None:
        return obj
    return f"{obj[: m.start()]}{_DESCRIBED.sub('', name)}{obj[m.end() :]}"


# A debt or bill, as an object's last word ("back tax bill", "unpaid taxes").
_DEBT_OBJ = re.compile(r"^(?:[\w-]+ ){0,3}(?:debts?|bills?|taxes|arrears|liabilities)$")
# How a text `_DEBT_OBJ` matches ends (its "$" also matches before a final line break).
_DEBT_ENDS = ("debt", "debts", "bill", "bills", "taxes", "arrears", "liabilities", "\n")
# Verbs of paying a debt off, and of selling the thing whose sale pays it.
_PAY_OFF = frozenset("pay repay settle clear cover meet".split())
_SELL_VERBS = frozenset("sell auction dispose offload divest".split())


def _debt_of_seller(obj: str, span: Any, sent: Any, people: set[int], main_org: str | None) -> str:
    """ "The unit was sold to pay off a $27.5bn back tax bill" after a sentence about Globex
    -> "Globex's back tax bill": a debt that selling something pays off is the debt of the
    firm that owned the thing (the one the sentence before, else the article, is about), not
    of the thing sold."""
    if not obj.endswith(_DEBT_ENDS) or not _DEBT_OBJ.match(obj):
        return obj  # (the cheap tests first)
    pay = span.root
    for _ in range(3):  # ("pay off a $27.5bn bill", "pay off $27.5bn in unpaid taxes")
        if pay.pos_ == "VERB" or pay.head.i == pay.i:
            break
        pay = pay.head
    if pay.lemma_.lower() not in _PAY_OFF or pay.dep_ not in ("xcomp", "advcl"):
        return obj
    sold = pay.head
    if sold.lemma_.lower() == "help" and sold.dep_ in ("xcomp", "advcl"):
        sold = sold.head  # ("was auctioned to help pay off")
    if sold.lemma_.lower() not in _SELL_VERBS or not any(
        c.dep_ == "auxpass" for c in sold.children
    ):
        return obj  # (only a thing sold, in the passive: "Acme sold X to pay" is Acme's own)
    thing = next((c for c in sold.children if c.dep_ == "nsubjpass"), None)
    owner = _named_owner(_earlier_owner(sent, people) or main_org)
    if thing is None or owner is None:
        return obj
    told = {t.text for t in thing.subtree}
    if any(w in told for w in _owner_of(owner).split()):
        return obj  # (the thing sold is the firm itself: no other owner is said)
    return f"{owner} {obj}"


# Relative pronouns that stand for the noun their clause hangs on ("managers, who paid").
_RELATIVE_WHO = frozenset("who which that".split())
# Verbs whose object is simply held: the holder's, said as a possessive ("firms which have
# debts of $5m": the firms' debts).
_HOLD_VERBS = frozenset("have hold own".split())


def _relative_doer(obj: str, tok: Any, skip: set[int]) -> str:
    """ "penalties" -> "penalties paid by three ex-managers" for "three ex-managers, who paid
    penalties of $50,000": a relative clause's doer is the noun the clause hangs on (a
    person, or an organisation for "which"/"that")."""
    if tok is None or tok.dep_ != "dobj" or tok.head.dep_ != "relcl" or not obj:
        return obj
    verb = tok.head
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in _RELATIVE_WHO or _OWNED_ALREADY.search(obj):
        return obj
    who = verb.head
    if who.i in skip or who.pos_ not in ("NOUN", "PROPN"):
        return obj
    if subj.lower_ != "who" and not (
        who.pos_ == "PROPN" and who.ent_type_ not in _NOT_FIRMS or who.lemma_.lower() in _OWNER_ORGS
    ):
        return obj  # "the plan, which includes payments": no doer
    first = who
    while first.dep_ == "conj" and first.head.pos_ == first.pos_:
        first = first.head  # "Martin, Gustafson and Palombo, who paid": all three
    if first.pos_ == "PROPN":
        names = [first]
        while (nxt := next((c for c in names[-1].rights if c.dep_ == "conj"), None)) is not None:
            names.append(nxt)
        said = [_name(t) for t in names]
        name = said[0] if len(said) == 1 else f"{', '.join(said[:-1])} and {said[-1]}"
    else:
        # ("its MMC Capital unit, which manages": the unit's name, not a pronoun left open)
        mine = {c.i for c in first.lefts if c.tag_ == "PRP$"}
        name = _np(first, skip | mine, with_acl=False)
    if name.lower() in obj.lower():
        return obj
    if verb.lemma_.lower() in _HOLD_VERBS:
        return f"{_possessive(name)} {obj}"
    return f"{obj} {participle(verb_lemma(verb))} by {name}"


# Verbs whose object is what their subject puts forward ("has offered an 8% pay rise").
_OFFER_VERBS = frozenset("offer propose".split())


def _offered_by(obj: str, tok: Any, skip: set[int]) -> str:
    """ "increase in wages" -> "increase in wages offered by Metrovias" for "Metrovias has
    offered an 8% increase in wages": an offer's object is the offerer's, when the object
    names no owner and the subject is a name or an organisation (a pronoun is left to the
    "its" rules)."""
    if tok is None or tok.dep_ != "dobj" or not obj or _OWNED_ALREADY.search(obj):
        return obj
    verb = tok.head
    if verb.lemma_.lower() not in _OFFER_VERBS or any(w[:1].isupper() for w in obj.split()):
        return obj  # ("a 5% rise in Globex wages": owned already)
    doer = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if doer is None and verb.dep_ == "xcomp":
        doer = next((c for c in verb.head.lefts if c.dep_ == "nsubj"), None)  # "agreed to offer"
    if doer is None or doer.i in skip:
        return obj
    if doer.pos_ == "PROPN" and doer.ent_type_ not in ("DATE", "LOC"):
        name = _name(doer)
    elif doer.pos_ == "NOUN" and doer.lemma_.lower() in _OWNER_ORGS | _PARTS | lexicon().actors:
        name = _np(doer, skip, with_acl=False)  # "the government", "the management"
    else:
        return obj
    done = participle(verb_lemma(verb))
    if name.lower() in obj.lower() or done in obj.split():
        return obj  # ("value of bonds offered to investors": the offer said already)
    return f"{obj} {done} by {name}"


def _swallowed_subject(verb: Any) -> Any:
    """ "Since Bush came to office the federal budget has swung": with no comma after a
    fronted clause, the parse gives the main verb's subject to that clause as its object;
    that noun, when it stands just before the verb (and its auxiliaries), or None."""
    doc = verb.doc
    at = verb.i
    while at > 0 and doc[at - 1].dep_ in ("aux", "neg") and doc[at - 1].head.i == verb.i:
        at -= 1
    noun = doc[at - 1] if at > 0 else None
    if noun is None or noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj"):
        return None
    up = noun
    for _ in range(6):  # (up to the verb: through a clause the verb has before it)
        if up.head.i == verb.i:
            opening = doc[up.left_edge.i]
            fronted = up.dep_ == "advcl" and opening.dep_ == "mark" and up.i < verb.i
            return noun if fronted else None
        up = up.head
    return None


# The ends of a move from one level to another.
_FROM_TO = frozenset("from to into".split())


def _swung_to_owner(obj: str, tok: Any, skip: set[int]) -> str:
    """ "record deficit" -> "federal budget's record deficit" for "the federal budget has
    swung from a record surplus to a record deficit of $412bn": the levels a "from A to B"
    move joins are its subject's, when the object names no owner."""
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ not in _FROM_TO or not obj:
        return obj
    verb = tok.head.head
    if (
        verb.pos_ != "VERB"
        or verb.dep_ == "relcl"  # ("whose brands include ..." is not the mover)
        or _OWNED_ALREADY.search(obj)
        or any(w[:1].isupper() for w in obj.split())
    ):
        return obj
    ends = {c.lower_ for c in verb.rights if c.dep_ == "prep"}  # (one walk)
    if "from" not in ends or not ends & {"to", "into"}:
        return obj  # (both ends of the move: "from a surplus to a deficit")
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None:
        subj = _swallowed_subject(verb)
    if (
        subj is None
        or subj.i in skip
        or subj.pos_ not in ("NOUN", "PROPN")
        or subj.ent_type_ in ("PERSON", "DATE")
        or subj.lemma_.lower() in _CHANGE_NOUNS
    ):
        return obj
    name = _name(subj) if subj.pos_ == "PROPN" else _np(subj, skip, with_acl=False)
    if name.lower() in obj.lower() or tok.lower_ in name.lower() or "'" in name:
        return obj  # (not two owners: "the country's budget's deficit")
    return f"{_possessive(name)} {obj}"
