"""Repair of letter case damaged by print re-casing. Only ever adds capitals.

Print pipelines re-case whole paragraphs that were set in capitals: sentence starts, names
and acronyms come out lower case ("the u.s. attempts", "ai technologies. we call"), and
hyphenated names lose their inner capital anywhere ("China-russia"). Repair is evidence
weighed per paragraph:

1. How likely is this paragraph re-cased? Lower-case sentence starts and lower-case words
   that well-cased text nearly always capitalises say yes; every capital that survived says
   no (re-casing keeps only some). This is a naive-Bayes posterior per paragraph.
2. For each lower-case word: how often is it capitalised in well-cased text (the shipped
   statistics, with the neighbour word as context when that is telling), in this article
   (capitals are never invented by the damage, so a capital seen elsewhere is trustworthy),
   in this run, and in the country gazetteer? Combined with the paragraph posterior this
   gives the chance that the word lost a capital; only a likely loss is repaired.

3. Was the article re-cased at all? A re-casing source re-cases some of an article's
   paragraphs, so the paragraphs form a mixture; only firm evidence counts here (sentence
   starts, capitals, lower-case uses of words well-cased text nearly always capitalises),
   and many well-cased paragraphs outweigh a few odd lines (code, list items, units). Every
   paragraph estimate is scaled by this article posterior: a clean page gets no repairs.

The run's own evidence (CaseEvidence, learnt from each batch before it is cleaned) adds the
outlet's style ("prime minister" or "Prime Minister") and its share of re-cased articles.

Unsure words are left alone, and a capital that is there is never lowered.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from communique.clean.casing_stats import (
    ABBREVIATIONS,
    GLUED,
    INITIAL,
    MID,
    SEMI,
    CaseStats,
    Token,
    is_acronym,
    key_of,
    load_stats,
    tokenize,
)

Span = tuple[int, int]
Edit = tuple[int, int, str]
_UPPER = re.compile(r"[A-Z]")
_LOWER = re.compile(r"[a-z]")
_CODE = re.compile(r"[{}\[\]=;<>|\\]")
_NUMBER_WORD = re.compile(r"\d [A-Za-z]")
_PROMPTS = ("$ ", "# ", ">>> ", "% ", "> ")


@dataclass(frozen=True)
class CaseParams:
    """Knobs of the evidence model (defaults set on held-out BBC, not the gold set)."""

    prior: float = 0.35  # share of paragraphs a damaged source re-cases
    adapt_prior: bool = True  # let the run's own share of re-cased articles move theirs
    keep: float = 0.5  # chance a re-cased name keeps its capital
    keep_acronym: float = 0.2  # chance a re-cased acronym stays in capitals
    lower_start: float = 0.01  # chance a well-cased sentence starts lower case
    threshold: float = 0.5  # repair a word when P(lost a capital) exceeds this
    start_threshold: float = 0.5  # same for sentence starts
    compound_share: float = 0.9  # capital share a hyphen part needs outside re-cased text
    compound_min: float = 5.0  # and the uses it needs
    compound_article: float = 0.2  # hyphenated names are mended only in a likely damaged article
    context_weight: float = 3.0  # pseudo-counts of the unigram share behind a bigram
    article_weight: float = 3.0  # pseudo-counts of corpus evidence against the article's
    pair_weight: float = 2.0  # pseudo-counts a capitalised pair elsewhere in the article adds
    max_llr: float = 6.0  # one word cannot decide a paragraph alone beyond this
    min_damage: float = 0.05  # below this posterior a paragraph is left alone
    neighbour_power: float = 0.5  # damp the capitalised-neighbour likelihood ratio
    raised_trust: float = 0.5  # a capital just restored counts this much as a neighbour
    run_weight: float = 2.0  # weight of the run's own usage against the statistics' counts
    article_prior: float = 0.5  # chance an article comes from a re-casing source at all
    strong_min: float = 20.0  # uses a word needs for its lower case to count article-wide
    max_par_llr: float = 8.0  # one paragraph cannot make a whole article re-cased alone


@dataclass
class CaseEvidence:
    """Casing seen so far in a run (one outlet's style): counts like the statistics' own.

    Capitals count everywhere (the damage never invents one); lower-case uses count by the
    chance that their paragraph is intact. Context pairs are kept as in the statistics.
    """

    capital: Counter[str] = field(default_factory=Counter)
    lower: dict[str, float] = field(default_factory=dict)
    left: dict[tuple[str, str], list[float]] = field(default_factory=dict)
    right: dict[tuple[str, str], list[float]] = field(default_factory=dict)
    forms: dict[str, str] = field(default_factory=dict)
    compounds: dict[str, str] = field(default_factory=dict)  # hyphenated, inner capital kept
    max_pairs: int = 2_000_000  # bound memory on long runs
    # Parsed paragraphs of texts learnt but not yet repaired (the same work twice otherwise).
    parsed: dict[str, tuple[list[Span], list[_Par], float]] = field(default_factory=dict)
    damaged: float = 0.0  # expected number of articles from a re-casing source seen
    articles: int = 0

    def damage_rate(self, params: CaseParams) -> float:
        """Share of re-cased articles in this run so far (the default weighs 4 articles)."""
        if not params.adapt_prior:
            return params.article_prior
        rate = (self.damaged + 4 * params.article_prior) / (self.articles + 4)
        return min(max(rate, 0.02), 0.98)

    def learn(self, text: str, params: CaseParams | None = None) -> None:
        rep = _Repairer(load_stats(), self, params or CaseParams())
        text = text.strip()  # as cleaning leaves it, so that repair can reuse the parse
        spans = _blocks(text)
        pars = rep.paragraphs(text, spans)
        if len(self.parsed) >= 512:
            del self.parsed[next(iter(self.parsed))]
        self.parsed[text] = (spans, pars, rep.article_damage)
        if any(par.toks for par in pars):
            self.damaged += rep.article_damage
            self.articles += 1
        lowerish, steady = rep.st.lowerish, rep.st.steady
        capital, lower, forms = self.capital, self.lower, self.forms
        lt, rt = self.left, self.right
        room = len(lt) < self.max_pairs and len(rt) < self.max_pairs
        for par in pars:
            keep = 1.0 - par.damage
            toks, keys, words, left = par.toks, par.keys, par.words, par.left
            n = len(toks)
            for i, tok in enumerate(toks):
                key = keys[i]
                if tok.pos != MID or key in lowerish:
                    continue  # the run cannot make "the" a name: not worth counting
                c0 = words[i][0]
                if c0.isupper():
                    cap = 1
                    capital[key] += 1
                    form = words[i][: tok.klen]
                    # a dateline's "WASHINGTON" gives way to the "Washington" of running text
                    old = forms.get(key)
                    if old is None or (
                        old.isupper() and is_acronym(old) and not is_acronym(form)
                    ):
                        forms[key] = form
                    if "-" in key and _plain(par, i):
                        _note_compound(self.compounds, key, form)
                    w = 1.0
                elif c0.islower():
                    cap = 0
                    lower[key] = lower.get(key, 0.0) + keep
                    w = keep
                else:
                    continue
                if w < 0.05 or key in steady:
                    continue
                # context pairs, inline: this loop sees every word of the run
                if left[i]:
                    pair = (keys[i - 1], key)
                    got = lt.get(pair)
                    if got is None and room:
                        got = lt[pair] = [0.0, 0.0]
                    if got is not None:
                        got[cap] += w
                if i + 1 < n and left[i + 1]:
                    pair = (key, keys[i + 1])
                    got = rt.get(pair)
                    if got is None and room:
                        got = rt[pair] = [0.0, 0.0]
                    if got is not None:
                        got[cap] += w


def _blocks(text: str) -> list[Span]:
    """Paragraph spans as cleaning makes them: blank-line blocks, else lines."""
    sep = "\n\n" if "\n\n" in text else "\n"
    out, pos = [], 0
    for part in text.split(sep):
        if part.strip():
            out.append((pos, pos + len(part)))
        pos += len(part) + len(sep)
    return out


@lru_cache(maxsize=1)
def _gazetteer() -> frozenset[str]:
    """Lower-cased words of country names (pycountry), for words the statistics lack."""
    import pycountry

    words: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name:
                words.update(w.lower() for w in name.replace(",", " ").split() if w[:1].isupper())
    return frozenset(words)


def _apply_form(word: str, form: str) -> str:
    """Raise the letters the form has in capitals; never lower one."""
    out = list(word)
    for i, (a, b) in enumerate(zip(word, form, strict=False)):
        if a.islower() and b.isupper() and b.lower() == a:
            out[i] = b
    return "".join(out)


def _plain(par: _Par, i: int) -> bool:
    """A capitalised word among lower-case ones: its form is the name's, not Title Case's."""
    if par.titled:
        return False
    w, left = par.words, par.left
    if left[i] and w[i - 1][0].isupper():
        return False
    return not (i + 1 < len(w) and left[i + 1] and w[i + 1][0].isupper())


def _note_compound(table: dict[str, str], key: str, form: str) -> None:
    """Keep a hyphenated form whose inner part has a capital (damage never adds one)."""
    if len(table) < 200_000 and any(p[:1].isupper() for p in form.split("-")[1:]):
        table.setdefault(key, form)


def _logaddexp(a: float, b: float) -> float:
    hi, lo = (a, b) if a > b else (b, a)
    return hi + math.log1p(math.exp(lo - hi))


def _odds(p: float) -> float:
    return p / (1.0 - p)


@dataclass
class _Article:
    """Evidence the article itself gives: capitals and lower-case uses per key and pair."""

    capital: Counter[str] = field(default_factory=Counter)
    lower: dict[str, float] = field(default_factory=dict)
    forms: dict[str, str] = field(default_factory=dict)
    cap_pairs: set[tuple[str, str]] = field(default_factory=set)
    compounds: dict[str, str] = field(default_factory=dict)  # "winn-dixie" -> "Winn-Dixie"


@dataclass
class _Par:
    toks: list[Token]
    keys: list[str]
    words: list[str]
    left: list[bool]  # spaced from the previous word (a phrase continues)
    damage: float = 0.0
    strong: float = 0.0  # log-likelihood ratio from well-attested words only (article-wide)
    shouting: bool = False  # set in capitals (a headline, a label): says nothing of case
    titled: bool = False  # most words capitalised (a Title Case heading): forms not trusted
    units: frozenset[int] = frozenset()  # short words right after a number ("12 ms", "30 cm")


class _Repairer:
    def __init__(self, stats: CaseStats, evidence: CaseEvidence | None, params: CaseParams):
        self.st = stats
        self.uni = stats.unigrams
        self.ev = evidence
        self.p = params
        self.gaz = _gazetteer()
        # a re-casing source re-cases some of an article's paragraphs; some sources none
        self.prior = prior = params.prior
        self.log_prior = math.log(prior / (1 - prior))
        self.article_prior = (
            evidence.damage_rate(params) if evidence is not None else params.article_prior
        )
        self.article_damage = 0.0  # the last article's chance of being re-cased
        meta = stats.meta
        self.oov = float(meta.get("hapax_capital", 0.45))  # type: ignore[arg-type]
        l1, l0 = float(meta.get("nb_L_1", 0.4)), float(meta.get("nb_L_0", 0.07))  # type: ignore[arg-type]
        r1, r0 = float(meta.get("nb_R_1", 0.45)), float(meta.get("nb_R_0", 0.08))  # type: ignore[arg-type]
        self.lr_left = (l1 / l0) ** params.neighbour_power
        self.lr_right = (r1 / r0) ** params.neighbour_power
        # key -> log-likelihood ratio of a lower-case use, kept with the table per parameters
        self.lower_llr = stats.cache.setdefault(("lower_llr", params), {})
        self.log_keep = math.log(params.keep)
        self.log_keep_acr = math.log(params.keep_acronym)
        self.start_llr = min(
            math.log((params.lower_start + 1 - params.keep) / params.lower_start), params.max_llr
        )

    # -- word-level capital share ---------------------------------------------------------

    def corpus_share(self, key: str, prev: str | None, nxt: str | None) -> tuple[float, float]:
        """P(capital) from the statistics and the run's own usage, with neighbour context."""
        got = self.uni.get(key)
        lo, cap = (got[0], got[1]) if got else (0.0, 0.0)
        ev, b = self.ev, self.p.run_weight
        if ev is not None:
            lo += b * ev.lower.get(key, 0.0)
            cap += b * ev.capital.get(key, 0)
        n = lo + cap
        share = (cap + self.st.prior(key, self.oov)) / (n + 1.0)
        if key in self.gaz and (got is None or got[0] * 4 <= got[1] + 2):
            share, n = max(share, 0.97), max(n, 10)
        # Each neighbour's own estimate, combined naive-Bayes style: the evidence of "the"
        # before and of "in" after "us" both count, neither overrides the other.
        w = self.p.context_weight
        base = min(max(share, 1e-4), 1 - 1e-4)
        logit = math.log(base / (1 - base))
        for table, run, pair in (
            (self.st.left, ev.left if ev is not None else None, (prev, key) if prev else None),
            (self.st.right, ev.right if ev is not None else None, (key, nxt) if nxt else None),
        ):
            if pair is None:
                continue
            c0, c1 = map(float, table.get(pair, (0, 0)))
            r = run.get(pair) if run is not None else None
            if r:
                c0, c1 = c0 + b * r[0], c1 + b * r[1]
            if c0 + c1:
                est = (c1 + w * base) / (c0 + c1 + w)
                logit += math.log(est / (1 - est)) - math.log(base / (1 - base))
                n += c0 + c1
        share = 1.0 / (1.0 + math.exp(-max(min(logit, 30.0), -30.0)))
        return share, n

    def share(
        self, key: str, prev: str | None, nxt: str | None, art: _Article,
        cap_left: float = 0.0, cap_right: float = 0.0,
    ) -> float:
        """P(capital) for a word at mid-sentence given all the evidence."""
        share, n = self.corpus_share(key, prev, nxt)
        a_cap = art.capital.get(key, 0)
        a_low = art.lower.get(key, 0.0)
        pair = (prev is not None and (prev, key) in art.cap_pairs) or (
            nxt is not None and (key, nxt) in art.cap_pairs
        )
        if a_cap or a_low or pair:
            w = self.p.article_weight
            pw = self.p.pair_weight if pair else 0.0
            share = (a_cap + pw + w * share) / (a_cap + a_low + pw + w)
        share = min(max(share, 1e-4), 1 - 1e-4)
        if cap_left or cap_right:
            # a capitalised neighbour: its likelihood ratio, to the power of our trust in it
            o = _odds(share) * self.lr_left**cap_left * self.lr_right**cap_right
            share = o / (1.0 + o)
        return share

    def form(self, key: str, art: _Article) -> str:
        """The capitalised form to restore: the article's own, the run's, the statistics'."""
        if key in art.forms:
            return art.forms[key]
        f = self.st.form(key)
        if f and f != key.capitalize() and (
            self.uni[key][1] < 5 and len(key) >= 5 if is_acronym(f) else self.uni[key][1] < 3
        ):
            # a few odd sightings ("GEMMA", "ChA"): a shouted name or a typo, not the form
            f = None
        if f:
            return f
        if self.ev is not None and key in self.ev.forms:
            return self.ev.forms[key]
        if 2 <= len(key) <= 5 and key.isalpha() and not any(v in key for v in "aeiouy"):
            return key.upper()  # "xml", "dvr": no vowel, spelt out
        if key.startswith("mc") and len(key) > 4 and key[2:].isalpha():
            return "Mc" + key[2:].capitalize()  # McPartlin
        if key[:2] in ("o'", "o’") and len(key) > 3:
            return key[:2].upper() + key[2:].capitalize()  # O'Leary
        return key.capitalize()

    def keep_rate(self, key: str) -> float:
        return self.p.keep_acronym if key in self.st.acronyms else self.p.keep

    # -- paragraphs ------------------------------------------------------------------------

    def damage_llr(self, par: _Par) -> tuple[float, float]:
        """Log-likelihood ratios re-cased : intact for one paragraph's words.

        The second one counts only evidence that cannot come from an odd but well-cased
        text (code, jargon, list items): sentence starts, capitals, and lower-case uses of
        words the statistics know well. It decides whether the article is damaged at all.
        """
        llr = strong = 0.0
        seen: set[str] = set()
        lower = self.lower_llr
        uni = self.uni
        unknown = mid = caps = 0
        log_keep, log_keep_acr, start_llr = self.log_keep, self.log_keep_acr, self.start_llr
        units = par.units
        for i, (tok, key, word) in enumerate(zip(par.toks, par.keys, par.words, strict=True)):
            if units and i in units:
                continue  # a unit after a number: its case is the unit's, not the text's
            got = uni.get(key)
            if got is None:
                unknown += 1
            pos = tok.pos
            if pos >= SEMI:
                continue
            ch = word[0]
            if pos == MID:
                mid += 1
            if ch.isupper():
                v = log_keep_acr if word.isupper() and is_acronym(word) else log_keep
                llr += v
                strong += v
                if pos == MID:
                    caps += 1
            elif pos == INITIAL:
                llr += start_llr
                strong += start_llr
            elif word.islower():
                lv = lower.get(key)
                if lv is None:
                    lv = lower[key] = self._lower_llr(key)
                llr += lv
                # only words usually capitalised, each once: a unit ("ms") repeated in a
                # table is one odd word, not many
                if (
                    got is not None
                    and len(key) > 1  # a lone letter is a variable or an option as often
                    and got[0] + got[1] >= self.p.strong_min
                    and got[1] > got[0]
                    and key not in seen
                ):
                    seen.add(key)
                    strong += lv
        par.titled = caps * 2 > mid
        if unknown >= 4 and unknown > 0.3 * len(par.keys):
            return -30.0, -30.0  # not English (or not prose): the statistics cannot judge it
        return llr, min(strong, self.p.max_par_llr)

    def _lower_llr(self, key: str) -> float:
        """What a lower-case sighting of the word says for re-casing (cached per process)."""
        got = self.uni.get(key)
        if got is None:
            c = self.st.prior(key, self.oov)
        else:
            c = (got[1] + 0.5) / (got[0] + got[1] + 1.0)
        lose = 1 - self.keep_rate(key)
        return min(math.log((1 - c + lose * c) / (1 - c)), self.p.max_llr)

    def paragraph(self, text: str, ps: int, pe: int, after_break: bool) -> _Par:
        body = text[ps:pe]
        head = body[:400]  # shouting shows from the start: no need to count every letter
        upper = len(_UPPER.findall(head))
        if upper > 8 and upper > 1.5 * len(_LOWER.findall(head)):
            return _Par([], [], [], [], 0.0, True)
        if len(_CODE.findall(body)) > 2 + 0.02 * len(body):
            return _Par([], [], [], [], 0.0, True)  # program code, a table: not prose
        lines = body.splitlines()
        if sum(ln.startswith(_PROMPTS) for ln in lines) * 2 >= len(lines):
            return _Par([], [], [], [], 0.0, True)  # a shell or console session
        words: list[str] = []
        toks = tokenize(body, ps, words)
        if len(toks) < 3 and not body.rstrip().endswith((".", "!", "?")):
            after_break = False  # a label or a list item, not a sentence
        # A paragraph that follows one ending mid-sentence (a wrapped line) goes on.
        if not after_break and toks and toks[0].pos == INITIAL:
            t = toks[0]
            toks[0] = Token(t.start, t.end, t.key, t.klen, SEMI)
        left = [t.spaced and t.pos == MID for t in toks]
        par = _Par(toks, [t.key for t in toks], words, left)
        if _NUMBER_WORD.search(body):
            par.units = frozenset(
                i for i, t in enumerate(toks)
                if t.klen <= 3 and t.start - ps >= 2 and text[t.start - 2].isdigit()
                and text[t.start - 1] == " "
            )
        llr, par.strong = self.damage_llr(par)
        z = self.log_prior + llr
        par.damage = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
        return par

    def paragraphs(self, text: str, spans: list[Span]) -> list[_Par]:
        pars = []
        for idx, (ps, pe) in enumerate(spans):
            after_break = True
            if idx:
                # After a paragraph ending mid-sentence (a wrapped line) the next one may go
                # on: its first word is no sure sentence start. A short first one is a headline.
                prev_txt = text[spans[idx - 1][0] : spans[idx - 1][1]].rstrip()
                after_break = (
                    not prev_txt
                    or prev_txt[-1] in ".!?:\"”’)"
                    or (idx == 1 and len(prev_txt) < 100)
                )
            pars.append(self.paragraph(text, ps, pe, after_break))
        self._gate(pars)
        return pars

    def _gate(self, pars: list[_Par]) -> None:
        """Scale paragraph estimates by the chance that the article was re-cased at all.

        Each paragraph of a damaged article is re-cased or not (a mixture); an intact
        article explains every paragraph. Many well-cased paragraphs outweigh a few odd
        lower-case lines (a list, code), so a clean page gets next to no repairs.
        """
        r = self.prior
        log_r, log_nr = math.log(r), math.log(1 - r)
        z = math.log(self.article_prior / (1 - self.article_prior))
        for par in pars:
            if par.toks and not par.shouting:
                z += _logaddexp(log_r + par.strong, log_nr)
        a = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
        self.article_damage = a
        for par in pars:
            par.damage *= a

    def repair(self, text: str, paragraphs: list[Span]) -> list[Edit]:
        got = self.ev.parsed.pop(text, None) if self.ev is not None else None
        if got is not None and got[0] == paragraphs:
            pars, self.article_damage = got[1], got[2]
        else:
            pars = self.paragraphs(text, paragraphs)
        if self.article_damage < min(self.p.min_damage, self.p.compound_article):
            return []  # no sign of re-casing anywhere: nothing below can fire

        art = _Article()
        for par in pars:
            toks, keys, words = par.toks, par.keys, par.words
            for i, tok in enumerate(toks):
                if tok.pos != MID:
                    continue
                ch = words[i][0]
                if ch.isupper():
                    art.capital[keys[i]] += 1
                    art.forms.setdefault(keys[i], words[i][: tok.klen])
                    if "-" in keys[i] and _plain(par, i):
                        _note_compound(art.compounds, keys[i], words[i][: tok.klen])
                    if par.left[i] and words[i - 1][0].isupper():
                        art.cap_pairs.add((keys[i - 1], keys[i]))
                elif ch.islower():
                    art.lower[keys[i]] = art.lower.get(keys[i], 0.0) + 1.0 - par.damage

        edits: list[Edit] = []
        for par in pars:
            self._repair_par(par, art, edits)
        return edits

    def _repair_par(self, par: _Par, art: _Article, edits: list[Edit]) -> None:
        p = self.p
        d = par.damage
        toks, keys, words, left = par.toks, par.keys, par.words, par.left
        n = len(toks)
        raised = [False] * n
        for i, tok in enumerate(toks):
            word = words[i]
            if word[0].isupper():
                if "-" in word and self.article_damage >= self.p.compound_article:
                    self._compound(word, tok.start, art, edits)
                continue
            if d < p.min_damage or tok.pos == GLUED or not word[0].islower() or i in par.units:
                continue
            key = keys[i]
            if tok.pos != INITIAL and (
                key in self.st.lowerish
                or (len(key) == 1 and key != "i" and word[-1:] != ".")
            ):
                # "the" stays; a lone letter ("v", "b") is too little to go on, unless it is an
                # initial ("j. Smith")
                continue
            sp_prev = left[i]
            sp_next = i + 1 < n and left[i + 1]
            prev = keys[i - 1] if sp_prev else None
            nxt = keys[i + 1] if sp_next else None
            if tok.pos == INITIAL:
                if d > p.start_threshold:
                    share, _ = self.corpus_share(key, None, nxt)
                    f = self.form(key, art)
                    if share > 0.5 or key in art.forms:
                        new = _apply_form(word[: tok.klen], f) + word[tok.klen :]
                    else:
                        new = word[0].upper() + word[1:]
                    edits.append((tok.start, tok.end, new))
                    raised[i] = True
                continue
            cap_left = 0.0
            if sp_prev and toks[i - 1].pos == MID:
                if words[i - 1][0].isupper():
                    cap_left = 1.0
                elif raised[i - 1]:
                    cap_left = p.raised_trust
            cap_right = 1.0 if sp_next and words[i + 1][0].isupper() else 0.0
            if "-" in key and key not in self.uni and key not in art.capital:
                raised[i] = self._parts(word, tok.start, d, prev, nxt, art, edits, cap_left)
                continue
            c = self.share(key, prev, nxt, art, cap_left, cap_right)
            lose = 1 - self.keep_rate(key)
            post = d * lose * c / ((1 - c) + lose * c)
            if post > p.threshold:
                f = self.form(key, art)
                edits.append((tok.start, tok.end, _apply_form(word, f)))
                raised[i] = True

    def _parts(
        self, word: str, start: int, d: float, prev: str | None, nxt: str | None,
        art: _Article, edits: list[Edit], cap_left: float,
    ) -> bool:
        """An unseen lower-case hyphenated word in a likely re-cased paragraph: part by part."""
        pos = 0
        parts = word.split("-")
        trust = cap_left
        first = False
        for j, part in enumerate(parts):
            key, _ = key_of(part)
            up = False
            if len(key) > 1 and part[:1].islower():
                c = self.share(
                    key, prev if j == 0 else None, nxt if j == len(parts) - 1 else None, art,
                    cap_left=trust,
                )
                lose = 1 - self.keep_rate(key)
                if d * lose * c / ((1 - c) + lose * c) > self.p.threshold:
                    new = _apply_form(part, self.form(key, art))
                    if new != part:
                        edits.append((start + pos, start + pos + len(part), new))
                        up = True
                        first = first or j == 0
            trust = self.p.raised_trust if up else 0.0
            pos += len(part) + 1
        return first

    def _compound(self, word: str, start: int, art: _Article, edits: list[Edit]) -> None:
        """'China-russia': inner parts lowered even outside re-cased paragraphs.

        Raised only on firm evidence: the whole compound written with its inner capital
        elsewhere (this article, this run, the statistics), or a part that is a name in its
        own right ("German", "Russia"). Given names ("Seong-woong") and "Wall-street" stay.
        """
        key, klen = key_of(word)
        whole = art.compounds.get(key)
        if whole is None and self.ev is not None:
            whole = self.ev.compounds.get(key)
        if whole is None:
            got = self.uni.get(key)
            if got is not None and got[1] >= 3 and got[1] >= 9 * got[0] and "-" in got[2]:
                whole = got[2]
        if whole is not None:
            new = _apply_form(word[:klen], whole) + word[klen:]
            if new != word:
                edits.append((start, start + len(word), new))
            return
        parts = word.split("-")
        pos = len(parts[0]) + 1
        for part in parts[1:]:
            key, _ = key_of(part)
            if len(key) > 1 and part[:1].islower() and key not in ABBREVIATIONS:
                share, n = self.corpus_share(key, None, None)
                if n >= self.p.compound_min and share >= self.p.compound_share or (
                    key in self.gaz and share >= 0.5
                ):
                    new = _apply_form(part, self.form(key, art))
                    if new != part:
                        edits.append((start + pos, start + pos + len(part), new))
            pos += len(part) + 1


def repair_case(
    text: str,
    paragraphs: list[Span],
    evidence: CaseEvidence | None = None,
    *,
    stats: CaseStats | None = None,
    params: CaseParams | None = None,
) -> list[Edit]:
    """Same-length (start, end, replacement) edits that restore capitals."""
    rep = _Repairer(stats or load_stats(), evidence, params or CaseParams())
    out = []
    for s, e, new in rep.repair(text, paragraphs):
        old = text[s:e]
        if new != old and len(new) == len(old):
            out.append((s, e, new))
    return sorted(set(out))
