"""Amounts: a seventeenth pass, "the US firm" when no firm in reach is known to be of the US.
When neither the entity stage nor the text places any firm named in the noun's own sentence
before it or the two before in the place word's country, "the PLACE firm" stands for the
one firm named there that the text does not place in another country ("Rossi, Italy's
largest bank"); when several are left, for the one of them that is a clause's subject
there (not one named in passing: "the loss-making Rossi unit", "Rossi shares"). Left alone
when two firms are subjects there (joined ones too: "Vantor Motors and Rossi"), or none
is, and when a lone firm is named there (the place word tells it from no other). A claim
for money one sues for says who sues when a common noun does ("Acme owner sues Russia for
$28bn" -> "damages claim against Russia by Acme owner"); a name that sues is left to the
claim's owner ("Acme's damages claim"), a pronoun left out. A noun that measures a sum
("payments of £80") keeps its own "as part of X" ("payments for carers as part of new care
package"), not one on the verb, a pronoun's X ("its plan") or an X said already. Every
sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, named_all

pytestmark = pytest.mark.slow

_FIRMS = [("Rossi", "ORG"), ("Vantor Motors", "ORG")]


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # the other firm is placed in another country by the text
        (
            "Rossi, Italy's largest bank, ended its partnership with Vantor Motors last week. "
            "The US firm agreed to pay $3bn to leave the venture.",
            "$3bn",
            "Vantor Motors' payment to leave venture",
        ),
        # the other firm is named only in passing; the one that is a subject is meant
        (
            "Vantor Motors no longer wants to own the loss-making Rossi unit. Rossi shares fell "
            "2% on Monday. The US firm is offering about $2bn to end the deal.",
            "$2bn",
            "Vantor Motors' offer to end deal",
        ),
    ],
)
def test_unplaced_firm_named(nlp: Any, text: str, amount: str, obj: str) -> None:
    got = amounts_of(nlp, text, entities=named_all(text, _FIRMS))
    assert amount_named(got, amount).object == obj


@pytest.mark.parametrize(
    "text",
    [
        # two firms joined as one subject: which is meant is not told
        "Vantor Motors and Rossi both reported losses. Rossi shares fell 2% on Monday. The US "
        "firm is offering about $2bn to end the deal.",
        # neither firm is a subject
        "Talks between Vantor Motors and Rossi stalled on Monday. The US firm is offering "
        "about $2bn to end the deal.",
        # a lone firm, unplaced: the place word tells it from no other
        "Vantor Motors reported losses. Vantor Motors cut jobs. The US firm is offering "
        "about $2bn to end the deal.",
        # both are subjects
        "Vantor Motors sued Rossi on Monday. Rossi rejected the claim. The US firm is offering "
        "about $2bn to end the deal.",
    ],
)
def test_unplaced_firm_left(nlp: Any, text: str) -> None:
    got = amounts_of(nlp, text, entities=named_all(text, _FIRMS))
    assert amount_named(got, "$2bn").object == "the US firm's offer to end deal"


@pytest.mark.parametrize(
    ("text", "ents", "amount", "obj"),
    [
        # a common noun sues: the claim says who
        (
            "The largest shareholder of the failed airline Skyward sued the state for $40m.",
            [("Skyward", "ORG")],
            "$40m",
            "damages claim against state by largest shareholder of failed airline Skyward",
        ),
        (
            "Former Skyward boss sues state for $9m",
            [("Skyward", "ORG")],
            "$9m",
            "damages claim against state by former Skyward boss",
        ),
        # the sued, told by a class noun, is still named
        (
            "Skyward lost money last year. A group of Skyward pilots has sued the airline for "
            "$12m.",
            [("Skyward", "ORG")],
            "$12m",
            "damages claim against Skyward by group of Skyward pilots",
        ),
        # a name that sues: the claim's owner, as before
        (
            "Kestrel Holdings has sued the Dutch government for $5bn over the seizure of its "
            "oil unit.",
            [("Kestrel Holdings", "ORG")],
            "$5bn",
            "Kestrel Holdings' damages claim against Dutch government",
        ),
        # a pronoun that sues is left out
        (
            "Globex lost the case last year. It sued Initech for $3m.",
            [("Globex", "ORG"), ("Initech", "ORG")],
            "$3m",
            "damages claim against Initech",
        ),
    ],
)
def test_who_sues(nlp: Any, text: str, ents: list[tuple[str, str]], amount: str, obj: str) -> None:
    got = amounts_of(nlp, text, entities=named_all(text, ents))
    assert amount_named(got, amount).object == obj


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # the noun's own "as part of": kept
        (
            "She announced payments of £80 for carers as part of the new care package.",
            "£80",
            "payments for carers as part of new care package",
        ),
        # said already ("under"), or on the verb: as before
        (
            "The minister promised grants of £300 for first-time buyers as part of the housing "
            "scheme.",
            "£300",
            "grants for first-time buyers under housing scheme",
        ),
        ("Acme will pay £5m as part of the settlement.", "£5m", "Acme's payment under settlement"),
    ],
)
def test_part_of_kept(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
