"""What a count counts: the plural noun a bare number quantifies ("464,000 subscribers"),
with its verb ("20 people were killed" -> "people killed") and the words that make the
counted thing clear: who told or did it, what the counted people believe, what they did it
for, a reduced relative clause, "between ... and ..." counts, and places and disasters the
count happened in.
"""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_arranged import deal_of, deal_sides
from communique.extract.amounts_causes import _caused_count
from communique.extract.amounts_counted_mods import _fronted_owner_of
from communique.extract.amounts_hits import _Hit
from communique.extract.amounts_lexicon import Lexicon, lexicon
from communique.extract.amounts_numbers import digits_value, words_value
from communique.extract.amounts_objects import _bad_object
from communique.extract.amounts_owned_site import ends_in_site
from communique.extract.amounts_owners import _earlier_owner
from communique.extract.amounts_parse import (
    _clause_verb,
    _governing_verb,
    _join,
    _last_participle,
    _name,
    _nounish,
    _np,
    _personal,
    _possessive,
    _predicate,
    _previous_sentence_start,
    _subject,
    _subject_before,
    _tokens,
    _uncap_opening,
    _where_clause,
)
from communique.extract.amounts_planned import planned_by_noun, planner
from communique.extract.amounts_pronoun import _antecedent_name
from communique.extract.amounts_purpose import _joining
from communique.extract.amounts_said_it import said_it_doer
from communique.extract.amounts_sentences import _sent
from communique.extract.amounts_words import (
    _AIM_NOUNS,
    _AIM_VERBS,
    _CHANGE_NOUNS,
    _COMPANY_NOUNS,
    _DESCRIBED,
    _FRONTED_EVENTS,
    _GIVE_VERBS,
    _HARM_VERBS,
    _HAVE_VERBS,
    _HEARSAY_VERBS,
    _LEVEL_VERBS,
    _LY_ASIDES,
    _NOT_COUNTED,
    _OWNER_ORGS,
    _PLURAL_TAGS,
    _SAY_VERBS,
    _TIME_NOUNS,
    _UP_VERBS,
    _WHERE_WORDS,
)
from communique.extract.inflect import base_form, gerund, participle, verb_lemma
from communique.record import Amount

# Places and sources a counted thing is "from", "in", "at" or "with" ("students from
# England"), which the parse may hang on a quantity word before it ("thousands of students
# from England").
_TAIL_PREPS = frozenset("from in at with across".split())


def _quantity_tail(noun: Any, skip: set[int]) -> str:
    """ " from England" for "thousands of additional students from England": a short place
    or source phrase that the parse hung on the amount's quantity word ("thousands",
    "millions of") though it follows and defines the counted noun; "" else (no date, no
    number, none that the noun has itself)."""
    of = noun.head
    quantity = of.head
    if (
        of.lower_ != "of"
        or quantity.i not in skip
        or quantity.i > noun.i
        or quantity.lower_ not in _QUANTITY_HEADS
    ):
        return ""
    said, end = "", noun.right_edge.i
    for c in quantity.rights:
        if c.dep_ != "prep" or c.i <= noun.i or c.lower_ not in _TAIL_PREPS:
            continue
        words = [t for t in c.subtree if t.dep_ != "det"]
        if c.i != end + 1 or not 2 <= len(words) <= 4:
            break
        end = c.right_edge.i
        if any(
            t.i in skip
            or t.like_num
            or t.ent_type_ in ("DATE", "TIME")
            or t.lemma_.lower() in _TIME_NOUNS | {"moment"}  # ("at the time": when, not who)
            for t in words
        ):
            break
        said += f" {_join(words)}"
    return said


# Words (not numbers) that take a part "of" a whole ("some of their homes").
_PART_WORDS = frozenset("some none many most all several each any part half few".split())


def _whose_people(holder: Any, noun: Any, skip: set[int]) -> str:
    """ " of purchasing executives" for "the responses of purchasing executives at 400
    companies": the people a noun's short "of" phrase names, right before the phrase that
    holds the count, whom the parse left out by hanging that phrase on the noun before
    them (the count is where those people are); "" else."""
    of = next((c for c in holder.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or of.right_edge.i + 1 != noun.head.i:
        return ""
    people = next((c for c in of.children if c.dep_ == "pobj"), None)
    words = [t for t in of.subtree if t.dep_ != "det"]
    if (
        people is None
        or not _personal(people)
        or len(words) > 4
        or any(t.i in skip or t.like_num or t.is_punct for t in words)
    ):
        return ""
    return f" {_join(words)}"


def _doing_words(noun: Any, rel: Any, skip: set[int]) -> str:
    """ " studying here" for "we will see 3,000 students studying here": a short "-ing"
    clause after the counted noun (or the quantity word the parse hung it on) that says
    what they do, with no object of its own and no date; "" else."""
    for host in dict.fromkeys((noun, rel)):
        for c in host.rights:
            if c.dep_ != "acl" or c.tag_ != "VBG" or c.i <= noun.i or c.i in skip:
                continue
            words = [t for t in c.subtree if t.dep_ != "det"]
            if len(words) <= 4 and not any(
                t.i in skip or t.is_punct or t.like_num or t.ent_type_ in ("DATE", "TIME")
                for t in words
            ):
                return f" {_join(words)}"
    return ""


def _mod_words(tok: Any, skip: set[int]) -> list[Any]:
    """The adjectives and compound words before `tok`, each with its own ("business" of
    "business visa scheme", "full-time"), but no amount's words."""
    return [
        t
        for k in tok.lefts
        if k.dep_ in ("amod", "compound") and k.i not in skip
        for t in k.subtree
        if t.i not in skip
        # (a word said apart goes, "far too large": "large"; one joined by a hyphen stays,
        # "all-postal")
        and not (t.dep_ in ("det", "poss", "advmod") and t.whitespace_)
    ]


def _measured_of(measure: Any) -> list[Any]:
    """[interviews] for "100 hours of taped interviews": the noun a counted measure is of,
    if it has no number of its own; [] else."""
    of = next((c for c in measure.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if noun is None or noun.pos_ != "NOUN" or any(k.like_num for k in noun.lefts):
        return []
    return [noun]


def _for_what(tok: Any, skip: set[int]) -> str:
    """A short "for" phrase of `tok` naming whom or what it is for ("scheme for Polish
    entrepreneurs"), as " for ...", else ""."""
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ == "for":
            pobj = [t for t in c.children if t.dep_ == "pobj"]
            if pobj and pobj[0].lemma_.lower() in _STUDY_NOUNS:
                return _for_work(pobj[0], skip)
            words = [t for t in c.subtree if t.dep_ != "det" and not t.is_quote]
            if (
                pobj
                and pobj[0].pos_ in ("NOUN", "PROPN")
                and pobj[0].ent_type_ not in ("DATE", "TIME")
                and len(words) <= 6
                and not any(t.i in skip or t.like_num or t.is_punct for t in words)
            ):
                return f" {_join(words)}"
    return ""


def _for_work(work: Any, skip: set[int]) -> str:
    """ " for study "Whose Job Is It?"" for "interviews for the study "Whose Job Is It?"":
    the work a thing was done for, by its noun and the words before it, with its quoted
    title when one follows it whole within eight words (a longer one left out, not cut);
    its other words as any short "for" phrase's; "" when they are too many."""
    if work.i in skip:
        return ""
    doc = work.doc
    opens = work.i + 1
    if opens >= work.sent.end or doc[opens].tag_ != "``":
        words = [t for t in work.head.subtree if t.dep_ != "det"]
        if len(words) > 6 or any(t.i in skip or t.like_num or t.is_punct for t in words):
            return ""
        return f" {_join(words)}"
    own = [t for t in work.lefts if t.dep_ in ("amod", "compound") and t.i not in skip]
    said = _join([*own, work])
    shut = next(
        (k for k in range(opens + 2, min(opens + 10, work.sent.end)) if doc[k].tag_ == "''"),
        None,
    )
    if shut is not None:
        said += f' "{doc[opens + 1 : shut].text}"'
    return f" for {said}"


# Works a thing can be done "for" ("interviews for the study ..."): named by their noun
# when their own title is too long to keep.
_STUDY_NOUNS = frozenset("study report survey inquiry review investigation research".split())


# Verbs whose object is not something their subject did to it ("the school has 300
# pupils taking exams", "the town saw 500 people losing jobs").
_NO_DEED_VERBS = _HAVE_VERBS | frozenset(
    "be get find leave need want face expect keep involve cover affect".split()
)


def _done_to_them_by(verb: Any, skip: set[int]) -> str:
    """ " apprehended by sweeps" for "sweeps have apprehended 31,000 pupils dodging school":
    counted people an "-ing" clause describes are also those the clause's subject did the
    deed to, when that subject is a noun or name (not a pronoun, nor a relative word); ""
    otherwise."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _NO_DEED_VERBS or verb.tag_ == "VBG":
        return ""
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (
        doer is None
        or doer.i in skip
        or doer.pos_ not in ("NOUN", "PROPN")
        or any(c.dep_ == "neg" for c in verb.children)
    ):
        return ""
    whose = _np(doer, skip, with_acl=False)
    if not whose or any(t.like_num for t in doer.subtree):
        return ""
    return f" {participle(verb_lemma(verb))} by {_uncap_opening(whose, doer.left_edge)}"


# Verbs that only carry the deed their object names ("take delivery of", "make use of",
# "carry out a survey of"): their subject is the deed's doer.
_LIGHT_VERBS = frozenset("take make complete carry conduct undertake".split())


def _light_doer(outer: Any, taker: Any, skip: set[int]) -> str:
    """ "Ryanair's " when a named subject does the deed `outer` names through a light verb
    ("Ryanair will have taken delivery of 100 planes"), else ""."""
    if (
        taker is None
        or taker.i in skip
        or outer.head.lemma_.lower() not in _LIGHT_VERBS
        or not (taker.pos_ == "PROPN" or taker.ent_type_ in ("ORG", "PERSON"))
    ):
        return ""
    return f"{_possessive(_name(taker))} "


def _count_noun(doc: Any, hit: _Hit, lx: Lexicon) -> tuple[Any, Any] | None:
    """(noun, event verb or None) that a bare number counts, or None."""
    span = _tokens(doc, hit.num_start, hit.end)
    if span is None or len(span) == 0:
        return None
    if any(t.ent_type_ in ("DATE", "TIME", "ORDINAL") for t in span):
        return None
    last = span[-1]
    noun = None
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    # "thousands of people", "5 of the soldiers"
    if nxt is not None and nxt.lower_ == "of":
        pobj = [c for c in nxt.children if c.dep_ == "pobj"]
        if pobj:
            noun = pobj[0]
    if noun is None and last.dep_ in ("nummod", "compound", "quantmod", "amod", "nmod"):
        h = last.head
        while h.dep_ in ("compound", "nummod") and h.head.i > h.i and h.pos_ == "NUM":
            h = h.head
        while (
            h.dep_ == "compound"
            and h.pos_ == "NOUN"
            and h.head.pos_ == "NOUN"
            and h.head.tag_ in _PLURAL_TAGS
            and 0 < h.head.i - h.i <= 2
        ):
            h = h.head  # "4,000 maths teachers": the teachers are counted
        if (
            h.i > last.i
            and h.i - last.i <= 4
            and h.pos_ in ("NOUN", "PROPN")
            # "five million and impending cuts": a coordination, the number counts no cuts
            and not any(
                t.text in (",", ";", ":", "(", ")")
                or t.dep_ in ("cc", "conj")
                and t.head.i == last.i  # the number's own "and"
                for t in (doc[i] for i in range(last.i + 1, h.i))
            )
        ):
            noun = h
    if noun is None:
        # The tokenizer splits "1.5m" and the parse then goes astray: an adjacent plural
        # noun (perhaps after one modifier) is still what is counted.
        for k in (1, 2):
            t = doc[last.i + k] if last.i + k < len(doc) else None
            if t is None or t.is_punct:
                break
            if t.tag_ in _PLURAL_TAGS and t.pos_ == "NOUN":
                noun = t
                break
            if t.pos_ not in ("ADJ", "NOUN", "PROPN"):
                break
    if (
        noun is not None
        and noun.i + 2 < len(doc)
        and doc[noun.i + 1].text == "-"
        and not noun.whitespace_
        and doc[noun.i + 2].tag_ in _PLURAL_TAGS
    ):
        noun = doc[noun.i + 2]  # "4,500 Mini-workers": the workers are counted
    if noun is not None:
        word = noun.lower_
        if word in _NOT_COUNTED or noun.lemma_.lower() in _NOT_COUNTED:
            return None
        if any(c.dep_ in ("dobj", "ccomp") for c in noun.children):
            return None  # "held above 50 shows continued growth": a verb the tagger misread
        if any(doc[i].tag_ == "JJS" for i in range(last.i + 1, noun.i)):
            return None  # "its 10 largest shareholders": a rank, not a count
        if noun.tag_ not in _PLURAL_TAGS and word not in lx.people:
            return None
        if noun.ent_type_ in ("DATE", "TIME"):
            return None
        verb = _governing_verb(noun)
        return noun, verb
    # "20 people were killed and 100 injured": a bare number subject of a casualty verb.
    if last.dep_ in ("nsubj", "nsubjpass", "dobj") and last.head.lemma_.lower() in lx.events:
        return last, last.head
    return None


# Verbs whose object does what their infinitive says ("expected 3,000 fans to attend").
_CONTROL_VERBS = frozenset(
    "expect ask want urge allow encourage force tell invite persuade order require".split()
)


def _between_count(noun: Any, np: str, skip: set[int]) -> str | None:
    """ "Between 1.1 and 1.5 million people were killed at Auschwitz", "expected between 2,000
    and 4,000 supporters to protest": the range hangs on "between", the verb says what the
    counted did or had done to them."""
    prep = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "between" else None
    verb = prep.head if prep is not None else None
    if verb is None or verb.pos_ != "VERB":
        return None
    if verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        said = _predicate(verb, skip)  # the range is the passive's subject
        return f"{np} {said}" if said else f"{np} {verb.text}"
    inner = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
    words = [t for t in inner.subtree if t.dep_ != "det"] if inner is not None else []
    if inner is None or len(words) > 5 or any(t.i in skip for t in words):
        return f"{np} {participle(verb_lemma(verb))}"
    return f"{np} {participle(verb_lemma(verb))} {_join(words)}"


# Units of a distance travelled, and verbs that travel one ("flying 11,000 miles").
_DISTANCE_UNITS = frozenset("mile kilometre kilometer km".split())
_TRAVEL_VERBS = frozenset("fly travel drive sail cover".split())


def _can_do(v: Any) -> Any:
    """The adjective or modal that makes `v` a capability ("capable of flying", "able to
    fly", "can fly"); None when `v` is said as done."""
    if any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in v.lefts):
        return v
    up = v.head.head if v.dep_ == "pcomp" and v.head.lower_ == "of" else v.head
    if v.dep_ in ("pcomp", "xcomp") and up.lower_ in ("capable", "able") and up.pos_ == "ADJ":
        return up
    return None


def _range_of(noun: Any, skip: set[int]) -> str | None:
    """ "The jet will be capable of flying almost 11,000 miles non-stop" -> "non-stop range
    of the jet", "the ship sailed 900 miles" -> "distance sailed by the ship": a distance a
    travel verb takes as its object is how far its subject can go or went; None otherwise."""
    v = noun.head
    if (
        noun.dep_ not in ("dobj", "npadvmod")  # ("flew 500 miles": either parse)
        or noun.lemma_.lower() not in _DISTANCE_UNITS
        or v.pos_ != "VERB"
        or verb_lemma(v) not in _TRAVEL_VERBS
    ):
        return None
    able = _can_do(v)
    doer = _subject(able.head if able is not None and able is not v else v)
    if doer is None or doer.i in skip or doer.pos_ not in ("NOUN", "PROPN"):
        return None
    name = noun.doc[doer.left_edge.i : doer.i + 1]
    # (a model's name keeps its number: "the Z-300LR")
    plain = len(name) <= 5 and all(
        t.dep_ in ("det", "compound", "nummod", "punct", "amod") for t in name[:-1]
    )
    who = _uncap_opening(name.text if plain else _np(doer, skip), name[0])
    if able is None:
        return f"distance {participle(verb_lemma(v))} by {who}"
    after = noun.doc[noun.i + 1 : noun.i + 4].text.lower()
    nonstop = "non-stop " if after.startswith(("non-stop", "non - stop", "nonstop")) else ""
    return f"{nonstop}range of {who}"


# Prepositions by which a verb reaches the counted ("talking to 100 teenagers").
_TOLD_PREPS = frozenset("to with on for from at against".split())
_PREP_IN = re.compile(r"\b(?:of|from|in|at|with|for|to|on)\b(?!-)")  # (not "with-profits")


def _told_about(v: Any, noun: Any, skip: set[int]) -> str:
    """ "was speaking to 100 pupils about the problems of binge drinking" -> " about problems
    of binge drinking": what the clause told them of, shortly (its first noun phrase); ""
    when there is no short "about"."""
    about = next(
        (c for c in (*v.rights, *noun.rights) if c.dep_ == "prep" and c.lower_ == "about"), None
    )
    if about is None or about.i < noun.i:
        return ""
    words = [t for t in about.subtree if t.dep_ != "det"]
    cut = next((k for k, t in enumerate(words) if t.is_punct or t.pos_ == "CCONJ"), len(words))
    words = words[:cut]
    if not 1 < len(words) <= 6 or any(t.i in skip for t in words):
        return ""
    return f" {_join(words)}"


def _told_to(noun: Any, np: str, skip: set[int], events: frozenset[str]) -> str | None:
    """ "was talking to 100 teenagers" -> "teenagers Mr McConnell was talking to", "imposed
    penalties on 15 funds" -> "funds it has imposed penalties on": the counted as the clause
    reaches them; None when no verb with a subject does."""
    rel = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num:
        rel = noun.head.head  # "written to 40 of the teachers": the number is reached
    prep = rel.head if rel.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in _TOLD_PREPS:
        return None
    v = prep.head
    # "pupils from schools in the Highlands": said enough, unless the clause also says
    # what they were told of ("speaking to 100 pupils from ... about binge drinking")
    about = _told_about(v, noun, skip) if prep.lower_ in ("to", "with") else ""
    about = "" if about and about.strip() in np else about  # (the noun's own words say it)
    if (len(np.split()) > 3 or _PREP_IN.search(np)) and (not about or len(np.split()) > 7):
        return None
    if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.dep_ == "dobj" and v.head.head.pos_ == "VERB":
        # "imposed penalties totalling $2bn on 15 funds": "on" hung on the participle
        v = v.head.head
    if v.pos_ != "VERB" or prep.i < v.i:
        return None
    lemma = verb_lemma(v)
    done_for = prep.lower_ == "for" and any(
        c.dep_ == "dobj" and c.i < prep.i and c.pos_ == "NOUN" and c.i not in skip for c in v.rights
    )  # ("cut fees for 2,000 customers": whom the deed on the fees is for)
    if not done_for and lemma in _LEVEL_VERBS | _GIVE_VERBS | events | _SAY_VERBS | {
        "compare",
        "be",
    }:
        return None  # "rose to 400 cars", "gave it to 30 staff": said elsewhere
    if lemma in _AIM_VERBS:
        return None  # "expects to double sales to 400,000 cars": the parse lost the verb
    subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i not in skip), None)
    if subj is None or subj.tag_ in ("WDT", "WP"):
        return None  # "a deal which should lead to 2,500 jobs": the deal's, said elsewhere
    who = _uncap_opening(_np(subj, skip), subj.left_edge) if subj.pos_ != "PRON" else subj.lower_
    if subj.pos_ == "NOUN" and any(c.lower_ == "the" for c in subj.lefts):
        who = f"the {who}"  # "students the minister was talking to"
    done = next((c for c in v.rights if c.dep_ == "dobj" and c.i < prep.i), None)
    what = ""
    if done is not None:
        if done.i in skip or not _nounish(done):
            return None
        mods = _mod_words(done, skip)
        what = f" {_join([*mods, done])}"
    said = [c for c in v.lefts if c.dep_ in ("aux", "neg")]
    if subj.pos_ == "PRON" and done is not None and not any(c.dep_ == "neg" for c in said):
        # "it has imposed penalties on 15 funds": "funds on which penalties were imposed",
        # no pronoun left to resolve
        be = "were" if done.tag_ in _PLURAL_TAGS else "was"
        # (by the one body the sentence before named, when "it" is that one's)
        name = _antecedent_name(subj, skip)
        by = f" by {name}" if name is not None else ""
        return f"{np} {prep.lower_} which{what} {be} {participle(lemma)}{by}"
    return f"{np} {who} {_join([*said, v])}{what} {prep.lower_}{about}"


# Prepositions that, hung on a verb, still belong to the verb's object just before them
# ("brought charges against two executives", "heard evidence from 51 organisations").
_OBJECT_PREPS = frozenset(("from", "against"))


def _verb_holder(noun: Any, np: str, skip: set[int], events: frozenset[str]) -> str | None:
    """ "Prosecutors filed charges against two executives" -> "charges filed against
    executives by prosecutors": the verb's object right before the counted noun's "against"
    or "from", which the parse hung on the verb, says what is said of them, with who did
    it when that is a noun or a name; None otherwise."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in _OBJECT_PREPS:
        return None
    v = prep.head
    if v.pos_ != "VERB" or v.lemma_.lower() in _SAY_VERBS | events:
        return None
    if prep.lower_ == "from" and v.lemma_.lower() in _LEVEL_VERBS | _GIVE_VERBS:
        return None  # "cut its staff from 5,000 workers": where a level moved from
    thing = next((c for c in v.rights if c.dep_ == "dobj" and c.right_edge.i + 1 == prep.i), None)
    if (
        thing is None
        or thing.pos_ != "NOUN"
        or thing.i in skip
        or thing.lemma_.lower() in _QUANTITY_HEADS
        or _bad_object(thing, lexicon()) is not None
    ):
        return None
    mods = _mod_words(thing, skip)
    said = f"{_join([*mods, thing])} {participle(verb_lemma(v))} {prep.lower_} {np}"
    if prep.lower_ == "from":
        # "heard evidence from 51 organisations": the counted come first, as what they gave
        # ("organisations from which evidence was heard"), not the evidence
        be = "were" if thing.tag_ in _PLURAL_TAGS else "was"
        said = f"{np} from which {_join([*mods, thing])} {be} {participle(verb_lemma(v))}"
    doer = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if doer is None and v.dep_ == "pcomp" and v.head.dep_ == "prep":
        # "made 101 recommendations after hearing evidence from ...": the main clause's
        # subject heard it
        doer = next((c for c in v.head.head.children if c.dep_ == "nsubj"), None)
    if doer is None or doer.i in skip:
        return said
    who = (
        _name(doer)
        if doer.pos_ == "PROPN"
        else _doer_words(doer, v, skip)
        if doer.pos_ == "NOUN"
        else None
    )
    return f"{said} by {who}" if who else said


def _where_there(rel: Any, verb: Any, skip: set[int]) -> str | None:
    """ "live in the US, where there are 16 million citizens of Mexican origin": the place
    a "where there are" count is in; None for any other count."""
    if (
        verb is None
        or rel.dep_ != "attr"
        or verb.lemma_ != "be"
        or not _where_clause(verb)
        or not any(c.dep_ == "expl" for c in verb.lefts)
        or verb.head.i in skip
        or not _nounish(verb.head)
    ):
        return None
    return f"in {_np(verb.head, skip)}"


# Nouns of a place, whose fronted "in" says where the counted were ("In one local education
# authority alone, 800 parents were warned").
_FRONTED_PLACES = frozenset(
    """authority area region county city town village country state province district school
    prison hospital constituency borough council capital camp port zone estate""".split()
)


def _fronted_place(rel: Any, verb: Any, skip: set[int]) -> str | None:
    """ "In Kent alone, 800 parents were fined" -> "in Kent": the place a fronted "in"
    puts the counted in; None when there is none."""
    if verb is None or rel.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    for c in verb.lefts:
        if c.dep_ != "prep" or c.lower_ not in ("in", "across", "throughout"):
            continue
        if c.i >= rel.left_edge.i or not c.is_sent_start and c.doc[c.i - 1].is_alpha:
            return None  # (only a phrase opening the sentence or set off before it)
        place = next((p for p in c.children if p.dep_ == "pobj"), None)
        if place is None or place.ent_type_ in ("DATE", "TIME"):
            return None
        if not (
            # (a one-word place the model may take for a person: "In Kent, ...")
            place.pos_ == "PROPN"
            and place.ent_type_ not in ("NORP", "ORG", "DATE", "EVENT")
            and not any(k.dep_ == "compound" for k in place.lefts)
            or place.pos_ == "NOUN"
            and place.lemma_.lower() in _FRONTED_PLACES
        ):
            return None
        words = [t for t in c.subtree if t.dep_ != "det" and t.lower_ != "alone"]
        # (not another amount's words, but for a lone "one": "in one education authority")
        if len(words) > 7 or any(t.i in skip and t.lower_ != "one" or t.is_punct for t in words):
            return None
        return f"{c.lower_} {_join(words[1:])}"
    return None


def _fronted_event(rel: Any, verb: Any, skip: set[int]) -> str | None:
    """ "During three days of disturbances, nearly 400 people were injured" -> "during three
    days of disturbances": the event a fronted "during" puts the counted in; None when there
    is none."""
    if (
        verb is None
        or rel.dep_ not in ("nsubj", "nsubjpass", "dobj")
        or verb.lemma_.lower() not in _HARM_VERBS
    ):
        return None
    for c in verb.lefts:
        if c.dep_ != "prep" or c.lower_ not in ("during", "in"):
            continue
        if c.i >= rel.left_edge.i or not c.is_sent_start and c.doc[c.i - 1].is_alpha:
            return None  # (only a phrase opening the sentence or set off before it)
        # (not the clause that tells more of it: "disturbances that spread to ...")
        told = {t.i for k in c.subtree if k.dep_ in ("relcl", "acl") for t in k.subtree}
        words = [t for t in c.subtree if t.dep_ != "det" and t.i not in told]
        nouns = [t for t in words if t.lemma_.lower() in _FRONTED_EVENTS]
        if not nouns or len(words) > 8 or any(t.i in skip or t.is_punct for t in words):
            return None
        # (the time words the period field holds: "the following three days of ...")
        words = [t for t in words if t.lower_ not in ("following", "previous", "next")]
        return f"{c.lower_} {_join(words[1:])}"
    return None


# Verbs of what the counted believe or say ("64 respondents believed the sentence should
# cease"), and of what shows them ("Results showed 64 respondents believed ...").
_BELIEF_VERBS = frozenset(
    "believe think say agree feel fear want support oppose back expect reject".split()
)
_SHOW_VERBS = frozenset("show find reveal suggest".split())


def _believers(rel: Any, np: str, skip: set[int]) -> str | None:
    """ "About 40 MPs think the tax should be scrapped" -> "MPs who think tax should be
    scrapped": what the counted believe, in short; None when they say nothing so."""
    verb = rel.head if rel.dep_ == "nsubj" else None
    if rel.dep_ == "dobj" and rel.head.lemma_.lower() in _SHOW_VERBS:
        # "showed 64 respondents out of 146 - among them 21 judges - believed ...": the parse
        # made the belief a clause of "showed"; it is theirs
        verb = next(
            (
                c
                for c in rel.head.rights
                if c.dep_ in ("advcl", "ccomp", "conj")
                and c.i > rel.i
                and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
            ),
            None,
        )
    if verb is None or verb.lemma_.lower() not in _BELIEF_VERBS or verb.pos_ != "VERB":
        return None
    end = verb.right_edge.i
    words = [
        t
        for t in verb.doc[verb.i + 1 : end + 1]
        if (t.dep_ != "det" or t.lower_ not in ("a", "an", "the"))
        and t.text not in _QUOTE_TOKENS
        and t.dep_ != "mark"
    ]
    cut = next((k for k, t in enumerate(words) if t.is_punct), len(words))
    words = words[:cut]
    if not 1 < len(words) <= 12 or any(t.i in skip for t in words):
        return None
    return f"{np} who {verb.text} {_join(words)}"


def _purpose_of(obj: str, verb: Any, noun: Any, skip: set[int]) -> str:
    """ "couples going to court" -> "... to resolve access disputes": what the counted
    subjects do it for, when the object already tells their verb."""
    if verb is None or noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i != verb.i:
        return obj
    lemma = verb_lemma(verb)
    if not {participle(lemma), gerund(lemma), verb.lower_} & set(obj.split()):
        return obj
    said = _purpose_words(verb, skip)
    return obj if said is None or said in obj else f"{obj} {said}"


# Prepositions of a time that marks off some of the counted (joined "before 2001"), not when.
_WHICH_TIMES = frozenset(("before", "after", "since"))


def _than_said(thing: Any, skip: set[int]) -> list[Any]:
    """ "poorer reading than that expected of seven year olds": the other side of a
    comparative on `thing` (its "than" phrase, without articles), or [] when there is none,
    it is long or it holds an amount."""
    than = next((c for c in thing.rights if c.dep_ == "prep" and c.lower_ == "than"), None)
    if than is None or not any(k.tag_ in ("JJR", "RBR") for k in thing.lefts):
        return []
    words = [t for t in than.subtree if t.dep_ != "det"]
    if len(words) > 7 or any(t.i in skip or t.is_punct for t in words):
        return []
    return words


def _purpose_words(verb: Any, skip: set[int]) -> str | None:
    """ "to resolve access disputes": `verb`'s infinitive of purpose and its object, shortly
    (None when there is none or it is long)."""
    purpose = next(
        (
            c
            for c in verb.rights
            if c.dep_ == "advcl" and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.lefts)
        ),
        None,
    )
    if purpose is None:
        return None
    words = sorted(
        [
            *(k for k in purpose.lefts if k.dep_ == "aux"),
            purpose,
            *(t for k in purpose.rights if k.dep_ == "dobj" for t in k.subtree if t.dep_ != "det"),
        ],
        key=lambda t: t.i,
    )
    # (a word joined by hyphens, "anti-social", is one word and keeps its hyphens)
    if len(words) - sum(map(_joining, words)) > 6 or any(
        t.i in skip or t.is_punct and not _joining(t) for t in words
    ):
        return None
    return _join(words)


_MORE_WORDS = frozenset(("more", "fewer", "less"))


def _margin_than(noun: Any, np: str, skip: set[int]) -> str | None:
    """ "votes fewer for Greens than Labour's candidate" ("the Greens came second, winning
    300 votes fewer than Labour's candidate"): a count hung on "fewer" or "more" with a
    "than" is the gap between two, not a total; None when the count is no such gap."""
    # ("votes fewer than": the word hung on the noun, or the noun on the word)
    comp = next((c for c in noun.rights if c.dep_ == "amod" and c.lower_ in _MORE_WORDS), None)
    if comp is None and noun.dep_ == "npadvmod" and noun.head.i > noun.i:
        comp = noun.head if noun.head.lower_ in _MORE_WORDS else None
    if comp is None:
        return None
    than = next((c for c in comp.rights if c.dep_ == "prep" and c.lower_ == "than"), None)
    other = next((c for c in than.children if c.dep_ == "pobj"), None) if than else None
    if other is None or other.i in skip or not _nounish(other):
        return None
    # (whose count falls short: the subject of the clause the gap hangs on, when named)
    clause = noun.head if comp.head.i == noun.i else comp.head
    who = _subject(clause) if clause.pos_ in ("VERB", "AUX") else None
    whose = (
        f" for {_np(who, skip)}"
        if who is not None and who.pos_ in ("PROPN", "NOUN") and who.i not in skip
        else ""
    )
    return f"{np} {comp.lower_}{whose} than {_np(other, skip)}"


def _more_of_them(obj: str, noun: Any, first: Any) -> str:
    """ "people in work" -> "more people in work" ("even as 40,000 more people were in
    work"): a "more" or "fewer" between the number and its noun makes the count a
    difference, not a level; the model hangs the word on the number, so the noun's own
    words leave it out (`obj` as it is otherwise)."""
    if noun.i - first.i < 2:
        return obj  # (nothing between them)
    said = next(
        (
            t
            for t in noun.doc[first.i + 1 : noun.i]
            if t.lower_ in _MORE_WORDS and t.tag_ == "JJR" and t.head.like_num and t.head.i < t.i
        ),
        None,
    )
    if said is None or said.lower_ in obj.lower().split():
        return obj
    # (only where the object opens with the counted noun: "more" then reads as its own)
    if not obj.lower().startswith(noun.lower_):
        return obj
    return f"{said.lower_} {obj}"


_HELP_VERBS = frozenset(("help", "feed", "support", "assist"))


def _helped_with(obj: str, noun: Any, skip: set[int]) -> str:
    """ "families helped" -> "families helped with grain" ("500 tonnes of grain were sent to
    help 2,000 families"): people a thing is sent, needed or raised to help are helped with
    that thing, which the bare "helped" leaves out (`obj` as it is otherwise)."""
    helping = noun.head
    if (
        noun.dep_ != "dobj"
        or helping.lemma_.lower() not in _HELP_VERBS
        or helping.dep_ != "advcl"
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in helping.lefts)
    ):
        return obj
    done = participle(verb_lemma(helping))
    if done not in obj.split() or " with " in obj:
        return obj
    thing = next(
        (c for c in helping.head.children if c.dep_ in ("nsubjpass", "dobj") and c.i < helping.i),
        None,
    )
    for _ in range(3):  # "a total of 500 tonnes of grain": through the quantities to the thing
        if thing is None or not (
            thing.i in skip
            or thing.lemma_.lower() in _QUANTITY_HEADS
            or any(c.like_num for c in thing.lefts)  # "500,000 tonnes": a measure of it
        ):
            break
        of = next((c for c in thing.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if (
        thing is None
        or thing.pos_ != "NOUN"
        or thing.i in skip
        or any(c.tag_ == "PRP$" for c in thing.lefts)  # ("its funds": whose, unsaid)
    ):
        return obj
    what = _uncap_opening(_np(thing, skip, with_acl=False), thing.left_edge)
    if len(what.split()) > 4:
        return obj
    words = obj.split()
    at = words.index(done)
    return " ".join([*words[: at + 1], "with", what, *words[at + 1 :]])


def _reduced_relative(noun: Any, np: str, skip: set[int]) -> str | None:
    """ "of the 17 people found guilty of terrorist acts in the UK, only four ...": a
    participle right after the counted noun that the parse made the clause's verb, with the
    noun inside its subject; None otherwise."""
    doc = noun.doc
    if noun.i + 1 >= len(doc):
        return None
    verb = doc[noun.i + 1]
    if verb.tag_ not in ("VBN", "VBD") or verb.pos_ != "VERB" or verb.i in skip:
        return None
    subj = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not subj.left_edge.i <= noun.i <= subj.right_edge.i or subj.i == noun.i:
        return None
    if subj.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or subj.lemma_.lower() in _QUANTITY_HEADS:
        # "Five of the eight men held a news conference", "A poll of 1,500 voters found
        # support": a real subject's verb, not a participle the parse misread
        return None
    words = [verb]
    for c in verb.rights:
        if c.dep_ in ("oprd", "acomp", "prep", "dobj", "advmod"):
            sub = [t for t in c.subtree if t.dep_ != "det"]
            cut = next(
                (k for k, t in enumerate(sub) if t.is_punct or t.ent_type_ in ("DATE", "TIME")),
                len(sub),
            )
            words += sub[:cut]
            if cut < len(sub):
                break
        else:
            break
    while words and words[-1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ"):
        words.pop()
    if len(words) < 2 or len(words) > 10 or any(t.i in skip for t in words):
        return None
    return f"{np} {participle(verb_lemma(verb))} {_join(words[1:])}"


_QUOTE_TOKENS = frozenset("\"“”‘’'")


def _kind_of(noun: Any, skip: set[int]) -> set[int]:
    """A noun's short "of" complement that says which kind it is: "abuses of power",
    "breaches of trust" (not a long phrase, nor one holding a number or a name)."""
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or of.i != noun.i + 1:
        return set()
    sub = [t for t in of.subtree]
    # (a bare common noun: "of justice", not "of the firm" or "of 300 staff")
    if len(sub) != 2 or sub[1].pos_ != "NOUN" or sub[1].i in skip or sub[1].like_num:
        return set()
    return {t.i for t in sub}


# Marks that end or break a clause ("%" and "-" inside a word are no break).
_CLAUSE_BREAKS = frozenset(',;:()–—"“”')


def _for_whom(noun: Any, np: str, bare_subject: bool) -> str | None:
    """ "For 43 poor countries, more than 20% of their income comes from one crop": a
    fronted "for" phrase holding the counted names those the clause after its comma is
    true of, so that clause says who they are (shortly, its own amounts kept); None for
    any other shape."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "of" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "For many of the 200 families, ..."
    if prep is None or prep.lower_ != "for" or prep.dep_ != "prep" or bare_subject:
        return None
    sent = _sent(noun)
    doc = noun.doc
    comma = prep.right_edge.i + 1
    clause = prep.head
    if (
        prep.i != sent.start
        or comma >= sent.end
        or doc[comma].text != ","
        or clause.pos_ not in ("VERB", "AUX")
        or clause.i < comma
    ):
        return None
    words = [
        t
        for t in doc[comma + 1 : sent.end]
        if t.dep_ != "det" and not (t.tag_ == "PRP$" and t.lower_ == "their")
    ]
    while words and words[-1].is_punct:
        words.pop()
    if not 2 <= len(words) <= 14 or any(
        t.text in _CLAUSE_BREAKS or t.tag_ in ("PRP", "WDT") for t in words
    ):
        return None  # (a long clause, or one whose pronoun would be left unresolved)
    whom = "whom" if _personal(noun) else "which"
    return f"{np} for {whom} {_join(words)}"


def _made_for(noun: Any, np: str, skip: set[int]) -> str | None:
    """ "make medicines and care available for 2,500 women" -> "women for whom medicines
    and care are made available": whom a thing is made so for is counted by what is made
    so for them, not bare; None for any other shape."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "to"):
        return None
    prep = noun.head
    adj = prep.head
    if adj.pos_ != "ADJ" or adj.i > noun.i:
        return None
    # ("available" the made thing's own "amod" in some parses, its verb's "ccomp" in others)
    made_noun = adj.head
    while made_noun.dep_ == "conj" and made_noun.head.i < made_noun.i:
        made_noun = made_noun.head  # ("medicines and other care available": the list's first)
    make = adj.head if adj.dep_ in ("ccomp", "oprd", "acomp") else made_noun.head
    if make.pos_ != "VERB" or make.lemma_.lower() != "make" or make.i > adj.i:
        return None
    made = [t for t in noun.doc[make.i + 1 : adj.i] if t.i not in skip]
    if not made or len(made) > 8 or any(t.pos_ in ("VERB", "AUX", "PRON") for t in made):
        return None
    whom = "whom" if _personal(noun) else "which"
    many = any(t.lower_ == "and" for t in made) or made[-1].tag_ in _PLURAL_TAGS
    return f"{np} {prep.lower_} {whom} {_join(made)} {'are' if many else 'is'} made {adj.lower_}"


def _joined_gap(doc: Any, last: int, noun: int) -> int:
    """How many words from the number at `last` to its noun at `noun`, a word joined by
    hyphens ("ex-managers", three tokens) counted once (not a model's "747-400")."""
    joins = sum(
        1
        for t in doc[last + 1 : noun]
        if t.text == "-"
        and not t.whitespace_
        and not doc[t.i - 1].whitespace_
        and doc[t.i - 1].is_alpha
        and doc[t.i + 1].is_alpha
    )
    return noun - last - 2 * joins


def _loose_words(noun: Any, np: str, skip: set[int]) -> str:
    """ "three other ex-managers": the words between the number and its noun that the parse
    hung beside the noun, not on it ("other", "ex", "-"), kept before it ("other
    ex-managers"); `np` as it is when there are none or they are no noun's modifiers."""
    first = noun.i
    if first == 0 or first - 1 in skip:
        return np  # (the number right before its noun, as most are)
    doc = noun.doc
    while first > 0 and first - 1 not in skip and noun.i - first < 4:
        first -= 1
    if first - 1 not in skip:
        return np  # (not words after a number)
    between = list(doc[first : noun.i])
    if not any(t.text == "-" for t in between) or any(noun in t.ancestors for t in between):
        return np  # ("three other ethnic minority MPs": the parse put them on the noun)
    if not all(t.text == "-" or t.pos_ in ("ADJ", "NOUN", "PROPN") for t in between):
        return np
    at = np.find(noun.text)
    if at < 0 or any(w not in _join(between) for w in np[:at].split()):
        return np
    return f"{_join([*between, noun])}{np[at + len(noun.text) :]}"


# Verbs of the room a thing has ("a jet that can carry 840 people", "the hall seats 900
# people"): a count of what fits is a capacity, not what was carried.
_ROOM_VERBS = frozenset("carry seat hold accommodate house".split())
# Of those, the ones that tell a capacity even with no "can" ("the stadium holds 80,000").
_ROOM_ALWAYS = frozenset("seat hold accommodate".split())


def _room_for(rel: Any, verb: Any, np: str, skip: set[int]) -> str | None:
    """ "people planes can carry": a count that is the object of a verb of room, with "can"
    or "could" ("be able to") or, for "seat"/"hold", in the present; None otherwise, or
    when what has the room is not a noun the sentence names."""
    if rel.dep_ != "dobj" or rel.head.i != verb.i:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # ("could not house 200 families": a deed denied, said as such below)
    modal = next(
        (c.lower_ for c in verb.lefts if c.tag_ == "MD" and c.lower_ in ("can", "could")), None
    )
    if modal is None and verb.dep_ == "xcomp" and verb.head.lower_ == "able":
        modal = "can"  # "will be able to carry"
    if modal is None and not (verb.lemma_.lower() in _ROOM_ALWAYS and verb.tag_ in ("VBZ", "VBP")):
        return None
    owner = _subject(verb.head if verb.head.lower_ == "able" else verb)
    if owner is not None and owner.tag_ == "WDT" and verb.dep_ == "relcl":
        owner = verb.head  # "planes that can carry"
    if owner is None or owner.i in skip or not _nounish(owner, ("NOUN", "PROPN")):
        return None
    said = _uncap_opening(_np(owner, skip, with_acl=False), owner.left_edge)
    said = _fronted_owner_of(owner, said)  # "For Airbus, ... planes that can carry"
    done = f"{modal} {verb.lemma_.lower()}" if modal else verb.text
    return f"{np} {said} {done}"


# Nouns of the backing people give, whose count is of the people ("the support of 62
# rebels"), with the verb that says what they do.
_BACKING_NOUNS = {
    "support": "support",
    "backing": "back",
    "opposition": "oppose",
    "endorsement": "endorse",
    "votes": "vote for",
}


def _backers(np: str, backing: Any, skip: set[int]) -> str | None:
    """ "Labour rebels supporting cross-party amendment" for "an amendment was rejected
    despite the support of 62 Labour rebels": the people, by what they back (the noun's own
    "for" phrase, else the subject of the clause the backing is said in); None when that is
    not a noun the sentence names."""
    backed = next(
        (
            p
            for c in backing.rights
            if c.dep_ == "prep" and c.lower_ in ("for", "to")
            for p in c.children
            if p.dep_ == "pobj"
        ),
        None,
    )
    if backed is None:
        clause = backing.head.head if backing.dep_ == "pobj" else backing.head
        if backing.dep_ in ("pobj", "dobj") and clause.pos_ in ("VERB", "AUX"):
            backed = _subject(clause)
    if backed is None or backed.i in skip or not _nounish(backed, ("NOUN", "PROPN")):
        return None
    verb, _, rest = _BACKING_NOUNS[backing.lower_].partition(" ")
    said = _uncap_opening(_np(backed, skip, with_acl=False), backed.left_edge)
    return f"{np} {gerund(verb)}{' ' + rest if rest else ''} {said}"


# Verbs of bringing a set down to fewer, other things ("narrowed down to 14 indicators").
_PICK_VERBS = frozenset("narrow whittle pare".split())


def _picked_down(verb: Any, subj: Any, to: Any) -> bool:
    """Whether "to N things" is what the verb's plural subject or object was brought down
    to, being other things ("targets narrowed down to 14 indicators"), not the same
    thing's level ("sales fell to 1.2m vehicles")."""
    return (
        verb.lemma_.lower() in _PICK_VERBS
        and subj.tag_ in _PLURAL_TAGS
        and to.dep_ == "pobj"
        and to.head.lower_ == "to"
    )


def _count_object(
    noun: Any,
    rel: Any,
    verb: Any,
    bare_subject: bool,
    skip: set[int],
    events: frozenset[str],
    main_org: str | None = None,
) -> str:
    """ "people killed", "jobs created", "lost subscribers": the counted noun with its verb."""
    # (the participle is added below, with what the count does)
    np = "people" if bare_subject else _loose_words(noun, _np(noun, skip, with_acl=False), skip)
    if not bare_subject and noun.dep_ == "pobj":
        np += _quantity_tail(noun, skip)
    ranged = (
        _between_count(noun, np, skip)
        or _margin_than(noun, np, skip)
        or _for_whom(noun, np, bare_subject)
        or _made_for(noun, np, skip)
    )
    if ranged is not None:
        return ranged
    believed = _believers(rel, np, skip) or _reduced_relative(noun, np, skip)
    if believed is not None:
        return believed
    if verb is not None and verb.lemma_.lower() in _ROOM_VERBS:
        room = _room_for(rel, verb, np, skip)  # "planes that can carry 840 people"
        if room is not None:
            return room
    if noun.dep_ == "conj" and (
        noun.head.pos_ == "NOUN"
        and noun.head.tag_ in _PLURAL_TAGS
        # "he and the other seven protesters would plead not guilty": a shared subject
        or noun.head.dep_ in ("nsubj", "nsubjpass")
        and noun.head.pos_ in ("PRON", "PROPN")
    ):
        rel = noun.head  # "92 outgoing flights and 86 incoming flights were delayed"
        verb = _governing_verb(rel)
    listed = [
        c
        for c in noun.rights
        if (c.dep_ == "conj" or _listed_appos(c))
        and c.pos_ in ("NOUN", "PROPN")
        and c.i not in skip
        and not any(k.like_num or k.i in skip for k in c.lefts)  # "92 out and 86 in"
    ]
    # ("51 organisations and individuals": the number counts them all, see `_listed_kind`)
    if listed and not bare_subject:
        # "25,000 girls and women", "pickups, vans and sports utility vehicles": all of them.
        tail = _list_end(listed[-1])
        words = [t for t in noun.doc[noun.i : tail.i + 1] if t.i not in skip]
        if len(words) <= _list_cap(noun, tail) and all(t.pos_ in _LIST_POS for t in words):
            mods = [
                t
                for k in noun.lefts
                if k.dep_ in ("amod", "compound", "nmod", "poss")
                for t in k.subtree
                if t.i not in skip
            ]
            np = _join([*mods, *words])
    booked = noun.head if noun.dep_ == "appos" and noun.head.dep_ == "dobj" else None
    if (
        booked is not None
        and booked.head.lemma_.lower() in _LEVEL_VERBS | _UP_VERBS
        and any(t.lower_ == "to" and t.i < noun.i for t in noun.subtree)
        and _nounish(booked, ("NOUN",))
        and booked.i not in skip
    ):
        return _np(booked, skip)  # "brings the order book up to 225 firm orders": the book
    of = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if of is not None and of.lemma_.lower() in _QUANTITY_HEADS and of.i < noun.i:
        rel = of  # "a total of 500 people were hurt": the total holds the clause's relation
        verb = of.head if of.head.pos_ in ("VERB", "AUX") else verb
    to = noun if noun.dep_ == "pobj" else rel
    head = to.head.head if to.dep_ == "pobj" and to.head.lower_ in ("to", "from") else None
    first, opening = noun.i, _sent(noun).start
    while first > opening and first - 1 in skip:
        first -= 1
    if head is None and to.dep_ == "dobj" and noun.doc[max(0, first - 1)].lower_ in ("to", "from"):
        head = to.head  # "dropped from 10,276 cases to 8,177 cases", "to" parsed as quantmod
    if head is not None and head.dep_ == "appos" and head.pos_ == "NOUN":
        # "boost the capacity of the company - India's second-largest maker - to 400,000
        # units": "to" hung on the aside; the level is the object of the verb before it.
        while head.dep_ == "appos":
            head = head.head
        if (
            head.dep_ == "dobj"
            and head.head.lemma_.lower() in _LEVEL_VERBS
            and _nounish(head, ("NOUN",))
            and head.i not in skip
        ):
            return _np(head, skip)
    if head is not None and to.dep_ == "pobj" and to.head.lower_ == "to":
        # "aims to triple output to 90,000 tonnes", "to nearly double sales to 400,000
        # cars": a multiplying verb the model took for an adjective, its noun the level's
        times = next(
            (
                t
                for t in noun.doc[max(opening, to.head.i - 4) : to.head.i]
                if t.lower_ in _TIMES_VERBS and t.pos_ == "ADJ"
            ),
            None,
        )
        level = (
            next((c for c in times.children if c.dep_ == "dobj"), None)
            if times is not None and times.dep_ == "xcomp"
            else times.head
            if times is not None and times.dep_ == "amod"
            else None
        )
        if level is not None and _nounish(level, ("NOUN",)) and level.i not in skip:
            assert times is not None
            return _np(level, skip | {t.i for t in times.subtree if t.i != level.i})
    if head is not None and head.pos_ == "VERB" and head.lemma_.lower() in _LEVEL_VERBS:
        # "sales fell to 1.25 million vehicles", "double sales to 400,000 cars": the
        # vehicles counted are the sales.
        dobj = [
            c
            for c in head.children
            if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_ != noun.lemma_
        ]
        subj = dobj[0] if dobj else _subject(head)
        if (
            subj is not None
            and subj.pos_ == "NOUN"
            and subj.i not in skip
            and subj.lower_ not in events
            and subj.lemma_.lower() != noun.lemma_.lower()
        ):
            if noun.lemma_.lower() in _CASE_NOUNS:
                # "reported fraud dropped from 10,276 cases to 8,177": cases of the fraud
                return f"{noun.lower_} of {_uncap_opening(_np(subj, skip), subj.left_edge)}"
            if _picked_down(head, subj, to):
                # "the targets were narrowed down to 14 key indicators": the indicators the
                # targets became, not the targets
                prt = "".join(f" {c.lower_}" for c in head.rights if c.dep_ == "prt")
                said = _uncap_opening(_np(subj, skip), subj.left_edge)
                return f"{np} {said} {participle(verb_lemma(head))}{prt} to"
            return _np(subj, skip)
    # ("the privatisation of hundreds of firms": through the quantity)
    held = (
        of
        if of is not None and (of.lower_ in _QUANTITY_HEADS or of.lemma_.lower() in _QUANTITY_HEADS)
        else noun
    )
    deed_noun = (
        held.head.head
        if held.dep_ == "pobj" and held.head.lower_ == "of" and held.head.head.i not in skip
        else None
    )
    if deed_noun is not None and (
        deed_noun.lemma_.lower() in _CHANGE_NOUNS
        or deed_noun.pos_ == "NOUN"
        and _DEED_NOUN.search(deed_noun.lower_) is not None
    ):
        change = deed_noun
        mods = [t for t in change.lefts if t.dep_ in ("compound", "amod") and t.i not in skip]
        by = next(  # "the closure of 40 branches by the bank"
            (
                c
                for c in change.rights
                if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i and c.i not in skip
            ),
            None,
        )
        whom = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        doer_words = (  # (the doer's name and its own words only: no clause hung on it)
            [by, *(t for t in whom.lefts if t.dep_ in ("compound", "amod")), whom]
            if by is not None
            and whom is not None
            and whom.i not in skip
            and not any(t.pos_ in ("VERB", "AUX") for t in by.subtree)
            else []
        )
        said = f" {_join(doer_words)}" if doer_words else ""
        # "the loss of 800 jobs", "production loss", "the privatisation of 3,000 firms"
        return f"{_join([*mods, change])} of {np}{said}"
    given = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else None
    if given is not None and given.pos_ == "VERB" and given.lemma_.lower() in _GIVE_VERBS:
        what = next((c for c in given.rights if c.dep_ == "dobj" and c.i not in skip), None)
        if what is not None and _nounish(what, ("NOUN",)):
            # "offering voluntary redundancy to about 30 reporters": what they are given.
            return f"{np} {participle(verb_lemma(given))} {_np(what, skip)}"
    where = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "across") else None
    part = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if part is not None and part.i in skip and part.dep_ == "pobj" and part.head.lower_ == "in":
        where = part.head.head  # "In almost 14,000 of those cases, the youngsters were ..."
    what = ""
    last = noun.doc[noun.head.i - 1] if where is not None else None
    if (
        where is not None
        and last is not None
        and last.dep_ == "conj"
        and last.head.i == where.i
        and _nounish(last)
    ):
        where = last  # ("the Mecca chain and 100 Hard Rock Cafes in 38 countries": the Cafes)
    listed_in = where
    while (
        listed_in is not None
        and listed_in.dep_ in ("conj", "appos")
        and listed_in.head.i != listed_in.i
    ):
        listed_in = listed_in.head  # "owns 34 casinos ... and 100 Hard Rock Cafes in 38 ..."
    if (
        where is not None
        and where.pos_ in ("NOUN", "PROPN")
        and listed_in is not None
        and listed_in.dep_ == "dobj"
    ):
        what = f" {where.text}" if where.dep_ == "dobj" else f" {_np(where, skip)}"
        where = listed_in.head  # "runs 40 hotels in 12 countries"
    if (
        where is not None
        and where.pos_ == "VERB"
        and noun.lemma_.lower() in _PLACE_NOUNS
        and (doer := _subject(where)) is not None
        and doer.i not in skip
    ):
        # "employs 109,000 people in more than 120 countries": where it happens.
        who = _np(doer, skip) if doer.pos_ != "PRON" else doer.lower_
        done = next((c for c in where.rights if c.dep_ == "dobj" and c.i not in skip), None)
        if not what and done is not None and _nounish(done):
            what = f" {_np(done, skip)}"  # "owns 100 Hard Rock Cafes in 38 countries"
        said = " ".join(
            c.lower_ for c in where.lefts if c.tag_ == "MD" or c.dep_ in ("neg", "auxpass")
        )
        said = f"{said} " if said else ""  # "voters could influence the result in 50 seats"
        agent = next((c for c in where.rights if c.dep_ == "agent"), None)
        by_ = [t for t in agent.subtree if t.dep_ != "det"] if agent is not None else []
        if not what and 1 < len(by_) <= 4 and not any(t.i in skip or t.is_punct for t in by_):
            what = f" {_join(by_)}"  # "were accompanied by their parents"
        return f"{np} where {who} {said}{where.text}{what}"
    outer = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if (
        outer is not None
        and noun.lemma_.lower() in _EXTENT_UNITS
        and outer.pos_ == "NOUN"
        and outer.i < noun.i
        and outer.i not in skip
    ):
        return _length_of(outer, skip)  # "a commentary of 500 pages": its length
    if (
        outer is not None
        and outer.lower_ == "rid"
        and any(t.lemma_ == "get" for t in (outer.head, *outer.lefts))
    ):
        return f"{np} cut"  # "plans to get rid of 100,000 civil servants": those cut
    if (
        outer is not None
        and outer.lemma_.lower() in _AIM_NOUNS | {"benchmark"}
        and outer.i < noun.i
        and outer.i not in skip
    ):
        # "reaching the benchmark of 750,000 adults gaining qualifications": who are counted
        doing = next((c for c in noun.rights if c.dep_ == "acl" and c.tag_ == "VBG"), None)
        dated = {
            t.i
            for c in (doing.rights if doing is not None else [])
            if c.dep_ == "prep" and any(k.ent_type_ in ("DATE", "TIME") for k in c.subtree)
            for t in c.subtree
        }
        words = (
            [t for t in doing.subtree if t.dep_ != "det" and t.i not in dated]
            if doing is not None
            else []
        )
        if 0 < len(words) <= 5 and not any(t.i in skip or t.is_punct for t in words):
            return f"{outer.lower_} of {np} {_join(words)}"
    owning = outer
    if (
        owning is not None
        and owning.lower_ in ("hundreds", "thousands", "millions", "tens")
        and owning.i in skip
        and owning.dep_ == "pobj"
        and owning.head.lower_ == "of"
        and owning.head.head.pos_ == "NOUN"
    ):
        owning = owning.head.head  # "the pensions of millions of workers": the pensions
    told = (
        _predicate(owning.head, skip, finite=True)
        if owning is not None
        and owning.dep_ in ("nsubj", "nsubjpass")
        and owning.tag_ in _PLURAL_TAGS
        and owning.i not in skip
        and owning.i < noun.i
        and owning.lemma_.lower() not in _QUANTITY_HEADS
        and _personal(noun)
        and owning.head.pos_ in ("VERB", "AUX")
        else None
    )
    if told and owning is not None:
        # "the pensions of 2m workers are under threat": the workers whose pensions are
        been = owning.head
        lead = [
            c
            for c in (*been.lefts, been)
            if (c.dep_ in ("aux", "auxpass") or c is been and been.lemma_ == "be")
            and c.lower_ not in told.split()
        ]
        mods = _mod_words(owning, skip)
        said = f"{_join(lead)} {told}" if lead else told
        return f"{np} whose {_join([*mods, owning])} {said}"
    backing = (
        _backers(np, outer, skip)
        if outer is not None and outer.lower_ in _BACKING_NOUNS and outer.i < noun.i
        else None
    )
    if backing is not None:
        return backing  # "despite the support of 62 rebels": the rebels, backing what
    if (
        outer is not None
        and outer.pos_ == "NOUN"
        and outer.i not in skip
        and outer.i < noun.i
        and outer.lemma_.lower() not in _QUANTITY_HEADS | _PRICE_NOUNS  # "the cost of 20 projects"
        and (
            _bad_object(outer, lexicon()) is None
            or outer.lemma_.lower() in ("poll", "survey", "study", "sample")  # "a poll of 1,313"
        )
    ):
        # "a shortage of 8,000 foster carers", "the deaths of 20 soldiers": that of them.
        mods = _mod_words(outer, skip)
        taker = _subject(outer.head) if outer.dep_ == "dobj" else None
        by = (  # "Pollco surveyed a sample of 1,200 adults": Pollco's sample
            f" {participle(verb_lemma(outer.head))} by {_name(taker)}"
            if taker is not None
            and (taker.pos_ == "PROPN" or taker.ent_type_ == "ORG")
            and taker.i not in skip
            and outer.lemma_.lower() in ("sample", "panel", "poll", "survey")
            else ""
        )
        doer = _light_doer(outer, taker, skip) if not by else ""
        return f"{doer}{_join([*mods, outer])} of {np}{by}"
    if (
        outer is not None
        and outer.pos_ == "NOUN"
        and outer.i not in skip
        and outer.i < noun.i
        and outer.lemma_.lower() not in _QUANTITY_HEADS
        and _bad_object(outer, lexicon()) == "actor"
        and outer.lower_ not in lexicon().people
    ):
        # "a super union of two million members": the members of it
        mods = [
            t
            for k in outer.lefts
            if k.dep_ in ("amod", "compound") and k.i not in skip
            for t in k.subtree
            if not t.is_punct
        ]
        return f"{np} of {_join([*mods, outer])}"
    host = noun.head.head if noun.dep_ == "pobj" else None
    if (
        host is not None
        and noun.head.lower_ in ("from", "in", "across")
        and noun.lemma_.lower() in ("country", "nation", "state", "city", "region")
        and host.pos_ in ("NOUN", "PROPN")  # ("100 Hard Rock Cafes in 38 countries")
        and host.tag_ in _PLURAL_TAGS
        and host.i not in skip
    ):
        # "240 aerospace firms from 31 countries", "call centres in 24 countries": the
        # places are counted by what is there
        return f"{np} with {_np(host, skip)}{_hosts_deed(host, skip)}"
    alongside = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else None
    if (
        alongside is not None
        and alongside.i > 0
        and noun.doc[alongside.i - 1].lower_ in ("along", "together")
    ):
        # "murdered along with over a million others": the others murdered too
        done_ = alongside.head.head if alongside.head.lower_ in ("along", "together") else None
        done_ = done_ if done_ is not None else alongside.head
        if done_.pos_ == "VERB":
            return f"{np} {participle(verb_lemma(done_))}"
    held = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "agent" else None
    done_to = _subject(held) if held is not None and held.dep_ != "acl" else None
    if (
        done_to is not None
        and held is not None
        and held.tag_ == "VBN"
        and _nounish(done_to)
        and done_to.i not in skip
        and held.lemma_.lower() not in _HEARSAY_VERBS | _SAY_VERBS
    ):
        # "was mugged by six men", "visited by 2 million tourists": the doers, by their deed
        return f"{np} {gerund(verb_lemma(held))} {_np(done_to, skip)}"
    filled = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else None
    if filled is not None and filled.lemma_.lower() in _FILL_VERBS:
        whom = next((c for c in filled.rights if c.dep_ == "dobj" and c.i < noun.i), None)
        deal = deal_of(filled)
        if deal is not None and whom is not None:
            # "signed an agreement with Nissan to supply it with 36,000 cars": agreed, not
            # supplied yet; by whom and to whom ("it": the deal's other side)
            pledged = _pledged_fill(np, filled, whom, deal, skip)
            if pledged:
                return pledged
        if whom is not None and _nounish(whom) and whom.i not in skip:
            # "to supply Peugeot with 30,000 vehicles": what is supplied, and to whom
            return f"{np} {participle(verb_lemma(filled))} to {_np(whom, skip)}"
    if held is not None and held.dep_ == "acl" and _nounish(held.head, ("NOUN",)):
        # "information held by 100,000 public bodies": the bodies holding it
        return f"{np} {gerund(verb_lemma(held))} {_np(held.head, skip)}"
    partitive = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    # "one of six executives indicted in the case": the parse hangs the participle on "one"
    hosts = (
        [noun, partitive]
        if partitive is not None
        and (partitive.like_num or partitive.lemma_.lower() in _QUANTITY_HEADS)
        else [noun]
    )
    for acl in (c for h in hosts for c in h.rights):
        # ("the 246,570 cases reported": "reported" tagged a past tense, parsed a participle)
        if acl.dep_ == "acl" and acl.tag_ in ("VBN", "VBD"):
            words = [t for t in acl.subtree if t.dep_ not in ("det", "auxpass")]
            cut = next((k for k, t in enumerate(words) if t.is_punct), len(words))
            end, kept_time = _dated_end(words, cut)
            if end < cut:  # ("announced in May at its Dutch plants": which cuts, kept)
                end = cut if ends_in_site(acl, words[cut - 1].i, cut) else end
            words = words[:end]  # "found guilty of terrorist acts in the UK since"
            # (a time phrase kept whole: its last word is no dangling one)
            while (
                len(words) > 1
                and not kept_time
                and (
                    words[-1].pos_ in ("ADP", "SCONJ", "CCONJ", "DET", "ADJ", "PART")
                    or words[-1].dep_ in ("amod", "compound", "poss", "case")
                )
            ):
                words.pop()  # no dangling word, nor a modifier without its noun
            if words and not any(
                t.i in skip and not (kept_time and t.ent_type_ == "DATE") for t in words
            ):
                return f"{np} {_join(words)}"  # "two suspects being held without trial"
        if acl.dep_ == "acl" and acl.tag_ == "VBG":
            what = next((c for c in acl.rights if c.dep_ == "dobj" and c.i not in skip), None)
            # "children not getting the chance at education": the denial kept
            done = f"not {acl.text}" if any(c.dep_ == "neg" for c in acl.lefts) else acl.text
            if what is not None and _nounish(what, ("NOUN",)):
                # "older people joining the work force"; "towns getting extra money to tackle
                # graffiti": what they get it for, too
                said = f"{np} {done} {_np(what, skip)}"
                why = _purpose_words(acl, skip)
                said = f"{said} {why}" if why and why not in said else said
                if noun.dep_ == "dobj":
                    said += _done_to_them_by(noun.head, skip)  # "sweeps caught 30 pupils ..."
                return said
            # "with 856,600 people waiting for treatment": the state the counted are in.
            for c in acl.rights:
                if c.dep_ == "prep" and c.i not in skip:
                    pobj = [p for p in c.children if p.dep_ == "pobj" and p.i not in skip]
                    if pobj and _nounish(pobj[0], ("NOUN",)):
                        said = f"{np} {acl.text} {c.lower_} {_np(pobj[0], skip)}"
                        if noun.dep_ == "dobj":
                            said += _done_to_them_by(noun.head, skip)  # "rescued 45 sailors"
                        return said
    for rc in noun.rights:
        if rc.dep_ == "relcl" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that", "which")
            for c in rc.children
        ):
            # "the millions of people who suffer devastating illnesses": who they are
            # (without when: "who were released from the camp in January"; but "who joined
            # before 2001" says which ones)
            dated = {
                t.i
                for c in rc.rights
                if c.dep_ == "prep"
                and c.lower_ not in _WHICH_TIMES
                and any(p.ent_type_ in ("DATE", "TIME") for p in c.children)
                # "who will use it every year": the time is the amount's rate, not who
                or c.dep_ == "npadvmod"
                and c.lemma_.lower() in _TIME_NOUNS | {"year", "month", "week", "day"}
                for t in c.subtree
            }
            words = [
                t for t in rc.subtree if t.dep_ != "det" and not t.is_punct and t.i not in dated
            ]
            kind: set[int] = set()  # ("miscarriages of justice": two more words allowed)
            obj_ = next((c for c in rc.rights if c.dep_ == "dobj"), None)
            if len(words) > 7 and obj_ is None and rel.dep_ not in ("nsubj", "nsubjpass"):
                # "who have signed up to make sure they do not get cold calls": who they
                # are, by the clause's own verb
                short = [
                    t
                    for t in rc.subtree
                    if t.i == rc.i
                    or t.head.i == rc.i
                    and t.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "prt")
                ]
                if len(short) >= 3:
                    words = short
            if len(words) > 7 and obj_ is not None and rel.dep_ not in ("nsubj", "nsubjpass"):
                # "who suffered one of the UK's biggest miscarriages of justice": the clause's
                # subject, verb and object head, shortly (a counted subject's own verb says
                # more: "Eight protesters who stormed ... have been charged")
                # "one of the ... miscarriages", "some of their homes": a part of a whole
                part = obj_.like_num or obj_.lower_ in _PART_WORDS
                inner = (
                    next((p for c in obj_.rights if c.dep_ == "prep" for p in c.children), None)
                    if part
                    else obj_
                )
                keep = {c.i for c in rc.lefts if c.dep_ in ("nsubj", "nsubjpass", "aux", "neg")}
                keep.add(rc.i)
                if part and inner is not None and inner.i != obj_.i:
                    # ("who lost some of their homes": the part is what they lost, not
                    # "some" alone; two more words allowed. A number's "one of" stays too:
                    # "suffered one of the worst floods" is not "suffered the worst floods")
                    kind = {obj_.i, inner.head.i}
                    keep |= kind
                if inner is not None:
                    keep |= {
                        t.i
                        for k in inner.lefts
                        if k.dep_ in ("amod", "compound", "poss")
                        for t in k.subtree
                        if t.dep_ != "det"
                    }
                    keep.add(inner.i)
                    kind |= _kind_of(inner, skip)
                    keep |= kind
                words = [t for t in rc.subtree if t.i in keep]
            if 0 < len(words) <= 7 + len(kind) and all(t.i not in skip for t in words):
                every = next(
                    (
                        c.lemma_.lower()
                        for c in rc.rights
                        if c.dep_ == "npadvmod"
                        and any(d.lower_ in ("every", "each", "a", "per") for d in c.lefts)
                    ),
                    None,
                )  # ("who will use it every year": so many a year)
                return f"{np} {_join(words)}" + (f" per {every}" if every else "")
        subj = [c for c in rc.children if c.dep_ == "nsubj" and c.tag_ == "PRP"]
        if rc.dep_ == "relcl" and subj and rc.i == subj[0].i + 1:
            # "the 635,173 reports it had from consumers": the clause, shortly.
            words = [subj[0], rc]
            comp = next((c for c in rc.rights if c.dep_ in ("prep", "dobj", "prt")), None)
            if comp is not None:
                pobj = [p for p in comp.children if p.dep_ == "pobj"]
                words += [comp, *pobj[:1]]
            if all(t.i not in skip for t in words):
                return f"{np} {_join(sorted(words, key=lambda t: t.i))}"
    party = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else None
    if (
        party is not None
        and party.dep_ == "acl"
        and party.tag_ == "VBN"
        and _nounish(party.head, ("NOUN",))
        and party.head.i not in skip
    ):
        return f"{np} in {_np(party.head, skip)}"  # "a settlement reached with 46 states"
    made = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "against" else None
    if (
        made is not None
        and made.dep_ == "acl"
        and made.tag_ == "VBN"
        and made.head.pos_ == "NOUN"
        and made.head.i not in skip
        and made.head.lemma_.lower() not in _QUANTITY_HEADS
    ):
        # "fraud allegations made against three councillors", "charges brought against 12
        # protesters": what they face, as for "complaints against 14 officers"
        charge = made.head
        mods = _mod_words(charge, skip)
        held = _uncap_opening(_join([*mods, charge]), [*mods, charge][0])
        if charge.head.lemma_.lower() not in _CHARGE_VERBS:
            return f"{np} facing {held}"  # ("an inquiry follows allegations made against")
        return _facing(np, charge, held, "against", skip)
    holder = noun.head.head if noun.dep_ == "pobj" else None
    if (
        holder is not None
        and noun.head.lower_ in _HOLDER_PREPS
        and holder.pos_ == "NOUN"
        and holder.i < noun.i
        and holder.i not in skip
        and holder.lemma_.lower() not in _QUANTITY_HEADS
        and _bad_object(holder, lexicon()) is None
    ):
        # "care for some 2,500 women", "evidence from 51 organisations": what is said of them.
        holder = _named_by(holder, skip)
        mods = _mod_words(holder, skip)
        if noun.head.lower_ == "including":
            # "an independent body including two judges": the judges in it
            return f"{np} in {_join([*mods, holder])}"
        if noun.head.lower_ == "against" or holder.lemma_.lower() in _PACT_NOUNS:
            held = _uncap_opening(_join([*mods, holder]), [*mods, holder][0])
            return _facing(np, holder, held, noun.head.lower_, skip)
        of_them = _whose_people(holder, noun, skip)  # "responses of executives at 400 firms"
        return f"{_join([*mods, holder])}{of_them} {noun.head.lower_} {np}"
    told = _told_to(noun, np, skip, events) or _verb_holder(noun, np, skip, events)
    if told is not None:
        return told
    root = rel.head
    if (
        verb is None
        and rel.dep_ == "nsubj"
        and root.dep_ in ("ROOT", "ccomp")
        and root.tag_ in ("NN", "NNS")
        and root.i == rel.i + 1
    ):
        done = next((c for c in root.rights if c.dep_ == "dobj" and c.i not in skip), None)
        if done is not None and _nounish(done, ("NOUN",)):
            # "half a million children skip school each day", "skip" read as a noun (a noun
            # with a subject and an object is a verb)
            every = next(
                (
                    c.lemma_.lower()
                    for c in root.rights
                    if c.dep_ == "npadvmod"
                    and c.lemma_.lower() in ("day", "week", "month", "year")
                    and any(d.lower_ in ("every", "each") for d in c.lefts)
                ),
                None,
            )
            rate = f" per {every}" if every else ""
            return f"{np} {gerund(verb_lemma(root))} {_np(done, skip)}{rate}"
    if verb is None or rel.head.i != verb.i:
        done_ = noun.doc[first - 1] if first > _sent(noun).start else None
        if (
            done_ is not None
            and done_.pos_ not in ("VERB", "AUX", "ADP")
            and base_form(done_.lower_) in events
            and _sent(noun).root.pos_ not in ("VERB", "AUX")
        ):
            # "Telegraph newspapers axe 90 jobs": a headline the parse read without its verb
            return f"{np} {participle(base_form(done_.lower_))}"
        return np
    if rel.dep_ == "attr" and verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.lefts):
        # "There are 305,775 people on a waiting list": where or what they are.
        rest = [t for t in noun.subtree if t.i > noun.i and t.dep_ != "det"] + [
            t  # "22 members of the family in the line of succession": "in" hung on "were"
            for c in verb.rights
            if c.dep_ == "prep"
            and c.i > noun.i
            and not any(k.ent_type_ in ("DATE", "TIME") for k in c.subtree)
            for t in c.subtree
            if t.dep_ != "det"
        ]
        cut_at = next((k for k, t in enumerate(rest) if t.ent_type_ in ("DATE", "TIME")), None)
        if cut_at is not None:
            rest = rest[:cut_at]  # "12 deaths in 2004": the year is the period
        cut = next(
            (
                k
                for k, t in enumerate(rest)
                if t.is_punct
                or t.pos_ == "CCONJ"
                # (not "fraud or irregularities": two nouns of one phrase)
                and not (
                    k + 1 < len(rest) and rest[k + 1].dep_ == "conj" and rest[k + 1].head in rest
                )
            ),
            len(rest),
        )
        rest = rest[: min(cut, 8)]
        while rest and rest[-1].pos_ in ("ADP", "DET"):
            rest.pop()
        if (
            len(rest) >= 3
            and rest[-2].lower_ == "of"
            and rest[-1].lemma_ in ("kind", "sort", "type")
        ):
            rest = rest[:-2]  # "on a waiting list of some kind"
        if 0 < len(rest) <= 8 and rest[0].dep_ == "prep" and not any(t.i in skip for t in rest):
            mods = [
                t
                for k in noun.lefts
                if k.dep_ in ("amod", "compound") and k.i not in skip
                for t in k.subtree
            ]
            return _join([*mods, noun, *rest])  # "members of the Royal Family in the line ..."
        for c in noun.rights:
            if c.dep_ == "prep" and c.i not in skip:
                place = next((p for p in c.children if p.dep_ == "pobj"), None)
                if place is not None and place.i not in skip and place.ent_type_ not in ("DATE",):
                    mods = _mod_words(place, skip)
                    phrase = f"{c.lower_} {_join([*mods, place])}"
                    return np if phrase in np else f"{np} {phrase}"
    if rel.dep_ == "attr" and verb.lemma_ == "be":
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)  # not "there were"
        if subj is not None and _nounish(subj, ("NOUN",)) and subj.i not in skip:
            return _np(subj, skip)  # "the unemployment rate is 4.875 million people"
    if rel.dep_ == "nsubj" and verb.lemma_ == "be":
        # "eight people per thousand are car owners": the counted are the car owners.
        attr = [c for c in verb.rights if c.dep_ == "attr" and c.i not in skip]
        if attr and attr[0].pos_ == "NOUN" and attr[0].tag_ in _PLURAL_TAGS:
            return _np(attr[0], skip)
    if (
        rel.dep_ == "nsubj"
        and verb.tag_ == "VBG"
        and (
            any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.lefts)
            or verb.dep_ == "pcomp"  # "with 856,600 people waiting for treatment"
            and verb.head.lower_ in ("with", "without")
        )
        and verb.lemma_.lower() not in events
    ):
        # "311,000 people were waiting for treatment": the state the counted are in.
        for c in verb.rights:
            if c.dep_ == "prep" and c.i not in skip:
                pobj = [p for p in c.children if p.dep_ == "pobj" and p.i not in skip]
                if pobj and _nounish(pobj[0]) and pobj[0].ent_type_ not in ("DATE", "TIME"):
                    return f"{np} {verb.text} {c.lower_} {_np(pobj[0], skip)}"
    if rel.dep_ == "nsubj" and verb.lemma_.lower() not in _SAY_VERBS:
        # "20,000 workers lost their jobs", "90,000 more people were in employment",
        # "50,000 children live with foster families".
        has_dobj = any(c.dep_ == "dobj" for c in verb.rights)
        tail = [
            c
            for c in verb.rights
            if (
                c.dep_ == "dobj"
                or c.dep_ == "prep"
                and (
                    verb.lemma_ == "be" or not has_dobj and verb.lemma_.lower() not in _LEVEL_VERBS
                )
                and not any(p.ent_type_ in ("DATE", "TIME") for p in c.children)
            )
            and c.i not in skip
        ]
        if tail and verb.lemma_.lower() not in events:
            words = [
                t
                for t in tail[0].subtree
                if not (t.dep_ == "det" or t.dep_ == "poss" and t.tag_ == "PRP$")
            ]
            while words and (words[-1].pos_ == "CCONJ" or words[-1].is_punct):
                words.pop()  # "... in the UK and": a coordination cut short
            for_ = ""  # "under the visa scheme for foreign students": whom the phrase is for
            if tail[0].dep_ == "dobj":  # "take part in a strike": the verb's phrase too
                for c in verb.rights:
                    pobj = [p for p in c.children if p.dep_ == "pobj"]
                    if pobj and any(k.like_num for k in pobj[0].lefts):
                        # "gave answers in 100 hours of interviews": no count inside, but
                        # what its measure is of ("in taped interviews")
                        pobj = _measured_of(pobj[0]) if c.i > tail[0].i else []
                        if not pobj or pobj[0].i in skip:
                            break
                    if c.dep_ == "prep" and c.i > tail[0].i and pobj:
                        mods = _mod_words(pobj[0], skip)
                        words += [c, *mods, pobj[0]]
                        for_ = _for_what(pobj[0], skip) if len(words) <= 6 else ""
                        if not for_ and len(words) <= 6:
                            # "gave answers in interviews for the survey "...": the work
                            # the verb's own "for" says they were given for, when its title
                            # says which (not a bare "for the report")
                            for_ = next(
                                (
                                    _for_work(p, skip)
                                    for k in verb.rights
                                    if k.i > c.i and k.dep_ == "prep" and k.lower_ == "for"
                                    for p in k.children
                                    if p.dep_ == "pobj"
                                    and p.lemma_.lower() in _STUDY_NOUNS
                                    and p.i + 1 < len(p.doc)
                                    and p.doc[p.i + 1].tag_ == "``"
                                ),
                                "",
                            )
                        if not for_ and len(words) <= 4:
                            # "take part in a strike already earmarked for 23 March": the
                            # event's own participle says which one (its date too)
                            for_ = _last_participle(pobj[0], skip, 5, dated=True)
                        break
            cut_ = next(
                (k for k, t in enumerate(words) if t.pos_ == "CCONJ" or t.is_punct), len(words)
            )
            both_ = [t for t in words if t.i <= max((c.i for c in tail[0].conjuncts), default=0)]
            which_ = ""
            if len(words) > 6 and tail[0].dep_ == "dobj" and 2 < cut_ <= 6:
                # "had access to special prosecutors and local experts": up to the list
                words = words[:cut_]
            elif len(words) > 6 and tail[0].dep_ == "dobj" and 2 < len(both_) <= 6:
                # "lack maths or English skill levels expected of school-leavers": both things
                words = both_
                which_ = _last_participle(tail[0], skip)  # (and which: "expected of ...")
            elif len(words) > 6 and tail[0].dep_ == "dobj":
                # "held an impromptu news conference outside Charing Cross Police Station on
                # Monday": the object's own words say enough
                compared = any(t.lower_ == "than" for t in words)
                words = [
                    t
                    for t in tail[0].subtree
                    if t.i <= tail[0].i and t.dep_ != "det" and not t.is_punct
                ]
                # (but not a comparison's other side: "worse literacy than that expected ...")
                than = _than_said(tail[0], skip) if compared else []
                words += than if len(words) + len(than) <= 9 else []
                which_ = "" if than else _last_participle(tail[0], skip)
            if 0 < cut_ < len(words) and any(t.like_num for t in words[cut_:]):
                words = words[:cut_]  # "held my legs and another one ...": not the next count
            if 0 < len(words) <= 6 and all(t.i not in skip and not t.like_num for t in words):
                said = "" if verb.lemma_ == "be" else f" {_clause_verb(verb)}"  # "people in work"
                if for_ and words[-1].head.dep_ == "prep" and words[-1].i > tail[0].i:
                    which_ = for_  # (the phrase it is of still said last)
                return f"{np}{said} {_join(words)}{which_}"
            if (
                0 < len(words) <= 9
                and tail[0].dep_ == "dobj"
                and any(t.lower_ == "than" for t in words)
                and all(t.i not in skip for t in words)
            ):
                # "have worse literacy than that expected of 11 year olds": a number only in
                # the comparison's other side (an age, not a count)
                than = _than_said(tail[0], skip)
                if (
                    than
                    and than[0] in words
                    and not any(t.like_num for t in words if t.i < than[0].i)
                ):
                    said = "" if verb.lemma_ == "be" else f" {_clause_verb(verb)}"
                    return f"{np}{said} {_join(words)}"
    if rel.dep_ == "nsubjpass" and verb.lemma_.lower() in _HEARSAY_VERBS:
        # "troops are understood to have been put on standby": what is said of them.
        inner = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
        if inner is not None and inner.tag_ == "VBN":
            verb = inner
        elif inner is not None and (pred := _predicate(inner, skip)):
            return f"{np} {pred}"  # "were thought to be missing": missing
    if rel.dep_ == "nsubjpass" or rel.dep_ == "nsubj" and verb.lemma_.lower() in events:
        # "troops were put on standby": a short phrase the verb needs goes with it.
        state = next(
            (c for c in verb.rights if c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ"), None
        )
        # "were wrongly convicted", "were seriously injured": how, which the count keeps
        how = "".join(
            f"{c.lower_} "
            for c in verb.lefts
            if c.dep_ == "advmod" and c.lower_.endswith("ly") and c.lower_ not in _LY_ASIDES
        )
        if state is not None and state.i not in skip:
            # "were left homeless (following the floods)"
            cause = _cause_of(verb, skip) if _has_cause_word(verb) else ""
            where = _state_place(verb, skip) if cause else ""  # (and where, with the cause)
            return f"{np} {how}{verb.text} {state.text}{where}{cause}"
        tail = next(
            (c for c in verb.rights if c.dep_ in ("prep", "prt") and c.lower_ not in _ASIDE_PREPS),
            None,
        )
        words = [t for t in tail.subtree if t.dep_ != "det"] if tail is not None else []
        if tail is not None and tail.lower_ in _EVENT_PREPS:
            words = _undated_event(tail, words)  # "during the 1994 genocide": during the genocide
        by = next((c for c in verb.rights if c.dep_ == "agent"), None)
        doer = next((p for p in by.children if p.dep_ == "pobj"), None) if by else None
        if (
            tail is None
            and by is not None
            and doer is not None
            and doer.pos_ == "NOUN"
            and doer.i not in skip
            and not doer.ent_type_
            # "delayed by an average of an hour": by how much, not by what
            and doer.lemma_.lower() not in _QUANTITY_HEADS | {"average", "margin", "factor"}
        ):
            # "were affected by the delays at Frankfurt": by what, shortly
            mods = _mod_words(doer, skip)
            return f"{np} {how}{verb.text} by {_join([*mods, doer])}"
        # "were raped during the 1994 genocide": a year that dates the event named is no
        # period phrase; the event says which ones
        dated_event = (
            tail is not None
            and tail.lower_ == "during"
            and any(
                p.dep_ == "pobj" and p.pos_ == "NOUN" and not p.ent_type_ for p in tail.children
            )
        )
        timed = ("TIME", "GPE") if dated_event else ("DATE", "TIME", "GPE")
        if (
            tail is None
            or len(words) > 3
            or any(t.i in skip or t.ent_type_ in timed for t in words)
            or tail.dep_ == "prep"
            and tail.lower_ in ("by", "in", "on", "at", "during", "since")
            and not any(t.pos_ == "NOUN" and not t.ent_type_ for t in words[1:])
        ):
            # "were turned away", "were laid off": the particle the parse called an adverb
            away = next(
                (c for c in verb.rights if c.i == verb.i + 1 and c.lower_ in _PARTICLES), None
            )
            # "were arrested in May on suspicion of fraud": the reason, not the date
            cause = _cause_of(verb, skip) if _has_cause_word(verb) else ""
            off = f" {away.lower_}" if away is not None else ""
            return f"{np} {how}{verb.text}{off}{cause}"
        return f"{np} {how}{verb.text} {_join(words)}"
    if rel.dep_ == "nsubj" and (
        verb.lemma_.lower() not in _SAY_VERBS | _HAVE_VERBS
        or verb.lemma_ == "have"
        and any(c.dep_ == "xcomp" for c in verb.children)
    ):
        pred = _predicate(verb, skip)  # "250,000 cases have yet to be processed"
        spent = next((c for c in verb.rights if c.dep_ == "dobj" and c.i in skip), None)
        on_what = (
            next(
                (
                    k
                    for t in spent.subtree
                    for k in t.rights
                    if k.dep_ == "prep" and k.lower_ in ("in", "on", "for") and k.i not in skip
                ),
                None,
            )
            if spent is not None
            else None
        )
        said_on = [t for t in on_what.subtree if t.dep_ != "det"] if on_what is not None else []
        if (
            pred
            and 2 <= len(said_on) <= 6
            and not any(
                t.i in skip or t.is_punct or t.ent_type_ in ("DATE", "TIME") for t in said_on
            )
        ):
            # "30 nations spend $300bn in farm subsidies": the money's own "in" says on what
            return f"{np} {pred} {_join(said_on)}"
        if pred:
            return f"{np} {pred}"  # "2,000 people had turned out", "hunts would meet"
    if rel.dep_ == "nsubj" and verb.lemma_ == "have":
        dobj = [c for c in verb.rights if c.dep_ == "dobj" and c.i not in skip]
        if dobj and _nounish(dobj[0], ("NOUN",)):
            return f"{np} with {_np(dobj[0], skip)}"  # "5.2m adults have poor literacy"
    if rel.dep_ == "dobj":
        caused = _caused_count(np, noun, verb, skip) if verb.tag_ == "VBG" else None
        if caused is not None:
            return caused  # "..., affecting 5,000 passengers": affected by what happened
        owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if owner is not None and owner.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            owner = verb.head  # "The firm, which has 300 stores": the firm
        if (
            verb.lemma_ == "have"
            and owner is not None
            and owner.pos_ == "PROPN"
            and owner.ent_type_ in ("ORG", "")
            and owner.i not in skip
        ):
            name = _name(owner)
            return f"{name}'s {np}"  # "Amicus has 1.2 million members"
        if (
            verb.lemma_ == "have"
            and owner is not None
            and owner.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in owner.lefts)
            and owner.lower_ not in lexicon().people
            and owner.i not in skip
        ):
            # "The service, launched in December, has had almost 900,000 orders"
            return f"{_possessive(_np(owner, skip))} {np}"

        if verb.lemma_.lower() in _HAVE_VERBS:
            # "has 6,100 staff", "showed 64 respondents": the counted as they are, with
            # what the sentence says of them ("3.97 million people out of work").
            there = (  # "France has 58 nuclear reactors": the reactors there
                f" in {_name(owner)}"
                if verb.lemma_ == "have"
                and owner is not None
                and owner.ent_type_ == "GPE"
                and owner.i not in skip
                else ""
            )
            after = [c for c in verb.rights if c.i == noun.i + 1]  # "had 3.97m people out of"
            doing = _doing_words(noun, rel, skip)  # "see 3,000 students studying here"
            for c in [*noun.rights, *after]:
                if c.dep_ == "prep" and c.i not in skip:
                    words = [t for t in c.subtree if t.dep_ != "det"]
                    if len(words) <= 4 and not any(
                        t.i in skip or t.ent_type_ in ("DATE", "TIME") for t in words
                    ):
                        said = _join(words)
                        if f" {said}" in f" {np}":
                            continue  # (the noun's own phrase, said already)
                        return f"{np} {said}{doing}{there}"
            return f"{np}{doing}{there}"
        inner = next(
            (
                c
                for c in verb.rights
                if c.dep_ == "xcomp" and c.i > noun.i and verb.lemma_.lower() in _CONTROL_VERBS
            ),
            None,
        )
        words = [t for t in inner.subtree if t.dep_ != "det"] if inner is not None else []
        if 0 < len(words) <= 5 and not any(t.i in skip for t in words):
            # "expected 3,000 fans to attend the parade": what they are expected to do
            return f"{np} {participle(verb_lemma(verb))} {_join(words)}"
        purpose = next(
            (
                c
                for c in verb.rights
                if c.dep_ in ("xcomp", "advcl")
                and verb.dep_ != "acl"  # ("unions representing 4.5m workers to threaten")
                and c.left_edge.i == noun.right_edge.i + 1
                and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.lefts)
            ),
            None,
        )
        words = (
            sorted(
                [
                    *(k for k in purpose.children if k.dep_ in ("aux", "prt")),
                    purpose,
                    *(
                        t
                        for k in purpose.rights
                        if k.dep_ == "dobj"
                        for t in k.subtree
                        if t.dep_ != "det"
                    ),
                ],
                key=lambda t: t.i,
            )
            if purpose is not None
            else []
        )
        if 0 < len(words) <= 5 and not any(t.i in skip or t.is_punct for t in words):
            # "announced 20 initiatives to tackle nuisance behaviour": what they are for
            it_ = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
            reporter_ = said_it_doer(it_, skip) if it_ is not None else None
            reported_by = f" by {_DESCRIBED.sub('', reporter_)}" if reporter_ is not None else ""
            return f"{np} {participle(verb_lemma(verb))} {_join(words)}{reported_by}"
        where_to: list[Any] = []
        for c in verb.rights:  # "brought 40,000 pupils back to school": where to
            if c.i <= noun.i or c.i in skip:
                continue
            if c.dep_ in ("prt", "advmod") and c.lower_ in _WHERE_WORDS | {"out", "away"}:
                sub = [t for t in c.subtree if t.dep_ != "det"]
                where_to += sub if len(sub) <= 4 and not any(t.i in skip for t in sub) else [c]
                continue
            if c.dep_ == "prep" and c.lower_ in ("to", "into", "from", "out"):
                # (quotation marks are no words: 'drove them to "despair"')
                sub = [t for t in c.subtree if t.dep_ != "det" and not t.is_quote]
                if len(sub) <= 3 and not any(
                    t.i in skip or t.ent_type_ in ("DATE", "TIME") for t in sub
                ):
                    where_to += sub
            break
        said = f" {_join(where_to)}" if where_to else ""
        reached_by = _subject(verb) if verb.lemma_.lower() in ("reach", "hit", "top") else None
        if (
            reached_by is not None
            and _nounish(reached_by, ("NOUN",))
            and reached_by.i not in skip
            and reached_by.lemma_.lower() != noun.lemma_.lower()
        ):
            return _np(reached_by, skip)  # "the market will grow, reaching 1.6m vehicles"
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        up = verb
        while doer is None and up.dep_ == "xcomp" and up.i != up.head.i:
            # "The bank plans to cut 1,500 jobs", "will have to shed jobs": the subject of
            # the verb the deed is planned by, unless it has an object of its own ("told
            # investors to ...")
            up = up.head
            if any(c.dep_ == "dobj" for c in up.children):
                break
            doer = next((c for c in up.children if c.dep_ == "nsubj"), None)
        clause = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
        if (
            doer is None
            and (verb.tag_ == "VBG" or any(c.lower_ == "having" for c in verb.lefts))
            and verb.dep_ in ("advcl", "pcomp")
            and clause.pos_ in ("VERB", "AUX")
            and clause.i != verb.i
        ):
            # "The academy closed, having trained 700 nurses", "after training 700 nurses":
            # the main clause's subject did it
            doer = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if doer is not None and doer.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            # "the IRA bombs which killed seven people": the bombs; "Jane Hill, who
            # represents six of the prisoners": Jane Hill
            doer = verb.head
        acl_doer = doer is None and verb.dep_ == "acl" and verb.tag_ == "VBG"
        if acl_doer:
            doer = verb.head  # "unions representing 4.5m workers": the unions
        by = ""
        subjects = (
            [c for c in doer.head.children if c.dep_ == doer.dep_] if doer is not None else []
        )
        if doer is not None and (
            any(c.dep_ in ("conj", "cc") for c in doer.children) or len(subjects) > 1
        ):
            # "The Morning and Evening Courier newspapers", "Acme and Globex": all of them,
            # when they are names or nouns said shortly (the model may hang each on the verb)
            lo_ = min(t.left_edge.i for t in subjects)
            both = list(doer.doc[lo_ : max(t.right_edge.i for t in subjects) + 1])
            if (
                doer.i not in skip
                and len(both) <= 7
                and all(
                    t.pos_ in ("PROPN", "NOUN", "CCONJ", "DET") and t.i not in skip for t in both
                )
                and (len(subjects) > 1 or any(t.dep_ == "conj" for t in both))
            ):
                by = f" by {_uncap_opening(_join(both), both[0])}"
            doer = None
        # (a common noun that is the doer, not one of the amounts' own words)
        noun_doer = doer is not None and doer.i not in skip and doer.pos_ == "NOUN"
        if doer is not None and doer.i not in skip and doer.pos_ == "PROPN":
            by = f" by {_DESCRIBED.sub('', _name(doer))}"  # "BA has cut 13,000 jobs"
        elif doer is not None and doer.lower_ == "it" and doer.is_sent_start:
            # "It lost 464,000 subscribers": the firm the sentence before was about
            # (or, when that sentence's subject is no name, the firm the article is about)
            earlier_ = _earlier_owner(_sent(verb), set()) or _it_before_too(_sent(verb), main_org)
            by = f" by {_DESCRIBED.sub('', earlier_)}" if earlier_ else ""
        elif doer is not None and (reporter_ := said_it_doer(doer, skip)) is not None:
            # "The government says it has hired 3,000 teachers": the one saying so
            by = f" by {_DESCRIBED.sub('', reporter_)}"
        elif (
            doer is not None
            and doer.lower_ in ("it", "they")
            and (named_ := _antecedent_name(doer, skip)) is not None
        ):
            # "Prosecutors have targeted the ranch. They plan to seize 12,900 acres": by
            # the one body or group the sentence before named
            by = f" by {_DESCRIBED.sub('', named_)}"
        elif (
            noun_doer
            and doer.lemma_.lower() in _OWNER_ORGS
            and any(c.lower_ in ("the", "its") for c in doer.lefts)
        ):
            # "the farm employs 300 workers", "its unit, which employs 40,000 staff" (whose
            # "its" is resolved with the others')
            the = next(c.lower_ for c in doer.lefts if c.lower_ in ("the", "its"))
            by = f" by {the} {_np(doer, skip).removeprefix('its ')}"
        elif (
            noun_doer
            and doer.lemma_.lower() not in _SOURCE_NOUNS
            and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in doer.lefts)
            and not any(t.tag_ in ("WDT", "WP") for t in doer.subtree)
        ):
            # "the two Telegraph titles employ 521 journalists"; "whose Agroflora subsidiary
            # operates 13 farms": by the Agroflora subsidiary
            by = f" by {_np(doer, skip | {t.i for t in doer.lefts if t.tag_ == 'WP$'})}"
        elif (
            noun_doer
            and not acl_doer  # ("laws affecting 750,000 people": affected by them)
            and verb.lemma_.lower() in _INVOLVE_VERBS
            and doer.lemma_.lower() not in _SOURCE_NOUNS
        ):
            # "the largest recall involves 155,465 pickups": those in the recall
            by = f" in {_np(doer, skip)}"
        elif (
            noun_doer
            and doer.lemma_.lower() not in _SOURCE_NOUNS
            and doer.lemma_.lower() != noun.lemma_.lower()
            and (whose := _doer_words(doer, verb, skip)) is not None
        ):
            # "the consultation on the bill has attracted 500 responses", "planes that can
            # carry 840 people", "police arrested 20 people": whose deed it is, shortly
            by = f" by {whose}"
            if acl_doer and doer.tag_ in _PLURAL_TAGS and " " not in whose:
                # "prompting unions representing 4.5m workers to threaten action": which
                # unions, by what they did (a bare plural doer names no group)
                by += _doers_deed(doer, verb, skip)
        if by and (
            by.removeprefix(" by ").removeprefix("the ").removeprefix("its ") in np
            or re.search(r"\b(?:its|their|his|her)\b", np)
        ):
            by = ""  # "the club expelled all but 40 of its members": the club's already
        if not said and planner(verb) is not None:
            # "they plan to seize 12,900 acres from the 32,000 acre farm": where from
            # ("land seized from farm by prosecutors"), said shortly
            said = _source(verb, skip)
        if not by and (planned_ := planned_by_noun(verb)):
            # "Plans to shed 71,000 jobs": "jobs planned to be shed" (not shed yet)
            return f"{np} {planned_} to be {participle(verb_lemma(verb))}{said}"
        done = f"{participle(verb_lemma(verb))}{_particle(verb, noun, np)}"
        return f"{np} {done}{said}{by}"  # "employ 521 journalists"
    back_ = next((c for c in noun.rights if c.dep_ == "advmod"), None) or (
        noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(noun.doc) else None
    )
    if back_ is not None and back_.lower_ in ("back", "home", "abroad") and back_.pos_ == "ADV":
        # "the equivalent of 200 pupils back in classes": where they are
        back_where = [
            t
            for c in back_.rights
            if c.dep_ == "prep"
            for t in c.subtree
            if t.dep_ != "det" and t.ent_type_ not in ("DATE", "TIME")
        ]
        if len(back_where) <= 4 and not any(t.i in skip or t.is_punct for t in back_where):
            return f"{np} {_join([back_, *back_where])}"
    return np


def _source(verb: Any, skip: set[int]) -> str:
    """ " from farm" for "seize 12,900 acres from the 32,000 acre farm": the bare noun a
    verb takes its object from, when it is no other amount's nor a time; "" otherwise."""
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "from"), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if (
        noun is None
        or noun.i in skip
        or noun.pos_ != "NOUN"
        or noun.like_num
        or noun.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL")
    ):
        return ""
    return f" from {noun.lower_}"


# Prepositions a thing is held "with" or "against" the counted by: the counted named
# first ("agreements with three firms": firms with agreements), so the count is theirs.
_FACING_PREPS = {"with": "with", "against": "facing"}
# Verbs of what is done to a charge or claim (its doer named: "charges ... dropped by
# prosecutors"), not of what merely follows or concerns it.
_CHARGE_VERBS = frozenset(
    "drop investigate withdraw reject deny uphold dismiss examine review consider".split()
)
# Nouns of what one holds "with" others, as they hold it too (not "interviews with voters").
_PACT_NOUNS = frozenset(
    """agreement deal contract settlement pact treaty accord partnership alliance
    arrangement""".split()
)


def _hosts_deed(host: Any, skip: set[int]) -> str:
    """ "240 firms from 31 countries are attending the show": what the things the places
    are counted by do there (" attending show"), when they are the clause's subject; ""
    otherwise."""
    verb = host.head
    if host.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_ == "be":
        return ""
    pred = _predicate(verb, skip)
    if not pred or " " not in pred:
        return ""  # (a bare "attending" says not what they do)
    # (a past verb stays as written, in a clause of its own: "teams that took part")
    return f" that {pred}" if verb.tag_ == "VBD" else f" {pred}"


def _facing(np: str, holder: Any, held: str, prep: str, skip: set[int]) -> str:
    """ "the settlement included agreements with three other ex-managers": "other ex-managers
    with agreements in settlement"; "brought charges against two ex-directors": "ex-directors
    facing charges brought by the agency" (whose deed, when a noun's, not a pronoun's)."""
    said = f"{np} {_FACING_PREPS[prep]} {held}"
    verb = holder.head
    doer = _subject(verb) if holder.dep_ == "dobj" else None
    if doer is None or doer.i in skip or not _nounish(doer):
        return said
    if prep == "with" and verb.lemma_.lower() in _INVOLVE_VERBS:
        return f"{said} in {_uncap_opening(_np(doer, skip), doer.left_edge)}"  # (in what)
    if prep == "against" and verb.pos_ == "VERB":
        by = _uncap_opening(_np(doer, skip), doer.left_edge)
        return f"{said} {participle(verb_lemma(verb))} by {by}"
    return said


def _named_by(noun: Any, skip: set[int]) -> Any:
    """ "The commission, an independent body including two judges": the definite noun an
    appositive describes is what the sentence names it (the commission), else `noun`."""
    head = noun.head
    if (
        noun.dep_ == "appos"
        and head.pos_ == "NOUN"
        and head.i < noun.i
        and head.i not in skip
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts)
    ):
        return head
    return noun


# Prepositions by which a noun before the counted says what is said of them ("evidence from
# 51 organisations", "charges against two executives").
_HOLDER_PREPS = frozenset("for from at among with by across including against".split())


# Prepositions whose noun is an event the counted were caught up in ("killed during the war").
_EVENT_PREPS = frozenset(("during", "in"))


def _dated_end(words: list[Any], cut: int) -> tuple[int, bool]:
    """How many of a participle's words to keep, and whether they end in a time phrase:
    six at most, but a time phrase that ends them ("released from the Cuba detention camp
    in January") whole, to nine, as it says which of the counted are meant."""
    if not 2 < cut <= 9 or words[cut - 1].ent_type_ not in ("DATE", "TIME"):
        return min(cut, 6), False
    prep = next((k for k in range(cut - 2, 1, -1) if words[k].pos_ == "ADP"), None)
    if prep is None or prep > 6:
        return min(cut, 6), False
    if all(t.ent_type_ in ("DATE", "TIME") for t in words[prep + 1 : cut]):
        return cut, True
    return min(cut, 6), False


# Prepositions whose phrase on a count's verb gives the event or reason behind it
# ("left homeless following the floods", "arrested on suspicion of fraud").
_CAUSE_PREPS = frozenset(("following", "after", "on"))


def _cause_of(verb: Any, skip: set[int]) -> str:
    """ " following the floods", " on suspicion of arson": the verb's own phrase that says
    what event or suspicion the counted went through, shortly; "" if none (not a time,
    "after two days", nor a phrase running on into a clause)."""
    for c in verb.rights:
        if c.dep_ != "prep" or c.lower_ not in _CAUSE_PREPS or c.i in skip:
            continue
        event = next((p for p in c.children if p.dep_ == "pobj"), None)
        if event is None or event.pos_ != "NOUN" or event.ent_type_:
            continue
        if (c.lower_ == "on") != (event.lower_ == "suspicion"):
            continue  # ("on Monday", "on the spot": no reason)
        dated = {  # "following the disaster in late December": the date is the period's
            t.i
            for k in event.rights
            if k.dep_ == "prep" and any(x.ent_type_ in ("DATE", "TIME") for x in k.subtree)
            for t in k.subtree
        }
        said = {  # "after the fire which destroyed the street": the fire
            t.i for k in event.rights if k.dep_ in ("relcl", "acl") for t in k.subtree
        }
        words = [t for t in c.subtree if t.dep_ != "det" and t.i not in dated | said]
        if len(words) > 8 or any(
            t.i in skip or t.like_num or t.is_punct or t.ent_type_ in ("DATE", "TIME")
            for t in words
        ):
            continue
        if any(t.dep_ in ("relcl", "advcl") or t.tag_ == "WDT" for t in words):
            continue
        return f" {_join(words)}"
    return ""


def _has_cause_word(verb: Any) -> bool:
    """A cheap test before `_cause_of`: one of its words follows the verb in its sentence."""
    rest = verb.doc[verb.i + 1 : _sent(verb).end].text.lower()
    return "suspicion" in rest or "follow" in rest or "after" in rest


def _state_place(verb: Any, skip: set[int]) -> str:
    """ " in the province": a short place phrase on a verb of state ("left homeless in
    the province"), said before its cause; not a date, nor a phrase running on."""
    for c in verb.rights:
        if c.dep_ != "prep" or c.lower_ != "in" or c.i in skip:
            continue
        words = [t for t in c.subtree if t.dep_ != "det"]
        if len(words) > 5 or any(
            t.i in skip or t.like_num or t.is_punct or t.ent_type_ in ("DATE", "TIME")
            for t in words
        ):
            return ""
        if any(t.pos_ in ("VERB", "AUX") for t in words):
            return ""
        return f" {_join(words)}"
    return ""


def _undated_event(prep: Any, words: list[Any]) -> list[Any]:
    """ "during the 1994 genocide" -> "during genocide": the year that dates an event is the
    amount's period, not part of the event's name; the event itself still says which
    people are counted. A phrase whose noun is itself a date is kept whole (and refused)."""
    event = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if event is None or event.pos_ != "NOUN" or event.ent_type_:
        return words
    return [
        t
        for t in words
        if not (t.ent_type_ in ("DATE", "TIME") and t.head.i == event.i and t.i < event.i)
    ]


def _doers_deed(doer: Any, acl: Any, skip: set[int]) -> str:
    """ " threatening united action": what a bare plural doer of an "-ing" phrase ("unions
    representing 4.5m workers") went on to do, which says which of them are meant: the
    "to" verb after the phrase (hung on it or on the verb that has the doer as object), or
    the verb the doer is the subject of; "" when the sentence says nothing of it."""
    for head in (acl, doer.head if doer.dep_ == "dobj" else None):
        deed = (
            next(
                (
                    c
                    for c in head.rights
                    if c.dep_ == "xcomp"
                    and c.i > acl.right_edge.i - 3
                    and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.lefts)
                ),
                None,
            )
            if head is not None
            else None
        )
        if deed is not None and deed.i > acl.i:
            pred = _predicate(deed, skip)
            return f" {pred}" if pred and " " in pred else ""
    done = doer.head
    if doer.dep_ == "nsubj" and done.pos_ == "VERB":
        kids = [c.dep_ for c in done.children]
        if "dobj" in kids and "xcomp" in kids or any(t.tag_ == "PRP$" for t in done.subtree):
            return ""  # ("urged ministers to act", "cut their forecasts": not said shortly)
        pred = _predicate(done, skip, finite=True)
        return f" that {pred}" if pred and " " in pred else ""
    return ""


def _doer_words(doer: Any, verb: Any, skip: set[int]) -> str | None:
    """A common-noun doer's words with one short complement ("consultation on the Trading
    Bill"), lower-cased at the sentence's start; None for pronouns or the amount's words."""
    inside = set(range(verb.left_edge.i, verb.right_edge.i + 1)) if verb.head.i == doer.i else set()
    own = [t for t in doer.subtree if t.i not in inside]
    if any(t.tag_ in ("WP$", "WDT", "WP", "PRP", "PRP$") or t.i in skip for t in own):
        return None
    if any(c.lower_ in ("every", "each", "any", "no") for c in doer.lefts):
        return None  # "every pupil gets 3 books": each one's, said as a rate
    named = next((c for c in doer.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None and named.i not in inside:
        return _name(named)  # "the world's biggest carmaker General Motors (GM)"
    words = [t for t in doer.lefts if t.dep_ in ("amod", "compound", "nmod", "poss")]
    words = [t for w in words for t in w.subtree]
    words.append(doer)
    comp = next((c for c in doer.rights if c.dep_ == "prep" and c.i not in inside), None)
    if comp is not None and comp.lower_ in ("on", "of", "in", "at", "for", "from", "with"):
        sub = [t for t in comp.subtree if t.dep_ != "det" or t.i != comp.i + 1]
        when = any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in comp.children)
        if len(sub) <= 10 and not when and not any(t.text in ',;:()-–—"' for t in sub):
            words += sub
    said = _join(sorted(words, key=lambda t: t.i))
    if doer.i == _sent(doer).start or words[0].i == _sent(doer).start and words[0].pos_ != "PROPN":
        said = said[:1].lower() + said[1:]
    return said


# Nouns of deeds done to things, by their endings ("privatisation", "closure", "recall").
_DEED_NOUN = re.compile(r"(?:isation|ization|ification|closure|recall|sale|dismissal|removal)$")
# Verbs that multiply a level ("triple output to 90,000 tonnes"), often tagged adjectives.
_TIMES_VERBS = frozenset("double triple treble quadruple halve".split())
# Units a thing's length is told in ("a commentary of 500 pages", "a queue of 3 miles").
_EXTENT_UNITS = frozenset("page word line mile yard metre meter kilometre kilometer km".split())


def _length_of(thing: Any, skip: set[int]) -> str:
    """ "had to publish a commentary of 500 pages": the length of the thing the counted units
    measure, and who made it when it is its verb's object ("published by government")."""
    mods = _mod_words(thing, skip)
    said = f"length of {_join([*mods, thing])}"
    maker = _subject(thing.head) if thing.dep_ == "dobj" else None
    if maker is None or maker.i in skip or not _nounish(maker) or _personal(maker):
        return said
    return f"{said} {participle(verb_lemma(thing.head))} by {_np(maker, skip)}"


# Verbs whose subject is what the counted are part of ("the recall involves 155,465 cars").
_INVOLVE_VERBS = frozenset("involve include cover affect".split())
# Nouns of what reports a figure, not of who does what it counts ("research claims").
_SOURCE_NOUNS = frozenset("claim research report study survey figure data poll analysis".split())

# Verbs that fill someone "with" what they give: "supply Peugeot with 30,000 vehicles".
_FILL_VERBS = frozenset("supply provide equip arm furnish".split())
# Nouns of what something costs: "the total cost of the 20 projects" counts projects.
_PRICE_NOUNS = frozenset("cost costs price value bill budget".split())

# Prepositions of asides, not of what is done ("according to sources").
_ASIDE_PREPS = frozenset("according despite because due after before as amid".split())

_PLACE_NOUNS = frozenset(
    """country state city town region market area site branch store office plant case
    instance constituency seat school hospital prison district county ward""".split()
)
_LIST_POS = frozenset({"NOUN", "PROPN", "ADJ", "CCONJ", "PUNCT"})


# Particles said right after a verb that make it another verb ("calling back": recalling).
_PARTICLES = frozenset("back off out".split())


def _particle(verb: Any, noun: Any, np: str) -> str:
    """ " back" for "is calling back 500 cars": the particle said between the verb and its
    counted thing, kept with the verb's participle ("cars called back")."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < noun.i else None
    if (
        nxt is None
        or nxt.lower_ not in _PARTICLES
        or nxt.head.i != verb.i
        or nxt.dep_ not in ("prt", "advmod")
        or f" {nxt.lower_}" in f" {np}"
    ):
        return ""
    return f" {nxt.lower_}"


def _list_end(last: Any) -> Any:
    """The last member of a list, down its chain of noun conjuncts ("Buick Raniers,
    Chevrolet Trailblazers, GMC Envoys and Isuzu Ascenders": each hung on the one before)."""
    return (_conj_chain(last, ("NOUN", "PROPN")) or [last])[-1]


def _list_cap(noun: Any, tail: Any) -> int:
    """How many words a list of counted things may have: a list of named makes, each a
    maker and a model ("Buick Raniers, GMC Envoys and Isuzu Ascenders"), takes more."""
    return 14 if _named_plurals(noun) and _named_plurals(tail) else 10


def _named_plurals(tok: Any) -> bool:
    """A named plural ("Envoys", "Grand Prix sedans"): a plural with a name's capital, or a
    plural noun led by a name."""
    return tok.text.endswith("s") and (
        tok.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.lefts)
    )


def _listed_appos(tok: Any) -> bool:
    """ "12,000 coupes, SUVs and sedans": a plural the parse hung on the first as an aside,
    with a conjunct of its own, is the list's next member, no aside."""
    return (
        tok.dep_ == "appos"
        and (tok.tag_ in _PLURAL_TAGS or _named_plurals(tok))  # ("Orbit Coupes": NNP)
        and any(
            k.dep_ == "conj" and (k.tag_ in _PLURAL_TAGS or _named_plurals(k)) for k in tok.rights
        )
    )


# Kinds a list of counted things may all be of, so that the count is of that kind: "12,000
# coupes, SUVs and sedans" are 12,000 vehicles.
_KINDS = {
    "vehicles": frozenset(
        """car coupe sedan saloon suv truck van minivan pickup lorry bus coach motorcycle
        motorbike vehicle hatchback convertible estate 4x4 jeep""".split()
    ),
    "aircraft": frozenset("plane jet airliner helicopter aircraft airplane freighter".split()),
}


def _listed_kind(noun: Any, unit: str) -> str:
    """The kind a list of counted things is all of ("coupes, SUVs and sedans": "vehicles"),
    as the count's unit; `unit` when the noun heads no list, or its members no one kind."""
    members = [noun]
    for c in noun.rights:
        if c.dep_ == "conj" or _listed_appos(c):
            members.append(c)
            members += _conj_chain(c)
    # ("40,000 cars and 3,000 trucks": a member with its own number is another count)
    members = [m for m in members if m is noun or not any(k.like_num for k in m.lefts)]
    if len(members) < 2:
        return unit
    # (a name-like plural keeps its "s" as lemma: "SUVs")
    heads = {
        m.lemma_.lower().removesuffix("s") if m.pos_ == "PROPN" else m.lemma_.lower()
        for m in members
    }
    if len(heads) < 2:
        return unit
    kind = next((kind for kind, words in _KINDS.items() if heads <= words), None)
    if kind is not None:
        return kind
    if all(_named_plurals(m) for m in members):
        # "17,815 Buick Raniers, Chevrolet Trailblazers and GMC Envoys": models by name,
        # of the kind the sentence (or the one before) names, else the list as written
        first = min([c.i for c in noun.lefts if c.dep_ == "compound"], default=noun.i)
        return _kind_said(noun) or _join(list(noun.doc[first : members[-1].i + 1]))
    # "51 organisations and individuals": of no one kind, the number counts them all, and
    # the unit is the list as written when it is a plain one of bare nouns
    words = noun.doc[noun.i : members[-1].right_edge.i + 1]
    after = noun.doc[words.end] if words.end < len(noun.doc) else None
    if (
        len(members) <= 3
        and all(t.pos_ in ("NOUN", "CCONJ") or t.text == "," for t in words)
        and (after is None or after.pos_ != "ADP")  # (not "options on 193 more")
    ):
        return " ".join(t.lower_ for t in words).replace(" ,", ",")
    return unit


def _conj_chain(tok: Any, pos: tuple[str, ...] | None = None) -> list[Any]:
    """The conjuncts hung one on another after `tok` ("A, B, C and D": B's C, C's D), of
    the parts of speech `pos` when given."""
    chain: list[Any] = []
    for _ in range(8):
        more = [k for k in tok.rights if k.dep_ == "conj" and (pos is None or k.pos_ in pos)]
        if not more:
            break
        chain += more
        tok = more[-1]
    return chain


def _kind_said(noun: Any) -> str | None:
    """The one kind of `_KINDS` the noun's sentence, or the one before, names by a word of
    it ("the car giant", "coupes, SUVs and sedans"), or None."""
    sent = _sent(noun)
    start = _sent(noun.doc[sent.start - 1]).start if sent.start > 0 else sent.start
    said = {
        kind
        for t in noun.doc[start : sent.end]
        if t.pos_ == "NOUN"
        for kind, words in _KINDS.items()
        if t.lemma_.lower() in words or t.lower_ == kind
    }
    return said.pop() if len(said) == 1 else None


# Nouns that only say how many ("a total of 500 people", "a group of 30 MPs").
_QUANTITY_HEADS = frozenset(
    """total number maximum minimum average lot handful dozen dozens tens hundreds
    thousands millions majority minority percent proportion share figure group batch
    series range couple pair crowd team set list equivalent slice part portion half
    quarter third fraction bulk rest remainder all most some none each one company
    battalion brigade regiment contingent force detachment platoon squad""".split()
)


def _in_which(obj: str, span: Any, skip: set[int]) -> str:
    """ "the 1989 Hillsborough disaster in which 96 died": "people died in 1989 Hillsborough
    disaster", the thing the relative clause of the count is about."""
    root = span.root
    verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or verb.dep_ != "relcl" or not _nounish(verb.head):
        return obj
    prep = next(
        (
            c
            for c in verb.lefts
            if c.dep_ == "prep" and any(p.lower_ == "which" for p in c.children)
        ),
        None,
    )
    if prep is None or verb.head.i in skip or verb.head.text in obj:
        return obj
    return f"{obj} {prep.lower_} {_np(verb.head, skip)}"


def _pledged_fill(np: str, filled: Any, whom: Any, deal: Any, skip: set[int]) -> str:
    """ "small cars that Mitsubishi Motors agreed to supply to Nissan Motor": what a deal's
    "to" clause says one side is to give the other; "" when the receiver is not told."""
    if filled.lemma_.lower() not in ("supply", "provide"):
        return ""  # ("to equip its air force with 40 tankers": not given "to" it)
    maker, other = deal_sides(deal)
    if whom.lower_ in ("it", "them") and other is not None:
        whom = other  # (the side the deal is "with")
    if whom.i in skip or not _nounish(whom, ("NOUN", "PROPN")):
        return ""
    by = ""
    if maker is not None and maker.i not in skip:
        if maker.pos_ == "PROPN":
            by = _DESCRIBED.sub("", _name(maker))
        elif maker.lower_ in ("it", "they"):
            # (or, for an "it" inside the sentence, the firm the sentence before is about)
            by = _antecedent_name(maker, skip) or _earlier_owner(_sent(maker), set()) or ""
        elif _nounish(maker, ("NOUN",)):
            by = _np(maker, skip)  # "the agency signed a contract": "agency"
    to = _np(whom, skip)
    if by:
        return f"{np} that {by} agreed to {verb_lemma(filled)} to {to}"
    return f"{np} agreed to be {participle(verb_lemma(filled))} to {to}"


# Verbs of goods going from one side to the other ("supply Peugeot with 30,000 SUVs").
_SUPPLY_VERBS = frozenset("supply sell deliver ship export".split())


def _it_before_too(sent: Any, main_org: str | None) -> str | None:
    """The article's firm, when the sentence before is about "it" or "the firm" as well
    ("The firm was founded in 1940. It has diversified. It owns 34 casinos")."""
    before = _subject_before(sent)
    if main_org is None or before is None:
        return None
    if (
        before.lower_ == "it"
        or before.lemma_.lower() in _COMPANY_NOUNS
        and any(c.lower_ == "the" for c in before.lefts)
    ):
        return main_org
    return None


# Nouns that count occurrences of a thing ("cases of fraud"), not the thing's own units.
_CASE_NOUNS = frozenset("case incident instance report complaint offence crime".split())


_A_RATE = re.compile(r"\s+rates?(?=$|\s+(?:in|of|for|among|across|at)\b)")


def _count_not_rate(out: list[Amount]) -> None:
    """ "the overall unemployment rate is 4.875 million people or 11.7%": a count of people
    is of the unemployed, not the rate (the percentage is the rate)."""
    for a in out:
        if a.extra.get("kind") == "count" and a.object and _A_RATE.search(a.object):
            a.object = _A_RATE.sub("", a.object, count=1)


_PARTICLES = frozenset("away off out back down up".split())


# People, as those a percentage is a share of ("Young people out of work").
_PEOPLE_OPENING = re.compile(
    r"^(?:[A-Za-z-]+ )?(?:people|workers|voters|adults|children|women|men|pupils|students|"
    r"households|employees|consumers|customers|teenagers|graduates)\b"
)


def _rate_of_people(out: list[Amount]) -> None:
    """ "Young people are hard hit with 37% out of work": a percentage of people doing or
    being something is the share of them who do."""
    for a in out:
        obj = a.object or ""
        if a.unit == "percent" and _PEOPLE_OPENING.match(obj) and " share " not in f" {obj} ":
            a.object = f"share of {_uncap_first(obj)}"


def _uncap_first(words: str) -> str:
    """ "Young people" -> "young people" (not a name: "Asian people" keeps its capital)."""
    first = words.split(" ", 1)[0]
    return (
        words if first.isupper() or first in _CAPITAL_ADJECTIVES else words[:1].lower() + words[1:]
    )


_CAPITAL_ADJECTIVES = frozenset("Asian Black British European African American".split())


def _with_negation(obj: str, verb: Any, rel: Any = None) -> str:
    """ "loans repaid" -> "loans never repaid" ("2,000 loans were never repaid"), "patients
    seen by doctor" -> "patients not seen by doctor": a count's verb said with its "not" or
    "never", which the object's words for the verb would otherwise turn round; with its
    modal too ("you cannot fight six men": "men who cannot be fought")."""
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return obj
    neg = next((c.lower_ for c in verb.children if c.dep_ == "neg" or c.lower_ == "never"), None)
    if neg is None or re.search(r"\b(?:not|never|no|without|failed|failing)\b", obj):
        return obj
    said = "never" if neg == "never" else "not"
    modal = next((c for c in verb.children if c.tag_ == "MD"), None)
    if modal is not None:
        return _modal_negation(obj, verb, modal, said, rel)
    lemma = verb_lemma(verb)
    for form in (participle(lemma), gerund(lemma), verb.lower_):
        # (the word first: the pattern is built, and compiled, for each word)
        at = re.search(rf"(?<=\s){re.escape(form)}\b", obj) if form in obj else None
        if at is not None:
            return f"{obj[: at.start()]}{said} {obj[at.start() :]}"
    return obj


# The modals a contraction leaves cut short ("can't" -> "ca", "won't" -> "wo").
_MODAL_STEMS = {"ca": "can", "wo": "will", "sha": "shall"}


def _modal_negation(obj: str, verb: Any, modal: Any, said: str, rel: Any) -> str:
    """ "you cannot fight six men": "men fought" -> "men who cannot be fought"; "300 members
    would not vote": "members vote" -> "members would not vote". A negated modal's verb
    said with both, so the object claims no deed that the sentence denies; `obj` as it is
    when its words for the verb are not found."""
    md = _MODAL_STEMS.get(modal.lower_, modal.lower_)
    denied = "cannot" if md == "can" and said == "not" else f"{md} {said}"
    lemma = verb_lemma(verb)
    if rel is not None and rel.dep_ == "nsubj":
        # the counted do it: the verb as it is said ("vote", "take part")
        at = (  # (the word first: the pattern is built, and compiled, for each word)
            re.search(rf"(?<=\s){re.escape(verb.lower_)}\b", obj) if verb.lower_ in obj else None
        )
        return obj if at is None else f"{obj[: at.start()]}{denied} {obj[at.start() :]}"
    done = participle(lemma)
    at = re.search(rf"(?<=\s){re.escape(done)}\b", obj) if done in obj else None
    if at is None:
        return obj
    # (the counted have it done to them: "jobs cut by the firm" -> "jobs that will not be cut")
    who = "who" if rel is not None and _personal(rel) else "that"
    return f"{obj[: at.start()]}{who} {denied} be {obj[at.start() :]}"


def _people_counted_earlier(out: list[Amount], text: str, start: int) -> Amount | None:
    """ "Six men grabbed me. ... Two of them held me and two others held my legs": the
    people counted last before `start` in its paragraph, the group subject "others" are
    the rest of when no sentence near names one; None when the paragraph counts none."""
    for a in reversed(out):
        if a.span[1] > start or "\n" in text[a.span[1] : start]:
            return None
        if a.unit == "people" and a.extra.get("quantity_noun") and a.extra.get("kind") == "count":
            return a
    return None


def _others_state(noun: Any) -> Any:
    """ "and 30 others were missing", "with 158 others missing": the word of the state the
    others are in, or None when their clause has another shape."""
    verb = noun.head
    if noun.dep_ != "nsubj":
        return None
    if verb.dep_ == "aux":
        verb = verb.head  # (the parse may hang the subject on "were" of "were missing")
    if verb.tag_ in ("VBG", "VBN"):
        return verb  # ("were missing": parsed as a verb of its own)
    if verb.lemma_.lower() == "be":
        return next((c for c in verb.rights if c.dep_ == "acomp"), None)
    return None


def _others_scene(rest: str, noun: Any, first: Any, skip: set[int]) -> str:
    """ "41 Britons died in the tsunami, with 158 others missing": the others' state takes
    the event or place the first count was made in, when it has no words of its own
    (" missing in tsunami"); `rest` (the words after "others") as it is otherwise."""
    state = _others_state(noun)
    if state is None or state.i in skip or state.pos_ not in ("ADJ", "VERB"):
        return rest
    if rest.strip() not in ("", state.lower_) or any(not c.is_punct for c in state.rights):
        return rest  # ("treated for shock in hospital": its own words)
    scene = _count_scene(first, skip)
    return f" {state.lower_} {scene}" if scene else f" {state.lower_}"


# Prepositions of the event or place a count of people was made in ("died in the floods").
_SCENE_PREPS = frozenset("in after during following".split())


def _count_scene(noun: Any, skip: set[int]) -> str | None:
    """ "41 Britons are confirmed to have died in the tsunami": the event or place the
    counted noun's verb (or the verb it goes on to) says they were counted in ("in
    tsunami"); None when it gives none."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = noun.head
    for _ in range(2):  # ("confirmed to have died in ...": the verb it goes on to)
        rights = list(verb.rights)
        for prep in rights:
            if prep.dep_ != "prep" or prep.lower_ not in _SCENE_PREPS:
                continue
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if place is None or place.i in skip or place.ent_type_ in ("DATE", "TIME"):
                return None  # ("in 2004": a time, read as the period)
            return f"{prep.lower_} {_np(place, skip, with_acl=False)}"
        verb = next((c for c in rights if c.dep_ == "xcomp"), None)
        if verb is None:
            return None
    return None


# Nouns of the times something happened, which say of what only by what was counted before.
_CASE_WORDS = frozenset("cases instances occasions".split())
_CASE_OPENINGS = frozenset(w[:4] for w in _CASE_WORDS)


def _cases_of_before(obj: str, span: Any, out: list[Amount], value: float) -> str:
    """ "800 parents were warned. Attendance improved in 776 cases": cases "in" which a thing
    happened, or "of those cases", are of what the count just before counted, when that
    counted as many or more ("cases where attendance improved, of parents warned ...");
    `obj` as it is for any other shape."""
    noun = span[-1]
    word = obj.split(" ", 1)[0].lower()
    if word not in _CASE_WORDS or noun.lower_ != word:
        return obj
    part = (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.i in range(span.start, span.end)
    )
    if part and not any(c.lower_ in ("those", "these") for c in noun.lefts):
        return obj  # ("12 of the cases": of a whole named here)
    if not part and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.rights):
        return obj  # ("922 cases of fraud": they say of what)
    opening = span[0] if part else noun
    if not (opening.dep_ == "pobj" and opening.head.lower_ == "in" or part):
        return obj  # ("it handled 90 cases": a workload, not times of a thing before)
    prev_start = _previous_sentence_start(span)
    before = next(
        (
            a
            for a in reversed(out)
            if prev_start <= a.span[0] < span[0].idx and a.extra.get("kind") == "count" and a.object
        ),
        None,
    )
    if before is None or before.object is None or before.value < value:
        return obj
    if before.object.lower().startswith(f"{word} "):
        return f"{before.object}{obj[len(word) :]}"  # ("922 cases of fraud": the same cases)
    rest = obj[len(word) :]
    return f"{word}{rest}, of {before.object}" if rest else f"{word} of {before.object}"


def _group_defined_before(obj: str, span: Any, out: list[Amount], counted: str) -> str:
    """ "Eight men were charged over the protest. Five of the men were released": a part
    "of the" men the sentence just before counted is of those men as it defined them ("men
    charged over protest who were released"); `obj` as it is for any other shape."""
    noun = span[-1]
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.i + 1 >= noun.i:
        return obj
    if noun.doc[of.i + 1].lower_ != "the" or not span[0].like_num:
        return obj
    sent_start = int(_sent(span[0]).start_char)
    prev_start = _previous_sentence_start(span)
    lowered = counted.lower()
    before = next(
        (
            a
            for a in reversed(out)
            if prev_start <= a.span[0] < sent_start
            and str(a.extra.get("quantity_noun", "")).lower() == lowered
            and a.object
            and a.object.lower().startswith(f"{lowered} ")
        ),
        None,
    )
    if before is None or before.object is None or before.object.lower() in obj.lower():
        return obj
    group = before.object
    first = _tokens(noun.doc, *before.span)
    if not first or any(
        c.dep_ == "conj" and c.pos_ == "NOUN" and c.lower_ not in group.lower()
        for c in first[-1].rights
    ):
        return obj  # ("Nine men from X and another man": the part is of them all)
    if not obj.lower().startswith(f"{lowered} "):
        return group if obj.lower() == lowered else obj
    did = obj[len(lowered) + 1 :]  # ("freed by rescuers": what this part did or had done)
    were = "were " if span[0].dep_ == "nsubjpass" else ""
    who = "and" if " who " in group else "who"  # ("nurses who worked there and found ...")
    return f"{group} {who} {were}{did}"


def _whole_before(noun: Any, out: list[Amount], counted: str, unit: str) -> str | None:
    """The object of the count the article made before `noun`'s sentence of as many things
    as `noun`'s own number says, "the eight men" ("Eight protesters who stormed the chamber
    were charged" -> "protesters charged with disorderly conduct"); None when `noun` has no
    number, words of its own, or no count before gave that number of the same kind."""
    if noun.tag_ not in _PLURAL_TAGS or noun.lower_ != counted.lower():
        return None
    if any(c.dep_ in ("prep", "relcl", "acl", "amod", "compound", "poss") for c in noun.children):
        return None  # ("of the 12 men from Acme", "of the company's 12 staff": their own words)
    whole = next((c for c in noun.lefts if c.dep_ == "nummod" and c.like_num), None)
    if whole is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.lefts):
        return None
    value = digits_value(whole.text) or words_value(whole.text)
    if value is None:
        return None
    sent_start = int(_sent(noun).start_char)
    before = next(
        (
            a
            for a in reversed(out)
            if a.span[1] <= sent_start
            and a.extra.get("kind") == "count"
            and a.value == float(value)
            and a.unit == unit
            and a.comparator == "="
        ),
        None,
    )
    group = before.object if before is not None else None
    named = str(before.extra.get("quantity_noun", "")).lower() if before is not None else ""
    if group is None or not named or not group.lower().startswith(f"{named} "):
        return None  # (a bare "protesters" defines them no better)
    if named != noun.lower_ and not (unit == "people" and noun.lower_ in _ANY_PEOPLE):
        return None  # ("Five people were hurt ... three of the five directors": others)
    return group


# Nouns that name people of any kind, so that "the eight men" may be the "eight protesters"
# counted before.
_ANY_PEOPLE = frozenset("people men women persons individuals".split())


def _whole_counted_before(obj: str, span: Any, out: list[Amount], counted: str, unit: str) -> str:
    """ "Eight protesters who stormed the chamber were charged. ... Five of the eight men held
    a news conference": a part "of the M" things whose own sentence says nothing more of them
    is of the whole the article counted as M before, as that count defined it ("protesters
    charged with disorderly conduct who held news conference"), and "the eight men" are that
    whole; `obj` as it is for any other shape (no number of the whole, none counted as many
    before, words of their own)."""
    first = span[0]
    noun = span[-1]
    if first.dep_ == "nummod" and first.head.i == noun.i and noun.i > first.i:
        # ("nine of [[the twelve men]]": the whole itself)
        of = noun.head
        if noun.dep_ != "pobj" or of.lower_ != "of" or not of.head.like_num:
            return obj
        return _whole_before(noun, out, counted, unit) or obj
    if not first.like_num:
        return obj
    of = next((c for c in first.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        of = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    part_of = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    lowered = counted.lower()
    if part_of is None or not obj.lower().startswith(f"{lowered} "):
        return obj
    group = _whole_before(part_of, out, counted, unit)
    if group is None or group.lower() in obj.lower():
        return obj
    did = obj[len(lowered) + 1 :]
    were = "were " if first.dep_ == "nsubjpass" else ""
    who = ("and" if " who " in group else "who") if unit == "people" else "that"
    return f"{group} {who} {were}{did}"


def _agents_by(obj: str, span: Any, skip: set[int]) -> str:
    """ "They were challenging decisions by two judges in the High Court": people counted as
    the doers "by" whom a noun's thing was done are the object, with the thing as theirs and
    what was done to it ("judges in High Court whose decisions were challenged"), not the
    thing, nor themselves alone when the parse hangs "by" on the verb ("Police questioned the
    ruling by three judges" -> "judges whose ruling was questioned by Police"); `obj` as it
    is for any other shape (a passive verb's agent, a change "by" a number, a thing with more
    words of its own after the doers)."""
    noun = span[-1]
    by = noun.head
    if noun.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "prep":
        return obj
    thing = by.head
    if thing.pos_ == "VERB" and thing.tag_ != "VBN" and by.i > thing.i:
        # ("questioned the ruling by three judges": an active verb has no agent "by")
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in thing.children):
            return obj
        if verb_lemma(thing) in _LEVEL_VERBS:
            return obj  # ("cut its workforce by 2,000 people": a change by a number)
        thing = next((c for c in thing.rights if c.dep_ == "dobj" and c.i < by.i), thing)
        if thing.pos_ != "NOUN" or any(c.i > thing.i for c in thing.subtree if c.dep_ != "punct"):
            return obj
        noun_at = obj.lower().find(noun.lower_)
        if noun_at != 0 or thing.lower_ in obj.lower():
            return obj
        doers, their = obj, _np(thing, skip | {t.i for t in thing.lefts if t.dep_ == "det"})
    else:
        if thing.pos_ != "NOUN" or thing.i in skip or thing.dep_ == "attr":
            return obj  # ("were challenging decisions" read as what they were: a misparse)
        if any(c.i > by.i and c.dep_ in ("prep", "acl", "relcl") for c in thing.rights):
            return obj  # ("attacks by 20 gunmen on the village": whose words are whose)
        at = obj.find(f" by {noun.lower_}")
        if at <= 0 or thing.lower_ not in obj[:at].lower():
            return obj
        doers, their = obj[at + 4 :], obj[:at]
    if thing.lemma_.lower() in _CHANGE_NOUNS or thing.ent_type_:
        return obj
    done = thing.head
    tail = ""
    if thing.dep_ == "dobj" and done.pos_ == "VERB" and done.i not in skip:
        were = "were" if thing.tag_ in _PLURAL_TAGS else "was"
        tail = f" {were} {participle(verb_lemma(done))}"
        doer = next((c for c in done.lefts if c.dep_ == "nsubj"), None)
        if doer is not None and doer.tag_ != "PRP" and doer.pos_ in ("NOUN", "PROPN"):
            tail = f"{tail} by {_np(doer, skip, with_acl=False)}"  # (not "they": whom it says not)
    elif thing.dep_ == "nsubj" and done.pos_ == "VERB" and done.i not in skip:
        did = next((c for c in done.rights if c.dep_ == "dobj" and c.i not in skip), None)
        if did is not None:  # ("a walkout by 2,000 nurses closed the wards")
            tail = f" {done.lower_} {_np(did, skip, with_acl=False)}"
    elif thing.dep_ == "nsubjpass" and done.tag_ == "VBN":
        helpers = [c for c in done.lefts if c.dep_ in ("aux", "auxpass")]
        tail = f" {_join([*helpers, done])}"  # ("the ruling by three judges was overturned")
    return f"{doers} whose {their}{tail}"


def _group_first_counted(out: list[Amount], counted: Amount | None) -> str | None:
    """ "An MP was mugged by six men. ... Six men grabbed me. ... Two of them held me and two
    others held my legs": the group the others are the rest of, as the article's first count
    of as many of the same things defined it ("men mugging MP"), not as the nearest count
    names them again ("men who cannot be fought"); None when no count says more than the
    noun."""
    if counted is None:
        return None
    named = str(counted.extra.get("quantity_noun", "")).lower()
    return next(
        (
            a.object
            for a in out
            if a is not counted  # (itself says what it did, not who they are)
            and a.value == counted.value
            and str(a.extra.get("quantity_noun", "")).lower() == named
            and a.object
            and a.object.lower().startswith(f"{named} ")
        ),
        None,
    )


def _held_by_holder(obj: str, noun: Any, skip: set[int]) -> str:
    """ "Fairford Coach Action, representing more than 80 people who appealed against the
    police actions": counted people a name's or noun's "-ing" clause holds, whose own "who"
    clause won the object, are also that holder's ("people represented by Fairford Coach
    Action who appealed against police actions"); `obj` as it is for any other shape."""
    verb = noun.head
    holder = verb.head
    if verb.tag_ != "VBG" or holder.pos_ not in ("PROPN", "NOUN") or holder.i in skip:
        return obj
    who = next(
        (
            c
            for c in noun.rights
            if c.dep_ == "relcl" and any(k.lower_ in ("who", "that") for k in c.lefts)
        ),
        None,
    )
    at = obj.find(" who ") if who is not None else -1
    if at < 0 or not obj.lower().startswith(noun.lower_):
        return obj
    name = _np(holder, skip, with_acl=False)
    if not name or name.lower() in obj.lower():
        return obj
    lemma = verb_lemma(verb)
    if lemma in _INVOLVE_VERBS and lemma != "affect":
        return f"{obj[:at]} in {name}{obj[at:]}"  # ("a case involving 30 workers who ...")
    return f"{obj[:at]} {participle(lemma)} by {name}{obj[at:]}"
