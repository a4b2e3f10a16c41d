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
import marshal
import re
import sys
import zlib
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

# A word as the print re-casing sees it: letters with inner dots, apostrophes and hyphens.
WORD = re.compile(r"[A-Za-z][A-Za-z.'’]*(?:-[A-Za-z][A-Za-z.'’]*)*")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?\.?$")
# Abbreviations after which a full stop does not end the sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr prof gen col lt sgt capt gov sen rep rev inc co corp ltd no nos vs "
    "v etc al approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec pct ft "
    "mt hon messrs cf op".split()
)

# sentence start, mid-sentence, unsure (after colon, quote, abbreviation), glued to a token
INITIAL, MID, SEMI, GLUED = 0, 1, 2, 3

# Compact columns (marshal + zlib) load in a fraction of the time the TSV takes; a path
# ending in .tsv.gz reads and writes the readable TSV instead.
STATS_PATH = "data/casing/stats.bin"
_FORMAT = 1


class Token(NamedTuple):
    start: int
    end: int  # end of the whole word
    key: str  # lower-cased word without possessive or trailing dots
    klen: int  # the key covers word[:klen]
    pos: int  # INITIAL | MID | SEMI | GLUED
    spaced: bool = False  # only white space since the previous word


def key_of(word: str) -> tuple[str, int]:
    """The lookup key of a word and how many of its leading characters it covers."""
    low = word.lower()
    if low.isalpha():
        return low, len(low)
    n = len(word)
    if low.endswith(("'s", "’s")):
        n -= 2
    while n > 1 and low[n - 1] in ".'’":
        n -= 1
    return low[:n], n


_OPEN = frozenset("\"“‘'([")
_CLOSE = "\"”’)'"
_GLUE = frozenset(".'’&;/_@#")


def _position(par: str, start: int, prev_word: str | None) -> int:
    if start > 1 and par[start - 1] == " " and par[start - 2].isalnum():
        return MID  # the common case, decided fast
    k = start
    while k > 0 and par[k - 1] in _OPEN:
        k -= 1
    opened = k < start
    bracket = opened and par[k] in "(["
    ws = k
    while k > 0 and par[k - 1].isspace():
        k -= 1
    if k == 0:
        return SEMI if bracket else INITIAL  # "(for example": an aside, not a sentence
    if bracket:
        return SEMI
    if ws == k:  # no space before: part of a longer token ("U2's", ".com", "MP3")
        c = par[k - 1]
        if c.isalnum() or (c in _GLUE and k > 1 and par[k - 2].isalnum()) or c in _GLUE:
            return GLUED
    j = k
    while j > 0 and par[j - 1] in _CLOSE:
        j -= 1
    if j > 1 and par[j - 1] in ".)" and par[j - 2].isdigit():
        d = j - 2
        while d > 0 and par[d - 1].isdigit():
            d -= 1
        if d == 0 or par[d - 1] == "\n":
            return SEMI  # "1. poll tasks": a numbered list item
    if j > 0 and par[j - 1] in ".!?…":
        if j < k and (par[j - 1] != "." or ")" in par[j:k]):
            return SEMI  # '"Why?" he asked', "(D-Va.) said" go on lower case
        if j > 1 and par[j - 2] in ".…" or par[j - 1] == "…":
            return SEMI  # an ellipsis may go on mid-sentence
        if par[j - 1] == "." and prev_word is not None:
            pk = prev_word.lower().rstrip(".")
            if (
                _DOTTED.match(prev_word)
                or pk in ABBREVIATIONS
                or (len(pk) == 1 and prev_word[0].isupper())
            ):
                return SEMI  # "U.S. officials", "Mr. Smith", "George W. Bush"
        return INITIAL
    if opened and par[k - 1] == ":":
        return INITIAL  # 'said: "We' opens a quoted sentence
    if opened or par[k - 1] in ":;":
        return SEMI  # after a colon or an opening quote either case is usual
    return MID


def tokenize(par: str, offset: int = 0, words: list[str] | None = None) -> list[Token]:
    """The words of a paragraph with their position class; offsets shifted by `offset`.

    `words`, when given, receives each word's text (the caller needs them too).
    """
    # The hot loop of case repair: the common cases are decided inline, without calls.
    out: list[Token] = []
    append = out.append
    add_word = words.append if words is not None else None
    new = tuple.__new__
    prev: str | None = None
    prev_end = -1
    for m in WORD.finditer(par):
        s, e = m.span()
        w = par[s:e]
        if prev_end < 0:
            sp = False
        elif s - prev_end == 1:
            sp = par[prev_end].isspace()
        else:
            sp = par[prev_end:s].isspace()
        low = w.lower()
        if low.isalpha():
            key, klen = low, e - s
        else:
            key, klen = key_of(w)
        if s > 1 and par[s - 1] == " " and par[s - 2].isalnum():
            pos = MID
        else:
            pos = _position(par, s, prev)
        append(new(Token, (s + offset, e + offset, key, klen, pos, sp)))
        if add_word is not None:
            add_word(w)
        prev = w
        prev_end = e
    return out


def spaced(par: str, a: Token, b: Token) -> bool:
    """Only a space between two words (context counts need an unbroken phrase)."""
    return b.pos == MID and par[a.end : b.start].isspace()


def is_capital(form: str) -> bool:
    return form[:1].isupper()


def is_acronym(word: str) -> bool:
    """Two or more letters, all capitals ("AI", "U.S.")."""
    return word.isupper() and sum(c.isalpha() for c in word) >= 2


# Reuters 1987 wires capitalise many common words in company names ("Fabrics", "Transformers"):
# its counts weigh less than those of the general-news BBC text.
DEFAULT_WEIGHTS = {"bbc": 1.0, "reuters": 0.3, "polnear": 1.0}


@dataclass
class CaseStats:
    """Counts per key and source: lower-case uses, capitalised uses; commonest capital form.

    `unigrams` holds the weighted view the repair reads: key -> (lower, capital, form).
    """

    sources: list[str] = field(default_factory=list)
    counts: dict[str, tuple[int, ...]] = field(default_factory=dict)  # (lo, cap) per source
    forms: dict[str, str] = field(default_factory=dict)
    left: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)
    right: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)
    # rare words by their last three letters: (lower-case types, capitalised types)
    suffixes: dict[str, tuple[int, int]] = field(default_factory=dict)
    meta: dict[str, object] = field(default_factory=dict)
    unigrams: dict[str, tuple[float, float, str]] = field(default_factory=dict)
    acronyms: frozenset[str] = frozenset()  # keys whose capital form is all capitals
    lowerish: frozenset[str] = frozenset()  # common words all but never capitalised
    steady: frozenset[str] = frozenset()  # common names all but always capitalised
    # derived values the repair computes once per process (per parameters)
    cache: dict[object, dict[str, float]] = field(default_factory=dict, repr=False, compare=False)

    def weigh(self, weights: dict[str, float] | None = None) -> None:
        # column-wise over all keys at once: this runs at every process start
        w = [(weights or DEFAULT_WEIGHTS).get(s, 1.0) for s in self.sources]
        keys = list(self.counts)
        cols = list(zip(*self.counts.values(), strict=True)) if keys else []
        lo = [0.0] * len(keys)
        cap = [0.0] * len(keys)
        for i, wi in enumerate(w):
            lo = [a + b * wi for a, b in zip(lo, cols[2 * i], strict=True)]
            cap = [a + b * wi for a, b in zip(cap, cols[2 * i + 1], strict=True)]
        forms = self.forms
        self.unigrams = {
            k: (a, b, forms.get(k) or k.capitalize())
            for k, a, b in zip(keys, lo, cap, strict=True)
            if a + b > 0
        }
        self.cache.clear()
        self.acronyms = frozenset(
            k for k, f in forms.items()
            if f.isupper() and is_acronym(f) and k in self.unigrams and self.unigrams[k][1]
        )
        self.lowerish = frozenset(
            k for k, a, b in zip(keys, lo, cap, strict=True) if a + b >= 50 and b < 0.02 * (a + b)
        )
        # context cannot change these: the run need not count their neighbours
        self.steady = frozenset(
            k for k, a, b in zip(keys, lo, cap, strict=True) if a + b >= 50 and a < 0.01 * (a + b)
        )

    def cap_share(self, key: str) -> tuple[float, float]:
        """(share of capitalised uses, weighted total uses) at mid-sentence positions."""
        got = self.unigrams.get(key)
        if got is None:
            return 0.0, 0.0
        lo, cap, _ = got
        return cap / (lo + cap), lo + cap

    def prior(self, key: str, base: float) -> float:
        """Capital share expected of a rare or unknown word, from its ending."""
        got = self.suffixes.get(key[-3:]) if len(key) >= 5 else None
        if got is None:
            return base
        return (got[1] + 2.0 * base) / (got[0] + got[1] + 2.0)

    def form(self, key: str) -> str | None:
        got = self.unigrams.get(key)
        return got[2] if got and got[1] else None

    def write(self, path: str | Path) -> None:
        meta = dict(self.meta, sources_order=self.sources)
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as f:
            f.write("#\t" + json.dumps(meta, sort_keys=True) + "\n")
            for k in sorted(self.counts):
                form = self.forms.get(k, "")
                if form == k.capitalize():
                    form = ""
                nums = "\t".join(str(n) for n in self.counts[k])
                f.write(f"U\t{k}\t{form}\t{nums}\n")
            for tag, table in (("L", self.left), ("R", self.right)):
                for (a, b), (lo, cap) in sorted(table.items()):
                    f.write(f"{tag}\t{a}\t{b}\t{lo}\t{cap}\n")
            for suf, (lo, cap) in sorted(self.suffixes.items()):
                f.write(f"S\t{suf}\t{lo}\t{cap}\n")

    def write_compact(self, path: str | Path) -> None:
        """Columns of counts over one sorted vocabulary, marshalled and compressed."""
        words = {w for t in (self.left, self.right) for p in t for w in p}
        vocab = sorted(set(self.counts) | words)
        index = {k: i for i, k in enumerate(vocab)}
        width = 2 * len(self.sources)
        cols = [array("I", [0]) * len(vocab) for _ in range(width)]
        for k, c in self.counts.items():
            i = index[k]
            for j in range(width):
                cols[j][i] = c[j]
        odd = {index[k]: f for k, f in self.forms.items() if f != k.capitalize()}
        tables = []
        for table in (self.left, self.right):
            items = sorted(table.items())
            tables.append(
                [
                    array("I", [index[a] for (a, _), _ in items]).tobytes(),
                    array("I", [index[b] for (_, b), _ in items]).tobytes(),
                    array("I", [c[0] for _, c in items]).tobytes(),
                    array("I", [c[1] for _, c in items]).tobytes(),
                ]
            )
        blob = {
            "format": _FORMAT,
            "byteorder": sys.byteorder,
            "meta": json.dumps(dict(self.meta, sources_order=self.sources), sort_keys=True),
            "vocab": "\n".join(vocab),
            "counts": [c.tobytes() for c in cols],
            "forms": odd,
            "left": tables[0],
            "right": tables[1],
            "suffixes": {k: list(v) for k, v in sorted(self.suffixes.items())},
        }
        Path(path).write_bytes(zlib.compress(marshal.dumps(blob), 9))

    @classmethod
    def read_compact(cls, path: str | Path, weights: dict[str, float] | None = None) -> CaseStats:
        blob = marshal.loads(zlib.decompress(Path(path).read_bytes()))
        if blob.get("format") != _FORMAT:
            raise ValueError(f"{path}: unknown casing statistics format")

        def ints(b: bytes) -> array[int]:
            a = array("I")
            a.frombytes(b)
            if blob["byteorder"] != sys.byteorder:
                a.byteswap()
            return a

        st = cls()
        st.meta = json.loads(blob["meta"])
        st.sources = list(st.meta.get("sources_order", []))  # type: ignore[call-overload]
        vocab = blob["vocab"].split("\n")
        cols = [ints(b) for b in blob["counts"]]
        st.counts = {k: c for k, c in zip(vocab, zip(*cols, strict=True), strict=True) if any(c)}
        st.forms = {vocab[i]: f for i, f in blob["forms"].items()}
        for name in ("left", "right"):
            a, b, lo, cap = (ints(x) for x in blob[name])
            keys = zip(map(vocab.__getitem__, a), map(vocab.__getitem__, b), strict=True)
            setattr(st, name, dict(zip(keys, zip(lo, cap, strict=True), strict=True)))
        st.suffixes = {k: (v[0], v[1]) for k, v in blob["suffixes"].items()}
        st.weigh(weights)
        return st

    @classmethod
    def load(cls, path: str | Path, weights: dict[str, float] | None = None) -> CaseStats:
        """Either format, by the file's name."""
        if str(path).endswith(".tsv.gz"):
            return cls.read(path, weights)
        return cls.read_compact(path, weights)

    def save(self, path: str | Path) -> None:
        if str(path).endswith(".tsv.gz"):
            self.write(path)
        else:
            self.write_compact(path)

    @classmethod
    def read(cls, path: str | Path, weights: dict[str, float] | None = None) -> CaseStats:
        st = cls()
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                p = line.rstrip("\n").split("\t")
                if p[0] == "U":
                    st.counts[p[1]] = tuple(int(x) for x in p[3:])
                    if p[2]:
                        st.forms[p[1]] = p[2]
                    else:
                        st.forms[p[1]] = p[1].capitalize()
                elif p[0] == "L":
                    st.left[(p[1], p[2])] = (int(p[3]), int(p[4]))
                elif p[0] == "R":
                    st.right[(p[1], p[2])] = (int(p[3]), int(p[4]))
                elif p[0] == "S":
                    st.suffixes[p[1]] = (int(p[2]), int(p[3]))
                elif p[0] == "#":
                    st.meta = json.loads(p[1])
        st.sources = list(st.meta.get("sources_order", []))  # type: ignore[call-overload]
        st.weigh(weights)
        return st


@lru_cache(maxsize=4)
def load_stats(path: str | None = None) -> CaseStats:
    """The shipped table (or another one), read once per process."""
    if path:
        return CaseStats.load(path)
    with resources.as_file(resources.files("communique").joinpath(STATS_PATH)) as p:
        if not p.exists():
            return CaseStats()
        return CaseStats.load(p)


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
    sources: Mapping[str, Iterable[str]],
    *,
    min_count: int = 1,
    min_context: int = 2,
    meta: dict[str, object] | None = None,
) -> CaseStats:
    """Count casing forms in well-cased texts, per source (two passes over the tokens)."""
    names = list(sources)
    forms: dict[str, list[Counter[str]]] = defaultdict(lambda: [Counter() for _ in names])
    # per paragraph: (key, capital at MID or None, spaced from the previous word at MID)
    docs: list[list[tuple[str, bool | None, bool]]] = []
    nb = Counter[tuple[str, bool, bool]]()  # (side, word capital, neighbour capital)
    for si, name in enumerate(names):
        for text in sources[name]:
            for par in paragraphs_of(text):
                seq: list[tuple[str, bool | None, bool]] = []
                toks = tokenize(par)
                for i, tok in enumerate(toks):
                    word = par[tok.start : tok.end]
                    for k, f, pos in _parts(word, tok.key, tok.pos):
                        if pos == MID or (
                            pos == INITIAL and f != f.capitalize() and is_capital(f)
                        ):
                            forms[k][si][f] += 1
                    cap = is_capital(word) if tok.pos == MID else None
                    sp = i > 0 and spaced(par, toks[i - 1], tok)
                    seq.append((tok.key, cap, sp))
                    if cap is not None and sp and toks[i - 1].pos == MID:
                        left_cap = is_capital(par[toks[i - 1].start : toks[i - 1].end])
                        nb[("L", cap, left_cap)] += 1
                        nb[("R", left_cap, cap)] += 1
                docs.append(seq)
    st = CaseStats(sources=names, meta=dict(meta or {}))
    hapax = [0, 0]
    wts = [DEFAULT_WEIGHTS.get(n, 1.0) for n in names]
    for k, per in forms.items():
        nums: list[int] = []
        best: dict[str, float] = defaultdict(float)
        for c, w in zip(per, wts, strict=True):
            n_cap = sum(n for f, n in c.items() if is_capital(f))
            nums += [sum(c.values()) - n_cap, n_cap]
            for f, n in c.items():
                if is_capital(f):
                    best[f] += n * w
        total = sum(nums)
        if total == 1:
            hapax[bool(best)] += 1
        if total < min_count and not best:
            continue
        st.counts[k] = tuple(nums)
        st.forms[k] = max(best.items(), key=lambda x: (x[1], x[0]))[0] if best else k
    st.weigh()
    ambiguous = set()
    for k, nums_ in st.counts.items():
        n_lo, n_cap = sum(nums_[0::2]), sum(nums_[1::2])
        if n_lo + n_cap >= 4 and 0.02 <= n_cap / (n_lo + n_cap) <= 0.98:
            ambiguous.add(k)
    left: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    right: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for seq in docs:
        for i, (k, cap_, sp) in enumerate(seq):
            if cap_ and "." in k:
                # "U.S." in context also tells where the undotted "US" goes ("the us economy")
                k = k.replace(".", "")
            if cap_ is None or k not in ambiguous:
                continue
            if sp:
                left[(seq[i - 1][0], k)][int(cap_)] += 1
            if i + 1 < len(seq) and seq[i + 1][2]:
                right[(k, seq[i + 1][0])][int(cap_)] += 1
    for src, dst in ((left, st.left), (right, st.right)):
        for pair, (c0, c1) in src.items():
            if c0 + c1 >= min_context:
                dst[pair] = (c0, c1)
    st.meta["hapax_capital"] = round(hapax[1] / max(1, sum(hapax)), 4)
    # Unknown words: rare words' casing by ending ("-ing" lower case, "-ski" a name).
    sfx: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for k, nums_ in st.counts.items():
        if sum(nums_) <= 3 and len(k) >= 5 and k.isalpha():
            sfx[k[-3:]][int(sum(nums_[1::2]) > sum(nums_[0::2]))] += 1
    st.suffixes = {k: (v[0], v[1]) for k, v in sfx.items() if sum(v) >= 5}
    # How much a capitalised neighbour says: P(neighbour capital | word capital or not).
    for side in ("L", "R"):
        for cap in (True, False):
            tot = nb[(side, cap, True)] + nb[(side, cap, False)]
            st.meta[f"nb_{side}_{int(cap)}"] = round(nb[(side, cap, True)] / max(1, tot), 5)
    st.meta["words"] = sum(len(s) for s in docs)
    return st


def _split_of(article_id: str) -> int:
    """Stable 0..2 bucket of an id: buckets 1-2 feed the statistics, bucket 0 is held out."""
    import hashlib

    return hashlib.blake2b(article_id.encode(), digest_size=2).digest()[0] % 3


def _read_jsonl(path: str | Path) -> list[dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def well_cased_sources(shared: str | Path) -> tuple[dict[str, list[str]], list[dict[str, str]]]:
    """Texts for the statistics by source, and held-out BBC articles kept apart for checking.

    Sources: Reuters-21578; the BBC corpus minus the casing gold set (by id or identical
    text) minus a held-out third; PolNeAR train (2016 US political news; its dev split
    stays out, for a political held-out check).
    """
    shared = Path(shared)
    ev = _read_jsonl(shared / "eval" / "casing" / "bbc-damaged.jsonl.gz")
    ex_ids = {str(r["id"]) for r in ev}
    ex_texts = {r["clean"] for r in ev}
    reuters = [r["text"] for r in _read_jsonl(shared / "corpus" / "reuters21578.jsonl.gz")]
    rows = _read_jsonl(shared / "corpus" / "bbc.jsonl.gz")
    bbc: list[str] = []
    held: list[dict[str, str]] = []
    used: set[str] = set()
    for r in rows:
        if str(r["id"]) in ex_ids or r["text"] in ex_texts:
            continue
        if _split_of(str(r["id"])) != 0 and r["text"] not in used:
            bbc.append(r["text"])
            used.add(r["text"])
    for r in rows:
        if str(r["id"]) in ex_ids or r["text"] in ex_texts or r["text"] in used:
            continue
        if _split_of(str(r["id"])) == 0:
            held.append({"id": str(r["id"]), "text": r["text"]})
            used.add(r["text"])
    polnear: list[str] = []
    pn = shared / "eval" / "quotes" / "polnear-train.jsonl.gz"
    if pn.exists():
        polnear = sorted({r["text"] for r in _read_jsonl(pn)})
    return {"bbc": bbc, "reuters": reuters, "polnear": polnear}, held


def build_shipped_stats(
    shared: str | Path, out: str | Path | None = None
) -> tuple[CaseStats, Path]:
    """Rebuild the shipped table from ../shared's corpora (Reuters + non-gold BBC)."""
    shared = Path(shared)
    texts, held = well_cased_sources(shared)
    meta = {
        "sources": "reuters21578; BBC corpus minus casing gold minus a held-out third; "
        "PolNeAR train",
        "texts": {k: len(v) for k, v in texts.items()},
        "held_out": len(held),
    }
    st = build_stats(texts, meta=meta)
    if out is None:
        out = Path(str(resources.files("communique").joinpath(STATS_PATH)))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    st.save(out)
    load_stats.cache_clear()
    return st, out
