"""A place or unit of an owner's that restricts what an amount counts is kept in its object:
"the 900 job cuts announced in May at its Dutch plants" are the cuts at those plants, not
the firm's as a whole, so the object is "job cuts announced in May at Vantor's Dutch
plants", not "Vantor's job cuts announced in May".

The phrase kept is an "at"/"in" phrase whose noun is one of a firm's or body's sites or
parts (operations, plants, factories, stores, offices, a division, a subsidiary, branches,
sites, mines ...) told by its owner ("its", "their", "the firm's", "Acme's"), on the counted
noun or on its participle ("announced", "planned"), and the last of that participle's
words: it may run past the six words a participle otherwise keeps, to ten. A time, a bare
place name ("in Spain"), a site told by no owner ("at Dutch plants", kept already when
short) or a noun after "its" that is no site ("at its annual meeting") is not this rule's.
The "its"/"their" is named afterwards by the object's pronoun rules (amounts_owners'
_resolve_its), by the firm the main clause names when the phrase is put before it."""

from __future__ import annotations

from typing import Any

# A firm's or body's sites and parts: where the things it counts are, or which of them.
_SITE_NOUNS = frozenset(
    """operation plant factory store shop office division subsidiary branch site mine unit
    outlet mill depot warehouse facility refinery smelter yard works arm business centre
    center headquarters hotel restaurant pit""".split()
)
# The possessive pronouns of an owner (named later by the object's pronoun rules).
_OWNER_PRONOUNS = frozenset(("its", "their"))
# The words after which a site phrase may stand, and the most the participle may keep then.
_SITE_PREPS = frozenset(("at", "in"))
_MOST = 10


def owned_site(prep: Any) -> bool:
    """Whether `prep` is an "at"/"in" phrase on a site or part of an owner's ("at its Dutch
    plants", "in the group's French division", "at Acme's stores"): its noun a site noun
    told by a possessive pronoun or a possessive noun."""
    if prep.dep_ != "prep" or prep.lower_ not in _SITE_PREPS:
        return False
    site = next((p for p in prep.children if p.dep_ == "pobj"), None)
    if site is None or site.lemma_.lower() not in _SITE_NOUNS and site.lower_ not in _SITE_NOUNS:
        return False  # (the word too: "works" is a site, its lemma "work" none)
    for c in site.lefts:
        if c.dep_ != "poss":
            continue
        if c.lower_ in _OWNER_PRONOUNS:
            return True
        # ("the firm's", "Acme's": a noun with its "'s")
        return any(k.dep_ == "case" for k in c.children)
    return False


def ends_in_site(acl: Any, last: int, n: int) -> bool:
    """Whether a participle's `n` words (its subtree, "the" left out), the last at token
    `last`, may all be kept for a last phrase that is an owner's site ("announced last year
    at its European operations"): more than six, no more than ten, and that phrase ends
    them. False for any other shape (the participle's own length rule then stands)."""
    if not 6 < n <= _MOST:
        return False
    end = None
    for c in acl.rights:
        end = c
    return end is not None and end.right_edge.i == last and owned_site(end)
