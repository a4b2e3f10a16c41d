"""Amounts: a fourteenth pass, a legal limit or threshold is not a quantity anyone has: a
bound on a kind of party a rule's participle is "required"/"needed" for ("the notice period
required for employers planning more than 20 layoffs") is the threshold above which the rule
holds, stated as fact; the most of a thing a party is allowed, permitted or able to hold,
buy or sell ("allowed to own up to 25% of listed trusts") is a limit on that share, not a
stake; a level past which a party needs leave ("will need approval before they raise their
holding beyond 30%") is that level. Not a measure the kind is not counted by, not a share
said as done, not a bound no rule needs. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a threshold a rule's participle is required for
        (
            "The union said the firm had skipped the 30-day notice period required for"
            " employers planning more than 20 layoffs.",
            "20 layoffs",
            "threshold of layoffs planned by employers above which 30-day notice period is"
            " required",
        ),
        (
            "The ministry dropped the environmental review required for farms keeping more"
            " than 500 pigs.",
            "500 pigs",
            "threshold of pigs kept by farms above which environmental review is required",
        ),
        # the most of a thing a party may hold, buy or sell
        (
            "Fund managers will be allowed to own up to 25% of listed property trusts.",
            "25%",
            "limit on share of listed property trusts fund managers may own",
        ),
        (
            "Foreign insurers are now permitted to buy up to 51% of local insurers.",
            "51%",
            "limit on share of local insurers foreign insurers may buy",
        ),
        (
            "Pension funds will be able to hold up to 10% of the new bonds.",
            "10%",
            "limit on share of new bonds pension funds may hold",
        ),
        # a level past which a party needs leave
        (
            "Overseas buyers will need ministry approval before they raise their holding"
            " beyond 30%.",
            "30%",
            "level of Overseas buyers' holding above which ministry approval is needed",
        ),
        (
            "Investors need clearance from the regulator if they lift their stake above 15%.",
            "15%",
            "level of Investors' stake above which clearance from the regulator is needed",
        ),
        # (not a measure the kind is not counted by)
        (
            "Regulators ignored the licence required for lorries carrying more than 40 tonnes.",
            "40 tonnes",
            "lorries",
        ),
        # (not a capacity)
        ("The plant will be able to build up to 500 cars a day.", "500 cars", "cars built per day"),
        # (not a share said as done)
        ("Shareholders were able to sell 20% of the shares.", "20%", "stake in shares"),
        # (not a leave to do what is not holding, buying or selling)
        (
            "The firm will be allowed to cut up to 10% of its staff.",
            "10%",
            "share of the firm's staff cut",
        ),
        # (not a bound no rule needs)
        (
            "Investors raised their stake beyond 30% after they won approval.",
            "30%",
            "Investors' stake",
        ),
        (
            "The review covered farms keeping more than 500 pigs.",
            "500 pigs",
            "pigs kept by farms covered by the review",
        ),
    ],
)
def test_a_limit_is_no_quantity_held(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj


@pytest.mark.parametrize(
    ("text", "amount", "modality"),
    [
        # a rule stated as fact, not a target or a possibility
        (
            "The union said the firm had skipped the 30-day notice period required for"
            " employers planning more than 20 layoffs.",
            "20 layoffs",
            None,
        ),
        (
            "Investors need clearance from the regulator if they lift their stake above 15%.",
            "15%",
            None,
        ),
    ],
)
def test_a_rule_is_stated_as_fact(nlp: Any, text: str, amount: str, modality: str | None) -> None:
    assert amount_named(amounts_of(nlp, text), amount).extra.get("modality") == modality
