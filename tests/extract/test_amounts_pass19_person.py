"""Amounts: a nineteenth pass (issue 7), a "he", "she", "his" or "her" left in an amount's
object is named by the one person its sentence names before it. "Jo Tate said she had not
received a penny of the £40 a week she should be getting" gives "sum Jo Tate should be
getting per week", not "sum she should be getting"; a bare surname keeps its title ("Mrs
Tate"), and a title must agree with the pronoun's gender. Only the first pronoun of the
object is named; the rest read from it. Left alone when the sentence names two people, a
list of people, or none before the pronoun, when the name is not the subject of a verb
the pronoun is said under, when a pronoun of the other gender comes first
("his mother ... she"), and when the sentence starts with a pronoun. Every sentence is
written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_ROWS = [
    # the speaker named before "she"/"he", with a describing aside or none
    (
        "Sarah Whitlock, a mother of three, said she had not received a penny of the £40 a"
        " week she should be getting from her former husband.",
        "£40",
        (
            40.0,
            "GBP",
            "=",
            None,
            "sum Sarah Whitlock should be getting from her former husband per week",
        ),
    ),
    (
        "Tom Ellery, a retired miner, said he had not seen a penny of the £30 a week he"
        " should be getting from his former employer.",
        "£30",
        (
            30.0,
            "GBP",
            "=",
            None,
            "sum Tom Ellery should be getting from his former employer per week",
        ),
    ),
    (
        "David Rourke, a carer from Leeds, said he had not received a penny of the £55 a"
        " week he should be paid by the council.",
        "£55",
        (55.0, "GBP", "=", None, "sum David Rourke should be paid by the council per week"),
    ),
    (
        "Linda Marsh, a pensioner, said she had not received a penny of the £90 a month she"
        " should be paid.",
        "£90",
        (90.0, "GBP", "=", None, "sum Linda Marsh should be paid per month"),
    ),
    # a bare surname keeps its title, which agrees with the pronoun
    (
        "Mrs Whitlock said she had not received a penny of the £40 a week she should be getting.",
        "£40",
        (40.0, "GBP", "=", None, "sum Mrs Whitlock should be getting per week"),
    ),
    (
        "Ms Ferris said she had not received a penny of the £45 a week she should be"
        " receiving from her employer.",
        "£45",
        (45.0, "GBP", "=", None, "sum Ms Ferris should be receiving from her employer per week"),
    ),
    (
        "Mr Dunmore said he had not received a penny of the £25 a week he should be"
        " receiving from the agency.",
        "£25",
        (25.0, "GBP", "=", None, "sum Mr Dunmore should be receiving from the agency per week"),
    ),
    (
        "Lord Hanley said he had not received a penny of the £70 a month he should be paid.",
        "£70",
        (70.0, "GBP", "=", None, "sum Lord Hanley should be paid per month"),
    ),
    (
        "Dr Patel said he had not received a penny of the £500 a month he should be receiving.",
        "£500",
        (500.0, "GBP", "=", None, "sum Dr Patel should be receiving per month"),
    ),
    (
        "Joan Kerr, 64, said she had not received a penny of the £60 a week she was promised"
        " by her landlord.",
        "£60",
        (60.0, "GBP", "=", None, "sum Joan Kerr was promised by her landlord per week"),
    ),
    (
        "Alan Pryce, a father of four, said he had not received a penny of the £35 a week he"
        " should be receiving from his former wife.",
        "£35",
        (
            35.0,
            "GBP",
            "=",
            None,
            "sum Alan Pryce should be receiving from his former wife per week",
        ),
    ),
    (
        "Emma Rhodes told reporters she had not received a penny of the £75 a week she should"
        " be getting.",
        "£75",
        (75.0, "GBP", "=", None, "sum Emma Rhodes should be getting per week"),
    ),
    (
        "Mr Quayle told the court that he had not received a penny of the £50 a week he"
        " should be paid.",
        "£50",
        (50.0, "GBP", "=", None, "sum Mr Quayle should be paid per week"),
    ),
    (
        "Miss Lacey said she had not received a penny of the £15 a week she should be paid.",
        "£15",
        (15.0, "GBP", "=", None, "sum Miss Lacey should be paid per week"),
    ),
    (
        "Lady Ashdown said she had not received a penny of the £2,000 a year she should be paid.",
        "£2,000",
        (2000.0, "GBP", "=", None, "sum Lady Ashdown should be paid per year"),
    ),
]

_GUARDS = [
    # a title of the other gender: no name
    (
        "Mr Rourke said she had not received a penny of the £40 a week she should be getting.",
        "£40",
        (40.0, "GBP", "=", None, "sum she should be getting per week"),
    ),
    (
        "Mrs Whitlock said he had not received a penny of the £40 a week he should be getting.",
        "£40",
        (40.0, "GBP", "=", None, "sum he should be getting per week"),
    ),
    # a pronoun of the other gender first: "she" is the mother, not the speaker
    (
        "Peter Gale said his mother had not received a penny of the £35 a week she should be paid.",
        "£35",
        (35.0, "GBP", "=", None, "sum she should be paid per week"),
    ),
    # a pronoun of the other gender first: "he" is the husband, not the speaker
    (
        "Ruth Beck said her husband had not received a penny of the £30 a week he should be paid.",
        "£30",
        (30.0, "GBP", "=", None, "sum he should be paid per week"),
    ),
    # two people before the pronoun
    (
        "Jo Tate told Sam Reed she had not received a penny of the £40 a week she should be"
        " getting.",
        "£40",
        (40.0, "GBP", "=", None, "sum she should be getting per week"),
    ),
    (
        "Mr Dunmore and Mrs Carver said he had not received a penny of the £25 a week he"
        " should be receiving.",
        "£25",
        (25.0, "GBP", "=", None, "sum he should be receiving per week"),
    ),
    # the person named after the pronoun
    (
        "He said Karen Moss had not received a penny of the £80 a month he should be getting.",
        "£80",
        (80.0, "GBP", "=", None, "sum he should be getting per month"),
    ),
    # no pronoun in the object: unchanged
    (
        "Lord Hanley said he had given back the £5,000 he received from the company.",
        "£5,000",
        (5000.0, "GBP", "=", None, "receipts from company"),
    ),
    (
        "Jane Doe said the council had charged her £90 for a permit.",
        "£90",
        (90.0, "GBP", "=", None, "the council's charge for permit"),
    ),
]


@pytest.mark.parametrize(("text", "amount", "want"), _ROWS + _GUARDS)
def test_third_person_named(
    nlp: Any, text: str, amount: str, want: tuple[float, str, str, str | None, str]
) -> None:
    assert core_fields(amount_named(amounts_of(nlp, text), amount)) == want
