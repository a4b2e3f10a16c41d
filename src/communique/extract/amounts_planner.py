"""Whose plan a planned deed is: "Acme and Globex launched plans to close 12 plants" gives
"plants Acme and Globex plan to close", not "plants planned to be closed" (whose plan?);
"the council plans to shut 3 libraries" gives "libraries the council plans to shut", not
"libraries shut by the council" (which reads as done)."""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_parse import _name, _tokens
from communique.extract.amounts_words import _DESCRIBED
from communique.extract.inflect import participle, verb_lemma
from communique.record import Amount

# Verbs whose "to" clause is a deed the subject plans ("plans to", "proposes to", "wants to").
_PLAN_VERBS = {"plan": ("plan", "planned"), "propose": ("propose", "proposed")}
_PLAN_VERBS["want"] = ("want", "wanted")
# Plan nouns, and verbs by which their subject makes the plan its own ("launched plans to").
_PLAN_NOUNS = frozenset("plan proposal".split())
_OWNING_VERBS = frozenset(
    "launch unveil announce set propose plan want pledge promise outline publish reveal".split()
)
# Particles of a phrasal deed ("buy back", "sell off").
_PARTICLES = frozenset("back off up out down".split())
# Subject words naming no one ("it", "they"): their name is taken only from the object.
_PRONOUNS = frozenset("it they he she we i you this that these those which who".split())


def planners_named(out: list[Amount], doc: Any, text: str) -> None:
    """Names the planner in the object of a planned deed's amount, when the sentence names
    who plans (see the module's note)."""
    low = ""
    for a in out:
        obj = a.object
        if (
            not obj
            or a.extra.get("modality") not in ("target", "pledge")
            or (" by " not in obj and " to be " not in obj)
        ):
            continue  # (the cheap gate: no planned deed said as done, or as nobody's plan)
        if not low:
            low = text.lower()
        if "plan" not in low and "propos" not in low and "want" not in low:
            return  # (no plan said in the article)
        span = _tokens(doc, a.span[0], a.span[1])
        if span is None or not len(span):
            continue
        new = _rewritten(obj, span.root)
        if new is not None:
            a.object = new


def _rewritten(obj: str, tok: Any) -> str | None:
    """The object with its planner named, or None when the sentence names none."""
    verb = tok
    for _ in range(4):  # ("worth 1bn francs" in "buy back shares worth 1bn francs": buy)
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or not any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.lefts):
        return None
    base = verb_lemma(verb)
    done = participle(base)
    up = verb.head
    if up.i == verb.i:
        return None
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else verb
    # "buy back", whatever the parse hangs "back" on
    prt = nxt.lower_ if nxt.dep_ == "prt" or nxt.lower_ in _PARTICLES else ""
    deed = f"{base} {prt}" if prt else base
    if verb.dep_ in ("acl", "xcomp") and up.pos_ == "NOUN" and up.lemma_.lower() in _PLAN_NOUNS:
        # "launched plans to abolish 160 quangos": "quangos planned to be abolished"
        said = re.search(rf" (?:planned|proposed) to be {re.escape(done)}\b", obj)
        if said is None or up.i > verb.i:
            return None
        owner = next((c for c in up.children if c.dep_ == "poss"), None)
        owning = verb_lemma(up.head)
        if owning == "set" and not any(c.lower_ in ("out", "up") for c in up.head.children):
            owning = ""  # ("set aside plans": shelved, not made)
        if owner is None and up.dep_ == "dobj" and owning in _OWNING_VERBS:
            owner = next((c for c in up.head.children if c.dep_ == "nsubj"), None)
        who = _planner(owner) if owner is not None else None
        if who is None:
            return None
        rest = obj[said.end() :]
        bare = who.removeprefix("the ")
        for by in (f" by {bare}", f" by the {bare}"):
            if rest.startswith(by) and rest[len(by) :][:1] in ("", " "):
                rest = rest[len(by) :]  # ("planned to be recruited by Acme": Acme's, said once)
                break
        if " by " in rest:
            return None  # (a doer said otherwise: whose plan is unclear)
        return f"{obj[: said.start()]} {who} {_agreed('plan', owner)} to {base}{rest}"
    forms = _PLAN_VERBS.get(verb_lemma(up))
    if (
        forms is None
        or verb.dep_ != "xcomp"
        or up.pos_ != "VERB"
        or any(c.dep_ == "neg" for c in up.children)
    ):
        return None
    # "land seized from farm by prosecutors": the deed's participle, and its doer after it
    said = re.search(
        rf" {re.escape(done)}{f'(?: {re.escape(prt)})?' if prt else ''}\b(.*?) by (.+)$", obj
    )
    subj = next((c for c in up.children if c.dep_ == "nsubj"), None)
    if said is None or subj is None or " by " in said.group(1):
        return None
    named = said.group(2)
    tail = ""
    who = _planner(subj)
    if who is None:
        if subj.lower_ not in ("they", "it") or re.search(
            r"\b(?:in|on|at|from|to|for|of)\b", named
        ):
            return None
        who = named  # ("They plan to ...": the name the object resolved already)
    else:
        bare = who.removeprefix("the ")
        rest = named.removeprefix("the ")
        if not rest.lower().startswith(bare.lower()) or rest[len(bare) :][:1] not in ("", " "):
            return None  # (the object's doer is another's, or said otherwise: keep it)
        tail = rest[len(bare) :]  # (" in next seven years": the object's tail, kept)
    past = up.tag_ in ("VBD", "VBN") or any(
        c.dep_ == "aux" and c.lower_ in ("was", "were", "had", "has", "have") for c in up.lefts
    )
    how = forms[1] if past else _agreed(forms[0], subj)
    return f"{obj[: said.start()]} {who} {how} to {deed}{said.group(1)}{tail}"


def _agreed(verb: str, subj: Any) -> str:
    """ "plans" for one subject, "plan" for a plural or several ("Acme and Globex plan")."""
    several = (
        subj.tag_ == "NNS"
        # ("the Tories plan", but "Rovel Motors plans": a plural name with no "the" is a firm's)
        or subj.tag_ == "NNPS"
        and any(c.lower_ == "the" for c in subj.lefts)
        or any(c.dep_ == "conj" for c in subj.children)
    )
    return verb if several or subj.lower_ == "they" else f"{verb}s"


def _planner(subj: Any) -> str | None:
    """The planner's short name: "Acme and Globex", "the council", "prosecutors"; None for
    a pronoun or a phrase said not shortly."""
    if subj.lower_ in _PRONOUNS or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    names = [subj, *(c for c in subj.children if c.dep_ == "conj")]
    if len(names) > 1:
        if not all(t.pos_ == "PROPN" for t in names):
            return None
        return " and ".join(_DESCRIBED.sub("", _name(t)) for t in names)
    if subj.pos_ == "PROPN":
        return _DESCRIBED.sub("", _name(subj)) or None
    words = [
        t for t in subj.lefts if t.dep_ in ("det", "amod", "compound") and t.i >= subj.left_edge.i
    ]
    if any(t.dep_ == "det" and t.lower_ != "the" for t in words) or any(
        t.like_num or t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") for t in words
    ):
        return None  # ("some ministers", "its board": whose, not said shortly)
    words.append(subj)
    if len(words) > 4 or words[-1].i - words[0].i + 1 != len(words):
        return None
    said = " ".join(t.text for t in words)
    return (
        said[0].lower() + said[1:] if words[0].is_sent_start and words[0].pos_ != "PROPN" else said
    )
