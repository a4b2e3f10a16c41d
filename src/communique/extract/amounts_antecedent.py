"""A definite noun the article named in full a few sentences before: "Harlow bid for Tesson
Media's NOP Data research unit. ... the unit could sell for £200m" -> "sale of Tesson
Media's NOP Data research unit"; "opened the Valdor 2006 boat show. ... exhibitors from 25
countries attend the show" -> "... attending Valdor 2006 boat show".

A "the" phrase of plain words in the amount's sentence ("the unit", "the show", "the new
plant"), with nothing of its own after it that says which (an "of" phrase, a clause, an
apposition) and whose noun stands in the object, takes the one earlier mention of the same
noun, in the same number, in the sentences before (`_BACK`) that carries a name or an owner
by name ("Tarvik's leisure unit", "the Bellway unit", "the Valdor boat show") and every
plain word of the later phrase. Two such mentions that differ, a noun said in the other number,
or a named mention in the noun's own sentence leave it. Not for the nouns of time and the
general nouns every story uses alone ("the year", "the market", "the economy"), nor when
the object says whose already ("Yukos' former unit") or names anyone at all without a
"the" of its own (a name says whose, as a rule: it is not read). A bare "sale" of a thing
that "could sell for" the amount becomes the sale of that thing, told in full; a mention's
own short "of" phrase comes with it ("the Treasury's panel of economic advisers").

"The combined company" (or group, "the enlarged firm") is the two firms the one deal in those
sentences joins: "Globex's acquisition of Initech", "the merger of Globex and Initech",
"Globex agreed to buy Initech" -> "combined Globex and Initech"; a deal's "its" is the firm
the article is most about. Two such deals, or a party that is no name, leave it."""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_context import _FUNCTION_WORDS
from communique.extract.amounts_parse import _text_sentence, _tokens
from communique.extract.amounts_sentences import _sents_at
from communique.extract.amounts_words import _TIME_NOUNS
from communique.record import Amount

# How many sentences before its own a definite noun looks back for its named mention.
_BACK = 4

# Nouns a story uses alone for the one thing of its kind everyone knows, or for a whole
# field: a name before them earlier is another thing, not this one.
_GENERAL_NOUNS = _TIME_NOUNS | frozenset(
    """market economy government country world industry sector public people city nation
    state figure figures rate""".split()
)

# Words of the object that may stand before the noun in its place ("the show", "air show").
_DETS = frozenset(("the",))

# Words that make a firm noun the firm two will be, or have just become ("the combined
# group"), and such nouns. (Not "merged": a merged group is often one the story has a name
# of its own for, or goes on to tell apart from its old parts.)
_JOINED = frozenset(("combined", "enlarged"))
_FIRM_NOUNS = frozenset("company firm group business bank entity carmaker operator".split())
# Nouns and verbs of one firm taking over, or joining, another.
_DEAL_NOUNS = frozenset("merger acquisition takeover purchase combination".split())
_DEAL_VERBS = frozenset("merge acquire buy".split())
# What the pattern finds them by, in the lower-cased text (as stems: "merged", "buying").
_DEAL_STEMS = ("merge", "acqui", "takeover", "purchase", "combination", "buy", "bought")


def named_earlier(out: list[Amount], doc: Any, text: str, main_org: str | None) -> None:
    """Each amount's object with a bare definite noun told by the article's one earlier
    named mention of it (see the module's text); `main_org`: the firm the article is most
    about, for a deal's "its"."""
    lo = hi = -1
    low = ""
    dets: list[tuple[int, list[str]]] = []  # the sentence's "the"s, with their plain words
    heads: dict[int, Any] = {}  # their nouns, read once
    done: dict[str, str] = {}  # the objects of the sentence told so far, and what they became
    for a in out:  # (in text order: a sentence's amounts come together)
        obj = a.object
        if not obj or not _untold(obj):
            continue
        if not lo <= a.span[0] < hi:
            lo, hi = _text_sentence(text, a.span[0], a.span[1])
            dets = _the_words(text, lo, hi)
            heads = {}
            done = {}
        elif obj in done:
            a.object = done[obj]  # (the same object again: "$5m (£3m)")
            continue
        new = obj
        for start, words in dets:
            if not _said_before(words, obj, text, lo):
                continue  # (cheap, so first: by the strings alone)
            if start not in heads:
                heads[start] = _plain_definite(doc, start)
            head = heads[start]
            if head is None:
                continue
            low = low or text.lower()
            told = _told(doc, head, obj, (low, main_org))
            if told is not None:
                new = told
                break
        a.object = done[obj] = new


def _untold(obj: str) -> bool:
    """Whether `obj` may hold a definite noun still to tell: one with no name in it, one
    that keeps a "the" ("jobs shed by the combined company"), or a bare sale (an object
    with a name says whose already, as a rule; cheap, so first)."""
    return obj.islower() or "the " in obj or obj.endswith("sale")


# The plain words after a "the", up to three (a possessive's ending left out: "the panel's
# forecast"), found by its "he " (a pattern that opens with letters the search can skip
# ahead to; the "t" before it is tested after).
_THE_RUN = re.compile(r"he ([a-z]+)(?:['’]s)?(?: ([a-z]+)(?:['’]s)?)?(?: ([a-z]+))?")

# Words after a "the" that cannot be its noun, nor a word the object keeps of it.
_NOT_NOUNS = _FUNCTION_WORDS | _GENERAL_NOUNS | frozenset(w + "s" for w in _GENERAL_NOUNS)

# How far before its sentence the noun's named mention may stand, in characters, at most
# (a cheap bound, before the sentences are counted).
_REACH = 1500


def _the_words(text: str, lo: int, hi: int) -> list[tuple[int, list[str]]]:
    """Where each "the" of the sentence from `lo` to `hi` stands, with the plain words after
    it that may be its noun or one the object keeps ("show", "combined company"); not the
    "the"s with none."""
    out = []
    for m in _THE_RUN.finditer(text, lo + 1, hi):
        at = m.start() - 1
        if text[at] not in "tT" or at > lo and text[at - 1].isalnum():
            continue  # (not "the": "she", "scheme")
        words = [w for w in m.groups() if w and len(w) > 3 and w not in _NOT_NOUNS]
        if words:
            out.append((at, words))
    return out


def _said_before(words: list[str], obj: str, text: str, lo: int) -> bool:
    """Whether one of a "the"'s `words` is in `obj` and, in reach before the sentence at
    `lo`, after a capital (a name, or an owner by name: "Globex's unit"), or, for a bare
    "sale" in a sentence that says "sell", whether one of them is (the thing sold); for
    "the combined", whether a deal is said in reach before."""
    for w in words:
        if w in _JOINED and w in obj:
            start = lo - _REACH if lo > _REACH else 0
            return _DEAL_SAID.search(text, start, lo) is not None  # (the deal said before)
        if w in obj and _named_before(w, text, lo):
            return True
    if not _bare_sale(obj) or text.find("sell", lo, lo + 400) < 0:
        return False
    for w in words:
        if _named_before(w, text, lo):
            return True
    return False


def _bare_sale(obj: str) -> bool:
    """Whether `obj` is a sale that says nothing of what is sold ("sale", "Globex's sale")."""
    return obj == "sale" or obj.endswith("'s sale") and obj.count(" ") < 3


# A deal's word, in the text (see `_DEAL_STEMS`).
_DEAL_SAID = re.compile(r"[Mm]erg|[Aa]cqui|[Tt]akeover|[Pp]urchase|[Cc]ombination|[Bb]uy|[Bb]ought")

# A capital letter: a name's.
_CAPITAL = re.compile(r"[A-Z]")


def _named_before(word: str, text: str, lo: int) -> bool:
    """Whether `word` stands in reach before `lo` with a capital a few words before it (by
    the text alone: the cheap test before the parse is read)."""
    start = lo - _REACH if lo > _REACH else 0
    at = text.rfind(word, start, lo)
    while at >= 0:
        near = at - 40 if at > 40 else 0
        stop = max(text.rfind(". ", near, at), text.rfind(",", near, at))
        if _CAPITAL.search(text, stop + 2 if stop >= 0 else near, at) is not None:
            return True  # (a capital after the last stop or comma before it)
        at = text.rfind(word, start, at)
    return False


def _plain_definite(doc: Any, start: int) -> Any:
    """The noun of the "the" at `start` when plain words only stand between them and
    nothing after it says which, else None."""
    span = _tokens(doc, start, start + 3)
    t = span[0] if span is not None and len(span) else None
    if t is None or t.dep_ != "det":
        return None
    head = t.head
    if not 0 < head.i - t.i <= 3 or head.pos_ != "NOUN" or head.lower_ in _GENERAL_NOUNS:
        return None
    if not all(m.is_alpha and m.is_lower for m in doc[t.i + 1 : head.i + 1]):
        return None  # (a name, a number or a possessive says which already)
    if head.i + 1 < len(doc) and doc[head.i + 1].text == "-":
        return None  # (a part of a hyphened word: "the e-University")
    if any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in head.rights):
        return None  # ("the unit of Globex", "the unit it sold": its own words say which)
    return head


def _told(doc: Any, head: Any, obj: str, article: tuple[str, str | None]) -> str | None:
    """`obj` with the definite noun `head` told by its one named mention before, or None
    (`article`: the text, lower-cased, and the firm the article is most about)."""
    low, main_org = article
    word = head.lower_
    sale = _bare_sale(obj) and head.dep_ == "nsubj" and head.head.lemma_ == "sell"
    if not sale and word not in obj:
        return None  # (cheap, so first: the noun is not in the object)
    if sale and any(c.dep_ == "dobj" for c in head.head.children):
        return None  # ("the unit sold its plant": the plant is what is sold)
    plain = [t.lower_ for t in doc[_det_of(head) + 1 : head.i]]
    if word in _FIRM_NOUNS and not _JOINED.isdisjoint(plain):
        full = _joined_firms(doc, head, low, main_org)
    else:
        full = _named_mention(doc, head, plain, low)
    if full is None or any(w[:1].isupper() and w in obj for w in full.split()):
        return None  # (none, or the object names it already: "combined firm of Globex and")
    if sale:
        return f"sale of {full}"
    return _put_in(obj, word, full)


def _det_of(head: Any) -> int:
    """The index of the "the" of `head`."""
    return int(next(c.i for c in head.lefts if c.dep_ == "det"))


def _window(doc: Any, head: Any) -> tuple[Any, int]:
    """The sentence of `head`, and the index of the first token `_BACK` sentences before."""
    sents = _sents_at(doc)
    own = sents[head.i]
    lo = own.start
    for _ in range(_BACK):
        if lo == 0:
            break
        lo = sents[lo - 1].start
    return own, lo


def _named_mention(doc: Any, head: Any, plain: list[str], low: str) -> str | None:
    """The one mention of `head`'s noun before it (its own sentence and `_BACK` before) that
    carries a name and every word of `plain`, or None (none, two that differ, one in
    `head`'s own sentence, or the noun in the other number)."""
    sents = _sents_at(doc)
    own, lo = _window(doc, head)
    lemma = head.lemma_.lower()
    plural = head.tag_ == "NNS"
    told: set[str] = set()
    at = low.find(lemma, doc[lo].idx, own.end_char)
    while at >= 0:  # (by the text: building every token of the window costs)
        span = _tokens(doc, at, at + len(lemma))
        at = low.find(lemma, at + 1, own.end_char)
        u = span[-1] if span is not None and len(span) else None
        if u is None or u.i == head.i or u.pos_ != "NOUN" or u.lemma_.lower() != lemma:
            continue
        if (u.tag_ == "NNS") != plural:
            return None  # (the noun in the other number: many may be in play)
        name = _named(doc, u)
        if name is None:
            continue
        if sents[u.i] is own or not all(w in name.lower().split() for w in plain):
            return None  # (its own sentence says which, or another thing of the kind)
        told.add(name)
    return told.pop() if len(told) == 1 else None


def _named(doc: Any, u: Any) -> str | None:
    """The words of the mention `u` from its first name on ("Tesson Media's NOP Data
    research unit", "Valdor 2006 boat show"), or None when none names it (not a
    pronoun's or a plain noun's: "its unit", "the country's show"), or when it is a first,
    indefinite mention."""
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in u.lefts):
        return None  # ("a Welsh water company": one of a kind, described, not named)
    first = None
    for k in range(u.left_edge.i, u.i):
        t = doc[k]
        if t.pos_ == "PROPN" and t.ent_type_ != "NORP":
            first = k  # (not a nationality: "the Welsh company" names none)
            break
    if first is None:
        return None
    run = doc[first : u.i + 1]
    if any(
        t.is_punct and t.text != "-" and t.tag_ != "POS" or t.pos_ in ("DET", "PRON") for t in run
    ):
        return None  # (not one phrase)
    if any(t.head.i < first or t.head.i > u.i for t in run if t.i != u.i):
        return None  # (a word that hangs outside: not the noun's own)
    return str(run.text) + _of_phrase(u)


# How many words a mention's own "of" phrase may have to be kept with it.
_OF_WORDS = 5


def _of_phrase(u: Any) -> str:
    """ " of government advisers": the short "of" phrase of plain words right after the noun
    `u` ("the Treasury's panel of government advisers"), which says what the thing is; "" when
    it has none, or a long one."""
    doc = u.doc
    of = doc[u.i + 1] if u.i + 1 < len(doc) else None
    if of is None or of.lower_ != "of" or of.head.i != u.i:
        return ""
    words = list(of.subtree)[1:]
    if not 0 < len(words) <= _OF_WORDS or not all(t.is_alpha for t in words):
        return ""
    return " of " + " ".join(t.text for t in words)


def _put_in(obj: str, word: str, full: str) -> str | None:
    """`obj` with its one `word` (and the words before it that `full` holds, or "the") put
    as `full`, or None when the object says whose already or has the word twice."""
    words = obj.split(" ")
    at = [n for n, w in enumerate(words) if w == word or w in (word + "'s", word + "’s")]
    if len(at) != 1:
        return None
    end = at[0]
    start = end
    held = set(full.lower().split()) | _DETS
    while start > 0 and words[start - 1].lower() in held:
        start -= 1
    if start > 0 and (words[start - 1][:1].isupper() or words[start - 1].endswith(("'s", "'"))):
        return None  # ("Yukos' unit", "Globex unit": the object says whose already)
    tail = words[end][len(word) :]
    if tail and full.endswith("s"):
        tail = tail[:-1]  # ("advisers'", not "advisers's")
    return " ".join([*words[:start], full + tail, *words[end + 1 :]])


def _joined_firms(doc: Any, head: Any, low: str, main_org: str | None) -> str | None:
    """ "combined Globex and Initech": the two firms the one deal said before `head` (in its
    own sentence and `_BACK` before) joins, or None (none, two deals, or a party that is no
    name)."""
    own, lo = _window(doc, head)
    start, end = doc[lo].idx, doc[head.i].idx
    pairs: set[tuple[str, str]] = set()
    for stem in _DEAL_STEMS:
        at = low.find(stem, start, end)
        while at >= 0:  # (by the text: building every token of the window costs)
            span = _tokens(doc, at, at + len(stem))
            at = low.find(stem, at + 1, end)
            u = span[-1] if span is not None and len(span) else None
            if u is None or not _is_deal(u):
                continue
            pair = _parties(u, main_org)
            if pair is None:
                return None  # (a deal whose sides are not told: it may be the one meant)
            pairs.add(pair)
    if len(pairs) != 1:
        return None
    first, second = pairs.pop()
    return f"combined {first} and {second}"


def _is_deal(u: Any) -> bool:
    """Whether the token `u` is a deal's noun or verb ("merger", "bought")."""
    lemma = u.lemma_.lower()
    return bool(
        u.pos_ == "NOUN" and lemma in _DEAL_NOUNS or u.pos_ == "VERB" and lemma in _DEAL_VERBS
    )


def _parties(u: Any, main_org: str | None) -> tuple[str, str] | None:
    """The taker and the taken (or the two that merge) of the deal word `u` ("Globex's
    acquisition of Initech", "the merger of Globex and Initech", "Globex bought Initech",
    "Globex merged with Initech"), both names, or None."""
    if u.pos_ == "NOUN":
        taken = [p for c in u.rights if c.lower_ in ("of", "with") for p in c.children]
        owner = next((c for c in u.lefts if c.dep_ == "poss"), None)
    else:
        taken = [c for c in u.children if c.dep_ == "dobj"]
        taken += [p for c in u.rights if c.lower_ == "with" for p in c.children]
        owner = _verb_subject(u)
    if len(taken) != 1:
        return None
    joined = [c for c in taken[0].children if c.dep_ == "conj"]
    if owner is None and len(joined) == 1:
        owner, taken = taken[0], joined  # ("the merger of Globex and Initech")
    one = _name_of(owner, main_org)
    other = _name_of(taken[0], None)
    if one is None or other is None or one == other:
        return None
    return one, other


def _name_of(t: Any, main_org: str | None) -> str | None:
    """The name the token `t` ends ("Initech" of "US firm Initech"), or `main_org` for a
    firm's "its"; None for any other word."""
    if t is None:
        return None
    if t.lower_ == "its":
        return main_org
    if t.pos_ != "PROPN":
        return None
    doc = t.doc
    k = t.i
    while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].dep_ == "compound":
        k -= 1
    return str(doc[k : t.i + 1].text)


def _verb_subject(verb: Any) -> Any:
    """The subject of `verb`, or of the verb it is the "to" clause of ("Globex agreed to
    buy Initech"), or None."""
    for _ in range(2):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None or verb.dep_ != "xcomp":
            return subj
        verb = verb.head
    return None
