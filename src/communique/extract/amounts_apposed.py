"""A body called by a common noun, named by the apposition that defined it.

    "Acme Holdings - a state agency in Lyon - owns 40% of Bolt. The state agency will sell
    10% of its stake."  -> "share of Acme Holdings's stake in Bolt sold", not "of the state
    agency's stake"

News names a body once with a describing noun set beside its name ("Globex, a Dutch
firm, ...", "a state agency, the Yantai Asset Bureau, ...") and then calls it by that noun
("the agency", "the firm"). When an object says "the NOUN" for such a body (the noun its
sentence says with "the" or "this", with the same describing words),
and the same noun stands in apposition to a proper name in the amount's own sentence or
the one before, the object takes the name (one name only). So too an appositive the object
took whole after its name ("stake in Irancell new network", for "in Irancell, the new
network,") is set in brackets: "stake in Irancell (new network)". Cheap first: only an
object holding one of the body nouns below, or a name the sentence's text sets ", the" or
", a" after with the appositive's first word, is looked at by its tokens, and only its
sentence and the one before are read.
"""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_parse import _possessive
from communique.extract.amounts_sentences import _sent

# Nouns a body, site or venture is called by once it has been named.
_BODY_NOUNS = frozenset(
    """agency body bureau authority organisation organization regulator watchdog ministry
    department commission council institute association federation charity union
    firm company group business operator carrier airline bank lender insurer retailer
    broadcaster brewer carmaker maker producer chain network venture subsidiary unit
    facility plant factory site mine refinery airport port""".split()
)

_BODY_IN = re.compile(r"\b(?:" + "|".join(sorted(_BODY_NOUNS)) + r")\b(?!-)")


def _proper_name(head: Any) -> str | None:
    """The capitalised words naming `head` (a proper noun with its compounds): "Yantai State
    Asset Management Bureau"; None when they are not all capitalised."""
    if head.pos_ != "PROPN" or any(c.dep_ == "conj" for c in head.rights):
        return None  # (not "Acme and Globex": which one is meant is not told)
    lo = min(
        (c.left_edge.i for c in head.lefts if c.dep_ == "compound"),
        default=head.i,
    )
    doc = head.doc
    first = _sent(head).start  # (once: "Token.sent" walks the sentence on every call)
    while lo > first and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].dep_ != "poss":
        lo -= 1  # ("Norvik Port Holdings", parsed as two)
    words = doc[lo : head.i + 1]
    if not all(w.text[:1].isupper() or w.text in ("&", "-", "of") for w in words):
        return None
    return str(words.text)


def _apposed_to(tok: Any) -> Any:
    """The proper noun `tok` (a common noun) is set beside: its head when it is the
    apposition, or its own appositive; None otherwise."""
    if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
        return tok.head
    return next((c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def _said_with_the(m: re.Match[str], obj: str, sent: Any) -> tuple[Any, int] | None:
    """The token of `sent` for the body noun `m` of `obj`, said there with "the" or "this"
    and the same describing words as the object's, with the index of the object's word where
    that phrase begins (its "the", when the object keeps it); None when the sentence has no
    such token."""
    before = obj[: m.start()].split()
    # (the object's own "the" a few words back: the phrase begins there)
    the = next(
        (j for j in range(len(before) - 1, max(-1, len(before) - 4), -1) if _the(before[j])),
        None,
    )
    word = m.group(0)  # (read once: a call per token otherwise)
    for t in sent:
        if t.lower_ != word or not any(c.dep_ == "det" and _the(c.text) for c in t.lefts):
            continue
        mods = [c.lower_ for c in t.lefts if c.dep_ != "det"]
        lo = len(before) - len(mods) if the is None else the
        if lo < 0 or len(mods) > 2 or [w.lower() for w in before[lo:] if not _the(w)] != mods:
            continue  # (not the same words as the object's: "the state agency", "the agency")
        return t, lo
    return None


def _the(word: str) -> bool:
    return word.lower() in ("the", "this")


def _apposed_name(obj: str, sent: Any) -> str:
    """ "share of the state agency's stake" -> "share of Yantai State Asset Management
    Bureau's stake": a body noun of the object that its sentence says with "the" or "this"
    (the object may drop the article), when that noun stands in apposition to a proper name
    in this sentence or the one before (one name only); `obj` as it is otherwise."""
    # (by the words: most objects have no body noun; a word "NOUN" or "NOUN's" is one word
    # "NOUN" with every "'s" spaced out, so a set test there first)
    if _BODY_NOUNS.isdisjoint(obj.replace("'s", " ").split()) or all(
        w.removesuffix("'s") not in _BODY_NOUNS for w in obj.split()
    ):
        return obj
    for m in _BODY_IN.finditer(obj):
        found = _said_with_the(m, obj, sent)
        if found is not None:
            break
    else:
        return obj
    said, lo = found
    before = obj[: m.start()].split()
    doc = sent.doc
    start = _sent(doc[sent.start - 1]).start if sent.start else sent.start
    said_lemma, said_tag = said.lemma_.lower(), said.tag_  # (once, not for each token)
    heads = {
        head.i
        for u in doc[start : said.i + 1]
        if u.lemma_.lower() == said_lemma
        and u.tag_ == said_tag  # (not "two firms, Acme and Globex")
        and (head := _apposed_to(u)) is not None
    }
    if len(heads) != 1:
        return obj  # (none, or two bodies so called: which one is not ours to guess)
    name = _proper_name(doc[heads.pop()])
    if name is None or name.lower() in obj.lower():
        return obj  # (not told by a name alone, or named already)
    rest = obj[m.end() :]
    if rest.startswith(("'s", "’s")):
        name, rest = _possessive(name), rest[2:]
    return " ".join([*before[:lo], name + rest]).strip()


# A name with an appositive after it: "Irancell, the new network".
_NAME_COMMA_ARTICLE = re.compile(r"([A-Z][\w'’-]*), (?:the|a|an) ([\w-]+)")


def _apposition_bracketed(obj: str, sent: Any, text: str) -> str:
    """ "Turkcell's stake in Irancell new network" -> "Turkcell's stake in Irancell (new
    network)": an appositive the sentence set beside a name between commas ("in Irancell, the
    new network,") that the object took without its commas and article, read as one phrase
    with the name ("Irancell's new network"?), is set in brackets; `obj` as it is otherwise.
    `text` is the article's."""
    if obj.islower():
        return obj  # (cheap first: no capital letter, so no name of the object)
    lo, hi = sent.start_char, sent.end_char
    if text.find(", the ", lo, hi) < 0 and text.find(", a", lo, hi) < 0:
        return obj  # (cheap first: no ", the", ", a" or ", an" in the sentence)
    said = _NAME_COMMA_ARTICLE.finditer(text, lo, hi)
    if not any(f"{m.group(1)} {m.group(2)}" in obj for m in said):
        return obj  # (by the text: no name of the object with its appositive after it)
    for t in sent:
        if t.dep_ != "appos" or t.pos_ != "NOUN" or t.head.pos_ != "PROPN":
            continue
        words = [w for w in t.subtree if not w.is_punct]
        if not words or words[0].dep_ != "det" or len(words) > 5 or words[0].i != t.head.i + 2:
            continue  # (not "Name, the NOUN" said short)
        beside = " ".join([t.head.text, *(w.text for w in words[1:])])
        found = re.search(r"\b" + re.escape(beside) + r"\b", obj) if beside in obj else None
        if found is not None:
            told = " ".join(w.text for w in words[1:])
            return f"{obj[: found.start()]}{t.head.text} ({told}){obj[found.end() :]}"
    return obj
