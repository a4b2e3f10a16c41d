"""The PETRARCH/CAMEO actor dictionary importer and user KB files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.kb import KnowledgeBase
from communique.kb.petrarch import (
    import_actor_dictionary,
    parse_actor_dictionary,
    parse_code,
    split_code,
)
from communique.settings import Settings

# A hand-written dictionary in the Phoenix *.actors.txt layout (invented actors).
SNIPPET = """\
# ---- sample actors ----
JANE_QUORRIN_ [FRNGOV 950101-021231]  # a minister
+QUORRIN_
+MADAME_QUORRIN_
[FRNOPP >030101]
TOMAS_VELKO_ [USAMIL]
NORTHERN_FISHERIES_COUNCIL_ [IGOFSH]
+NFC_
PORT_ZEBULON_ [UKG]
<!-- a line of XML-style comment -->
NOBODY_WITHOUT_CODE_
PRESIDENT_ [~GOV]
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.mark.parametrize(
    ("cell", "want"),
    [
        ("RUSGOV 000511-120507", ("RUSGOV", date(2000, 5, 11), date(2012, 5, 7))),
        ("RUSGOV >120507", ("RUSGOV", date(2012, 5, 7), None)),
        ("RUSGOV <000511", ("RUSGOV", None, date(2000, 5, 11))),
        ("USAMIL", ("USAMIL", None, None)),
        ("IGOUNO 19950101-20011231", ("IGOUNO", date(1995, 1, 1), date(2001, 12, 31))),
        ("~GOV", None),
        ("", None),
    ],
)
def test_parse_code(cell: str, want: tuple[str, date | None, date | None] | None) -> None:
    assert parse_code(cell) == want


@pytest.mark.parametrize(
    ("code", "country", "sector"),
    [
        ("RUSGOV", "RUS", "GOV"),
        ("USAMIL", "USA", "MIL"),
        ("IGOUNO", None, "IGO"),
        ("NGOHRI", None, "NGO"),
        ("IMGMOSALQ", None, "REB"),
        ("UKGGOV", "GBR", "GOV"),
        ("JAP", "JPN", None),
        ("PSEREBHMS", "PSE", "REB"),
        ("---GOV", None, "GOV"),
    ],
)
def test_split_code(kb: KnowledgeBase, code: str, country: str | None, sector: str | None) -> None:
    assert split_code(code, kb) == (country, sector)


def test_parse_entries() -> None:
    entries = parse_actor_dictionary(SNIPPET)
    assert [e.names[0] for e in entries] == [
        "Jane Quorrin",
        "Tomas Velko",
        "Northern Fisheries Council",
        "Port Zebulon",
        "Nobody Without Code",
        "President",
    ]
    jane = entries[0]
    # A single-word synonym is kept as written in the dictionary and title-cased.
    assert jane.names[1:] == ["Quorrin", "QUORRIN", "Madame Quorrin"]
    assert jane.codes == [
        ("FRNGOV", date(1995, 1, 1), date(2002, 12, 31)),
        ("FRNOPP", date(2003, 1, 1), None),
    ]
    assert entries[-1].codes == []  # agent codes are not actor codes


def test_import_writes_a_kb_file_that_load_reads(tmp_path: Path) -> None:
    src = tmp_path / "sample.actors.txt"
    src.write_text(SNIPPET, "utf-8")
    out = tmp_path / "kb" / "actors.jsonl"
    rep = import_actor_dictionary(src, out=out)
    assert (rep.entries, rep.people, rep.organisations, rep.countries) == (6, 3, 1, 1)
    assert rep.skipped == 2
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert {r["record"] for r in records} == {"person", "organisation", "country"}

    # Importing again adds nothing.
    assert import_actor_dictionary(src, out=out).written == 0

    kb = KnowledgeBase.load(Settings().with_overrides({"kb": {"paths": [str(out)]}}))
    terms = kb.people("Quorrin", date(2001, 6, 1))
    assert [(t.country, t.sector) for t in terms] == [("FRA", "GOV"), ("FRA", "OPP")]
    assert kb.people("Quorrin", date(2010, 1, 1))[0].sector == "OPP"
    velko = kb.people("Tomas Velko")[0]
    assert (velko.country, velko.sector) == ("USA", "MIL")
    org = kb.organisation("Northern Fisheries Council")
    assert org is not None and org.sector == "IGO" and org.country is None
    assert kb.organisation("NFC") == org
    port = kb.country("Port Zebulon")
    assert port is not None and port.code == "GBR" and port.name == "United Kingdom"
    # The shipped data is still there.
    assert kb.country("Russia") is not None


def test_toml_user_file(tmp_path: Path) -> None:
    f = tmp_path / "mine.toml"
    f.write_text(
        '[[country]]\ncode = "RUS"\naliases = ["Rossiyskaya Zemlya"]\n'
        '[[organisation]]\nname = "Example Relief Fund"\naliases = ["ERF"]\nsector = "NGO"\n'
        '[[person]]\nname = "Jane Example"\ncountry = "GBR"\nsector = "GOV"\n'
        'role = "Foreign Secretary of the United Kingdom"\nstart = "2030-01"\n',
        "utf-8",
    )
    kb = KnowledgeBase.load(extra_paths=[f])
    assert kb.country("Rossiyskaya Zemlya").code == "RUS"  # type: ignore[union-attr]
    assert kb.organisation("ERF").sector == "NGO"  # type: ignore[union-attr]
    holder = kb.holders("Foreign Secretary of the United Kingdom", date(2030, 6, 1))[0]
    assert holder.name == "Jane Example" and holder.start == date(2030, 1, 1)


def test_missing_user_file_warns(tmp_path: Path) -> None:
    with pytest.warns(UserWarning):
        kb = KnowledgeBase.load(extra_paths=[tmp_path / "nothing-here.jsonl"])
    assert kb.country("Russia") is not None


@pytest.mark.parametrize("command", [["kb", "import"], ["actors", "import"], ["actors-import"]])
def test_cli(tmp_path: Path, command: list[str]) -> None:
    src = tmp_path / "sample.actors.txt"
    src.write_text(SNIPPET, "utf-8")
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(app, [*command, str(src), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "5 new records" in res.output
    assert out.exists()


def test_the_config_file_a_process_names_is_read_for_its_kb_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text('[[organisation]]\nname = "Example Harbour Board"\nsector = "GOV"\n', "utf-8")
    config = tmp_path / "communique.toml"
    config.write_text(f'[kb]\npaths = ["{mine}"]\n', "utf-8")
    monkeypatch.delenv("COMMUNIQUE_CONFIG", raising=False)
    assert KnowledgeBase.load().organisation("Example Harbour Board") is None
    monkeypatch.setenv("COMMUNIQUE_CONFIG", str(config))
    assert KnowledgeBase.load().organisation("Example Harbour Board") is not None
