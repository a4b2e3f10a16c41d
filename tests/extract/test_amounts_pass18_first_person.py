"""Amounts: an eighteenth pass, who a quoted "me" is. A count inside a direct quote whose
object keeps the speaker's "me" or "my" names the speaker there instead, as the article
names them in full ("Ms Porter" -> "Jane Porter"; a "he said" is the person named before),
and a subject count's bare verb gets its "who" ("men who followed Tom Adler to car"). A
count a generic "you" or "one" does something to is the group an earlier count of as many
of the same things named ("men mugged tourist"), not "men who cannot be fought". Not when
the speaker is unknown ("a witness said"), the object holds no first person, or no earlier
count of as many names the group. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_quoted

from communique.record import Amount

pytestmark = pytest.mark.slow


def _amounts(nlp: Any, text: str) -> list[Amount]:
    return amounts_quoted(nlp, text)


def _quoted(nlp: Any, text: str, amount: str) -> Amount:
    """The last amount written `amount` (the quoted one, after any told before it)."""
    return [a for a in _amounts(nlp, text) if a.text == amount][-1]


_MUGGED = 'Police said ten men had mugged the tourist. "{} ten men," said Tim Ray, the tourist.'


@pytest.mark.parametrize(
    ("text", "amount", "value", "unit", "obj"),
    [
        # the speaker's "me" named, with the subject count's "who"
        (
            'Jane Porter, a nurse from Leeds, was robbed on holiday. "Three youths surrounded'
            ' me outside the station," said Ms Porter.',
            "Three youths",
            3.0,
            "people",
            "youths who surrounded Jane Porter outside station",
        ),
        (
            'The singer Tom Adler was attacked after a concert. He said: "Four men followed me'
            ' to my car."',
            "Four men",
            4.0,
            "people",
            "men who followed Tom Adler to car",
        ),
        (
            '"Nine reporters phoned me that night," said David Bloom, the actor.',
            "Nine reporters",
            9.0,
            "people",
            "reporters who phoned David Bloom",
        ),
        (
            'The coach Ben Archer was praised. "Eleven players thanked me after the final,"'
            " Mr Archer said.",
            "Eleven players",
            11.0,
            "people",
            "players who thanked Ben Archer after final",
        ),
        (
            '"Three doctors treated me in hospital," said Rosa Diaz, who was hurt in the crash.',
            "Three doctors",
            3.0,
            "people",
            "doctors who treated Rosa Diaz in hospital",
        ),
        (
            'The pensioner Edna Moss was conned. "Three men tricked me into paying £4,000,"'
            " said Mrs Moss.",
            "Three men",
            3.0,
            "people",
            "men who tricked Edna Moss",
        ),
        (
            '"Nine men chased me down the street," said Carl Finch, a taxi driver.',
            "Nine men",
            9.0,
            "people",
            "men who chased Carl Finch down street",
        ),
        (
            '"Two nurses looked after me for weeks," said Anna Price.',
            "Two nurses",
            2.0,
            "people",
            "nurses who looked after Anna Price",
        ),
        (
            'The actor Leo Grant was mobbed. Mr Grant said: "Fifty fans chased me to the hotel."',
            "Fifty fans",
            50.0,
            "people",
            "fans who chased Leo Grant to hotel",
        ),
        (
            '"Three lawyers advised me against the sale," said Nadia Rahman, the seller.',
            "Three lawyers",
            3.0,
            "people",
            "lawyers who advised Nadia Rahman against sale",
        ),
        # a generic "you" or "one": the group an earlier count of as many named
        (_MUGGED.format("You cannot fight"), "ten men", 10.0, "people", "men mugged tourist"),
        (
            'Rebels attacked 12 villages in the north. "One cannot defend 12 villages with so'
            ' few troops," said General Mark Obi.',
            "12 villages",
            12.0,
            "villages",
            "villages attacked in north by rebels",
        ),
    ],
)
def test_first_person_named(
    nlp: Any, text: str, amount: str, value: float, unit: str, obj: str
) -> None:
    a = _quoted(nlp, text, amount)
    assert (a.value, a.unit, a.comparator, a.period) == (value, unit, "=", None)
    assert a.object == obj


@pytest.mark.parametrize(
    ("text", "amount", "value", "unit", "obj"),
    [
        # the speaker unknown: the words as they were
        ('"Eight men grabbed me from behind," a witness said.', "Eight men", 8.0, "people", None),
        # no first person in the object
        (
            '"Six men grabbed him from behind," said Mr Ray.',
            "Six men",
            6.0,
            "people",
            "men grabbed him",
        ),
        (
            '"Five officers arrested me at the airport," said Omar Khalil, a student from Cairo.',
            "Five officers",
            5.0,
            "people",
            "officers arrested at airport",
        ),
        # the doer is "I", not a generic "you"; no earlier count of as many
        (
            _MUGGED.format("I could not fight"),
            "ten men",
            10.0,
            "people",
            "men who could not be fought",
        ),
        (
            'Police said nine men had mugged the tourist. "You cannot fight ten men," said Tim'
            " Ray, the tourist.",
            "ten men",
            10.0,
            "people",
            "men who cannot be fought",
        ),
        (
            '"You cannot stop 50,000 protesters," said Greg Hill, the organiser.',
            "50,000 protesters",
            50000.0,
            "people",
            "protesters who cannot be stopped",
        ),
    ],
)
def test_first_person_kept(
    nlp: Any, text: str, amount: str, value: float, unit: str, obj: str | None
) -> None:
    a = _quoted(nlp, text, amount)
    assert (a.value, a.unit, a.comparator, a.period) == (value, unit, "=", None)
    assert a.object == (obj if obj is not None else "men grabbed me from behind")
