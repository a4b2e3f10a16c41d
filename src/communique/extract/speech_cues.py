"""Word lists behind quote extraction: speech and cognition cues, venues, titles.

Lemmas as spaCy's English lemmatizer gives them. Kept apart from the extractor so the
lists can be read (and extended) without reading the parse logic.
"""

from __future__ import annotations

# Verbs that report what someone said or wrote (their complement is the reported content).
SPEECH_VERBS: frozenset[str] = frozenset(
    """
    say tell add stress note state declare announce explain claim insist assert argue
    warn urge deny acknowledge admit confirm reiterate emphasize emphasise underscore
    underline highlight mention remark observe comment reply respond answer ask
    suggest propose predict promise pledge vow vouch recall report write tweet post
    testify maintain contend concede complain allege accuse charge demand
    announce reveal disclose indicate hint signal caution advise recommend
    conclude continue describe boast brag joke quip shout yell scream whisper cry
    lament muse agree disagree object protest counter retort rebut dismiss reject
    threaten swear affirm reaffirm assure tout praise hail criticize criticise blast
    slam attack question wonder call appeal plead request inform notify estimate
    stipulate specify proclaim profess recount relate reason speculate theorize
    acknowledge predict forecast point outline insist opine posit
    exclaim chant bark holler shriek mouth echo confess repeat interrupt snap
    """.split()
)

# Verbs of belief and cognition: reported with a that-clause, weaker than speech.
COGNITION_VERBS: frozenset[str] = frozenset(
    """
    believe think feel fear hope expect know consider doubt suspect worry
    """.split()
)

# Verbs whose direct object (not only a clause) is the reported content:
# "pointed out the enormous advantages", "underscored the visit as ...".
OBJECT_CONTENT_VERBS: frozenset[str] = frozenset(
    """
    underscore underline stress emphasize emphasise highlight reiterate reaffirm deny
    reveal note point praise hail welcome condemn criticize criticise
    """.split()
)

# Particles and prepositions that make a multi-word cue ("point out", "call on").
PHRASAL_CUES: dict[str, frozenset[str]] = {
    "point": frozenset({"out"}),
    "call": frozenset({"on", "for", "upon"}),
    "appeal": frozenset({"to", "for"}),
    "speak": frozenset({"of", "about"}),
    "make": frozenset({"clear"}),
}
# Verbs that are cues only with their particle ("point" alone is not speech).
NEEDS_PARTICLE: frozenset[str] = frozenset({"point", "call", "speak", "make"})

# Nouns that head a venue phrase: "during a regular press conference".
VENUE_NOUNS: frozenset[str] = frozenset(
    """
    conference briefing interview speech address summit meeting forum session hearing
    rally debate assembly statement broadcast podcast show program programme event
    ceremony reception parliament congress convention symposium dialogue talk talks
    news_conference op-ed column article letter post tweet release
    """.split()
)
VENUE_PREPS: frozenset[str] = frozenset({"at", "during", "in", "on", "before", "to"})

# Titles that precede a name and belong to the role, not the name ("President Xi").
TITLES: frozenset[str] = frozenset(
    """
    president vice prime minister secretary chancellor premier senator sen. rep.
    representative gov. governor mayor king queen prince princess pope general gen.
    admiral adm. col. colonel lt. captain capt. sgt. sergeant officer chief judge justice
    ambassador envoy spokesman spokeswoman spokesperson chairman chairwoman chair
    director commissioner mr. mrs. ms. dr. prof. professor sir lord lady dame sheikh
    emir deputy foreign defense defence finance state general-secretary leader speaker
    councillor councilor attorney
    """.split()
)

# Nominal speakers resolvable to a person entity through its role.
PERSON_NOUNS: frozenset[str] = frozenset(
    """
    spokesperson spokesman spokeswoman minister president premier chancellor secretary
    official ambassador envoy leader senator governor mayor chairman chairwoman director
    diplomat officer general commander representative
    """.split()
)

PRONOUNS_PERSON: frozenset[str] = frozenset({"he", "she", "him", "her"})

# Opening and closing quotation marks we pair ("straight" marks pair by context).
OPENERS = "\u201c\u201e\u00ab"  # “ „ «
CLOSERS = "\u201d\u00bb"  # ” »
STRAIGHT = '"'
DASHES = "\u2013\u2014\u2015-"
