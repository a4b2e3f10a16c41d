"""The holder of an amount in a "with" clause hung on a main clause: "the manufacturing
sector continued to suffer, with 104,000 workers axed" -> "workers in manufacturing sector
axed"; "the revenue outlook is better, with a 3% improvement anticipated" -> "improvement
in revenue outlook anticipated"; "The airline cut routes, with 300 jobs lost" -> "jobs at
airline lost". The counted or changed noun says no owner of its own, so it is of what the
main clause's subject names (not of a person or a pronoun).

A "with" clause that closes a relative clause is of that clause's antecedent, not of the
main clause: "Profits were lifted by its snack brands, which had a strong year, with sales up
8%" -> "sales of snack brands" (`relative_with_holder`)."""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_parse import _join, _uncap_opening
from communique.extract.amounts_words import _CHANGE_VERBS, _COMPANY_NOUNS, _NOUN_WAYS
from communique.extract.roles import TITLE_WORDS

# Change nouns that take "in <what changes>".
_WITH_CHANGES = frozenset(_NOUN_WAYS) | frozenset(("improvement", "deterioration"))
# Verbs by which the main clause says its subject moves ("Exports boomed"), and so is what
# a bare change noun of the "with" clause is of.
_MOVE_VERBS = _CHANGE_VERBS | frozenset(
    "improve worsen boom grow recover weaken strengthen slow pick deteriorate climb".split()
)
# People and posts a body has: "in" a sector or country, "at" a firm.
_WITH_STAFF = frozenset("worker job employee staff post position".split())
# Subjects that hold staff "in" them.
_IN_HOLDERS = frozenset("sector industry economy country nation".split())
_OWN_PREPS = frozenset("of in at for from on across among within".split())


def _owned(noun: Any) -> bool:
    """Whether a noun says its own owner: a possessive, a name before it, or an "of"/"in"
    (...) phrase."""
    for c in noun.children:
        if c.dep_ == "poss" or c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN":
            return True
        if c.dep_ == "prep" and c.lower_ in _OWN_PREPS:
            return True
    return False


def _subject_of(verb: Any) -> Any:
    """The subject of `verb`, through "continued to suffer" to "continued"."""
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.dep_ != "xcomp":
            return subj
        verb = verb.head
    return None


def _says_moved(verb: Any) -> bool:
    """Whether the main clause says its subject moves or compares it: "Exports boomed",
    "kept climbing", "the outlook is better than guidance"."""
    for _ in range(3):
        if verb.lemma_.lower() in _MOVE_VERBS:
            return True
        if any(c.dep_ == "acomp" and c.tag_ in ("JJR", "RBR") for c in verb.children):
            return True
        if verb.dep_ != "xcomp":
            return any(c.dep_ == "xcomp" and _says_moved(c) for c in verb.children)
        verb = verb.head
    return False


def _main_verb(noun: Any, first: Any) -> Any:
    """The verb of the main clause a "with <amount> <noun> <predicate>" clause hangs on, the
    "with" within 6 tokens before `first`: "with 900 workers axed" parsed as the object of
    "with" with a participle of its own, as the subject of a clause "with" marks, or as the
    subject of the object of "with"."""
    if noun is None:
        return None
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "with" and head.dep_ == "prep":
        if not any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") for c in noun.rights):
            return None  # (no predicate: "a firm with 900 workers")
        with_, main = head, head.head
    elif noun.dep_ in ("nsubj", "nsubjpass") and head.tag_ in ("VBN", "VBG", "VBD"):
        with_ = next((c for c in head.children if c.dep_ == "mark" and c.lower_ == "with"), None)
        main = head.head
        if with_ is None and head.dep_ == "pcomp" and head.head.lower_ == "with":
            with_, main = head.head, head.head.head
        if with_ is None or with_.dep_ not in ("mark", "prep"):
            return None
    else:
        return None
    if not 0 < first.i - with_.i <= 6 or main.pos_ not in ("VERB", "AUX") or main.i > with_.i:
        return None
    return main


def with_clause_holder(
    obj: str, noun: Any, first: Any, skip: set[int], people: frozenset[str]
) -> str:
    """`obj` with the main clause's subject put after `noun`, the counted or changed noun of
    a "with N X <predicate>" clause whose amount starts at token `first` (`people`: nouns
    for people, no holder: "The minister was upbeat, with a 5% rise predicted")."""
    main = _main_verb(noun, first)
    if main is None:
        return obj
    lemma = noun.lemma_.lower()
    change = lemma in _WITH_CHANGES
    if not change and lemma not in _WITH_STAFF:
        return obj
    said = noun.text.lower()
    if not obj.lower().startswith(said) or obj.lower().startswith(f"{said} of "):
        return obj
    if _owned(noun) or any(
        c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE") for c in noun.children
    ):
        return obj  # (or "2,000 British jobs")
    subj = _subject_of(main)
    if (
        subj is None
        or subj.i >= first.i
        or subj.i in skip
        or subj.pos_ not in ("NOUN", "PROPN")
        or subj.ent_type_ in ("PERSON", "NORP")
        or subj.lower_ in people
        or f"{subj.lemma_.lower()}s" in people  # ("people" holds plurals)
        or subj.lemma_.lower() in TITLE_WORDS
    ):
        return obj
    slemma = subj.lemma_.lower()
    firm = slemma in _COMPANY_NOUNS or subj.ent_type_ == "ORG"
    if change:
        # what changes: a measured thing, not a firm or a place ("rise in exports")
        if firm or subj.pos_ != "NOUN" or subj.ent_type_ in ("GPE", "LOC"):
            return obj
        if not _says_moved(main):
            return obj  # ("Analysts were cautious, with a 2% fall predicted")
        prep = "in"
    elif firm:
        prep = "at"
    elif slemma in _IN_HOLDERS or subj.ent_type_ == "GPE":
        prep = "in"
    else:
        return obj
    words = [t for t in subj.subtree if t.dep_ not in ("det", "punct") and t.i not in skip]
    if not 0 < len(words) <= 6 or any(t.pos_ in ("VERB", "PRON") for t in words):
        return obj
    holder = _uncap_opening(_join(words), words[0])
    if holder.lower() in obj.lower():
        return obj
    cut = len(said)
    return f"{obj[:cut]} {prep} {holder}{obj[cut:]}"


# Relative pronouns for things (a person's "who" holds no sales or jobs).
_THING_RELATIVES = frozenset(("which", "that"))


def _closing_relative(with_: Any) -> Any:
    """The relative clause's verb that the "with" at `with_` closes: its head, or (as the
    parse may hang it on the main verb) the clause ending just before it and a comma."""
    head = with_.head
    if head.dep_ == "relcl" and head.i < with_.i:
        return head
    doc = with_.doc
    if with_.i < 3 or doc[with_.i - 1].lower_ != ",":
        return None
    t = doc[with_.i - 2]
    for _ in range(4):  # (up from the clause's last word to its verb)
        if t.dep_ == "relcl":
            return t if t.right_edge.i >= with_.i - 2 and head.i < t.i else None
        if t.head.i == t.i or t.head.i >= with_.i:
            return None
        t = t.head
    return None


def relative_with_holder(obj: str, noun: Any, first: Any, skip: set[int]) -> str:
    """`obj` with the antecedent of a relative clause put after `noun`, the object of a
    "with" just before the amount at `first`, when that "with" closes the
    relative clause ("its snack brands, which had a strong year, with sales up 8%" ->
    "sales of snack brands"); `obj` when the noun has an owner of its own."""
    if noun is None or noun.dep_ != "pobj" or noun.pos_ != "NOUN":
        return obj
    with_ = noun.head
    if with_.lower_ != "with" or not with_.i < noun.i < first.i <= noun.i + 4:
        return obj  # ("with like-for-like sales up 6%": the noun just before the amount)
    rel = _closing_relative(with_)
    if rel is None or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _THING_RELATIVES and c.tag_ == "WDT"
        for c in rel.children
    ):
        return obj
    ante = rel.head
    if ante.pos_ != "NOUN" or ante.i in skip or ante.ent_type_ in ("PERSON", "NORP"):
        return obj
    if _owned(noun):
        return obj
    said = noun.text.lower()
    low = obj.lower()
    at = low.find(said)
    if at < 0 or low.startswith(f"{said} of ", at):
        return obj
    words = [
        t
        for t in ante.doc[ante.left_edge.i : ante.i + 1]
        if t.dep_ not in ("det", "poss", "punct", "case") and t.head.dep_ != "poss"
    ]
    if not 0 < len(words) <= 5 or any(t.i in skip or t.pos_ in ("VERB", "PRON") for t in words):
        return obj
    holder = _uncap_opening(_join(words), words[0])
    if holder.lower() in low:
        return obj
    prep = "at" if noun.lemma_.lower() in _WITH_STAFF else "of"
    cut = at + len(said)
    return f"{obj[:cut]} {prep} {holder}{obj[cut:]}"
