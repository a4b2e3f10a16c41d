"""What a subject "it" or "this" stands for, named in an object it leaves unsaid.

    "The SEC agreed a deal totalling $375m with Acme. It was made up of $250m to pay back
    gains, and $125m in penalties."
    -> "part of SEC's deal with Acme to pay back gains", "penalties as part of SEC's deal
       with Acme"
    "Some £14m went on developing the software to run the site. This was used by just 200
    students." -> "students who used software to run the site"

A main clause whose subject is "it", "this", "that" or "these" and whose verb says the
amount is a part of its subject ("is made up of", "includes", "comprises", "consists of")
or its subject's user (a passive verb's "by" phrase) tells what the amount is only through
the pronoun. The pronoun stands for the main noun of the sentence just before, in the same
paragraph: its subject; or its verb's object when that subject is a person, or a body
(or a noun doing a deed to the object: "the trust bought a scanner") and the part is money
(no body is made up of money; "Acme launched a phone. It was bought by ..." may be Acme's
buyers: left alone); or the noun a sum went on ("£14m went on developing the software").
That noun is told as an amount of that sentence tells it (from the noun on), else shortly
with its modifiers, with the body's name when it is the noun's owner. Not across a
paragraph or a quote, after a saying verb, nor to a pronoun, a person, a time, a name of
no kind (a firm's, maybe), or a noun the pronoun does not agree with in number; not when
the object names the noun already.
"""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_lexicon import lexicon
from communique.extract.amounts_parse import _name, _np, _possessive, _tokens
from communique.extract.amounts_sentences import _sent
from communique.extract.inflect import past, verb_lemma
from communique.record import Amount

# A sentence opened by its subject pronoun ("It was made up of", "But this was used by").
_OPENING = re.compile(r"(?:(?:But|And) )?(?:It|This|That|These|it|this|that|these) ")
_FIRST = frozenset("ITBA")  # (their first letters)
# The words of the part and user verbs, to pass by amounts with none just before them.
_NEAR = re.compile(r" by |includ|compris|contain|consist|made up")
# Verbs whose object (or "of" phrase) is a part of their subject.
_PART_VERBS = frozenset("include comprise contain consist make".split())
# Verbs of saying: a sentence of them quotes someone, whose words the pronoun may be of.
_SAYING = frozenset("say add tell claim argue warn insist state note explain".split())
# Quote marks: someone's words, whose "it" may be of anything they said before.
_QUOTES = ('"', "“", "”")
# Entity kinds of people and bodies, whom "it"/"this" as a thing does not stand for.
_DOERS = frozenset(("PERSON", "ORG", "GPE", "NORP"))
# Entity kinds of named things ("the Freedom of Information Act", "the Millennium Dome").
_THINGS = frozenset(("LAW", "PRODUCT", "FAC", "EVENT", "WORK_OF_ART"))
# Entity kinds of times, which no "it" of a part or user frame stands for.
_TIMES = frozenset(("DATE", "TIME"))
# Entity kinds of sums and counts: a sum as subject is spent on the thing meant.
_SUMS = frozenset(("MONEY", "CARDINAL", "PERCENT", "QUANTITY"))
# Scale and currency words a sum's number hangs on ("£14m", "2bn euros").
_SCALES = frozenset("m bn k million billion trillion pounds dollars euros yen".split())
# Deps by which an amount is said inside its verb's object ("made up of $250m ... and $125m").
_INSIDE = frozenset(
    "dobj pobj prep prt conj appos nummod compound quantmod nmod punct npadvmod".split()
)
# Words linking a noun to the words before it in an object ("spending on developing the").
_LINKS = frozenset("on of in for to by from with into the a an".split())
# Words an object opens with that only say "a sum" ("money to pay back gains").
_VAGUE = ("money ", "sum ", "amount ")


def it_subject_named(out: list[Amount], doc: Any, text: str) -> None:
    """Each amount of a part or user frame under a subject pronoun, its object naming what
    the pronoun stands for (see the module)."""
    for a in out:
        s = a.span[0]
        # (the cheap gate: a sentence after another's full stop, opened by a pronoun - a
        # paragraph's first has no sentence before it to name the thing)
        lo = text.rfind(". ", 0, s) + 2
        if lo < 2 or text[lo] not in _FIRST or _OPENING.match(text, lo, lo + 14) is None:
            continue
        if _NEAR.search(text, lo, s) is None:
            continue  # (no part or user verb before it)
        if not a.object or a.extra.get("conversion_of") is not None:
            continue
        new = _rewritten(a, out, doc, text)
        if new is None or new == a.object:
            continue
        old = a.object
        for b in out:  # (its conversions: "$250m (£130m)")
            if b.extra.get("conversion_of") == list(a.span) and b.object == old:
                b.object = new
        a.object = new


def _rewritten(a: Amount, out: list[Amount], doc: Any, text: str) -> str | None:
    span = _tokens(doc, a.span[0], a.span[1])
    if span is None or not len(span):
        return None
    sent = _sent(span[0])
    root = sent.root
    pron = next((c for c in root.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if pron is None or pron.lower_ not in ("it", "this", "that", "these"):
        return None
    if any(t.pos_ not in ("CCONJ", "ADV", "PUNCT") for t in doc[sent.start : pron.i]):
        return None
    frame = _frame(span, root, pron)
    if frame is None:
        return None
    money_part = frame == "part" and a.extra.get("kind") == "money"
    ante = _antecedent(sent, pron, text, money_part=money_part)
    if ante is None:
        return None
    obj = a.object or ""
    if ante[0].lower_ in obj.lower().split():
        return None  # (the object names it already: "budget for harbour")
    told = _told(ante[0], ante[1], a, out)
    if told is None:
        return None
    if frame == "part":
        if " part of " in obj:
            return None
        if obj.startswith(_VAGUE):
            return f"part of {told} {obj.split(' ', 1)[1]}"  # ("money to pay back gains")
        return f"{obj} as part of {told}"
    # "used by 200 students": "students who used <it>", when the object is the bare noun
    if len(obj.split()) > 3 or " by " in obj or " who " in obj:
        return None
    done = _active(root)
    if done is None:
        return None
    who = "who" if a.unit == "people" else "that"
    return f"{obj} {who} {done} {told}"


def _active(root: Any) -> str | None:
    """The passive verb said actively, of a plural doer: "was used" -> "used", "is used" ->
    "use", "has been used" -> "have used"; None for a modal ("will be used": not done)."""
    lefts = list(root.lefts)
    aux = next((c for c in lefts if c.dep_ == "auxpass"), None)
    if aux is None or any(c.tag_ == "MD" for c in lefts):
        return None
    verb = verb_lemma(root)
    if aux.tag_ == "VBD":
        return past(verb)
    if aux.tag_ in ("VBZ", "VBP"):
        return verb
    have = next((c for c in lefts if c.dep_ == "aux"), None)
    if aux.tag_ == "VBN" and have is not None and have.lemma_.lower() == "have":
        return f"{'had' if have.tag_ == 'VBD' else 'have'} {root.lower_}"
    return None


def _frame(span: Any, root: Any, pron: Any) -> str | None:
    """ "part" when the amount is inside the object of a part verb whose subject is the
    pronoun, "user" when it is the "by" phrase of a passive verb so; else None."""
    tok = span.root
    path: list[Any] = []
    for _ in range(8):
        if tok.i == root.i:
            break
        path.append(tok)
        tok = tok.head
    else:
        return None
    if tok.i != root.i or not path:
        return None
    if any(t.dep_ not in _INSIDE and t.dep_ != "agent" for t in path):
        return None  # (in a clause of its own: "to pay for ...")
    lemma = root.lemma_.lower()
    if lemma in _PART_VERBS and all(t.dep_ != "agent" for t in path):
        if lemma == "make" and not (
            pron.dep_ == "nsubjpass"
            and any(c.dep_ == "prt" and c.lower_ == "up" for c in root.rights)
        ):
            return None  # ("It made $5m": earned, no part)
        if lemma == "consist" and not any(t.lower_ == "of" for t in path):
            return None
        return "part"
    if pron.dep_ == "nsubjpass" and path[-1].dep_ == "agent" and len(path) <= 3:
        return "user"
    return None


def _antecedent(sent: Any, pron: Any, text: str, *, money_part: bool) -> tuple[Any, Any] | None:
    """The noun the pronoun stands for in the sentence before, and its owner's token (the
    subject, when the noun is its verb's object) or None."""
    doc = sent.doc
    if sent.start == 0:
        return None
    before = _sent(doc[sent.start - 1])
    last = before.end - 1
    while last > before.start and doc[last].is_space:
        last -= 1  # (the parse ends a paragraph's last sentence with its line break)
    gap = text[doc[last].idx : sent.start_char]
    if "\n" in gap or any(q in text[before.start_char : sent.end_char] for q in _QUOTES):
        return None  # (another paragraph; someone's words)
    root = before.root
    if root.lemma_.lower() in _SAYING or root.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    owner = None
    noun = subj
    kind = _kind(subj, root)
    if kind == "person" or kind == "body" and money_part:
        # ("The SEC agreed a deal. It was made up of $250m": no body is made up of money;
        # "Acme launched a phone. It was bought by ...": Acme or the phone, untold)
        noun = _first_object(root, deep=False)
        owner = subj if kind == "body" and subj.pos_ != "PRON" or subj.pos_ == "PROPN" else None
    elif kind == "sum":
        noun = _first_object(root, deep=True)  # ("£14m went on developing the software")
    elif kind != "thing":
        return None
    if noun is None or not _agrees(noun, pron):
        return None
    return noun, owner


def _kind(tok: Any, root: Any) -> str | None:
    """What a subject is: "person", "body" (a firm, a body, or a noun doing a deed to an
    object: "the trust bought a scanner"), "sum", "thing", or None (a pronoun of no one)."""
    low = tok.lower_
    if tok.pos_ == "PRON":
        return "person" if low in ("he", "she", "i") else "body" if low in ("they", "we") else None
    ent = tok.ent_type_
    if ent == "PERSON":
        return "person"
    if ent in _DOERS:
        return "body"
    if _sum(tok):
        return "sum"
    if tok.pos_ == "NOUN" and _personal(tok):
        return "person"
    if any(c.dep_ == "dobj" for c in root.rights):
        return "body"
    if tok.pos_ == "PROPN":
        return "thing" if ent in _THINGS else None
    return "thing" if tok.pos_ == "NOUN" else None


def _personal(tok: Any) -> bool:
    """A noun of people ("workers", "minister")."""
    people = lexicon().people
    return tok.lower_ in people or tok.lemma_.lower() in people


def _sum(tok: Any) -> bool:
    """A sum or count ("£14m", "500", "2bn euros"; not "a £40m budget"), its number on it
    or on its scale or currency word."""
    if tok.ent_type_ in _SUMS or tok.like_num:
        return True
    return tok.lower_ in _SCALES and any(c.dep_ == "nummod" for c in tok.lefts)


def _first_object(root: Any, *, deep: bool) -> Any:
    """The root verb's object; with `deep`, else its "on"/"for" phrase's noun, through a
    gerund there ("went on developing the software": software)."""
    obj = next((c for c in root.rights if c.dep_ == "dobj"), None)
    if obj is not None or not deep:
        return obj
    for prep in root.rights:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "for", "into"):
            continue
        for c in prep.children:
            if c.dep_ == "pobj":
                return c
            if c.dep_ == "pcomp" and c.tag_ == "VBG":
                return next((d for d in c.rights if d.dep_ == "dobj"), None)
    return None


def _agrees(noun: Any, pron: Any) -> bool:
    """A thing the pronoun may stand for: a noun (or a name of no person or body) of its
    number."""
    if noun.ent_type_ in _TIMES:
        return False  # ("Acme had a bad year")
    if noun.pos_ == "PROPN":
        if noun.ent_type_ not in _THINGS:
            return False  # (a name of no kind may be a firm's)
    elif noun.pos_ != "NOUN" or _personal(noun) or _sum(noun):
        return False
    plural = noun.tag_ in ("NNS", "NNPS")
    return plural == (pron.lower_ == "these")


def _told(noun: Any, owner: Any, a: Amount, out: list[Amount]) -> str | None:
    """The noun told for the object: as an amount of the sentence before tells it ("SEC's
    deal with Acme", "software to run the site" of "spending on developing the software to
    run the site"), else its short phrase, with its owner's name."""
    before = _sent(noun)
    lo, hi = before.start_char, before.end_char
    word = noun.lower_
    for b in out:
        if b is a or not b.object or not lo <= b.span[0] < hi:
            continue
        words = b.object.split()
        at = next((k for k, w in enumerate(words) if w.lower() == word), None)
        if at is None:
            continue
        cut = max((k for k in range(at) if words[k] in _LINKS), default=-1)
        if len(words) - cut > 2:  # (more words than the noun's: not "value of settlement")
            told = " ".join(words[cut + 1 :])
            return _owned(told, owner)
        break
    if noun.pos_ == "PROPN":
        return _name(noun)
    told = _np(noun, set(), with_prep=True)
    if not told or len(told.split()) > 8:
        return None
    return _owned(told, owner)


def _owned(told: str, owner: Any) -> str:
    """ "housing plan" -> "Smith's housing plan", unless it says an owner already."""
    if owner is None or "'" in told:
        return told
    name = _name(owner) if owner.pos_ == "PROPN" else _np(owner, set()).lower()
    return f"{_possessive(name)} {told}"
