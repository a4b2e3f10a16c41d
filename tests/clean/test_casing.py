"""Letter-case repair: phrases, the only-adds-capitals property, run evidence, the seed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.clean.casing import CaseEvidence, repair_case
from communique.clean.casing_stats import (
    GLUED,
    INITIAL,
    MID,
    SEMI,
    CaseStats,
    build_stats,
    key_of,
    tokenize,
)
from conftest import shared_path


def _spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]


def fix(text: str, evidence: CaseEvidence | None = None) -> str:
    chars = list(text)
    for s, e, new in repair_case(text, _spans(text), evidence):
        assert len(new) == e - s
        chars[s:e] = new
    return "".join(chars)


# Written for these tests (not taken from any corpus).
PHRASES = [
    (
        "the talks ended late on friday. the u.s. envoy said the eu would answer within a week.",
        "The talks ended late on Friday. The U.S. envoy said the EU would answer within a week.",
    ),
    (
        "officials in washington and paris confirmed the deal. it was signed by the uk and "
        "germany on monday.",
        "Officials in Washington and Paris confirmed the deal. It was signed by the UK and "
        "Germany on Monday.",
    ),
    (
        "the nato summit opened in brussels. leaders from canada and japan joined the talks "
        "on ai rules.",
        "The NATO summit opened in Brussels. Leaders from Canada and Japan joined the talks "
        "on AI rules.",
    ),
    (
        "i think the plan is good, said the mayor of london. we will see.",
        "I think the plan is good, said the mayor of London. We will see.",
    ),
    (
        "the bbc reported that the un security council would meet. diplomats expect a vote.",
        "The BBC reported that the UN Security Council would meet. Diplomats expect a vote.",
    ),
    (
        "she moved to new york in 2010. her brother still lives in chicago.",
        "She moved to New York in 2010. Her brother still lives in Chicago.",
    ),
    # hyphenated names lose their inner capital even in intact paragraphs
    (
        "The Franco-german treaty was signed in 1963 after long talks.",
        "The Franco-German treaty was signed in 1963 after long talks.",
    ),
    (
        "Ministers discussed the Sino-japanese dispute over the islands.",
        "Ministers discussed the Sino-Japanese dispute over the islands.",
    ),
    # intact paragraphs are left alone
    (
        "The committee met on Tuesday and agreed to publish its report next month.",
        "The committee met on Tuesday and agreed to publish its report next month.",
    ),
    (
        "Trade between China and Russia grew quickly in the first half of the year, officials "
        "said. A self-styled expert disagreed.",
        "Trade between China and Russia grew quickly in the first half of the year, officials "
        "said. A self-styled expert disagreed.",
    ),
]


@pytest.mark.parametrize(("damaged", "repaired"), PHRASES)
def test_phrases(damaged: str, repaired: str) -> None:
    assert fix(damaged) == repaired


@pytest.mark.parametrize(
    ("text", "positions"),
    [
        ("The u.s. envoy left.", [INITIAL, MID, SEMI, MID]),
        ('He said: "We go." Then', [INITIAL, MID, INITIAL, MID, INITIAL]),
        ('"Why?" he asked', [INITIAL, SEMI, MID]),
        ("U2's hit", [INITIAL, GLUED, MID]),
        ("after Mr. Smith left", [INITIAL, MID, SEMI, MID]),
        ("(for example) go", [SEMI, MID, MID]),  # an aside in brackets is no sentence
        ("steps:\n1. poll the queue", [INITIAL, SEMI, MID, MID]),  # a numbered list item
        ("in 1998. the end", [INITIAL, INITIAL, MID]),  # a year ends a sentence
    ],
)
def test_positions(text: str, positions: list[int]) -> None:
    assert [t.pos for t in tokenize(text)] == positions


@pytest.mark.parametrize(
    ("word", "key", "klen"),
    [("Warner's", "warner", 6), ("U.S.", "u.s", 3), ("London.", "london", 6), ("AI", "ai", 2)],
)
def test_key_of(word: str, key: str, klen: int) -> None:
    assert key_of(word) == (key, klen)


_PIECES = list("abcdefgusiAEUS .,!?'\"-:\n") + [" ai ", " the ", "u.s.", "china", "China-", "\n\n"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)


@settings(max_examples=150, deadline=None)
@given(_TEXT)
def test_only_adds_capitals(text: str) -> None:
    out = fix(text)
    assert len(out) == len(text)
    for a, b in zip(text, out, strict=True):
        assert a == b or (a.islower() and b == a.upper())


def test_run_evidence_supplies_unknown_names() -> None:
    # A made-up name the statistics cannot know: capitalised in one article of the run.
    other = "Talks with Zorvath Industries resumed on Monday, officials said."
    damaged = "the minister met zorvath executives. they agreed on a plan."
    assert "Zorvath" not in fix(damaged)
    ev = CaseEvidence()
    for text in (other, damaged):
        ev.learn(text)
    assert fix(damaged, ev) == "The minister met Zorvath executives. They agreed on a plan."


def test_stats_round_trip(tmp_path: Path) -> None:
    texts = {
        "a": ["Officials in Paris met the US envoy. They told us the US plan was new."],
        "b": ["The Paris talks ended.\n\nTHIS LINE IS ALL CAPITALS\n\nHe met the US team."],
    }
    st_ = build_stats(texts, min_count=1)
    assert st_.counts["paris"] == (0, 1, 0, 1)
    assert "this" not in st_.counts  # sentence starts and capitals lines are not counted
    assert st_.counts["us"] == (1, 2, 0, 1)
    path = tmp_path / "stats.tsv.gz"
    st_.write(path)
    back = CaseStats.read(path, {"a": 1.0, "b": 1.0})
    assert back.counts == st_.counts
    assert back.unigrams["us"] == (1.0, 3.0, "US")
    assert back.left == st_.left and back.right == st_.right


def test_seed_must_repair() -> None:
    seed = shared_path("seed", "000_cd1f1532c6706737.txt")
    gold = json.loads(seed.with_suffix(".gold.json").read_text("utf-8"))["cleaning"]
    from typer.testing import CliRunner

    from communique.cli import app

    res = CliRunner().invoke(app, ["extract", str(seed), "--until", "clean"])
    assert res.exit_code == 0, res.output
    rec = json.loads(res.stdout.splitlines()[0])
    text = rec["text"]
    for before, after in gold["must_repair"]:
        assert after in text, after
        assert before not in text, before
    for keep in gold["must_keep_unchanged"]:
        assert keep in text, keep
    raw = seed.read_text("utf-8")
    for rep in rec["repairs"]:
        if rep["kind"] == "case":
            s, e = rep["raw_span"]
            assert raw[s:e] == rep["before"] and rep["after"].lower() == rep["before"].lower()


# Well-cased text of other kinds, written for these tests: nothing in it may change.
WELL_CASED = [
    # a tech blog: list items, code words, command-line options, a lone variable
    "We moved the worker to a new queue last year. The change was simple:\n\n"
    "Each worker does three things:\n"
    "1. poll tasks ready for execution\n"
    "2. push them onto the right queue\n"
    "3. update their status\n\n"
    "while True:\n    w = next_work()\n\n"
    "Run node with --prof and open the output in the inspector. The npm package "
    "wraps the inspector-api for you. (for older versions, see the notes.)\n\n"
    "$ cd ../repo\n$ hg commit -u bob -m 'fix'\n\n"
    "Setting i to zero resets the loop. This is what most readers expect.",
    # units
    "The median request took 12 ms, and the slowest one took 480 ms. The board is 30 cm "
    "wide and 2 mm thick. Latency above 200 ms is reported to the on-call engineer.",
    # tiny labels and hyphenated given names
    "abc\n\ndef\n\nghi",  # one-word lines, as cleaning splits a page
    "The film stars Kim Seong-woong and Park Hyeon-jun. Both grew up in Seoul, and both "
    "speak of Wall Street as a distant world.",
]


@pytest.mark.parametrize("text", WELL_CASED)
def test_well_cased_text_is_left_alone(text: str) -> None:
    assert fix(text) == text
    ev = CaseEvidence()  # nor through the run's evidence
    ev.learn(text)
    assert fix(text, ev) == text


def test_compact_stats_round_trip(tmp_path: Path) -> None:
    texts = {"a": ["Officials in Paris met the US envoy. They told us the US plan was new."]}
    st_ = build_stats(texts, min_count=1)
    path = tmp_path / "stats.bin"
    st_.save(path)
    back = CaseStats.load(path)
    assert back.counts == st_.counts
    assert back.unigrams == st_.unigrams
    assert back.left == st_.left and back.right == st_.right
    assert back.suffixes == st_.suffixes and back.sources == st_.sources
