"""Entities: nationality groups coded by their noun, and surnames resolved within an article."""

from __future__ import annotations

import pytest

from communique.extract.entities import extract_entities
from communique.pipeline import Pipeline
from communique.record import Article, Entity, Source

pytestmark = pytest.mark.slow


def _entities(raw: str, published: str | None = None) -> list[Entity]:
    art = Article(id="t", raw_text=raw, source=Source("t", "txt"), published=published)
    (out,) = list(Pipeline(until="analyze").process([art]))
    return extract_entities(out)


def _people(ents: list[Entity]) -> list[Entity]:
    return [e for e in ents if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("raw", "adjective", "country", "sector", "noun"),
    [
        (
            "Chinese officials said on Monday that the plan had failed.",
            "Chinese",
            "CHN",
            "GOV",
            "officials",
        ),
        (
            "The talks went on after Russian diplomats arrived.",
            "Russian",
            "RUS",
            "GOV",
            "diplomats",
        ),
        ("Iranian forces fired on the ship on Friday.", "Iranian", "IRN", "MIL", "forces"),
        ("Syrian rebels attacked the base at dawn.", "Syrian", "SYR", "REB", "rebels"),
        ("Israeli police arrested two men on Sunday.", "Israeli", "ISR", "COP", "police"),
        ("American lawmakers criticised the deal.", "American", "USA", "LEG", "lawmakers"),
        (
            "Iranian security forces stayed in the square.",
            "Iranian",
            "IRN",
            "COP",
            "security forces",
        ),
        ("Chinese state media said the talks went well.", "Chinese", "CHN", "MED", "state media"),
    ],
)
def test_nationality_group_takes_its_nouns_sector(
    raw: str, adjective: str, country: str, sector: str, noun: str
) -> None:
    got = [e for e in _entities(raw) if e.type == "NORP" and e.name == adjective]
    assert len(got) == 1
    assert (got[0].country, got[0].sector) == (country, sector)
    assert noun in got[0].roles


def test_groups_of_one_nationality_with_different_sectors_are_different_actors() -> None:
    ents = _entities("Iranian forces fired on the ship, and Iranian officials denied it.")
    sectors = sorted(e.sector or "" for e in ents if e.type == "NORP" and e.country == "IRN")
    assert sectors == ["GOV", "MIL"]


@pytest.mark.parametrize(
    "raw",
    [
        "The Chinese economy grew by five percent last year.",  # no actor noun
        "Chinese President Xi Jinping met the premier.",  # a title of a person, not a group
    ],
)
def test_nationality_without_group_noun_has_no_sector(raw: str) -> None:
    norp = [e for e in _entities(raw) if e.type == "NORP" and e.name == "Chinese"]
    assert norp and norp[0].sector is None


def test_surname_joins_the_full_name_in_the_article() -> None:
    ents = _entities(
        "Sergei Lavrov met reporters in Moscow. Lavrov said the talks had failed.", "2020-05-01"
    )
    (p,) = _people(ents)
    assert p.name == "Sergei Lavrov" and {m.text for m in p.mentions} == {"Sergei Lavrov", "Lavrov"}
    assert (p.country, p.sector) == ("RUS", "GOV")


def test_bare_surname_is_coded_but_keeps_its_written_name() -> None:
    # Only the article's own full names rename a mention; the knowledge base codes it.
    (p,) = _people(_entities("Lavrov said on Monday that the talks had failed.", "2020-05-01"))
    assert p.name == "Lavrov" and p.country == "RUS" and p.sector == "GOV"
    assert p.extra.get("kb")


def test_surname_of_another_person_in_the_article_is_not_the_kb_person() -> None:
    ents = _entities(
        "Tom Lavrov, a local farmer, spoke to reporters. Lavrov said the harvest had failed.",
        "2020-05-01",
    )
    (p,) = _people(ents)
    assert p.name == "Tom Lavrov" and p.country is None and "kb" not in p.extra


def test_out_of_office_surname_gets_nationality_only() -> None:
    (p,) = _people(_entities("Lavrov said on Monday that the talks had failed.", "2001-05-01"))
    assert p.country == "RUS" and p.sector is None


def test_shared_surname_is_not_coded() -> None:
    (p,) = _people(_entities("Kim said on Monday that the talks had failed.", "2020-05-01"))
    assert p.country is None


@pytest.mark.parametrize(
    ("raw", "country"),
    [
        ("Israel's Cabinet approved the plan on Sunday.", "ISR"),
        ("Ivory Coast's Supreme Court rejected the appeal.", "CIV"),
    ],
)
def test_generic_body_takes_its_owner_country(raw: str, country: str) -> None:
    orgs = [e for e in _entities(raw) if e.type == "ORG"]
    assert orgs and orgs[0].country == country


def test_generic_body_of_two_countries_is_two_entities() -> None:
    ents = _entities(
        "Israel's Cabinet approved the plan on Sunday, and Japan's Cabinet rejected it."
    )
    assert {e.country for e in ents if e.type == "ORG" and e.name == "Cabinet"} == {"ISR", "JPN"}
    one = _entities("Israel's Cabinet approved the plan on Sunday. The Cabinet met again.")
    cabinets = [e for e in one if e.type == "ORG" and e.name == "Cabinet"]
    assert len(cabinets) == 1 and cabinets[0].country == "ISR" and len(cabinets[0].mentions) == 2


def test_title_of_an_igo_gives_the_person_its_sector() -> None:
    ents = _entities("U.N. Secretary-General Kofi Annan said on Monday the talks had failed.")
    (p,) = _people(ents)
    assert p.sector == "IGO" and p.country is None


@pytest.mark.parametrize(
    ("raw", "country"),
    [
        ("Planning Minister Jonas Berg said Norway would not be rushed.", "NOR"),
        ("Judge Jonas Berg opened investigations against 28 Chilean officials.", "CHL"),
        # Two countries in the sentence: no guess.
        ("Planning Minister Jonas Berg said Norway and Chile would not be rushed.", None),
        # No title on the mention: no tie to the sentence's country.
        ("Jonas Berg said Norway would not be rushed.", None),
    ],
)
def test_untitled_country_of_an_official_from_the_sentence(raw: str, country: str | None) -> None:
    (p,) = _people(_entities(raw))
    assert p.country == country


@pytest.mark.parametrize(
    ("raw", "name", "country"),
    [
        ("Fighting spread in Northern Syria on Monday.", "Northern Syria", "SYR"),
        ("Doctors visited Kabul University on Monday.", "Kabul University", "AFG"),
        ("Workers at the Bank of Tehran went on strike.", "Bank of Tehran", "IRN"),
    ],
)
def test_country_of_a_region_or_a_body_named_for_a_capital(
    raw: str, name: str, country: str
) -> None:
    got = [e for e in _entities(raw) if e.name == name]
    assert got and got[0].country == country


def test_known_region_names_are_not_cut() -> None:
    # "Northern Ireland" is known whole: it is not Ireland with a compass word.
    ents = _entities("Unrest grew in Northern Ireland on Monday.")
    assert all(e.country != "IRL" for e in ents)
