"""Drop-in replacements for spaCy's attribute ruler and rule lemmatizer, same output, less CPU.

In the small English pipeline the attribute ruler runs a Matcher with ~180 patterns over
every token (about 12% of the whole parse) and the lemmatizer builds a Token object per
token; both results are functions of a few per-token integer attributes. The versions here
read those attributes with `Doc.to_array`, memoise the answer per distinct attribute tuple,
and write the result back with `Doc.from_array`.

Equivalence: the ruler applies, for every token, the attributes of every pattern that
targets it in pattern order (later patterns win), exactly as `AttributeRuler.match` +
`set_annotations` do; the lemmatizer memoises on spaCy's own cache key (ORTH, POS, MORPH)
and asks the original component on a miss. Patterns or components that use anything
outside the supported subset are left in place (`fast_ruler`/`fast_lemmatizer` return
None), and `tests/nlp/test_fastpipes.py` compares every annotation with stock spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np

# Token attributes a pattern may test: string-valued (compared as hashes) and boolean flags.
_STRING_ATTRS = ("ORTH", "LOWER", "NORM", "TAG", "DEP")
_FLAG_ATTRS = ("IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_TITLE", "IS_UPPER", "IS_LOWER")
# Attributes a pattern may set (token-level struct fields that from_array writes the same way).
_SETTABLE = ("POS", "TAG", "MORPH", "LEMMA", "DEP")

Key = tuple[int, ...]
Spec = Callable[[Key], bool]


class _Unsupported(Exception):
    pass


def _equal(col: int, v: int) -> Spec:
    return lambda k: k[col] == v


def _member(col: int, vals: frozenset[int], inside: bool) -> Spec:
    return lambda k: (k[col] in vals) == inside


def _regex(col: int, rx: re.Pattern[str], strings: Any) -> Spec:
    return lambda k: bool(rx.search(strings[k[col]]))


def _spec(
    token: dict[str, Any], cols: dict[str, int], strings: Any
) -> tuple[Spec, tuple[int, int] | None]:
    """A predicate over the attribute tuple of one token, for one Matcher token spec, and
    one (column, value) the spec requires exactly, if any (to index patterns by it)."""
    tests: list[Callable[[Key], bool]] = []
    gate: tuple[int, int] | None = None
    for name, want in token.items():
        name = name.upper()
        if name not in cols:
            raise _Unsupported(name)
        col = cols[name]
        flag = name in _FLAG_ATTRS
        if isinstance(want, dict):
            if len(want) != 1:
                raise _Unsupported(str(want))
            ((op, arg),) = want.items()
            if op == "REGEX" and not flag:
                rx = re.compile(str(arg))
                tests.append(_regex(col, rx, strings))
            elif op in ("IN", "NOT_IN") and not flag and isinstance(arg, list):
                vals = frozenset(strings.add(str(v)) for v in arg)
                tests.append(_member(col, vals, op == "IN"))
            else:
                raise _Unsupported(op)
        elif flag and isinstance(want, bool) or not flag and isinstance(want, str):
            v = int(want) if flag else strings.add(want)
            tests.append(_equal(col, v))
            if gate is None or name == "LOWER":  # the most selective test
                gate = (col, v)
        else:
            raise _Unsupported(f"{name}={want!r}")
    if len(tests) == 1:
        return tests[0], gate
    return (lambda k: all(t(k) for t in tests)), gate


def _array(doc: Any, attrs: list[int]) -> Any:
    """`Doc.to_array` as a 2-D array even for one attribute."""
    return doc.to_array(attrs).reshape(len(doc), len(attrs))


class FastAttributeRuler:
    """The patterns of an `AttributeRuler`, evaluated per distinct token attribute tuple."""

    def __init__(self, ruler: Any) -> None:
        from spacy import attrs as A

        self.ruler = ruler
        vocab = ruler.vocab
        strings = vocab.strings
        used: list[str] = []
        for p in ruler.patterns:
            for pat in p["patterns"]:
                if not isinstance(pat, list):
                    raise _Unsupported("non-token pattern")
                for tok in pat:
                    for name in tok:
                        if name.upper() not in used:
                            used.append(name.upper())
        for name in used:
            if name not in _STRING_ATTRS + _FLAG_ATTRS:
                raise _Unsupported(name)
        self.read = [getattr(A, n) for n in used]
        cols = {n: i for i, n in enumerate(used)}
        # (attr id, specs, index) in pattern order; the attr id orders application.
        self.patterns: list[tuple[int, list[Spec], int]] = []
        # Patterns by an exact value their first token needs: a token is tested only
        # against the patterns it could match.
        self.gated: dict[tuple[int, int], list[int]] = {}
        self.open: list[int] = []
        for aid, p in enumerate(ruler.patterns):
            for pat in p["patterns"]:
                if not pat:
                    raise _Unsupported("empty pattern")
                index = int(p["index"])
                index = index + len(pat) if index < 0 else index
                if not 0 <= index < len(pat):
                    raise _Unsupported("index")
                specs = [_spec(t, cols, strings) for t in pat]
                n = len(self.patterns)
                self.patterns.append((aid, [f for f, _ in specs], index))
                gate = specs[0][1]
                if gate is None:
                    self.open.append(n)
                else:
                    self.gated.setdefault(gate, []).append(n)
        self.gate_cols = sorted({c for c, _ in self.gated})
        names = {v: k for k, v in A.IDS.items()}
        set_names: list[str] = []
        for attrs in ruler.attrs:
            for attr_id in attrs:
                name = names.get(attr_id, str(attr_id))
                if name not in _SETTABLE:
                    raise _Unsupported(name)
                if name not in set_names:
                    set_names.append(name)
        self.write = [getattr(A, n) for n in set_names]
        wcol = {getattr(A, n): i for i, n in enumerate(set_names)}
        self.values: list[list[tuple[int, int]]] = [
            [(wcol[a], int(v)) for a, v in attrs.items()] for attrs in ruler.attrs
        ]
        # attribute tuple -> (ids of one-token patterns that match, ids of longer patterns
        # whose first token matches)
        self._first: dict[Key, tuple[tuple[int, ...], tuple[int, ...]]] = {}
        self._merged: dict[tuple[int, ...], list[tuple[int, int]]] = {}
        # (pattern number, position in pattern, attribute tuple) -> match
        self._at: dict[tuple[int, int, Key], bool] = {}

    def _classify(self, key: Key) -> tuple[tuple[int, ...], tuple[int, ...]]:
        one: list[int] = []
        longer: list[int] = []
        cands = list(self.open)
        for c in self.gate_cols:
            cands.extend(self.gated.get((c, key[c]), ()))
        for n in sorted(set(cands)):
            aid, specs, _ = self.patterns[n]
            if specs[0](key):
                if len(specs) == 1:
                    one.append(aid)
                else:
                    longer.append(n)
        got = (tuple(sorted(set(one))), tuple(longer))
        self._first[key] = got
        return got

    def _merge(self, aids: tuple[int, ...]) -> list[tuple[int, int]]:
        out: dict[int, int] = {}
        for aid in aids:  # ascending: a later pattern overrides an earlier one
            for col, v in self.values[aid]:
                out[col] = v
        merged = self._merged[aids] = sorted(out.items())
        return merged

    def _spec_at(self, n: int, pos: int, key: Key) -> bool:
        k = (n, pos, key)
        got = self._at.get(k)
        if got is None:
            got = self._at[k] = self.patterns[n][1][pos](key)
        return got

    def __call__(self, doc: Any) -> Any:
        n_tok = len(doc)
        if n_tok == 0:
            return doc
        keys: list[Key] = [tuple(r) for r in _array(doc, self.read).tolist()]
        first = self._first
        targets: list[tuple[int, ...]] = []
        extra: dict[int, list[int]] = {}
        for i, key in enumerate(keys):
            hit = first.get(key) or self._classify(key)
            targets.append(hit[0])
            for n in hit[1]:
                aid, specs, index = self.patterns[n]
                if i + len(specs) > n_tok:
                    continue
                if all(self._spec_at(n, j, keys[i + j]) for j in range(1, len(specs))):
                    extra.setdefault(i + index, []).append(aid)
        arr = _array(doc, self.write)
        merged = self._merged
        for i, aids in enumerate(targets):
            if i in extra:
                aids = tuple(sorted(set(aids).union(extra[i])))
            if not aids:
                continue
            vals = merged.get(aids) or self._merge(aids)
            row = arr[i]
            for col, v in vals:
                row[col] = v
        doc.from_array(self.write, arr)
        return doc


class FastLemmatizer:
    """A rule-mode spaCy Lemmatizer, memoised on (ORTH, POS, MORPH) for whole Docs."""

    def __init__(self, lemmatizer: Any) -> None:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        self.lem = lemmatizer
        # spaCy tests `form in index` on lists of up to 57k words per POS: the same test on
        # a frozenset costs nothing (and gives the same answer).
        index = lemmatizer.lookups.get_table("lemma_index", None)
        if index is not None:
            for k in list(index.keys()):
                if isinstance(index[k], list):
                    index[k] = frozenset(index[k])
        self.read = [ORTH, POS, MORPH, LEMMA]
        self.write = [LEMMA]
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Any) -> Any:
        if len(doc) == 0:
            return doc
        lem = self.lem
        if not lem._validated:
            lem._validate_tables()
        rows = doc.to_array(self.read).tolist()
        out = np.empty(len(rows), dtype=np.uint64)
        cache = self.cache
        overwrite = lem.overwrite
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:
                out[i] = lemma
                continue
            key = (orth, pos, morph)
            h = cache.get(key)
            if h is None:
                h = cache[key] = strings.add(lem.lemmatize(doc[i])[0])
            out[i] = h
        doc.from_array(self.write, out.reshape(-1, 1))
        return doc


def fast_ruler(ruler: Any) -> FastAttributeRuler | None:
    """A FastAttributeRuler for `ruler`, or None when its patterns need the real Matcher."""
    try:
        return FastAttributeRuler(ruler)
    except _Unsupported:
        return None


def fast_lemmatizer(lemmatizer: Any) -> FastLemmatizer | None:
    """A FastLemmatizer for a rule-mode spaCy Lemmatizer whose lemma is a function of the
    token's text, POS and morphology (spaCy's own cache key), else None."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer
    from spacy.pipeline import Lemmatizer

    cls = type(lemmatizer)
    if not isinstance(lemmatizer, Lemmatizer) or getattr(lemmatizer, "mode", None) != "rule":
        return None
    if cls.rule_lemmatize is not Lemmatizer.rule_lemmatize:
        return None
    if cls.is_base_form not in (Lemmatizer.is_base_form, EnglishLemmatizer.is_base_form):
        return None
    if cls.__call__ is not Lemmatizer.__call__:
        return None
    return FastLemmatizer(lemmatizer)


FAST_PIPE = "communique_fast_pipe"


def _make_fast(nlp: Any, name: str, original: str) -> Any:
    comp = nlp.get_pipe(original)
    fast = fast_ruler(comp) if original == "attribute_ruler" else fast_lemmatizer(comp)
    if fast is None:
        raise ValueError(f"no fast version of {original!r}")
    return fast


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(FAST_PIPE):
        Language.factory(FAST_PIPE, default_config={"original": ""}, func=_make_fast)


_register()


def use_fast_pipes(nlp: Any) -> list[str]:
    """Put the fast version beside the attribute ruler and lemmatizer of `nlp` and disable
    the original (kept: the fast one reads its tables). Returns the names replaced."""
    done = []
    for name, check in (("attribute_ruler", fast_ruler), ("lemmatizer", fast_lemmatizer)):
        if name not in nlp.pipe_names or check(nlp.get_pipe(name)) is None:
            continue
        nlp.add_pipe(FAST_PIPE, name=f"fast_{name}", after=name, config={"original": name})
        nlp.disable_pipe(name)
        done.append(name)
    return done
