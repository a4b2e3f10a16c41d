"""Word lists and small patterns that several amount readers share: verbs of saying,
giving, having, trading and moving a level; nouns of changes, estimates, firms and owners,
aims and plans; and the nouns a bare number never counts. A list that one reader uses lives
with that reader; the lists here are used by two or more of the amounts_* modules, so they
sit below all of them.
"""

from __future__ import annotations

import re
import sys

# The characters a caseless pattern matches for an ASCII letter: dotless "ı" and dotted "İ"
# for "i", long "ſ" for "s", the Kelvin sign for "k". In a text without them every letter a
# caseless match has for an ASCII letter of the pattern is that ASCII letter, which the
# text's lower case keeps, whatever else the text holds ("£", curly quotes, accents).
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def _caseless_low(text: str) -> str | None:
    """`text` lower-cased, to test a caseless pattern's lower-case ASCII words (and uncased
    marks) in; None when such a test would not be the pattern's own (see `_FOLDS_TO_ASCII`)."""
    if not text.isascii():
        for ch in _FOLDS_TO_ASCII:
            if ch in text:
                return None
    return text.lower()


def _uncased(word: str) -> bool:
    """Whether a word of `needs` tests the same in a lower-cased text as a caseless pattern
    does: lower-case ASCII, or marks with no case ("’")."""
    return all(
        ch.isascii() and not ch.isupper() or not ch.isalpha() and ch.lower() == ch.upper() == ch
        for ch in word
    )


class _Gated:
    """A pattern searched only when the text holds one of `needs`, strings every match of it
    holds: a substring test costs a small part of a search by a pattern that opens with "\\b"
    or a word list (tried at every character). For a caseless pattern `needs` are lower-case
    and tested in the lower-cased text (where lower-casing is the pattern's own caseless test,
    see `_caseless_low`); any other text is searched as it is."""

    __slots__ = ("pattern", "needs", "caseless")

    def __init__(self, pattern: re.Pattern[str], needs: tuple[str, ...]) -> None:
        assert all(_uncased(w) for w in needs), needs  # (lower-case, as the test asks)
        self.pattern = pattern
        self.needs = needs
        self.caseless = bool(pattern.flags & re.IGNORECASE)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # (loops, not "any" over a generator, and `_caseless_low`'s test written out, not
        # called: this runs thousands of times an article; the part is cut out once and
        # asked with "in", cheaper than a "find" call with bounds for each word)
        part = text[pos:endpos] if pos or endpos < len(text) else text
        if self.caseless:
            folds = False
            if not part.isascii():
                for ch in _FOLDS_TO_ASCII:
                    if ch in part:
                        folds = True
                        break
            if not folds:
                low = part.lower()
                for w in self.needs:
                    if w in low:
                        break
                else:
                    return None
        else:
            for w in self.needs:
                if w in part:
                    break
            else:
                return None
        return self.pattern.search(text, pos, endpos)


def _may_hold(text: str, *words: str) -> bool:
    """Whether a caseless pattern every match of which holds one of the lower-case ASCII
    `words` may match `text`: False only when the text's lower case holds none of them and
    is the pattern's own caseless test (see `_caseless_low`)."""
    low = _caseless_low(text)
    if low is None:
        return True
    for w in words:  # (a loop, not "any" over a generator: thousands of calls)
        if w in low:
            return True
    return False


def _may_say(text: str, word: str) -> bool:
    """Whether a caseless pattern built to hold `word` may match `text` (a test before the
    pattern is built and compiled): False only when `word` is of lower-case ASCII or uncased
    marks and the text's lower case, the pattern's own caseless test, holds no `word`."""
    return not _uncased(word) or _may_hold(text, word)


_FROM = re.compile(r"\bfrom\s+$", re.I)

_DEFINITE = frozenset("the these those its their his her our your both all".split())
# Nouns a bare number counts that are not amounts: durations, clock and calendar words.
_NOT_COUNTED = frozenset(
    """year years month months week weeks day days hour hours minute minutes second seconds
    decade decades century centuries time times am pm a.m. p.m. o'clock season seasons
    percent cent % thirds fifths quarters halves sixths eighths tenths""".split()
)
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})

_CHANGE_NOUNS = frozenset(
    """rise increase fall drop decline growth cut reduction jump surge slump gain loss rebound
    hike boost shortfall deficit surplus expansion contraction""".split()
)
# Which way a change noun goes ("a rise in spending of 14.8%").
_NOUN_WAYS = {
    **dict.fromkeys("rise increase jump surge gain rebound hike boost".split(), "rise"),
    **dict.fromkeys("fall drop decline cut reduction slump loss".split(), "fall"),
    "growth": "growth",
    "expansion": "growth",
    "contraction": "contraction",
}

_BARE_CHANGES = frozenset("rise increase fall drop decline jump surge slump rebound gain".split())

_CHANGE_VERBS = frozenset(
    """rise fall gain lose jump slump drop climb grow shrink surge slide dip edge ease rally
    tumble plunge soar decline increase decrease sink add shed finish close end open
    trade slip recover rebound""".split()
)
# Verbs that move a level: "sales fell to 1.2 million cars", "double sales to 400,000 cars".
_LEVEL_VERBS = _CHANGE_VERBS | frozenset(
    """double triple halve boost raise lift cut reduce increase lower push bring overstate
    understate restate vary trim slash narrow widen""".split()
)
# Nouns that say where, not what ("sent a record $16.6bn home").
_WHERE_WORDS = frozenset("home abroad overseas back way one-way".split())

# Economic measures written as capitalised acronyms, never listed firms.
_MEASURE_ACRONYMS = frozenset("GDP GNP GNI CPI RPI PPI PMI M3 M4".split())

_SAY_VERBS = frozenset("say tell think believe expect want claim report".split())

# Nouns that name a value's status, not what it measures ("a previous estimate of 3.7%").
_ESTIMATE_NOUNS = frozenset("estimate forecast projection prediction expectation".split())


# "-ly" words that say nothing of how a thing was done ("were only hurt", "nearly died").
_LY_ASIDES = frozenset(
    """only early nearly largely mostly mainly partly fully likely initially originally
    previously recently subsequently currently finally eventually apparently""".split()
)


# "said", "understood", "thought": verbs of hearsay whose complement says what happened.
_HEARSAY_VERBS = frozenset(
    "understand think believe say report expect know estimate confirm fear".split()
)

_GIVE_VERBS = frozenset(
    "offer give provide grant award pay send lend sell supply deliver extend issue".split()
)

# Verbs whose object is counted as it is ("the office has 6,100 staff").
_HAVE_VERBS = frozenset("have show include contain number total count see report hold".split())


# Verbs that take an amount "off" something ("knocked 0.2% off the growth rate"), unlike
# "pay off" or "write off".
_OFF_VERBS = frozenset("knock shave wipe take slice trim lop chop".split())

# Verbs of money coming in, whose "from" says where it came from ("raised $2bn from asset
# sales", "earned £4m from ticket sales").
_GAIN_VERBS = frozenset("raise earn collect receive generate reap net make".split())


_AIM_VERBS = {
    "aim": "target",
    "plan": "target",
    "hope": "target",
    "hop": "target",  # the model's lemma of "hopes", "hoping", "hoped"
    "intend": "target",
    "want": "target",
    "target": "target",
    "seek": "target",
    "promise": "pledge",
    "pledge": "pledge",
    "vow": "pledge",
    "expect": "forecast",
    "forecast": "forecast",
    "predict": "forecast",
    "project": "forecast",
    "anticipate": "forecast",
    "estimate": "forecast",
    "set": "forecast",  # "the market is set to grow 84%"
    "tip": "forecast",  # "borrowing is tipped to fall to £31bn"
    "agree": "pledge",  # "agreed in 1970 to spend 0.7% of their incomes on aid"
    "suggest": "target",  # "the report suggests cutting the fee to £15m": a proposal
    "propose": "target",
    "recommend": "target",
    "offer": "pledge",  # "has offered an 8% increase": offered, not yet paid
    "try": "target",
    "likely": "forecast",  # "is likely to cut 300 jobs"
    "unlikely": "forecast",
    "due": "target",  # "is due to receive £5m"
    "need": "target",  # "we need at least $20bn in investment"
    "threaten": "forecast",  # "threatening to cut 12,000 jobs": a possible cut
    "consider": "forecast",  # "is considering raising fuel prices by 30%": possible
    "ensure": "target",  # "trying to ensure budgets are limited to 1%"
    "demand": "target",  # "the union is demanding a 5% rise": asked for, not won
    "urge": "target",
    "foresee": "forecast",  # "the plan foresees capacity of 7.8 million tonnes a year"
    "envisage": "forecast",
    "envision": "forecast",
    "schedule": "target",  # "is scheduled to receive £5m"
    "guarantee": "pledge",  # "guarantees a minimum wage of £5"
    "attempt": "target",  # "attempting to raise $2bn"
    "aspire": "target",
}


_PLAN_NOUNS = {
    "plan": "target",
    "proposal": "target",
    "target": "target",
    "aim": "target",
    "bid": "target",
    "intention": "target",
    "pledge": "pledge",
    "promise": "pledge",
    "commitment": "pledge",
    "attempt": "target",  # "in an attempt to double aid to $100bn"
    "effort": "target",
    "decision": "target",  # "its decision to raise prices by 10%": decided, not yet done
    "talk": "target",  # "is in talks to take a 20% stake": sought, not yet agreed
    "negotiation": "target",
}

_AIM_NOUNS = frozenset("target goal aim aspiration ambition objective".split())

_DEAL_NOUNS = frozenset(
    "agreement deal contract plan offer bid package scheme programme loan".split()
)


# Nouns of an arrangement an amount holds under ("under the settlement", "as part of the
# new proposals"): the frame that says which charge, saving or payment it is.
_FRAME_NOUNS = frozenset(
    """settlement deal agreement arrangement accord pact treaty plan proposal scheme programme
    program package budget contract reform rule bill law term measure""".split()
)


# Words for a stretch of time: "in the period" says when, not what.
_TIME_NOUNS = frozenset("period quarter year month week day time half".split())


# How a share price moves ("Corus fell 2.2%"); "TB increased by 25%" is no share price.
_PRICE_VERBS = frozenset(
    """rise fall gain lose jump slump drop climb surge slide dip edge ease rally tumble plunge
    soar sink add shed finish close end open slip""".split()
)
# Nouns for a listed company, whose price moves are its shares' ("the steel maker fell 3%").
_COMPANY_NOUNS = frozenset(
    """company corporation firm group bank giant maker operator retailer carrier airline
    insurer lender producer manufacturer supplier rival partner unit brewer carmaker
    miner""".split()
)
# Singular nouns for an organisation that "its" can point back to ("the firm ... its").
_OWNER_ORGS = _COMPANY_NOUNS | frozenset(
    """government army navy state agency regulator authority council ministry club party
    fund union commission court""".split()
)


# Market indices, which move without shares of their own ("the Nikkei down 1%").
_INDEX_NAMES = frozenset("nikkei dow ftse dax cac nasdaq kospi sensex hang index average".split())


# Nouns for who earns, loses or spends, besides firms and people ("nations' spending").
_DOER_NOUNS = frozenset(
    "nation country state authority council wing division unit arm subsidiary household".split()
)

# Verbs that "up" makes a phrasal verb of, so "up to" after them is where a level went.
_UP_VERBS = frozenset(
    """push drive go move run shoot jump climb rack ramp step put bring mark revise round
    pick add sum take build pile hike jack prop crank ratchet gear scale buoy pump boost
    bump edge inch creep trade bid talk send force lift""".split()
)

_DEAL_WORDS = frozenset("deal agreement transaction".split())

_DEALT_TOO = frozenset(("settlement", "settlements"))


_DESCRIBED = re.compile(r"^(?:[a-z][\w-]* )+")

_VAGUE_CAUSES = frozenset(
    "move plan measure change step decision proposal idea scheme policy deal agreement".split()
)


# Verbs of goods changing hands ("offer $2bn worth of shares to investors").
_TRADE_VERBS = frozenset("offer sell buy issue acquire purchase export import ship place".split())


_TO_ONLY = re.compile(r"\s+to\s+(?:an?\s+|the\s+)?")


# Nouns of violent or disastrous events, whose fronted "during" says in what the counted were
# hurt or held ("During the riots, 400 people were injured").
_FRONTED_EVENTS = frozenset(
    """riot riots disturbance disturbances clash clashes protest protests attack attacks
    fighting violence war storm storms flood floods flooding earthquake tsunami raid raids
    operation operations unrest demonstration demonstrations siege battle offensive
    hurricane fire fires blast explosion crackdown uprising""".split()
)
_HARM_VERBS = frozenset(
    """injure kill wound hurt arrest detain die evacuate displace rescue hold lose""".split()
)

# Verbs of harm, loss, flight or arrest whose phrase on an event says in what the counted
# came to it ("killed in the explosion", "arrested after the match", "fled the fighting").
_HARMED_VERBS = (_HARM_VERBS - {"hold", "rescue"}) | frozenset(
    """maim drown perish murder massacre slaughter shoot flee destroy damage strand trap
    hospitalise hospitalize bury""".split()
)
# Nouns of the events and causes such a phrase names ("the Tsunami", "the Madrid bombings").
_HARM_EVENTS = (_FRONTED_EVENTS - {"operation", "operations"}) | frozenset(
    """disaster disasters crash crashes collision accident accidents bombing bombings bomb
    bombs quake quakes earthquakes tsunamis hurricanes typhoon typhoons cyclone cyclones
    avalanche avalanches landslide landslides mudslide mudslides blaze blazes explosions
    blasts shooting shootings massacre genocide conflict wars battles ambush ambushes
    assault assaults invasion bombardment shelling insurgency stampede derailment
    epidemic outbreak famine drought eruption heatwave rampage incident incidents match
    game final derby rioting disorder""".split()
)
