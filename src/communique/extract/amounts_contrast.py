"""An amount in a contrasting clause with its own subject ("X should fetch £8,000, while a
used Y is likely to be priced from £12,556"): the later amount is the price of its own
clause's subject, not the earlier amount's thing."""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_lexicon import Lexicon
from communique.extract.amounts_parse import _governing_verb, _np, _verb_noun

# Words opening a second clause set against the first.
_CONTRAST = frozenset(("while", "whereas", "but", "although", "though"))


def contrast_own_object(
    subj: Any, span: Any, before_end: int, skip: set[int], lx: Lexicon
) -> str | None:
    """The amount's own object when a contrast word opens its clause after the earlier
    amount (ending at char `before_end`) and the clause has its own noun subject: "<verb's
    noun> of <subject>" when the amount's verb is a money verb, else "" (borrow nothing);
    None when the amount's clause is not such a clause (the caller borrows as before)."""
    if (
        subj is None
        or subj.pos_ not in ("NOUN", "PROPN")
        or subj.i in skip
        or not subj.idx > before_end
        or subj.i > span.start
    ):
        return None
    doc = span.doc
    lo = subj.left_edge.i
    i = lo - 1
    # (the contrast word just before the subject's phrase, perhaps after a comma)
    if i < 0 or doc[i].lower_ not in _CONTRAST or doc[i].idx < before_end:
        return None
    verb = _governing_verb(span[-1])
    noun = _verb_noun(verb, lx) if verb is not None else None
    return f"{noun} of {_np(subj, skip)}" if noun else ""
