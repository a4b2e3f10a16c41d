"""The one named body a subject "it" or "they" stands for, read from the sentences before.

"The SEC has set itself the task of ... In the last two years, it has imposed penalties
totalling nearly $2bn on 15 funds": the "it" that did the deed is the SEC, the subject of the
sentence before; an amount's object built from that verb names it ("funds on which penalties
were imposed by SEC"), and a country (or its government) so named is the amount's party.
"""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_parse import _name, _of_holder
from communique.extract.amounts_sentences import _sent
from communique.extract.amounts_words import _OWNER_ORGS
from communique.extract.inflect import participle, verb_lemma
from communique.record import Amount

# The words `_pronoun_owner` reads ("its", "their", "it", "them", "they"), to pass by
# sentences with none (for `said_in`: lower-cased text, which holds "it" or "the" first).
_IT_THEY = re.compile(r"\b(?:its|their|it|them|they)\b")

# Common nouns that name a body as well as a name does ("the government", "the ministry"),
# when a country is said inside them ("Indonesia's government").
_BODY_NOUNS = frozenset("government administration ministry cabinet regime".split())
# Plural nouns of people or bodies acting as one, whom a "they" may stand for.
_GROUP_NOUNS = frozenset(
    """prosecutor official authority minister regulator investigator lawmaker legislator
    executive director manager analyst economist negotiator creditor investor shareholder
    bank lender insurer carrier airline retailer producer""".split()
)
# Verbs whose subject "it" may stand for no one.
_EMPTY_VERBS = frozenset("be seem appear look remain become".split())
# Entity kinds a named body is of.
_BODY_ENTS = frozenset(("ORG", "GPE"))
# Dependencies by which a sentence's name is a rival for what its pronoun stands for.
_RIVAL_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "conj", "appos"))


def _be_to(verb: Any) -> bool:
    """Whether `verb` is a "be" of a plan, with a verb of a deed after "to" ("It is to deploy
    a fleet", "they are to build a plant"): its subject does that deed, no empty "it"."""
    return verb.lemma_.lower() == "be" and any(
        c.dep_ == "xcomp"
        and c.pos_ == "VERB"
        and c.i == verb.i + 2
        and verb.doc[verb.i + 1].lower_ == "to"
        for c in verb.rights
    )


def _main_subject(sent: Any) -> Any:
    return next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _body(tok: Any, pron: str) -> bool:
    """Whether `tok` (a subject) names one body a pronoun `pron` may stand for: "it" a name
    of one firm, body or country, or a country's government; "they" those, a name of a
    group, or a plural noun of people or bodies acting ("prosecutors", "tobacco companies";
    not any plural: "prices", "farms")."""
    if tok.pos_ == "PROPN":
        if tok.ent_type_ not in _BODY_ENTS or tok.tag_ == "NNPS" and pron == "it":
            return False
        return not any(c.dep_ == "conj" for c in tok.children)  # ("Acme and Globex")
    if tok.pos_ != "NOUN":
        return False
    if tok.tag_ == "NNS":
        # "Prosecutors have targeted the ranch. They plan to seize 12,900 acres": a group
        lemma = tok.lemma_.lower()
        return pron == "they" and (lemma in _GROUP_NOUNS or lemma in _OWNER_ORGS)
    return (
        tok.tag_ == "NN"
        and tok.lower_ in _BODY_NOUNS
        and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children)
    )


def _rivals(sent: Any, lo: int, hi: int, pron: str, keep: Any = None) -> bool:
    """Whether tokens lo..hi of `sent` hold a body other than `keep`'s phrase that the
    pronoun `pron` agrees with, as a subject or object (a second one it may stand for); when
    `keep` is a plural noun, which "they" fits best, only another plural is a rival."""
    plural = keep is not None and keep.tag_ == "NNS"
    doc = sent.doc
    mine = range(keep.left_edge.i, keep.right_edge.i + 1) if keep is not None else range(0)
    for t in doc[lo:hi]:
        if t.i in mine or t.dep_ not in _RIVAL_DEPS:
            continue
        first = t
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.dep_ not in _RIVAL_DEPS:
            continue  # ("its Opel and Vauxhall models": names of a noun's kind, no doer)
        if plural and t.tag_ not in ("NNS", "NNPS"):
            continue  # ("Prosecutors targeted the Acme ranch. They ...": a group's, not Acme's)
        if _body(t, pron) or pron == "it" and t.pos_ == "PROPN" and t.ent_type_ == "":
            return True  # (a name the model gave no kind: may be a firm)
    return False


def _pronoun_antecedent(pron: Any) -> Any:
    """The subject token a main clause's subject "it" or "they" stands for: the subject of
    the sentence before when that names one body the pronoun agrees with (through that
    sentence's own subject "it", up to twice), and neither sentence names a rival before
    it; None otherwise (a person, a thing, two names, or a pronoun in a clause of its own
    sentence's: "Acme said it ...")."""
    said = pron.lower_
    if said not in ("it", "they") or pron.dep_ != "nsubj":
        return None
    verb = pron.head
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "ccomp" and verb.i > verb.head.i:
        # "They also say they have met ...": the one the saying pronoun stands for
        sayer = next((c for c in verb.head.lefts if c.dep_ == "nsubj"), None)
        if sayer is not None and sayer.lower_ == said and sayer.i < pron.i:
            return _pronoun_antecedent(sayer)
    if verb.dep_ != "ROOT" or verb.lemma_.lower() in _EMPTY_VERBS and not _be_to(verb):
        return None  # (and "It is likely that ...", "it seems": an "it" of no one)
    sent = _sent(pron)
    if _rivals(sent, sent.start, pron.i, said):
        return None  # ("Acme beat Globex, and it ...": which one)
    cur = sent
    for _ in range(3):
        if cur.start == 0:
            return None
        before = _sent(sent.doc[cur.start - 1])
        cand = _main_subject(before)
        if cand is None:
            return None
        if cand.lower_ == said and cand.dep_ == "nsubj":
            if _rivals(before, before.start, before.end, said, cand):
                return None
            cur = before  # ("It has ... It has ...": the one the first one stands for)
            continue
        if not _body(cand, said) or _rivals(before, before.start, before.end, said, cand):
            return None
        if cand.pos_ == "PROPN" and any(
            c.dep_ == "appos"
            and c.pos_ == "NOUN"
            and cand.ent_type_ == "GPE"
            or c.dep_ == "npadvmod"
            for c in cand.children
        ):
            return None  # ("The Jacksonville, Florida-based firm": a place the firm is in)
        if cand.tag_ == "NNS" and _rivals(sent, sent.start, pron.i, said, cand):
            return None
        return cand
    return None


def _antecedent_name(pron: Any, skip: set[int]) -> str | None:
    """The name a subject "it"/"they" stands for ("SEC", "Indonesia's government",
    "prosecutors"), or None."""
    cand = _pronoun_antecedent(pron)
    if cand is None or cand.i in skip:
        return None
    return _body_name(cand, skip)


def _body_name(cand: Any, skip: set[int]) -> str:
    """The name of a subject `_body` accepts: a name ("SEC"), a group with its own words
    ("tobacco companies"), or a country's body ("Indonesia's government")."""
    if cand.pos_ == "PROPN":
        return _name(cand)
    if cand.tag_ == "NNS":
        # "tobacco companies", "Venezuelan authorities": the group with its own words
        mods = {t.i: t for t in cand.lefts if t.dep_ in ("compound", "amod") and t.i not in skip}
        words: list[Any] = []
        while cand.i - len(words) - 1 in mods:  # (the words right before it)
            words.insert(0, mods[cand.i - len(words) - 1])
        return " ".join(t.text if t.pos_ == "PROPN" else t.lower_ for t in [*words, cand])
    owner = next(c for c in cand.children if c.dep_ == "poss" and c.pos_ == "PROPN")
    return f"{_name(owner)}'s {cand.lower_}"  # ("Indonesia's government")


def _verb_subject(verb: Any) -> Any:
    """The subject of `verb`, or of the verb it is planned by ("It is to deploy ...", "They
    plan to build ..."); None when a verb on the way has an object of its own."""
    v = verb
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None or v.dep_ != "xcomp" or v.head.i == v.i:
            return subj
        v = v.head
        if any(c.dep_ == "dobj" for c in v.children):
            return None  # ("told investors to ...": theirs)
    return None


def _container_doer(out: list[Amount], doc: Any) -> None:
    """ "Acme unveiled a plan. It is to deploy a fleet of 5,000 vans": a count said in the
    "of" of a verb's object ("fleet of vans") is that of the one body a subject "it"/"they"
    of the verb stands for ("fleet of vans deployed by Acme"), when the resolver names one."""
    for a in out:
        if a.extra.get("kind") != "count" or not a.object:
            continue
        held = _of_holder(doc, a)
        if held is None:
            continue
        verb = held.head
        if held.dep_ != "dobj" or held.pos_ != "NOUN" or verb.pos_ != "VERB":
            continue
        if not a.object.startswith(f"{held.lower_} of ") or " by " in a.object:
            continue  # (an object said otherwise, or with its doer)
        subj = _verb_subject(verb)
        if subj is None or subj.lower_ not in ("it", "they"):
            continue
        name = _antecedent_name(subj, set())
        if name is not None:
            a.object = f"{a.object} {participle(verb_lemma(verb))} by {name}"
