"""Amounts: a nineteenth pass, what a subject "it", "this", "that" or "these" stands for,
named in an object that said it only through the pronoun. When a main clause says its
amount is a part of the pronoun's thing ("It was made up of $60m in refunds", "It
includes £200m in loans") or its user (a passive verb's "by" phrase: "It was used by
40,000 passengers"), the object names the noun of the sentence just before in the same
paragraph: its subject, or its verb's object when that subject is a person, or a body for
a sum ("no body is made up of money"), or a sum spent on it ("£9m went on building a
website"). Not across a paragraph, after someone's words, to a pronoun, to a body a user
verb may be of ("Acme launched a tablet. It was bought by ..."), or when the object names
the thing already. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_NAMED = [
    # a part of the thing before: "as part of" it, or "part of" it for a bare sum
    (
        "The watchdog agreed a settlement with the bank. It was made up of £20m in fines and"
        " £10m in refunds.",
        "£20m",
        (2e7, "GBP", "=", None, "fines as part of watchdog's settlement"),
    ),
    (
        "The watchdog agreed a settlement with the bank. It was made up of £20m in fines and"
        " £10m in refunds.",
        "£10m",
        (1e7, "GBP", "=", None, "refunds as part of watchdog's settlement"),
    ),
    (
        "The regulator agreed a settlement worth $90m with the insurer. It was made up of $60m"
        " in refunds to customers and $30m in fines.",
        "$30m",
        (3e7, "USD", "=", None, "fines as part of regulator's settlement"),
    ),
    (
        "Ministers unveiled a rescue package for the steel industry. It includes £200m in loans"
        " for smaller mills.",
        "£200m",
        (2e8, "GBP", "=", None, "loans for smaller mills as part of rescue package"),
    ),
    (
        "Mr Patel set out a £3bn housing plan on Tuesday. It includes 20,000 new homes for key"
        " workers.",
        "20,000 new homes",
        (2e4, "homes", "=", None, "new homes for key workers as part of Mr Patel's housing plan"),
    ),
    (
        "The airline placed an order with Boeing worth $4bn. It was made up of $3bn for 30 jets"
        " and $1bn for spare parts.",
        "$1bn",
        (1e9, "USD", "=", None, "jets for spare parts as part of airline's order"),
    ),
    (
        "Globex agreed a $700m loan with its banks. It consists of a $500m credit line and $200m"
        " of bonds.",
        "$500m",
        (5e8, "USD", "=", None, "Globex's credit line as part of loan with Globex's banks"),
    ),
    (
        "Officials agreed a new aid package for the region. It comprises $80m in food aid and"
        " $20m for schools.",
        "$80m",
        (8e7, "USD", "=", None, "food aid as part of new aid package"),
    ),
    # a user of the thing before: "who used it", "that used it"
    (
        "A new shelter opened in the city last year. But it was used by only 40 families in"
        " the winter.",
        "40 families",
        (40, "families", "=", None, "families that used new shelter"),
    ),
    (
        "The museum's new wing opened in May. It was visited by 80,000 people in its first month.",
        "80,000 people",
        (80000, "people", "=", None, "people who visited museum's new wing"),
    ),
    (
        "Some £9m went on building a booking website for the museum. This was used by just"
        " 3,000 visitors.",
        "3,000 visitors",
        (3000, "people", "=", None, "visitors who used booking website for the museum"),
    ),
    (
        "Volunteers built a new footbridge over the river. It was crossed by 12,000 people in"
        " its first week.",
        "12,000 people",
        (12000, "people", "=", None, "people who crossed new footbridge"),
    ),
    (
        "A new ferry service began in June. It was used by 40,000 passengers in its first summer.",
        "40,000 passengers",
        (40000, "people", "=", None, "passengers who used new ferry service"),
    ),
    (
        "The government's new helpline opened in March. It was called by 20,000 people in its"
        " first week.",
        "20,000 people",
        (20000, "people", "=", None, "people who called government's new helpline"),
    ),
    (
        "Officials drew up a new code for landlords. It has been signed by 300 landlords.",
        "300 landlords",
        (300, "people", "=", None, "landlords who have signed new code"),
    ),
    (
        "Officials set up two new funds for farmers. These were used by 2,000 farms.",
        "2,000 farms",
        (2000, "farms", "=", None, "farms that used two new funds"),
    ),
]

_KEPT = [
    # another paragraph: the pronoun's thing is not read across it
    (
        "Ministers unveiled a rescue package for the steel industry.\nIt includes £200m in"
        " loans for smaller mills.",
        "£200m",
        (2e8, "GBP", "=", None, "loans for smaller mills"),
    ),
    # a firm that did a deed to a thing: the firm or the thing, untold
    (
        "Acme has launched a new tablet. It was bought by 200,000 customers in a week.",
        "200,000 customers",
        (2e5, "people", "=", None, "customers"),
    ),
    (
        "The hospital trust bought a new scanner in May. It was used by 800 patients in its"
        " first month.",
        "800 patients",
        (800, "people", "=", None, "patients"),
    ),
    (
        "The state set up a new training scheme in 2003. This has been used by 9,000 jobless"
        " people.",
        "9,000 jobless people",
        (9000, "people", "=", None, "jobless people"),
    ),
    # the object names the thing already
    (
        "The council approved a £40m budget for the harbour. It includes £12m to dredge the"
        " channel.",
        "£12m",
        (1.2e7, "GBP", "=", None, "budget for harbour"),
    ),
    # no part or user verb: the pronoun's own reading stays
    (
        "Acme sold its bus unit last year. It made $5m in profit.",
        "$5m",
        (5e6, "USD", "=", None, "Acme's profit"),
    ),
    (
        "The bank cut interest rates. This was welcomed by 80% of economists.",
        "80%",
        (80, "percent", "=", None, "share of economists"),
    ),
    # a sum made up of sums: a sum is no thing the pronoun names
    (
        "The fund raised $2bn from investors last year. It consists of $1.5bn of equity and"
        " $500m of loans.",
        "$1.5bn",
        (1.5e9, "USD", "=", None, "equity"),
    ),
]


@pytest.mark.parametrize(("text", "amount", "fields"), _NAMED + _KEPT)
def test_it_subject_named(
    nlp: Any, text: str, amount: str, fields: tuple[float, str, str, str | None, str]
) -> None:
    got = amount_named(amounts_of(nlp, text), amount)
    assert core_fields(got) == fields
