"""In what the counted were harmed: the event a harm, loss, flight or arrest verb's phrase
names ("41 Britons died in the Tsunami", "killed in the Madrid train bombings", "arrested
after the match", "fled the fighting"), which says which people a count is of. The parse's
entity tags do not refuse such a phrase: a place word before the event ("Madrid") says
which event, and a capitalised event word the model took for a place ("the Tsunami") is
still the event."""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_countries import _kb_country
from communique.extract.amounts_words import _HARM_EVENTS

# Prepositions by which a harm verb's phrase names the event or cause ("died in the crash",
# "hurt during the riots", "arrested after the match", "fled from the floods", "held over
# the attack", "arrested for the violence").
_HARM_PREPS = frozenset("in during after from over for".split())

# Entity tags the model puts on an event's own words ("the Madrid bombings", "the Tsunami").
_EVENT_TAGS = frozenset(("GPE", "LOC", "NORP", "FAC"))


def _harm_event(c: Any) -> Any:
    """The noun of `c` (a harm verb's phrase or, for "flee", its object) when it names an
    event or cause: an event noun ("explosion", "Tsunami"), or a proper name after "the"
    that is no known place ("the Blitz"); else None."""
    if c.dep_ == "dobj":
        return c  # "fled the fighting", "fled Darfur": what they fled, whatever it is
    if c.dep_ != "prep" or c.lower_ not in _HARM_PREPS:
        return None
    noun = next((p for p in c.children if p.dep_ == "pobj"), None)
    if noun is None:
        return None
    if noun.lemma_.lower() in _HARM_EVENTS or noun.lower_ in _HARM_EVENTS:
        return noun
    if (
        noun.pos_ == "PROPN"
        and noun.ent_type_ in _EVENT_TAGS
        and any(k.dep_ == "det" and k.lower_ == "the" for k in noun.lefts)
        and _kb_country(noun.text) is None
    ):
        return noun
    return None


def _event_words(noun: Any) -> tuple[set[int], set[int]]:
    """The words of the event's own name, whose entity tags do not refuse the phrase, and
    the date words before it, which are the amount's period ("the 1989 disaster")."""
    own = set(range(noun.left_edge.i, noun.i + 1))
    dated = {
        i for i in own if noun.doc[i].ent_type_ in ("DATE", "TIME") and noun.doc[i].head.i == noun.i
    }
    return own - dated, {t.i for i in dated for t in noun.doc[i].subtree}


def _event_cased(said: str, noun: Any) -> str:
    """ "in the Tsunami" -> "in tsunami": an event word capitalised mid-sentence, as written
    in lower case."""
    if (
        noun.is_title
        and not noun.is_sent_start
        and noun.lower_ in _HARM_EVENTS
        and said.endswith(noun.text)
    ):
        return said[: -len(noun.text)] + noun.lower_
    return said
