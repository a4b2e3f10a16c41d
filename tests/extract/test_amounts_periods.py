"""Period rules (extract/periods.py): intervals from wording, with and without a reference date."""

from __future__ import annotations

from datetime import date

import pytest

from communique.extract.periods import find_periods, parse_period

REF = date(2021, 12, 15)


@pytest.mark.parametrize(
    ("text", "with_ref", "without_ref"),
    [
        ("in the first three quarters of 2021", "2021-01-01/2021-09-30", "2021-01-01/2021-09-30"),
        # a quarter named by its last day, written day after month
        (
            "in the quarter ending September 30, 2004",
            "2004-07-01/2004-09-30",
            "2004-07-01/2004-09-30",
        ),
        ("the quarter to 31 March", "2021-01-01/2021-03-31", None),
        ("in the first two quarters of 2020", "2020-01-01/2020-06-30", "2020-01-01/2020-06-30"),
        ("in the third quarter of 2004", "2004-07-01/2004-09-30", "2004-07-01/2004-09-30"),
        ("fourth-quarter profits", "2021-10-01/2021-12-31", None),
        ("Q3 2021", "2021-07-01/2021-09-30", "2021-07-01/2021-09-30"),
        ("in Q1", "2021-01-01/2021-03-31", None),
        ("in the first half of 2019", "2019-01-01/2019-06-30", "2019-01-01/2019-06-30"),
        ("in the second half of last year", "2020-07-01/2020-12-31", None),
        ("H2 2018", "2018-07-01/2018-12-31", "2018-07-01/2018-12-31"),
        ("in 2020", "2020-01-01/2020-12-31", "2020-01-01/2020-12-31"),
        ("during 1998", "1998-01-01/1998-12-31", "1998-01-01/1998-12-31"),
        ("last year", "2020-01-01/2020-12-31", None),
        ("this year", "2021-01-01/2021-12-31", None),
        ("next year", "2022-01-01/2022-12-31", None),
        ("last month", "2021-11-01/2021-11-30", None),
        ("over the next two years", "2021-12-15/2023-12-15", None),
        ("in the past five years", "2016-12-15/2021-12-15", None),
        ("over the past decade", "2011-12-15/2021-12-15", None),
        ("the coming three months", "2021-12-15/2022-03-15", None),
        ("between 2010 and 2015", "2010-01-01/2015-12-31", "2010-01-01/2015-12-31"),
        ("from 2001 to 2003", "2001-01-01/2003-12-31", "2001-01-01/2003-12-31"),
        ("2010-15", "2010-01-01/2015-12-31", "2010-01-01/2015-12-31"),
        ("in the 1990s", "1990-01-01/1999-12-31", "1990-01-01/1999-12-31"),
        # a decade's early, mid or late part: its third
        ("in the late 1990s", "1997-01-01/1999-12-31", "1997-01-01/1999-12-31"),
        ("the early 2000s", "2000-01-01/2003-12-31", "2000-01-01/2003-12-31"),
        ("during the mid-1980s", "1984-01-01/1986-12-31", "1984-01-01/1986-12-31"),
        ("in the mid 1970s", "1974-01-01/1976-12-31", "1974-01-01/1976-12-31"),
        # the year of a one-off event the words name
        ("in the 1997 general election", "1997-01-01/1997-12-31", "1997-01-01/1997-12-31"),
        ("during the 1991 war", "1991-01-01/1991-12-31", "1991-01-01/1991-12-31"),
        ("at the 2008 Olympics", "2008-01-01/2008-12-31", "2008-01-01/2008-12-31"),
        ("in fiscal 2021", "2020-10-01/2021-09-30", "2020-10-01/2021-09-30"),
        ("FY2019", "2018-10-01/2019-09-30", "2018-10-01/2019-09-30"),
        ("the 2020/21 financial year", "2020-04-01/2021-03-31", "2020-04-01/2021-03-31"),
        ("financial year 2004-05", "2004-04-01/2005-03-31", "2004-04-01/2005-03-31"),
        ("in January 2020", "2020-01-01/2020-01-31", "2020-01-01/2020-01-31"),
        ("in March", "2021-03-01/2021-03-31", None),
        ("in May", "2021-05-01/2021-05-31", None),  # (the month, capitalised)
        ("the three months to December 2004", "2004-10-01/2004-12-31", "2004-10-01/2004-12-31"),
        ("the year to March 2005", "2004-04-01/2005-03-31", "2004-04-01/2005-03-31"),
        ("the six months to June", "2021-01-01/2021-06-30", None),
        ("the three months to 31 December 2004", "2004-10-01/2004-12-31", "2004-10-01/2004-12-31"),
        ("since 2015", "2015-01-01/2021-12-15", "2015-01-01/.."),  # open at its end
        ("since Labour won power in 1997", "1997-01-01/2021-12-15", "1997-01-01/.."),
        ("200,000 cars a year from 2007", "2007-01-01/..", "2007-01-01/.."),
        ("1.6 million vehicles by 2010", "../2010-12-31", "../2010-12-31"),  # open start
        ("to stay between 3% and 6% until at least 2008", "../2008-12-31", "../2008-12-31"),
        ("to grow 40% a year till 2007", "../2007-12-31", "../2007-12-31"),
        ("so far this year", "2021-01-01/2021-12-15", None),
        ("forecast for 2005 and 2006", "2005-01-01/2006-12-31", "2005-01-01/2006-12-31"),
        ("grants in 2003-4", "2003-01-01/2004-12-31", "2003-01-01/2004-12-31"),
        ("during the last three months of 2004", "2004-10-01/2004-12-31", "2004-10-01/2004-12-31"),
        ("the first two months of 2005", "2005-01-01/2005-02-28", "2005-01-01/2005-02-28"),
        ("for all of 2004", "2004-01-01/2004-12-31", "2004-01-01/2004-12-31"),
        # a year's early, mid or late part: its third; by such a part: a deadline
        ("in early 2005", "2005-01-01/2005-04-30", "2005-01-01/2005-04-30"),
        ("in mid-2004", "2004-05-01/2004-08-31", "2004-05-01/2004-08-31"),
        ("in late 2004", "2004-09-01/2004-12-31", "2004-09-01/2004-12-31"),
        ("in the middle of 2003", "2003-05-01/2003-08-31", "2003-05-01/2003-08-31"),
        ("to reach $5bn by the middle of 2006", "../2006-06-30", "../2006-06-30"),
        ("by mid-2006", "../2006-06-30", "../2006-06-30"),
        ("since mid-2003", "2003-07-01/2021-12-15", "2003-07-01/.."),
        # from a decade's part to a year
        ("from the early 1990s to 1997", "1990-01-01/1997-12-31", "1990-01-01/1997-12-31"),
    ],
)
def test_period(text: str, with_ref: str | None, without_ref: str | None) -> None:
    assert parse_period(text, REF) == with_ref
    assert parse_period(text, None) == without_ref


def test_spans_are_tight_and_do_not_overlap() -> None:
    text = "Trade rose in the first half of 2019 and fell in 2020, then again last year."
    got = find_periods(text, REF)
    assert [p.text for p in got] == ["the first half of 2019", "in 2020", "last year"]
    for p in got:
        assert text[p.start : p.end] == p.text


@pytest.mark.parametrize(
    "text",
    [
        "about 2,000 people",
        "a population of 2000",
        "by the end of 2022",
        "Boeing 747",
        "the highest since the 1930s",
        "prices in may rise",  # (the modal)
    ],
)
def test_no_period(text: str) -> None:
    assert find_periods(text, REF) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("during the last quarter of 2004", "2004-10-01/2004-12-31"),
        ("in the last quarter of last year", "2020-10-01/2020-12-31"),
    ],
)
def test_last_quarter_of_a_year_is_the_fourth(text: str, want: str) -> None:
    from datetime import date

    assert parse_period(text, date(2021, 6, 1)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("in 1998, 1999 and 2000", "1998-01-01/2000-12-31"),
        ("at the end of 2003", "2003-12-31/2003-12-31"),
        ("as of the start of March 2010", "2010-03-01/2010-03-01"),
        ("borrowing for 2008/9", "2008-04-01/2009-03-31"),
    ],
)
def test_year_lists_and_points(text: str, want: str) -> None:
    assert parse_period(text, None) == want


@pytest.mark.parametrize(
    ("text", "anchored"),
    [
        (
            "a loss in the last three months of 2004, against a profit a year before",
            "2003-10-01/2003-12-31",
        ),
        (
            "sales in the first quarter of 2005, against the same period last year",
            "2004-01-01/2004-03-31",
        ),
        ("profit in the year to March 2005, from £2m a year earlier", "2003-04-01/2004-03-31"),
        ("revenue in 2004 was up from the previous year", "2003-01-01/2003-12-31"),
        (
            "sales in the two months to February 2005, against a year earlier",
            "2004-01-01/2004-02-29",
        ),
        ("a profit a year earlier", None),  # nothing to count back from
    ],
)
def test_year_earlier_counts_back_from_the_sentence_period(text: str, anchored: str | None) -> None:
    last = find_periods(text, None)[-1]
    assert last.kind == "anchored"
    assert last.interval == anchored


@pytest.mark.parametrize("text", ["profits were up 20% from 2003", "sales rose from 2004 levels"])
def test_a_change_from_a_year_is_no_period_onwards(text: str) -> None:
    assert not any(p.interval and p.interval.endswith("/..") for p in find_periods(text, None))


@pytest.mark.parametrize(
    "text",
    ["its lowest level since September 2001", "the highest since 1999", "first time since 2003"],
)
def test_a_record_since_a_year_is_no_period(text: str) -> None:
    assert all(p.interval is None for p in find_periods(text, REF))
