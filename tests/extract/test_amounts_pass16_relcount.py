"""Amounts: a sixteenth pass, on counts in object position whose object loses who did the
deed to them or what it was for. Counted people a "who" clause's verb takes are also its
antecedent's ("Jane Hill, who represents six of the prisoners" -> "prisoners represented by
Jane Hill"), as those of a "which" clause were; counted people an "-ing" clause describes,
who are the object of a clause whose subject is a noun or a name, are also those that
subject did the deed to ("patrols have detained 120 migrants crossing the river" ->
"migrants crossing river detained by patrols"); a "for the study (report, survey, inquiry)"
phrase of what they gave is kept with its quoted title when it is short, by its noun alone
when it is long. Not a pronoun's deed ("they", "those who"), a verb of having, finding or
seeing, a denied deed. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a "who" clause's count: its antecedent did the deed
        (
            "Jane Hill, who represents six of the prisoners, said they would appeal.",
            "six of the prisoners",
            "prisoners represented by Jane Hill",
        ),
        (
            "The lawyer, who represents 40 families, said they would appeal.",
            "40 families",
            "families represented by lawyer",
        ),
        (
            "Tom Reed, who employs 25 builders, said prices would rise.",
            "25 builders",
            "builders employed by Tom Reed",
        ),
        # an "-ing" clause's counted people: the clause's subject did the deed to them
        (
            "Border guards have detained 120 migrants crossing the river.",
            "120 migrants",
            "migrants crossing river detained by border guards",
        ),
        (
            "Coastguards have rescued 45 sailors clinging to the wreck.",
            "45 sailors",
            "sailors clinging to wreck rescued by coastguards",
        ),
        # the work they gave their answers for, with its short quoted title
        (
            "Some 50 teachers gave their answers in 30 hours of filmed interviews for the "
            'survey "Schools in Trouble".',
            "50 teachers",
            'teachers gave answers in filmed interviews for survey "Schools in Trouble"',
        ),
        (
            "About 70 nurses gave their answers in 50 hours of taped interviews for the study "
            '"Who Cares for the Carers".',
            "70 nurses",
            'nurses gave answers in taped interviews for study "Who Cares for the Carers"',
        ),
        (
            "Some 30 farmers gave their answers in 12 hours of taped interviews for the report "
            '"Whose Land is It, Anyway".',
            "30 farmers",
            'farmers gave answers in taped interviews for report "Whose Land is It, Anyway"',
        ),
        # (not) a pronoun's deed, a verb of having or finding, a denied deed
        (
            "Those who represent 40 families said they would appeal.",
            "40 families",
            "families represented",
        ),
        (
            "They have apprehended 300 pupils dodging school.",
            "300 pupils",
            "pupils dodging school",
        ),
        (
            "Inspectors have found 300 pupils dodging school.",
            "300 pupils",
            "pupils dodging school",
        ),
        ("The school has 300 pupils taking exams.", "300 pupils", "pupils taking exams"),
        (
            "Border guards did not detain 120 migrants crossing the river.",
            "120 migrants",
            "migrants crossing river",
        ),
        # (as before) a main clause's doer, a "which" clause's, a short "for" phrase, a
        # title too long to keep
        ("The union represents 80 nurses.", "80 nurses", "nurses represented by the union"),
        (
            "The bombs which killed seven people were made in a garage.",
            "seven people",
            "people killed by bombs",
        ),
        (
            "Some 40 nurses gave their views in recorded interviews for the inquiry.",
            "40 nurses",
            "nurses gave views in recorded interviews for inquiry",
        ),
        (
            "About 70 nurses gave their answers in 50 hours of taped interviews for the study "
            '"Why We Stay in the Job When Nobody Else Will Do It".',
            "70 nurses",
            "nurses gave answers in taped interviews for study",
        ),
    ],
)
def test_relative_count_object(nlp: Any, text: str, amount: str, obj: str) -> None:
    got = next(a for a in amounts_of(nlp, text) if a.text == amount)
    assert got.object == obj
