"""Amounts of a revised figure. "A previous estimate of 0.1% growth between July and
September was downgraded to a 0.3% decline": the first value is the previous estimate of
what it measures ("previous estimate of Japan's economic growth"), the second the revised
estimate of the same thing, with the change it names instead ("revised estimate of decline
in Japan's economy"), both of the same time (July to September); an estimate of a past time
is a stated figure, no forecast. "Estimates of X were revised up to 3%": the revised
estimate of X. "Acme raised its profit forecast to $40m from $35m": the "from" value is the
previous forecast ("Acme's previous profit forecast"); "the bank revised its forecast for
growth to 2.1% from 2.5%": the bank's forecast for growth, and its previous one. "Growth
was 1.6%, down from an earlier estimate of 1.7%": the estimate is of what the main value
names in full. (A count before a list of named models is in amounts_counts.)"""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_modality import _FUTURE_MODALS
from communique.extract.amounts_parse import _join, _possessive, _text_sentence, _tokens
from communique.extract.amounts_sentences import _sent
from communique.extract.amounts_words import _ESTIMATE_NOUNS
from communique.record import Amount

# Verbs that put a figure at a new value ("was revised to", "downgraded its estimate").
_REVISE_VERBS = frozenset(
    "revise downgrade upgrade cut raise lower lift trim reduce increase mark".split()
)
# Their stems, and the estimate nouns', for a test on the sentence before any parse walk.
_REVISE_STEMS = ("revis", "grad", "cut", "rais", "lower", "lift", "trim", "reduc", "increas")
_ESTIMATE_STEMS = ("estimate", "forecast", "projection", "prediction", "figure")
_FIGURES = _ESTIMATE_NOUNS | {"figure"}
# (their letters after the first, which may be a capital)
_ESTIMATE_CORES = tuple(w[1:] for w in _ESTIMATE_STEMS)
_ESTIMATE_SAID = re.compile(r"[Ee]stimate|[Ff]orecast|[Pp]rojection|[Pp]rediction|[Ff]igure")
# Words that say which of a figure's versions it is ("an earlier estimate").
_STATUS = frozenset("previous earlier first initial original preliminary provisional".split())
# Nouns of a change a revised figure may turn into ("to a 0.3% decline").
_CHANGES = frozenset("growth rise increase expansion decline fall drop contraction".split())
# An economy's growth, said by its owner: "Japan's economic growth between July and ...".
_ECONOMY_GROWTH = re.compile(r"(?P<own>.+?['’]s?) economic growth(?P<tail>.*)")


def revised_figures(out: list[Amount], doc: Any, text: str) -> None:
    """Objects (and the stated modality, and the time) of the values of a revised figure."""
    if not any(w in text for w in _ESTIMATE_CORES):
        return  # (the cheap test, once an article: no sentence looked at)
    done: set[tuple[int, int]] = set()
    lo = hi = -1
    for a in out:
        if lo <= a.span[0] < hi:
            continue  # (the sentence just looked at)
        lo, hi = _text_sentence(text, a.span[0], a.span[1])
        if (lo, hi) in done or _ESTIMATE_SAID.search(text, lo, hi) is None:
            continue  # (the cheap test: no lower-casing, no slice)
        done.add((lo, hi))
        group = [b for b in out if lo <= b.span[0] < hi]
        low = text[lo:hi].lower()
        if " from " in low:
            _estimate_owner(group)  # "down from an earlier estimate of 1.7%"
        toks = _tokens(doc, a.span[0], a.span[1])
        if toks is None or not len(toks) or not any(s in low for s in _REVISE_STEMS):
            continue
        for verb in _sent(toks):
            if verb.pos_ == "VERB" and verb.lemma_.lower() in _REVISE_VERBS:
                _revised(verb, group, doc)


def _figure_word(tok: Any) -> bool:
    """Whether the token names an estimate ("estimate", "Estimates": a capital may keep the
    plural as lemma)."""
    return tok.lemma_.lower() in _FIGURES or tok.lower_.removesuffix("s") in _FIGURES


def _head(figure: Any) -> str:
    """The estimate noun, singular ("Estimates": "estimate")."""
    low = str(figure.lower_)
    return low if low in _FIGURES else low.removesuffix("s")


def _root(doc: Any, a: Amount) -> Any:
    """The head token of the amount's words, or None."""
    toks = _tokens(doc, a.span[0], a.span[1])
    return toks.root if toks is not None and len(toks) else None


def _to_value(verb: Any, tok: Any) -> str | None:
    """ "to" or "from" when the amount's token hangs on a "to"/"from" of the verb (or of its
    "up"/"down"), else None."""
    if tok.head.i == verb.i and tok.dep_ in ("npadvmod", "dobj", "attr"):
        # ("revised up to 3%": the parse hangs "up to" on the number)
        left = tok.doc[tok.left_edge.i : tok.i]
        return "to" if any(t.lower_ == "to" and t.dep_ == "quantmod" for t in left) else None
    while tok.i != tok.head.i:
        head = tok.head
        if tok.dep_ == "prep" and tok.lower_ in ("to", "from"):
            if head.i == verb.i or head.head.i == verb.i and head.dep_ in ("advmod", "prt"):
                return str(tok.lower_)
            if head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.i == verb.i:
                return str(tok.lower_)  # ("revised its forecast for growth to 2.1%": misparsed)
            return None
        tok = head
    return None


def _revised(verb: Any, group: list[Amount], doc: Any) -> None:
    figure = next(
        (c for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and _figure_word(c)),
        None,
    )
    if figure is None:
        return
    olds: list[tuple[Amount, Any]] = []
    news: list[tuple[Amount, Any]] = []
    froms: list[Amount] = []
    for a in group:
        root = _root(doc, a)
        if root is None:
            continue
        if figure.left_edge.i <= root.i <= figure.right_edge.i:
            olds.append((a, root))
        elif (said := _to_value(verb, root)) == "to":
            news.append((a, root))
        elif said == "from":
            froms.append(a)
    if figure.dep_ == "nsubjpass" and len(olds) == 1 and len(news) == 1:
        _estimate_revised(figure, olds[0], news[0], verb)
    elif figure.dep_ == "nsubjpass" and not olds and not froms and len(news) == 1:
        _revised_alone(figure, news[0][0], verb)
    elif figure.dep_ == "dobj" and len(news) == 1 and len(froms) == 1:
        _previous_named(figure, froms[0], news[0][0])


def _ahead(sent: Any) -> bool:
    """Whether the sentence looks ahead ("will", "would", "next"; not the month "May")."""
    return any(t.lower_ in _FUTURE_MODALS and t.tag_ == "MD" or t.lower_ == "next" for t in sent)


def _stated(a: Amount, figure: Any, verb: Any) -> None:
    """An estimate (not a forecast) of what the sentence does not look ahead to is a
    stated figure."""
    if _head(figure) in ("estimate", "figure") and not _ahead(_sent(verb)):
        if a.extra.get("modality") == "forecast":
            del a.extra["modality"]


def _estimate_revised(
    figure: Any, old: tuple[Amount, Any], new: tuple[Amount, Any], verb: Any
) -> None:
    """ "A previous estimate of 0.1% growth ... was downgraded to a 0.3% decline"."""
    (was, was_tok), (now, now_tok) = old, new
    thing = was.object or ""
    if not thing or thing.lower().startswith(tuple(_STATUS)) or _head(figure) in thing:
        return
    status = [c.lower_ for c in figure.lefts if c.dep_ == "amod" and c.lower_ in _STATUS]
    head = _head(figure)
    was.object = f"{status[0] if status else 'previous'} {head} of {thing}"
    # (what the new value is of: the change it names, when another than the old one's)
    old_noun = was_tok.head if was_tok.dep_ in ("nummod", "compound", "amod") else None
    new_noun = now_tok.head if now_tok.dep_ in ("nummod", "compound", "amod") else None
    # (but a bare "growth" revised to "a 0.2% decline" keeps its "growth decline")
    if (
        old_noun is None
        or thing.lower() != old_noun.lower_
        or _changed(thing, old_noun, new_noun) == thing
    ):
        now.object = f"revised {head} of {_changed(thing, old_noun, new_noun)}"
    for a in (was, now):
        _stated(a, figure, verb)
    if (
        was.period is None
        and now.period
        and was.extra.get("period_text") == now.extra.get("period_text")
    ):
        was.period = now.period  # ("between July and September": the same time)


def _changed(thing: str, old: Any, new: Any) -> str:
    """ "Japan's economic growth" revised to a "decline": "decline in Japan's economy"."""
    if (
        old is None
        or new is None
        or new.lemma_.lower() not in _CHANGES
        or new.lemma_.lower() == old.lemma_.lower()
    ):
        return thing
    change = str(new.lower_)
    m = _ECONOMY_GROWTH.fullmatch(thing)
    if m is not None:
        return f"{change} in {m.group('own')} economy{m.group('tail')}"
    was = str(old.lower_)
    if thing.startswith((f"{was} in ", f"{was} of ")):
        return f"{change} in {thing[len(was) + 4 :]}"  # "growth in output": "fall in output"
    if thing == was or thing.startswith(f"{was} "):
        return f"{change}{thing[len(was) :]}"
    return f"{change} in {thing}"


def _previous_named(figure: Any, was: Amount, now: Amount) -> None:
    """ "Acme raised its profit forecast to $40m from $35m": the "from" value, told with
    the new value's object, is the previous forecast."""
    if not was.object or not now.object:
        return
    if was.object in (now.object, f"previous {now.object}"):
        whose = _figure_for(figure, now.object)
        if whose is not None:
            # ("revised its forecast for growth to 2.1% from 2.5%", read as "growth")
            owner, rest = whose
            now.object, was.object = f"{owner} {rest}", f"{owner} previous {rest}"
            if _head(figure) != "estimate" or _ahead(_sent(figure)):
                for a in (was, now):
                    a.extra.setdefault("modality", "forecast")
            return
    if was.object != now.object:
        return
    mods = [t for c in figure.lefts if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree]
    said = " ".join(t.text for t in [*mods, figure] if not t.is_punct)
    at = was.object.find(said) if said else -1
    if at < 0 or "previous" in was.object:
        return
    was.object = f"{was.object[:at]}previous {was.object[at:]}"


def _revised_alone(figure: Any, now: Amount, verb: Any) -> None:
    """ "Estimates of Brazil's growth were revised up to 3%": the revised estimate of it."""
    said = f"{figure.text} of "
    if not now.object or not now.object.lower().startswith(said.lower()):
        return
    now.object = f"revised {_head(figure)} of {now.object[len(said) :]}"
    _stated(now, figure, verb)


# A value of an earlier estimate, told beside the value it was revised to ("growth was
# 1.6%, down from an earlier estimate of 1.7%").
_ESTIMATE_OF = re.compile(
    r"(?P<said>(?:previous|earlier|first|initial|original) (?:estimate|forecast|projection)"
    r" (?:of|for) )(?P<thing>.+)"
)


def _estimate_owner(group: list[Amount]) -> None:
    """ "Germany's economic growth was 1.6%, down from an earlier estimate of 1.7%", read
    as an "earlier estimate of growth": the estimate is of the thing the main value names in
    full ("earlier estimate of Germany's economic growth")."""
    for k, a in enumerate(group):
        m = _ESTIMATE_OF.fullmatch(a.object or "")
        if m is None:
            continue
        thing = m.group("thing")
        main = next(
            (
                b.object
                for b in reversed(group[:k])
                if b.unit == a.unit and b.object and b.object.endswith(f" {thing}")
            ),
            None,
        )
        if main is not None and not main.lower().startswith(m.group("said").split(" ")[0]):
            a.object = f"{m.group('said')}{main}"


def _figure_for(figure: Any, thing_said: str) -> tuple[str, str] | None:
    """ "The bank revised its forecast for growth", with "growth" for object: ("bank's",
    "forecast for growth"), the owner the verb's noun subject that "its" stands for, the
    thing a bare noun of the figure's "for"/"of"; else None."""
    prep = next((c for c in figure.rights if c.dep_ == "prep" and c.lower_ in ("for", "of")), None)
    if prep is None and figure.i + 1 < len(figure.doc):
        after = figure.doc[figure.i + 1]  # (a "for" the parse hung on the verb)
        prep = after if after.lower_ == "for" and after.head.i == figure.head.i else None
    thing = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    whose = next((c for c in figure.lefts if c.dep_ == "poss"), None)
    subj = next((c for c in figure.head.lefts if c.dep_ == "nsubj"), None)
    if (
        thing is None
        or prep is None
        or whose is None
        or whose.lower_ != "its"
        or subj is None
        or subj.pos_ not in ("NOUN", "PROPN")
        or thing.text != thing_said
        or any(c.lower_ != "to" for c in thing.children)  # (only a bare noun)
    ):
        return None
    words = [t for t in subj.subtree if not (t.dep_ == "det" and t.i == subj.left_edge.i)]
    return _possessive(_join(words)), f"{figure.lower_} {prep.lower_} {thing.text}"
