"""Amounts: a nineteenth pass, objects no longer lost around lists and sequences. A list of
short nouns after the noun an object keeps is kept whole, not cut to its first noun: in a
source a change noun's complement names ("a rise in tax revenues from New York bars and
restaurants"), in a share's subject ("waiting times and lists were 10% of"), in a count's
list however long ("pickups, vans, buses and lorries"), in what a money verb's amount is
from or for ("received £3m from councils and grants-in-aid", "pledged £80m for policing and
counter-terrorism", "spend £40m on roads, bridges and railways"), in the place or thing a
counted noun's clause names ("at risk from fuel costs and overfishing"), and a noun listed
before words both nouns share ("sales and marketing of holidays", "roads and bridges in
Wales"). An amount after "followed by" is the earlier amount's thing (not its share's base,
nor the time bounding it) with its own "until" bound and rate, and the earlier amount's
modality and parties; a yearless window on a participle of an earlier value's noun ("from
the 0.3% growth in GDP seen between July and September") is that value's; and an amount in a
verbless fragment the sentence splitter cut off the sentence before ("... to sell a minority
stake to Italian bank" / "Mediobanca for 300m euros.") is what that sentence's money verb
says. A list that is a clause's subject, a "respectively" list, a time of another value and
a sentence of its own are left as they were. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_ROWS = [
    # a list of sources a change noun's complement names
    (
        "Mr Reid added that there had been a near eight per cent rise in tax revenues from"
        " New York bars and restaurants and, in Wales, only a two per cent fall in beer sales.",
        "eight per cent",
        (8, "percent", "~", None, "rise in tax revenues from New York bars and restaurants"),
    ),
    # what a money verb's amount is from, for or on: the whole list
    (
        "The charity did receive over £3m from local councils and grants-in-aid in 2003-4.",
        "£3m",
        (
            3e6,
            "GBP",
            ">",
            "2003-04-01/2004-03-31",
            "charity's receipts from local councils and grants-in-aid",
        ),
    ),
    (
        "The university received £8m from private donors and charities in 2004.",
        "£8m",
        (
            8e6,
            "GBP",
            "=",
            "2004-01-01/2004-12-31",
            "university's receipts from private donors and charities",
        ),
    ),
    (
        "Nordco received £12m from banks and pension funds last year.",
        "£12m",
        (12e6, "GBP", "=", None, "Nordco's receipts from banks and pension funds"),
    ),
    (
        "Acme raised £50m from asset sales and bond issues.",
        "£50m",
        (50e6, "GBP", "=", None, "funds raised by Acme from asset sales and bond issues"),
    ),
    (
        "The minister also pledged an extra £80m for policing and counter-terrorism.",
        "£80m",
        (80e6, "GBP", "=", None, "the minister's extra pledge for policing and counter-terrorism"),
    ),
    (
        "Acme will spend £40m on roads, bridges and railways.",
        "£40m",
        (40e6, "GBP", "=", None, "Acme's spending on roads, bridges and railways"),
    ),
    # a share's subject, and a count's list, whole
    (
        "She said waiting times and lists were only 10% of the health agenda.",
        "10%",
        (10, "percent", "=", None, "waiting times and lists as share of health agenda"),
    ),
    (
        "Acme is recalling 9,000 pickups, vans, buses and lorries.",
        "9,000 pickups",
        (9000, "vehicles", "=", None, "pickups, vans, buses and lorries recalled by Acme"),
    ),
    # a noun listed before the words both nouns share
    (
        "Acme will spend £40m on roads and bridges in Wales.",
        "£40m",
        (40e6, "GBP", "=", None, "Acme's spending on roads and bridges in Wales"),
    ),
    (
        "Just £2.1m was spent on online sales and marketing of holidays.",
        "£2.1m",
        (2.1e6, "GBP", "=", None, "spending on online sales and marketing of holidays"),
    ),
    # what a counted noun's clause says they are at risk from: the whole list
    (
        "Millions of fishermen's jobs are at risk from rising fuel costs and overfishing, the"
        " report said.",
        "Millions",
        (1e6, "jobs", ">", None, "fishermen's jobs at risk from rising fuel costs and overfishing"),
    ),
    (
        "Hundreds of village shops are at risk from online rivals and rising rents, the group"
        " said.",
        "Hundreds of village shops",
        (100, "shops", ">", None, "village shops at risk from online rivals and rising rents"),
    ),
    (
        "Thousands of local pubs are at risk from cheap supermarket beer and smoking bans,"
        " brewers said.",
        "Thousands of local pubs",
        (
            1000,
            "pubs",
            ">",
            None,
            "local pubs at risk from cheap supermarket beer and smoking bans",
        ),
    ),
    # "followed by": the earlier amount's thing, with the amount's own rate and bound
    (
        "Injured workers are entitled to 80% of their wages for the first ten weeks, followed"
        " by £95 a week until the injury has healed.",
        "£95",
        (95, "GBP", "=", None, "injured workers' entitlement per week until injury has healed"),
    ),
    (
        "New fathers are entitled to 60% of their pay for the first two weeks, followed by £80"
        " a week until the child is one year old.",
        "£80",
        (80, "GBP", "=", None, "new fathers' entitlement per week until child is one year old"),
    ),
    (
        "Acme will pay staff a bonus of £500 this year, followed by £300 next year.",
        "£300",
        (300, "GBP", "=", None, "Acme's bonus for next year"),
    ),
    (
        "Students will pay fees of £3,000 for the first year, followed by £2,000 a year after"
        " that.",
        "£2,000",
        (2000, "GBP", "=", None, "fees paid by students per year"),
    ),
    # a yearless window on a participle of an earlier value's noun
    (
        "The figures, representing a decline from the 0.3% growth in GDP seen between July and"
        " September, were below forecasts.",
        "0.3%",
        (0.3, "percent", "=", None, "growth in GDP between July and September"),
    ),
    # a verbless fragment cut off the sentence before: what its money verb says
    (
        "Glaxo considered floating the unit in 2001 but opted to sell a minority stake to"
        " Italian bank Mediobanca for 300m euros.",
        "300m euros",
        (300e6, "EUR", "=", None, "Glaxo's sale of minority stake to Italian bank Mediobanca"),
    ),
    # guards: what must not change
    (
        "He said fines of up to £2,500 would be levied on employers and licences would be removed.",
        "£2,500",
        (2500, "GBP", "<", None, "fines levied on employers"),
    ),
    (
        "Spending on health and education will rise by 9.4% and 8.1% respectively.",
        "9.4%",
        (9.4, "percent", "=", None, "rise in Spending on health"),
    ),
    (
        "Acme will pay staff a bonus of £500 this year, followed by £300 next year.",
        "£500",
        (500, "GBP", "=", None, "Acme's bonus for this year"),
    ),
    (
        "Part-time staff get 70% of their pay for the first month, followed by £60 a week until"
        " the end of the year.",
        "£60",
        (60, "GBP", "=", None, None),
    ),
    (
        "The 2% fall in sales in January was followed by £3m of losses.",
        "£3m",
        (3e6, "GBP", "=", None, "losses"),
    ),
    (
        "Sales rose 4% in May, against 3% in April.",
        "4%",
        (4, "percent", "=", None, "rise in Sales in May"),
    ),
    (
        "The data, showing a fall from the 0.5% growth in output seen between April and June,"
        " surprised analysts.",
        "0.5%",
        (0.5, "percent", "=", None, "growth in output seen between April and June"),
    ),
    (
        "Fuel and power costs were 20% of the total.",
        "20%",
        (20, "percent", "=", None, "Fuel and power costs as share of total"),
    ),
    (
        "Acme will spend £9m on staff, and shares rose 2%.",
        "£9m",
        (9e6, "GBP", "=", None, "Acme's spending on staff"),
    ),
    (
        "Acme chose to sell a minority stake to Swiss bank Vontobel for 300m francs.",
        "300m francs",
        (300e6, "CHF", "=", None, "sale of Acme's minority stake to Swiss bank Vontobel"),
    ),
]


@pytest.mark.parametrize(("text", "amount", "want"), _ROWS)
def test_coordination_and_sequence_objects(
    nlp: Any, text: str, amount: str, want: tuple[Any, ...]
) -> None:
    got = core_fields(amount_named(amounts_of(nlp, text), amount))
    assert got == (pytest.approx(want[0]), *want[1:])


_FOLLOWED = [
    # the earlier amount's modality and parties go with its thing
    (
        "Acme will pay staff a bonus of £500 this year, followed by £300 next year.",
        "£300",
        ("forecast", []),
    ),
    (
        "Glaxo considered floating the unit in 2001 but opted to sell a minority stake to"
        " Italian bank Mediobanca for 300m euros.",
        "300m euros",
        (None, ["ITA"]),
    ),
]


@pytest.mark.parametrize(("text", "amount", "want"), _FOLLOWED)
def test_followed_modality_and_parties(
    nlp: Any, text: str, amount: str, want: tuple[str | None, list[str]]
) -> None:
    got = amount_named(amounts_of(nlp, text), amount)
    assert (got.extra.get("modality"), got.parties) == want
