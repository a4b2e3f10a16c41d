"""Amounts: a fourteenth pass, a bare definite noun told by its later full name: "the
scheme" in an object, said before only bare or with words that only describe ("the
flagship scheme"), takes the one definite mention later in the article whose classifying
nouns the article has said before it ("the parking permit scheme", after "Parking permits
are unpopular"), with the describing words the article sets before those nouns again ("free
personal care"). Not when the later mentions differ, when the later one is indefinite, a
possessor's or told by nouns not said before, nor when it is in the other number. Every
sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_PERMITS = "Parking permits are unpopular. The scheme began last year. "
_COST = "The council said the cost of the scheme had risen to £12m. "


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # the one later full name, its classifying nouns said before
        (
            _PERMITS + _COST + "Residents have opposed the parking permit scheme since it began.",
            "£12m",
            "cost of parking permit scheme",
        ),
        (
            "Ministers want free school meals for all. They defend the policy. Officials say "
            "the policy will cost £300m a year. Unions back the free school meals policy.",
            "£300m",
            "free school meals policy per year",
        ),
        (
            "The agency wants job training for the young. It is proud of its flagship "
            "programme. It said the programme would employ 400 staff. The job training "
            "programme starts in May.",
            "400 staff",
            "staff employed by job training programme",
        ),
        (
            "Ministers backed road pricing and the plan. Critics said the cost of the plan "
            "could rise by £40m by 2010. The minister defended the road pricing plan on Monday.",
            "£40m",
            "rise in cost of road pricing plan",
        ),
        # (with the describing words the article sets before its nouns again)
        (
            "Ministers back free personal care. The policy is popular. Critics said the "
            "cost of the policy would rise by £90m. Unions support the free personal care "
            "policy.",
            "£90m",
            "rise in cost of free personal care policy",
        ),
        # (not when two later mentions differ)
        (
            _PERMITS + _COST + "Residents have opposed the parking permit scheme. Shopkeepers "
            "prefer the park and ride scheme.",
            "£12m",
            "cost of scheme",
        ),
        # (not an indefinite one: it may be another)
        (
            _PERMITS + _COST + "Residents have opposed a new parking permit scheme.",
            "£12m",
            "cost of scheme",
        ),
        # (not one told by a noun said only there)
        (
            "The scheme began last year. " + _COST + "Residents have opposed the flagship "
            "scheme since it began.",
            "£12m",
            "cost of scheme",
        ),
        (
            "The bus scheme began last year. " + _COST + "Residents have opposed the parking "
            "permit scheme.",
            "£12m",
            "cost of scheme",
        ),
        # (not a possessor's)
        (
            "Ministers defend the policy. Officials say the policy will cost £300m a year. "
            "Labour's policy is different.",
            "£300m",
            "policy per year",
        ),
        (
            _PERMITS + _COST + "The council's parking permit scheme began in May.",
            "£12m",
            "cost of scheme",
        ),
        # (not when the noun comes in the other number: many may be in play)
        (
            _PERMITS + _COST + "Residents have opposed the parking permit scheme. Parking "
            "permits will be cheaper under other schemes.",
            "£12m",
            "cost of scheme",
        ),
        (
            "Road pricing is back. Ministers defend the plans. Critics said the plans would "
            "cost £40m. The minister defended the road pricing plan on Monday.",
            "£40m",
            "plans",
        ),
    ],
)
def test_the_later_full_name(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
