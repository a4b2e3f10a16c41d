"""Amounts: an eighteenth pass, amounts of a deed arranged, hoped for or expected but not
(yet) done. Money one "is to receive" (or "get") as a payment, grant or fee is arranged
ahead, a target like any "be to" (money owed as compensation or damages keeps its old
reading); a count in the "to" clause the parse hung on the verb that made a deal ("signed
a contract with the navy to build 12 boats") is pledged, and what it says one side is to
supply (provide) the other is named so ("staff that agency agreed to provide to Globex",
an "it" being the side the deal is with); the amount a contact clause says
someone "previously hoped" or "had hoped" to get is a target; and a thing someone was only
expected (hoped, wanted) to agree to is named by that expectation ("pay rise analysts
expected the union to agree to"), not as agreed. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    # money to be received: arranged, not had
    (
        "The charity, which is to receive a grant of £2m from the lottery, will open three"
        " shelters.",
        "£2m",
        (2e6, "GBP", "=", None),
        "modality",
        "target",
    ),
    (
        "The striker's old club is to receive a payment of £4m from the buyers.",
        "£4m",
        (4e6, "GBP", "=", None),
        "modality",
        "target",
    ),
    (
        "Local councils are to get an extra £50m from the Treasury.",
        "£50m",
        (5e7, "GBP", "=", None),
        "modality",
        "target",
    ),
    # a deal's "to" clause hung on the verb that made the deal: pledged
    (
        "The shipyard signed a contract with the navy to build 12 patrol boats for coastal duty.",
        "12 patrol boats",
        (12, "boats", "=", None),
        "modality",
        "pledge",
    ),
    (
        "The brewer struck an agreement with a Dutch rival to sell it 40,000 barrels of beer.",
        "40,000 barrels",
        (40000, "barrels", "=", None),
        "modality",
        "pledge",
    ),
    (
        "Acme reached a deal with the state to supply 500 buses to the city.",
        "500 buses",
        (500, "buses", "=", None),
        "modality",
        "pledge",
    ),
    # what a deal says one side is to supply the other: agreed, by whom, to whom ("it":
    # the side the deal is with)
    (
        "The agency signed a contract with Globex to provide it with 300 staff.",
        "300 staff",
        (300, "people", "=", None),
        "object",
        "staff that agency agreed to provide to Globex",
    ),
    (
        "Acme has struck a deal to supply Initech with 5,000 engines.",
        "5,000 engines",
        (5000, "engines", "=", None),
        "object",
        "engines that Acme agreed to supply to Initech",
    ),
    # what a contact clause says was hoped for, earlier or once
    (
        "The offer is below the 60p a share investors originally hoped to get.",
        "60p",
        (0.6, "GBP", "=", None),
        "modality",
        "target",
    ),
    (
        "The figure falls short of the £300m officials had once hoped to raise.",
        "£300m",
        (3e8, "GBP", "=", None),
        "modality",
        "target",
    ),
    # only expected (wanted) to be agreed to: named by the expectation
    (
        "Analysts had expected the union to agree to a pay rise of 4%.",
        "4%",
        (4.0, "percent", "=", None),
        "object",
        "pay rise analysts expected union to agree to",
    ),
    (
        "The union was expected to agree to a pay rise of about 3%.",
        "3%",
        (3.0, "percent", "~", None),
        "object",
        "pay rise union was expected to agree to",
    ),
    (
        "Shareholders had wanted the board to agree to a dividend of 20p.",
        "20p",
        (0.2, "GBP", "=", None),
        "object",
        "dividend shareholders wanted board to agree to",
    ),
]

_GUARDS = [
    # money owed by a ruling or settlement: as before
    (
        "The retailer is to receive £9m in compensation from the council.",
        "£9m",
        (9e6, "GBP", "=", None),
        "modality",
        None,
    ),
    # a payment the sentence calls compensation further on is owed money too
    (
        "The club, which is to receive a payment of £6m from the league, said it would spend "
        "this compensation on its stadium.",
        "£6m",
        (6e6, "GBP", "=", None),
        "modality",
        None,
    ),
    (
        "The bank is to pay £20m in damages to investors.",
        "£20m",
        (2e7, "GBP", "=", None),
        "modality",
        None,
    ),
    # money received, a deed done
    (
        "The firm received a payment of £6m from the club in 2004.",
        "£6m",
        (6e6, "GBP", "=", "2004-01-01/2004-12-31"),
        "modality",
        None,
    ),
    # a deal used for a purpose, a deal and a deed side by side
    (
        "The firm used the deal to raise £5m from investors.",
        "£5m",
        (5e6, "GBP", "=", None),
        "modality",
        None,
    ),
    (
        "The firm signed a deal with Globex and sold 3,000 cars.",
        "3,000 cars",
        (3000, "cars", "=", None),
        "modality",
        None,
    ),
    # supplied, in fact
    (
        "The army supplied the rebels with 2,000 rifles.",
        "2,000 rifles",
        (2000, "rifles", "=", None),
        "object",
        "rifles supplied to rebels",
    ),
    # agreed to, in fact
    (
        "Unions agreed to a pay rise of 3%.",
        "3%",
        (3.0, "percent", "=", None),
        "object",
        "pay rise agreed to by unions",
    ),
    (
        "Acme has agreed to a fee of £2m.",
        "£2m",
        (2e6, "GBP", "=", None),
        "object",
        "fee agreed to by Acme",
    ),
    # a "be to" plan and a deal noun's own clause: as before
    (
        "The carmaker is to cut 2,000 jobs at its plants.",
        "2,000 jobs",
        (2000, "jobs", "=", None),
        "modality",
        "target",
    ),
    (
        "Mitsubishi has struck a deal to supply Renault with 20,000 vans.",
        "20,000 vans",
        (20000, "vans", "=", None),
        "modality",
        "pledge",
    ),
    # a hope with no "had" or adverb between: as before
    (
        "The £3bn officials hope to save will go to schools.",
        "£3bn",
        (3e9, "GBP", "=", None),
        "modality",
        "target",
    ),
]


@pytest.mark.parametrize(("text", "amount", "fixed", "field", "want"), _ROWS + _GUARDS)
def test_arranged_hoped_or_expected(
    nlp: Any, text: str, amount: str, fixed: tuple[Any, ...], field: str, want: str | None
) -> None:
    got = amount_named(amounts_of(nlp, text), amount)
    value, unit, comparator, period = fixed
    assert (got.value, got.unit, got.comparator, got.period) == (
        pytest.approx(value),
        unit,
        comparator,
        period,
    )
    said = got.object if field == "object" else got.extra.get("modality")
    assert said == want
