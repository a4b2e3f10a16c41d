"""Amounts: what a sentence refers back to. A relative pronoun's noun as a stake's holder,
the parties of a figure that measures what an earlier one in its sentence measures, "the
quarter" named in a sentence before, and a commodity's price in a market. Every sentence
is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_article, named

from communique.extract.amounts import extract_amounts
from communique.record import Amount, Article

pytestmark = pytest.mark.slow


def _amount(nlp: Any, text: str, amount: str) -> Amount:
    art = amounts_article(nlp, text)
    return next(a for a in extract_amounts(art) if a.text == amount)


# (text, the amount, words its object has, words it lacks)
_HOLDERS: list[tuple[str, str, str, str]] = [
    (
        "Norvik Holdings, the Oslo-based investment group which owns 34% of Dalmore Shipping, "
        "said it would not sell.",
        "34%",
        "Norvik Holdings' stake in Dalmore Shipping",
        "",
    ),
    (
        "Shares in Petrel Group, which holds 12% of Carrow Mining, fell sharply.",
        "12%",
        "Petrel Group's stake in Carrow Mining",
        "",
    ),
    # (the subject named plainly still holds it)
    ("Petrel Group holds 12% of Carrow Mining.", "12%", "Petrel Group's stake", ""),
]


@pytest.mark.parametrize(("text", "amount", "has", "lacks"), _HOLDERS)
def test_a_relative_pronoun_stands_for_its_noun(
    nlp: Any, text: str, amount: str, has: str, lacks: str
) -> None:
    obj = _amount(nlp, text, amount).object or ""
    assert has in obj
    assert not lacks or lacks not in obj


# (text, the amount, the parties)
_SAME_THING: list[tuple[str, str, list[str]]] = [
    (
        "Inspectors found 640 cases of benefit fraud in Canada in 2004, up from 512 cases in 2003.",
        "512 cases",
        ["CAN"],
    ),
    # (what another figure measures: not its parties)
    (
        "Inspectors found 640 cases of benefit fraud in Canada in 2004, and 75 cases of tax "
        "evasion.",
        "75 cases",
        [],
    ),
]


@pytest.mark.parametrize(("text", "amount", "parties"), _SAME_THING)
def test_a_figure_of_the_same_thing_has_the_same_parties(
    nlp: Any, text: str, amount: str, parties: list[str]
) -> None:
    assert _amount(nlp, text, amount).parties == parties


# (text, the amount, the period)
_THE_QUARTER: list[tuple[str, str, str | None]] = [
    (
        "Halvard said sales in the last three months of 2004 fell by 12%. Net profit was $41m "
        "in the quarter, compared with $66m in the same period in 2003.",
        "$41m",
        "2004-10-01/2004-12-31",
    ),
    (
        "Halvard said sales in the last three months of 2004 fell by 12%. Net profit was $41m "
        "in the quarter, compared with $66m in the same period in 2003.",
        "$66m",
        "2003-10-01/2003-12-31",
    ),
    (
        "Revenue rose in the second quarter of 2005. Its $9m loss for the quarter was smaller "
        "than expected.",
        "$9m",
        "2005-04-01/2005-06-30",
    ),
    # (no quarter named before: no period)
    ("Net profit was $41m in the quarter, the firm said.", "$41m", None),
    # (a year named before is no quarter)
    ("Sales fell in 2004. Net profit was $41m in the quarter.", "$41m", None),
]


@pytest.mark.parametrize(("text", "amount", "period"), _THE_QUARTER)
def test_the_quarter_is_the_one_named_before(
    nlp: Any, text: str, amount: str, period: str | None
) -> None:
    assert _amount(nlp, text, amount).period == period


# (text, the amount, its object)
_PRICES: list[tuple[str, str, str]] = [
    ("Brent crude in London rose $2.10 to $61.40.", "$61.40", "Brent crude price in London"),
    ("Gold in Tokyo fell 2%.", "2%", "fall in Gold price in Tokyo"),
    ("Copper rose 4%.", "4%", "rise in Copper price"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _PRICES)
def test_a_commodity_in_a_market_is_its_price_there(
    nlp: Any, text: str, amount: str, obj: str
) -> None:
    assert _amount(nlp, text, amount).object == obj


# (text, the amount, the parties)
_CITIES: list[tuple[str, str, list[str]]] = [
    ("There was a fall in bus journeys of 6% in Manchester.", "6%", ["GBR"]),
    ("Rents in Paris rose 4% last year.", "4%", ["FRA"]),
    # (a city as a venue or a site: not the amount's country)
    ("Brent crude in London rose $2.10 to $61.40.", "$61.40", []),
    ("The firm will build a $40m plant in Leeds.", "$40m", []),
    ("Ministers meeting in Brussels agreed a $5bn fund.", "$5bn", []),
]


@pytest.mark.parametrize(("text", "amount", "parties"), _CITIES)
def test_a_citys_own_measure_is_its_countrys(
    nlp: Any, text: str, amount: str, parties: list[str]
) -> None:
    assert _amount(nlp, text, amount).parties == parties


# (text, the amount, its object): what a count's verb says of it, by its first part when
# the whole is long (two deeds joined by "or", each what they are accused of, are kept
# whole, their quotation marks dropped, up to 14 words)
_LONG_DEEDS: list[tuple[str, str, str]] = [
    (
        "About 70 officials are accused of either taking bribes from builders or handing out "
        'contracts to "friendly" firms.',
        "70 officials",
        "officials accused of either taking bribes from builders or handing out contracts to"
        " friendly firms",
    ),
    (
        "Nine directors from Halvard Foods were charged with hiding losses in their accounts "
        "and two auditors were charged with fraud.",
        "Nine directors",
        "directors from Halvard Foods charged with hiding losses in accounts",
    ),
    (
        "Some 60 teachers are accused of selling exam papers.",
        "60 teachers",
        "teachers accused of selling exam papers",
    ),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _LONG_DEEDS)
def test_a_long_deed_is_told_by_its_first_part(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert _amount(nlp, text, amount).object == obj


# (text, the amount, its object): the event a fronted "during" or "in" puts the counted in
_FRONTED_EVENTS: list[tuple[str, str, str]] = [
    ("During the riots, 40 people were arrested.", "40 people", "people arrested during riots"),
    (
        "In the clashes that followed the vote, 12 soldiers were killed.",
        "12 soldiers",
        "soldiers killed in clashes",
    ),
    # (a time, not an event; and a verb of no harm)
    ("During the year, 400 people were hurt.", "400 people", "people hurt"),
    ("During the protests, 400 people were hired.", "400 people", "people hired"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _FRONTED_EVENTS)
def test_a_fronted_event_says_where_the_counted_were(
    nlp: Any, text: str, amount: str, obj: str
) -> None:
    assert _amount(nlp, text, amount).object == obj


# (text, the amount, its object): a phrase opening the sentence that bounds what is counted
_SCOPES: list[tuple[str, str, str]] = [
    (
        "For 12 island states, more than 30% of their food is imported.",
        "30%",
        "share of island states' food imported for 12 island states",
    ),
    (
        "Outside the capital, 41% of households have no car.",
        "41%",
        "share of households having no car outside capital",
    ),
    (
        "Adjusted for seasonal changes, the jobless rate is 6.1%.",
        "6.1%",
        "seasonally adjusted jobless rate",
    ),
    ("Among women, the jobless rate rose to 6%.", "6%", "jobless rate among women"),
    # (no scope: an aside, a time, and a group the share names itself)
    ("For example, sales rose 5%.", "5%", "rise in sales"),
    ("For the whole of 2004, Acme made a net profit of $19m.", "$19m", "Acme's net profit"),
    (
        "Among the over-70s, 64% said they would vote, compared with 31% of people under 30.",
        "31%",
        "share of people under 30 who said they would vote",
    ),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _SCOPES)
def test_an_opening_phrase_bounds_what_is_counted(
    nlp: Any, text: str, amount: str, obj: str
) -> None:
    assert _amount(nlp, text, amount).object == obj


# (text, the amount, its period): the year a sentence opens by telling of
_YEARS_TOLD: list[tuple[str, str, str | None]] = [
    (
        "2003 was a record year for Halvard, which saw sales rise 14%.",
        "14%",
        "2003-01-01/2003-12-31",
    ),
    # (its own period rules)
    ("2003 was a record year for Halvard. Sales rose 14% in 2005.", "14%", "2005-01-01/2005-12-31"),
    # (a year ago is no year told of)
    ("2003 was the year before sales rose 14%.", "14%", None),
]


@pytest.mark.parametrize(("text", "amount", "period"), _YEARS_TOLD)
def test_a_sentence_about_a_year_dates_its_figures(
    nlp: Any, text: str, amount: str, period: str | None
) -> None:
    assert _amount(nlp, text, amount).period == period


# (text, the amount, its object): a bare "rates" in an article about interest rates
_RATES: list[tuple[str, str, str]] = [
    (
        "The central bank left its key interest rate alone in May. One economist said he "
        "believed rates would stay at 5%.",
        "5%",
        "interest rates",
    ),
    ("He believed rates would stay at 5%.", "5%", "rates"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _RATES)
def test_bare_rates_are_interest_rates_in_an_article_about_them(
    nlp: Any, text: str, amount: str, obj: str
) -> None:
    assert _amount(nlp, text, amount).object == obj


def _headlined(nlp: Any, title: str, body: str, firms: list[tuple[str, str, int]]) -> Article:
    """An article with a headline (the first paragraph, as the readers give it) and named
    bodies as (name, type, mentions wanted)."""
    text = f"{title}\n\n{body}"
    art = amounts_article(nlp, text)
    art.headline = title
    art.entities = [named(n, k, text, f"e{i}") for i, (n, k, _) in enumerate(firms)]
    for e, (_, _, want) in zip(art.entities, firms, strict=True):
        assert len(e.mentions) == want
    return art


_TOLD_FIRMS: list[tuple[str, str, list[tuple[str, str, int]], str, str]] = [
    # a firm the text opens on and tells as a firm, then calls "the company"
    (
        "Norvik boasts doubled profits",
        "Norvik, the Norwegian food group at the centre of a scandal, has reported a profit."
        " Less welcome was the news of a fine. Overall, the company's debt is close to 12bn"
        " euros.",
        [],
        "12bn euros",
        "Norvik's debt",
    ),
    # (a text that opens on a name told as no firm: not the company's name)
    (
        "Norvik boasts doubled profits",
        "Norvik, the Norwegian town at the centre of a scandal, has reported a profit."
        " Less welcome was the news of a fine. Overall, the company's debt is close to 12bn"
        " euros.",
        [],
        "12bn euros",
        "company's debt",
    ),
    # jobs done to with no doer said, in an article about one firm: the firm's doing
    (
        "Norway firm 'to axe' 3,000 jobs",
        "Norvik said it would cut costs. Shares in Norvik rose after Norvik spoke.",
        [("Norvik", "ORG", 3)],
        "3,000 jobs",
        "jobs axed by Norvik",
    ),
    (
        "Norvik opens Leeds plant",
        "Norvik said it would grow. Shares in Norvik rose after Norvik spoke. About 800 new"
        " jobs should be created, it added.",
        [("Norvik", "ORG", 4)],
        "800 new jobs",
        "new jobs created by Norvik",
    ),
    # (another firm in the sentence: not said whose)
    (
        "Norvik opens Leeds plant",
        "Norvik said it would grow. Shares in Norvik rose after Norvik spoke. About 800 new"
        " jobs should be created at Globex Steel, analysts said.",
        [("Norvik", "ORG", 4), ("Globex Steel", "ORG", 1)],
        "800 new jobs",
        "new jobs created at Globex Steel",
    ),
    # a firm the model took for no organisation, named by the headline and the text
    (
        "Norvik to close Leeds plant",
        "Norvik said it would cut costs. Analysts praised Norvik, and the rivals of Norvik "
        "agreed. Global sales were up 4% in 2004.",
        [],
        "4%",
        "rise in Norvik's global sales",
    ),
    # a firm told by what it is, in an article about one firm
    (
        "Norvik to close Leeds plant",
        "Norvik said it would cut costs. Shares in Norvik rose after Norvik spoke. "
        "The Norwegian firm will close 4 of its 19 plants.",
        [],
        "19 plants",
        "Norvik's plants",
    ),
    # (another firm named twice may be the one told)
    (
        "Norvik to close Leeds plant",
        "Norvik said it would cut costs with Dalmore. Shares in Norvik rose after Norvik and "
        "Dalmore spoke. The Norwegian firm will close 4 of its 19 plants.",
        [("Dalmore", "ORG", 2)],
        "19 plants",
        "the Norwegian firm's plants",
    ),
    # (a headline's name the text gives only at sentences' starts is no firm's)
    (
        "Sales slump in Leeds",
        "Sales fell. Sales were weak. Sales may pick up. The company expects savings of $40m "
        "a year.",
        [],
        "$40m",
        "savings per year",
    ),
]


@pytest.mark.parametrize(("title", "body", "firms", "amount", "obj"), _TOLD_FIRMS)
def test_a_firm_told_by_what_it_is_is_the_articles_firm(
    nlp: Any, title: str, body: str, firms: list[tuple[str, str, int]], amount: str, obj: str
) -> None:
    art = _headlined(nlp, title, body, firms)
    got = next(a for a in extract_amounts(art) if a.text == amount)
    assert got.object == obj


# (text, the amount, its parties): a share of a nation's workforce or population
_NATIONAL_BASES: list[tuple[str, str, list[str]]] = [
    (
        "Women now make up most graduates from Omani colleges but only 9% of the workforce.",
        "9%",
        ["OMN"],
    ),
    # (two countries named: not one's)
    (
        "Women make up most graduates in Oman and Qatar but only 9% of the workforce.",
        "9%",
        [],
    ),
]


@pytest.mark.parametrize(("text", "amount", "parties"), _NATIONAL_BASES)
def test_a_share_of_a_nations_workforce_is_its_countrys(
    nlp: Any, text: str, amount: str, parties: list[str]
) -> None:
    assert _amount(nlp, text, amount).parties == parties


# (text, the amount, its object): "a figure" that an earlier sentence gave
_FIGURES_BEFORE: list[tuple[str, str, str | None]] = [
    (
        "Globex said net profit rose 12% to $310m. Analysts had expected a figure nearer $290m.",
        "$290m",
        "Globex's net profit",
    ),
    (
        "The minister forecast inflation at 2.5% for next year. Most economists think the"
        " figure will be closer to 3%.",
        "3%",
        "inflation forecast by minister",
    ),
    (
        "More than 3.1 million Poles were out of work in May. The figure of 3.15 million"
        " people is the highest since 2004.",
        "3.15 million people",
        "Poles out of work",
    ),
    # not one sentence or two before: no figure of it
    (
        "Globex said net profit rose to $310m. Sales were flat. Costs rose. Staff left."
        " Analysts had expected a figure nearer $290m.",
        "$290m",
        None,
    ),
    # a figure its own clause says is something else is no earlier figure
    (
        "Globex said net profit rose to $310m. A figure of $40m was set aside for fines.",
        "$40m",
        None,
    ),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _FIGURES_BEFORE)
def test_a_figure_is_of_what_the_sentence_before_measured(
    nlp: Any, text: str, amount: str, obj: str | None
) -> None:
    assert _amount(nlp, text, amount).object == obj


# (text, the amount, its object): the value a change came from, told by when it was
_EARLIER_VALUES_BY_WHEN: list[tuple[str, str, str | None]] = [
    (
        "Exports grew 6% in the year to May, down from 9% in March.",
        "9%",
        "growth in Exports in year to March",
    ),
    (
        "Car lending rose by £2.1bn in June, up from a £1.7bn rise in May.",
        "£1.7bn",
        "rise in Car lending in May",
    ),
    (
        "Investment grew 2.2% in the final quarter, down from the second quarter's 3.4%.",
        "3.4%",
        "growth in Investment in second quarter",
    ),
    # (no time of its own: the previous one)
    ("Exports grew 6% in May, down from 9%.", "9%", "previous growth in Exports"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _EARLIER_VALUES_BY_WHEN)
def test_an_earlier_value_says_when_it_was(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert _amount(nlp, text, amount).object == obj


# (text, the amount, its period): "that year" is the one year the sentence before names
_THAT_YEAR: list[tuple[str, str, str | None]] = [
    (
        "In 2001, when Globex still owned the mill, it made paper. During that year, 900"
        " workers produced 40,000 tonnes.",
        "40,000 tonnes",
        "2001-01-01/2001-12-31",
    ),
    (
        "Globex listed its shares in 2012. That year, sales reached $3bn.",
        "$3bn",
        "2012-01-01/2012-12-31",
    ),
    # (two years before: not told which)
    (
        "Sales fell in 2011 and in 2012. During that year, costs rose by $2m.",
        "$2m",
        None,
    ),
]


@pytest.mark.parametrize(("text", "amount", "period"), _THAT_YEAR)
def test_that_year_is_the_year_before(nlp: Any, text: str, amount: str, period: str | None) -> None:
    assert _amount(nlp, text, amount).period == period


# (text, the amount, its period): "next year" after a figure of a year is the year after it
_NEXT_YEARS: list[tuple[str, str, str | None]] = [
    (
        "Growth would reach 2.4% in 2011, but fall to 1.8% next year, the bank said.",
        "1.8%",
        "2012-01-01/2012-12-31",
    ),
    (
        "The fund forecast growth of 3.1% in 2011 for the region, slipping to 2.7% next year.",
        "2.7%",
        "2012-01-01/2012-12-31",
    ),
    # (no year before it in the sentence: no period)
    ("Growth will fall to 1.8% next year, the bank said.", "1.8%", None),
]


@pytest.mark.parametrize(("text", "amount", "period"), _NEXT_YEARS)
def test_next_year_after_a_year(nlp: Any, text: str, amount: str, period: str | None) -> None:
    assert _amount(nlp, text, amount).period == period


# (text, the amount, its object): "another" share is of the whole the share before it was of
_ANOTHER_SHARES: list[tuple[str, str, str | None]] = [
    (
        "Almost 30% of the 9,000 fraud cases reported concerned credit cards. Another 21% came"
        " from attempts to rip off people's savings accounts.",
        "21%",
        "share of fraud cases that came from attempts to rip off people's savings accounts",
    ),
    # (a share of nothing the sentences before name: as it was)
    (
        "Sales were weak last year. Another 21% came from attempts to rip off people's savings"
        " accounts.",
        "21%",
        "share came from attempts to rip off people's savings accounts",
    ),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ANOTHER_SHARES)
def test_another_share_is_of_the_whole_before(
    nlp: Any, text: str, amount: str, obj: str | None
) -> None:
    assert _amount(nlp, text, amount).object == obj
