"""Amounts: whose a figure is. An owner written before the amount ("its $12m profit"), the
firm a headline names when the text names no firm three times, what "It" and "This" stand
for, a name's "of" words ("Ministry of Defence"), and money someone "had stolen". Every
sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_article, amounts_of, named

from communique.extract.amounts import extract_amounts
from communique.record import Amount, Entity, Mention

pytestmark = pytest.mark.slow


def _amount(
    nlp: Any,
    text: str,
    amount: str,
    headline: str | None = None,
    entities: list[Entity] | None = None,
) -> Amount:
    """The amount written `amount` in `text` (after `headline`, as a read article has it)."""
    full = f"{headline}\n\n{text}" if headline else text
    art = amounts_article(nlp, full, entities=entities)
    art.headline = headline
    return next(a for a in extract_amounts(art) if a.text == amount)


_WHOSE_IT_IS: list[tuple[str, str, str | None]] = [
    # an owner before the amount stays, and is resolved
    (
        "Globex is a small search firm. Its $12m profit for the year was modest.",
        "$12m",
        "Globex's profit",
    ),
    (
        "Initech makes printers. The company said its $40m loss came from a recall.",
        "$40m",
        "Initech's loss coming from recall",
    ),
    # (but a target's "its" is whose target, which the sentence says otherwise)
    (
        "The bank said inflation would rise to its 2.5% target within two years.",
        "2.5%",
        "inflation target",
    ),
    # the owner, then what the noun is for
    (
        "Globex reported a loss. It blamed a $50m charge to cover bad loans.",
        "$50m",
        "Globex's charge to cover bad loans",
    ),
    # a month or an adjective before the noun names no owner: the subject's
    (
        "Globex was a big gainer, turning in a 19% surge in February sales.",
        "19%",
        "surge in Globex's February sales",
    ),
    ("Initech said European sales rose 5%.", "5%", "rise in Initech's European sales"),
    # (a name does)
    ("Initech said Globex sales rose 5%.", "5%", "rise in Globex sales"),
    # a capitalised first word is no owner's name: the firm before owns the figure
    (
        "Globex posted larger annual profits. Pre-tax profits rose 15% to reach £546m.",
        "£546m",
        "Globex's pre-tax profits",
    ),
    # an opening "It" or "Its" is the firm the sentence before named, by its aside too
    (
        "Globex's own web business, Initech, had mixed fortunes. It lost 40,000 "
        "subscribers in the quarter.",
        "40,000 subscribers",
        "subscribers lost by Initech in quarter",
    ),
    (
        "Globex's own web business, Initech, had mixed fortunes. Its profit fell to $3m.",
        "$3m",
        "Initech's profit",
    ),
    # a firm's other figure in its sentence is the firm's too
    (
        "Globex said net profit came in at €1.4bn, a dramatic change from the loss of "
        "€364m in 2003.",
        "€364m",
        "Globex's loss",
    ),
    # a name with its "of" words
    (
        "The Ministry of Defence said its £2bn budget was stretched.",
        "£2bn",
        "Ministry of Defence's budget",
    ),
    # "It" opening a sentence: the firm the sentence before named
    ("Initech is an insurer. It has total assets of $9bn.", "$9bn", "Initech's total assets"),
    ("Initech sells software. Last year it made profits of £21m.", "£21m", "Initech's profits"),
    # the debt the clause says is owed, of the firm that owes it
    (
        "Initech is a grocer. It listed its biggest creditor as Kraft Foods, which it owes $15m.",
        "$15m",
        "Initech's debt owed to Kraft Foods",
    ),
    # (a market's total is no firm's)
    ("The market is big. Total sales reached $96bn.", "$96bn", "Total sales"),
    # a measured bare noun takes its earlier mention's words
    (
        "The state hopes to double coffee production. The plan aims to boost production "
        "to 60,000 tonnes.",
        "60,000 tonnes",
        "coffee production under plan",
    ),
    # money someone had stolen
    (
        "A tourist had $300 and her camera stolen on the beach.",
        "$300",
        "money stolen from tourist",
    ),
    (
        "The charity has had £5,000 stolen from its office.",
        "£5,000",
        "money stolen from charity",
    ),
    ("The shop had £2,000 taken in a raid.", "£2,000", "money taken from shop"),
    # (money someone has is no theft)
    ("She had £40 left after paying rent.", "£40", None),
]


_REPORT = (
    "The company said on Monday that it would open a plant in Ohio. Sales rose 4% to $3bn, "
    "helped by strong demand. This was better than expected and helped to bring debt down "
    "to $900m. Shares in Globex Steel rose 2%."
)


@pytest.mark.parametrize(
    ("headline", "amount", "obj"),
    [
        ("Globex Steel sees profit jump", "$3bn", "Globex Steel's sales"),
        ("Globex Steel sees profit jump", "4%", "rise in Globex Steel's sales"),
        # "This" says nothing of whose: the firm's
        ("Globex Steel sees profit jump", "$900m", "Globex Steel's debt"),
        # a headline about no firm names none
        ("Steel makers see profits jump", "$3bn", "Sales"),
    ],
)
def test_the_firm_a_headline_names(nlp: Any, headline: str, amount: str, obj: str) -> None:
    full = f"{headline}\n\n{_REPORT}"
    firm = named("Globex Steel", "ORG", full, "e1")
    assert _amount(nlp, _REPORT, amount, headline, [firm]).object == obj


def test_a_headline_name_with_its_capital_words(nlp: Any) -> None:
    # the entity stage named the firm "Coal"; the headline and the text say "Acme Coal"
    headline = "Acme Coal slides into deeper loss"
    text = "Shares in Acme Coal fell after the mining group said losses had grown to £51m."
    full = f"{headline}\n\n{text}"
    coal = Entity(
        "e1",
        "Coal",
        "ORG",
        mentions=[
            Mention("Coal", (i, i + 4), (i, i + 4))
            for i in (full.find("Coal"), full.find("Coal", full.find("Coal") + 1))
        ],
    )
    assert _amount(nlp, text, "£51m", headline, [coal]).object == "Acme Coal's losses"


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        # a rate moved "by x% to y%" moves in points
        ("Unemployment edged up 0.1% to 4.9% in May.", "0.1%", "percentage_points"),
        ("The central bank lifted interest rates 0.25% to 3.5%.", "0.25%", "percentage_points"),
        # (a level in money, or a change bigger than the level, is a change in per cent)
        ("Sales rose 5% to $3bn.", "5%", "percent"),
        ("Its losses fell 60% to 20% of sales.", "60%", "percent"),
        ("Its share of the market rose 2% to 40%.", "2%", "percent"),
    ],
)
def test_a_rate_moved_to_a_level_moves_in_points(
    nlp: Any, text: str, amount: str, unit: str
) -> None:
    assert _amount(nlp, text, amount).unit == unit


@pytest.mark.parametrize(
    ("text", "amount", "obj", "parties"),
    [
        # a noun fronted with "with" is the subject's
        (
            "With a price tag of £60,000, the new coupe is cheaper than its rivals.",
            "£60,000",
            "price tag of new coupe",
            [],
        ),
        ("With a budget of £5m, the film was a success.", "£5m", "budget of film", []),
        # a stock index moves as an index, in its own country
        ("In Tokyo, the Nikkei fell 2% on Monday.", "2%", "fall in Nikkei index", ["JPN"]),
        ("The Nasdaq lost 1.3% by the close.", "1.3%", "fall in Nasdaq index", ["USA"]),
        # (a firm's price moves are its shares')
        ("Initech fell 2% on Monday.", "2%", "fall in Initech shares", []),
    ],
)
def test_whose_and_where(nlp: Any, text: str, amount: str, obj: str, parties: list[str]) -> None:
    got = _amount(nlp, text, amount)
    assert (got.object, got.parties) == (obj, parties)


def test_the_article_s_firm_even_when_the_model_calls_it_a_people(nlp: Any) -> None:
    from spacy.tokens import Span

    text = (
        "Ambrew is a brewer. Ambrew sells beer. Ambrew, which makes lager, said pre-tax "
        "profits for 2004 rose 56% to 1.2bn euros."
    )
    art = amounts_article(nlp, text, entities=[named("Ambrew", "ORG", text, "e1")])
    third = [t.i for t in art.doc if t.text == "Ambrew"][2]
    # (as the model may)
    art.doc.set_ents([Span(art.doc, third, third + 1, label="NORP")], default="unmodified")
    got = next(a for a in extract_amounts(art) if a.text == "1.2bn euros")
    assert got.object == "Ambrew's pre-tax profits"


@pytest.mark.parametrize(
    ("text", "firm", "amount", "obj"),
    [
        # (not an "it" after "that business": that business's, the one named before it)
        (
            (
                "Initech sells software. Initech also owns Globex, and Initech is big. However, "
                "that business is weak. Last year it made profits of £21m."
            ),
            "Initech",
            "£21m",
            "Globex's profits",
        ),
        # "Shares in the retailer" are the named firm's
        (
            (
                "Globex Stores has received a takeover offer. Globex Stores said it would study"
                " the offer, and Globex Stores will reply soon. Shares in the retailer were up"
                " 19.6%."
            ),
            "Globex Stores",
            "19.6%",
            "rise in Shares in Globex Stores",
        ),
        # a firm the tagger took for a plural noun
        (
            "Travelers is an insurer. Travelers had sales of $5.2bn in 2004.",
            "Travelers",
            "$5.2bn",
            "Travelers' sales",
        ),
        # "the company share price" is the article's firm's
        (
            (
                "Globex made a loss. Globex cut jobs. Globex shut plants. In London the company"
                " share price was down 1% at 120 pence."
            ),
            "Globex",
            "120 pence",
            "Globex's share price",
        ),
        # "the bank" is the bank the article is about
        (
            (
                "Barnaby Bank lifted profits. Barnaby Bank cut costs. Barnaby Bank hired staff. The"
                " bank blamed higher funding costs for a 1% fall in profits in its retail division."
            ),
            "Barnaby Bank",
            "1%",
            "fall in profits in Barnaby Bank's retail division",
        ),
    ],
)
def test_the_firm_the_article_names(nlp: Any, text: str, firm: str, amount: str, obj: str) -> None:
    art = amounts_article(nlp, text, entities=[named(firm, "ORG", text, "e1")])
    got = next(a for a in extract_amounts(art) if a.text == amount)
    assert got.object == obj


_WHAT_THE_COUNTED_HAVE_IT_FOR: list[tuple[str, str, str | None]] = [
    # what the counted things have, with what it is for (not when)
    (
        "About 30% of schools have funds to hire extra staff.",
        "30%",
        "share of schools having funds to hire extra staff",
    ),
    (
        "The minister wants all jails and 80% of prisons to have rooms to keep visitors "
        "apart from inmates within two years.",
        "80%",
        "share of prisons having rooms to keep visitors apart from inmates",
    ),
    # (a modal keeps the verb as it is)
    (
        "By 2010, 80% of prisons will have rooms to keep visitors apart from inmates.",
        "80%",
        "share of prisons will have rooms to keep visitors apart from inmates",
    ),
]


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        # "the previous month" is the month before the sentence's month, not the article's
        (
            "Sales rose 5% in May 2004, after a 3% rise in the previous month.",
            "3%",
            "2004-04-01/2004-04-30",
        ),
        (
            "Credit rose by £1.5bn in January, above the £1.4bn reported in the previous month.",
            "£1.4bn",
            "2004-12-01/2004-12-31",
        ),
        (
            "GDP grew 0.5% in the first quarter of 2004, after 0.3% in the previous quarter.",
            "0.3%",
            "2003-10-01/2003-12-31",
        ),
        # (with no month of its own in the sentence, the article's)
        ("Sales rose 3% in the previous month.", "3%", "2005-01-10/2005-02-10"),
    ],
)
def test_the_previous_month_of_the_sentence(nlp: Any, text: str, amount: str, period: str) -> None:
    got = next(a for a in amounts_of(nlp, text, "2005-02-10") if a.text == amount)
    assert got.period == period


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        # set against a year's figure, a figure with no time of its own is the year after's
        (
            "Globex had a good 2004. Sales climbed to 20bn kronor from 18bn kronor in 2003.",
            "20bn kronor",
            "2004-01-01/2004-12-31",
        ),
        (
            "Globex had a good 2004. Operating profits were 380m euros, ten times more than in"
            " 2003.",
            "380m euros",
            "2004-01-01/2004-12-31",
        ),
        (
            "Globex had a good 2004. Its bank made £347m, an 82% jump on 2003 figures.",
            "82%",
            "2004-01-01/2004-12-31",
        ),
        # (not against a baseline long before, nor a quarter's)
        ("Unemployment fell to 5% from 6% in 1997.", "5%", None),
        (
            "Globex had a good 2004. Net profit was $186m in the quarter, compared with $1.13bn"
            " in the same period in 2003.",
            "$186m",
            None,
        ),
    ],
)
def test_the_year_after_a_compared_year(
    nlp: Any, text: str, amount: str, period: str | None
) -> None:
    got = next(a for a in amounts_of(nlp, text) if a.text == amount)
    assert got.period == period


@pytest.mark.parametrize(
    ("text", "amount", "modality"),
    [
        # what a forecast thing would bring is forecast too
        (
            "Early plans forecast 5,000 members joining each year, bringing in at least £2m "
            "in fees.",
            "£2m",
            "forecast",
        ),
        # (not what an expected thing came after, nor what a fact brought)
        (
            "The 2% fall in sales had been expected, coming after a 4% rise in May.",
            "4%",
            None,
        ),
        ("Sales rose in May, adding £5m to profits.", "£5m", None),
    ],
)
def test_what_a_forecast_brings_is_forecast(
    nlp: Any, text: str, amount: str, modality: str | None
) -> None:
    assert _amount(nlp, text, amount).extra.get("modality") == modality


_THE_SUBJECT_S_STAKE_DEAL_OR_FIGURE: list[tuple[str, str, str | None]] = [
    # the clause's subject owns a stake, a settlement, a write-down, a payment
    ("Globex owns a 56% stake in Initech.", "56%", "Globex's stake in Initech"),
    # what a stake is in, however the parse hangs it
    (
        "Regulators voted by a large majority to cut Globex's stake in a new mobile network"
        " from 70% to 49%.",
        "49%",
        "Globex's stake in new mobile network",
    ),
    # a share of a firm held, bought or sold: whose, or by whom
    ("Globex owns 56% of Initech.", "56%", "Globex's stake in Initech"),
    ("Globex has agreed to buy 33% of Initech.", "33%", "stake in Initech bought by Globex"),
    ("Globex sold 20% of Initech last year.", "20%", "stake in Initech sold by Globex"),
    (
        "Globex, a 30% shareholder in Initech, stayed out.",
        "30%",
        "Globex's stake in Initech",
    ),
    (
        "Globex Steel Asset Holdings owns 12% of Initech.",
        "12%",
        "Globex Steel Asset Holdings' stake in Initech",
    ),
    (
        "Globex was set to restructure after reaching a $2bn settlement with Initech.",
        "$2bn",
        "Globex's settlement with Initech",
    ),
    (
        "Globex took a 650m euro write-down on its diet foods.",
        "650m euro",
        "Globex's write down on its diet foods",
    ),
    (
        "Initech said it would fund the deal by selling an 8% stake in Globex.",
        "8%",
        "stake in Globex sold by Initech",
    ),
    # a place before the figure is no owner's name
    (
        "Globex added that US truck sales fell 9% in February.",
        "9%",
        "fall in Globex's US truck sales in February",
    ),
    # (the one accused of paying did it, not the accuser)
    (
        "The regulator had accused Globex of illegally paying $2.1m to an agent in Benin.",
        "$2.1m",
        "Globex's payment to agent in Benin",
    ),
    # (an owner said already is not said twice)
    (
        "Sales in Globex's drinks business fell 8%.",
        "8%",
        "fall in Sales in Globex's drinks business",
    ),
]


@pytest.mark.parametrize(
    ("entities", "obj"),
    [
        # a firm called by the first word of the full name the text gave it
        (["Wayfarers Life & Annuity"], "Wayfarers' sales"),
        # (which only the full name, found as a firm, tells)
        ([], "sales"),
    ],
)
def test_a_firm_called_by_its_first_word(nlp: Any, entities: list[str], obj: str) -> None:
    text = (
        "Citigroup sold its Wayfarers Life & Annuity arm to Metlife. Wayfarers had sales of"
        " $5.2bn in 2004."
    )
    art = amounts_article(nlp, text, entities=[named(e, "ORG", text, "e1") for e in entities])
    got = next(a for a in extract_amounts(art) if a.text == "$5.2bn")
    assert got.object == obj


def test_a_buyer_s_payment_is_for_what_it_bought(nlp: Any) -> None:
    text = (
        "Globex Foods has agreed to buy 30% of Initech. Initech said Globex will pay $50m once"
        " the deal is approved."
    )
    ents = [named("Globex Foods", "ORG", text, "e1"), named("Initech", "ORG", text, "e2")]
    art = amounts_article(nlp, text, entities=ents)
    got = next(a for a in extract_amounts(art) if a.text == "$50m")
    assert got.object == "Globex's payment for stake in Initech"


@pytest.mark.parametrize(
    ("text", "amount", "firms", "obj"),
    [
        # a figure with no owner, in a clause whose subject is a firm, is the firm's
        (
            "Looking ahead, Acme forecast like-for-like sales growth of 4% over the next two"
            " years.",
            "4%",
            ["Acme"],
            "Acme's like-for-like sales growth over next two years",
        ),
        (
            "Globex has forecast sales growth of at least 10% in Asia this year.",
            "10%",
            ["Globex"],
            "Globex's sales growth in Asia",
        ),
        # "the company" and "it" are the firm before
        (
            "Globex posted results. The company also said it planned to spend 400m euros this"
            " year buying back shares.",
            "400m euros",
            ["Globex"],
            "Globex's spending on buying back shares",
        ),
        (
            "Initech posted results. It has already offered to pay $300m to settle charges.",
            "$300m",
            ["Initech"],
            "Initech's payment to settle charges",
        ),
        # a firm's figure the firm says is its own
        (
            "Total production costs were £1.30 per tonne, Globex Mining said.",
            "£1.30",
            ["Globex Mining"],
            "Globex Mining's total production costs per tonne",
        ),
        (
            "Sales rose 3% in the quarter, Initech said.",
            "3%",
            ["Initech"],
            "rise in Initech's sales in quarter",
        ),
        # (not a body that reports a figure)
        ("Inflation was 3%, the Treasury said.", "3%", ["Treasury"], "Inflation"),
        # things counted that the firm does something to: done by it
        (
            "Initech reported a loss. Last month, the company warned it may move as many as"
            " 3,000 jobs out of Canada.",
            "3,000 jobs",
            ["Initech"],
            "jobs moved out of Canada by Initech",
        ),
        # (not what the clause's own subject does)
        (
            "Acme posted results. The company said inflation rose 3%.",
            "3%",
            ["Acme"],
            "rise in inflation",
        ),
        # (not an "it" after "that business": that business's, the one named before it)
        (
            "Acme owns Zeta Media. That business is struggling. Last year it made profits of £2m.",
            "£2m",
            ["Acme", "Zeta Media"],
            "Zeta Media's profits",
        ),
        # (not the subject of a copula, nor a passive subject up the clause)
        (
            "Analysts said Acme and Globex were likely bidders and an offer of 900p a share"
            " would be fair.",
            "900p",
            ["Acme", "Globex"],
            "offer per share",
        ),
        ("Zeta was sold to pay off a $2bn tax bill.", "$2bn", ["Zeta"], "tax bill"),
        # (nor an "it" that stands for no firm)
        (
            "Acme reported results. It is worth noting that prices rose 4%.",
            "4%",
            ["Acme"],
            "rise in prices",
        ),
    ],
)
def test_the_firm_the_clause_is_about(
    nlp: Any, text: str, amount: str, firms: list[str], obj: str
) -> None:
    art = amounts_article(
        nlp, text, entities=[named(f, "ORG", text, f"e{i}") for i, f in enumerate(firms)]
    )
    got = next(a for a in extract_amounts(art) if a.text == amount)
    assert got.object == obj


_A_GAP_TO_ANOTHER_THING: list[tuple[str, str, str | None]] = [
    # a percentage told against another thing is the gap to it
    (
        "Nurses in rural areas earn 12% less than teachers.",
        "12%",
        "shortfall of earnings of Nurses in rural areas below teachers",
    ),
    (
        "The deficit for the year was 14.2% above the previous record.",
        "14.2%",
        "excess of deficit over previous record",
    ),
    (
        "Demand for gas is expected to be 9% above normal.",
        "9%",
        "excess of Demand for gas over normal",
    ),
    # (ended by a time word; a time's own levels said as such)
    (
        "Demand for coal was about 11% above normal this winter.",
        "11%",
        "excess of Demand for coal over normal",
    ),
    (
        "Stocks of diesel were 6% below the levels of a year ago.",
        "6%",
        "shortfall of Stocks of diesel below levels of a year ago",
    ),
    # (not against a time, an expectation or what is paid for)
    ("Exports were 5% higher than a year ago.", "5%", "rise in Exports from a year ago"),
    ("Sales were 8% lower than expected.", "8%", "fall in Sales below what was expected"),
    ("Posco agreed to pay 40% more for coal.", "40%", "rise in Posco's payment for coal"),
]


_THE_BASIS_IT_IS_ON: list[tuple[str, str, str | None]] = [
    # the basis a clause, or a clause above it, gives its figure
    (
        "Exports, on an annualised basis, fell 1.2% in the quarter.",
        "1.2%",
        "annualised fall in Exports in quarter",
    ),
    (
        "Stockpiles fell 0.4% month on month, but were 12% higher than a year ago.",
        "0.4%",
        "month-on-month fall in Stockpiles",
    ),
    # (not the other clause's)
    (
        "Although stockpiles fell 0.4% month on month, they were 12% higher than a year ago.",
        "12%",
        "rise in stockpiles from a year ago",
    ),
    ("For the full year, Globex posted a profit of $2bn.", "$2bn", "Globex's full-year profit"),
    (
        "On a monthly basis the trade deficit narrowed by 2% to $40bn.",
        "$40bn",
        "monthly trade deficit",
    ),
]


_A_TIME_NO_YEAR_DATES: list[tuple[str, str, str | None]] = [
    # a time its clause gives, that no year makes a period of, stays in the object
    (
        "Operating profit in the three months to 31 March was 2bn kronor.",
        "2bn kronor",
        "Operating profit in three months to 31 March",
    ),
    (
        "Globex took a charge of $50m in the April-to-June quarter.",
        "$50m",
        "Globex's charge in April-to-June quarter",
    ),
    (
        "Output grew 0.4% in the quarter ending June 30.",
        "0.4%",
        "growth in Output in quarter ending June 30",
    ),
    # (not a compared amount's, which has its own time)
    ("Sales were $3bn in the quarter, against $2.5bn last year.", "$3bn", "Sales in quarter"),
    ("Sales were $3bn in the quarter, against $2.5bn last year.", "$2.5bn", "Sales"),
    # (nor a dated time's: a period)
    ("Sales in the first half of 2004 rose 3%.", "3%", "rise in Sales"),
]


_WITHOUT_CURRENCY_MOVES: list[tuple[str, str, str | None]] = [
    # a figure said as it would be without currency moves
    (
        "Profits rose 2% to £900m, but would have been 6% higher if currency movements were"
        " stripped out.",
        "6%",
        "rise in Profits excluding currency movements",
    ),
    (
        "Sales rose 4% at constant exchange rates.",
        "4%",
        "rise in Sales excluding currency movements",
    ),
    # (not the figure as it was)
    (
        "Profits rose 2% to £900m, but would have been 6% higher if currency movements were"
        " stripped out.",
        "2%",
        "rise in Profits",
    ),
]


_WHAT_A_REPORT_COVERS: list[tuple[str, str, str | None]] = [
    # what a report the sentence is about covers is covered by that report
    (
        "The watchdog's latest report showed the cost of the 12 schemes covered had risen.",
        "12 schemes",
        "schemes covered by watchdog's latest report",
    ),
    # (not by another subject)
    (
        "The minister said the cost of the 12 schemes covered had risen.",
        "12 schemes",
        "schemes covered",
    ),
]


_THE_VALUE_A_CHANGE_CAME_FROM: list[tuple[str, str, str | None]] = [
    # (a year before: the same period's, not the period before's)
    (
        "Quarterly profits at Globex jumped 76% to $1.13bn, from $639m year-earlier.",
        "$639m",
        "quarterly profits at Globex a year earlier",
    ),
    ("Sales rose to $5bn from $4bn.", "$4bn", "previous sales"),
    # the value a change came from is the previous one
    (
        "The state raised the limit for foreign ownership of airlines from 26% to 49%.",
        "26%",
        "previous limit for foreign ownership of airlines",
    ),
    (
        "The International Monetary Fund cut its growth forecast for Brazil from 3.1% to 2.5%.",
        "3.1%",
        "International Monetary Fund's previous growth forecast for Brazil",
    ),
    # (not when a year tells the two apart)
    ("The rate fell from 5% in 2003 to 4% in 2004.", "5%", "rate"),
]


_WHEN_A_COMPARED_VALUE_WAS: list[tuple[str, str, str | None]] = [
    # a compared value says when it was
    (
        "Joblessness stood at 12%, compared with 6% before the floods two years ago.",
        "6%",
        "Joblessness before the floods two years ago",
    ),
    (
        "Young workers are hard hit, with 30% out of work, compared with 11% five years ago.",
        "11%",
        "share of young workers out of work five years ago",
    ),
    # the value a change came from, told by its month or quarter: that month's
    (
        "Average pay rose by 3.1% in the year to May, up from April's 2.9%.",
        "2.9%",
        "rise in Average pay in year to April",
    ),
    # (a firm's figure is no earlier one)
    ("Sales rose 5% from Acme's 4%.", "4%", "rise in Sales"),
]


_COUNTED_BY_A_NOUN_S_PARTICIPLE: list[tuple[str, str, str | None]] = [
    # counted things a noun's participle acts on: by that noun
    (
        "Unions representing 2.5m workers have threatened to strike.",
        "2.5m workers",
        "workers represented by unions that threatened to strike",
    ),
    ("A mill employing 300 staff closed.", "300 staff", "staff employed by mill"),
    # a named doer after "whose"
    (
        "The group, whose Fincorp subsidiary runs 12 mines in Peru, denied the claims.",
        "12 mines",
        "mines in Peru run by Fincorp subsidiary",
    ),
    (
        "Rules affecting 90,000 tenants need updating.",
        "90,000 tenants",
        "tenants affected by rules that need updating",
    ),
]


def test_they_who_make_up_a_share(nlp: Any) -> None:
    text = (
        "Last year, 9% of stops under the act were of young drivers, even though they make "
        "up 3.1% of the population."
    )
    assert _amount(nlp, text, "3.1%").object == "young drivers as share of population"


_WHAT_A_LOSS_IS_FROM_AND_A_CLAIM_FOR: list[tuple[str, str, str | None]] = [
    # what a loss comes from
    (
        "Globex said that it may lose millions of euros as a result of the strike at its port.",
        "millions of euros",
        "Globex's loss from strike at its port",
    ),
    # (not for the value something went from)
    (
        "The value of its stake had gone from $17.8bn to nothing as a result of the raids.",
        "$17.8bn",
        "value of its stake",
    ),
    # money asked for is the claim's
    (
        "The state will appeal against a ruling that threw out its claim for $90bn in "
        "damages from oil firms.",
        "$90bn",
        "claim for damages from oil firms",
    ),
    ("The union lodged a claim for £5m in back pay.", "£5m", "claim for back pay"),
]


# Each table above says one way an object names what is measured (or whose it is).
@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        *_WHOSE_IT_IS,
        *_WHAT_THE_COUNTED_HAVE_IT_FOR,
        *_THE_SUBJECT_S_STAKE_DEAL_OR_FIGURE,
        *_A_GAP_TO_ANOTHER_THING,
        *_THE_BASIS_IT_IS_ON,
        *_A_TIME_NO_YEAR_DATES,
        *_WHAT_A_REPORT_COVERS,
        *_WITHOUT_CURRENCY_MOVES,
        *_THE_VALUE_A_CHANGE_CAME_FROM,
        *_WHEN_A_COMPARED_VALUE_WAS,
        *_COUNTED_BY_A_NOUN_S_PARTICIPLE,
        *_WHAT_A_LOSS_IS_FROM_AND_A_CLAIM_FOR,
    ],
)
def test_the_object(nlp: Any, text: str, amount: str, obj: str | None) -> None:
    assert _amount(nlp, text, amount).object == obj
