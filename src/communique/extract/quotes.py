"""Who said what: direct quotes, reported speech and their speakers, dates and venues.

Three passes over one parsed article:
1. quotation marks are paired per paragraph (extract/quotes_marks.py); stretches long
   enough to be speech are direct-quote candidates, shorter ones are fragments;
2. reported speech: a speech or cognition verb with its content clause (or object, for
   verbs such as "underscore"), or "according to X"; a clause that holds a quoted stretch
   and other words too is `mixed`;
3. each remaining candidate finds its cue beside it in the paragraph ("..., he said"), on
   the next line after a dash ("- X said on ..."), or at the end of the paragraph before
   ("X said:"); a cue-less quote right after an attributed one continues it.
Dates come from the attribution, then relative dates against the article date, then the
latest dated event sentence before the quote; never the run's date.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

from communique.extract.dates import find_dates
from communique.extract.quotes_marks import Marked, find_marked
from communique.extract.quotes_speaker import Mentions, make_speaker
from communique.extract.speech_cues import (
    COGNITION_VERBS,
    DASHES,
    NEEDS_PARTICLE,
    OBJECT_CONTENT_VERBS,
    PHRASAL_CUES,
    SPEECH_VERBS,
    VENUE_NOUNS,
    VENUE_PREPS,
)
from communique.record import Article, Quote, Speaker, TextRef

Span = tuple[int, int]

_SUBJ = ("nsubj", "nsubjpass", "expl")
_APPEAL_VERBS = frozenset({"urge", "ask", "call", "appeal", "warn", "advise", "tell", "request"})
_RELATIVE = re.compile(
    r"\b(today|yesterday|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|last|this|ago|earlier)\b",
    re.I,
)
_SENT_END = frozenset(".!?")
_ON_DATE = re.compile(r"\b[Oo]n\s+(?:(?:[A-Z][a-z]+day),?\s+)?(?:the\s+)?$")


@dataclass(slots=True)
class _Found:
    kind: str
    spans: list[Span]
    cue: list[Any] | None = None  # cue tokens
    subj: Any = None  # subject token (speaker head)
    region: Span | None = None  # attribution text: where date and venue are read
    order: int = 0
    continuation: list[Span] = field(default_factory=list)


def _is_cue_verb(tok: Any) -> list[Any] | None:
    """The cue tokens if `tok` is a speech/cognition verb (with its particle), else None."""
    lemma = tok.lemma_.lower()
    if lemma not in SPEECH_VERBS and lemma not in COGNITION_VERBS:
        return None
    if not (tok.tag_.startswith("VB") or (lemma == "say" and tok.pos_ != "NOUN")):
        return None
    parts = PHRASAL_CUES.get(lemma)
    cue = [tok]
    if parts:
        for child in tok.children:
            if child.dep_ in ("prt", "prep", "acomp", "dobj", "oprd") and child.lower_ in parts:
                cue.append(child)
                break
    if lemma in NEEDS_PARTICLE and len(cue) == 1:
        if not any(c.dep_ == "ccomp" for c in tok.children):
            return None
    return sorted(cue, key=lambda t: t.i)


def _subject(tok: Any) -> Any:
    """The subject of a cue verb, climbing conjuncts and clauses that share it."""
    cur = tok
    for _ in range(4):
        for child in cur.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                if child.dep_ == "nsubjpass" or child.lower_ in ("it", "that", "this"):
                    return None if child.lower_ in ("it", "that", "this") else child
                return child
        if cur.dep_ in ("conj", "advcl", "xcomp", "acl") and cur.head.i != cur.i:
            cur = cur.head
            continue
        if (
            cur.dep_ == "pcomp"
            and cur.head.dep_ == "prep"
            and cur.head.head.pos_ in ("VERB", "AUX")
        ):
            cur = cur.head.head  # "has taken to urging ...": the subject of the governing verb
            continue
        break
    return None


class _Ctx:
    """Per-article lookups: paragraphs, quoted stretches and which token lies in which."""

    def __init__(self, art: Article) -> None:
        self.art = art
        self.doc = art.doc
        text = art.text
        self.text = text
        self.pars = art.paragraphs or ([(0, len(text))] if text else [])
        self.par_starts = [s for s, _ in self.pars]
        self.marked = find_marked(text, self.pars)
        self.cands: list[Marked] = []
        self.frags: list[Marked] = []
        self.own_cues: dict[int, int | None] = {}  # candidate -> its own cue (memo)
        for m in self.marked:
            (self.cands if _speechlike(text, m) else self.frags).append(m)
        # Token -> index of the candidate quote (outer span) it lies in, else -1.
        self.in_cand = [-1] * len(self.doc)
        for ci, m in enumerate(self.cands):
            for s, e in m.outer:
                span = self.doc.char_span(s, e, alignment_mode="expand")
                if span is not None:
                    self.in_cand[span.start : span.end] = [ci] * (span.end - span.start)

    def par_of(self, pos: int) -> int:
        return max(0, bisect_right(self.par_starts, pos) - 1)

    def span_of(self, toks: list[Any]) -> Span:
        return toks[0].idx, toks[-1].idx + len(toks[-1])


def _speechlike(text: str, m: Marked) -> bool:
    """A quoted stretch long enough to be somebody's words, not a title or a scare quote."""
    inner = " ".join(text[s:e] for s, e in m.inner)
    words = inner.split()
    if len(words) < 3:
        return False
    if len(words) >= 8 or len(m.inner) > 1 or inner.rstrip()[-1:] in ".,!?;:\u2026\u2014-":
        return True
    # Punctuation just outside the closing mark ('"It is a shame", said ...') also ends speech.
    rest = text[m.end : m.end + 2].lstrip(" ")
    return rest[:1] in (",", "!", "?") or (words[0][:1].isupper() and rest[:1] in ("", "\n"))


def _trim(toks: list[Any]) -> list[Any]:
    """Content tokens without a leading complementiser or edge punctuation."""
    while toks and (
        toks[0].is_punct
        or toks[0].is_space
        or (toks[0].dep_ == "mark" and toks[0].lower_ in ("that",))
    ):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space) and toks[-1].text not in '\u201d"':
        toks = toks[:-1]
    return toks


_NAMING_OBJ = frozenset({"call", "describe", "label", "brand", "dub", "term"})


def _content_tokens(tok: Any, cue: list[Any]) -> list[Any]:
    """The reported content of cue verb `tok`: its clause, object or the clause it reports."""
    lemma = tok.lemma_.lower()
    doc = tok.doc
    kids = [c for c in tok.children if c.dep_ == "ccomp"]
    if not kids and lemma in _APPEAL_VERBS:
        xs = [c for c in tok.children if c.dep_ == "xcomp"]
        if xs:
            objs = [
                c for c in tok.children if c.dep_ in ("dobj",) or (c.dep_ == "prep" and c in cue)
            ]
            kids = objs + xs
    naming = lemma in _NAMING_OBJ and any(
        c.dep_ in ("oprd", "ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as")
        for c in tok.children
    )
    if naming:
        kids = []  # "called his actions a step forward": the object and what it is called
    if not kids and (lemma in OBJECT_CONTENT_VERBS or len(cue) > 1 or naming):
        objs = [c for c in tok.children if c.dep_ in ("dobj", "xcomp")]
        if len(cue) > 1 and cue[-1].dep_ == "prep":
            objs += [c for c in cue[-1].children if c.dep_ == "pobj"]
        if objs:
            lo = min(o.left_edge.i for o in objs)
            hi = max(tok.right_edge.i, max(o.right_edge.i for o in objs))
            return _trim([t for t in doc[lo : hi + 1] if t not in cue])
    if not kids and tok.dep_ == "parataxis" and tok.head.i != tok.i:
        # "China will grow, he said, ..." parsed with the reported clause as the root.
        head = tok.head
        own = {t.i for t in tok.subtree}
        toks = [t for t in head.subtree if t.i not in own]
        return _trim(toks)
    if not kids:
        return []
    lo = min(k.left_edge.i for k in kids)
    hi = max(k.right_edge.i for k in kids)
    return _trim(list(doc[lo : hi + 1]))


def _according(tok: Any) -> tuple[list[Any], list[Any], Any] | None:
    """(cue tokens, content tokens, speaker head) for 'according to X' attached to a clause."""
    if tok.lower_ != "according":
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None:
        return None
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    head = tok.head
    own = {t.i for t in tok.subtree}
    sent = tok.sent
    toks = [t for t in head.subtree if t.i not in own] if head.i != tok.i else []
    if head.dep_ == "ROOT":
        toks = [t for t in sent if t.i not in own]
    return [tok, to], _trim(toks), pobj


def _spans(toks: list[Any], ctx: _Ctx) -> list[Span]:
    """Character spans of contiguous runs of `toks` (split where tokens were left out)."""
    out: list[Span] = []
    run: list[Any] = []
    for t in toks:
        if run and t.i != run[-1].i + 1:
            out.append(ctx.span_of(run))
            run = []
        run.append(t)
    if run:
        out.append(ctx.span_of(run))
    return out


@lru_cache(maxsize=4)
def _cue_hashes(vocab: Any) -> Any:
    import numpy as np

    words = SPEECH_VERBS | COGNITION_VERBS | {"according"}
    return np.array(sorted(vocab.strings.add(w) for w in words), dtype="uint64")


def _cue_positions(doc: Any) -> list[int]:
    """Indices of tokens whose lemma or lower form may make a cue (vectorised pre-filter)."""
    import numpy as np
    from spacy.attrs import LEMMA, LOWER

    if len(doc) == 0:
        return []
    arr = doc.to_array([LEMMA, LOWER])
    hashes = _cue_hashes(doc.vocab)  # sorted: membership by binary search (np.isin sorts)
    at = np.minimum(np.searchsorted(hashes, arr), len(hashes) - 1)
    hit = (hashes[at] == arr).any(axis=1)
    return [int(i) for i in np.nonzero(hit)[0]]


def _covered(ctx: _Ctx, ci: int, toks: list[Any]) -> float:
    """Share of candidate quote `ci`'s tokens that lie in `toks`."""
    total = ctx.in_cand.count(ci)
    return sum(1 for t in toks if ctx.in_cand[t.i] == ci) / total if total else 0.0


def _own_cue(ctx: _Ctx, ci: int) -> int | None:
    """The token id of the speech verb right after candidate quote `ci`, if any
    ("..., “Men, you will ...,” she wrote.")."""
    if ci in ctx.own_cues:
        return ctx.own_cues[ci]
    seg = _segment(ctx, ctx.cands[ci], after=True)
    verbs = [t for t in seg[:4] if _is_cue_verb(t) is not None]
    got = ctx.own_cues[ci] = verbs[0].i if verbs else None
    return got


def _reported(ctx: _Ctx, used_cands: set[int], found: list[_Found]) -> set[int]:
    """Pass 2: reported speech. Returns the cue token ids it used."""
    used_cues: set[int] = set()
    doc = ctx.doc
    for i in _cue_positions(doc):
        tok = doc[i]
        if ctx.in_cand[tok.i] >= 0:
            continue  # a verb inside a quotation is the quoted speaker's own narrative
        acc = _according(tok)
        if acc is not None:
            cue, content, subj = acc
        else:
            cue_toks = _is_cue_verb(tok)
            if cue_toks is None:
                continue
            cue = cue_toks
            content = _content_tokens(tok, cue)
            subj = _subject(tok)
            if subj is None and not any(c.dep_ == "auxpass" for c in tok.children):
                # Nobody speaking: beliefs of no one, imperatives ("Ask yourself: ...").
                if tok.lemma_.lower() in COGNITION_VERBS or (
                    tok.dep_ == "ROOT" and tok.tag_ == "VB"
                ):
                    continue
        if sum(1 for t in content if not t.is_punct) < 3:
            continue
        inside = {ctx.in_cand[t.i] for t in content if ctx.in_cand[t.i] >= 0}
        # A parse that runs on into a quotation (a lost sentence break) covers only part of
        # it: cut the quotation out and leave it to pass 3.
        if any(_own_cue(ctx, ci) == tok.i for ci in inside):
            continue  # '“...,” she wrote': the verb attributes the quotation (pass 3)
        partial = {
            ci
            for ci in inside
            if _covered(ctx, ci, content) < 0.5 or _own_cue(ctx, ci) not in (None, tok.i)
        }
        if partial:
            content = _trim([t for t in content if ctx.in_cand[t.i] not in partial])
            inside -= partial
            if sum(1 for t in content if not t.is_punct) < 3:
                continue
        if inside:
            outside = [
                t
                for t in content
                if ctx.in_cand[t.i] < 0 and not t.is_punct and not t.is_space and t.lower_ != "that"
            ]
            if len(outside) < 2:
                continue  # the content is the quotation: pass 3 attributes it to this cue
            used_cands |= inside
            kind = "mixed"
        else:
            kind = "indirect"
            cs, ce = content[0].idx, content[-1].idx + len(content[-1])
            if any(s < ce and cs < e for f in ctx.frags for s, e in f.outer):
                kind = "mixed"
        sent = tok.sent
        found.append(
            _Found(kind, _spans(content, ctx), cue, subj, (sent.start_char, sent.end_char), tok.i)
        )
        used_cues.update(t.i for t in cue)
    return used_cues


def _segment(ctx: _Ctx, m: Marked, after: bool) -> list[Any]:
    """Frame tokens beside quote `m` in its paragraph, up to a sentence end or another quote."""
    doc = ctx.doc
    ps, pe = ctx.pars[ctx.par_of(m.end - 1 if after else m.start)]
    out: list[Any] = []
    if after:
        span = doc.char_span(m.end, pe, alignment_mode="expand") if m.end < pe else None
        # Tokens one by one: the frame usually ends within a few of them.
        for t in span if span is not None else ():
            # A token fused with the closing mark (',”Clinton said') starts the frame.
            fused = t.idx < m.end and not out
            if (ctx.in_cand[t.i] >= 0 and not fused) or t.is_space:
                break
            out.append(t)
            if t.text in _SENT_END:
                break
    else:
        span = doc.char_span(ps, m.start, alignment_mode="contract") if m.start > ps else None
        for i in range(span.end - 1, span.start - 1, -1) if span is not None else ():
            t = doc[i]
            if ctx.in_cand[t.i] >= 0 or t.text in _SENT_END:
                break
            out.append(t)
        out.reverse()
    return out


def _cue_in(toks: list[Any], nearest_last: bool) -> tuple[list[Any], Any] | None:
    """(cue tokens, subject head) of the speech verb in a frame segment, if any."""
    verbs = [t for t in toks if _is_cue_verb(t) is not None]
    if not verbs:
        acc = [t for t in toks if t.lower_ == "according"]
        if acc:
            got = _according(acc[0])
            if got is not None:
                return got[0], got[2]
        return None
    verb = verbs[-1] if nearest_last else verbs[0]
    cue = _is_cue_verb(verb) or [verb]
    subj = _subject(verb)
    if subj is None or subj not in toks:
        # Parses break around quotation marks: take the nearest nominal in the segment.
        cands = [
            t
            for t in toks
            if t.pos_ in ("PROPN", "PRON", "NOUN")
            and t.dep_ not in ("pobj", "poss", "compound")
            and t.lower_ not in ("it", "that", "this")
        ]
        if cands:
            subj = min(cands, key=lambda t: abs(t.i - verb.i) + (0.5 if t.i < verb.i else 0))
    return cue, subj


def _colon_cue(seg: list[Any]) -> tuple[list[Any], Any]:
    """The colon as cue ("Trump boomed: ...", "Marco Rubio: ..."), with the speaker before it."""
    colon = seg[-1]
    verbs = [t for t in seg[:-1] if t.pos_ == "VERB"]
    subj = _subject(verbs[-1]) if verbs else None
    if subj is None or subj not in seg:
        subj = next(
            (
                t
                for t in reversed(seg[:-1])
                if t.pos_ in ("PROPN", "NOUN", "PRON") and t.dep_ != "compound"
            ),
            None,
        )
    return [colon], subj


def _bare_frame(ctx: _Ctx, m: Marked) -> bool:
    """True when quote `m` fills its paragraph (only punctuation outside the marks)."""
    ps, pe = ctx.pars[ctx.par_of(m.start)]
    s, e = m.outer[0][0], m.outer[-1][1]
    rest = ctx.text[ps:s] + ctx.text[e:pe] if ctx.par_of(e - 1) == ctx.par_of(s) else ctx.text[ps:s]
    return not any(ch.isalnum() for ch in rest)


def _inverted_cue(seg: list[Any]) -> tuple[list[Any], Any] | None:
    """A verb outside the speech list right after a quote that ends with a comma, "!" or
    "?" still attributes it ("“This is fantastic!” beamed X", "“...,” read one sign"): the
    first verb of the frame, with its subject in the frame."""
    for t in seg[:4]:
        if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP"):
            subj = _subject(t)
            if subj is None or subj not in seg:
                nouns = [
                    x for x in seg if x.pos_ in ("PROPN", "PRON", "NOUN") and x.dep_ != "compound"
                ]
                subj = nouns[0] if nouns else None
            return ([t], subj) if subj is not None else None
        if t.is_punct or t.is_space:
            continue
        if t.pos_ not in ("PROPN", "PRON", "NOUN", "DET", "ADJ", "ADV"):
            return None
    return None


def _previous_sentence_cue(
    ctx: _Ctx, m: Marked
) -> tuple[tuple[list[Any], Any] | None, Span | None]:
    """The cue of the sentence just before quote `m` in its paragraph, when that sentence
    introduces it ("Trump said of waterboarding. “And much tougher ...”")."""
    ps, _pe = ctx.pars[ctx.par_of(m.start)]
    if m.start <= ps:
        return None, None
    span = ctx.doc.char_span(ps, m.start, alignment_mode="contract")
    if span is None or len(span) == 0:
        return None, None
    last = span[-1]
    while last.i > span.start and (last.is_space or last.is_punct and last.text not in _SENT_END):
        last = ctx.doc[last.i - 1]
    if last.text not in _SENT_END:
        return None, None
    toks = [t for t in last.sent if t.i <= last.i and t.idx >= ps and ctx.in_cand[t.i] < 0]
    if not toks:
        return None, None
    got = _cue_in(toks, nearest_last=True)
    if got is None or got[1] is None:
        return None, None
    return got, ctx.span_of(toks)


def _direct(ctx: _Ctx, used_cands: set[int], used_cues: set[int], found: list[_Found]) -> None:
    """Pass 3: attribute each remaining quotation to its cue."""
    doc = ctx.doc
    last: _Found | None = None
    last_par = -1
    for ci, m in enumerate(ctx.cands):
        if ci in used_cands:
            continue
        par = ctx.par_of(m.start)
        inner_end = ctx.text[m.inner[-1][0] : m.inner[-1][1]].rstrip()
        after_first = inner_end[-1:] in ",\u2014-" or inner_end[-1:] not in ".!?\u2026"
        before = _segment(ctx, m, after=False)
        after = _segment(ctx, m, after=True)
        colon = bool(before) and before[-1].text in (":", ",")
        order = (
            [(after, False), (before, True)]
            if after_first and not colon
            else [(before, True), (after, False)]
        )
        got = None
        region: Span | None = None
        for seg, near_last in order:
            got = _cue_in(seg, near_last)
            if got is not None:
                region = ctx.span_of(seg)
                break
        if got is None and before and before[-1].text == ":":
            got = _colon_cue(before)
            region = ctx.span_of(before)
        if got is None and _bare_frame(ctx, m):
            nxt = ctx.par_of(m.end - 1) + 1
            if nxt < len(ctx.pars):
                ns, ne = ctx.pars[nxt]
                line = ctx.text[ns:ne].lstrip()
                if line[:1] in DASHES and ne - ns < 400:
                    span = doc.char_span(ns, ne, alignment_mode="expand")
                    if span is not None:
                        got = _cue_in(list(span), nearest_last=False)
                        region = (ns, ne)
            if got is None and par > 0:
                # "X said:" closing the paragraph before.
                ps, pe = ctx.pars[par - 1]
                if ctx.text[ps:pe].rstrip().endswith(":"):
                    span = doc.char_span(ps, pe, alignment_mode="expand")
                    if span is not None:
                        sent = list(list(span.sents)[-1])
                        got = _cue_in(sent, nearest_last=True) or _colon_cue(sent)
                        region = ctx.span_of(sent)
        if got is None and inner_end[-1:] in ",!?":
            got = _inverted_cue(after)
            region = ctx.span_of(after) if got is not None else None
        cont_ok = last is not None and last.kind == "direct" and par == last_par
        if got is None and not cont_ok:
            got, region = _previous_sentence_cue(ctx, m)
        if got is not None:
            cue, subj = got
            if any(t.i in used_cues for t in cue) and last is not None and last.cue == cue:
                last.spans.extend(m.inner)
                continue
            f = _Found("direct", list(m.inner), cue, subj, region, cue[0].i)
            found.append(f)
            used_cues.update(t.i for t in cue)
            last, last_par = f, ctx.par_of(m.end - 1)
            continue
        # No cue of its own: it continues the quote just before, in this paragraph or the last.
        if (
            last is not None
            and last.kind == "direct"
            and (par == last_par or (par == last_par + 1 and _bare_frame(ctx, m)))
        ):
            last.spans.extend(m.inner)
            last_par = ctx.par_of(m.end - 1)
            continue
        words = sum(len(ctx.text[s:e].split()) for s, e in m.inner)
        if words >= 6 and _bare_frame(ctx, m):
            tok = doc.char_span(m.inner[0][0], m.inner[0][1], alignment_mode="expand")
            f = _Found("direct", list(m.inner), None, None, None, tok[0].i if tok else 0)
            found.append(f)
            last, last_par = f, ctx.par_of(m.end - 1)


# Verbs whose quoted object is somebody's words ("called it “a step forward”", "yelled
# “You lie!”"); kept apart from the cue list, where they would also take plain objects.
_NAMING_VERBS = frozenset(
    """call describe dub label term brand shout chant answer reply say add write tweet
    declare proclaim promise vow warn yell scream exclaim bark mouth echo confess
    repeat denounce""".split()
)


def _fragments(ctx: _Ctx, used_cues: set[int], found: list[_Found]) -> None:
    """Short quoted stretches that are somebody's words: "“Really,” she added", or the
    quoted object of a naming verb ("called his actions “a crucial step forward”")."""
    taken = [s for f in found for s in f.spans]
    for m in ctx.frags:
        if any(s < m.end and m.start < e for s, e in taken):
            continue
        span = ctx.doc.char_span(m.outer[0][0], m.outer[-1][1], alignment_mode="expand")
        if span is None:
            continue
        inner = ctx.text[m.inner[0][0] : m.inner[-1][1]].rstrip()
        got = None
        if inner[-1:] in (",", "!", "?"):
            got = _cue_in(_segment(ctx, m, after=True), False)
        if got is None:
            for r in span:
                if r.head.i >= span.start and r.head.i < span.end:
                    continue
                v = r.head
                for _ in range(2):
                    if v.lemma_.lower() in _NAMING_VERBS and _is_cue_verb(v) is not None:
                        got = (_is_cue_verb(v) or [v], _subject(v))
                        break
                    if v.head.i == v.i:
                        break
                    v = v.head
                if got is not None:
                    break
        if got is None or any(t.i in used_cues for t in got[0]) or got[1] is None:
            continue
        sent = got[0][0].sent
        found.append(
            _Found(
                "direct",
                list(m.inner),
                got[0],
                got[1],
                (sent.start_char, sent.end_char),
                got[0][0].i,
            )
        )
        used_cues.update(t.i for t in got[0])


_NOT_SPEAKERS = frozenset(
    """update note photo photos source sources related watch read correction editor video
    image credit caption disclosure advertisement tags topics share follow listen see also
    q a""".split()
)
_LABEL = re.compile(
    r"[ \t]*([A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3})[ \t]*:[ \t]+(?=\S)"
)


def _labelled(ctx: _Ctx, found: list[_Found]) -> None:
    """Transcript and headline lines: "FALLIN: I think ...", "Obama: I'm optimistic ..."."""
    taken = [s for f in found for s in f.spans]
    for ps, pe in ctx.pars:
        m = _LABEL.match(ctx.text, ps, pe)
        if m is None or m.group(1).lower() in _NOT_SPEAKERS:
            continue
        cs, ce = m.end(), pe
        while ce > cs and ctx.text[ce - 1].isspace():
            ce -= 1
        if len(ctx.text[cs:ce].split()) < 4 or any(s < ce and cs < e for s, e in taken):
            continue
        name = ctx.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if name is None or not all(t.pos_ == "PROPN" or t.is_upper for t in name):
            continue
        colon = ctx.doc.char_span(m.end(1), m.end(), alignment_mode="expand")
        cue = [t for t in colon if t.text == ":"] if colon is not None else []
        kind = "direct"
        inner = ctx.text[cs:ce]
        if inner[:1] in '\u201c"\u2018' and inner[-1:] in '\u201d"\u2019':
            cs, ce = cs + 1, ce - 1
        found.append(_Found(kind, [(cs, ce)], cue or None, name[-1], (ps, m.end()), name[-1].i))


def _venue(ctx: _Ctx, f: _Found) -> str | None:
    """'a regular press conference', 'an interview with Reuters', 'the UN General Assembly'."""
    if not f.cue:
        return None
    verb = f.cue[0]
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in VENUE_PREPS:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            named = pobj.ent_type_ in ("EVENT", "ORG", "FAC") and prep.lower_ in ("at", "before")
            if pobj.lemma_.lower() in VENUE_NOUNS or named:
                toks = [t for t in pobj.subtree]
                # Keep the venue, not a date hanging off it ("... on December 7").
                cut = [
                    t
                    for t in pobj.children
                    if t.dep_ == "prep"
                    and t.lower_ in ("on", "in")
                    and any(c.ent_type_ in ("DATE", "TIME") for c in t.subtree)
                ]
                if cut:
                    toks = [t for t in toks if t.i < cut[0].i]
                return "".join(t.text_with_ws for t in toks).strip()
    return None


def _attribution_date(ctx: _Ctx, f: _Found, base: datetime | None) -> str | None:
    """An explicit date in the attribution, else a relative one against the article date."""
    if f.region is None:
        return None
    rs, re_ = f.region
    content = f.spans
    for d in find_dates(ctx.text[rs:re_]):
        pos = rs + d.start
        if d.precision == "day" and not any(s <= pos < e for s, e in content):
            return d.value
    if base is None:
        return None
    span = ctx.doc.char_span(rs, re_, alignment_mode="expand")
    if span is None:
        return None
    for ent in span.ents:
        if ent.label_ != "DATE" or any(s < ent.end_char and ent.start_char < e for s, e in content):
            continue
        if not _RELATIVE.search(ent.text):
            continue
        import dateparser

        parsed = dateparser.parse(
            re.sub(r"^(on|last)\s+(?=\w+day\b)", "", ent.text, flags=re.I),
            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"},
        )
        if parsed is not None:
            return parsed.date().isoformat()
    return None


def _event_dates(ctx: _Ctx, found: list[_Found]) -> list[tuple[int, str]]:
    """(position, date) of event dates in the narrative: a day date after "on" ("met ... on
    December 15, 2021"), outside quotes and attribution lines. Dates after "since", "to",
    "until" or "in" name periods or other times, not the event the paragraph reports."""
    zones = [s for f in found for s in f.spans] + [f.region for f in found if f.region]
    zones += [s for m in ctx.marked for s in m.outer]
    out = []
    for d in find_dates(ctx.text):
        if d.precision != "day" or any(s <= d.start < e for s, e in zones):
            continue
        if _ON_DATE.search(ctx.text, max(0, d.start - 24), d.start) is None:
            continue
        out.append((d.start, d.value))
    return out


def _base_date(art: Article) -> datetime | None:
    if art.published:
        try:
            return datetime.fromisoformat(art.published[:10])
        except ValueError:
            return None
    return None


def _continuations(ctx: _Ctx, f: _Found, cue_ids: set[int]) -> list[Span]:
    """Following sentences of the paragraph that carry on a reported statement (no new cue)."""
    if f.kind == "direct" or not f.cue:
        return []
    sent = f.cue[0].sent
    if f.spans[-1][1] < sent.end_char - 2:
        return []
    ps, pe = ctx.pars[ctx.par_of(sent.start_char)]
    out: list[Span] = []
    span = (
        ctx.doc.char_span(sent.end_char, pe, alignment_mode="expand")
        if sent.end_char < pe
        else None
    )
    if span is None:
        return out
    for s in span.sents:
        if any(t.i in cue_ids or ctx.in_cand[t.i] >= 0 for t in s):  # a new statement
            break
        toks = _trim(list(s))
        if toks:
            out.append(ctx.span_of(toks))
    return out


def extract_quotes(art: Article) -> list[Quote]:
    """Direct, indirect and mixed quotes of a parsed article, each with speaker and spans."""
    if art.doc is None or not art.text:
        return []
    ctx = _Ctx(art)
    found: list[_Found] = []
    used_cands: set[int] = set()
    used_cues = _reported(ctx, used_cands, found)
    _direct(ctx, used_cands, used_cues, found)
    _fragments(ctx, used_cues, found)
    _labelled(ctx, found)
    found.sort(key=lambda f: f.spans[0][0])
    mentions = Mentions.of(art)
    base = _base_date(art)
    events = _event_dates(ctx, found)
    cue_ids = {t.i for f in found if f.cue for t in f.cue}
    quotes: list[Quote] = []
    for f in found:
        spans = [(s, e) for s, e in f.spans if e > s]
        if not spans:
            continue
        speaker: Speaker | None = (
            make_speaker(f.subj, art, mentions) if f.subj is not None else None
        )
        cue_ref: TextRef | None = None
        if f.cue:
            cs, ce = (
                ctx.span_of(f.cue)
                if len(f.cue) == f.cue[-1].i - f.cue[0].i + 1
                else ctx.span_of(f.cue[:1])
            )
            cue_ref = art.ref(cs, ce)
        date = _attribution_date(ctx, f, base)
        if date is None:
            before = [v for p, v in events if p < spans[0][0]]
            date = before[-1] if before else None
        extra: dict[str, Any] = {}
        cont = _continuations(ctx, f, cue_ids)
        if cont:
            extra["continuation"] = [
                {"text": art.text[s:e], "span": [s, e], "raw_span": list(art.raw_span(s, e))}
                for s, e in cont
            ]
        quotes.append(
            Quote(
                kind=f.kind,
                text=" ".join(art.text[s:e] for s, e in spans),
                spans=spans,
                raw_spans=[art.raw_span(s, e) for s, e in spans],
                speaker=speaker,
                cue=cue_ref,
                date=date,
                venue=_venue(ctx, f),
                extra=extra,
            )
        )
    return quotes
