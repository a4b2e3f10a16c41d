"""Casing statistics derived from well-cased text: the evidence table behind case repair.

For each lower-cased word (key) the table counts, at mid-sentence positions only, how often
the word was written lower case and how often with a capital, and keeps the commonest
capitalised form ("U.S.", "McDonald", "Olympics"). For words whose case depends on the
neighbour ("us"/"US", "may"/"May", "winter"/"Winter Olympics") it also counts the
left and right neighbour keys. Only counts are shipped, never sentences.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

# A word as the print re-casing sees it: letters with inner dots, apostrophes and hyphens.
WORD = re.compile(r"[A-Za-z][A-Za-z.'’]*(?:-[A-Za-z][A-Za-z.'’]*)*")
_SENT_END = re.compile(r"[.!?][\"”’)]*\s+$")
_OPENERS = "\"“‘'([ \t\n\r"
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?\.?$")
# Abbreviations after which a full stop does not end the sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr prof gen col lt sgt capt gov sen rep rev inc co corp ltd no nos vs "
    "v etc al approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec pct ft "
    "mt hon messrs cf op".split()
)

INITIAL, MID, SEMI = 0, 1, 2  # sentence start, mid-sentence, unsure (after colon/quote/abbrev)

STATS_PATH = "data/casing/stats.tsv.gz"


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int  # end of the whole word
    key: str  # lower-cased word without possessive or trailing dots
    klen: int  # the key covers word[:klen]
    pos: int  # INITIAL | MID | SEMI


def key_of(word: str) -> tuple[str, int]:
    """The lookup key of a word and how many of its leading characters it covers."""
    n = len(word)
    low = word.lower()
    if low.endswith(("'s", "’s")):
        n -= 2
    while n > 1 and low[n - 1] in ".'’":
        n -= 1
    return low[:n], n


def _position(par: str, start: int, prev_word: str | None) -> int:
    before = par[:start]
    stripped = before.rstrip(_OPENERS)
    if not stripped:
        return INITIAL
    if _SENT_END.search(stripped + " "):
        if stripped[-1] == "." and prev_word is not None:
            pk = prev_word.lower().rstrip(".")
            if _DOTTED.match(prev_word) or pk in ABBREVIATIONS or len(pk) == 1:
                return SEMI
        if stripped[-1] in "\"”’)":
            return SEMI  # '"Why?" he asked' goes on lower case
        return INITIAL
    if stripped[-1] in ":;" or len(stripped) < len(before.rstrip()):
        return SEMI  # after a colon or an opening quote either case is usual
    return MID


def tokenize(par: str) -> list[Token]:
    out: list[Token] = []
    prev: str | None = None
    for m in WORD.finditer(par):
        w = m.group(0)
        key, klen = key_of(w)
        out.append(Token(m.start(), m.end(), key, klen, _position(par, m.start(), prev)))
        prev = w
    return out


def is_capital(form: str) -> bool:
    return form[:1].isupper()


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass
class CaseStats:
    """Counts per key: lower-case uses, capitalised uses, commonest capitalised form."""

    unigrams: dict[str, tuple[int, int, str]] = field(default_factory=dict)
    left: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)
    right: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)
    meta: dict[str, object] = field(default_factory=dict)

    def cap_share(self, key: str) -> tuple[float, int]:
        """(share of capitalised uses, total uses) at mid-sentence positions."""
        got = self.unigrams.get(key)
        if got is None:
            return 0.0, 0
        lo, cap, _ = got
        return cap / (lo + cap), lo + cap

    def form(self, key: str) -> str | None:
        got = self.unigrams.get(key)
        return got[2] if got and got[1] else None

    def write(self, path: str | Path) -> None:
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as f:
            f.write("#\t" + json.dumps(self.meta, sort_keys=True) + "\n")
            for k in sorted(self.unigrams):
                lo, cap, form = self.unigrams[k]
                f.write(f"U\t{k}\t{lo}\t{cap}\t{form if form != k.capitalize() else ''}\n")
            for tag, table in (("L", self.left), ("R", self.right)):
                for (a, b), (lo, cap) in sorted(table.items()):
                    f.write(f"{tag}\t{a}\t{b}\t{lo}\t{cap}\n")

    @classmethod
    def read(cls, path: str | Path) -> CaseStats:
        st = cls()
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                p = line.rstrip("\n").split("\t")
                if p[0] == "U":
                    st.unigrams[p[1]] = (int(p[2]), int(p[3]), p[4] or p[1].capitalize())
                elif p[0] == "L":
                    st.left[(p[1], p[2])] = (int(p[3]), int(p[4]))
                elif p[0] == "R":
                    st.right[(p[1], p[2])] = (int(p[3]), int(p[4]))
                elif p[0] == "#":
                    st.meta = json.loads(p[1])
        return st


@lru_cache(maxsize=4)
def load_stats(path: str | None = None) -> CaseStats:
    """The shipped table (or another one), read once per process."""
    if path:
        return CaseStats.read(path)
    with resources.as_file(resources.files("communique").joinpath(STATS_PATH)) as p:
        if not p.exists():
            return CaseStats()
        return CaseStats.read(p)


# --- building the table ------------------------------------------------------------------


def _mostly_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def paragraphs_of(text: str) -> Iterator[str]:
    """Paragraphs (blank-line separated, lines joined) without all-capitals lines."""
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in block.splitlines()]
        lines = [ln for ln in lines if ln and not _mostly_capitals(ln)]
        if lines:
            yield " ".join(lines)


def _parts(word: str, key: str, pos: int) -> Iterator[tuple[str, str, int]]:
    """A hyphenated word also counts part by part (its inner parts are mid-word)."""
    yield key, word[: len(key)], pos
    if "-" in key:
        for i, part in enumerate(word.split("-")):
            k, n = key_of(part)
            if k:
                yield k, part[:n], pos if i == 0 else MID


def build_stats(
    texts: Iterable[str],
    *,
    min_count: int = 2,
    min_context: int = 2,
    meta: dict[str, object] | None = None,
) -> CaseStats:
    """Count casing forms in well-cased texts (two passes over the texts' tokens)."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    docs: list[list[tuple[str, bool | None]]] = []  # per paragraph: (key, capital at MID)
    for text in texts:
        for par in paragraphs_of(text):
            seq: list[tuple[str, bool | None]] = []
            for tok in tokenize(par):
                word = par[tok.start : tok.end]
                for k, f, pos in _parts(word, tok.key, tok.pos):
                    if pos == MID or (pos == INITIAL and f != f.capitalize() and is_capital(f)):
                        forms[k][f] += 1
                seq.append((tok.key, is_capital(word) if tok.pos == MID else None))
            docs.append(seq)
    st = CaseStats(meta=dict(meta or {}))
    for k, c in forms.items():
        cap = {f: n for f, n in c.items() if is_capital(f)}
        lo = sum(c.values()) - sum(cap.values())
        if lo + sum(cap.values()) < min_count and not cap:
            continue
        best = max(cap.items(), key=lambda x: (x[1], x[0]))[0] if cap else k
        st.unigrams[k] = (lo, sum(cap.values()), best)
    ambiguous = set()
    for k, (lo, cap, _) in st.unigrams.items():
        if lo + cap >= 4 and 0.02 <= cap / (lo + cap) <= 0.98:
            ambiguous.add(k)
    left: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    right: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for seq in docs:
        for i, (k, cap_) in enumerate(seq):
            if cap_ is None or k not in ambiguous:
                continue
            if i:
                left[(seq[i - 1][0], k)][int(cap_)] += 1
            if i + 1 < len(seq):
                right[(k, seq[i + 1][0])][int(cap_)] += 1
    for src, dst in ((left, st.left), (right, st.right)):
        for pair, (lo, cap) in src.items():
            if lo + cap >= min_context:
                dst[pair] = (lo, cap)
    st.meta["words"] = sum(len(s) for s in docs)
    return st


def _split_of(article_id: str) -> int:
    """Stable 0..2 bucket of an id: buckets 1-2 feed the statistics, bucket 0 is held out."""
    import hashlib

    return hashlib.blake2b(article_id.encode(), digest_size=2).digest()[0] % 3


def well_cased_sources(
    reuters: str | Path, bbc: str | Path, exclude: str | Path
) -> tuple[list[str], list[dict[str, str]]]:
    """Texts for the statistics, and the held-out BBC articles kept apart for checking.

    BBC articles in the casing gold set (by id or by identical text) are excluded from both.
    """
    with gzip.open(exclude, "rt", encoding="utf-8") as f:
        ev = [json.loads(line) for line in f]
    ex_ids = {str(r["id"]) for r in ev}
    ex_texts = {r["clean"] for r in ev}
    texts: list[str] = []
    with gzip.open(reuters, "rt", encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line)["text"])
    held: list[dict[str, str]] = []
    used: set[str] = set()
    with gzip.open(bbc, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    for r in rows:
        if str(r["id"]) in ex_ids or r["text"] in ex_texts:
            continue
        if _split_of(str(r["id"])) != 0:
            texts.append(r["text"])
            used.add(r["text"])
    for r in rows:
        if str(r["id"]) in ex_ids or r["text"] in ex_texts or r["text"] in used:
            continue
        if _split_of(str(r["id"])) == 0:
            held.append({"id": str(r["id"]), "text": r["text"]})
            used.add(r["text"])
    return texts, held


def build_shipped_stats(
    shared: str | Path, out: str | Path | None = None
) -> tuple[CaseStats, Path]:
    """Rebuild the shipped table from ../shared's corpora (Reuters + non-gold BBC)."""
    shared = Path(shared)
    texts, held = well_cased_sources(
        shared / "corpus" / "reuters21578.jsonl.gz",
        shared / "corpus" / "bbc.jsonl.gz",
        shared / "eval" / "casing" / "bbc-damaged.jsonl.gz",
    )
    meta = {
        "sources": "reuters21578 + BBC corpus minus casing gold minus held-out third",
        "texts": len(texts),
        "held_out": len(held),
    }
    st = build_stats(texts, meta=meta)
    if out is None:
        out = Path(str(resources.files("communique").joinpath(STATS_PATH)))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    st.write(out)
    load_stats.cache_clear()
    return st, out
