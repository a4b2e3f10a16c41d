"""`Article.to_dict` renders records without `asdict`: the same dicts as `_flatten(asdict())`."""

from __future__ import annotations

import copy
from dataclasses import asdict
from typing import Any

import pytest

from communique.record import (
    Amount,
    Article,
    Dropped,
    Entity,
    Mention,
    Repair,
    Source,
    TextRef,
    _flatten,
    _plain,
)
from store.factory import make_article as article


def _reference(a: Article) -> dict[str, Any]:
    d = a.to_dict()
    for key, items in (("repairs", a.repairs), ("dropped", a.dropped), ("entities", a.entities),
                       ("quotes", a.quotes), ("events", a.events), ("amounts", a.amounts)):
        d[key] = [_flatten(asdict(x)) for x in items]
    d["source"] = _flatten(asdict(a.source))
    return d


@pytest.mark.parametrize("seed", range(6))
def test_to_dict_equals_asdict_flatten(seed: int) -> None:
    a = article(seed)
    got = a.to_dict()
    assert got == _reference(a)
    assert list(got["entities"][0]) == list(_reference(a)["entities"][0])  # key order too


@pytest.mark.parametrize(
    "obj",
    [
        Mention("Mr Xu", (0, 5), (0, 5), {"alias": "Mr Xu", "alias_span": (0, 5)}),
        Entity("e1", "A", "PERSON", extra={"extra": {"deep": 1}, "note": [(1, 2)]}),
        Amount(1.0, "USD", "=", "$1", (0, 2), (0, 2), parties=["e1"], extra={"unit": "EUR"}),
        Repair("case", "a", "A", (0, 1), (0, 1)),
        Dropped("x", "footer", (3, 4)),
        TextRef("t", (1, 2), (1, 2)),
        Source("p", "txt"),
        {"extra": {}, "span": (1, 2), "nested": {"extra": {"k": (3,)}, "v": None}},
        [(1, 2), [3, (4,)]],
    ],
)
def test_plain_equals_flatten_asdict(obj: Any) -> None:
    # _flatten pops `extra` from what it is given: hand it a copy
    ref = _flatten(asdict(obj) if not isinstance(obj, dict | list) else copy.deepcopy(obj))
    got = _plain(obj)
    assert got == ref
    if isinstance(ref, dict):
        assert list(got) == list(ref)
