"""Hand-built Articles with every kind of fact filled in (the extractors' output contract)."""

from __future__ import annotations

import random

from communique.record import (
    Actor,
    Amount,
    Article,
    Entity,
    Event,
    Mention,
    Quote,
    Repair,
    Source,
    Speaker,
    TextRef,
)

WORDS = (
    "harbour council budget river treaty grain wind market border mayor pledge rail bank "
    "school summit tariff island bridge factory export vote court league festival drought "
    "pipeline satellite vaccine orchard union museum forest glacier parliament airport "
    "ferry reactor port canal desert highway clinic library stadium garden theatre tower "
    "village valley coast mine copper cotton coffee sugar steel silver timber wool"
).split()


def filler(seed: int, words: int = 120) -> str:
    """Text no other seed shares 5-word shingles with (so it is never a near-duplicate)."""
    rng = random.Random(seed)
    out = []
    for i in range(words):
        w = rng.choice(WORDS)
        out.append(w.capitalize() if i % 12 == 0 else w)
        if i % 12 == 11:
            out[-1] += "."
    return " ".join(out) + "."


def make_article(
    n: int,
    *,
    a: str = "CHN",
    b: str = "RUS",
    date: str = "2021-06-01",
    text: str | None = None,
    path: str = "test.jsonl",
) -> Article:
    """An article whose text names two countries, with one fact of each kind about them."""
    lead = f"Officials of Alpha{n} met in Gamma on Monday. \"We agree on trade,\" said Beta{n}. "
    body = text if text is not None else filler(n)
    full = lead + body
    art = Article(id=f"art-{n}", raw_text=full, source=Source(path, "jsonl", n), text=full,
                  published=date, headline=f"Headline {n}", publication="Test Wire")
    p1 = full.index(f"Alpha{n}")
    p2 = full.index(f"Beta{n}")
    q = full.index("We agree")
    met = full.index("met")

    def ref(s: int, e: int) -> TextRef:
        return TextRef(full[s:e], (s, e), (s, e))

    art.paragraphs = [(0, len(full))]
    art.repairs = [Repair("case", "x", "X", (0, 1), (0, 1))]
    art.entities = [
        Entity("e1", f"Alpha{n}", "ORG", country=a, sector="GOV",
               mentions=[Mention(f"Alpha{n}", (p1, p1 + len(f"Alpha{n}")), (p1, p1 + 6))]),
        Entity("e2", f"Beta{n}", "PERSON", country=b, sector="GOV", roles=["minister"],
               mentions=[Mention(f"Beta{n}", (p2, p2 + len(f"Beta{n}")), (p2, p2 + 5))]),
    ]
    art.quotes = [Quote(
        "direct", "We agree on trade,", [(q, q + 18)], [(q, q + 18)],
        speaker=Speaker(f"Beta{n}", "e2", "minister", f"Beta{n}", (p2, p2 + 5), (p2, p2 + 5)),
        cue=ref(p2 - 5, p2 - 1), extra={"confidence": 0.9},
    )]
    src = Actor(f"Alpha{n}", "e1", a + "GOV", a, "GOV", f"Alpha{n}", (p1, p1 + 6), (p1, p1 + 6))
    tgt = Actor(f"Beta{n}", "e2", b + "GOV", b, "GOV", f"Beta{n}", (p2, p2 + 5), (p2, p2 + 5))
    art.events = [Event(
        "CONSULT", "040", 1, 1.0, [src], [tgt], ref(met, met + 3),
        {"span": (0, 45), "raw_span": (0, 45)}, mode="visit", date=date,
        location={"name": "Gamma", "country": a}, confidence=0.8,
    )]
    art.amounts = [Amount(3.5e9, "USD", "=", "$3.5bn", (0, 6), (0, 6), object="trade",
                          parties=[a, b])]
    return art


PAIRS = [("CHN", "RUS"), ("RUS", "CHN"), ("USA", "CHN"), ("CHN", "RUS")]
DATES = ["2021-01-15", "2021-02-03", "2021-02-20", "2022-07-01"]


def build_db(path: str, n: int = 8) -> list[Article]:
    """A small database of hand-built articles over a few pairs and dates."""
    from communique.store import Store

    arts = [make_article(i, a=PAIRS[i % 4][0], b=PAIRS[i % 4][1], date=DATES[i % 4])
            for i in range(n)]
    with Store(path) as st:
        run = st.start_run(["hand-built"])
        st.write_batch(run, [a.to_dict() for a in arts], counters={"read": n})
        st.finish_run(run)
    return arts
