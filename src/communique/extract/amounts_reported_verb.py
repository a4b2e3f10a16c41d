"""A result's verb the tagger took for a noun, read as the verb it is.

    "Higher costs saw Multiplex's construction division report profits of A$35.1m"
    -> "profits of Multiplex's construction division" (not "Multiplex's construction
       division report profits")

After "saw"/"helped"/"left" and a noun, the bare verb of a result ("report", "post",
"record", "book", "announce") is often tagged a noun compounded with the result ("report
profits"), so the object reads the whole run as one noun. Where the object is that run and
the sentence has the verb so tagged, the result is told as "<result> of <who reported it>".
"""

from __future__ import annotations

import re
from typing import Any

# "<who> <verb> <result><rest>" as an object spells it.
_RUN = re.compile(
    r"^(?P<who>.+?) (?P<verb>report|post|record|book|announce|make|suffer) "
    r"(?P<what>(?:pre-tax |net |operating |annual |quarterly )?"
    r"(?:profits?|loss(?:es)?|sales|earnings|revenues?|turnover))(?P<rest>\b.*)$"
)


def verb_taken_for_noun(obj: str, sent: Any) -> str:
    """`obj` with a result's verb the tagger took for a noun read as a verb (see the
    module); `obj` itself otherwise. `sent`: the amount's sentence."""
    run = _RUN.match(obj)
    if run is None:
        return obj
    verb = run.group("verb")
    if run.group("who").endswith(("'s", "'")):
        return obj  # ("Asahi's record profit": a noun's word, whose it is said before)
    if not any(
        t.lower_ == verb
        and t.tag_ in ("NN", "NNP", "VB", "VBP")
        and t.dep_ == "compound"
        and t.i > sent.start
        and t.nbor(-1).pos_ in ("NOUN", "PROPN")  # (its doer right before it)
        for t in sent
    ):
        return obj  # (a noun in its own right: "the annual report sales")
    return f"{run.group('what')} of {run.group('who')}{run.group('rest')}"
