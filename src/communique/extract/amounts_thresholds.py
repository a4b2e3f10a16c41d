"""A threshold amount: "those earning less than £9,000 a year will be exempt from tax",
"gifts worth more than £5,000 must be declared", "the duty applies to firms with more than
50 staff": the amount is compared inside a modifier of a kind of people or things a clause
is about (its subject, its object, or the object of its "to" or "for"), so what it measures
is the modifier's measure of that kind as the clause says it ("earnings of those exempt from
tax", "staff of firms to which the duty applies"), not the modifier's measure alone."""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_lexicon import lexicon
from communique.extract.amounts_parse import _uncap_opening
from communique.extract.inflect import gerund, participle, verb_lemma

# Prepositions that set a bound: "incomes below £20,000".
_BOUND_PREPS = frozenset("over under below above beyond exceeding".split())
# ... and the "of" of a measure: "a turnover of more than £3m".
_MEASURE_PREPS = _BOUND_PREPS | {"of"}
# A predicate's words after the verb stop at these: another clause, an aside.
_STOP_DEPS = frozenset("cc conj advcl ccomp parataxis punct mark relcl appos npadvmod".split())
# Prepositions of what a kind of people or things has: "firms with", "those on incomes".
_HAVING_PREPS = frozenset("with on".split())
# Prepositions of those a clause is for: "help extended to parties with at least two MPs".
_TO_PREPS = frozenset("to for".split())
# A participle modifying a noun ("earning", "valued"), not an infinitive ("efforts to cut").
_PARTS = frozenset({"VBG", "VBN"})
# Determiners of a kind of things, not of things said before ("all firms", not "the blasts").
_KIND_DETS = frozenset("all any every each no".split())
# Words that compare an amount with a bound: "more than", "at least", "over".
_COMPARED_WORDS = frozenset("more less fewer least most over under below above".split())
_MAX_WORDS = 8  # (a longer predicate is cut to its first part)


def _holder(root: Any) -> Any:
    """The noun a modifier holding the amount hangs on: "those" in "those earning less than
    X", "loans valued at over X", "gifts worth more than X", "firms with more than X staff",
    "households with incomes below X"; or None."""
    head = root.head
    dep = root.dep_
    if (
        dep == "pobj"
        and head.dep_ == "prep"
        and head.lower_ not in _BOUND_PREPS  # ("efforts to cut it below 3%": a level aimed at)
        and head.head.dep_ in ("acl", "relcl")
    ):
        head, dep = head.head, "dobj"  # "loans valued at more than X": as its object
    if dep == "dobj" and (head.dep_ == "relcl" or head.dep_ == "acl" and head.tag_ in _PARTS):
        if head.left_edge.i > 0 and head.doc[head.left_edge.i - 1].text == ",":
            return None  # ("the firm, which employs 6,000 people,": an aside, not a kind)
        return head.head  # "those earning less than X", "workers who earn under X"
    if dep == "npadvmod" and head.lower_ == "worth" and head.dep_ in ("amod", "acl", "prep"):
        return head.head  # "gifts worth more than X"
    if dep != "pobj" or head.dep_ != "prep":
        return None
    if head.lower_ in _HAVING_PREPS:
        having, holder = head, head.head  # "firms with more than 50 staff"
    elif head.lower_ in _MEASURE_PREPS and head.head.dep_ == "pobj":
        having = head.head.head
        holder = having.head  # "households with incomes below X"
        if having.lower_ not in _HAVING_PREPS:
            return None
    else:
        return None
    if having.lower_ == "on" and holder.pos_ == "NOUN" and holder.lower_ not in lexicon().people:
        return None  # ("those on incomes below X", not "cuts on more than 50 routes")
    # (kinds of things, not one thing: not "the deal with more than ten banks")
    return holder if holder.tag_ in ("NNS", "NNPS") or holder.pos_ != "NOUN" else None


def threshold_holder(root: Any) -> Any:
    """The subject or object of a main clause whose modifier bounds the amount `root`
    heads ("those" in "those earning less than X will be exempt"), or None."""
    noun = _holder(root)
    if noun is None:
        return None
    verb = _clause_verb(noun)
    if (
        not _a_kind(noun)
        or verb is None
        or verb.pos_ not in ("VERB", "AUX")
        or noun.pos_ not in ("NOUN", "PRON", "DET")
        or not _compared(root)
    ):
        return None
    return noun


def _clause_verb(noun: Any) -> Any:
    """The verb `noun` is the subject or object of ("firms ... will publish", "exempt those
    ...", "extended to parties ..."), or None."""
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ in ("prep", "dative") and prep.lower_ in _TO_PREPS:
        return prep.head
    return None


def _a_kind(noun: Any) -> bool:
    """Whether `noun` names a kind, as a bound does ("firms", "all those", "anyone"), not
    things said before ("the blasts which killed ...", "a laptop that will sell for ...")."""
    return not any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in _KIND_DETS for c in noun.lefts
    )


def _compared(root: Any) -> bool:
    """Whether the amount `root` heads is compared (more/less/fewer than, over, under)."""
    if root.head.lower_ in _BOUND_PREPS:
        return True
    return any(
        c.dep_ in ("amod", "quantmod", "advmod") and c.lower_ in _COMPARED_WORDS
        for t in (root, *root.children)
        for c in t.children
    )


def _predicate(verb: Any, noun: Any, skip: set[int]) -> str | None:
    """What the main clause says of its subject `noun`, as words after it: "exempt from
    tax" (a copula's complement), "reported to the commission" (a passive), "paying no
    tax" (an active verb, as its -ing form)."""
    lemma = verb_lemma(verb)
    rights = [c for c in verb.rights if c.i not in skip]
    lead: list[str] = []
    if any(c.dep_ == "neg" for c in verb.children):
        lead.append("not")
    if noun.dep_ == "dobj":
        lead.append(participle(lemma))  # "exempt those earning ...": those exempted
    elif lemma == "be":
        said = next((c for c in rights if c.dep_ in ("acomp", "prep")), None)
        if said is None:
            return None  # ("are the biggest employers": a naming, not a predicate)
        rights = rights[rights.index(said) :]
    elif noun.dep_ == "nsubjpass":
        lead.append(verb.lower_)
    else:
        lead.append(gerund(lemma))
    words: list[Any] = []
    for c in rights:
        if c.dep_ in _STOP_DEPS:
            break
        # (not "their": a pronoun for the subject, which the object names already)
        part = [
            t
            for t in c.subtree
            if t.i not in skip and t.dep_ != "punct" and not (t.dep_ == "poss" and t.pos_ == "PRON")
        ]
        if len(words) + len(part) > _MAX_WORDS:
            if not words:
                return None  # (a whole clause, too long to name a kind by)
            break
        words += part
    if lemma == "be" and not words:
        return None
    said = _joined(words)
    if noun.dep_ == "dobj" and not said:
        said = _by_doer(verb)  # "those exempted by the government"
    return " ".join([*lead, said]).strip()


def _by_doer(verb: Any) -> str:
    """ "by the government" for "the government will exempt ...", when its subject is a
    noun ("" for a pronoun or a name, which an object says elsewhere)."""
    doer = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if doer is None or doer.pos_ != "NOUN":
        return ""
    toks = [t for t in doer.subtree if t.dep_ != "punct"]
    return "by " + _uncap_opening(_joined(toks), toks[0])


def _joined(toks: list[Any]) -> str:
    """Tokens as written, with a space wherever one stood or a token was left out."""
    out = ""
    for k, t in enumerate(toks):
        glued = k == 0 or toks[k - 1].i == t.i - 1 and not toks[k - 1].whitespace_
        out += t.text if glued else f" {t.text}"
    return out


def _relative(prep: Any, noun: Any, skip: set[int]) -> str | None:
    """ "to which help can be extended": the clause `noun` after `prep` is the object of,
    as a relative clause of its subject, auxiliaries and verb; with no subject, "for whom
    income tax is raised to 50%" (from "plans to raise income tax to 50% for those ...")."""
    verb = prep.head
    which = "whom" if noun.pos_ != "NOUN" or noun.lower_ in lexicon().people else "which"
    lefts = [c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg")]
    subject = next((c for c in lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        done = _done_to(verb, skip)
        return f"{prep.lower_} {which} {done}" if done else None
    if subject.pos_ == "PRON" and subject.lower_ in ("which", "that", "who"):
        return None
    toks = [t for c in lefts for t in (c.subtree if c.i == subject.i else (c,))]
    toks = sorted((t for t in [*toks, verb] if t.i not in skip and t.dep_ != "punct"), key=_at)
    if len(toks) > _MAX_WORDS:
        return None
    return f"{prep.lower_} {which} {_uncap_opening(_joined(toks), toks[0])}"


def _done_to(verb: Any, skip: set[int]) -> str | None:
    """ "income tax is raised to 50%": a subjectless verb's object, and what is done to it
    with the verb's other words (None with no object)."""
    done = next((c for c in verb.rights if c.dep_ == "dobj" and c.i not in skip), None)
    if done is None or done.pos_ == "PRON":
        return None
    rest = [
        t
        for c in verb.rights
        if c.i != done.i and c.dep_ not in _STOP_DEPS
        for t in c.subtree
        if t.i not in skip and t.dep_ != "punct"
    ]
    object_ = [t for t in done.subtree if t.i not in skip and t.dep_ != "punct"]
    if len(object_) + len(rest) > _MAX_WORDS:
        return None
    be = "are" if done.tag_ in ("NNS", "NNPS") else "is"
    return " ".join(
        w for w in (_joined(object_), be, participle(verb_lemma(verb)), _joined(rest)) if w
    )


def _at(tok: Any) -> int:
    return int(tok.i)


def _noun_words(noun: Any, skip: set[int]) -> str:
    """The subject's own words, before its modifier: "those", "individual gifts"."""
    toks = [t for t in noun.doc[noun.left_edge.i : noun.i + 1] if t.i not in skip]
    if not toks:
        return ""
    words = " ".join(t.text for t in toks)
    return _uncap_opening(words, toks[0])


def threshold_object(obj: str, noun: Any, skip: set[int]) -> str:
    """ "earnings" -> "earnings of those exempt from income tax" for "those earning less
    than X a year will be exempt from income tax" (`noun` from `threshold_holder`); the
    object unchanged when the main clause says nothing of `noun` in words of its own."""
    name = _noun_words(noun, skip)
    # (other amounts in the clause are words of it: "to 50%")
    skip = {t.i for t in noun.subtree} | {noun.head.i}
    said = (
        _relative(noun.head, noun, skip)
        if noun.dep_ == "pobj"
        else _predicate(noun.head, noun, skip)
    )
    if not said or not name or obj.lower() == name.lower():
        return obj  # (a bare "donors" names no measure of them to keep)
    whose = f"{name} {said}"
    had = obj.lower().removeprefix(f"{name.lower()} with ")
    if had != obj.lower():
        return f"{obj[-len(had) :]} of {whose}"  # "firms with staff": the staff of the firms
    if name.lower() in obj.lower():
        at = obj.lower().index(name.lower())
        return f"{obj[:at]}{whose}{obj[at + len(name) :]}"  # "value of gifts reported to ..."
    return f"{obj} of {whose}"


# Participles of a rule that holds for a kind: "the consultation required for firms ...".
_RULE_PARTS = frozenset("required needed compulsory mandatory obligatory due".split())


def required_threshold(obj: str, noun: Any, skip: set[int], comparator: str) -> str | None:
    """ "threshold of redundancies planned by companies above which 90-day consultation
    period is required" for "the 90-day consultation period required for companies planning
    more than 10 redundancies": the bound is where a rule starts to hold, not an amount
    anyone has; None unless `noun` is the object of "for" on a rule's participle."""
    prep = noun.head
    part = prep.head
    if (
        noun.dep_ != "pobj"
        or prep.lower_ != "for"
        or part.dep_ != "acl"
        or part.tag_ != "VBN"
        or part.lower_ not in _RULE_PARTS
        or part.head.pos_ != "NOUN"
        or comparator not in (">", "<")
    ):
        return None
    ruled = part.head
    toks = [
        t
        for t in ruled.doc[ruled.left_edge.i : ruled.i + 1]
        if t.i not in skip
        and t.dep_ not in ("det", "poss")
        and (t.dep_ != "punct" or t.tag_ == "HYPH")  # (keep "90-day" whole)
    ]
    if not toks or len(toks) > _MAX_WORDS:
        return None
    name = _noun_words(noun, skip).lower()
    if not name or name not in obj.lower() or obj.lower() == name:
        return None  # (the kind's own measure only: not "chlorine", "lorries")
    side = "above" if comparator == ">" else "below"
    be = "are" if ruled.tag_ in ("NNS", "NNPS") else "is"
    return f"threshold of {obj} {side} which {_joined(toks)} {be} {part.lower_}"


# Words of leave to do a thing: "will be allowed to sell up to 49% of ...".
_LEAVE_WORDS = frozenset("allowed permitted entitled able".split())
# What "able to" bounds as a limit, not a capacity: to hold, buy or sell a part of a thing
# ("able to sell up to 49% of their units", not "able to build up to 500 cars").
_HOLDING_VERBS = frozenset("sell buy own hold acquire control".split())


# Verbs by which a share is let be at most so much ("will be allowed", "is permitted").
_ALLOW_LEMMAS = frozenset("allow permit".split())


def allowed_share(root: Any) -> bool:
    """Whether an "up to" share measures a thing that is allowed to be at most so much:
    "foreign investment of up to 100% will be allowed": the share is the thing's limit, not
    its size (`root` heads the percent)."""
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of":
        return False
    thing = of.head
    verb = thing.head
    return (
        thing.dep_ == "nsubjpass"
        and verb.lemma_.lower() in _ALLOW_LEMMAS
        and not any(c.dep_ == "neg" for c in verb.children)
    )


# Words of a rule that obliges ("will have to", "must", "are required to").
_MUST_AUX = frozenset("must".split())
_OBLIGING = frozenset("required obliged forced compelled".split())


def obliged_minimum(root: Any) -> bool:
    """Whether an "at least" amount is what a rule obliges someone to do or give: the object
    of a verb said with "must", "have to" or "be required to" ("they will have to construct
    at least 50,000 square meters"); not "should" (advice) nor "would have to" (a case)."""
    verb = root.head
    if root.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "aux" and c.lower_ in _MUST_AUX for c in verb.lefts):
        return True
    up = verb.head
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.lefts):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in up.lefts):
        return False  # ("would have to pay at least £500 if ...": a case, not a rule)
    return up.lemma_ == "have" and up.pos_ in ("VERB", "AUX") or up.lower_ in _OBLIGING


def permitted_limit(root: Any) -> str | None:
    """ "limit on share of Islamic banking units banks in Malaysia may sell" for "Banks in
    Malaysia will now be able to sell up to 49% of their Islamic banking units": the most of
    a thing a party is allowed to hold, buy or sell, not a stake it has (`root` heads an
    "up to" percent of it); None otherwise."""
    verb = root.head
    whole = next((c for c in root.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if root.dep_ != "dobj" or verb.dep_ != "xcomp" or whole is None:
        return None
    leave = verb.head
    lemma = verb_lemma(verb)
    if leave.lower_ not in _LEAVE_WORDS or lemma not in _HOLDING_VERBS:
        return None
    if any(c.dep_ == "neg" for c in (*leave.children, *leave.head.children)):
        return None  # ("not allowed to own more than ...")
    holder_at = leave.head if leave.dep_ == "acomp" else leave  # "be able", "be allowed"
    holder = next((c for c in holder_at.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    of = next((c for c in whole.children if c.dep_ == "pobj"), None)
    if holder is None or holder.pos_ == "PRON" or of is None:
        return None
    # (not "their": the holder, named already)
    held = [
        t for t in of.subtree if t.dep_ != "punct" and not (t.dep_ == "poss" and t.pos_ == "PRON")
    ]
    who = [t for t in holder.subtree if t.dep_ != "punct"]
    if len(held) + len(who) > 2 * _MAX_WORDS:
        return None
    if held[0].lower_ in ("the", "a", "an"):
        held = held[1:]  # "the shares": the share of shares
    if not held:
        return None
    return f"limit on share of {_joined(held)} {_uncap_opening(_joined(who), who[0])} may {lemma}"


# Marks of a clause a need holds for: "need approval before they raise their stake beyond X".
_NEED_MARKS = frozenset("before if once when".split())


def approval_level(obj: str, root: Any) -> str | None:
    """ "level of foreign investors' stake above which government approval is needed" for
    "Foreign investors will need government approval before they increase their stake beyond
    49%": the level past which a party needs leave, not a stake anyone has (`root` heads
    the amount a "beyond"/"above"/"over" bounds); None otherwise."""
    prep = root.head
    raise_ = prep.head
    need = raise_.head
    if (
        root.dep_ != "pobj"
        or prep.lower_ not in ("beyond", "above", "over")
        or raise_.dep_ != "advcl"
        or not any(c.dep_ == "mark" and c.lower_ in _NEED_MARKS for c in raise_.children)
        or not any(c.dep_ == "dobj" for c in raise_.children)
        or verb_lemma(need) not in ("need", "require")
        or any(c.dep_ == "neg" for c in need.children)
    ):
        return None
    leave = next((c for c in need.rights if c.dep_ == "dobj"), None)
    who = next((c for c in need.lefts if c.dep_ == "nsubj"), None)
    if leave is None or who is None:
        return None
    toks = [t for t in leave.subtree if t.dep_ != "punct"]
    if len(toks) > _MAX_WORDS:
        return None
    return f"level of {obj} above which {_joined(toks)} is needed"
