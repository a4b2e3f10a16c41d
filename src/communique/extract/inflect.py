"""Verb forms for readable objects ("employ 521 journalists" -> "journalists employed"),
from lemminflect's tables; a regular ending when a verb is not in them."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from lemminflect import getInflection, getLemma


@lru_cache(maxsize=4096)
def _form(lemma: str, tag: str) -> str:
    got = getInflection(lemma, tag=tag)
    if got:
        return str(got[0])
    if tag in ("VBN", "VBD"):
        return lemma + ("d" if lemma.endswith("e") else "ed")
    return (lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma) + "ing"


def participle(lemma: str) -> str:
    """ "seize" -> "seized", "sell" -> "sold"."""
    return _form(lemma, "VBN")


def gerund(lemma: str) -> str:
    """ "take" -> "taking", "live" -> "living"."""
    return _form(lemma, "VBG")


@lru_cache(maxsize=4096)
def base_form(word: str) -> str:
    """ "had" -> "have", "said" -> "say": a verb's base form (the word when unknown)."""
    got = getLemma(word.lower(), upos="VERB")
    return str(got[0]) if got else word.lower()


def verb_lemma(tok: Any) -> str:
    """A verb token's base form: the model's lemma, unless that lemma does not give the
    word back ("fined" has the lemma "fin", whose participle is "finned"): then the base
    form lemminflect reads from the word itself ("fine")."""
    return _verb_lemma(tok.lower_, tok.lemma_.lower(), tok.tag_)


@lru_cache(maxsize=4096)
def _verb_lemma(word: str, lemma: str, tag: str) -> str:
    if word == lemma or tag not in ("VBD", "VBN", "VBG", "VBZ"):
        return lemma
    forms = getInflection(lemma, tag=tag)
    if not forms or word in forms:
        return lemma
    got = getLemma(word, upos="VERB")
    return str(got[0]) if got else lemma


def past(lemma: str) -> str:
    """ "use" -> "used", "buy" -> "bought"."""
    return _form(lemma, "VBD")
