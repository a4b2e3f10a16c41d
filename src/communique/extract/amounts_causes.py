"""What a count that a participle clause hangs on a main clause was caused by: "77 flights
were cancelled, affecting 5,000 passengers" -> "passengers affected by cancellation of
flights"; "the storm struck, killing 12 people" -> "people killed by storm". The main
clause's event is its subject when that names an event, else its verb made a noun (from a
short table of deeds done to things) with what the deed was done to."""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_parse import _np, _subject, _uncap_opening
from communique.extract.inflect import participle, verb_lemma

# Verbs of a participle clause that tell what a main clause's event did to the counted
# ("..., affecting 5,000 passengers", "..., killing 12 people").
_RESULT_VERBS = frozenset(
    """affect kill injure wound hurt drown strand trap displace cost threaten disrupt delay
    endanger claim hit ground destroy damage inconvenience leave make render put send force
    drive throw flood""".split()
)
# (of them, those that say nothing without the state they leave the counted in: "leaving
# 3,000 people homeless", "putting 400 jobs at risk", "forcing 2,000 residents to flee")
_STATE_VERBS = frozenset("leave make render put send force drive throw".split())

# Nouns that name an event, as a main clause's subject the cause itself ("the storm struck").
_EVENT_NOUNS = frozenset(
    """riot riots clash clashes protest protests attack attacks fighting violence war storm
    storms flood floods flooding earthquake quake tsunami raid raids unrest siege battle
    offensive hurricane cyclone typhoon tornado fire fires blaze blast blasts explosion
    explosions bomb bombs bombing bombings crackdown uprising strike strikes walkout
    stoppage outbreak epidemic pandemic drought famine landslide landslides avalanche
    wildfire heatwave mudslide snow snowfall rain rains downpour gale gales accident crash crashes
    collapse recall delay delays cancellation cancellations shutdown blackout failure
    eruption derailment disruption closure closures cut cuts""".split()
)
_EVENT_ENDING = re.compile(r"(?:isation|ization|ification)$")

# Verbs whose object is the event they start ("called a strike", "caused delays").
_START_VERBS = frozenset(
    "call stage hold launch cause trigger spark start begin mount unleash".split()
)

# Deeds done to things, made nouns with the preposition of what they were done to
# ("cancel flights" -> "cancellation of flights", "raise duty" -> "rise in duty").
_DEED_NOUNS = {
    "cancel": "cancellation of",
    "recall": "recall of",
    "delay": "delays to",
    "close": "closure of",
    "shut": "closure of",
    "suspend": "suspension of",
    "postpone": "postponement of",
    "ground": "grounding of",
    "divert": "diversion of",
    "evacuate": "evacuation of",
    "scrap": "scrapping of",
    "axe": "axing of",
    "abolish": "abolition of",
    "withdraw": "withdrawal of",
    "halt": "halting of",
    "stop": "stopping of",
    "block": "blocking of",
    "freeze": "freeze of",
    "privatise": "privatisation of",
    "privatize": "privatization of",
    "restructure": "restructuring of",
    "raise": "rise in",
    "increase": "increase in",
    "cut": "cut in",
    "reduce": "reduction in",
    "collapse": "collapse of",
    "sink": "sinking of",
    "capsize": "capsizing of",
    "derail": "derailment of",
    "crash": "crash of",
    "explode": "explosion of",
    "erupt": "eruption of",
    "burst": "bursting of",
    "fail": "failure of",
    "overturn": "overturning of",
    "collide": "collision of",
    "rise": "rise in",
    "soar": "rise in",
    "jump": "rise in",
    "fall": "fall in",
    "drop": "fall in",
}
# (of them, those whose subject, when they have no object, is what the deed befell: "the
# bridge collapsed" -> "collapse of bridge"; not "the firm cut": cut in what)
_UNDERGONE = frozenset(
    "close shut collapse sink capsize derail crash explode erupt burst fail overturn "
    "restructure collide rise soar jump fall drop increase".split()
)


def _after_comma(verb: Any) -> bool:
    first = verb.left_edge.i
    return first > 0 and verb.doc[first - 1].text == ","


def _main_deed(verb: Any) -> Any:
    """The main clause's verb a participle hangs on, through "had to cancel", "was forced
    to close": the verb of the deed itself."""
    main = verb.head
    for _ in range(3):
        inner = next((c for c in main.rights if c.dep_ == "xcomp" and c.i < verb.i), None)
        if inner is None:
            break
        main = inner
    return main


def _event_noun(tok: Any) -> bool:
    low = tok.lemma_.lower()
    return (
        tok.pos_ == "NOUN"
        and not tok.ent_type_
        and (low in _EVENT_NOUNS or tok.lower_ in _EVENT_NOUNS or bool(_EVENT_ENDING.search(low)))
    )


def _said(tok: Any, skip: set[int]) -> str:
    """`tok`'s short noun phrase, lower-cased when it opens the sentence ("Floods")."""
    return _uncap_opening(_np(tok, skip), tok.left_edge)


def _cause(main: Any, skip: set[int]) -> str | None:
    """ "storm", "cancellation of flights": the main clause's event, shortly."""
    lemma = verb_lemma(main)
    obj = next((c for c in main.rights if c.dep_ == "dobj"), None)
    if lemma in _START_VERBS and obj is not None and obj.i not in skip and _event_noun(obj):
        return _said(obj, skip)  # "the union called a strike, affecting ..."
    subj = _subject(main)
    if subj is not None and subj.i not in skip and _event_noun(subj):
        return _said(subj, skip)
    deed = _DEED_NOUNS.get(lemma)
    if deed is None:
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in main.children)
    if passive:
        thing = subj
    elif obj is not None:
        thing = obj
    elif lemma in _UNDERGONE:
        thing = subj  # "the bridge collapsed, killing ..."
    else:
        return None
    if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
        return None
    also = [
        c
        for c in [*thing.rights, *main.children]
        if (c.dep_ == "conj" and c.head.i == thing.i or c.dep_ == thing.dep_ and c.i > thing.i)
        and c.pos_ == thing.pos_
    ]  # ("40 inbound trains and 25 outbound trains": the parse may hang both on the verb)
    if also and all(c.lemma_ == thing.lemma_ for c in also):
        return f"{deed} {thing.lower_}"  # "92 outgoing flights and 86 incoming flights"
    said = " and ".join(_said(t, skip) for t in [thing, *also])
    return f"{deed} {said}"


def _state(verb: Any, noun: Any, skip: set[int]) -> str | None:
    """ "homeless", "at risk", "to flee their homes": what the participle left the counted
    in, said after them; "" when there is nothing; None when it is too long to say."""
    after = next((c for c in verb.rights if c.i > noun.right_edge.i), None)
    if after is None or after.dep_ not in ("oprd", "acomp", "prep", "xcomp", "ccomp", "prt"):
        return ""
    words = list(after.subtree)
    if any(t.ent_type_ in ("DATE", "TIME") for t in words):
        return ""  # "killing 23 people on Monday": when, the period's
    if len(words) > 6 or any(t.i in skip or t.is_punct for t in words):
        return None
    if words[0].i != noun.right_edge.i + 1:
        return None
    return " " + " ".join(
        t.text if t.pos_ == "PROPN" else t.lower_ for t in words if t.dep_ != "det"
    )


def _caused_count(np: str, noun: Any, verb: Any, skip: set[int]) -> str | None:
    """ "passengers affected by cancellation of flights": the count `np`, object of a
    participle clause after a comma that says what the main clause's event did to it; None
    when the clause is no such one or its event cannot be said shortly."""
    if verb.lemma_.lower() not in _RESULT_VERBS:
        return None
    main = _main_clause(verb)
    if main is None:
        return None
    state = _state(verb, noun, skip)
    held = any(c.dep_ == "prep" for c in noun.rights)  # ("jobs at risk": the noun's own)
    if state is None or not state and not held and verb.lemma_.lower() in _STATE_VERBS:
        return None
    cause = _cause(main, skip)
    if cause is None:
        return None
    return f"{np} {participle(verb_lemma(verb))}{state} by {cause}"


def _main_clause(verb: Any) -> Any:
    """The verb of the main clause's deed when `verb` is a participle hung on it after a
    comma ("..., affecting 5,000 passengers"), else None."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp") or not _after_comma(verb):
        return None
    main = _main_deed(verb)
    if main.i == verb.i or main.pos_ not in ("VERB", "AUX"):
        return None
    return main


def _costing_event(verb: Any, skip: set[int]) -> str | None:
    """ "recall of vehicles" for "the carmaker recalled 50,000 vehicles, costing it $40m":
    what a participle "costing" after a comma says the cost of; None else."""
    main = _main_clause(verb) if verb.lemma_.lower() == "cost" else None
    return _cause(main, skip) if main is not None else None
