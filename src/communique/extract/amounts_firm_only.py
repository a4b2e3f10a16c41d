"""Things only a firm has, left with no owner, given to the firm the article is about.

"Acme hopes to return to the stock market. Its debts will be turned into shares through
two new share issues worth more than 2bn euros": the object "new share issues" is Acme's.
A share issue, a share price (one, not "share prices"), a market value, an order book, a
headcount or a count of stores is a firm's; when the object says no owner, the sentence
and the one before name no other organisation, and the clause's subject is no other named
or public body (for a count of stores, the sentence names no country either), it is that
of the organisation the article is most about.
"""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_countries import _Countries
from communique.extract.amounts_owners import _named_owner
from communique.extract.amounts_parse import _clause_head, _tokens, _uncap
from communique.extract.amounts_words import _COMPANY_NOUNS, _OWNER_ORGS
from communique.record import Amount

# Every word a firm-only noun can end on, lower-cased (the cheap first test).
_LAST_WORDS = frozenset(
    """issue issues price value capitalisation capitalization book headcount buyback
    buybacks buy-back buy-backs stores branches factories""".split()
)
_FIRM_ONLY = re.compile(
    r"^(?P<pre>(?:(?:rise|fall|increase|drop|decline|jump|surge|slump|cut) in |value of )?)"
    r"(?P<what>(?P<mods>(?:[A-Za-z][a-z-]* )?(?:[a-z][a-z-]* ){0,2})"
    r"(?i:(?:share|rights) issues?|share price|(?:stock )?market value|"
    r"market capitali[sz]ation|order book|headcount|share buy-?backs?|"
    r"stores|branches|factories))"
    # (what is done to a count of them: "stores to close", "branches closed")
    r"(?P<rest>(?: (?:will |to )?(?:be )?(?:closed|opened|shut|sold|close|open|sell|go)"
    r"(?: down)?)?)$"
)
# Describing words that make the thing everyone's, a market's or a nation's.
_NOT_ONE_FIRMS = frozenset(
    """the a an its their his her our total combined average overall national industry
    sector world global other others rival rivals all these those some many high-street
    retail of in on for at to from by with and or""".split()
)
# Subjects that are not the firm: bodies run by people or the state.
_OTHER_BODIES = _OWNER_ORGS - _COMPANY_NOUNS


def _firm_only_default(
    out: list[Amount],
    doc: Any,
    sent_of: list[Any],
    orgs: list[tuple[int, int]],
    main_org: str | None,
    countries: _Countries,
    text: str,
) -> None:
    """ "through two new share issues" -> "Parmalat's new share issues", in an article about
    Parmalat (see the module docstring for when)."""
    if main_org is None:
        return
    owner = _named_owner(main_org)
    for a in out:
        obj = a.object or ""
        if (
            not obj
            or a.parties
            or "'" in obj
            or "’" in obj
            or _LAST_WORDS.isdisjoint(obj.lower().split()[-3:])
        ):
            continue
        m = _FIRM_ONLY.match(obj)
        if m is None or not _NOT_ONE_FIRMS.isdisjoint(m.group("mods").lower().split()):
            continue
        counted = m.group("what").lower().endswith(("stores", "branches", "factories"))
        if counted and a.extra.get("kind") != "count":
            continue  # (a count of stores, never a sum "in stores")
        at = _tokens(doc, a.span[0], a.span[1])
        if at is None or not len(at):
            continue
        sent = sent_of[at.start]
        before = sent_of[sent.start - 1] if sent.start > 0 else None
        start = before.start_char if before is not None else sent.start_char
        if any(
            start <= b < sent.end_char and not (text[b:e] in main_org or main_org in text[b:e])
            for b, e in orgs
        ):
            continue  # (another firm's: "Initech is struggling. The share price fell 6%")
        if counted and countries.names_one(sent, text, places_only=True):
            continue  # ("factories closed in Britain": a nation's; a share issue is a firm's
            # wherever it is made: "on the Italian stock exchange")
        verb = _clause_head(at[0])
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and (
            subj.pos_ == "PROPN"
            and subj.text not in main_org
            or subj.lemma_.lower() in _OTHER_BODIES
            or subj.ent_type_ == "PERSON"
        ):
            continue  # ("The government plans a share issue": not the firm's)
        first = m.group("what").split()[0]
        if first[:1].isupper() and first != sent[0].text:
            continue  # ("Initech share price": a name's)
        what = _uncap(m.group("what"), sent[0].text)
        a.object = f"{m.group('pre')}{owner} {what}{m.group('rest')}"
