"""Role and group words -> CAMEO sector (`KnowledgeBase.sector_of_role`)."""

from __future__ import annotations

import pytest

from communique.kb import KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.mark.parametrize(
    ("role", "sector"),
    [
        ("President", "GOV"),
        ("Prime Minister", "GOV"),
        ("Foreign Minister", "GOV"),
        ("Interior Minister", "GOV"),
        ("Secretary of State", "GOV"),
        ("Foreign Ministry spokesperson", "GOV"),
        ("Kremlin spokesman", "GOV"),
        ("White House press secretary", "GOV"),
        ("ambassador", "GOV"),
        ("envoy", "GOV"),
        # "general" is an army rank only where no office precedes it.
        ("General", "MIL"),
        ("army general", "MIL"),
        ("Lieutenant General", "MIL"),
        ("Major General", "MIL"),
        ("Secretary General", "GOV"),
        ("Secretary-General", "GOV"),
        ("Secretary General of the Foreign Ministry", "GOV"),
        ("General Secretary of the Communist Party", "GOV"),
        ("Attorney General", "GOV"),
        ("Surgeon General", "GOV"),
        ("Governor General", "GOV"),
        ("Inspector General", "GOV"),
        ("Solicitor General", "GOV"),
        ("Consul General", "GOV"),
        ("Prosecutor General", "JUD"),
        # A secretary-general or director-general of a body takes the body's sector.
        ("UN Secretary-General", "IGO"),
        ("U.N. Secretary-General", "IGO"),
        ("NATO Secretary General", "IGO"),
        ("Secretary General of NATO", "IGO"),
        ("Secretary-General of the Arab League", "IGO"),
        ("Director-General of the WHO", "IGO"),
        ("IAEA Director General", "IGO"),
        ("party secretary general", "PTY"),
        # Bodies named in a role give their sector; group identities beat offices.
        ("Hamas spokesman", "REB"),
        ("Taliban commander", "REB"),
        ("Pentagon spokesman", "MIL"),
        ("Reuters correspondent", "MED"),
        ("opposition leader", "OPP"),
        ("rebel commander", "REB"),
        ("military spokesman", "MIL"),
        ("the U.S. military", "MIL"),
        ("Israel's army chief", "MIL"),
        ("police chief", "COP"),
        ("security forces", "COP"),
        ("intelligence chief", "SPY"),
        ("lawmaker", "LEG"),
        ("senator", "LEG"),
        ("Supreme Court justice", "JUD"),
        ("judge", "JUD"),
        ("troops", "MIL"),
        ("soldiers", "MIL"),
        ("militants", "REB"),
        ("protesters", "CVL"),
        ("human rights activist", "CVL"),
        ("journalist", "MED"),
        ("students", "EDU"),
        ("chief executive", "BUS"),
    ],
)
def test_sector_of_role(kb: KnowledgeBase, role: str, sector: str) -> None:
    assert kb.sector_of_role(role) == sector


@pytest.mark.parametrize("text", ["", "the", "Paris", "on Tuesday", "Gen Z"])
def test_no_sector(kb: KnowledgeBase, text: str) -> None:
    assert kb.sector_of_role(text) is None


def test_repeated_lookups_agree(kb: KnowledgeBase) -> None:
    # Answers are cached per role text; a second call must give the same answer.
    assert kb.sector_of_role("NATO Secretary General") == kb.sector_of_role(
        "NATO Secretary General"
    )
