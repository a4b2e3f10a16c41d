"""Amounts: the words that say which amount it is. The cause an effect verb's subject names
("lives saved by scrapping the levy"), a measure's basis ("sales by volume"), a participle
defining the noun ("fines imposed by regulators"), what counted people do it for and how
often, an average, and the noun words a bare noun's earlier mention gives ("rates" after
"mortgage rates"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_of

from communique.record import Amount

pytestmark = pytest.mark.slow


def _amount(nlp: Any, text: str, amount: str, published: str | None = None) -> Amount:
    """The amount written `amount` in `text`, parsed as a one-paragraph article."""
    return next(a for a in amounts_of(nlp, text, published) if a.text == amount)


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # the cause: a gerund or a noun subject of an effect verb
        (
            "Scrapping the levy would save 40 lives a year.",
            "40 lives",
            "lives saved per year by scrapping levy",
        ),
        (
            "Closing the plant would mean the loss of 450 jobs.",
            "450 jobs",
            "loss of jobs from closing plant",
        ),
        (
            "The strike at the port would mean the loss of 300 jobs.",
            "300 jobs",
            "loss of jobs from strike at port",
        ),
        (
            "The storms have knocked 0.4% off the growth rate.",
            "0.4%",
            "fall in growth rate from storms",
        ),
        ("A weaker yen has knocked 1.5% off exports.", "1.5%", "fall in exports from weaker yen"),
        # no cause from an actor, a pronoun or a word another sentence defines
        ("Italy would save £3bn a year.", "£3bn", "Italy's savings per year"),
        ("The move would save £9m a year.", "£9m", "savings per year"),
        (
            "The union's members voted to strike, which would mean the loss of 200 jobs.",
            "200 jobs",
            "loss of jobs",
        ),
        ("Labour lead the Tories by 41% to 33%.", "33%", "share for Tories"),
        # how a measure is taken
        ("Its exports by volume fell 4% in 2003.", "4%", "fall in Its exports by volume"),
        ("Car sales by value rose 9% in 2002.", "9%", "rise in Car sales by value"),
        # a participle that says which
        (
            "The bank paid $90m in fines imposed by regulators.",
            "$90m",
            "fines imposed by regulators",
        ),
        (
            "Prosecutors want the firms to hand over $9bn in profits earned over 20 years.",
            "$9bn",
            "profits earned over 20 years that prosecutors want the firms to hand over",
        ),
        # ... but not when it only says when it was seen, or is an aside
        (
            "The 0.5% growth recorded in the third quarter was revised.",
            "0.5%",
            "growth in third quarter",
        ),
        (
            "The plans, unveiled in a statement, would raise £300m for the fund.",
            "£300m",
            "funds raised from plans for fund",
        ),
        # what counted people do it for, and how often
        (
            "Between 2,000 and 3,000 students travel abroad to study medicine each year.",
            "2,000 and 3,000 students",
            "students traveling abroad to study medicine per year",
        ),
        (
            "About 500 fans gathered outside the ground to greet the team.",
            "500 fans",
            "fans gathered outside ground to greet team",
        ),
        # an average
        (
            "Incomes have risen by an average of 2.4% over the past five years.",
            "2.4%",
            "average rise in Incomes",
        ),
        (
            "Spain's economy has grown by an average of 3% a year since 2000.",
            "3%",
            "average growth in Spain's economy per year",
        ),
    ],
)
def test_the_words_that_say_which(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert _amount(nlp, text, amount).object == obj


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a bare noun takes the noun words of its nearest earlier mention
        (
            "Mortgage rates rose twice last year. Lenders expect rates to stay at 5.25% until"
            " March.",
            "5.25%",
            "mortgage rates",
        ),
        (
            "The cabinet raised the stamp duty threshold in 2003. The party wants to raise the"
            " threshold to £200,000.",
            "£200,000",
            "stamp duty threshold",
        ),
        (
            "Bidders queued for the auction of Globex. In the end, the auction was won by a "
            "shell company for $9bn.",
            "$9bn",
            "auction of Globex",
        ),
        (
            "Cold weather threatened stocks of heating oil. Traders said stocks were about 6%"
            " below normal.",
            "6%",
            "shortfall of stocks of heating oil below normal",
        ),
        (
            "Credit card debt is falling, with 30 million cards now in use.",
            "30 million cards",
            "credit cards",
        ),
        # ... not when that mention is told otherwise, nor for a noun that may be the whole
        (
            "The firm's current output is 90,000 cars. It plans to raise output to 150,000 cars.",
            "150,000 cars",
            "output",
        ),
        (
            "UK sales fell 3% in December. Sales rose 2% in the year as a whole.",
            "2%",
            "rise in Sales",
        ),
        # whose money a thing or a person named as known took in
        (
            "The Duke of Kent received over £2m from trusts in 2002.",
            "£2m",
            "Duke of Kent's receipts from trusts",
        ),
    ],
)
def test_the_words_said_before(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert _amount(nlp, text, amount).object == obj


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # the value a change came from, when no period tells it apart
        (
            "The bank cut its forecast for growth to 1.5% from 2.1%.",
            "2.1%",
            "the bank's previous forecast for growth",
        ),
        (
            "The bank cut its forecast for growth to 1.5% from 2.1%.",
            "1.5%",
            "the bank's forecast for growth",
        ),
        ("Profits rose to £5m from £3m in 2003.", "£3m", "Profits"),
        # a refusal kept, and the cases a fronted "in" counts
        (
            "In 300 cases, the police took no action.",
            "300 cases",
            "cases where police took no action",
        ),
        (
            "In about 2,000 of those cases, the pupils were accompanied by their parents.",
            "2,000 of those cases",
            "cases where pupils were accompanied by pupils' parents",
        ),
        # "the country" named by its people
        (
            "Ghana is growing. Figures provided by the Ghanaians show the country's output rose by"
            " 6% in 2004.",
            "6%",
            "rise in Ghana's output",
        ),
    ],
)
def test_the_words_that_tell_it_apart(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert _amount(nlp, text, amount).object == obj


@pytest.mark.parametrize(
    ("text", "amount", "parties"),
    [
        # the worth of counted things is theirs, and so is its conversion
        ("There were 400 cases of fraud in the UK in 2003, worth £20m.", "£20m", ["GBR"]),
        ("There were 400 cases of fraud in the UK in 2003, worth £20m ($37m).", "$37m", ["GBR"]),
        # where counted things go out of
        ("The airline may move 3,000 jobs out of Ireland.", "3,000 jobs", ["IRL"]),
    ],
)
def test_parties_of_the_counted(nlp: Any, text: str, amount: str, parties: list[str]) -> None:
    assert _amount(nlp, text, amount).parties == parties


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a bare noun with what its clause does to it
        (
            "The new rules set compensation at between 100 euros and 400 euros.",
            "100 euros and 400 euros",
            "compensation set by new rules",
        ),
        (
            "Fines of up to £5,000 will be imposed on landlords.",
            "£5,000",
            "Fines imposed on landlords",
        ),
        (  # (money "for" a thing offered is its price: pass 13)
            "The group planned to offer memberships for about $90.",
            "$90",
            "price of memberships the group planned to offer",
        ),
        # ... not when the verb only shows it
        ("Revised figures indicated growth of just 0.3%.", "0.3%", "growth"),
        # the things sold, without their number
        ("Acme agreed the sale of 12 jets to Qantas for $900m.", "$900m", "sale of jets"),
    ],
)
def test_what_the_clause_does_to_it(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert _amount(nlp, text, amount).object == obj


@pytest.mark.parametrize(
    ("published", "obj", "period"),
    [
        # no date to place the quarter in: the object says which sales
        (None, "Globex's sales in fourth quarter", None),
        # a dated article: the period says it
        ("2005-02-01", "Globex's sales", "2004-10-01/2004-12-31"),
    ],
)
def test_a_part_of_a_year_without_its_year(
    nlp: Any, published: str | None, obj: str, period: str | None
) -> None:
    text = "Globex said its sales reached £40m in the fourth quarter."
    got = {a.text: a for a in amounts_of(nlp, text, published)}
    assert (got["£40m"].object, got["£40m"].period) == (obj, period)


def test_in_case_is_a_condition(nlp: Any) -> None:
    text = "Troops are on standby in case they need to evacuate 300 UK citizens from the city."
    (a,) = amounts_of(nlp, text)
    assert a.extra.get("modality") == "possible"


@pytest.mark.parametrize(
    ("text", "amount", "period", "modality"),
    [
        # what would have been, in the joined clause's year
        (
            "Profits rose 2% to £500m in 2003, but would have been 6% higher if the strong pound"
            " were left out.",
            "6%",
            "2003-01-01/2003-12-31",
            "possible",
        ),
        # a forecast joined on is not of the year before it
        ("Sales rose 3% in 2004 and are expected to rise 5%.", "5%", None, "forecast"),
        (
            "Sales rose 3% in 2004 and will rise 5% in 2005.",
            "5%",
            "2005-01-01/2005-12-31",
            "forecast",
        ),
        ("Sales rose 3% in 2004 and are expected to rise 5%.", "3%", "2004-01-01/2004-12-31", None),
    ],
)
def test_the_time_of_a_joined_clause(
    nlp: Any, text: str, amount: str, period: str | None, modality: str | None
) -> None:
    got = {a.text: a for a in amounts_of(nlp, text)}
    assert (got[amount].period, got[amount].extra.get("modality")) == (period, modality)


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # "others" of those counted before
        (
            "Officials say 12 Canadians are confirmed dead, with 30 others missing.",
            "30 others",
            "other Canadians missing",
        ),
        # a thing valued, named by the noun the participle is of
        (
            "The merger would create the country's largest insurer, valued at $40bn.",
            "$40bn",
            "valuation of country's largest insurer that the merger would create",
        ),
        # a tax as a percentage is its rate, today's
        (
            "The duke has paid income tax - currently 40% - since 1998.",
            "40%",
            "income tax rate paid by duke",
        ),
    ],
)
def test_what_the_words_around_it_name(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert _amount(nlp, text, amount).object == obj


def test_a_rate_said_to_be_current_is_not_since_then(nlp: Any) -> None:
    (a,) = amounts_of(nlp, "The duke has paid income tax - currently 40% - since 1998.")
    assert a.period is None


def test_an_adjective_taken_for_a_verb_stays_as_written(nlp: Any) -> None:
    text = "Police saw a big kitchen with an oven and eight Polish men present."
    got = {a.text: a for a in amounts_of(nlp, text)}
    assert (got["eight Polish men"].object or "").endswith("men present")


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # goods valued, with how they change hands
        (
            "Initech plans to buy back shares worth $300m.",
            "$300m",
            "value of shares Initech plans to buy back",
        ),
        (
            "The firm was expected to offer 10bn yuan worth of shares to investors.",
            "10bn yuan",
            "value of shares offered to investors",
        ),
    ],
)
def test_goods_valued_and_how_they_change_hands(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert _amount(nlp, text, amount).object == obj


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # the level a price was at, and the close
        (
            "Gold prices are down on the record high of $480 set in March.",
            "$480",
            "Gold prices at record high",
        ),
        ("Shares in Globex closed at 312p.", "312p", "Shares in Globex at close"),
        (
            "Copper prices are still close to the $3,200 record level set in May.",
            "$3,200",
            "Copper prices at record level",
        ),
        # whom a claim is against
        (
            "The airline has sued the French government for $2bn.",
            "$2bn",
            "damages claim against French government",
        ),
        # a combination's figures are the combined firms'
        (
            "A combination of Acme and Globex would have annual sales of $12bn.",
            "$12bn",
            "combined Acme and Globex's annual sales",
        ),
        # listed shares after a verb of place take the verb
        (
            "Of the bank's clients, 52% reside in Japan, 21% in Korea, 9% in China.",
            "21%",
            "share of bank's clients who reside in Korea",
        ),
    ],
)
def test_which_price_claim_or_share(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert _amount(nlp, text, amount).object == obj


def test_a_firm_described_by_its_country_is_a_side(nlp: Any) -> None:
    text = "The Dutch company will complete its $3bn acquisition of US firm Initech next month."
    (a,) = amounts_of(nlp, text)
    assert sorted(a.parties) == ["NLD", "USA"]


@pytest.mark.parametrize(
    ("text", "amount", "parties"),
    [
        # paid in another country's own money: that country is the other side
        ("The French group Danone will pay 900m yuan for the stake.", "900m yuan", ["FRA", "CHN"]),
        ("The German firm will buy the plant for 2bn rupees.", "2bn rupees", ["DEU", "IND"]),
        # dollars are everyone's
        ("The German firm will pay $20m for the plant.", "$20m", ["DEU"]),
    ],
)
def test_the_side_a_currency_tells(nlp: Any, text: str, amount: str, parties: list[str]) -> None:
    assert _amount(nlp, text, amount).parties == parties


@pytest.mark.parametrize(
    ("text", "amount", "modality"),
    [
        # inside what a report puts forward
        (
            "The panel suggests raising the grant to £500 so that aid can reach all families with"
            " at least three children.",
            "three children",
            "target",
        ),
        # ... not what it shows
        ("The survey suggests 45% of shops are now using card readers.", "45%", None),
        ("The figures suggest growth of 0.2%.", "0.2%", None),
    ],
)
def test_what_is_put_forward(nlp: Any, text: str, amount: str, modality: str | None) -> None:
    assert _amount(nlp, text, amount).extra.get("modality") == modality


def test_an_earlier_estimate_is_of_the_same_year(nlp: Any) -> None:
    text = "The office said growth in 2003 was 1.2%, down from an earlier estimate of 1.4%."
    got = {a.text: a for a in amounts_of(nlp, text)}
    assert (got["1.4%"].object, got["1.4%"].period) == (
        "earlier estimate of growth",
        "2003-01-01/2003-12-31",
    )


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        # a quarter with no year takes the year of the dated quarter beside it
        (
            "In the final quarter of 2004, spending rose by 8%, up from 7.5% in the third quarter.",
            "7.5%",
            "2004-07-01/2004-09-30",
        ),
        # ... the year before, for an earlier value past it
        (
            "In the first quarter of 2005, sales rose 5%, up from 3% in the fourth quarter.",
            "3%",
            "2004-10-01/2004-12-31",
        ),
    ],
)
def test_a_quarter_in_a_dated_sentence(nlp: Any, text: str, amount: str, period: str) -> None:
    assert _amount(nlp, text, amount, "2021-12-15").period == period


def test_a_deal_to_supply_is_both_sides_and_pledged(nlp: Any) -> None:
    text = (
        "The Japanese firm Acme has struck a deal to supply French group Globex with 5,000 engines."
    )
    (a,) = amounts_of(nlp, text)
    assert (sorted(a.parties), a.extra.get("modality")) == (["FRA", "JPN"], "pledge")
