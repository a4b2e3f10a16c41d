"""Quote extraction on small hand-built articles (real spaCy model, hand-made entities)."""

from __future__ import annotations

import re

import pytest

from communique.record import Article, Entity, Mention, Source

pytestmark = pytest.mark.slow


def make_article(
    text: str, entities: list[tuple[str, str, str, list[str]]] = (), published: str | None = None
) -> Article:  # type: ignore[assignment]
    """An Article parsed with the configured model; entities as (id, name, type, roles),
    each mentioned wherever its name's last word occurs in the text."""
    from communique.nlp.analyzer import Analyzer
    from communique.settings import Settings

    pars = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    art = Article(id="t", raw_text=text, source=Source("t", "txt"), text=text, paragraphs=pars)
    art.published = published
    Analyzer(Settings()).analyze([art])
    for eid, name, etype, roles in entities:
        last = name.split()[-1]
        mentions = [
            Mention(text[m.start() : m.end()], (m.start(), m.end()), (m.start(), m.end()))
            for m in re.finditer(rf"(?:{re.escape(name)}|\b{re.escape(last)}\b)", text)
        ]
        art.entities.append(Entity(eid, name, etype, roles=roles, mentions=mentions))
    return art


def quotes_of(text: str, **kw):  # type: ignore[no-untyped-def]
    from communique.extract.quotes import extract_quotes

    return extract_quotes(make_article(text, **kw))


@pytest.mark.parametrize(
    ("text", "kind", "content", "speaker", "cue"),
    [
        ('"We will not back down," she said.', "direct", "We will not back down,", "she", "said"),
        (
            'The minister said: "Talks will resume next month in Geneva."',
            "direct",
            "Talks will resume next month in Geneva.",
            "The minister",
            "said",
        ),
        (
            "Officials said that the talks had stalled over tariffs.",
            "indirect",
            "the talks had stalled over tariffs",
            "Officials",
            "said",
        ),
        (
            "The ministry warned that exports would fall sharply this year.",
            "indirect",
            "exports would fall sharply this year",
            "The ministry",
            "warned",
        ),
        (
            "Tariffs will rise next year, according to the finance ministry.",
            "indirect",
            "Tariffs will rise next year",
            "the finance ministry",
            "according to",
        ),
        (
            'He said the plan was "a disaster for every farmer" and should be dropped.',
            "mixed",
            'the plan was "a disaster for every farmer" and should be dropped',
            "He",
            "said",
        ),
        (
            "President Lee pointed out the great opportunities in trade between the two nations.",
            "indirect",
            "the great opportunities in trade between the two nations",
            "President Lee",
            "pointed out",
        ),
    ],
)
def test_kinds_content_speaker_cue(
    text: str, kind: str, content: str, speaker: str, cue: str
) -> None:
    qs = quotes_of(text)
    assert len(qs) == 1, qs
    q = qs[0]
    assert (q.kind, q.text) == (kind, content)
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.cue is not None and q.cue.text == cue
    assert [text[s:e] for s, e in q.spans] == [content]
    assert q.raw_spans == q.spans  # no cleaning here: raw offsets equal cleaned ones


def test_split_quote_is_one_quote_with_two_spans() -> None:
    text = (
        "\u201cWe are ready to talk,\u201d she said, \u201cbut not under threat of sanctions.\u201d"
    )
    (q,) = quotes_of(text)
    assert q.kind == "direct" and len(q.spans) == 2
    assert [text[s:e] for s, e in q.spans] == [
        "We are ready to talk,",
        "but not under threat of sanctions.",
    ]


def test_multi_paragraph_quote() -> None:
    text = (
        "The envoy spoke at length.\n"
        "\u201cOur country has always supported dialogue between the parties.\n"
        "\u201cWe will continue to do so whatever others decide,\u201d Ambassador Rao said."
    )
    (q,) = quotes_of(text)
    assert q.kind == "direct" and len(q.spans) == 2
    assert q.text.startswith("Our country has always") and q.text.endswith("decide,")
    assert q.speaker is not None and q.speaker.name == "Rao" and q.speaker.role == "Ambassador"


def test_dash_attribution_on_next_line_with_date_and_venue() -> None:
    text = (
        "\u201cThe sanctions violate international law and will only harm ordinary people.\u201d\n"
        "\u2013 Foreign Ministry spokesperson Mei Ling said during a regular press conference "
        "on March 3, 2022.\n"
        "Trade talks continued on March 9, 2022 in Oslo."
    )
    ents = [("p1", "Mei Ling", "PERSON", ["Foreign Ministry spokesperson"])]
    qs = quotes_of(text, entities=ents)
    (q,) = [q for q in qs if q.kind == "direct"]
    assert q.text.startswith("The sanctions violate") and q.text.endswith("ordinary people.")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.entity, q.speaker.role) == (
        "Mei Ling",
        "p1",
        "Foreign Ministry spokesperson",
    )
    assert q.date == "2022-03-03"
    assert q.venue is not None and "press conference" in q.venue


def test_pronoun_resolves_to_previous_person_and_event_date() -> None:
    text = (
        "Prime Minister Anna Berg met the Chinese delegation on May 4, 2021 in Stockholm.\n"
        "She stressed that the two countries must expand trade. Exports doubled last year."
    )
    ents = [("p1", "Anna Berg", "PERSON", ["Prime Minister of Sweden"])]
    qs = quotes_of(text, entities=ents)
    (q,) = qs
    assert q.kind == "indirect" and q.text.startswith("the two countries must expand trade")
    assert q.speaker is not None and (q.speaker.text, q.speaker.name, q.speaker.entity) == (
        "She",
        "Anna Berg",
        "p1",
    )
    assert q.date == "2021-05-04"  # the meeting the paragraph reports
    assert [c["text"] for c in q.extra["continuation"]] == ["Exports doubled last year"]


def test_attribution_date_does_not_leak_to_later_quotes() -> None:
    text = (
        "\u201cWe oppose any interference in our internal affairs by outside forces.\u201d\n"
        "\u2013 Spokesperson Li Na said on June 1, 2022.\n"
        "Officials said that the harvest would be late."
    )
    qs = quotes_of(text)
    direct = [q for q in qs if q.kind == "direct"]
    indirect = [q for q in qs if q.kind == "indirect"]
    assert direct[0].date == "2022-06-01"
    assert indirect[0].date is None


def test_relative_date_against_article_date() -> None:
    text = "The president said on Tuesday that the border would reopen."
    (q,) = quotes_of(text, published="2022-03-10")  # a Thursday
    assert q.date == "2022-03-08"


def test_no_article_date_no_relative_date() -> None:
    (q,) = quotes_of("The president said on Tuesday that the border would reopen.")
    assert q.date is None


def test_nominal_speaker_resolves_through_role_or_stays_unresolved() -> None:
    text = (
        "Spokesperson Mei Ling spoke in Beijing.\n"
        "The spokesperson said that the visit would go ahead as planned."
    )
    ents = [("p1", "Mei Ling", "PERSON", ["Foreign Ministry spokesperson"])]
    (q,) = quotes_of(text, entities=ents)
    assert q.speaker is not None and q.speaker.entity == "p1"
    (q2,) = quotes_of("The spokesperson said that the visit would go ahead as planned.")
    assert q2.speaker is not None and q2.speaker.name is None and q2.speaker.entity is None


@pytest.mark.parametrize(
    "text",
    [
        'He called the deal "historic".',
        'She reads "War and Peace" every summer.',
        "The weather was cold and the roads were closed.",
    ],
)
def test_no_quote(text: str) -> None:
    assert [q for q in quotes_of(text) if q.kind == "direct"] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # A verb outside the speech list, right after a quote ending in "!" or ",".
        (
            "\u201cThis is a fantastic day!\u201d beamed the delegate.",
            "This is a fantastic day!",
            "the delegate",
        ),
        # The cue in the sentence before, inside the same paragraph.
        (
            "Trump said of the plan. \u201cIt is fine and much tougher than that is fine.\u201d",
            "It is fine and much tougher than that is fine.",
            "Trump",
        ),
        # Two apostrophes typed for a double mark.
        ("''We will not back down,'' she said.", "We will not back down,", "she"),
        # A name fused with the closing mark by a missing space.
        (
            "\u201cWe will win this fight together,\u201dClinton said.",
            "We will win this fight together,",
            "Clinton",
        ),
    ],
)
def test_direct_recall_cases(text: str, content: str, speaker: str) -> None:
    qs = [q for q in quotes_of(text) if q.kind == "direct"]
    assert len(qs) == 1, qs
    assert qs[0].text == content
    assert qs[0].speaker is not None and speaker in qs[0].speaker.text


def test_reported_clause_does_not_swallow_a_quote_with_its_own_cue() -> None:
    text = (
        "The actress posted a long message about why nobody should be surprised: "
        "\u201cMen, you will not cease to exist by taking a new name,\u201d she wrote."
    )
    direct = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [q.text for q in direct] == ["Men, you will not cease to exist by taking a new name,"]


@pytest.mark.parametrize(
    ("text", "roles", "want"),
    [
        # the parse leaves only the nationality before the name: the entity's role says more
        (
            "India recalled its envoy on Friday to protest against the raid. Indian External "
            "Affairs Minister Meera Iyer said the government would not accept any change by force.",
            ["External Affairs Minister of India"],
            "External Affairs Minister of India",
        ),
        # a written role is kept as written
        (
            "Chilean Foreign Minister Tomas Vidal said the talks would go on.",
            ["Foreign Minister of Chile"],
            "Chilean Foreign Minister",
        ),
    ],
)
def test_speaker_role_prefers_entity_role_over_bare_nationality(
    text: str, roles: list[str], want: str
) -> None:
    name = " ".join(text.split(" said")[-2].split()[-2:])
    (q,) = quotes_of(text, entities=[("p1", name, "PERSON", roles)])
    assert q.speaker is not None and q.speaker.role == want
