"""Whom a definite role in an object stands for: the person the article named with it.

    "Scottish Tory leader Jane Doe ... The Tory leader's pay rose to £90,000"
    -> "Jane Doe's pay"

An object that holds a definite description of a person by a role with no name of its own
("the home secretary's payment", "Edinburgh MSP's earnings", "bonus paid to the chief
executive") names the one person named before it in the article whose role (from the entity
stage) agrees with it: the role noun and every word before it (a place, a party, "home",
"shadow") are words of the person's role, and the person's role has no word that makes it
another office ("shadow", "deputy", "former", "prime", "vice": "the chancellor" is not the
shadow chancellor, "the minister" not the prime minister). Two such people leave it.

With no person so named, a description that opens its sentence right after a sentence that
names one person only, as its subject, is that person - news names a person, then goes on
with a description ("Tory leader Jane Doe denies it. The Edinburgh MSP earns ...") - when
no other person named before has a role of that noun.

Not a role followed by a name ("the chancellor Gordon Brown", "the director, Ann Lee") or
by "of" ("the director of public prosecutions": a role of its own words), nor a role that
the object says with a name already. Runs only when the entity stage found people with
roles, and reads the parse only for an object that holds a role noun.
"""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_parse import _possessive, _text_sentence, _tokens
from communique.record import Amount, Article, Entity

# Nouns of a person's role or office.
_ROLE_NOUNS = (
    "minister chancellor secretary msp mp mep am leader president premier chairman chairwoman"
    " executive boss director governor mayor spokesman spokeswoman spokesperson senator"
    " ambassador commissioner councillor treasurer"
).split()
_ACRONYMS = frozenset(("msp", "mp", "mep", "am"))
_ROLE_IN_OBJ = re.compile(r"\b(?:" + "|".join(_ROLE_NOUNS) + r")\b", re.I)
# "the home secretary's", "The Edinburgh MSP", "the chief executive": "the", up to three
# words, a role noun (not one before another).
_ROLE_PHRASE = re.compile(
    r"\b[Tt]he (?P<mods>(?:[\w-]+ ){0,3}?)(?P<noun>"
    + "|".join(_ROLE_NOUNS)
    + r")(?P<poss>['’]s)?\b(?! (?:"
    + "|".join(_ROLE_NOUNS)
    + r")\b)",  # (the last of them: "the executive director")
    re.I,
)
# Words of a role that make it another office than the bare noun.
_OTHER_OFFICE = frozenset(
    "shadow deputy former ex ex- vice prime assistant acting junior interim outgoing".split()
)
# Words before a role noun that say nothing of which role it is.
_LOOSE = frozenset(("then",))
_SUBJ = frozenset(("nsubj", "nsubjpass"))
_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady".split())
_CLEAN_NAME = re.compile(r"[A-Z][\w.'’ -]*[\w.]")


def _role_words(role: str) -> set[str]:
    return {w for w in re.split(r"[^\w-]+", role.lower()) if w}


def _agrees(words: list[str], role: str) -> bool:
    """Whether a description of `words` (its words before the noun, and the noun) may be
    said of a person of `role`."""
    have = _role_words(role)
    if any(w not in have for w in words if w not in _LOOSE):
        return False
    return not any(w in _OTHER_OFFICE and w not in words for w in have)


def _role_referent(out: list[Amount], art: Article, doc: Any) -> None:
    """Names the person a definite role in an object stands for (see the module
    docstring)."""
    people = [e for e in art.entities if e.type == "PERSON" and e.mentions]
    if not any(e.roles for e in people):
        return  # (cheap: no one with a role, or no entity stage)
    text = art.text
    for a in out:
        obj = a.object
        if not obj or _ROLE_IN_OBJ.search(obj) is None:
            continue  # (cheap: no role noun in the object)
        lo, hi = _text_sentence(text, a.span[0], a.span[1])
        for m in _ROLE_PHRASE.finditer(text, lo, hi):
            new = _named_role(m, obj, people, doc, text, lo)
            if new is not None:
                a.object = obj = new
                break


def _named_role(
    m: re.Match[str], obj: str, people: list[Entity], doc: Any, text: str, lo: int
) -> str | None:
    """`obj` with the role phrase `m` told by the name of the person it stands for, or
    None."""
    mods = m.group("mods").split()
    noun = m.group("noun")
    if not noun.islower() and not noun.isupper() or noun.lower() in _ACRONYMS and noun.islower():
        return None  # ("the Chief": a word of a name; "the one I am")
    if any(w[:1].isdigit() for w in mods):
        return None
    said = re.search(
        r"(?:\b[Tt]he )?(?<![\w-])"
        + "".join(re.escape(w) + " " for w in mods)
        + re.escape(noun)
        + r"(['’]s)?(?![\w-])",
        obj,
        re.I,
    )
    if said is None:
        return None
    after = text[m.end() : m.end() + 3]
    if re.match(r" [A-Z]|, [A-Z]| of\b", after):
        return None  # ("the chancellor Gordon Brown", "the director of public prosecutions")
    if re.match(r" [A-Z]", obj[said.end() :]):
        return None
    toks = _tokens(doc, m.start("noun"), m.end("noun"))
    if toks is None or len(toks) != 1 or toks[0].dep_ in ("compound", "amod"):
        return None  # ("the MP expenses row": a word of another noun)
    words = [w.lower() for w in [*mods, noun]]
    start = m.start()
    before = [e for e in people if any(mm.span[1] <= start for mm in e.mentions)]
    fits = [e for e in before if any(_agrees(words, r) for r in e.roles)]
    if not fits and not text[lo:start].strip():
        fits = _subject_before(before, words[-1], doc, text, lo)
    if len({e.name for e in fits}) != 1:
        return None  # (no one, or two: which is meant is not clear)
    ent = fits[0]
    names = {ent.name, *(mm.text for mm in ent.mentions)}
    if any(n and n in obj for n in names):
        return None  # (the object names the person already)
    # (its fullest name: "Tony Blair", not "Blair"; no "Mr")
    full = [
        n for n in names if _CLEAN_NAME.fullmatch(n) and n.split()[0].lower() not in _HONORIFICS
    ]
    if not full:
        return None
    name = max(full, key=lambda n: (len(n.split()), n == ent.name))
    told = _possessive(name) if said.group(1) else name
    return f"{obj[: said.start()]}{told}{obj[said.end() :]}"


def _subject_before(before: list[Entity], noun: str, doc: Any, text: str, lo: int) -> list[Entity]:
    """The one person the sentence before `lo` names, as its subject, when it names no
    other and no person named before has a role of `noun` (else none)."""
    if lo < 2 or any(noun in _role_words(r) for e in before for r in e.roles):
        return []
    plo, _ = _text_sentence(text, lo - 2, lo - 2)
    named = [(e, mm) for e in before for mm in e.mentions if plo <= mm.span[0] and mm.span[1] <= lo]
    if len({e.id for e, _ in named}) != 1:
        return []
    ent, mm = named[0]
    if not ent.roles:
        return []
    span = _tokens(doc, mm.span[0], mm.span[1])
    if span is None or not len(span) or span.root.dep_ not in _SUBJ:
        return []
    return [ent]
