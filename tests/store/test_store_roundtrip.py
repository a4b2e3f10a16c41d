"""Property: whatever an extractor puts in a record comes back from the store unchanged."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.record import Amount, Entity, Mention
from communique.store import Store, connect, reader
from store.factory import make_article

names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=20)
extra = st.dictionaries(st.sampled_from(["score", "note", "wikidata"]),
                        st.one_of(st.integers(-5, 5), names, st.none()), max_size=2)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    ent_names=st.lists(names, min_size=0, max_size=4),
    roles=st.lists(names, max_size=2),
    values=st.lists(st.floats(allow_nan=False, allow_infinity=False, width=32), max_size=3),
    ent_extra=extra,
    warnings=st.lists(names, max_size=2),
)
def test_record_round_trip(ent_names, roles, values, ent_extra, warnings) -> None:  # type: ignore[no-untyped-def]
    art = make_article(3)
    art.entities += [Entity(f"x{i}", n, "PERSON", roles=roles, extra=dict(ent_extra),
                            mentions=[Mention(n, (0, len(n)), (0, len(n)))])
                     for i, n in enumerate(ent_names)]
    art.amounts += [Amount(v, "USD", "~", str(v), (0, 1), (0, 1)) for v in values]
    art.warnings = warnings
    want = json.loads(json.dumps(art.to_dict()))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "p.db"
        with Store(db) as s:
            s.write_batch(None, [art.to_dict()])
        got = next(reader.records(connect(db, readonly=True)))
    got.pop("store_id")
    assert got == want
