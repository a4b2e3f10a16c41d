"""A one-word object said with the words its own noun carries, as a last pass: "loans" ->
"loans outstanding in the disaster zone", "cuts" -> "cuts at Agriculture", "fine" -> "fine
for illegally hiring a top aide", "limit" -> "annual limit". A reader cannot use a bare
"loans" or "cuts"; the sentence nearly always says more about the noun itself.

The noun is the object's word where the amount stands: the amount's own head, or the noun
whose "of" the amount is. Kept: its adjective and noun modifiers before it, and the first
phrase after it that is no part of the amount: an adjective or participle with its words
("outstanding in the disaster zone"), or a phrase of a preposition ("at Agriculture",
"against the dollar"). Such a phrase is taken whole and only when short (a clause's worth of
words would garble), with no punctuation inside. Nothing when the noun carries no words.
Conversions follow their original.

Before that, a bare change noun said beside a clause of change (or of a closing level) is a
change in that clause's subject: "contributions had increased to £8.2bn, a rise of 49.7%" ->
"rise in employer contributions"; and a share a verb of change has, whose object is that
verb's subject, is that change: "the stock slipped 7%" -> "fall in stock".
"""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_fallback import (
    _FALL,
    _RISE,
    _STANDING_VERBS,
    _agent_of,
    _change_of,
    _doer_noun,
    _done_words,
    _holder,
    _name_run,
    _said,
)
from communique.extract.amounts_lexicon import lexicon
from communique.extract.amounts_parse import (
    _clause_head,
    _join,
    _possessive,
    _predicate,
    _tokens,
    _verb_noun,
)
from communique.extract.amounts_words import _BARE_CHANGES
from communique.record import Amount

# Prepositions whose phrase on the noun says which or whose ("cuts at Agriculture").
_PREPS = frozenset("at in for on against from to by over among within under".split())
_MAX_WORDS = 7


def bare_objects_widened(out: list[Amount], doc: Any) -> None:
    """Each one-word object of `out` with its noun's own words (the module doc's rule)."""
    for a in out:
        if not a.object or " " in a.object or "conversion_of" in a.extra:
            continue
        span = _tokens(doc, a.span[0], a.span[1])
        if span is None or not len(span):
            continue
        if a.unit == "percent" and (change := _change_of(_holder(span))) is not None:
            if change.endswith(f" in {a.object}") and not _level_words(span):
                a.object = change  # "the stock slipped back 7%": fall in stock
                continue
        noun = _noun_of(span, a.object)
        if noun is not None:
            a.object = _changed_thing(noun) or _widened(noun, span) or a.object
        if " " not in a.object:
            a.object = _agent_added(span, a.object) or a.object
        if " " not in a.object and a.extra.get("kind") == "count":
            a.object = _count_said(span, a.object) or a.object
        if a.unit == "percent" and a.object.lower() == "share":
            a.object = _share_held_with(span) or a.object
        elif a.extra.get("kind") == "money":
            a.object = _cost_of_subject(span, a.object) or a.object
    for a in out:
        conv = a.extra.get("conversion_of")
        if conv and a.object and " " not in a.object:
            orig = next((b for b in out if list(b.span) == conv), None)
            if orig is not None and orig.object and " " in orig.object:
                a.object = orig.object


def _noun_of(span: Any, word: str) -> Any:
    """The object's word as a noun by the amount: the span's root or its head, or the noun
    whose "of" phrase holds the amount."""
    low = word.lower()
    root = span.root
    cands = [root, root.head]
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        cands.append(root.head.head)  # "a fine of $16m"
    of = next((c for c in root.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        cands += [c for c in of.children if c.dep_ == "pobj"]  # "$250m of loans outstanding"
    cands += [t for t in span if t.pos_ == "NOUN"]
    return next(
        (t for t in cands if t.lower_ == low and t.pos_ in ("NOUN", "PROPN")),
        None,
    )


def _widened(noun: Any, span: Any) -> str | None:
    inside = set(range(span.start, span.end))
    left = [
        c
        for c in noun.lefts
        if c.dep_ in ("amod", "compound") and c.i not in inside and not c.like_num and c.is_alpha
    ]
    after = None
    root = span.root
    # "cuts of 9.6% at Agriculture and 5.6% at the Treasury": the amount's own phrase first
    rights = [*(root.rights if root.i != noun.i and root.dep_ == "conj" else ()), *noun.rights]
    for c in rights:
        sub = list(c.subtree)
        if any(t.i in inside for t in sub):
            continue  # ("a fine of $250,000": the amount's own phrase)
        if (
            c.dep_ == "prep"
            and c.lower_ in _PREPS
            or c.dep_ in ("amod", "acl")
            and (c.pos_ == "ADJ" or c.tag_ == "VBN")
            and not any(k.dep_ in ("aux", "auxpass") for k in c.lefts)
        ):
            # (not "limit being directed to an account": a clause of its own)
            after = sub
        break
    if after is not None and (
        len(after) > _MAX_WORDS
        or any(t.is_punct for t in after)
        or after[-1].pos_ in ("ADP", "DET", "CCONJ")
        or after[0].i <= noun.i
        # (not "deaths in 2004": a time is the period's, said there)
        or any(t.ent_type_ in ("DATE", "TIME") for t in after)
    ):
        after = None
    if not left and after is None:
        return None
    text = _join([*left, noun, *(after or [])])
    first = left[0] if left else noun
    return text[0].lower() + text[1:] if first.is_sent_start and first.pos_ != "PROPN" else text


# Change nouns that say nothing of what changed on their own ("a rise of 49.7%"), and the
# verbs of a level one may be said beside ("closed at $40 - a drop of 5%").
_CHANGE_NOUNS = _BARE_CHANGES | {"cut", "slide"}
_LEVEL_VERBS = frozenset(_STANDING_VERBS)


def _changed_thing(noun: Any) -> str | None:
    """ "contributions had increased to £8.2bn, a rise of 49.7%": a change noun said beside a
    clause of change (or of a closing level) is a change in that clause's subject."""
    if noun.lemma_.lower() not in _CHANGE_NOUNS:
        return None
    verb = noun.head
    if noun.dep_ == "appos" and verb.dep_ == "pobj":
        verb = verb.head.head  # "climbed to £3bn, an increase of 12%"
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or not (
        noun.dep_ in ("npadvmod", "appos")
        and lemma in _RISE | _FALL | _LEVEL_VERBS
        or noun.dep_ == "dobj"
        and lemma in _LEVEL_VERBS  # ("closed ... - a drop of 5.1%")
    ):
        return None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    who = _name_run(subj) if subj.pos_ == "PROPN" else _said(subj)
    return f"{noun.lower_} in {who}" if who else None


# Words before an amount that make it the level a change reaches ("fall as low as 40%").
_LEVEL_WORDS = frozenset("to as at from below above under over".split())


def _level_words(span: Any) -> bool:
    """Whether the words just before the amount make it a level, not the change itself."""
    doc = span.doc
    return any(t.lower_ in _LEVEL_WORDS for t in doc[max(span.start - 3, 0) : span.start])


# Words an object may not end on: a cut phrase's dangling joint ("... earthquake and"); not
# a preposition, which a relative object ends on rightly ("students the minister spoke to").
_DANGLING = frozenset("and or but nor the a an".split())


def dangling_cut(out: list[Amount]) -> None:
    """Each object of `out` without the joint words a cut phrase left on its end ("people
    killed following massive underwater earthquake and" -> "... earthquake"), its words
    spaced once."""
    for a in out:
        if not a.object:
            continue
        words = a.object.split()
        while len(words) > 1 and words[-1] in _DANGLING:
            words.pop()
        words = _said_once(words)
        # (one space between words: a name the text broke over a paragraph keeps none of it)
        a.object = " ".join(words).replace(" 's ", "'s ")


# Nouns of verbs that change or value a thing rather than move money ("cut by £1.6bn",
# "lost $2"): no one "does" them.
_NOT_DONE = frozenset(("cut", "loss", "price", "sale price", "valuation", "debt", "tax", "pay"))
# How a verb's noun takes the one who does it: "cost of the outbreak", "savings from the
# plan", else "payment by the council".
_AGENT_PREP = {"cost": "of", "savings": "from", "saving": "from"}


def _agent_added(span: Any, word: str) -> str | None:
    """ "The outbreak is estimated to have cost the UK up to £8bn": "cost" -> "cost of
    outbreak". A one-word object that is the noun of the amount's own verb ("paid" ->
    "payment") is said with who did it: the verb's subject, or a passive's "by" agent."""
    verb = _clause_head(span[0])
    if verb.pos_ != "VERB" or verb.i >= span.start and verb.i < span.end:
        return None
    noun = _verb_noun(verb, lexicon())
    low = word.lower()
    done = None
    if noun is None or noun.lower() != low or noun in _NOT_DONE:
        # "claiming $20bn in damages": the damages claimed, by whom
        if not _in_phrase_noun(span, verb, low) or verb.lemma_.lower() not in _IN_VERBS:
            return None
        done = _done_words(verb)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.lefts)
    # (a passive's doer is its "by" agent: "accused X and was fined £15,000" is not a fine
    # by the one who accused)
    subj = None if passive else _agent_of(verb)
    if subj is not None and _told_before(subj):
        return None
    who = _doer_noun(subj) if subj is not None else None
    if who is None:
        agent = next((c for c in verb.rights if c.dep_ == "agent"), None)
        obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        inside = obj is not None and span.start <= obj.i < span.end
        who = _doer_noun(obj) if obj is not None and not inside else None
    if not who and passive and not done and low in _RECEIVED:
        # "The striker was fined £5,000": the fine on the one the passive is said of
        got = _received_by(verb)
        return f"{word} {_RECEIVED[low]} {got}" if got else None
    if not who:
        return None
    if done:
        return f"{word} {done} by {who}"
    said = f"{word} {_AGENT_PREP.get(low, 'by')} {who}"
    # (whom a cost falls on: "cost the UK £8bn")
    hit = next((c for c in verb.rights if c.dep_ == "dobj" and c.i < span.start), None)
    if low == "cost" and hit is not None and (whom := _doer_noun(hit)):
        said += f" to {whom}"
    return said


# Nouns of money a passive's subject receives, and how they take it ("fine on the bank").
_RECEIVED = {
    "fine": "on",
    "award": "to",
    "compensation": "to",
    "grant": "to",
    "payment": "to",
    "loan": "to",
    "gift": "to",
}


def _received_by(verb: Any) -> str | None:
    """The one a passive verb is said of: its own subject, or the subject a conjunct shares
    ("accused X and was fined")."""
    subj = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or _told_before(subj):
        return None
    return _doer_noun(subj)


def _told_before(tok: Any) -> bool:
    """Whether a noun is a bare "the mine", "this unit": a thing named before, which the
    readings of earlier sentences name (a name here would be the pronoun's word only)."""
    return tok.pos_ == "NOUN" and all(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
        for c in tok.children
    ) and any(c.dep_ == "det" for c in tok.children)


# Verbs whose amount an "in" phrase says the form of ("claiming $20bn in damages").
_IN_VERBS = frozenset("claim seek demand pay raise receive win award offer owe".split())


def _in_phrase_noun(span: Any, verb: Any, low: str) -> bool:
    """Whether `low` is the noun of an "in" phrase on the amount or on its verb, the amount
    being that verb's object."""
    root = span.root
    if root.dep_ != "dobj" or root.head.i != verb.i:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(k.dep_ == "pobj" and k.lower_ == low for k in c.children)
        for c in (*root.rights, *verb.rights)
    )


def _said_once(words: list[str]) -> list[str]:
    """An object's words without a word said twice in a row ("people that not not
    knowing") or a closing phrase said before in it ("positions going as result of network
    efficiencies from network efficiencies"): two readings joined, each with the words."""
    kept = [w for k, w in enumerate(words) if k == 0 or w.lower() != words[k - 1].lower()]
    if len(kept) >= 4 and kept[-3] in _PREPS | {"of"}:
        tail = [w.lower() for w in kept[-2:]]
        low = [w.lower() for w in kept[:-3]]
        if any(low[k : k + 2] == tail for k in range(len(low) - 1)):
            kept = kept[:-3]
    return kept


def _count_said(span: Any, word: str) -> str | None:
    """ "as many as 3,000 firms may have their privatisations reviewed": a count that is
    its clause's subject, said with what the clause says of it."""
    noun = span.root
    if noun.lower_ != word.lower() or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < noun.i:
        return None
    said = _predicate(verb, set(range(span.start, span.end)), finite=True)
    return f"{word} {said}" if said else None


def _share_held_with(span: Any) -> str | None:
    """ "Internet Explorer dominates with a share of about 90%", "Acme leads the market
    with a 40% share": the share of the clause's named subject (and of what it leads)."""
    hold = _holder(span)
    share = hold.head.head if hold.dep_ == "pobj" and hold.head.lower_ == "of" else hold.head
    if share.lower_ != "share" or share.dep_ != "pobj" or share.head.lower_ != "with":
        return None
    verb = share.head.head
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if verb.pos_ != "VERB" or subj is None or subj.pos_ != "PROPN":
        return None
    who = _name_run(subj)
    if not who:
        return None
    of = next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    said = f"{_possessive(who)} share"
    return f"{said} of {_said(of)}" if of is not None and _said(of) else said


def _cost_of_subject(span: Any, obj: str) -> str | None:
    """ "some games cost £5": the cost of the games, not the games; an object that is only
    the subject of "cost" names the thing whose cost the money is. Not a bare "the recall",
    which the readings of the sentences before name."""
    hold = _holder(span)
    verb = hold.head
    if hold.dep_ != "dobj" or verb.lemma_.lower() != "cost" or verb.pos_ != "VERB":
        return None
    if verb.dep_ == "relcl":
        return None  # ("the museum, which cost £5m": the reading of the relative's noun)
    subj = _agent_of(verb)
    if subj is None or _told_before(subj):
        return None  # ("The recall will cost $40m": a thing named before, named there)
    who = _doer_noun(subj)
    if not who or obj.lower() not in who.lower() or obj.lower().startswith("cost"):
        return None
    # (the object's own letters: "Doom", a name the tagger took for a noun)
    return f"cost of {obj if who.lower() == obj.lower() else who}"
