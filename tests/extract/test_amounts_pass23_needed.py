"""Amounts: a twenty-third pass (issue 7), what a verb of need has with the amount, with no
purpose said. "The airline needs £500m in new funding": "new funding airline needs"; "We
need $20bn in investment": "investment needed" (no pronoun said as the one in need); and
an amount the parse took for a verb's adverb ("needs £2m to repair the roads") is still
what is needed. Left alone: a negated need. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    ("The airline needs £500m in new funding.", "£500m", "new funding airline needs"),
    ('"We need at least $20bn in investment," said the minister.', "$20bn", "investment needed"),
    ("Schools require an extra £40m in funding.", "£40m", "extra funding schools require"),
    ("The council needs £2m to repair the roads.", "£2m", "money council needs to repair roads"),
]


_GUARDS = [
    ("The bank does not need £500m in new capital.", "£500m", "new capital"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS + _GUARDS)
def test_what_a_verb_of_need_has(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
