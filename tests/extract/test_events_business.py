"""Events in ordinary (business) news: firms are no political actors, generic verbs between
non-political parties fall under the default threshold, the receiver of criticism is its
target, and an actor takes a name's entity only through a modifier."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from communique.extract.events import _business_story, _firm_like, extract_events
from communique.record import Article, Entity, Event, Mention, Source

pytestmark = pytest.mark.slow


def _entity(
    text: str,
    ident: str,
    word: str,
    etype: str,
    country: str | None = None,
    sector: str | None = None,
) -> Entity:
    """An entity with a mention at every occurrence of `word`."""
    mentions, s = [], text.find(word)
    while s >= 0:
        mentions.append(Mention(word, (s, s + len(word)), (s, s + len(word))))
        s = text.find(word, s + 1)
    return Entity(ident, word, etype, country, sector, mentions=mentions)


def _article(
    nlp: Any, text: str, ents: Sequence[tuple[str, str, str | None, str | None]] = ()
) -> Article:
    art = Article(
        id="t", raw_text=text, source=Source("t", "txt"), text=text, paragraphs=[(0, len(text))]
    )
    art.doc = nlp(text)
    art.entities = [_entity(text, f"e{i}", w, t, c, s) for i, (w, t, c, s) in enumerate(ents)]
    art.quotes = []
    return art


def _main(events: list[Event], etype: str) -> list[Event]:
    return [e for e in events if e.type == etype and not e.extra.get("mirror")]


@pytest.mark.parametrize(
    ("name", "sector", "business", "firm"),
    [
        ("Brixton Motors", "MIL", False, True),  # a company word wins over a borrowed sector
        ("Talvera Holdings", None, False, True),
        ("National Energy Council", None, False, False),  # a public body's name
        ("Ministry of Oil", None, False, False),
        ("Zentrova", None, False, False),  # unknown, outside business news: not assumed
        ("Zentrova", None, True, True),  # unknown, in a business story: a company
        ("Zentrova", "BUS", False, True),
    ],
)
def test_firm_like(name: str, sector: str | None, business: bool, firm: bool) -> None:
    ent = Entity("e1", name, "ORG", None, sector)
    assert _firm_like(ent, business) is firm


@pytest.mark.parametrize(
    ("text", "business"),
    [
        (
            "Shares in the company rose after the firm reported a profit. Investors welcomed "
            "the sales figures and analysts raised the stock's price target.",
            True,
        ),
        ("The foreign minister met his counterpart in Nairobi to discuss the border.", False),
    ],
)
def test_business_story(nlp: Any, text: str, business: bool) -> None:
    assert _business_story(nlp(text)) is business


@pytest.mark.parametrize(
    ("text", "ents", "etype"),
    [
        # Generic verbs between firms, or a firm and a thing: under the default threshold.
        (
            "Talvera Holdings helped farmers sell their crops.",
            [("Talvera Holdings", "ORG", None, None)],
            "AID",
        ),
        (
            "Brixton Motors plans to offer cheaper cars next year.",
            [("Brixton Motors", "ORG", None, None)],
            "AGREE",
        ),
        (
            "Talvera Holdings signed a deal with Brixton Motors.",
            [("Talvera Holdings", "ORG", "KEN", None), ("Brixton Motors", "ORG", "UGA", None)],
            "SUPPORT",
        ),
    ],
)
def test_business_events_fall_under_the_threshold(
    nlp: Any, text: str, ents: list[tuple[str, str, str | None, str | None]], etype: str
) -> None:
    art = _article(nlp, text, ents)
    assert _main(extract_events(art, min_confidence=0.0), etype), "the event is still found"
    assert not _main(extract_events(art), etype)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kenya signed a deal with Uganda.", "SUPPORT"),
        ("Kenya will help Uganda rebuild its roads.", "AGREE"),
    ],
)
def test_political_parties_keep_generic_verbs(nlp: Any, text: str, etype: str) -> None:
    assert _main(extract_events(_article(nlp, text)), etype)


@pytest.mark.parametrize(
    ("text", "target", "source"),
    [
        ("The ministry has drawn criticism from rights groups.", "The ministry", "rights groups"),
        (
            "Facing sharp criticism over the budget, the Kenyan government announced a review.",
            "the Kenyan government",
            None,
        ),
    ],
)
def test_receiver_of_criticism_is_the_target(
    nlp: Any, text: str, target: str, source: str | None
) -> None:
    ev = _main(extract_events(_article(nlp, text), min_confidence=0.0), "ACCUSE")[0]
    assert [a.text for a in ev.target] == [target]
    assert [a.text for a in ev.source] == ([source] if source else [])


@pytest.mark.parametrize(
    ("text", "word", "entity"),
    [
        # A prepositional attachment lends no entity; a modifier does.
        ("Supporters of President Nkemba attacked the police station.", "Nkemba", None),
        ("President Nkemba's supporters attacked the police station.", "Nkemba", "e0"),
    ],
)
def test_actor_entity_only_through_a_modifier(
    nlp: Any, text: str, word: str, entity: str | None
) -> None:
    art = _article(nlp, text, [(word, "PERSON", "CMR", "GOV")])
    ev = _main(extract_events(art, min_confidence=0.0), "ASSAULT")[0]
    assert ev.source[0].entity == entity


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Chinese demand for copper rose sharply.", False),  # a market quantity
        ("Weak domestic demand hurt the economy.", False),
        ("The students repeated their demand for a new election.", True),
        ("Protesters issued a demand for the release of prisoners.", True),
    ],
)
def test_market_demand_is_no_request(nlp: Any, text: str, kept: bool) -> None:
    got = [
        e
        for e in extract_events(_article(nlp, text), min_confidence=0.0)
        if e.type == "REQUEST" and "demand" in e.trigger.text.lower()
    ]
    assert bool(got) is kept, [(e.type, e.trigger.text) for e in got]


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        # The patient of a passive reached through a participle or a headline is a target.
        (
            "Mr Tarkov is in prison, having been charged with fraud and repeatedly denied bail.",
            "ACCUSE",
            "Mr Tarkov",
        ),
        ("Zentrova accused of lying to court", "ACCUSE", "Zentrova"),
        ("The rebels were arrested and charged with treason.", "ACCUSE", "The rebels"),
        (
            "Mr Tarkov has pleaded guilty to fraud and will be sentenced next month.",
            "COERCE",
            "Mr Tarkov",
        ),
    ],
)
def test_passive_subject_is_the_target(nlp: Any, text: str, etype: str, target: str) -> None:
    ev = _main(extract_events(_article(nlp, text), min_confidence=0.0), etype)[0]
    assert not ev.source
    assert [a.text for a in ev.target] == [target]


@pytest.mark.parametrize(
    "text",
    [
        "Staff calling in sick left passengers stranded.",  # no phone call
        "Analysts expect consolidation in a market that they call fragmented.",
    ],
)
def test_call_without_a_callee_is_no_phone_call(nlp: Any, text: str) -> None:
    assert not _main(extract_events(_article(nlp, text), min_confidence=0.0), "CONSULT")


def test_a_phone_call_stays(nlp: Any) -> None:
    assert _main(
        extract_events(_article(nlp, "The Kenyan president called his Ugandan counterpart.")),
        "CONSULT",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Zentrova, once the biggest firm on the Irish stock exchange, cut its forecast.",
        "The exchange rate of the rand fell.",
        "The London exchange is also holding talks with its Dutch rival.",
    ],
)
def test_a_stock_exchange_is_no_exchange(nlp: Any, text: str) -> None:
    assert not _main(extract_events(_article(nlp, text), min_confidence=0.0), "COOPERATE")


@pytest.mark.parametrize(
    ("text", "ents", "etype"),
    [
        (
            "Zentrova Energy has a presence in Egypt.",
            [("Zentrova Energy", "ORG", None, None)],
            "MOBILIZE",
        ),
        (
            "Talvera Holdings pulled out of Iraq.",
            [("Talvera Holdings", "ORG", None, None)],
            "RETREAT",
        ),
    ],
)
def test_a_firm_deploys_no_force(
    nlp: Any, text: str, ents: list[tuple[str, str, str | None, str | None]], etype: str
) -> None:
    assert not _main(extract_events(_article(nlp, text, ents)), etype)


def test_market_talk_in_a_quote_is_no_praise(nlp: Any) -> None:
    from communique.record import Quote, Speaker

    text = '"France still has a strong economy," said Marc Dorel, an economist at a bank.'
    art = _article(
        nlp, text, [("Marc Dorel", "PERSON", None, None), ("France", "COUNTRY", "FRA", None)]
    )
    s = text.index("France")
    e = text.index(',"')
    q = text.index("Marc")
    art.quotes = [
        Quote(
            kind="direct",
            text=text[s:e],
            spans=[(s, e)],
            raw_spans=[(s, e)],
            speaker=Speaker("Marc Dorel", "e0", None, "Marc Dorel", (q, q + 10), (q, q + 10)),
        )
    ]
    assert not [e for e in extract_events(art) if e.extra.get("statement")]


BUSINESS = (
    "Shares in Zentrova fell after the company reported a loss. Investors sold the stock and "
    "analysts cut their price targets. "
)


@pytest.mark.parametrize(
    ("text", "ents", "kept"),
    [
        # In a business story a firm the KB does not know and an executive are no political
        # parties; a state still is.
        (
            BUSINESS + "Mr Halvorsen denied the claims.",
            [("Halvorsen", "PERSON", None, None)],
            False,
        ),
        (
            BUSINESS + "Zentrova rejected the offer from Marlowe.",
            [("Zentrova", "ORG", None, None), ("Marlowe", "ORG", None, None)],
            False,
        ),
        (
            BUSINESS + "Kenya rejected the offer from Zentrova.",
            [("Zentrova", "ORG", None, None)],
            True,
        ),
    ],
)
def test_business_story_parties(
    nlp: Any, text: str, ents: list[tuple[str, str, str | None, str | None]], kept: bool
) -> None:
    tail = len(BUSINESS)
    got = [e for e in extract_events(_article(nlp, text, ents)) if e.trigger.span[0] >= tail]
    assert bool(got) is kept, [(e.type, e.trigger.text, e.confidence) for e in got]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("He resigned in March to fight the illness.", "ASSAULT"),  # an ailment, not a foe
        ("The minister received an honorary degree from the university.", "CONSULT"),
        ("Asia must now share some of the burden.", "COOPERATE"),
        ("The country has met its deficit targets.", "CONSULT"),  # a goal, not a meeting
    ],
)
def test_no_party_on_the_receiving_end(nlp: Any, text: str, etype: str) -> None:
    assert not _main(extract_events(_article(nlp, text), min_confidence=0.0), etype)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kenya's energy crisis forced the government to cut exports.", "COERCE"),
        ("The central bank eased interest rates.", "CONCEDE"),
    ],
)
def test_things_on_either_side_fall_under_the_threshold(nlp: Any, text: str, etype: str) -> None:
    art = _article(nlp, text)
    assert _main(extract_events(art, min_confidence=0.0), etype)
    assert not _main(extract_events(art), etype)


def test_a_firm_agreeing_to_buy_is_business(nlp: Any) -> None:
    text = "Talvera Holdings has agreed to buy a third of a Chinese wine maker."
    art = _article(nlp, text, [("Talvera Holdings", "ORG", None, None)])
    assert not _main(extract_events(art), "AGREE")


def test_a_state_receiving_a_delegation_stays(nlp: Any) -> None:
    text = "The Kenyan president received the Ugandan delegation in Nairobi."
    assert _main(extract_events(_article(nlp, text)), "CONSULT")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The committee voted unanimously in favour of a rise.", False),
        ("The senators voted against the bill.", True),
    ],
)
def test_a_vote_is_a_rejection_only_when_against(nlp: Any, text: str, kept: bool) -> None:
    got = _main(extract_events(_article(nlp, text), min_confidence=0.0), "REJECT")
    assert bool(got) is kept


@pytest.mark.parametrize(
    "text",
    [
        "Zentrova lost its bankruptcy battle in the US.",  # a contest in court
        "The takeover battle between the two rivals ended on Friday.",
        "The firm is part of an Asian assault on the US market.",  # a market is no foe
    ],
)
def test_contests_and_markets_are_no_force(nlp: Any, text: str) -> None:
    assert not _main(extract_events(_article(nlp, text)), "ASSAULT")


def test_commentators_are_no_parties(nlp: Any) -> None:
    text = "Analysts and investors have welcomed the government decision."
    assert not _main(extract_events(_article(nlp, text)), "SUPPORT")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The US imposed sanctions on Iran's oil exports.", "SANCTION"),
        ("The EU banned imports of Russian steel.", "SANCTION"),
        ("Greece plans to impose restrictions on its labour market.", "THREATEN"),
    ],
)
def test_sanctions_on_trade_stay(nlp: Any, text: str, etype: str) -> None:
    assert _main(extract_events(_article(nlp, text)), etype)


def test_a_firm_tagged_as_a_group_is_no_people_in_business_news(nlp: Any) -> None:
    text = (
        BUSINESS + "The London exchange is also holding talks with Deutsche Boerse's rival "
        "Euronext."
    )
    art = _article(nlp, text, [("Euronext", "NORP", None, None)])
    got = [e for e in extract_events(art) if e.trigger.span[0] >= len(BUSINESS)]
    assert not _main(got, "CONSULT"), [(e.type, e.trigger.text, e.confidence) for e in got]
