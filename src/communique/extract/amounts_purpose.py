"""What a sum or a measured quantity is needed, required or used for: "965,000 tonnes of food
assistance was needed to help seven million Ethiopians" -> "food assistance needed to help
Ethiopians"; "£2bn is required to rebuild the port" -> "money required to rebuild port". The
amount (or the measure holding it, "tonnes of ...") is the passive subject of a verb of need
or use, and that verb's infinitive of purpose says what the amount is for; the infinitive is
kept short (its verb and object, no number, no place phrase).
"""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_parse import _join, _np, _uncap_opening
from communique.extract.amounts_sentences import _sent
from communique.extract.inflect import participle, verb_lemma

# Verbs of need or use whose passive subject is the sum or quantity an infinitive is for.
_NEED_VERBS = frozenset("need require use".split())
# Words that put the amount around "to" ("a total of", "some") before the verb of need.
_HOLDER_WORDS = frozenset("total sum amount".split())


def _to_do(verb: Any, skip: set[int], measures: frozenset[str]) -> str | None:
    """ "to help Ethiopians": `verb`'s infinitive of purpose (advcl or xcomp with "to") with
    its object, without articles, numbers or place phrases; None when there is none, it is
    long or holds a measure or another amount's unit."""
    purpose = next(
        (
            c
            for c in verb.rights
            if c.dep_ in ("advcl", "xcomp")
            and c.pos_ in ("VERB", "AUX")
            and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.lefts)
        ),
        None,
    )
    if purpose is None or any(c.dep_ in ("nsubj", "mark") for c in purpose.lefts):
        return None  # "for the bakeries to stay open": another's deed
    what = next((c for c in purpose.rights if c.dep_ == "dobj"), None)
    if what is None and any(c.dep_ in ("ccomp", "xcomp", "dative") for c in purpose.rights):
        return None  # "to help families pay bills": not said short
    # "pay off", "stay afloat", "be spent": its particle, complement or passive too
    words = [
        *(c for c in purpose.lefts if c.dep_ == "auxpass"),
        purpose,
        *(c for c in purpose.rights if c.dep_ in ("prt", "acomp")),
    ]
    if what is None:
        # "to be spent on books": the verb's first phrase, when it names no place
        prep = next((c for c in purpose.rights if c.dep_ == "prep"), None)
        if prep is not None and not any(t.ent_type_ in ("GPE", "LOC") for t in prep.subtree):
            words += [t for t in prep.subtree if t.dep_ != "det" and t.tag_ != "PRP$"]
    if what is not None:
        if what.lower_ in measures or what.pos_ not in ("NOUN", "PROPN"):
            return None
        dropped = {
            t.i
            for k in what.children
            if k.dep_ in ("nummod", "quantmod", "det")
            and k.i < what.i
            or k.tag_ == "PRP$"  # "its losses": losses (but "Labour's", "pensioners'" stay)
            or k.dep_ == "prep"
            and any(p.ent_type_ in ("GPE", "LOC") for p in k.children)  # "in Kent": a place
            for t in k.subtree
        }
        words += [t for t in what.subtree if t.i not in dropped]
    words.sort(key=lambda t: t.i)
    # (the counted people it is for may be another amount: "to help seven million Ethiopians")
    counted = what.i if what is not None and what.tag_ in ("NNS", "NNPS") else -1
    # (a hyphen inside a word and a possessive "'s" or "'" are no words of their own)
    bound = [t for t in words if _joining(t) or t.dep_ == "case"]
    if len(words) - len(bound) > 6 or any(
        t.like_num or t.is_punct and t not in bound or t.i in skip and t.i != counted for t in words
    ):
        return None
    return f"to {_join(words)}"


def _joining(tok: Any) -> bool:
    """A hyphen that joins two words ("anti-social")."""
    doc = tok.doc
    return (
        tok.text == "-"
        and not tok.whitespace_
        and 0 < tok.i < len(doc) - 1
        and not doc[tok.i - 1].whitespace_
        and doc[tok.i - 1].is_alpha
        and doc[tok.i + 1].is_alpha
    )


def _needed_bare(span: Any, obj: str, skip: set[int]) -> str | None:
    """ "The airline needs £500m in new funding" -> "new funding the airline needs", "We
    need $20bn in investment" -> "investment needed": what a verb of need has as its object
    with the amount, told by the verb (and a named needer); None when the amount is no
    object of such a verb or `obj` says a verb already."""
    holder = next(
        (t for t in span if t.dep_ == "dobj" and not span.start <= t.head.i < span.end), None
    )
    if (
        holder is None
        or holder.head.pos_ != "VERB"
        or verb_lemma(holder.head) not in ("need", "require")
    ):
        return None
    verb = holder.head
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    lemma = verb_lemma(verb)
    done = participle(lemma)
    if done in obj.split() or lemma in obj.split() or " " in obj and obj.split()[-1].endswith("ed"):
        return None  # (a verb said already)
    doer = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if doer is not None and doer.pos_ in ("NOUN", "PROPN") and doer.i not in skip:
        said_by = _uncap_opening(_np(doer, skip), doer.doc[doer.left_edge.i])
        if said_by.lower() in obj.lower():
            return None
        auxes = [c for c in verb.lefts if c.dep_ == "aux"]
        return f"{obj} {said_by} {_join([*auxes, verb])}"
    return f"{obj} {done}"


def _needed_for(
    span: Any,
    obj: str | None,
    money: bool,
    skip: set[int],
    measures: frozenset[str],
    text: str,
) -> str | None:
    """The object of an amount that a verb of need or use is said of with its purpose
    ("food assistance needed to help Ethiopians", "money used by club to buy new striker"),
    or None. Only for an object that is missing, names no verb or is the doer itself.
    `text` is the article's."""
    last = span[-1]
    sent = _sent(last)
    # (cheap first, by the sentence's text: a word of need or use - every form of "need",
    # "require" and "use" holds "need", "requir" or "us" - and a "to" after the amount)
    low = text[_sent(span[0]).start_char : sent.end_char].lower()
    needs = "need" in low or "requir" in low
    if not needs and "us" not in low:
        return None
    end = min(last.i + 9, sent.end)
    if "to" not in text[last.idx + len(last) : sent.end_char].lower() or not any(
        t.lower_ == "to" for t in last.doc[last.i + 1 : end]
    ):
        # (no "to" shortly after the amount: no purpose, but still what is needed, when
        # the amount says it - "needs £500m in new funding")
        return _needed_bare(span, obj, skip) if needs and obj else None
    # (the token the clause holds it by: "£4m" may parse as "4" dobj, "m" beside it)
    holder = next(
        (
            t
            for t in span
            if t.dep_ in ("dobj", "nsubjpass", "pobj") and not span.start <= t.head.i < span.end
        ),
        last,
    )
    if holder.dep_ == "pobj" and holder.head.lower_ == "of":
        outer = holder.head.head  # "a total of 965,000 tonnes"
        if outer.lemma_.lower() in _HOLDER_WORDS:
            holder = outer
    doer = None
    if holder.dep_ == "nsubjpass" and holder.head.tag_ == "VBN":
        verb = holder.head  # "£2bn is required to ..."
    elif holder.dep_ in ("dobj", "npadvmod") and holder.head.pos_ == "VERB":
        verb = holder.head  # "the charity needs £3m to ..." ("m" may parse as npadvmod)
        doer = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    else:  # "the £3m needed to ..."
        verb = next((c for c in holder.rights if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    if verb is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    lemma = verb_lemma(verb)
    if lemma not in _NEED_VERBS:
        return None
    done = participle(lemma)
    said_by = ""
    if doer is not None and doer.pos_ in ("NOUN", "PROPN") and doer.i not in skip:
        said_by = _uncap_opening(_np(doer, skip), doer.doc[doer.left_edge.i])
    if obj and said_by and (obj in said_by or said_by.lower() in obj.lower()):
        obj = None  # "charity" for "the charity needs £3m": the doer, not what it needs
    if obj and (done in obj.split() or " to " in f" {obj} "):
        return None  # (the object says its verb already)
    # "money the charity needs": a named doer said with its own verb (a pronoun's is not)
    if said_by:
        auxes = [c for c in verb.lefts if c.dep_ == "aux" and c.lower_ != "to"]
        done = f"{said_by} {_join([*auxes, verb])}"
    base = obj or ("money" if money else None)
    if base is None:
        return None
    said = _to_do(verb, skip, measures)
    return f"{base} {done} {said}" if said else None
