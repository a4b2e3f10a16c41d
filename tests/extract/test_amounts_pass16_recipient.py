"""Amounts: a sixteenth pass, whom money or a rise was given to and what a deal settles.
A thing given in the passive names its receiver: the passive's subject ("Dutch farmers
were given a subsidy increase of 4%"), a relative pronoun's noun ("Acme Rail, which was
awarded a grant"), or, for a participle phrase with no subject of its own ("after being
granted ...", "having been given ..."), the subject of the clause it hangs on; a thing given
to a first object goes to it ("Ministers have handed farmers a subsidy rise"); a thing got
("Councils, which will get a rise of 4%") names its getter, with its defining clause
("families who rent their homes"), and "the firm" that gets it is
the firm the article is about. A bare deal or settlement reached "in its probe
(investigation, inquiry) into X" keeps the probe, even past a dash aside. Not a pronoun
nobody names, not a firm told by a common noun ("the rail firm"), not a thing given to
others than the clause's subject, not a deal whose object already says with whom, nor a
probe into someone told by "its". Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, named

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a thing given in the passive: to the passive's subject, or the clause's subject
        (
            "Scottish hospitals must cut waiting lists after being granted a budget rise of "
            "8%, the health minister said.",
            "8%",
            "budget rise granted to Scottish hospitals",
        ),
        (
            "Despite being awarded a rise of 7%, the drivers voted to strike.",
            "7%",
            "rise awarded to drivers",
        ),
        (
            "Having been given a pay rise of 3%, the nurses called off their strike.",
            "3%",
            "pay rise given to nurses",
        ),
        (
            "Dutch farmers were given a subsidy increase of 4% last year.",
            "4%",
            "subsidy increase given to Dutch farmers",
        ),
        (
            "Teachers were offered a pay rise of 2.5% on Monday.",
            "2.5%",
            "pay rise offered to teachers",
        ),
        (
            "Acme Rail, which was awarded a grant of £20m, will build a new line.",
            "£20m",
            "grant awarded to Acme Rail",
        ),
        (
            "The nurses, who were given a pay rise of 3% in May, ended their strike.",
            "3%",
            "pay rise given to nurses",
        ),
        ("The club was awarded £5m by the league.", "£5m", "money awarded to club"),
        (
            "The league's clubs were paid £30m in television money.",
            "£30m",
            "television money paid to league's clubs",
        ),
        (
            "The charity said it was given a grant of £50,000 last year.",
            "£50,000",
            "grant given to charity",
        ),
        # a thing given to a first object: to it
        (
            "Ministers have handed farmers a subsidy rise of 3%.",
            "3%",
            "subsidy rise handed to farmers",
        ),
        (
            "The assembly will give Welsh councils a 5% rise in funding.",
            "5%",
            "rise in funding given to Welsh councils",
        ),
        # a thing got: its getter
        (
            "Councils, which will get a rise of 4%, must freeze taxes.",
            "4%",
            "rise to be received by councils",
        ),
        (
            "Councils in Scotland got a funding increase of 5%.",
            "5%",
            "funding increase received by councils in Scotland",
        ),
        (
            "Families who rent their homes will get a grant of £300.",
            "£300",
            "grant to be received by families who rent their homes",
        ),
        # a bare deal reached in a probe: what it settles
        (
            "The watchdog said it had agreed a $35m settlement - half of it in fines - in its "
            "investigation of Acme Securities.",
            "$35m",
            "settlement in investigation of Acme Securities",
        ),
        (
            "The agency agreed an $8m settlement in March in its inquiry into Vantor Capital.",
            "$8m",
            "settlement agreed by agency in inquiry into Vantor Capital",
        ),
        # (not) a pronoun nobody names, another's gift, a thing not given, a deal that says
        # with whom or in what talks, a probe into someone told by "its"
        ("They were given a pay rise of 4%.", "4%", "pay rise"),
        (
            "The workers were told that a pay rise of 4% was given to managers.",
            "4%",
            "pay rise",
        ),
        ("The miners rejected a pay rise of 3%.", "3%", "pay rise"),
        ("The league offered the players a bonus of £5,000 each.", "£5,000", "bonus to players"),
        ("The rail firm, which was awarded a grant of £20m, will build a line.", "£20m", "grant"),
        ("Shares in Acme rose 5% after it was given a licence.", "5%", "rise in Shares in Acme"),
        ("Iraq was given $5bn in aid last year.", "$5bn", "Iraq's aid"),
        (
            "The regulator reached a $50m settlement with Globex Bank in its investigation "
            "into trading.",
            "$50m",
            "the regulator's settlement with Globex Bank",
        ),
        (
            "The watchdog reached a $50m settlement in its investigation, it said.",
            "$50m",
            "settlement reached by watchdog",
        ),
        (
            "The regulator said it had reached a $20m deal in its talks with Globex.",
            "$20m",
            "value of the regulator's deal in its talks with Globex",
        ),
        (
            "Separately, the SEC said it had reached a $140m deal in its probe into Acme Funds "
            "and two of its former managers.",
            "$140m",
            "value of SEC's deal",
        ),
    ],
)
def test_receiver_and_probe(nlp: Any, text: str, amount: str, obj: str) -> None:
    got = next(a for a in amounts_of(nlp, text) if a.text == amount)
    assert got.object == obj


@pytest.mark.parametrize(
    ("said", "obj"),
    [
        (
            "The firm, which is to receive a payment of £12m from Rovers, plans new shops.",
            "payment from Rovers to be received by Kestrel Sports",
        ),
        # (not) a firm told by more than "the firm"
        (
            "The sports firm, which is to receive a payment of £12m from Rovers, plans new shops.",
            "payment from Rovers",
        ),
    ],
)
def test_the_firm_that_receives_is_the_articles(nlp: Any, said: str, obj: str) -> None:
    # "the firm" that is to receive a payment is the firm the article is about
    text = (
        "Kestrel Sports has lost its kit deal with Rovers. Kestrel Sports shares fell 3%. "
        f"Analysts said Kestrel Sports would recover. {said}"
    )
    kestrel = named("Kestrel Sports", "ORG", text, "o1")
    got = amount_named(amounts_of(nlp, text, entities=[kestrel]), "£12m")
    assert got.object == obj
