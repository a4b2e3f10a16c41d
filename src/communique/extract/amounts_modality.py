"""The modality of an amount: whether it is a forecast, a target, a pledge, a plan, a
proposal, a condition or a denial rather than a fact ("had aimed to save £220m", "expects to
sell 400 planes", "unless prices fall below $35"); aim nouns the amount is said inside of,
announced spending, deals agreed to and estimates. A "may not" or "might not" is possible,
not a forecast ("thousands of residents may not be able to vote").
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain
from typing import Any

from communique.extract.amounts_arranged import deal_clause
from communique.extract.amounts_expected import EXPECTED_WORDS
from communique.extract.amounts_lexicon import lexicon
from communique.extract.amounts_parse import _clause_head, _governing_verb, _join, _outward, _uncap
from communique.extract.amounts_sentences import _sent
from communique.extract.amounts_words import (
    _AIM_NOUNS,
    _AIM_VERBS,
    _DEFINITE,
    _ESTIMATE_NOUNS,
    _PLAN_NOUNS,
    _Gated,
    _uncased,
)

# Verbs whose amount is a forecast of something the sentence has already measured.
_FORECAST_VERBS = frozenset("predict expect forecast estimate anticipate project".split())


_HOPE_NOUNS = _ESTIMATE_NOUNS | {"hope"}

_PROPOSE_VERBS = frozenset("recommend propose want seek target plan need demand".split())
# Verbs that ask "for" what they name: "is looking for a further 540bn yen", "called for a
# 5% rise"; what is asked for is not had yet.
_ASK_FOR_VERBS = frozenset("look ask call push press lobby campaign appeal bid".split())
# Words for a part of a whole: "some of the £48bn cost" is no plan for the whole.
_PART_WORDS = frozenset("some part most all much half bulk portion share rest".split())


def _why_should(verb: Any) -> bool:
    """ "why should the taxpayer pay ...?": a question objecting to what is done, no aim."""
    return any(c.lower_ == "why" and c.dep_ == "advmod" for c in verb.lefts)


def _negated(tok: Any) -> bool:
    """Whether the clause `tok` is part of is denied: "can not be", "no company can be (80%
    owned)"; not a clause an aside of `tok` hangs on ("with a shortage of 8,000 carers,
    it's not sustainable")."""
    head = _clause_head(tok)
    if head.dep_ in ("acomp", "xcomp") and head.head.i != head.i:
        head = head.head
    below = tok
    for _ in range(8):
        if below.head.i in (head.i, below.i):
            break
        below = below.head
    if below.dep_ == "prep":
        return False
    if any(c.dep_ == "neg" for c in head.children):
        return True
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ == "no" for d in c.children)
        for c in head.children
    )


# Modals that put what their verb says ahead, or in doubt ("will dip", "could cost").
_FUTURE_MODALS = frozenset(("will", "'ll", "would", "could", "may", "might", "wo"))


def _perfect(verb: Any) -> bool:
    """ "(estimated) to have fallen": a perfect infinitive, something already done."""
    return verb.tag_ == "VBN" and any(c.lower_ == "have" for c in verb.lefts)


# Words that open a condition a modal verb's deed hangs on ("would be fair if ...").
_CONDITION_MARKS = frozenset(("if", "unless"))
# Words that can open a clause after "provided" ("provided the deal is approved"), not a
# thing provided ("provided by the state", "provided to staff").
_CLAUSE_OPENERS = frozenset(("DT", "PRP", "PRP$", "NNP", "NNPS", "NNS"))


def _condition_of(verb: Any) -> Any:
    """ "would be fair if no rival bid came", "will face a fine of £500 unless", "could go
    provided the sale ...": the head word of `verb`'s own condition clause, else None;
    not "even if" (so either way), nor one of a negated verb ("could not be met unless": a
    need; what it is about is known)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    doc = verb.doc
    for c in verb.rights:
        if (
            c.dep_ in ("advcl", "prep")
            and c.lower_ in ("provided", "providing")
            and c.i + 1 < len(doc)
            and (doc[c.i + 1].tag_ in _CLAUSE_OPENERS or doc[c.i + 1].lower_ == "that")
        ):
            # "provided (that) the deal is approved" (the parse may make it a preposition)
            return next((k for k in c.subtree if k.pos_ in ("VERB", "AUX") and k.i > c.i), c)
        if c.dep_ != "advcl":
            continue
        marks = [k for k in c.lefts if k.dep_ == "mark" and k.lower_ in _CONDITION_MARKS]
        if marks and not any(k.lower_ == "even" and k.i == marks[0].i - 1 for k in c.lefts):
            return c
    return None


# Modals of what would or could be, given a premise (not "will": "with oil at $50, profits
# will rise" foresees; not "may": a forecast as it stands).
_PREMISED_MODALS = frozenset(("would", "could", "might"))
# Words that may come before a fronted premise ("But with growth of 2%, ...").
_PREMISE_LEADS = frozenset(("but", "and", "yet", "so", '"', "“", "'"))


def _premise_of(verb: Any) -> Any:
    """ "With growth of just 2%, poverty could fall to 15%": the "with" phrase that opens
    the sentence, before `verb`'s clause and set off by a comma, is the premise the clause
    hangs on; that "with" token, else None."""
    sent = _sent(verb)
    for c in verb.lefts:
        if c.dep_ != "prep" or c.lower_ != "with":
            continue
        if not all(sent.doc[k].lower_ in _PREMISE_LEADS for k in range(sent.start, c.i)):
            return None
        end = c.right_edge.i + 1
        return c if end < verb.i and sent.doc[end].text == "," else None
    return None


def _premise_around(span: Any) -> tuple[int, int] | None:
    """ "With growth of just 2%, by 2019 poverty could fall": the character bounds of the
    opening "with" premise of a would/could/might clause that holds the amount, else None
    (what the clause dates, "by 2019", is the outcome's time, not the premise's)."""
    for up in span[0].ancestors:
        if up.dep_ == "prep" and up.lower_ == "with" and up.i < up.head.i:
            verb = up.head
            if _premise_of(verb) is None or not any(
                c.tag_ == "MD" and c.lower_ in _PREMISED_MODALS for c in verb.lefts
            ):
                return None
            return up.idx, up.right_edge.idx + len(up.right_edge)
    return None


def _denied(verb: Any) -> bool:
    """ "it does not mean that we will see thousands more students", "I don't think growth
    will reach 3%": the modal clause is what a negated verb says of it, so its amount is
    not foreseen but set aside."""
    return verb.dep_ == "ccomp" and any(c.dep_ == "neg" for c in verb.head.children)


def _modal_kind(verb: Any, modal: str | None) -> str | None:
    """A modal verb's amount: "possible" under a condition of that verb ("profits would rise
    10% if ...", "with growth of 2%, poverty could fall to 15%") or in a clause a negated
    verb denies ("does not mean that we will see 5,000 more"), else "forecast"; None for a
    past rule, "could" with a condition in the past perfect ("passengers could claim 150
    euros if they had been stopped": what held)."""
    cond = _condition_of(verb)
    if cond is None:
        if modal in _PREMISED_MODALS and _premise_of(verb) is not None:
            return "possible"
        if modal in ("will", "'ll", "would") and _denied(verb):
            return "possible"
        return "forecast"
    if (
        modal == "could"
        and not _perfect(verb)
        and any(k.dep_ == "aux" and k.lower_ == "had" for k in cond.lefts)
    ):
        return None
    return "possible"


# Modals of what may happen, not of what is foreseen ("may not be able to", "might not").
_MAYBE_MODALS = frozenset(("may", "might"))


def _maybe(kind: str | None, modal: str | None, verb: Any) -> str | None:
    """ "thousands of residents may not be able to vote": a "may not" or "might not" says
    what possibly will not come about, a doubt, not a forecast ("may be cut next year",
    "will not", "could not" keep theirs)."""
    if kind != "forecast" or modal not in _MAYBE_MODALS:
        return kind
    return "possible" if any(c.dep_ == "neg" for c in verb.children) else kind


def _subject_of_conditioned(span: Any) -> bool:
    """ "an offer of 950p a share would be fair if ...", parsed with "a share" as the
    subject: the amount's phrase runs on (a few noun words) to a modal verb with a condition
    of its own whose subject the parse put in between, so the amount is that subject's."""
    doc = span.doc
    stop = min(span.end + 3, _sent(span).end)
    j = span.end
    while j < stop and doc[j].tag_ in ("DT", "NN", "NNS"):
        j += 1
    if j == span.end or j >= stop or doc[j].tag_ != "MD" or doc[j].lower_ not in _FUTURE_MODALS:
        return False
    verb = doc[j].head
    return any(c.dep_ in ("nsubj", "nsubjpass") and span.end <= c.i < j for c in verb.lefts) and (
        _modal_kind(verb, doc[j].lower_) == "possible"
    )


# A firm's acts that, told in the progressive ("are axing 90 jobs"), are announced, not done.
_ANNOUNCED_ACTS = frozenset(
    "axe ax cut shed slash close lay sack".split()
)  # ("ax": the model's lemma)
# Money given that, told in the progressive ("is providing £1bn"), is promised, not paid.
_ANNOUNCED_GIFTS = frozenset("provide give invest inject pledge commit allocate".split())
# Money that, announced, is still to be spent ("announced £100m of new investment"), unlike
# announced profits.
_PLEDGED_NOUNS = frozenset("investment funding aid spending package grant".split())
# Verbs of how much things differ: under "could" a spread found, not one to come.
_SPREAD_VERBS = frozenset("vary differ range fluctuate".split())


def _shared_verb(v: Any) -> Any:
    """ "is set to close 20% of its plants and shed 10% of staff", "will cut prices and add
    500 jobs": a conjunct verb with no subject or auxiliary of its own shares its first verb's
    mood; that first verb (else `v`)."""
    while (
        (
            v.dep_ == "conj"
            # "suggests doubling the limit for candidates, while cutting national limits"
            or v.dep_ == "advcl"
            and v.tag_ == "VBG"
            and (
                any(c.dep_ == "mark" and c.lower_ in ("while", "whilst") for c in v.lefts)
                # "will grow 15% this year, reaching 1.6 million vehicles by 2010"
                or not any(c.dep_ in ("mark", "nsubj") for c in v.lefts)
                and v.i > v.head.i
            )
        )
        and v.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in v.lefts)
    ):
        v = v.head
    return v


def _nowadays(verb: Any) -> bool:
    """ "These days, buyers will have to pay £9,000", "nowadays a flat will cost £200,000":
    a "will" said of the present ("these days", "nowadays") tells what is usual now, not
    what is to come."""
    return any(
        c.lower_ == "nowadays"
        or c.lower_ in ("days", "times")
        and any(d.lower_ == "these" for d in c.lefts)
        for c in verb.lefts
    )


_AHEAD_VERBS = _FORECAST_VERBS - {"estimate"}


def _said_ahead(span: Any, out: Any) -> bool:
    """ "the projected 50m passengers", "an expected 3% rise": the amount's own participle
    makes it a prediction (not "an estimated 10,000 people", a guess at what happened)."""
    for t in (*span, out):
        if not t.n_lefts:
            continue  # (no word on its left hangs on it: no walk, which builds tokens)
        for c in t.lefts:
            if c.dep_ == "amod" and c.lemma_.lower() in _AHEAD_VERBS:
                return True
    return False


def _predicted_clause(v: Any) -> str | None:
    """ "predictions that Labour will need to raise taxes to cover an £11bn gap": a clause told
    as what a prediction says is a forecast; None otherwise."""
    for up in chain((v,), v.ancestors):  # (lazily: most clauses answer near the verb)
        dep = up.dep_  # (read once; both tests ask for a clause with a "that" before it)
        if dep != "acl" and dep != "ccomp":
            continue
        mark = next((c for c in up.lefts if c.dep_ == "mark" and c.lower_ == "that"), None)
        if mark is None:
            continue
        noun = up.head
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in _HOPE_NOUNS:
            return "forecast"
        if dep == "ccomp" and mark.i > 0 and up.doc[mark.i - 1].lemma_.lower() in _HOPE_NOUNS:
            return "forecast"  # (the parse hangs the clause on the verb, not the noun)
    return None


def _forecast_outcome(span: Any) -> str | None:
    """ "plans forecast 250,000 students joining, bringing in at least £110m": what a
    forecast thing would bring is forecast too; None otherwise."""
    outs = _outward(span)
    if not outs:
        return None
    v = _clause_head(outs[0].head)
    steps = 0
    while v.tag_ == "VBG" and v.dep_ in ("advcl", "acl", "xcomp") and steps < 3:
        v = _clause_head(v.head) if v.head.pos_ in ("NOUN", "PROPN") else v.head
        steps += 1
    if (
        steps
        and v.pos_ == "VERB"
        and _AIM_VERBS.get(v.lemma_.lower()) == "forecast"
        and v.lemma_.lower() not in ("set", "tip", "consider", "threaten", "estimate")
        and not any(c.dep_ in ("neg", "auxpass") for c in v.children)  # ("had been expected")
    ):
        return "forecast"
    up = v.head
    if (
        steps
        and v.dep_ == "xcomp"
        and up.lemma_.lower() == "expect"
        and any(c.dep_ == "auxpass" for c in up.children)
        and not any(c.dep_ == "neg" for c in up.children)
    ):
        # "debts are expected to be converted through share issues amounting to 2bn euros":
        # what an expected deed would come to is expected too
        return "forecast"
    return None


def _reviewed_deed(tok: Any) -> bool:
    """ "a review of the privatisation of 3,000 firms": a deed done already, that a review
    (planned or not) looks back on; what is planned is the review, not the deed."""
    up = tok
    nouns: list[str] = []
    for _ in range(6):
        if up.dep_ != "pobj" or up.head.lower_ != "of":
            break
        up = up.head.head
        nouns.append(up.lemma_.lower())
    return any(
        n in _REVIEW_NOUNS and any(_DEED_END.search(m) for m in nouns[:k])
        for k, n in enumerate(nouns)
    )


_REVIEW_NOUNS = frozenset("review inquiry investigation probe audit examination".split())
_DEED_END = re.compile(r"(?:isation|ization|sale|closure|takeover|merger)$")


# Verbs of leave given: "will now be allowed to own up to 49%" tells a rule in force.
_LEAVE_VERBS = frozenset("allow permit entitle".split())


def _now(verb: Any, modal: str | None) -> bool:
    """Whether `verb` is said with "will now" ("will now be able to"): what is so from now
    on (not "would now", what a plan would do)."""
    return modal in ("will", "'ll") and any(
        c.dep_ == "advmod" and c.lower_ == "now" for c in verb.children
    )


# Verbs whose "that" clause in the present tense guesses at what is so now, not ahead.
_PRESENT_GUESS_VERBS = frozenset({"estimate", "calculate", "reckon", "believe", "think"})


def _aim_of(span: Any) -> str | None:
    """ "had aimed to save £220m", "expects to sell 400 planes", "sales will dip by A$30m",
    "is projecting growth of 5%": the amount is a target, pledge or forecast, not a result;
    None otherwise."""
    outs = _outward(span)
    if not outs:
        return None
    # (the amount's outward token, its relation and its head: read once, each `.head` builds
    # a token)
    out0 = outs[0]
    dep0, head0 = out0.dep_, out0.head
    if dep0 == "pobj" and _reviewed_deed(out0):
        return None
    sized_noun = [head0] if dep0 in ("nmod", "compound", "nummod", "amod") else []
    inside = set(range(span.start, span.end))  # (by its bounds: no token built)
    for t in (*span, *sized_noun):  # "the 3.5% growth rate that economists had forecast"
        for c in t.rights:
            if c.dep_ == "acl" and c.tag_ == "VBN" and t.i in inside:
                # "the £1.4bn expected" / "the £1.4bn reported": its own participle says
                # (not "the $1.30 record level set on 10 November": set, not "set to")
                if c.lemma_.lower() == "set" and not any(k.dep_ == "xcomp" for k in c.rights):
                    return None
                return _AIM_VERBS.get(c.lemma_.lower())
            if (
                c.dep_ == "relcl"
                and c.lemma_.lower() in _AIM_VERBS
                # "the 2.5% which the government predicted", "the 11.3% creditors hoped to
                # receive": the amount is what the clause aims at or predicts
                # (not "1m people who want to work": the people want, the count is no aim)
                and not any(
                    k.dep_ in ("nsubj", "nsubjpass") and k.tag_ in ("WDT", "WP")
                    for k in c.children
                )
            ):
                return _AIM_VERBS[c.lemma_.lower()]  # "the 2.5% which the government predicted"
    for t in (head0, head0.head):
        for c in t.rights:
            if (
                c.dep_ == "acl"
                and c.tag_ == "VBN"
                and c.lemma_.lower() in _AIM_VERBS
                and not any(k.dep_ == "prep" and k.lower_ == "at" for k in c.rights)
                and (c.lemma_.lower() != "set" or any(k.dep_ == "xcomp" for k in c.rights))
            ):
                return _AIM_VERBS[c.lemma_.lower()]  # "a 3% improvement anticipated"
    if _said_ahead(span, out0):
        return "forecast"
    listed = head0 if dep0 in ("nmod", "compound", "nummod", "amod") else out0
    among = listed.head if listed.dep_ == "pobj" and listed.head.lower_ == "including" else None
    wanted = among.head if among is not None else None
    if wanted is not None and wanted.dep_ == "dobj":
        wanted = wanted.head  # "want more help, including 100% debt relief"
    if (
        wanted is not None
        and wanted.pos_ == "VERB"
        and wanted.lemma_.lower() in _PROPOSE_VERBS | {"demand", "urge", "call"}
        and not any(c.dep_ == "neg" for c in wanted.children)
    ):
        return "target"  # "more was needed, including 100% debt relief": asked for
    for up in out0.ancestors:
        if (
            up.dep_ == "prep"
            and up.lower_ == "with"
            and up.i < up.head.i
            and any(c.tag_ == "MD" and c.lower_ in _FUTURE_MODALS for c in up.head.lefts)
        ):
            # "With economic growth of just 2%, by 2019 poverty could fall": an assumption
            return "forecast"
    owned = head0 if dep0 in ("nmod", "compound", "nummod", "amod") else None
    if owned is not None and any(c.dep_ == "poss" for c in owned.lefts):
        # "is set to close its $102.6bn offer", "below the existing firm's $500 price tag":
        # the thing is there already
        return None
    paid = owned.head if owned is not None and owned.dep_ == "dobj" else None
    if paid is not None and (
        paid.lemma_.lower() in ("repay", "return", "refund")
        or paid.lemma_.lower() == "pay"
        and any(c.lower_ == "back" for c in paid.rights)
    ):
        return None  # "to pay back a $900m loan": the loan is there already
    known = owned if owned is not None else out0
    if known.dep_ in ("dobj", "pobj") and any(
        # (or "increase investment in its 400 main brands": they are there already)
        c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.tag_ == "PRP$"
        for c in known.lefts
    ):
        # "will start the £100,000-a-year job", "would break even on the A$1.2bn rebuild":
        # a known thing's size; what is to come is done with it
        return None
    whole = head0.head if dep0 == "pobj" and head0.lower_ == "of" else None
    if whole is not None and whole.like_num:
        return None  # "relocate about 10 of its 27 plants": the 27 are there already
    sized = head0 if dep0 in ("nmod", "compound", "nummod", "amod") else out0
    if sized.dep_ == "pobj" and sized.head.lower_ == "of" and sized.head.head.lower_ in _PART_WORDS:
        return None  # "to offload some of the £48bn cost": the whole is there already
    v = _clause_head(head0)  # from outside the amount ("£119m": "m" tagged a verb)
    while v.dep_ == "prep" and v.lower_ in ("including", "excluding") and v.head.i != v.i:
        v = _clause_head(v.head)  # "there will be penalties including a fine of £1,000"
    if v.dep_ == "acl" and v.tag_ == "VBN" and v.lemma_.lower() in ("value", "price", "worth"):
        # "would create the biggest bank, valued at $180bn": the bank's clause says
        v = _clause_head(v.head)
    v_lemma = v.lemma_.lower()  # (read once: the verb is settled until below)
    near, h = False, out0
    # "Some 2,000 jobs may be cut": the amount is the subject of the modal verb itself.
    own_subject = dep0 in ("nsubj", "nsubjpass") and head0.i == v.i
    if dep0 == "appos" or dep0 == "pobj" and head0.lower_ == "of":
        # "The bulk of the money - about 40m euros - will be offered", "a total of 37 offices
        # would close": the subject's size
        sized = head0 if dep0 == "appos" else out0
        if sized.dep_ == "pobj" and sized.head.lower_ == "of":
            sized = sized.head.head
        own_subject = (
            sized.dep_ in ("nsubj", "nsubjpass")
            and sized.head.i == v.i
            and (
                dep0 == "appos"
                or sized.lemma_.lower() in _PART_WORDS | {"total", "number", "bulk", "majority"}
                # "Fines of up to £2,500 would be levied", "an offer of 950p would be fair":
                # no known ones, ones to come
                or not any(
                    c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in ("a", "an")
                    for c in sized.lefts
                )
            )
            or own_subject
        )
    sized_subject = (  # "the £1bn deal would be signed in March": the deal's size, to come
        dep0 in ("nmod", "compound", "nummod", "amod")
        and head0.dep_ in ("nsubj", "nsubjpass")
        and head0.head.i == v.i
        and not any(c.dep_ == "poss" for c in head0.lefts)
    )
    reached = False  # within five steps: enough for a modal verb ("would create a company
    # with assets of $1,000bn"), not for a forecast verb's object
    # ("penalties including a fine of £1,000": the fine is one of them, no step further)
    listed_in = 0
    step = 0
    while step < 5:
        if h.dep_ in ("nsubj", "nsubjpass", "csubj") or h.head.i == h.i:
            break  # "the scandal of 10,000 dying ... must end": inside the subject
        below = h
        h = h.head
        if not listed_in and h.dep_ == "prep" and h.lower_ == "including":
            listed_in = 1
        else:
            step += 1
        if h.i == v.i:
            step -= 1  # (the step onto the verb: as counted from 0)
            # deeper than three steps only through the verb's object ("would create a
            # company with ..."), not a prepositional aside ("could bail out of a $3bn deal")
            near, reached = step < 3, step < 3 or below.dep_ in ("dobj", "attr")
            # "expect a rise in retail on the order of 20%": deeper, through the object
            near = (
                near
                or below.dep_ == "dobj"
                and (
                    _AIM_VERBS.get(v_lemma) == "forecast"
                    # "plans a joint venture with an initial investment of $6.5m"
                    or v_lemma in _PROPOSE_VERBS
                )
            )
            if below.dep_ == "prep" and below.lower_ == "with" and v_lemma in ("plan",):
                near = reached = True  # "plans a venture with HAL with an investment of $6.5m"
            break
    if (
        reached
        and v.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.lefts)
        and (
            v.dep_ == "ROOT"
            and any(c.dep_ == "nsubj" for c in v.children)
            or v.dep_ == "acl"
            and v.head.dep_ == "ROOT"
            and v.head.pos_ in ("NOUN", "PROPN")
        )
    ):
        return "target"  # a headline: "Steel firm to cut 45,000 jobs"
    if v.pos_ in ("VERB", "AUX") and (reached or own_subject):
        kind = _AIM_VERBS.get(v_lemma)
        if (
            own_subject
            and kind == "forecast"
            and v_lemma != "estimate"
            and any(c.dep_ == "xcomp" and not _perfect(c) for c in v.children)
        ):
            return kind  # "70% of bondholders are expected to accept"
        if v_lemma in ("set", "agree"):
            kind = None  # "previously set at $500m", "agreed a $2bn deal": done, not planned
        asked = head0 if dep0 in ("nmod", "compound", "nummod", "amod") else out0
        if (
            near
            and asked.dep_ == "pobj"
            and asked.head.lower_ == "for"
            and asked.head.head.i == v.i
            and v_lemma in _ASK_FOR_VERBS
            and not any(c.dep_ == "neg" for c in v.children)
        ):
            return "target"  # "is looking for a further 540bn yen", "called for a 5% rise"
        if dep0 == "pobj" and (head0.lower_ == "for" or kind == "pledge" and head0.lower_ == "to"):
            # "offer hope to millions of people", "forecast growth of 3.6% for the 30
            # member countries": they are given, or the forecast is about them
            kind = None
        if (
            # "have promised £4bn of tax cuts", "recommends a weekly payment of £108"
            (kind in ("forecast", "pledge") or v_lemma in _PROPOSE_VERBS)
            and near
            and out0.i > v.i  # "Of the 300 firms surveyed, 45% expect": not forecast
            and not any(c.dep_ == "neg" for c in v.children)
        ):
            if (
                kind == "pledge"
                and v.dep_ == "xcomp"
                and _AIM_VERBS.get(v.head.lemma_.lower()) == "forecast"
            ):
                return "forecast"  # "had been expected to offer 22.5bn yuan": others' guess
            return kind  # "is projecting growth of 5%", "expects profits of £2bn"
        shared = _shared_verb(v)  # (found once: asked again below)
        modal = next((c.lower_ for c in shared.lefts if c.tag_ == "MD"), None)
        if (
            v.tag_ == "VBN"
            and modal not in ("will", "'ll")  # "will have taken delivery": still ahead
            and any(c.lower_ == "have" for c in v.lefts)
        ):
            modal = None  # "which would have banned £56m": what did happen, weighed
        if (
            near
            and v.tag_ == "VBG"
            and any(c.dep_ == "aux" and c.lemma_ == "be" for c in v.lefts)
            and out0.i > v.i
            and not any(c.dep_ == "neg" for c in v.children)
        ):
            # "are axing 90 jobs": announced; "he was providing an extra £1bn": promised
            if v_lemma in _ANNOUNCED_ACTS:
                return "target"
            if v_lemma in _ANNOUNCED_GIFTS:
                return "pledge"
        if (
            near
            and v_lemma in ("announce", "unveil", "earmark")
            and head0.i == v.i
            and dep0 == "dobj"
            and not any(c.dep_ == "neg" for c in v.children)
            and (
                any(
                    t.lemma_.lower() in _PLEDGED_NOUNS
                    for t in (out0, *v.doc[span.end : min(span.end + 4, len(v.doc))])
                )
                # "announced £264m for health services will be spent reducing waiting times":
                # the parse split "£264m will be spent" from its subject
                or any(
                    c.dep_ == "conj"
                    and any(k.tag_ == "MD" and k.lower_ in _FUTURE_MODALS for k in c.lefts)
                    and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.lefts)
                    for c in v.rights
                )
            )
        ):
            return "pledge"  # "BMW has announced £100m of new investment": to be spent
        if modal in ("could", "can", "may", "might") and v_lemma in _SPREAD_VERBS:
            return None  # "rates could vary by as much as £100 a week": how they differ now
        if modal == "could" and any(
            c.dep_ == "advmod" and c.lower_ in ("previously", "formerly", "once")
            for c in v.children
        ):
            return None  # "previously, passengers could claim 150 euros": what was possible
        if modal in ("will", "'ll") and _nowadays(shared):
            return None  # "these days a new car will cost you £9,000": what is so now
        if modal in ("could", "may", "might") and _most_allowed(span, v):
            return "possible"  # "the Commission could fine them up to 10% of turnover"
        if own_subject and dep0 == "nsubj" and any(c.dep_ == "poss" for c in out0.lefts):
            return None  # "my two children will inherit": a count of what someone has now
        if modal in _FUTURE_MODALS:
            # "sales will dip by A$30m", "this would save £119m"; "would be fair if ...":
            # only if the condition holds; "may lose £5m": only possible
            return _maybe(_modal_kind(shared, modal), modal, shared)
        if modal in ("should", "must"):
            if _why_should(shared):
                return None  # "why should they pay £5": what is so, objected to
            return "target"  # "should keep council tax rises below 5%"
        if (
            (near or own_subject)
            and v.lemma_ == "be"
            and any(
                c.dep_ == "xcomp" and any(k.lower_ == "to" for k in c.lefts) for c in v.children
            )
            # not "growth of 0.1% is insufficient to deliver momentum": said of it, no plan
            and not any(c.dep_ == "acomp" for c in v.children)
        ):
            return "target"  # "2,500 jobs are to go": announced, not yet done
    if v.pos_ in ("VERB", "AUX") and sized_subject:
        modal = next((c.lower_ for c in v.lefts if c.tag_ == "MD"), None)
        if modal in _FUTURE_MODALS and not _perfect(v):
            return _maybe(_modal_kind(v, modal), modal, v)
    for t in (head0, head0.head):
        # "hopes of a 0.2% expansion", "expectations of 374m euros"
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _HOPE_NOUNS:
            return "forecast"
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _AIM_NOUNS:
            return "target"  # "the industry target of an 85% resolution rate"
    if v.dep_ == "acl" and v.head.lemma_.lower() in _PLAN_NOUNS:
        return _PLAN_NOUNS[v.head.lemma_.lower()]  # "its plan to cut the staff by 25%"
    if (
        v.dep_ in ("relcl", "acl")
        and v.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.lefts)
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in v.lefts)
    ):
        return "target"  # "clearing the way for it to conclude a $29bn deal": not yet done
    if (
        v.dep_ == "pcomp"
        and v.tag_ == "VBG"
        and v.head.lower_ == "to"
        and v.head.head.lemma_.lower() in {*_PLAN_NOUNS, "committed"}
    ):
        # "a clear commitment to reaching 0.7%", "is committed to spending £2bn"
        return _PLAN_NOUNS.get(v.head.head.lemma_.lower(), "pledge")
    if v.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.lefts):
        # "is in talks with the state to take a 30% stake": the plan the verb is in
        planned_in = next(
            (
                p.lemma_.lower()
                for c in v.head.children
                if c.dep_ == "prep" and c.i < v.i
                for p in c.children
                if p.dep_ == "pobj" and p.lemma_.lower() in _PLAN_NOUNS
            ),
            None,
        )
        if planned_in is not None:
            return _PLAN_NOUNS[planned_in]
    outer = (
        _governing_verb(v.head)
        if v.dep_ == "relcl"
        and v.head.dep_ == "dobj"
        and v.head.lemma_.lower() in ("amount", "level", "share", "proportion", "number", "sum")
        else None
    )
    if outer is not None:
        v = outer  # "want to boost the amount of aid they give to 0.7%"
    for _ in range(3):
        # "is likely to cut 300 jobs", "expects its sales in India to grow 16%"
        if v.pos_ == "VERB" and v.dep_ == "pcomp" and v.head.head.lemma_.lower() == "aim":
            return "target"  # "is aimed at saving £86m"
        if v.pos_ == "VERB" and v.dep_ == "acl" and v.head.dep_ == "dobj":
            # "plans forecast the tunnel bringing in £110m": what the forecast says of it
            kind = _AIM_VERBS.get(v.head.head.lemma_.lower())
            # (or "will seek approval to distil 250 million litres": sought)
            return kind if kind == "forecast" or v.head.head.lemma_.lower() == "seek" else None
        if v.dep_ == "csubj" and any(c.lower_ in _FUTURE_MODALS for c in v.head.lefts):
            return "forecast"  # "raising the threshold to £150,000 would prevent ...": if done
        v = _shared_verb(v)
        by_means = v.dep_ == "pcomp" and v.head.lower_ == "by" and v.head.head.pos_ == "VERB"
        # "plans a joint venture with HAL to make engine parts, with an investment of $6.5m"
        purpose = (
            v.dep_ == "advcl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.lefts)
            and v.head.lemma_.lower() in _PROPOSE_VERBS - {"need", "demand"}
        )
        if (
            v.pos_ not in ("VERB", "AUX")
            or v.dep_ not in ("xcomp", "ccomp")
            and not by_means
            and not purpose
        ):
            return _predicted_clause(v)
        if v.dep_ == "ccomp" and v.tag_ == "VBD" or _perfect(v):
            return None  # "estimates that remittances reached $45bn", "estimated to have fallen"
        if (
            v.dep_ == "ccomp"
            and v.tag_ in ("VBZ", "VBP")
            and v.lemma_ in ("be", "have")
            and v.head.lemma_.lower() in _PRESENT_GUESS_VERBS
        ):
            return None  # "estimates that banks have $250m of loans": a guess at what is so now
        if by_means:
            # "would fund the deal by selling an 8% stake": the means share the verb's mood
            v = v.head
        comp = "xcomp" if by_means or purpose else v.dep_
        # "could see the workforce trimmed to 110,000": a small clause, no tense of its own
        small = (
            comp == "ccomp"
            and v.tag_ in ("VB", "VBN", "VBG")
            and not any(c.dep_ in ("aux", "auxpass", "mark") for c in v.lefts)
        )
        # "wanted the firms to surrender $280bn": an infinitive the parse made a ccomp
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in v.lefts)
        done = v
        # "that the targets be narrowed": a bare "be" (or verb) with no modal, a mandate
        subjunctive = (
            v.dep_ == "ccomp"
            and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "be" for c in v.lefts)
            and not any(c.tag_ == "MD" for c in v.lefts)
        )
        v = v.head
        if v.lower_ in ("able", "unable") and v.dep_ == "acomp":
            v = v.head  # "will be able to carry 70 million passengers": the modal is on "be"
            modal = next((c.lower_ for c in v.lefts if c.tag_ == "MD"), None)
            if _now(v, modal):
                return None  # "banks will now be able to sell up to 49%": a rule changed
            return "forecast" if modal in ("will", "'ll", "would", "could", "may") else None
        modal = next((c.lower_ for c in v.lefts if c.tag_ == "MD"), None)
        if comp == "xcomp" and modal in ("should", "must"):
            if _why_should(v):
                return None  # "why should the taxpayer be forced to fund": what is so, objected to
            return "target"  # "should enable it to save $360m"
        if comp == "xcomp" and v.lemma_.lower() in _LEAVE_VERBS and _now(v, modal):
            return None  # "firms will now be allowed to own 49%": what the rule now lets them
        if comp == "xcomp" and modal in _FUTURE_MODALS:
            if modal in ("will", "'ll") and _nowadays(v):
                return None  # "these days, buyers will have to pay £9,000": what is so now
            return "forecast"  # "will have to shed thousands of jobs"
        if comp == "xcomp" and v.lemma_ == "be" and v.tag_ != "VBN":
            if _settled(done):
                return None  # "the firm is to receive £24.5m in compensation": arranged
            return "target"  # "Nestle is to raise its dividend by 11%"
        if (
            comp == "xcomp"
            and v.lemma_ == "go"
            and v.tag_ == "VBG"
            and any(c.dep_ == "aux" and c.lemma_ == "be" for c in v.lefts)
        ):
            return "forecast"  # "the levy is going to cost travellers £1bn a year"
        if small and modal in _FUTURE_MODALS:
            return "forecast"  # "this could see the workforce trimmed to 110,000 staff"
        if comp == "xcomp" and modal is None and _agreed_change(span, v):
            return None  # "agreed to pay 72% more for iron ore": the new price is settled
        kind = _AIM_VERBS.get(v.lemma_.lower())
        if comp == "ccomp" and kind == "target" and subjunctive:
            return kind  # "recommends that the targets be narrowed to 14 indicators"
        if comp == "ccomp" and kind != "forecast" and not infinitive:
            return None  # "said it would ...": only a forecast verb's clause is predicted
        if kind is not None:
            return kind
    return None


# Nouns of an aim whose object the amount is ("a long-term aspiration of moving towards an
# 80% employment rate", "its pledge to spend £5bn").
_AIM_NOUN_KIND = {
    "aspiration": "target",
    "ambition": "target",
    "aim": "target",
    "goal": "target",
    "objective": "target",
    "pledge": "pledge",
    "promise": "pledge",
    "commitment": "pledge",
    "target": "target",  # "missing his target on providing treatment to 3 million Africans"
    "targets": "target",
}


# Money a government or firm announces to hand out: announced, not yet paid.
_HANDOUT_NOUNS = frozenset(
    """hand-out handout payment package grant fund funding scheme investment aid allowance
    subsidy bonus""".split()
)


def _announced_spend(span: Any) -> str | None:
    """ "announced a £20m package for rural schools", "announced a cash hand-out, with
    payments of £50": a pledge; None for results announced ("announced profits of £5m")."""
    outs = _outward(span)
    h = outs[0] if outs else None
    handout = False
    for _ in range(6):
        if h is None or h.head.i == h.i:
            return None
        if h.pos_ == "NOUN" and h.lemma_.lower() in _HANDOUT_NOUNS:
            handout = True
        up = h.head
        if up.lemma_.lower() == "announce" and up.pos_ == "VERB":
            return "pledge" if handout and h.dep_ in ("dobj", "prep") else None
        if up.pos_ in ("VERB", "AUX") or h.dep_ in ("nsubj", "nsubjpass", "relcl", "acl"):
            return None
        h = up
    return None


def _aim_noun_above(span: Any) -> str | None:
    """The modality of an aim noun the amount is said inside of, through "of" or "to" and
    the non-finite verbs under it; None at a finite verb or a subject."""
    outs = _outward(span)
    if not outs:
        return None
    h = below = outs[0]
    for _ in range(7):
        if h.head.i == h.i or h.dep_ in ("nsubj", "nsubjpass", "csubj", "relcl", "ccomp"):
            return None
        below, h = h, h.head
        if h.pos_ == "NOUN" and h.i < span.start and h.lemma_.lower() in _AIM_NOUN_KIND:
            return _AIM_NOUN_KIND[h.lemma_.lower()]
        if h.pos_ == "ADJ" and h.lower_ in ("likely", "unlikely") and below.dep_ == "xcomp":
            return "forecast"  # "The plan is likely to give creditors shares worth 5.7%"
        if h.tag_ in ("VBG", "VB"):
            aim = next(
                (
                    c.lemma_.lower()
                    for c in h.children
                    if c.dep_ == "dobj" and c.i < below.i and c.lemma_.lower() in _AIM_NOUN_KIND
                ),
                None,
            )
            if aim is not None:
                # "missing his target on providing treatment to three million Africans",
                # "to match his target for overseas aid - spending 0.7% of national income"
                return _AIM_NOUN_KIND[aim]
        if h.pos_ in ("VERB", "AUX") and h.tag_ not in ("VB", "VBG") and h.dep_ != "dobj":
            return None  # a finite clause of its own ("shares" tagged a verb is an object)
    return None


# Words of a contact relative clause's subject: "the £3bn [officials] hope to save".
_SUBJECT_POS = frozenset(("DET", "NOUN", "PROPN", "ADJ", "PRON"))
# What an infinitive's own object starts with: "hope to save the money" has one.
_OBJECT_POS = frozenset(("DET", "NOUN", "PROPN", "PRON", "NUM"))


# Adverbs that deny, not time, what the clause's verb says.
_NOT_WORDS = frozenset(("not", "n't", "never"))


def _hoped_for(span: Any) -> str | None:
    """ "the £3bn officials hope to save", "the 40 homes the town plans to build": the
    amount is what a relative clause with no "that" says someone hopes, plans or expects to
    do, so a target or forecast; read from the words, as the parse often misses the clause."""
    doc = span.doc
    k = span.end
    stop = min(len(doc), k + 7)
    while k < stop and doc[k].pos_ in _SUBJECT_POS and k - span.end < 3:
        k += 1
    perfect = False
    for _ in range(2):
        # "the 11.3% creditors previously hoped to receive", "the £3bn they had hoped to save"
        if k == span.end or k >= stop:
            break
        if doc[k].tag_ == "RB" and doc[k].lower_ not in _NOT_WORDS:
            k += 1
        elif doc[k].lower_ in ("had", "has", "have") and not perfect:
            k, perfect = k + 1, True
    if (
        k == span.end
        or k + 2 >= len(doc)
        or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[span.end : k])
    ):
        return None
    verb, to, done = doc[k], doc[k + 1], doc[k + 2]
    kind = _AIM_VERBS.get(verb.lemma_.lower())
    if (
        kind is None
        or verb.tag_ not in (("VBN", "VBD") if perfect else ("VBP", "VBZ", "VBD"))
        or to.lower_ != "to"
        or done.tag_ != "VB"
        # (the verb has an object of its own: "£3bn officials hope to spend the money")
        or k + 3 < len(doc)
        and doc[k + 3].pos_ in _OBJECT_POS
    ):
        return None
    return kind


# Verbs of how a thing seems: "it looks like the $40 level" is a guess, not a reading.
_SEEM_VERBS = frozenset("look seem sound".split())


def _looks_like(span: Any) -> str | None:
    """ "it looks like the $40 to $50 range": an amount a speaker says "it looks (seems)
    like" is an estimate of what is to come; None otherwise (not "the hall looks like a
    $5m home": how a thing looks)."""
    outs = _outward(span)
    h = outs[0] if outs else None
    for _ in range(4):
        if h is None or h.head.i == h.i:
            return None
        h = h.head
        if h.lower_ == "like" and h.dep_ in ("prep", "mark"):
            seem = h.head
            if seem.lemma_.lower() in _SEEM_VERBS and any(
                c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "this", "that")
                for c in seem.lefts
            ):
                return "forecast"
            return None
        if h.pos_ in ("VERB", "AUX"):
            return None
    return None


# Verbs of money coming to one: what one "is to receive" under a deal is arranged, not aimed
# at; and the nouns of money one "is to pay" because one must ("is to pay £3m in damages").
_RECEIVE_VERBS = frozenset("receive get".split())
_OWED_NOUNS = frozenset("compensation damages settlement fine penalty redress".split())


def _settled(verb: Any) -> bool:
    """ "is to receive £12m in compensation", "is to pay £30m in damages": a "be to" of money
    received or paid as owed is what a deal or ruling has settled, not a plan ("is to cut
    3,000 jobs", "is to pay £2bn for new trains", "is to receive a payment of £24.5m" are
    arranged ahead, unless the sentence calls that payment compensation)."""
    lemma = verb.lemma_.lower()
    # (money to be received as no more than a payment is arranged ahead, like any "be to":
    # "is to receive a payment of £5m")
    # (the sentence may name the money as owed after the verb's phrase: "which is to receive
    # a payment of £24.5m, said ... as a result of this compensation")
    return lemma in _RECEIVE_VERBS | {"pay"} and any(
        # ("damages" by its plural: the model's lemma is "damage")
        t.lower_ in _OWED_NOUNS or t.lemma_.lower() in _OWED_NOUNS
        for t in verb.doc[verb.i + 1 : verb.sent.end]
    )


# A plan in the reporters' "is to" ("Brown is to freeze duty, fund a £1bn package"), for
# when the parse lost the "is": only base verbs, nouns and commas between it and the amount.
_IS_TO = re.compile(r"\b(?:is|are)\s+to\s+(?!be\b)[a-z]+\b")
_IS_TO_STOP = frozenset(
    "while but although though because after when since whereas as if which who that".split()
)


def _is_to_plan(span: Any, text: str, sent: Any) -> bool:
    lo, hi = sent.start_char, span.start_char
    # (every match holds "to" and "is" or "are": string searches before the pattern's scan)
    no_be = text.find("is", lo, hi) < 0 and text.find("are", lo, hi) < 0
    if no_be or text.find("to", lo, hi) < 0:
        return False
    m = next(reversed(list(_IS_TO.finditer(text, sent.start_char, span.start_char))), None)
    if m is None:
        return False
    verb = next((t for t in sent if t.idx == m.end() - len(m.group().split()[-1])), None)
    if verb is not None and _settled(verb):
        return False  # "is to receive £5m in compensation": an arrangement, not a plan
    be = next((t for t in sent if t.idx == m.start()), None)
    if be is None or be.dep_ == "ROOT":
        return False  # parsed as it is: the parse's own reading stands
    between = [t for t in sent if m.end() <= t.idx < span.start_char]
    if between and between[-1].lower_ in ("the", "its", "their", "his", "her", "of"):
        return False  # "to relocate 10 of its 27 plants": the 27 are there already
    return not any(
        t.tag_ in ("VBD", "VBZ", "MD", "VBN") or t.lower_ in _IS_TO_STOP or t.text in ';:"“”'
        for t in between
    )


_IF_WORDS = frozenset("whether if unless".split())


# Verbs whose amount comes about by their doing ("would have gained a 20% share"), unlike
# those that act on what is there ("would have banned £56m in donations": given, not banned).
_MAKING_VERBS = frozenset(
    """gain earn make cost save raise win reach pay receive get generate bring fetch lose
    spend rise fall grow increase decrease drop climb jump add cut""".split()
)


def _unreal(verb: Any) -> bool:
    """ "would have gained", "could have cost": an amount of a past that did not come
    about."""
    aux = {c.lower_ for c in verb.lefts if c.dep_ == "aux"}
    return (
        verb.tag_ == "VBN"
        and verb.lemma_.lower() in _MAKING_VERBS
        and bool(aux & {"would", "could", "might"})
        and "have" in aux
    )


# Verbs of a penalty or charge a body may impose, up to a limit ("could fine up to 10%").
_PENALTY_VERBS = frozenset("fine charge jail imprison penalise penalize sentence levy".split())
# (and their forms, for a lemma the model gets wrong: "fined" -> "fin")
_PENALTY_FORMS = frozenset(
    f for w in _PENALTY_VERBS for f in (w, f"{w}s", f"{w}d", f"{w}ed", f"{w}es")
)


def _most_allowed(span: Any, verb: Any) -> bool:
    """ "The Commission could fine the firms up to 10% of their turnover": the most a penalty
    "could" be, by a power's limit (its "up to"), is what is possible, not a forecast."""
    if verb.lemma_.lower() not in _PENALTY_VERBS and verb.lower_ not in _PENALTY_FORMS:
        return False
    near = span.doc[max(_sent(span).start, span.start - 2) : span.start + 2]
    return "up to" in near.text.lower()


def _own_condition(span: Any) -> bool:
    """ "a fine of up to £2,500 for failing to sign up if the cards become compulsory": the
    amount's own phrase, after it, says when it applies ("if", "unless": not "even if",
    "as if"), through words with no subject of their own (not "£5m for firms that would
    fail if ...")."""
    outs = _outward(span)
    if not outs:
        return False
    top, doc = outs[0], span.doc
    for k in range(span.end, _sent(span).end):
        mark = doc[k]
        if mark.dep_ != "mark" or mark.lower_ not in ("if", "unless"):
            continue
        if doc[k - 1].lower_ in ("even", "as") or mark.head.dep_ != "advcl":
            continue
        h = mark.head.head
        while h.i != top.i and h.head.i != h.i:
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children):
                break
            h = h.head
        if h.i == top.i:
            return True
    return False


def _conditional(span: Any) -> bool:
    """ "whether they raise prices by 20% or stagger it", "unless prices fall below $35": the
    amount's clause (or the clause it is joined to by "and") is a condition or a question,
    so the amount may not come about."""
    h = _clause_head(span[0])
    noun = span[-1].head
    if noun.pos_ == "NOUN" and any(_unreal(c) for c in noun.rights if c.dep_ == "relcl"):
        return True  # "the 20% share it would have gained": a share it did not gain
    aux = {c.lower_ for c in h.lefts if c.dep_ == "aux"}
    if aux & {"would", "could", "might"} and "have" in aux:
        if _unreal(h):
            # "the share it would have gained had it won", "which would have banned £56m in
            # donations": what did not happen
            return True
        # "would have been 8% higher if currency movements were stripped out": what was not
        for c in h.rights:
            if c.dep_ == "advcl" and any(
                k.dep_ == "mark" and k.lower_ in _IF_WORDS for k in c.lefts
            ):
                return True
    if _own_condition(span):
        return True
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in _IF_WORDS for c in h.children):
            doc = span.doc
            lo = max(_sent(span).start, span.start - 2)
            if any(doc[i].lower_ in _DEFINITE for i in range(lo, span.start)):
                return False  # "whether the other two men have received letters": known ones
            return not any(c.lower_ in ("even", "as") for c in h.lefts if c.i < span.start)
        if h.dep_ != "conj" or h.head.i == h.i:
            return False
        h = h.head
    return False


def _ahead_said(span: Any) -> bool:
    """Whether the amount's sentence looks ahead ("will", "would", "next year")."""
    return any(t.lower_ in _FUTURE_MODALS or t.lower_ == "next" for t in _sent(span))


def _estimated(obj: str, span: Any) -> tuple[str, bool]:
    """ "fall to 3.3% next year from a previous estimate of 3.7%": the amount is an
    estimate's value ("previous estimate of US growth"), and a forecast when the estimate is
    of what is to come (a forecast's, or said with "will", "would", "next year"); (obj,
    False) when it is no forecast."""
    outs = _outward(span)
    at = outs[0] if outs else None
    if at is None or at.dep_ != "pobj" or at.head.lower_ != "of":
        return obj, False
    noun = at.head.head
    if noun.lemma_.lower() not in _ESTIMATE_NOUNS or noun.pos_ != "NOUN":
        return obj, False
    ahead = noun.lemma_.lower() != "estimate" or _ahead_said(span)
    if noun.lemma_.lower() in obj.lower():
        return obj, ahead
    said_so = EXPECTED_WORDS.get(noun.lemma_.lower())
    if said_so is not None and obj.startswith(f"{said_so} "):
        return obj, ahead  # "expected gain in non-farm payrolls": said already
    opening = _sent(span)[0]
    if opening.pos_ != "PROPN" and not opening.ent_type_:
        obj = _uncap(obj, opening.text)  # "Growth ... from an earlier estimate": no capital
    said = [t for c in noun.lefts if c.dep_ in ("amod", "compound", "poss") for t in c.subtree]
    return f"{_join([*said, noun])} of {obj}", ahead


def _when_promised(sent: Any, said: str) -> bool:
    """Whether the period words `said` hang on a verb of promising or planning ("agreed in
    1970 to", "promised by EU leaders in 2000") rather than on what was promised."""
    at = sent.text.find(said) if said else -1
    if at < 0:
        return False
    start = sent.start_char + at
    tok = next((t for t in sent if t.idx >= start), None)
    for _ in range(4):
        if tok is None or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return _AIM_VERBS.get(tok.lemma_.lower()) in ("pledge", "target")
    return False


# Verbs that put forward what their clause says ("suggests ... parties with at least two
# members").
_SUGGEST_VERBS = frozenset("suggest propose recommend".split())
# Nouns of a commitment whose "to" clause says what is to be done ("a deal to supply").
_COMMITMENT_NOUNS = frozenset("deal agreement contract accord pact commitment".split())


def _agreed_to(span: Any) -> str | None:
    """ "has struck a deal to supply Peugeot with 30,000 SUVs": what a deal commits to is
    pledged, not done; None otherwise."""
    head = _clause_head(span[0])
    dep = head.dep_
    if (
        dep in ("relcl", "acl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.lefts)
        and head.head.lemma_.lower() in _COMMITMENT_NOUNS
    ):
        return "pledge"
    # "signed an agreement with Nissan to supply it with 36,000 cars", the "to" clause hung
    # on "signed" (its relation read first: the cheap test)
    return "pledge" if dep == "advcl" and deal_clause(head) else None


def _proposed_above(span: Any) -> str | None:
    """ "It also suggests increasing state funding to £3m so help can be extended to parties
    with at least two members": an amount inside what is put forward is a target; None
    otherwise ("the data suggests growth of 0.2%" is evidence, not a proposal)."""
    for up in span[-1].ancestors:
        if up.pos_ != "VERB" or up.lemma_.lower() not in _SUGGEST_VERBS or up.i > span.start:
            continue
        said = [c for c in up.rights if c.dep_ in ("ccomp", "xcomp")]
        after = up.doc[up.i + 1] if up.i + 1 < len(up.doc) else up
        if after.lower_.endswith("ing") and after.is_lower:
            return "target" if said else None  # "suggests increasing ...", however parsed
        if up.lemma_.lower() == "suggest" and not any(
            c.tag_ == "VBG"
            and not any(k.dep_ in ("nsubj", "nsubjpass", "aux") for k in c.lefts)
            or any(k.lower_ == "should" for k in c.lefts)
            for c in said
        ):
            return None  # (a proposal says what to do: "suggests increasing", "should")
        return "target" if said else None
    return None


# Verbs of a state or of what befalls the subject, no deed a speaker can promise ("we will
# see more jobs", "we will need to spend £40m", "we will have a deficit of £2bn").
_UNPROMISED_VERBS = frozenset("be have need see face find lose get become feel expect".split())
# Verbs of what befalls a party, not what it does ("would win 300 seats"), or of doing
# away with what is there now ("will scrap the £3,000 fees": the fees are a fact).
_OUTCOME_VERBS = frozenset(
    "win lose gain take secure poll attract receive scrap abolish end remove drop".split()
)
# Verbs a quote is said with ("'We will cut taxes,' he said").
_QUOTE_VERBS = frozenset("say tell add insist declare promise pledge vow".split())


def _will_by_promiser(v: Any) -> bool:
    """ "we will cut income tax", "a Labour government will build 200 hospitals": a deed a
    speaker's own side ("we", a would-be government named by its party) says it will do."""
    if v.lemma_.lower() in _UNPROMISED_VERBS or v.pos_ != "VERB":
        return False
    if not any(c.tag_ == "MD" and c.lower_ in ("will", "'ll") for c in v.lefts):
        return False
    subj = next((c for c in v.lefts if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lower_ == "we":
        return True
    # "a Conservative government": one not yet in office, named by its party
    return (
        subj.lemma_.lower() == "government"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.lefts)
        and any(c.dep_ in ("amod", "compound") and c.text[:1].isupper() for c in subj.lefts)
    )


# Words that make an amount the change of a price or rate ("pay 72% more").
_MORE_WORDS = frozenset("more less higher lower extra".split())


def _agreed_change(span: Any, verb: Any) -> bool:
    """ "Nippon Steel agreed to pay 72% more for iron ore": a change in a price that a buyer
    or seller has agreed (in the past) is a term settled, not a pledge still to keep."""
    doc = span.doc
    return (
        verb.lemma_.lower() == "agree"
        and verb.tag_ in ("VBD", "VBN")
        and span.end < len(doc)
        and doc[span.end].lower_ in _MORE_WORDS
    )


# Who guesses what is to come, not what was: "economists had estimated 3.5%".
_GUESSERS = frozenset("analyst economist forecaster expert observer trader market city".split())


def _past_estimate(span: Any) -> bool:
    """ "the 3.1% the government estimated a month ago", "the government had estimated
    growth of 3.8% in the fourth quarter": an estimate made in the past, with no word of
    what is to come in the sentence ("will", "would", "next"), is a guess at what was, not
    a forecast; not a guess of the market's ("analysts had estimated")."""
    v = _clause_head(span[0])
    if v.lemma_.lower() != "estimate":
        outs = _outward(span)  # "the 3.1% the government estimated": its clause
        noun = outs[0] if outs else span[-1]
        v = next((c for c in noun.children if c.dep_ == "relcl"), v)
    if v.lemma_.lower() != "estimate" or v.lower_ != "estimated":
        return False
    if v.tag_ != "VBD" and not any(c.lower_ in ("had", "has", "have") for c in v.lefts):
        return False  # (not "is estimated to reach")
    if any(t.lower_ in _FUTURE_MODALS or t.lower_ == "next" for t in _sent(span)):
        return False
    subj = next((c for c in v.lefts if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() not in _GUESSERS


@lru_cache(maxsize=1)
def _party_word() -> _Gated:
    """Any word of a party, in any case (a cheap test of a sentence before its parse): gated
    by the words themselves (the caseless pattern is tried at every character)."""
    pats = [r"\bparty\b", *(p.pattern for p in lexicon().politics.values())]
    words = ["party", *(w.lower() for ws in lexicon().politics_words.values() for w in ws)]
    needs = tuple(words) if all(_uncased(w) for w in words) else ("",)
    return _Gated(re.compile("|".join(pats), re.IGNORECASE), needs)


def _a_party(subj: Any) -> bool:
    """ "the Lib Dems", "Labour", "the party": a political party (the lexicon's words of a
    country's parties, or the noun "party"), not a government in office."""
    if subj.lemma_.lower() == "party":
        return True
    words = " ".join(t.text for t in subj.subtree if t.i <= subj.i)
    return any(pat.search(words) for pat in lexicon().politics.values())


# Verbs of a charge laid against others, not a promise of one's own.
_CHARGE_VERBS = frozenset("claim allege accuse warn fear suggest argue".split())


def _party_deed(span: Any) -> bool:
    """ "the Lib Dems would raise the threshold to £12,000", "Labour will spend £2bn on
    schools": what a party says it will do (its "will" or "would" deed) is a pledge, not a
    forecast; not a state or an outcome ("Labour would win 300 seats", "would be")."""
    v = _shared_verb(_clause_head(span[0]))
    if v.pos_ != "VERB" or v.lemma_.lower() in _UNPROMISED_VERBS | _OUTCOME_VERBS:
        return False
    if not any(c.tag_ == "MD" and c.lower_ in ("will", "'ll", "would") for c in v.lefts):
        return False
    if any(c.dep_ == "neg" for c in v.children):
        return False
    if v.dep_ == "ccomp" and v.head.lemma_.lower() in _CHARGE_VERBS:
        return False  # "he claimed the Tories would cut £35bn": a rival's charge
    subj = next((c for c in v.lefts if c.dep_ == "nsubj"), None)
    return subj is not None and _a_party(subj)


def _party_proposal(span: Any) -> bool:
    """ "Mr Cable, the party's spokesman, said raising the threshold to £150,000 would help
    buyers": a deed a party's speaker says "would" or "will" do good (its gerund the
    subject) is the party's pledge; the good it would do stays a forecast."""
    deed = _clause_head(span[0])
    if deed.dep_ != "csubj" or deed.tag_ != "VBG":
        return False
    outcome = deed.head
    if not any(c.tag_ == "MD" and c.lower_ in ("will", "'ll", "would") for c in outcome.lefts):
        return False
    if outcome.dep_ != "ccomp" or outcome.head.lemma_.lower() not in _QUOTE_VERBS:
        return False
    sayer = next((c for c in outcome.head.lefts if c.dep_ == "nsubj"), None)
    return sayer is not None and any(
        t.pos_ in ("NOUN", "PROPN") and _a_party(t) for t in sayer.subtree
    )


def _pledged_in_quote(span: Any) -> bool:
    """ "'We will cut income tax by 2p,' the shadow chancellor said", "'We will raise the
    pension, that's an extra £900'": inside a quote, what the speaker's side "will" do is a
    pledge, not a forecast; not a "will" inside another clause ("it does not mean that we
    will see 900 more students", "my guess is we will spend £40m")."""
    v = _shared_verb(_clause_head(span[0]))
    if v.dep_ == "ROOT" or v.dep_ == "ccomp" and v.head.lemma_.lower() in _QUOTE_VERBS:
        if _will_by_promiser(v):
            return True
    if v.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in ("that", "this") for c in v.lefts
    ):
        # "we will raise the pension, that's an extra £900": what the promise comes to
        if v.dep_ in ("conj", "ccomp", "parataxis") and v.head.i < v.i:
            return _will_by_promiser(v.head)  # (the parse joins it to the promise)
        return any(c.dep_ in ("ccomp", "conj") and _will_by_promiser(c) for c in v.lefts)
    return False


# Participles and nouns that put forward the thing they name: "a proposed fine of £500",
# "the planned 600 job cuts", "a draft budget of £2bn".
_PUT_FORWARD = frozenset("propose plan suggest draft".split())


def _put_forward_noun(span: Any) -> bool:
    """ "a proposed fine of £500", "the planned 600 job cuts", "a draft budget of £2bn": the
    amount's own noun is put forward, not in force."""
    outs = _outward(span)
    if not outs:
        return False
    out = outs[0]
    nouns = [*span, out]
    if out.dep_ in ("nmod", "compound", "nummod", "amod", "quantmod"):
        nouns.append(out.head)  # "the proposed 4% rise"
    elif out.dep_ == "pobj" and out.head.lower_ == "of":
        nouns.append(out.head.head)  # "a proposed fine of £500"
    return any(
        c.dep_ in ("amod", "compound")
        and c.i < t.i
        and (c.lemma_.lower() in _PUT_FORWARD or c.lower_ in ("proposed", "planned", "draft"))
        for t in nouns
        for c in t.lefts
    )


# Verbs that put a plan on hold: what it was to do is no live aim, yet may still come about.
# (A plan dropped or scrapped is neither: no modality says so, and it stays a target.)
_SHELVE_VERBS = frozenset("suspend shelve freeze halt pause".split())


def _shelved_plan(span: Any) -> bool:
    """ "has suspended its plan to cut staff by 25%", "shelved plans to build 300 homes":
    the amount is in a plan put on hold, so it may or may not come about."""
    v = _clause_head(span[0])
    for _ in range(3):
        if v.dep_ in ("acl", "relcl") and v.head.lemma_.lower() in _PLAN_NOUNS:
            plan = v.head
            return plan.dep_ in ("dobj", "nsubjpass") and plan.head.lemma_.lower() in _SHELVE_VERBS
        if v.dep_ not in ("xcomp", "conj") or v.head.i == v.i:
            return False
        v = v.head
    return False


# Verbs of talking a thing over: what is talked over is not decided ("worth debating a
# £10,000 cap").
_DEBATE_VERBS = frozenset("debate discuss".split())


def _debated(span: Any) -> bool:
    """ "it is worth debating a £10,000 cap", "MPs will discuss a £5 charge": a thing talked
    over, whose amount may or may not come about."""
    outs = _outward(span)
    if not outs:
        return False
    noun = outs[0].head if outs[0].dep_ in ("nmod", "compound", "nummod", "amod") else outs[0]
    if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "about", "over"):
        noun = noun.head  # "a debate on a £5 charge", "voted on": (the verb above)
    return (
        noun.dep_ in ("dobj", "prep")
        and noun.head.pos_ in ("VERB", "NOUN")
        and noun.head.lemma_.lower() in _DEBATE_VERBS
    )


def _where_condition(span: Any) -> bool:
    """ "where spending rises are kept to around 5%, councils will cope": a fronted "where"
    clause on another clause is a condition (as "if"), not a place ("the towns where sales
    rose 5%" is a relative clause on a noun)."""
    h = _clause_head(span[0])
    if h.dep_ == "conj" and h.head.pos_ in ("VERB", "AUX"):
        h = h.head
    return (
        h.dep_ == "advcl"
        and h.i < h.head.i
        and any(c.dep_ == "advmod" and c.lower_ == "where" for c in h.lefts)
    )


_SHELVE_STEMS = ("suspend", "shelve", "freez", "froze", "halt", "pause")


def _reframed(aim: str | None, span: Any, low: str, quoted: bool) -> str | None:
    """The modality `aim` read so far, set right by who says the amount will come about and
    what became of the plan it is in; each test gated by a word of the lower-cased sentence
    `low`."""
    if aim in (None, "forecast"):
        if (
            quoted
            and ("will" in low or "'ll" in low)
            and ("we " in low or "government" in low)
            and _pledged_in_quote(span)
        ):
            return "pledge"  # "'We will cut income tax by 2p,' the shadow chancellor said"
        if aim == "forecast" and "estimated" in low and _past_estimate(span):
            return None  # "ahead of the 3.1% the government estimated a month ago"
        if (
            ("will" in low or "would" in low or "'ll" in low)
            and _party_word().search(low) is not None
            and (_party_deed(span) or _party_proposal(span))
        ):
            return "pledge"  # "the Lib Dems would raise the threshold to £12,000"
        if ("propos" in low or "plann" in low or "draft" in low or "suggested" in low) and (
            _put_forward_noun(span)
        ):
            return "target"  # "a proposed fine of £500", "the planned 600 job cuts"
        if "where" in low and _where_condition(span):
            return "possible"  # "where spending rises are kept to 5%, ...": a condition
    if aim == "target" and any(w in low for w in _SHELVE_STEMS) and _shelved_plan(span):
        return "possible"  # "has suspended its plan to cut staff by 25%": no live aim
    if aim is None and ("debat" in low or "discuss" in low) and _debated(span):
        return "possible"  # "it is worth debating a £10,000 cap"
    return aim


# Verbs that list what a thing holds ("It includes a £285m cash injection").
_CONTENT_VERBS = frozenset("include contain involve feature".split())
# Nouns of a plan whose contents are to come, and what its contents are.
_PLAN_KIND = {
    **dict.fromkeys("plan strategy proposal blueprint bill scheme programme".split(), "target"),
    **dict.fromkeys("manifesto package budget".split(), "pledge"),
}
# A plan told as one to come: "would", "will", "if Labour wins", "proposed", "unveiled".
_PLAN_AHEAD = re.compile(
    r"\b(?:will|would|'ll|if|propos(?:ed|es|e)|unveil(?:ed|s)?|announc(?:ed|es)|sets? out)\b"
)
# The sentence openings the rule reads ("It includes", "The plan contains").
_CONTENTS_LEAD = ("it ", "this ", "the ")
_CONTENTS_STEMS = ("includ", "contain", "involv", "featur")


def _plan_contents(span: Any, sent: Any, before: Any) -> str | None:
    """ "He set out a childcare strategy for if Labour wins. It includes a £285m cash
    injection": the amount is among what a plan of the sentence `before` holds, a plan told
    as one to come; the plan's kind (target, or pledge for a manifesto, package or budget),
    else None. Only a present (or "will"/"would") "include"/"contain" with the plan as its
    subject ("it", "this", or the plan's own noun) and the amount in its object."""
    verb = sent.root
    if verb.lemma_.lower() not in _CONTENT_VERBS or verb.tag_ not in ("VBZ", "VBP", "VB"):
        return None
    if verb.tag_ == "VB" and not any(c.lower_ in ("will", "would", "'ll") for c in verb.lefts):
        return None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if subj is None or obj is None or not obj.left_edge.i <= span.start < obj.right_edge.i + 1:
        return None
    said = subj.lemma_.lower()
    if said not in ("it", "this") and (
        said not in _PLAN_KIND or any(c.dep_ != "det" for c in subj.children)
    ):
        return None  # (a plan named with more words may be another one)
    root = before.root
    plan = next(
        (
            t
            for t in before
            if t.lemma_.lower() in _PLAN_KIND
            and t.pos_ == "NOUN"
            and t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
            and t.head.i == root.i
            and (said in ("it", "this") or t.lemma_.lower() == said)
        ),
        None,
    )
    if plan is None or not _PLAN_AHEAD.search(before.text.lower()):
        return None
    return _PLAN_KIND[plan.lemma_.lower()]
