"""Amounts: a thirteenth pass, an amount under a condition. When the verb that governs the
amount is said with a modal ("would", "could", "might", "may", "will") and that same verb has
a condition of its own ("if ...", "unless ...", "provided ..."), the amount is "possible",
not a forecast or a fact: it comes about only if the condition does. So too when the parse
split "an offer of 80 cents a share would be fair if ..." and made "a share" the subject.
Not "even if" (so either way), not a negated verb ("could not be met unless": a need), not a
"could" whose condition is in the past perfect ("could claim 250 euros if they had been
stopped": a rule that held), not a condition of another clause ("were told they would lose
... unless"), and not a modal-free general truth. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "modality"),
    [
        # a modal verb with an "if" clause of its own
        (
            "A takeover offer of 420p a share would be acceptable if the board agreed.",
            "420p",
            "possible",
        ),
        ("Profits would rise 10% if the merger goes ahead.", "10%", "possible"),
        ("The scheme would cost £40m if it were extended to every county.", "£40m", "possible"),
        ("Some 1,500 jobs could go if the factory is sold.", "1,500 jobs", "possible"),
        ("Shareholders would get 80p a share if the offer succeeds.", "80p", "possible"),
        # "will" under a condition: a penalty only if the law comes in
        (
            "Landlords will face a penalty of up to £3,000 if the licensing scheme goes ahead.",
            "£3,000",
            "possible",
        ),
        (
            "The council said there will be fines of up to £500 for dumping rubbish if the new"
            " law is passed.",
            "£500",
            "possible",
        ),
        # "unless", "provided", "providing"
        ("Up to 400 staff might lose their jobs unless a buyer is found.", "400 staff", "possible"),
        (
            "Holders would receive a payout of £12 a share provided the deal is approved.",
            "£12",
            "possible",
        ),
        (
            "Investors would be paid 90 cents a share providing that regulators approve the sale.",
            "90 cents",
            "possible",
        ),
        # the parse made the per-share noun the subject of "would be"
        (
            "Traders said the banks were keen and a price of 80 cents a share would be fair if"
            " rates stayed low.",
            "80 cents",
            "possible",
        ),
        # (not a past rule: "could" with a condition in the past perfect)
        (
            "Passengers could claim up to 250 euros if they had been stopped from boarding.",
            "250 euros",
            None,
        ),
        # (not "even if": so either way)
        ("Sales would rise 4% even if the deal collapsed.", "4%", "forecast"),
        # (not a negated verb: a need, the cost is known)
        (
            "The £3bn cost of the bridge could not be covered unless tolls were raised.",
            "£3bn",
            "forecast",
        ),
        # (not with no condition)
        ("The firm will cut 500 jobs next year.", "500 jobs", "forecast"),
        # (not a condition of another clause: the tenants were told)
        (
            "About 600 tenants were told they would lose their deposits unless they paid the rent.",
            "600 tenants",
            None,
        ),
        (
            "The union for 300 cleaners said they did not want a deal if it meant longer hours.",
            "300 cleaners",
            None,
        ),
        # (not a general truth with no modal)
        (
            "If you drop a glass from 2 metres, it has a 90 per cent chance of breaking.",
            "90 per cent",
            None,
        ),
        # (not the facts beside a counterfactual)
        (
            "Sales rose 3% to £410m last year, but would have been 5% higher if exchange rates"
            " were excluded.",
            "£410m",
            None,
        ),
    ],
)
def test_condition_of_modal_verb(nlp: Any, text: str, amount: str, modality: str | None) -> None:
    a = amount_named(amounts_of(nlp, text), amount)
    assert a.extra.get("modality") == modality
