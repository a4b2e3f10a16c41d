"""Events: hand-built articles (real parse, hand-made entities and quotes) and the seed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from communique.extract.events import extract_events
from communique.extract.events_lexicon import PLOVER, lexicon, parse_lexicon
from communique.record import Article, Entity, Event, Mention, Quote, Source, Speaker
from conftest import shared_path

pytestmark = pytest.mark.slow


def _article(
    nlp: Any,
    text: str,
    *,
    published: str | None = None,
    entities: list[Entity] | None = None,
    quotes: list[Quote] | None = None,
) -> Article:
    paras, start = [], 0
    for block in text.split("\n\n"):
        paras.append((start, start + len(block)))
        start += len(block) + 2
    art = Article(
        id="t",
        raw_text=text,
        source=Source("t", "txt"),
        text=text,
        paragraphs=paras,
        published=published,
    )
    art.doc = nlp(text)
    art.entities = entities or []
    art.quotes = quotes or []
    return art


def _entity(
    text: str,
    ident: str,
    name: str,
    etype: str,
    country: str | None,
    sector: str | None = None,
    word: str | None = None,
) -> Entity:
    word = word or name
    s = text.index(word)
    return Entity(
        ident,
        name,
        etype,
        country,
        sector,
        mentions=[Mention(word, (s, s + len(word)), (s, s + len(word)))],
    )


def _events(nlp: Any, text: str, **kw: Any) -> list[Event]:
    return extract_events(_article(nlp, text, **kw), min_confidence=0.0)


def _one(events: list[Event], etype: str) -> Event:
    got = [e for e in events if e.type == etype and not e.extra.get("mirror")]
    assert got, f"no {etype} event in {[(e.type, e.trigger.text) for e in events]}"
    return got[0]


def test_lexicon_covers_all_plover_types() -> None:
    lex = lexicon()
    types = {e.type for e in lex.verbs.values()} | {e.type for e in lex.nouns.values()}
    assert types == set(PLOVER)
    assert len(lex.verbs) + len(lex.nouns) > 400


def test_lexicon_rejects_bad_rows() -> None:
    with pytest.raises(ValueError):
        parse_lexicon("v\tmeet\tCHAT\t040\t.\t.\t.\n")
    with pytest.raises(ValueError):
        parse_lexicon("v\tmeet\tCONSULT\n")


@pytest.mark.parametrize(
    ("sentence", "etype", "trigger", "source", "target"),
    [
        (
            "Iran condemned the decision of the United States.",
            "ACCUSE",
            "condemned",
            "Iran",
            "the decision",
        ),
        ("Japan sent humanitarian aid to the Philippines.", "AID", "aid", "Japan", "Philippines"),
        ("Rebels attacked a military base in the north.", "ASSAULT", "attacked", "Rebels", "base"),
        (
            "Police arrested twenty protesters in the capital.",
            "COERCE",
            "arrested",
            "Police",
            "protesters",
        ),
        ("Germany imposed sanctions on Belarus.", "SANCTION", "sanctions", "Germany", "Belarus"),
        ("The president rejected the proposal.", "REJECT", "rejected", "president", "proposal"),
        ("Hezbollah threatened to shell Haifa.", "THREATEN", "threatened", "Hezbollah", "Haifa"),
        (
            "The minister urged Israel to halt construction.",
            "REQUEST",
            "urged",
            "minister",
            "Israel",
        ),
        (
            "Thousands of students protested against the new law.",
            "PROTEST",
            "protested",
            "students",
            "law",
        ),
        ("The army released fifty prisoners.", "RETREAT", "released", "army", "prisoners"),
        ("Moscow deployed troops along the border.", "MOBILIZE", "deployed", "Moscow", None),
        ("France praised Italy for its decision.", "SUPPORT", "praised", "France", "Italy"),
        ("Egypt agreed to open its border with Gaza.", "AGREE", "agreed", "Egypt", None),
        (
            "Canada and Mexico cooperate closely with the FBI.",
            "COOPERATE",
            "cooperate",
            "Canada",
            "FBI",
        ),
        ("The government lifted the curfew.", "CONCEDE", "lifted the curfew", "government", None),
        (
            "The Indian foreign minister met his Chinese counterpart.",
            "CONSULT",
            "met",
            "foreign minister",
            "counterpart",
        ),
    ],
)
def test_event_table(
    nlp: Any, sentence: str, etype: str, trigger: str, source: str, target: str | None
) -> None:
    ev = _one(_events(nlp, sentence), etype)
    assert trigger in ev.trigger.text or ev.trigger.text in trigger
    assert any(source in a.text for a in ev.source), ev.source
    if target is not None:
        assert any(target in a.text for a in ev.target), ev.target
    assert 0.0 < ev.confidence <= 1.0
    assert ev.sentence["span"] == (0, len(sentence))


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("China and Russia did not meet in 2020.", "negated"),
        ("The two leaders will meet in Geneva.", "future"),
        ("Officials said the army attacked the village.", "reported"),
        ("If talks fail, the rebels could attack the city.", "hypothetical"),
        ("Ministers plan to visit Tokyo.", "intended"),
        ("Israel attacked the convoy.", "asserted"),
    ],
)
def test_modality(nlp: Any, sentence: str, modality: str) -> None:
    # (a future meeting is coded as an intent to meet, AGREE/036, with its modality)
    evs = [e for e in _events(nlp, sentence) if e.type in ("CONSULT", "ASSAULT", "AGREE")]
    assert evs and evs[0].modality == modality, [(e.type, e.modality) for e in evs]


def test_refusal_is_reject(nlp: Any) -> None:
    ev = _one(_events(nlp, "Hungary says it will not accept the refugees."), "REJECT")
    assert ev.modality == "asserted"
    assert ev.extra["content"][0]["type"] == "AGREE"


def test_reciprocal_and_compound_actors(nlp: Any) -> None:
    text = "Chinese President Xi Jinping held talks with Russian President Vladimir Putin."
    ents = [
        _entity(text, "e1", "Xi Jinping", "PERSON", "CHN", "GOV"),
        _entity(text, "e2", "Vladimir Putin", "PERSON", "RUS", "GOV"),
    ]
    evs = [e for e in _events(nlp, text, entities=ents) if e.type == "CONSULT"]
    pairs = {(e.source[0].country, e.target[0].country) for e in evs}
    assert pairs == {("CHN", "RUS"), ("RUS", "CHN")}
    assert evs[0].source[0].name == "Xi Jinping" and evs[0].source[0].entity == "e1"
    two = _one(_events(nlp, "Senior Hungarian and Romanian officials agreed on a plan."), "AGREE")
    # "X and Y agreed": both sides, recorded as a reciprocal pair.
    assert {a.country for a in two.source + two.target} == {"HUN", "ROU"}


def test_actor_codes_from_kb(nlp: Any) -> None:
    ev = _one(_events(nlp, "Japanese officials criticized the Chinese navy."), "ACCUSE")
    assert ev.source[0].sector == "GOV"
    assert ev.target[0].sector == "MIL"


def test_dates(nlp: Any) -> None:
    text = (
        "Kenya and Somalia held talks on March 3, 2019 in Nairobi.\n\n"
        "Ethiopia attacked the rebels on Wednesday.\n\nUganda criticized the move."
    )
    evs = _events(nlp, text, published="2019-03-08")
    talks = _one(evs, "CONSULT")
    assert (talks.date, talks.date_precision) == ("2019-03-03", "day")
    assert talks.location is not None and talks.location["name"] == "Nairobi"
    attack = _one(evs, "ASSAULT")
    assert attack.date == "2019-03-06"  # the Wednesday before a Friday article date
    assert _one(evs, "ACCUSE").date is None  # no date in its sentence or paragraph


def test_relative_dates_need_an_article_date(nlp: Any) -> None:
    ev = _one(_events(nlp, "Ethiopia attacked the rebels on Wednesday."), "ASSAULT")
    assert ev.date is None and ev.date_precision is None


def test_actors_stay_in_their_clause(nlp: Any) -> None:
    text = "Germany praised the deal. Rebels attacked a convoy."
    ev = _one(_events(nlp, text), "ASSAULT")
    assert [a.text for a in ev.source] == ["Rebels"]


def test_quote_accusation(nlp: Any) -> None:
    text = (
        '"The United States is trying to interfere in our internal affairs," the '
        "spokesman Li said on May 2, 2021."
    )
    s = text.index("The United States")
    e = text.index(',"')
    sp = text.index("Li")
    speaker = Speaker("Li", "e9", "spokesman", "Li", (sp, sp + 2), (sp, sp + 2))
    quote = Quote("direct", text[s:e], [(s, e)], [(s, e)], speaker=speaker, date="2021-05-02")
    ents = [_entity(text, "e9", "Li", "PERSON", "CHN", "GOV")]
    ev = _one(_events(nlp, text, entities=ents, quotes=[quote]), "ACCUSE")
    assert ev.source[0].country == "CHN" and ev.target[0].country == "USA"
    assert ev.date == "2021-05-02"


def test_threshold(nlp: Any) -> None:
    art = _article(nlp, "Police arrested the suspect. Rebels fired.")
    assert extract_events(art, min_confidence=0.99) == []
    assert extract_events(art, min_confidence=0.0)


def test_seed_events() -> None:
    """The seed's events.must through the full pipeline (needs entities and quotes)."""
    seed = shared_path("seed", "000_cd1f1532c6706737.txt")
    gold = json.loads(Path(str(seed).replace(".txt", ".gold.json")).read_text("utf-8"))["events"]
    from communique.pipeline import extract_inputs

    rec = next(iter(extract_inputs([str(seed)]))).to_dict()
    text, events = rec["text"], rec["events"]
    for must in gold["must"]:
        ok = [
            e
            for e in events
            if e["type"] == must["type"]
            and e["cameo"].startswith(must["cameo_root"])
            and set(must["source"]) <= {a["country"] for a in e["source"]}
            and set(must.get("target", [])) <= {a["country"] for a in e["target"]}
            and e["date"] == must["date"]
            and must["evidence_contains"].lower()
            in text[e["sentence"]["span"][0] : e["sentence"]["span"][1]].lower()
        ]
        assert ok, f"missing {must['type']} {must['evidence_contains']!r}"
        if "source_name" in must:
            assert any(must["source_name"] in a["name"] for e in ok for a in e["source"])
        if must.get("mode"):
            assert any(e["mode"] in ("virtual", "phone") for e in ok)
    material = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION"}
    assert not [e for e in events if e["type"] in material]
    accuse = [e for e in events if e["type"] == "ACCUSE"]
    assert all(e["date"] != "2021-12-15" for e in accuse)


@pytest.mark.parametrize(
    "sentence",
    ["The tax will hit the families of exiles hardest.", "The firm cut its growth forecast."],
)
def test_figures_of_speech_are_not_events(nlp: Any, sentence: str) -> None:
    """Nobody able to act: left out at the default [events] min_confidence."""
    art = _article(nlp, sentence)
    assert not [e for e in extract_events(art) if e.type in ("ASSAULT", "SANCTION")]


@pytest.mark.parametrize(
    ("sentence", "etype", "source", "target"),
    [
        # Two parties agreeing on a thing: each is the other's partner.
        (
            "Jordan and Britain agreed to hold joint military exercises.",
            "AGREE",
            "Jordan",
            "Britain",
        ),
        # A thing-like target gives way to the named party a participle names.
        ("Japan decided to lift sanctions imposed on India.", "CONCEDE", "Japan", "India"),
    ],
)
def test_partner_and_deep_targets(
    nlp: Any, sentence: str, etype: str, source: str, target: str
) -> None:
    ev = _one(_events(nlp, sentence), etype)
    assert [a.text for a in ev.source][:1] == [source]
    assert target in [a.text for a in ev.target]


def test_role_actor_takes_the_sentence_country(nlp: Any) -> None:
    ev = _one(_events(nlp, "Tribal elders demanded more schools, Nigerian radio said."), "REQUEST")
    assert ev.source and ev.source[0].country == "NGA"


@pytest.mark.parametrize(
    ("sentence", "etype", "source", "target"),
    [
        # A concrete object is the target, not the place it stands in.
        ("The rebels attacked an army depot in Kandahar.", "ASSAULT", "rebels", "depot"),
        # "to" parsed as a dative still names the recipient.
        ("Norway gives medical supplies to Chad.", "AID", "Norway", "Chad"),
        # What is counted: "dozens of activists".
        ("Cuba released dozens of dissidents.", "RETREAT", "Cuba", "dissidents"),
        # Whom a demand is made of comes before what it is about.
        (
            "The senator demanded that the minister apologize for his remarks.",
            "REQUEST",
            "senator",
            "minister",
        ),
        # Refusing to let someone act: that someone.
        ("Greece refused to allow the ship to dock.", "REJECT", "Greece", "ship"),
        # A thing carrying its party's name is rejected as such.
        ("Kenya rejected a French proposal on trade.", "REJECT", "Kenya", "French proposal"),
        # The subject carries the event noun; the possessor is the one acted on.
        ("A Lisbon court ordered the sailor's release.", "RETREAT", "court", "sailor"),
        # Two names on one head noun: one actor each, partners in the event.
        ("Swiss and Austrian negotiators reached an agreement.", "SUPPORT", "Swiss", "Austrian"),
        # Forces are the means; whom they are raised against is the target.
        (
            "Chile mobilized troops for a campaign against the smugglers.",
            "MOBILIZE",
            "Chile",
            "smugglers",
        ),
        # Summoning an ambassador is a diplomatic protest.
        ("Peru summoned the Bolivian ambassador.", "ACCUSE", "Peru", "ambassador"),
    ],
)
def test_target_selection(nlp: Any, sentence: str, etype: str, source: str, target: str) -> None:
    ev = _one(_events(nlp, sentence), etype)
    assert any(source in a.text for a in ev.source), ev.source
    assert any(target in a.text for a in ev.target), ev.target


def test_dateline_is_not_the_subject(nlp: Any) -> None:
    ev = _one(
        _events(nlp, "LIMA (AP): President Juan Perez has held talks with Bolivia."), "CONSULT"
    )
    assert [a.text for a in ev.source] == ["President Juan Perez"]


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        ("Ghana will meet Togo next week.", "036"),  # a meeting to come: intent to meet
        ("Sweden will provide food aid to Yemen.", "033"),  # aid to come: intent to aid
        ("Chile said it would free the prisoners.", "034"),  # reported "would": the future
    ],
)
def test_intents(nlp: Any, sentence: str, cameo: str) -> None:
    ev = _one(_events(nlp, sentence), "AGREE")
    assert ev.cameo == cameo


def test_reciprocal_split_is_mirrored(nlp: Any) -> None:
    evs = [e for e in _events(nlp, "Ghana and Togo held talks.") if e.type == "CONSULT"]
    assert {(e.source[0].text, e.target[0].text) for e in evs} == {
        ("Ghana", "Togo"),
        ("Togo", "Ghana"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The retailer attacked the market with steep discounts.",  # firms only: a metaphor
        "Analysts warned that growth would slow.",  # a forecast, not a threat
        "The storm killed three people.",  # a disaster, not an act
        "The company expects to meet its profit targets.",  # no meeting
        "Speaking to reporters, the minister praised the budget.",  # no talks
        "The ministry released its trade figures on Monday.",  # nobody set free
    ],
)
def test_business_and_nature_are_not_political_events(nlp: Any, sentence: str) -> None:
    kinds = ("ASSAULT", "THREATEN", "CONSULT", "AGREE", "RETREAT")
    got = [(e.type, e.trigger.text) for e in extract_events(_article(nlp, sentence))]
    assert not [g for g in got if g[0] in kinds], got


def test_force_with_a_political_actor_stays(nlp: Any) -> None:
    art = _article(nlp, "Syrian warplanes attacked the town.")
    assert [e for e in extract_events(art) if e.type == "ASSAULT"]


def test_pronoun_takes_the_previous_subject(nlp: Any) -> None:
    text = "The Iranian government summoned the envoy. It condemned the attack on its embassy."
    ev = [e for e in _events(nlp, text) if e.trigger.text == "condemned"][0]
    assert ev.source[0].text == "It" and ev.source[0].country == "IRN"


def test_firm_located_in_a_country_is_not_political(nlp: Any) -> None:
    art = _article(nlp, "The retailer slashed jobs. It attacked rivals in Spain with low prices.")
    assert not [e for e in extract_events(art) if e.type == "ASSAULT"]
