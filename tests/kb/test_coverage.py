"""Coverage of the shipped office holders: G20 members and the permanent Security Council
members have heads of state/government, foreign ministers and a foreign-ministry spokesperson
(or are listed as speaking through unnamed officials)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from communique.kb import KnowledgeBase
from communique.kb.model import OfficeHolder

# G20 member states (the P5 are all among them); the EU is checked apart.
G20_P5 = "ARG AUS BRA CAN CHN DEU FRA GBR IDN IND ITA JPN KOR MEX RUS SAU TUR USA ZAF".split()
_HEAD = re.compile(
    r"^(?:President|Prime Minister|Premier|Chancellor|King|Monarch|Emperor) of ", re.I
)
_FM = re.compile(
    r"^(?:Foreign Minister|Foreign Secretary|External Affairs Minister) of |"
    r"^Secretary of State of the United States$"
)
_SPOKES = re.compile(r"spokesperson|Press Secretary|Chief Cabinet Secretary", re.I)
_FROM, _TO = date(2010, 1, 1), date(2024, 12, 31)
_MAX_GAP = timedelta(days=366)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def gaps(terms: list[OfficeHolder], lo: date, hi: date) -> list[tuple[date, date]]:
    """Stretches of [lo, hi] that no term covers, longer than a year."""
    out = []
    cur = lo
    for t in sorted(terms, key=lambda t: t.start or date.min):
        start, end = t.start or date.min, t.end or date.max
        if start > cur and start - cur > _MAX_GAP:
            out.append((cur, start))
        cur = max(cur, end)
    if cur < hi and hi - cur > _MAX_GAP:
        out.append((cur, hi))
    return out


def test_gaps_helper() -> None:
    def t(s: date, e: date | None) -> OfficeHolder:
        return OfficeHolder(
            name="X", aliases=(), country="XXX", sector="GOV", role="r", start=s, end=e
        )

    lo, hi = date(2010, 1, 1), date(2020, 1, 1)
    assert gaps([t(date(2009, 1, 1), None)], lo, hi) == []
    assert gaps([t(date(2009, 1, 1), date(2012, 1, 1)), t(date(2014, 1, 1), None)], lo, hi) == [
        (date(2012, 1, 1), date(2014, 1, 1))
    ]
    assert gaps([t(date(2009, 1, 1), date(2016, 1, 1))], lo, hi) == [
        (date(2016, 1, 1), date(2020, 1, 1))
    ]


@pytest.mark.parametrize("code", G20_P5)
def test_heads_of_state_or_government_cover_2010_2024(kb: KnowledgeBase, code: str) -> None:
    terms = [p for p in kb.office_holders if p.country == code and _HEAD.match(p.role)]
    assert terms, code
    assert gaps(terms, _FROM, _TO) == []


@pytest.mark.parametrize("code", G20_P5)
def test_foreign_ministers_cover_2010_2024(kb: KnowledgeBase, code: str) -> None:
    terms = [p for p in kb.office_holders if p.country == code and _FM.match(p.role)]
    assert terms, code
    assert gaps(terms, _FROM, _TO) == []


@pytest.mark.parametrize("code", G20_P5)
def test_spokesperson_or_unnamed_practice(kb: KnowledgeBase, code: str) -> None:
    named = [p for p in kb.office_holders if p.country == code and _SPOKES.search(p.role)]
    assert named or code in kb.unnamed_spokespersons, code


def test_unnamed_list_is_not_a_cover_for_named_offices(kb: KnowledgeBase) -> None:
    # A member listed as unnamed should not also have foreign-ministry spokespersons.
    for code in kb.unnamed_spokespersons:
        assert kb.by_code(code) is not None, code
        fm_spokes = [
            p
            for p in kb.office_holders
            if p.country == code
            and re.search(r"Foreign|DIRCO|External", p.role)
            and _SPOKES.search(p.role)
        ]
        assert fm_spokes == [], code


def test_eu_foreign_policy_chief_and_spokespersons(kb: KnowledgeBase) -> None:
    chiefs = [
        p
        for p in kb.office_holders
        if p.role.startswith("High Representative of the European Union")
    ]
    assert gaps(chiefs, _FROM, _TO) == []
    assert kb.holders("EEAS spokesperson", on=date(2021, 6, 1))


@pytest.mark.parametrize(
    ("name", "on", "country", "role"),
    [
        ("Maria Zakharova", date(2022, 3, 1), "RUS", "Foreign Ministry spokesperson"),
        ("Romain Nadal", date(2015, 6, 1), "FRA", "Foreign Ministry spokesperson"),
        ("Steffen Seibert", date(2015, 6, 1), "DEU", "Government spokesperson of Germany"),
        ("Yoshihide Suga", date(2015, 6, 1), "JPN", "Chief Cabinet Secretary of Japan"),
        ("Yasuo Fukuda", date(2002, 6, 1), "JPN", "Chief Cabinet Secretary of Japan"),
        ("Hami Aksoy", date(2019, 6, 1), "TUR", "Foreign Ministry spokesperson"),
        ("Clayson Monyela", date(2015, 6, 1), "ZAF", "DIRCO spokesperson"),
        # A head of government holding the foreign ministry ad interim keeps the higher office.
        ("Silvio Berlusconi", date(2002, 6, 1), "ITA", "Prime Minister of Italy"),
        ("Manmohan Singh", date(2006, 3, 1), "IND", "Prime Minister of India"),
    ],
)
def test_spokespersons_as_of_a_date(
    kb: KnowledgeBase, name: str, on: date, country: str, role: str
) -> None:
    got = kb.people(name, on)
    assert got and got[0].in_office(on)
    assert (got[0].country, got[0].role) == (country, role)


@pytest.mark.parametrize("code", ["CHN", "FRA", "RUS", "USA"])
def test_p5_named_spokespersons_cover_2010_2024(kb: KnowledgeBase, code: str) -> None:
    # The P5 members with a named foreign-ministry spokesperson (the UK's is unnamed).
    terms = [
        p
        for p in kb.office_holders
        if p.country == code
        and re.search(r"Foreign Ministry|State Department", p.role)
        and "spokesperson" in p.role
    ]
    assert gaps(terms, _FROM, _TO) == []
