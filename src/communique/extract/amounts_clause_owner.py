"""Whose a thing is when its owner is the subject of another clause of the same sentence:
"At year end, Acme will have 90 jets, while the 40 new orders are due in 2009" (Acme's new
orders), "Beyond the 900 job cuts announced at its plants, Acme is selling assets" (Acme's
job cuts: the "its" looks ahead to the main clause's subject), "Acme's chief, who took over
after three top bosses quit" (Acme's top bosses), "The economy slowed after enjoying growth
of 9%" (growth of the economy). Only an object with no owner of its own is given one, and
only a named firm (or an economy or country, for its growth) owns it.
"""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_owners import _OTHERS_WORDS, _OWNED_ALREADY, _names_someone
from communique.extract.amounts_parse import _join, _name, _possessive

# Things a firm has, counts or does, which a bare "the N" in a clause beside the firm's own
# is the firm's ("while the 70 new orders are due").
_FIRM_THINGS = frozenset(
    """order job cut staff worker employee boss executive director manager plant factory
    store shop branch outlet division unit subsidiary profit sale revenue earning loss
    customer subscriber passenger aircraft plane jet vehicle""".split()
)
# Of those, people: the bosses a firm's person succeeds are the firm's.
_FIRM_PEOPLE = frozenset("boss executive director manager".split())
# An economy's own measures, which a non-finite clause on its subject makes its own.
_ECONOMY_MEASURES = frozenset("growth expansion contraction".split())
# Words that join a clause on which says when or by contrast ("while the orders are due").
_BESIDE_MARKS = frozenset("while whereas after before as since when".split())
# A change opening an object, kept in front of the owner ("rise in Acme's sales").
_OPENING = re.compile(r"^((?:rise|fall|increase|drop|decline|growth|cut|change) in )(.+)$")


def _named_firm(tok: Any, orgs: list[tuple[int, int]], people: set[int]) -> bool:
    """Whether a subject is a firm by its name: a proper noun the entity stage or the
    model takes for an organisation (not one the entity stage has for a person)."""
    if tok.pos_ != "PROPN" or tok.i in people:
        return False
    # (either's word: the model takes a firm's name for a person's at times)
    return tok.ent_type_ == "ORG" or any(a <= tok.idx < b for a, b in orgs)


def _firm_of_person(tok: Any, orgs: list[tuple[int, int]], people: set[int]) -> Any:
    """ "Acme's chief executive Jo Bloggs": the named firm whose role a person holds (the
    role's owner, for a person put beside a role or the role itself), else None."""
    role = tok.head if tok.dep_ == "appos" else tok
    return next(
        (c for c in role.children if c.dep_ == "poss" and _named_firm(c, orgs, people)), None
    )


def _main_subject(verb: Any) -> Any:
    """The subject of the clause `verb` heads, and for a relative clause's "who" the one
    it stands for."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        return verb.head
    return subj


def _other_clause(head: Any) -> tuple[Any, Any] | None:
    """The verb of the clause beside the one the amount's noun `head` is in, with the verb
    of the noun's own clause (None for the fronted phrase): the noun is the subject of a
    "while"/"after" clause, the object of an "after ...ing" with no subject of its own, or
    the noun of a phrase put before the main clause's subject. None otherwise."""
    dep = head.dep_
    verb = head.head
    if dep in ("nsubj", "nsubjpass") and verb.dep_ == "advcl":
        if any(c.dep_ == "mark" and c.lower_ in _BESIDE_MARKS for c in verb.children):
            return verb.head, verb
        return None
    if dep == "dobj" and verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "advcl"):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        prep = verb.head if verb.dep_ == "pcomp" else None
        if prep is not None and prep.lower_ not in _BESIDE_MARKS:
            return None  # ("by cutting 500 jobs" is how, said in the main clause already)
        return (prep.head if prep is not None else verb.head), verb
    if dep == "pobj" and verb.dep_ == "prep" and verb.head.pos_ in ("VERB", "AUX"):
        subj = _main_subject(verb.head)
        if subj is not None and verb.i < subj.i:
            return verb.head, None  # ("Beyond the 900 job cuts ..., Acme is")
    return None


def _main_names_other(main: Any, firm: Any, orgs: list[tuple[int, int]], people: set[int]) -> bool:
    """Whether the main clause names another firm in its object or its own phrases ("the
    regulator fined Globex after the 300 job cuts": Globex's, maybe, not the regulator's)."""
    for c in main.children:
        dep = c.dep_
        said = [c] if dep in ("dobj", "dative", "attr") else []
        if dep in ("prep", "agent"):
            said = [p for p in c.children if p.dep_ == "pobj"]
        if any(t.i != firm.i and _named_firm(t, orgs, people) for t in said):
            return True
    return False


def owner_in_other_clause(
    obj: str,
    head: Any,
    kind: str,
    sent: Any,
    people: set[int],
    orgs: list[tuple[int, int]],
    country: str | None,
) -> str:
    """`obj` with the owner another clause of its sentence names in front ("Acme's new
    orders"), or "of" the economy that enjoyed its growth; `obj` as it is otherwise.
    `head` is the noun the amount sizes or counts, `sent` its sentence, `country` the name
    of the amount's one country, if any."""
    if head is None or head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return obj  # (cheap, first: most nouns are in none of those places)
    lemma = head.lemma_.lower()
    economy = kind == "percent" and lemma in _ECONOMY_MEASURES
    if not economy and lemma not in _FIRM_THINGS:
        return obj
    if not obj[:1].islower() or _OWNED_ALREADY.search(obj) is not None:
        return obj
    if any(c.dep_ == "poss" or c.dep_ != "det" and c.lower_ in _OTHERS_WORDS for c in head.lefts):
        return obj  # ("the 200 rival shops": another firm's)
    found = _other_clause(head)
    if found is None:
        return obj
    main, verb = found
    subj = _main_subject(main)
    if subj is None:
        return obj
    if subj.i in range(head.left_edge.i, head.right_edge.i + 1):
        return obj
    if economy and verb is not None and head.dep_ == "dobj":
        got = _economy_owned(obj, subj, country)
        if got != obj:
            return got  # (else a firm's growth: "Acme grew after enjoying growth of 20%")
    if verb is None:
        # (a phrase put first: only when its "its" looks ahead to the subject; "Beyond the
        # 12 plants in France, Acme ..." may be anyone's)
        if not any(t.dep_ == "poss" and t.lower_ in ("its", "their") for t in head.subtree):
            return obj
    elif verb.dep_ == "advcl" and head.dep_ != "dobj":
        if not any(c.lower_ == "the" for c in head.lefts) and lemma not in _FIRM_PEOPLE:
            return obj  # ("while 70 orders are due": any firm's; "the" points back)
    firm = subj if _named_firm(subj, orgs, people) else None
    if firm is None and lemma in _FIRM_PEOPLE and verb is not None:
        firm = _firm_of_person(subj, orgs, people)
    if firm is None or _names_someone(obj, sent):
        return obj
    if verb is not None and _names_other_firm(verb, firm, orgs, people):
        return obj
    if _main_names_other(main, firm, orgs, people):
        return obj
    owner = _possessive(_name(firm))
    m = _OPENING.match(obj)
    if m is None or not m.group(2)[:1].islower():
        return f"{owner} {obj}"  # ("growth in Asia": the firm's growth there)
    return f"{m.group(1)}{owner} {m.group(2)}"


def _names_other_firm(verb: Any, firm: Any, orgs: list[tuple[int, int]], people: set[int]) -> bool:
    """Whether the amount's own clause names a firm other than `firm` (then the thing may be
    that one's: "while Globex's 70 orders are due")."""
    return any(_named_firm(t, orgs, people) and t.lower_ != firm.lower_ for t in verb.subtree)


def _economy_owned(obj: str, subj: Any, country: str | None) -> str:
    """ "spectacular growth" -> "spectacular growth of Ireland's economy" when "the economy"
    enjoyed it (its country the amount's own), or "Ireland's spectacular growth" when
    Ireland did; `obj` for any other subject."""
    if subj.ent_type_ == "GPE" and subj.pos_ == "PROPN":
        return f"{_possessive(_name(subj))} {obj}"
    if subj.lemma_.lower() != "economy":
        return obj
    said = [t for t in subj.lefts if t.dep_ != "det"]
    if said:  # ("the Irish economy", "Ireland's economy": the words it is told by)
        start = min(t.left_edge.i for t in said)
        words = [t for t in subj.doc[start : subj.i + 1] if t.dep_ != "det"]
        return f"{obj} of {_join(words)}"
    if country is None:
        return f"{obj} of economy"
    return f"{obj} of {_possessive(country)} economy"
