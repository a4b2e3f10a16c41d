"""Amounts: an eighth pass (issue 7): the part of a year a results story opens on is that of
the firm's figures after it. Every article is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_article, named

from communique.extract.amounts import extract_amounts
from communique.record import Amount

pytestmark = pytest.mark.slow

_STORY = (
    "Globex profits climb\n\n"
    "Dutch paint maker Globex reported strong fourth-quarter profits on Thursday, helped by"
    " demand in Asia.\n\n"
    "Net profit came in at 420m euros, up from 300m euros a year earlier. Sales rose 6% to"
    " 2.1bn euros. The firm cut its debt to 900m euros. It expects sales of 9bn euros for"
    " the full year, when profit was 1.2bn euros."
)


def _story(nlp: Any, text: str, published: str | None = None) -> list[Amount]:
    art = amounts_article(nlp, text, published, [named("Globex", "ORG", text, "Q1", "NLD")])
    starts = [0] + [i + 2 for i in range(len(text)) if text.startswith("\n\n", i)]
    ends = [i for i in range(len(text)) if text.startswith("\n\n", i)] + [len(text)]
    art.paragraphs = list(zip(starts, ends, strict=True))
    art.headline = text.split("\n", 1)[0]
    return extract_amounts(art)


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("420m euros", "Globex's net profit in the fourth quarter"),
        ("2.1bn euros", "Globex's sales in the fourth quarter"),
        ("6%", "rise in Globex's sales in the fourth quarter"),
    ],
)
def test_results_of_the_opening_part_of_a_year(nlp: Any, text: str, obj: str) -> None:
    got = amount_named(_story(nlp, _STORY), text)
    assert (got.object, got.period) == (obj, None)


@pytest.mark.parametrize(
    ("published", "text", "period"),
    [
        # the last fourth quarter over by the story's date
        ("2005-02-10", "420m euros", "2004-10-01/2004-12-31"),
        # a first half not yet over in March is last year's
        ("2005-03-01", "2.1bn euros", "2004-01-01/2004-06-30"),
    ],
)
def test_results_period_against_the_date(nlp: Any, published: str, text: str, period: str) -> None:
    story = _STORY if "2005-02" in published else _STORY.replace("fourth-quarter", "first-half")
    got = amount_named(_story(nlp, story, published), text)
    assert got.period == period


@pytest.mark.parametrize(
    "text",
    [
        "300m euros",  # the earlier figure it is compared with
        "900m euros",  # debt: no result of the quarter
        "9bn euros",  # a forecast
        "1.2bn euros",  # after the text turns to the full year
    ],
)
def test_not_the_opening_part(nlp: Any, text: str) -> None:
    got = amount_named(_story(nlp, _STORY), text)
    assert "quarter" not in (got.object or "") and got.period is None


def test_no_part_in_the_opening(nlp: Any) -> None:
    story = _STORY.replace("strong fourth-quarter profits", "strong profits")
    got = amount_named(_story(nlp, story), "420m euros")
    assert "quarter" not in (got.object or "")


@pytest.mark.parametrize(
    ("sentence", "text", "orig"),
    [
        ("Globex made a profit of $10m (£5.4m) in 2004.", "£5.4m", "$10m"),
        ("Sales rose to 6.5bn reais ($2.3bn or £1.2bn) last year.", "£1.2bn", "6.5bn reais"),
    ],
)
def test_a_conversion_is_read_as_its_original(
    nlp: Any, sentence: str, text: str, orig: str
) -> None:
    got = amounts_of_sentence(nlp, sentence)
    conv, first = amount_named(got, text), amount_named(got, orig)
    assert conv.extra["conversion_of"] == list(first.span)
    assert (conv.object, conv.period, conv.parties) == (first.object, first.period, first.parties)
    assert conv.extra.get("period_text") == first.extra.get("period_text") is not None


def amounts_of_sentence(nlp: Any, sentence: str) -> list[Amount]:
    return extract_amounts(amounts_article(nlp, sentence, "2005-03-01"))


@pytest.mark.parametrize(
    ("sentence", "text", "period"),
    [
        # "last year, up 4.5% on 2003": that last year is 2004 (not kept from it by a time
        # word of the sentence before: "last month")
        (
            "Globex's 2004 sales rose last month. It sold 9,000 boats in Europe last year, up"
            " 4.5% on 2003.",
            "9,000 boats",
            "2004-01-01/2004-12-31",
        ),
        (
            "Globex's 2004 sales rose last month. It sold 9,000 boats in Europe last year, up"
            " 4.5% on 2003.",
            "4.5%",
            "2004-01-01/2004-12-31",
        ),
        # a part of a year without its year, in a sentence whose other part has one
        (
            "Output grew 1.2% in the quarter ending June 30, down from 2.1% in the first quarter"
            " of 2004.",
            "1.2%",
            "2004-04-01/2004-06-30",
        ),
    ],
)
def test_the_year_of_a_time_said_without_it(
    nlp: Any, sentence: str, text: str, period: str
) -> None:
    assert amount_named(extract_amounts(amounts_article(nlp, sentence)), text).period == period


def test_a_results_story_compares_the_same_part_of_the_year_before(nlp: Any) -> None:
    story = _STORY.replace(
        "up from 300m euros a year earlier", "a turnaround from a loss of 30m euros in 2003"
    )
    assert amount_named(_story(nlp, story), "30m euros").period == "2003-10-01/2003-12-31"


_YEAR_STORY = (
    "Globex sales climb\n\n"
    "Globex said fourth quarter sales rose 5% to $2bn. Its profit for the year to 31 December"
    " rose to $900m, up from $700m in 2003."
)


@pytest.mark.parametrize(
    ("story", "text", "period"),
    [
        # figures set against 2003: the parts of a year said without one are 2004's
        (_YEAR_STORY, "$2bn", "2004-10-01/2004-12-31"),
        (_YEAR_STORY, "$900m", "2004-01-01/2004-12-31"),
        # no year figures are set against: no year
        (_YEAR_STORY.replace(", up from $700m in 2003", ""), "$2bn", None),
        # a forecast's year is no year figures are set against
        (
            _YEAR_STORY.replace(", up from $700m in 2003", ". Growth may be slower than in 2004"),
            "$2bn",
            None,
        ),
    ],
)
def test_a_part_of_the_year_the_article_tells_of(
    nlp: Any, story: str, text: str, period: str | None
) -> None:
    assert amount_named(_story(nlp, story), text).period == period


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a count of people given as a rate is of the people (this sentence's object was
        # "jobless rate" in test_amounts.py, checked there as a substring; exact here)
        ("The jobless rate is 4.1 million people.", "4.1 million people", "jobless"),
        (
            "Adjusted for the season, the jobless rate in Freedonia is 2.1 million people or 9.3%.",
            "2.1 million people",
            "jobless in Freedonia",
        ),
        (
            "The poverty rate fell to 8m people, or 12%, last year.",
            "8m people",
            "poverty",
        ),
        # a poll's share of those who said something is of those it asked
        (
            "Pollco questioned a weighted sample of 1,500 voters online. Some 41% said the mayor"
            " had done a good job.",
            "41%",
            "share of voters polled who said the mayor had done a good job",
        ),
        (
            "A Daily Bugle poll of 1,200 people suggests most back the plan. Only 30% think the"
            " bridge should close.",
            "30%",
            "share of people polled who think the bridge should close",
        ),
        # a currency's change is against another
        (
            "The dollar fell 1.5% against the euro on Friday.",
            "1.5%",
            "fall in dollar against the euro",
        ),
        ("Sterling rose 0.4% against the yen.", "0.4%", "rise in Sterling against the yen"),
    ],
)
def test_what_is_measured(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(extract_amounts(amounts_article(nlp, text)), amount).object == obj
