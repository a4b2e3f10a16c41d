"""Query functions over a small hand-built database."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique import query
from communique.query import QueryError, fts_query
from store.factory import build_db


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = str(tmp_path_factory.mktemp("q") / "q.db")
    build_db(path, 8)
    return query.open_db(path)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("trade war", '"trade" "war"'),
        ('"trade war" China', '"trade war" "China"'),
        ("NOT AND OR", '"NOT" "AND" "OR"'),  # operators are searched for, not obeyed
        ("U.S.-China", '"U S China"'),  # one token with punctuation: a phrase
    ],
)
def test_fts_query(text: str, want: str) -> None:
    assert fts_query(text) == want


def test_fts_query_needs_a_word() -> None:
    with pytest.raises(QueryError):
        fts_query('" ..."')


def test_search_finds_articles_and_quotes(conn) -> None:  # type: ignore[no-untyped-def]
    t = query.search(conn, "agree trade", limit=20)
    kinds = {r["kind"] for r in t.rows}
    assert kinds == {"article", "quote"}
    assert all("[" in r["snippet"] for r in t.rows)
    assert query.search(conn, "Alpha3").rows[0]["record_id"] == "art-3"


@pytest.mark.parametrize(
    ("kwargs", "n"),
    [
        ({}, 8),
        ({"country": "RUS"}, 4),
        ({"country": "Russia"}, 4),
        ({"speaker": "beta2"}, 1),
        ({"since": "2021-02", "until": "2021-02"}, 4),
        ({"since": "2022"}, 2),
    ],
)
def test_quotes_filters(conn, kwargs, n) -> None:  # type: ignore[no-untyped-def]
    assert len(query.quotes(conn, **kwargs).rows) == n


@pytest.mark.parametrize(
    ("kwargs", "n"),
    [
        ({"source": "CHN"}, 4),
        ({"source": "CHN", "target": "RUS"}, 4),
        ({"target": "CHN"}, 4),
        ({"type": "consult"}, 8),
        ({"type": "ASSAULT"}, 0),
        ({"until": "2021-01-31"}, 2),
    ],
)
def test_events_filters(conn, kwargs, n) -> None:  # type: ignore[no-untyped-def]
    assert len(query.events(conn, **kwargs).rows) == n


def test_relations_by_month_and_direction(conn) -> None:  # type: ignore[no-untyped-def]
    t = query.relations(conn, "CHN", "RUS", by="month")
    got = {(r["period"], r["direction"]): r["events"] for r in t.rows}
    assert got == {("2021-01", "CHN->RUS"): 2, ("2021-02", "RUS->CHN"): 2,
                   ("2022-07", "CHN->RUS"): 2}
    assert all(r["verbal_coop"] == r["events"] and r["goldstein"] == 1.0 for r in t.rows)
    years = query.relations(conn, "RUS", "CHN", by="year").rows
    assert {r["period"] for r in years} == {"2021", "2022"}


@pytest.mark.parametrize(
    ("call", "msg"),
    [
        (lambda c: query.relations(c, "CHN", "RUS", by="decade"), "--by"),
        (lambda c: query.quotes(c, since="June 2021"), "--since"),
        (lambda c: query.events(c, source="Atlantis"), "unknown country"),
        (lambda c: query.article(c, "nope"), "no article"),
    ],
)
def test_errors_say_what_to_do(conn, call, msg) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QueryError, match=msg):
        call(conn)


def test_actors_and_show(conn) -> None:  # type: ignore[no-untyped-def]
    t = query.actors(conn, top=3)
    assert len(t.rows) == 3 and t.rows[0]["articles"] == 1
    rec = query.article(conn, "art-2")
    assert rec["id"] == "art-2" and rec["events"][0]["type"] == "CONSULT"
    assert query.article(conn, rec["hash"][:8])["id"] == "art-2"


def test_show_highlights_spans(conn) -> None:  # type: ignore[no-untyped-def]
    from communique.query.show import highlights, render

    rec = query.article(conn, "art-1")
    kinds = {k for _, _, k in highlights(rec)}
    assert kinds == {"quote", "speaker", "entity", "actor", "event", "amount"}
    assert len(render(rec)) >= 5


def test_demo_queries_are_computed(conn) -> None:  # type: ignore[no-untyped-def]
    tables = query.demo_queries(conn)
    assert len(tables) == 3
    assert tables[2].title == "relations CHN RUS by month"  # the most frequent pair
    assert all(t.rows for t in tables)


def test_missing_db(tmp_path: Path) -> None:
    from communique.store import StoreError

    with pytest.raises(StoreError, match="no database"):
        query.open_db(tmp_path / "none.db")
