"""Lookups of the shipped knowledge base."""

from __future__ import annotations

from datetime import date

import pytest

from communique.kb import KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("U.S.", "USA"),
        ("US", "USA"),
        ("USA", "USA"),
        ("the United States", "USA"),
        ("United States of America", "USA"),
        ("America", "USA"),
        ("the U.S.", "USA"),
        ("Russian Federation", "RUS"),
        ("Russia", "RUS"),
        ("russia", "RUS"),
        ("Britain", "GBR"),
        ("UK", "GBR"),
        ("Great Britain", "GBR"),
        ("South Korea", "KOR"),
        ("North Korea", "PRK"),
        ("DPRK", "PRK"),
        ("Iran", "IRN"),
        ("Syria", "SYR"),
        ("Vietnam", "VNM"),
        ("Viet Nam", "VNM"),
        ("Taiwan", "TWN"),
        ("Palestine", "PSE"),
        ("Czech Republic", "CZE"),
        ("Czechia", "CZE"),
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("Burma", "MMR"),
        ("Holland", "NLD"),
        ("the Netherlands", "NLD"),
        ("Türkiye", "TUR"),
        ("China", "CHN"),
        ("People's Republic of China", "CHN"),
        ("Israel's", "ISR"),
        ("Kosovo", "XKX"),
        ("Bolivia, Plurinational State of", "BOL"),  # pycountry's name still resolves
        ("Chad", "TCD"),
        ("Jordan", "JOR"),
    ],
)
def test_country(kb: KnowledgeBase, text: str, code: str) -> None:
    got = kb.country(text)
    assert got is not None and got.code == code


@pytest.mark.parametrize("text", ["us", "chad", "turkey", "jordan", "georgia", "states", "who"])
def test_ambiguous_lowercase_words_are_not_countries(kb: KnowledgeBase, text: str) -> None:
    assert kb.country(text) is None


@pytest.mark.parametrize("text", ["Chad", "Turkey", "Jordan", "Georgia", "US", "Washington"])
def test_ambiguous_forms_are_marked(kb: KnowledgeBase, text: str) -> None:
    assert kb.is_ambiguous(text)
    assert not kb.is_ambiguous("France")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Chinese", "CHN"),
        ("Russian", "RUS"),
        ("Russians", "RUS"),
        ("American", "USA"),
        ("Americans", "USA"),
        ("U.S.", "USA"),
        ("Hungarian", "HUN"),
        ("Romanian", "ROU"),
        ("British", "GBR"),
        ("Dutch", "NLD"),
        ("Swiss", "CHE"),
        ("Filipino", "PHL"),
        ("Israeli", "ISR"),
        ("Palestinian", "PSE"),
        ("Palestinians", "PSE"),
        ("Saudi", "SAU"),
        ("Emirati", "ARE"),
        ("Kosovar", "XKX"),
        ("north korean", "PRK"),
        ("Congolese", "COD"),  # shared with COG: the table's order decides
        ("Dominican", "DOM"),
    ],
)
def test_adjective(kb: KnowledgeBase, text: str, code: str) -> None:
    got = kb.country_by_adjective(text)
    assert got is not None and got.code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Beijing", "CHN"),
        ("Washington", "USA"),
        ("Moscow", "RUS"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("New Delhi", "IND"),
        ("Tokyo", "JPN"),
        ("Seoul", "KOR"),
        ("Pyongyang", "PRK"),
        ("Tehran", "IRN"),
        ("Brasilia", "BRA"),
        ("Canberra", "AUS"),
        ("Pretoria", "ZAF"),
        ("Ankara", "TUR"),
        ("Riyadh", "SAU"),
        ("Ramallah", "PSE"),
    ],
)
def test_capital(kb: KnowledgeBase, text: str, code: str) -> None:
    got = kb.capital(text)
    assert got is not None and got.code == code


def test_every_un_member_has_a_capital(kb: KnowledgeBase) -> None:
    with_capitals = {c.code for c in kb.countries if c.capitals}
    # A few checks across regions rather than the whole UN list.
    for code in ("TUV", "NRU", "BTN", "SUR", "LSO", "MNE", "KIR", "STP", "SSD", "PLW"):
        assert code in with_capitals
    assert len(with_capitals) >= 193


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Donetsk", "UKR"),
        ("Geneva", "CHE"),
        ("Darfur", "SDN"),
        ("Aleppo", "SYR"),
        ("Gaza City", "PSE"),
    ],
)
def test_place(kb: KnowledgeBase, text: str, code: str) -> None:
    got = kb.place(text)
    assert got is not None and got.code == code
    assert kb.resolve_country(text) == got


@pytest.mark.parametrize(
    ("text", "name", "sector", "country"),
    [
        ("Eurasian Economic Union", "Eurasian Economic Union", "IGO", None),
        ("EAEU", "Eurasian Economic Union", "IGO", None),
        ("NATO", "North Atlantic Treaty Organization", "IGO", None),
        ("United Nations", "United Nations", "IGO", None),
        ("UN", "United Nations", "IGO", None),
        ("U.N.", "United Nations", "IGO", None),
        ("EU", "European Union", "IGO", None),
        ("Foreign Ministry", "Foreign Ministry", "GOV", None),
        ("foreign ministry", "Foreign Ministry", "GOV", None),
        ("Ministry of Foreign Affairs", "Foreign Ministry", "GOV", None),
        ("Shanghai Cooperation Organisation", "Shanghai Cooperation Organisation", "IGO", None),
        ("BRICS", "BRICS", "IGO", None),
        ("G20", "Group of Twenty", "IGO", None),
        ("WHO", "World Health Organization", "IGO", None),
        ("Amnesty International", "Amnesty International", "NGO", None),
        ("Human Rights Watch", "Human Rights Watch", "NGO", None),
        ("ICRC", "International Committee of the Red Cross", "NGO", None),
        ("Hamas", "Hamas", "REB", "PSE"),
        ("Hezbollah", "Hezbollah", "REB", "LBN"),
        ("Taliban", "Taliban", "REB", "AFG"),
        ("ISIS", "Islamic State", "REB", None),
        ("al-Qaeda", "al-Qaeda", "REB", None),
        ("Kremlin", "Kremlin", "GOV", "RUS"),
        ("the White House", "White House", "GOV", "USA"),
        ("Pentagon", "Pentagon", "MIL", "USA"),
        ("Xinhua", "Xinhua News Agency", "MED", "CHN"),
    ],
)
def test_organisation(
    kb: KnowledgeBase, text: str, name: str, sector: str, country: str | None
) -> None:
    got = kb.organisation(text)
    assert got is not None
    assert (got.name, got.sector, got.country) == (name, sector, country)


@pytest.mark.parametrize("text", ["who", "diet", "fed", "union", "Foo Bar Baz"])
def test_words_are_not_organisations(kb: KnowledgeBase, text: str) -> None:
    assert kb.organisation(text) is None


@pytest.mark.parametrize(
    ("role", "on", "name"),
    [
        ("President of the United States", date(2019, 6, 1), "Donald Trump"),
        ("President of the United States", date(2022, 6, 1), "Joe Biden"),
        ("President of the United States", date(2005, 6, 1), "George W. Bush"),
        ("Foreign Minister of China", date(2023, 5, 1), "Qin Gang"),
        ("Foreign Minister of China", date(2024, 5, 1), "Wang Yi"),
        ("Foreign Minister of Russia", date(2021, 1, 1), "Sergey Lavrov"),
        ("Prime Minister of the United Kingdom", date(2022, 10, 1), "Liz Truss"),
        ("Chancellor of Germany", date(2010, 1, 1), "Angela Merkel"),
        ("Prime Minister of India", date(2016, 1, 1), "Narendra Modi"),
        ("Secretary-General of the United Nations", date(2010, 1, 1), "Ban Ki-moon"),
        ("Secretary General of NATO", date(2020, 1, 1), "Jens Stoltenberg"),
        ("President of the European Commission", date(2016, 1, 1), "Jean-Claude Juncker"),
    ],
)
def test_holders_by_date(kb: KnowledgeBase, role: str, on: date, name: str) -> None:
    got = kb.holders(role, on)
    assert got and got[0].name == name and got[0].in_office(on)


@pytest.mark.parametrize(
    ("name", "on", "role", "country"),
    [
        ("Putin", date(2010, 1, 1), "Prime Minister of Russia", "RUS"),
        ("Putin", date(2015, 1, 1), "President of Russia", "RUS"),
        ("Vladimir Putin", date(2005, 1, 1), "President of Russia", "RUS"),
        ("Lavrov", date(2020, 1, 1), "Foreign Minister of Russia", "RUS"),
        ("Sergei Lavrov", None, "Foreign Minister of Russia", "RUS"),
        ("Hua Chunying", date(2019, 1, 1), "Foreign Ministry spokesperson", "CHN"),
        ("Zakharova", date(2020, 1, 1), "Foreign Ministry spokesperson", "RUS"),
        ("Blinken", date(2022, 1, 1), "Secretary of State of the United States", "USA"),
        ("Guterres", date(2020, 1, 1), "Secretary-General of the United Nations", None),
    ],
)
def test_people(
    kb: KnowledgeBase, name: str, on: date | None, role: str, country: str | None
) -> None:
    got = kb.people(name, on)
    assert got
    assert (got[0].role, got[0].country) == (role, country)


def test_people_terms_out_of_office_come_after(kb: KnowledgeBase) -> None:
    terms = kb.people("Donald Trump", date(2019, 6, 1))
    assert [t.start.year for t in terms if t.start] == [2017, 2025]
    assert kb.people("Donald Trump", date(2025, 6, 1))[0].start == date(2025, 1, 20)


@pytest.mark.parametrize(
    ("name", "on", "country"),
    [
        ("Mugabe", None, "ZWE"),
        ("Putin", date(2010, 1, 1), "RUS"),
        ("Bush", None, "USA"),  # several terms, one country
        ("Lee", None, None),  # Korean, Singaporean and Taiwanese leaders
        ("Lee", date(2010, 1, 1), None),  # Lee Myung-bak and Lee Hsien Loong both in office
        ("Guterres", None, None),  # an international office has no country
        ("Nobody Atall", None, None),
    ],
)
def test_person_country(kb: KnowledgeBase, name: str, on: date | None, country: str | None) -> None:
    assert kb.person_country(name, on) == country


def test_single_word_surnames_match_only_capitalised(kb: KnowledgeBase) -> None:
    assert kb.people("May")
    assert kb.people("may") == []


@pytest.mark.parametrize(
    ("code", "iso"),
    [
        ("JAP", "JPN"),
        ("USA", "USA"),
        ("UKG", "GBR"),
        ("RUS", "RUS"),
        ("CHN", "CHN"),
        ("GMY", "DEU"),
        ("FRN", "FRA"),
        ("ISR", "ISR"),
        ("PSE", "PSE"),
        ("PAL", "PSE"),
        ("IRN", "IRN"),
        ("IRQ", "IRQ"),
        ("AFG", "AFG"),
        ("SAU", "SAU"),
        ("ITL", "ITA"),
        ("VTN", "VNM"),
        ("ROM", "ROU"),
        ("TMP", "TLS"),
        ("KSV", "XKX"),
        ("jap", "JPN"),
        ("AUS", "AUS"),  # an ISO code always means the ISO country (COW used AUS for Austria)
        ("MEA", None),  # a CAMEO region
        ("XYZ", None),
        ("IGO", None),
    ],
)
def test_cameo_country(kb: KnowledgeBase, code: str, iso: str | None) -> None:
    assert kb.cameo_country(code) == iso


@pytest.mark.parametrize(
    ("role", "sector"),
    [
        ("President", "GOV"),
        ("Foreign Ministry spokesperson", "GOV"),
        ("General", "MIL"),
        ("army general", "MIL"),
        ("troops", "MIL"),
        ("military", "MIL"),
        ("military spokesman", "MIL"),
        ("lawmaker", "LEG"),
        ("senator", "LEG"),
        ("parliament", "LEG"),
        ("judge", "JUD"),
        ("Supreme Court", "JUD"),
        ("police", "COP"),
        ("police chief", "COP"),
        ("rebels", "REB"),
        ("insurgents", "REB"),
        ("rebel leader", "REB"),
        ("opposition", "OPP"),
        ("opposition lawmaker", "OPP"),
        ("company", "BUS"),
        ("CEO", "BUS"),
        ("journalist", "MED"),
        ("newspaper", "MED"),
        ("state media", "MED"),
        ("university", "EDU"),
        ("civilians", "CVL"),
        ("protesters", "CVL"),
        ("refugees", "REF"),
        ("weather", None),
        ("", None),
    ],
)
def test_sector_of_role(kb: KnowledgeBase, role: str, sector: str | None) -> None:
    assert kb.sector_of_role(role) == sector


def test_load_is_cached(kb: KnowledgeBase) -> None:
    assert KnowledgeBase.load() is kb


def test_shipped_codes_are_known(kb: KnowledgeBase) -> None:
    known = {c.code for c in kb.countries}
    for o in kb.organisations:
        assert o.country is None or o.country in known, o
    for p in kb.office_holders:
        assert p.country is None or p.country in known, p
        assert p.start is None or p.end is None or p.start <= p.end, p
