"""Amounts: modality, moves "from X to Y", shares "Of X, N% ...", changes "by N things",
owned periods and "its" (issue 7, fourth precision pass). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_of

from communique.record import Amount

pytestmark = pytest.mark.slow


def _one(nlp: Any, sentence: str, text: str, published: str | None = None) -> Amount:
    return next(a for a in amounts_of(nlp, sentence, published) if a.text == text)


@pytest.mark.parametrize(
    ("sentence", "text", "modality"),
    [
        ("Some 3,000 jobs at the Leeds plant may be cut next year.", "3,000 jobs", "forecast"),
        ("About 800 workers could lose their jobs.", "800 workers", "forecast"),
        ("The opposition has promised £6bn of spending cuts.", "£6bn", "pledge"),
        ("The retailer is likely to close 40 stores.", "40 stores", "forecast"),
        ("Up to 1,200 posts are to go at the bank.", "1,200 posts", "target"),
        ("Acme expects its sales in Peru to grow 12% in 2006.", "12%", "forecast"),
        ("The airline will have taken delivery of 30 new jets by June.", "30 new jets", "forecast"),
        ("Profits rose to £90m, ahead of analysts' forecasts of £85m.", "£85m", "forecast"),
        ("The fund cut its growth forecast for Chile to 3.1%.", "3.1%", "forecast"),
        ("The bank kept its 2% inflation target.", "2%", "target"),
    ],
)
def test_planned_possible_and_predicted_amounts(
    nlp: Any, sentence: str, text: str, modality: str
) -> None:
    assert _one(nlp, sentence, text).extra.get("modality") == modality


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # What was set or estimated for the past happened.
        ("The reserve was previously set at $700m.", "$700m"),
        ("The agency estimates that exports reached $12bn in 2004.", "$12bn"),
        ("The firms agreed a $3bn merger.", "$3bn"),
        # A count inside "Of the N firms surveyed" is not what "expect" predicts.
        ("Of the 400 firms surveyed, 35% expect to hire more staff.", "400 firms"),
    ],
)
def test_done_amounts_are_not_planned(nlp: Any, sentence: str, text: str) -> None:
    assert "modality" not in _one(nlp, sentence, text).extra


@pytest.mark.parametrize(
    ("sentence", "text", "obj"),
    [
        # Both ends of a move measure the same thing.
        (
            "Peru has raised the cap on foreign ownership of airlines from 30% to 49%.",
            "30%",
            "previous cap on foreign ownership of airlines",
        ),
        # "Of X, N% <verb>": the share of X that does so.
        (
            "Of the bank's customers, 40% reside overseas.",
            "40%",
            "share of bank's customers who reside overseas",
        ),
        # "by N things": the size of a change in the verb's object.
        (
            "The carmaker is cutting European output by 5,000 cars.",
            "5,000 cars",
            "fall in European output",
        ),
        (
            "The navy increased its patrols by 12 ships.",
            "12 ships",
            "rise in the navy's patrols",
        ),
        # "its" of a named organisation's clause is that organisation's.
        ("The firm said its profits fell 4%.", "4%", "fall in the firm's profits"),
        # A time owning the amount gives the period, not the object.
        (
            "This year's deficit is smaller than last year's £4.2bn total.",
            "£4.2bn",
            "deficit last year",
        ),
    ],
)
def test_objects_of_the_fourth_pass(nlp: Any, sentence: str, text: str, obj: str) -> None:
    assert _one(nlp, sentence, text).object == obj


def test_both_ends_of_a_move_share_parties(nlp: Any) -> None:
    text = "Peru has raised the cap on foreign ownership of airlines from 30% to 49%."
    assert _one(nlp, text, "30%").parties == _one(nlp, text, "49%").parties == ["PER"]


@pytest.mark.parametrize(
    ("sentence", "text", "period"),
    [
        (
            "This year's deficit is smaller than last year's £4.2bn total.",
            "£4.2bn",
            "2004-01-01/2004-12-31",
        ),
        ("Profits beat 2003's record £70m.", "£70m", "2003-01-01/2003-12-31"),
    ],
)
def test_a_time_that_owns_the_amount_is_its_period(
    nlp: Any, sentence: str, text: str, period: str
) -> None:
    assert _one(nlp, sentence, text, "2005-03-01").period == period


@pytest.mark.parametrize(
    ("sentence", "text", "obj"),
    [
        # A second poll share leaves out what the first said.
        (
            "The poll found 58% of pensioners say they trust the BBC, compared with 31% of"
            " students.",
            "31%",
            "share of students who say they trust the BBC",
        ),
        (
            "Some 44% said the plan showed the council was out of touch while 49% disagreed.",
            "49%",
            "share who disagreed that the plan showed the council was out of touch",
        ),
        (
            "A total of 57% of voters said they liked the mayor, with 38% saying they did not.",
            "38%",
            "share of voters saying they did not like the mayor",
        ),
        (
            "Some 60% said they would vote Labour, while 30% said they would not.",
            "30%",
            "share who said they would not vote Labour",
        ),
        # The spending's "on/in" hung on the amount by the parse still says what is bought.
        (
            "Rich nations spend more than $200bn (£110bn) in farm subsidies.",
            "$200bn",
            "Rich nations' spending in farm subsidies",
        ),
        (
            "Councils have spent more than £2bn - or £90 per household - on recycling.",
            "£2bn",
            "Councils' spending on recycling",
        ),
        # "its" after a one-word firm the model may take for a person.
        (
            "AstraZeneca saw its profits rise 7% to £2bn.",
            "7%",
            "rise in AstraZeneca's profits",
        ),
    ],
)
def test_polls_spending_and_owners(nlp: Any, sentence: str, text: str, obj: str) -> None:
    assert _one(nlp, sentence, text).object == obj


@pytest.mark.parametrize(
    ("sentence", "text", "obj"),
    [
        # A counted subject's long object is cut to the object's own words.
        (
            "Six of the ten strikers held an angry rally outside Leeds Town Hall on Friday.",
            "Six",
            "strikers held angry rally",
        ),
        # "There are N people on a list": where they are.
        ("There are 2,480 people on a housing list.", "2,480 people", "people on housing list"),
        # A long relative clause about the counted, shortly.
        (
            "The mayor met 30 families who lost one of the city's oldest markets in the fire.",
            "30 families",
            "families who lost one of city's oldest markets",
        ),
        # A long predicate cut to its last full word; the verb's own "may not be able to"
        # does not use up the length (pass 14: it was cut to "may not be able to vote").
        (
            "Officials fear thousands of voters may not be able to vote in next week's poll.",
            "thousands of voters",
            "voters may not be able to vote in next week's poll",
        ),
    ],
)
def test_counted_with_what_is_said_of_them(nlp: Any, sentence: str, text: str, obj: str) -> None:
    assert _one(nlp, sentence, text).object == obj


@pytest.mark.parametrize(
    ("sentence", "text", "obj"),
    [
        # A listed value shares the first value's change.
        (
            "Exports will rise by 6.1% and 3.2% respectively.",
            "3.2%",
            "rise in Exports",
        ),
        # The noun's own participle says which way.
        ("Shops reported falling toy sales of 8% in Leeds.", "8%", "fall in toy sales in Leeds"),
        # "N things worth £X": the money is their value.
        (
            "Police found 40 paintings worth £2m in the barn.",
            "£2m",
            "value of paintings found in barn by police",
        ),
        # An earlier count takes the later count's object.
        (
            "There were 510 cases of bird flu in 2005, up from 460 cases in 2004.",
            "460 cases",
            "cases of bird flu",
        ),
        # A price of N things counts the things.
        ("The total cost of the 12 bridges was £900m.", "12 bridges", "bridges"),
        # A rate per thousand.
        (
            "Only nine people per thousand are bank customers.",
            "nine people",
            "bank customers per thousand",
        ),
    ],
)
def test_fifth_pass_objects(nlp: Any, sentence: str, text: str, obj: str) -> None:
    assert _one(nlp, sentence, text).object == obj


@pytest.mark.parametrize(
    ("sentence", "text", "modality"),
    [
        ("Inflation stays within the bank's 1-3% target range.", "1-3%", "target"),
        ("Sales beat the £9m expected and the £8m reported last month.", "£9m", "forecast"),
        ("Sales beat the £9m expected and the £8m reported last month.", "£8m", None),
    ],
)
def test_own_participle_and_target_nouns(
    nlp: Any, sentence: str, text: str, modality: str | None
) -> None:
    assert _one(nlp, sentence, text).extra.get("modality") == modality


@pytest.mark.parametrize(
    ("sentence", "text", "obj"),
    [
        # A passive subject owns "its".
        (
            "Chile is set to close its $9.1bn (£4.9bn) debt restructuring offer for investors"
            " later on Monday.",
            "$9.1bn",
            "value of Chile's debt restructuring offer for investors",  # pass 15: its value
        ),
        # The subject of the clause a coordinated verb shares.
        (
            "Ryanair made savings of €50m, and is on track to top its target of €80m.",
            "€80m",
            "Ryanair's target for savings",
        ),
        # The firm the sentence before was about.
        (
            "Heineken bought the brewer in May. The deal meant its sales grew 12% in 2004.",
            "12%",
            "growth in Heineken's sales",
        ),
    ],
)
def test_whose_its_is(nlp: Any, sentence: str, text: str, obj: str) -> None:
    assert _one(nlp, sentence, text).object == obj


@pytest.mark.parametrize(
    ("sentence", "text", "obj"),
    [
        # What money is paid for, from the purpose clause.
        (
            "Shoppers will have to fork out almost £9,000 to own a new Smart car.",
            "£9,000",
            "payment to own new Smart car",
        ),
        # What changed hands.
        ("The state sold the unit for $70m.", "$70m", "sale of unit"),
        # Money where it was.
        ("Only $30,000 had been in the accounts that week.", "$30,000", "money in accounts"),
        # A change given by a measure: the rise in the verb's object.
        (
            "The agency raised its forecast of oil demand by 50,000 barrels a day.",
            "50,000 barrels",
            "rise in the agency's forecast of oil demand per day",
        ),
        # An aside after a dash-joined word is no part of the object.
        (
            "Fiat owns a 30% stake in Maserati -famous for its racing cars.",
            "30%",
            "Fiat's stake in Maserati",
        ),
        # Where the counted things are, with what is there.
        (
            "The chain runs more than 60 hotels in 14 countries.",
            "14 countries",
            "countries where chain runs hotels",
        ),
    ],
)
def test_sixth_pass_objects(nlp: Any, sentence: str, text: str, obj: str) -> None:
    assert _one(nlp, sentence, text).object == obj


def test_a_modal_reaches_an_amount_inside_its_object(nlp: Any) -> None:
    text = (
        "Combining the two banks would create a company with assets of more than $900bn (£480bn)."
    )
    assert _one(nlp, text, "$900bn").extra.get("modality") == "forecast"
    assert _one(nlp, text, "£480bn").extra.get("modality") == "forecast"  # and its conversion


def test_a_nationality_word_read_as_a_language_is_a_party(nlp: Any) -> None:
    text = "English councils have spent more than £2bn on recycling."
    assert _one(nlp, text, "£2bn").parties == ["GBR"]


@pytest.mark.parametrize(
    ("sentence", "text", "parties"),
    [
        ("Ambev's share of Chile's beer market rose to 41%.", "41%", ["CHL"]),
        ("Up to 900 jobs are to go at the Japanese carmaker.", "900 jobs", ["JPN"]),
        ("Shares in Acme fell 3% in London.", "3%", []),
    ],
)
def test_the_country_an_object_names(
    nlp: Any, sentence: str, text: str, parties: list[str]
) -> None:
    assert _one(nlp, sentence, text).parties == parties


@pytest.mark.parametrize(
    ("sentence", "text", "obj"),
    [
        ("Buyers can also choose the Sport which costs up to £21,000.", "£21,000", "cost of Sport"),
        (
            "The firm was accused of funnelling $3m into the election campaign of the mayor.",
            "$3m",
            "the firm's payment into election campaign of mayor",
        ),
    ],
)
def test_what_money_goes_into_or_costs(nlp: Any, sentence: str, text: str, obj: str) -> None:
    assert _one(nlp, sentence, text).object == obj


@pytest.mark.parametrize(
    ("sentence", "text", "modality"),
    [
        ("About 60% to 70% of members are expected to back the deal.", "60% to 70%", "forecast"),
        ("Acme is to raise its dividend by 9%.", "9%", "target"),
        ("The airline has offered a 6% increase in pay.", "6%", "pledge"),
        ("The cuts should enable it to save $120m.", "$120m", "target"),
        ("Steelmakers will have to shed thousands of jobs.", "thousands of jobs", "forecast"),
        ("The result beat the market expectation of £40m.", "£40m", "forecast"),
        ("Profits were estimated to have fallen 12%.", "12%", None),
        ("The firm is to close 4 of its 30 stores.", "30 stores", None),
        (
            "We have a duty to offer hope to the thousands of people who suffer.",
            "thousands of people",
            None,
        ),
    ],
)
def test_seventh_pass_modality(nlp: Any, sentence: str, text: str, modality: str | None) -> None:
    assert _one(nlp, sentence, text).extra.get("modality") == modality


@pytest.mark.parametrize(
    ("sentence", "text", "obj"),
    [
        (
            "Excluding the fuel sector, UK retail sales were up 0.4% in March.",
            "0.4%",
            "rise in UK retail sales excluding the fuel sector in March",
        ),
        (
            "High oil prices have knocked 0.3% off the growth rate.",
            "0.3%",
            "fall in growth rate from high oil prices",
        ),
        ("The sale will help pay off $4bn in unpaid taxes.", "$4bn", "unpaid taxes"),
        (
            "Small banks may sell 30% stakes in their savings units.",
            "30%",
            "stakes in Small banks' savings units",
        ),
    ],
)
def test_seventh_pass_objects(nlp: Any, sentence: str, text: str, obj: str) -> None:
    assert _one(nlp, sentence, text).object == obj


def test_the_year_a_pledge_was_made_is_no_period(nlp: Any) -> None:
    a = _one(nlp, "Rich nations agreed in 1970 to spend 0.7% of national income on aid.", "0.7%")
    assert a.extra.get("modality") == "pledge" and a.period is None


@pytest.mark.parametrize(
    ("sentence", "text", "modality"),
    [
        (
            "Rich states want to raise the amount of aid they give to 0.5% of their income.",
            "0.5%",
            "target",
        ),
        ("Peru is set to close its $9bn bond offer on Friday.", "$9bn", None),
        (
            "The runway will serve the projected 40m passengers a year.",
            "40m passengers",
            "forecast",
        ),
    ],
)
def test_eighth_pass_modality(nlp: Any, sentence: str, text: str, modality: str | None) -> None:
    assert _one(nlp, sentence, text).extra.get("modality") == modality


def test_a_bare_decline_after_a_rise_is_a_decline_of_the_same_thing(nlp: Any) -> None:
    text = "The country's exports rose by 4% in 2004, after a 12% decline in 2003."
    assert _one(nlp, text, "12%").object == "decline in country's exports"


def test_the_year_a_promise_was_made_is_no_period(nlp: Any) -> None:
    text = "Few expect the 5 million new jobs promised by EU leaders in Rome in 2001."
    a = _one(nlp, text, "5 million new jobs")
    assert a.extra.get("modality") == "pledge" and a.period is None


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        (
            "Colombia will spend 3 trillion pesos on roads, Colombia's minister said.",
            "3 trillion pesos",
            "COP",
        ),
        (
            "Colombia will spend 3 trillion Mexican pesos on roads.",
            "3 trillion Mexican pesos",
            "MXN",
        ),
        ("Kenya's farmers earned 2bn shillings, Kenya said.", "2bn shillings", "KES"),
        ("The firm earned 40m pesos.", "40m pesos", "MXN"),
    ],
)
def test_a_shared_currency_word_is_the_named_country_s(
    nlp: Any, sentence: str, text: str, unit: str
) -> None:
    assert _one(nlp, sentence, text).unit == unit


def test_money_that_is_part_of_a_fund_says_which_part(nlp: Any) -> None:
    text = "Officials said 40m naira of the funding had been earmarked for building new clinics."
    assert _one(nlp, text, "40m naira").object == "funding earmarked for building new clinics"


@pytest.mark.parametrize(
    ("sentence", "text", "obj"),
    [
        (
            "Shares in packaging firm Rexam closed up 4% on Monday.",
            "4%",
            "rise in Shares in packaging firm Rexam",
        ),
        (
            "Heineken posted higher profits. Shares fell 2% to 30 euros in Amsterdam.",
            "30 euros",
            "Heineken's shares in Amsterdam",
        ),
        ("The group plans to buy back shares worth $500m.", "$500m", "value of shares bought back"),
        (
            "The firm will offer $2bn worth of bonds to investors.",
            "$2bn",
            "value of bonds offered to investors",
        ),
    ],
)
def test_whose_shares_and_what_is_worth(nlp: Any, sentence: str, text: str, obj: str) -> None:
    assert _one(nlp, sentence, text).object == obj


@pytest.mark.parametrize(
    ("sentence", "text", "obj"),
    [
        (
            "The agency said there were 18 members of the board in the race for the post.",
            "18 members",
            "members of board in race for post",
        ),
        ("There were 12 deaths in 2004.", "12 deaths", "deaths"),
        (
            "Some 90,000 people with asthma will be helped by the scheme.",
            "90,000 people",
            "people with asthma helped by scheme",
        ),
    ],
)
def test_counted_with_their_defining_phrase(nlp: Any, sentence: str, text: str, obj: str) -> None:
    assert _one(nlp, sentence, text).object == obj


@pytest.mark.parametrize(
    ("sentence", "text", "modality"),
    [
        ("Borrowing is tipped to fall to £28bn by 2006/07.", "£28bn", "forecast"),
        ("Waits are still well above the industry target of a 90% answer rate.", "90%", "target"),
    ],
)
def test_ninth_pass_modality(nlp: Any, sentence: str, text: str, modality: str) -> None:
    assert _one(nlp, sentence, text).extra.get("modality") == modality


@pytest.mark.parametrize(
    ("sentence", "text", "period"),
    [
        (
            "Some 9,000 jobs have gone since the 11 September 2001 attacks.",
            "9,000 jobs",
            "2001-09-11/..",
        ),
        ("It has saved £40m since the scheme began in mid-2003.", "£40m", "2003-07-01/.."),
    ],
)
def test_since_a_day_or_part_of_a_year(nlp: Any, sentence: str, text: str, period: str) -> None:
    assert _one(nlp, sentence, text).period == period


def test_a_rate_every_year(nlp: Any) -> None:
    a = _one(nlp, "Insulation could bring savings of £90 every year.", "£90")
    assert a.extra.get("per") == "year"


def test_north_american_is_no_country(nlp: Any) -> None:
    text = "Acme is cutting North American output by 2%."
    assert _one(nlp, text, "2%").parties == []


def test_a_denied_more_than_is_a_cap(nlp: Any) -> None:
    text = "Under the rules, no listed company can be more than 70% owned by its top holders."
    a = _one(nlp, text, "70%")
    assert a.comparator == "<" and a.extra.get("inclusive") is True


def test_a_denied_clause_beside_an_aside_keeps_the_aside_s_comparator(nlp: Any) -> None:
    text = "With a shortage of over 5,000 nurses in Wales, it is not a sustainable situation."
    assert _one(nlp, text, "5,000 nurses").comparator == ">"


def test_a_change_keeps_its_longer_defining_phrase(nlp: Any) -> None:
    text = "The bank reported a 2% fall in profits in its German retail division."
    assert _one(nlp, text, "2%").object == "fall in profits in the bank's German retail division"


@pytest.mark.parametrize(
    ("sentence", "text", "obj"),
    [
        (
            "Rich nations spend more than $200bn on farm subsidies.",
            "$200bn",
            "Rich nations' spending on farm subsidies",
        ),
        (
            "The group's wing made £120m, a 40% jump on 2003 figures.",
            "40%",
            "jump in group's wing's earnings",
        ),
        ("The deal will bring savings of £20m a year.", "£20m", "savings per year"),
    ],
)
def test_whose_money_it_is(nlp: Any, sentence: str, text: str, obj: str) -> None:
    assert _one(nlp, sentence, text).object == obj


@pytest.mark.parametrize(
    ("sentence", "text", "obj"),
    [
        (
            "This is below the 9.5% lenders had hoped to recover.",
            "9.5%",
            "share lenders had hoped to recover",
        ),
        (
            "In 2001 the club expelled all but 40 of its 300 members.",
            "40",
            "the club's members not expelled",
        ),
        # ("mostly" kept: the part is not the whole)
        (
            "Italy makes 80,000 tonnes, mostly for export.",
            "80,000 tonnes",
            "production mostly for export",
        ),
        (
            "Ministers announced plans to raise bus fares for pensioners living in towns by £3.",
            "£3",
            "rise in bus fares",
        ),
    ],
)
def test_tenth_pass_objects(nlp: Any, sentence: str, text: str, obj: str) -> None:
    assert _one(nlp, sentence, text).object == obj


def test_wanting_someone_to_pay_is_a_target(nlp: Any) -> None:
    text = "Regulators wanted the banks to repay $40bn in fees."
    assert _one(nlp, text, "$40bn").extra.get("modality") == "target"


def test_it_trading_at_a_price_in_another_currency_is_the_named_currency_s_rate(nlp: Any) -> None:
    text = "The pound fell against the euro. Against the Japanese yen, it was trading at 198.4 yen."
    assert _one(nlp, text, "198.4 yen").object == "exchange rate of GBP"


@pytest.mark.parametrize(
    ("sentence", "text", "obj"),
    [
        (
            "The remaining 15% will be retained by the city council.",
            "15%",
            "share will be retained by city council",
        ),
        (
            "Sales were £2bn while the group's margins were 9.1%, which it said could reach"
            " 10.2% by 2007.",
            "10.2%",
            "group's margins",
        ),
    ],
)
def test_objects_around_the_amount(nlp: Any, sentence: str, text: str, obj: str) -> None:
    assert _one(nlp, sentence, text).object == obj


def test_a_range_between_two_counts_keeps_its_verb(nlp: Any) -> None:
    text = "Police expected between 3,000 and 5,000 fans to attend the parade."
    assert _one(nlp, text, "3,000 and 5,000 fans").object == "fans expected to attend parade"


@pytest.mark.parametrize(
    ("sentence", "text", "obj"),
    [
        (
            "A majority of members (61%) believe the chairman should resign.",
            "61%",
            "share of members who believe the chairman should resign",
        ),
        ("The deficit narrowed by 3.2% in May.", "3.2%", "fall in deficit in May"),
        (
            "Spending on research is rising 12% to 400m rupees this year.",
            "400m rupees",
            "Spending on research",
        ),
        (
            "The firm confirmed 9,000 job cuts announced last year at its German plants.",
            "9,000 job cuts",
            "job cuts announced last year at the firm's German plants",
        ),
    ],
)
def test_eleventh_pass_objects(nlp: Any, sentence: str, text: str, obj: str) -> None:
    assert _one(nlp, sentence, text).object == obj


@pytest.mark.parametrize(
    ("sentence", "text", "change"),
    [
        ("A year ago, debt was more than 3bn euros higher.", "3bn euros", "fall"),
        ("Prices are 8% higher than a year ago.", "8%", "rise"),
    ],
)
def test_a_past_value_above_today_s_is_a_fall(
    nlp: Any, sentence: str, text: str, change: str
) -> None:
    assert _one(nlp, sentence, text).extra.get("change") == change


def test_a_share_owned_by_someone(nlp: Any) -> None:
    text = "Under the rules, no listed company can be more than 70% owned by its top holders."
    assert (
        _one(nlp, text, "70%").object
        == "share of listed company owned by its top holders under rules"
    )


def test_a_deal_says_what_for_and_with_whom(nlp: Any) -> None:
    text = "Last May, Chile signed a $150m agreement to import Peruvian gas in exchange for fruit."
    a = _one(nlp, text, "$150m")
    # pass 15: money before "agreement" is the agreement's value
    assert a.object == "value of Chile's agreement to import Peruvian gas"
    assert a.parties == ["CHL", "PER"]


def test_a_hyphenated_counted_noun(nlp: Any) -> None:
    (a,) = amounts_of(nlp, "The cars were built by just 3,200 Toyota-workers.")
    assert a.unit == "people" and a.extra.get("quantity_noun") == "workers"


def test_counted_parties_to_a_settlement(nlp: Any) -> None:
    text = "The firms met the demands of a landmark settlement reached with 31 states in 2001."
    assert _one(nlp, text, "31 states").object == "states in landmark settlement"


def test_an_amount_inside_the_sized_noun_shares_its_period(nlp: Any) -> None:
    text = (
        "The firms met the demands of a landmark $90bn settlement reached with 31 states in 2001."
    )
    assert _one(nlp, text, "$90bn").period == "2001-01-01/2001-12-31"


@pytest.mark.parametrize(
    ("sentence", "text", "obj"),
    [
        ("Attendance improved in 400 cases.", "400 cases", "cases where Attendance improved"),
        (
            "Rural voters could swing the result in 30 constituencies.",
            "30 constituencies",
            "constituencies where Rural voters could swing result",
        ),
    ],
)
def test_where_something_happens(nlp: Any, sentence: str, text: str, obj: str) -> None:
    assert _one(nlp, sentence, text).object == obj


@pytest.mark.parametrize(
    ("sentence", "text", "modality"),
    [
        (
            "Overall, the study forecast total growth of 2.8% in 2006 for the 25 member states"
            " of the EU.",
            "25 member states",
            None,
        ),
        ("By 2010, it expects to nearly double sales to 300,000 cars.", "300,000 cars", "forecast"),
        (
            "The board has recommended paying a dividend of 0.40 euros per share.",
            "0.40 euros",
            "target",
        ),
    ],
)
def test_twelfth_pass_modality(nlp: Any, sentence: str, text: str, modality: str | None) -> None:
    assert _one(nlp, sentence, text).extra.get("modality") == modality


def test_the_country_a_which_clause_is_about(nlp: Any) -> None:
    text = "A Peruvian report said the country, which has about $30bn in reserves, would act."
    assert _one(nlp, text, "$30bn").parties == ["PER"]


def test_from_one_count_to_another_are_two_amounts(nlp: Any) -> None:
    text = "The plan could see its workforce cut from 120,000 to 100,000 staff by 2008."
    got = {a.text: a for a in amounts_of(nlp, text)}
    assert set(got) == {"120,000", "100,000 staff"}
    assert got["100,000 staff"].object == "its workforce"
    assert got["120,000"].object == "its current workforce"  # (where the cut starts)


def test_multi_billion_is_more_than_a_billion(nlp: Any) -> None:
    (a,) = amounts_of(
        nlp, "The firms ran a multi-billion dollar advertising campaign aimed at students."
    )
    assert (
        a.comparator == ">"
        # pass 15: money before a campaign is what it costs
        and a.object == "cost of advertising campaign aimed at students"
        and "modality" not in a.extra
    )


def test_this_compares_with_takes_the_measure_before(nlp: Any) -> None:
    text = (
        "Tea drinking in Peru is still low, at just 0.3 litres per capita. This compares with"
        " 40 litres in Ireland."
    )
    assert _one(nlp, text, "40 litres").object == "Tea drinking per capita in Ireland"


def test_growing_at_a_rate(nlp: Any) -> None:
    text = "The number of claims is growing at a rate of 15% every year."
    assert _one(nlp, text, "15%").object == "growth in number of claims per year"


def test_a_bare_target_is_the_subject_s_target(nlp: Any) -> None:
    text = "The bank said inflation would rise to its 2.5% target within two years."
    a = _one(nlp, text, "2.5%")
    assert a.object == "inflation target" and a.extra.get("modality") == "target"


def test_the_size_of_a_subject_to_come(nlp: Any) -> None:
    text = "Ministers are confident the £3bn deal would be signed in May."
    assert _one(nlp, text, "£3bn").extra.get("modality") == "forecast"


@pytest.mark.parametrize(
    ("sentence", "text", "modality"),
    [
        ("The shake-up is aimed at saving £40m a year.", "£40m", "target"),
        (
            "The airline will be able to carry 50 million passengers a year.",
            "50 million passengers",
            "forecast",
        ),
        ("It was enough to push the jobless rate down to 4.9%.", "4.9%", None),
        ("Fiat was set to restructure after reaching a $1bn settlement with GM.", "$1bn", None),
    ],
)
def test_thirteenth_pass_modality(nlp: Any, sentence: str, text: str, modality: str | None) -> None:
    assert _one(nlp, sentence, text).extra.get("modality") == modality


def test_the_country_of_counted_people(nlp: Any) -> None:
    text = "Troops are on standby to evacuate several hundred UK citizens from Liberia."
    assert _one(nlp, text, "several hundred UK citizens").parties[0] == "GBR"


def test_a_poll_answer_names_the_man_the_sentence_is_about(nlp: Any) -> None:
    text = (
        "Most voters said Mr Hague had been treated unfairly. Some 41% backed his legal"
        " action, a poll found."
    )
    assert _one(nlp, text, "41%").object == "share who backed Hague's legal action"


def test_both_sides_of_a_sale_or_a_purchase(nlp: Any) -> None:
    text = "The US company said it had agreed with an Indian airline the sale of jets for $90m."
    assert set(_one(nlp, text, "$90m").parties) == {"IND", "USA"}
    text = "Italy's Acme will pay 300m yuan for a 20% stake in China's Beta."
    assert _one(nlp, text, "300m yuan").parties == ["ITA", "CHN"]


def test_a_bare_count_takes_the_sentence_before_s_count_of_the_same_things(nlp: Any) -> None:
    text = (
        "Another four bank managers have pleaded guilty to fraud charges. Two managers from"
        " Acme and one from Beta were the latest."
    )
    # (made more exact in the sixth pass: where these two are from is kept)
    assert (
        _one(nlp, text, "Two managers").object
        == "bank managers from Acme pleaded guilty to fraud charges"
    )


@pytest.mark.parametrize(
    ("sentence", "text", "obj"),
    [
        (
            "The scheme brought 9,000 pupils back to school.",
            "9,000 pupils",
            "pupils brought back to school by scheme",
        ),
        ("The firm moved 300 staff to Leeds.", "300 staff", "staff moved to Leeds by the firm"),
    ],
)
def test_counted_objects_keep_where_they_went(nlp: Any, sentence: str, text: str, obj: str) -> None:
    assert _one(nlp, sentence, text).object == obj


@pytest.mark.parametrize(
    ("sentence", "text", "obj"),
    [
        (
            "Consumer spending grew 3.2% in the final quarter, down from the third quarter's 4.1%.",
            "4.1%",
            "growth in Consumer spending in third quarter",
        ),
        ("Nearly £9m came from gifts worth more than £1m.", "£1m", "value of gifts"),
    ],
)
def test_fourteenth_pass_objects(nlp: Any, sentence: str, text: str, obj: str) -> None:
    assert _one(nlp, sentence, text).object == obj


def test_a_noun_the_tagger_misread_for_a_verb_counts_nothing(nlp: Any) -> None:
    # Built by hand: the tagger's misreading of "shows" as a plural noun with an object.
    from amounts_support import amounts_article
    from spacy.tokens import Doc

    from communique.extract.amounts import extract_amounts

    words = ["It", "held", "above", "50", "shows", "steady", "growth", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True, True, True, True, True, True, False, False],
        tags=["PRP", "VBD", "IN", "CD", "NNS", "JJ", "NN", "."],
        pos=["PRON", "VERB", "ADP", "NUM", "NOUN", "ADJ", "NOUN", "PUNCT"],
        heads=[1, 1, 1, 4, 1, 6, 4, 1],
        deps=["nsubj", "ROOT", "quantmod", "nummod", "dobj", "amod", "dobj", "punct"],
        sent_starts=[True, False, False, False, False, False, False, False],
    )
    art = amounts_article(nlp, doc.text)
    art.doc = doc
    assert not [a for a in extract_amounts(art) if a.unit == "shows"]


def test_a_gerund_subject_keeps_its_words(nlp: Any) -> None:
    text = "Misusing someone's details to claim new loans or cards comprised 12% of the total."
    a = _one(nlp, text, "12%")
    assert a.object is not None and a.object.startswith("Misusing someone's details to claim")


def test_whose_by_the_agent_of_an_amount(nlp: Any) -> None:
    text = (
        "Its $9m profit for the quarter was dwarfed by the $120m announced by rival Yahoo"
        " last week."
    )
    assert _one(nlp, text, "$120m").object == "Yahoo's profit"
