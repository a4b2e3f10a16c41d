"""Amounts of a parsed Article: money, percentages, counts, with what they measure.

    "Bilateral trade in the first three quarters of 2021 exceeded US $100 billion"
    -> Amount(value=1e11, unit="USD", comparator=">", object="Bilateral trade",
              period="2021-01-01/2021-09-30", parties=["CHN", "RUS"])

Cheap first: the lexicon's regex (amounts_lexicon), tried only where a digit run or a number
word starts, reads every number with its unit (currency symbol, code or word, scale, per
cent, percentage points). Only around those hits
is the parse read: a bare number becomes a count when it quantifies a plural noun ("464,000
subscribers", "20 people were killed"); the object is found from the dependency tree (the
subject of the verb the amount belongs to, the noun it modifies, "a budget of ...", "... in
aid"); the period is the period expression (extract/periods.py) in the same clause; parties
are the countries of the object ("Russia's exports"), of "bilateral"/"between" wording (the
article's main dyad), or of the clause's actors.

This module runs the steps for each hit (`_extract_amounts`); the steps live in siblings
named for what they do: `amounts_hits` (numbers and units), `amounts_parse` (reading the
parse), `amounts_read` and `amounts_objects` (what is measured), `amounts_counts` (what a
count counts), `amounts_owners` (whose it is), `amounts_countries` (parties),
`amounts_periods`, `amounts_comparators`, `amounts_changes` (rises and falls),
`amounts_modality` (forecasts, pledges, targets), `amounts_shares`, `amounts_terms` (what
money is for), `amounts_prenominal` (money before a noun: its price, value or cost),
`amounts_done` (where, how and why a thing was done) and `amounts_words` (word lists several
of them use).

Extra fields (flattened into the record): `quoted` (inside a direct quote or quotation
marks), `reported` and `speaker` (inside indirect speech), `kind` (money | percent | points |
count), `quantity_noun` ("troops"), `event` ("kill" for "20 people were killed"),
`comparator_text`, `inclusive`, `value_high`, `vague`, `period_text`, `conversion_of` (the
span of the amount a bracketed "(£600m)" converts).

Values: `value` is the number in the unit (percentage points for "percentage_points", the
major currency unit for "30p"). Ranges ("between 5 and 10") give the low end as `value`,
the high end in `value_high`, comparator "~". Vague plurals ("thousands of") give the
smallest reading with comparator ">"; "several hundred" reads "several" as three to nine
(300, `value_high` 900, "~"). "at least"/"up to" are ">"/"<" with `inclusive`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from communique.extract.amounts_aimed import plans_aimed
from communique.extract.amounts_antecedent import named_earlier
from communique.extract.amounts_apposed import _apposed_name, _apposition_bracketed
from communique.extract.amounts_changes import (
    _FALL_VERBS,
    _GROW_VERBS,
    _RISE_VERBS,
    _THAN_WHO,
    _annual_rate,
    _by_after_change,
    _by_count,
    _change_said_before,
    _change_to_period,
    _commodity_price,
    _currency_named,
    _direction,
    _forecast_from_to,
    _joined_clause_amount,
    _parallel_change,
    _points_of_rate,
    _points_to_rate,
    _rate_before,
    _than_change,
    _verb_way,
)
from communique.extract.amounts_clause_owner import owner_in_other_clause
from communique.extract.amounts_comparators import (
    _BARE_ROLES,
    _ESTIMATE_STEMS,
    _ESTIMATE_WORD,
    _LEAD_WORDS,
    _a_year_earlier,
    _aside_change,
    _change_on,
    _comparative_gap,
    _comparator,
    _comparator_restated,
    _compared_change,
    _compared_then,
    _estimated_by,
    _excess_of,
    _from_to_previous,
    _from_word,
    _gap_to,
    _gap_to_forecast,
    _headline_restated,
    _mark_previous,
    _measured_by_clause,
    _more_than_then,
    _part_of_them,
    _previous,
    _respectively,
    _role_of,
    _role_of_later,
    _same_time_year_before,
    _same_value_said,
    _share_from_to,
    _to_then_from,
    _worth_and_compared,
)
from communique.extract.amounts_complements import _complement_of
from communique.extract.amounts_context import (
    _class_noun_named,
    _money_target_before,
    _restated_owner,
    _run_period_before,
    _sales_place_before,
    _same_head_before,
    _same_kind_before,
    _short_form_owner,
    _short_name_told,
)
from communique.extract.amounts_contrast import contrast_own_object
from communique.extract.amounts_coord_mood import coordinated_mood
from communique.extract.amounts_counted_mods import _fronted_owned, _own_phrase
from communique.extract.amounts_countries import (
    _BILATERAL,
    _DEAL_VERBS,
    _SHORT_COUNTRY,
    _article_country,
    _cause_of_anothers,
    _clause_subject_noun,
    _Countries,
    _currency_country,
    _described_firm_country,
    _doc_ents,
    _economy_before,
    _economy_named,
    _event_country_before,
    _example_country,
    _government_home,
    _growth_of_economy_before,
    _kb_country,
    _local_unit,
    _market_of,
    _names_country,
    _names_nationality,
    _nation_said_before,
    _national_base,
    _national_measure_near,
    _nationals_placed,
    _parties,
    _pronoun_owner,
    _public_money_home,
    _same_object_parties,
    _same_thing_named,
    _state_body_home,
    _state_money_currency,
    _state_owner_home,
)
from communique.extract.amounts_countries import _object_country as _object_country
from communique.extract.amounts_counts import (
    _CASE_OPENINGS,
    _SUPPLY_VERBS,
    _agents_by,
    _cases_of_before,
    _count_not_rate,
    _count_noun,
    _count_object,
    _fronted_event,
    _fronted_place,
    _group_defined_before,
    _group_first_counted,
    _held_by_holder,
    _helped_with,
    _in_which,
    _joined_gap,
    _listed_kind,
    _more_of_them,
    _others_scene,
    _people_counted_earlier,
    _purpose_of,
    _range_of,
    _rate_of_people,
    _where_there,
    _whole_counted_before,
    _with_negation,
)
from communique.extract.amounts_dash_renamed import renamed_before
from communique.extract.amounts_defining_words import numbers_kept
from communique.extract.amounts_demonstrative import demonstratives_named
from communique.extract.amounts_division import part_owner_named
from communique.extract.amounts_done import (
    _ASK_VERBS,
    _as_a_result_of,
    _at_close,
    _at_level,
    _bare_done,
    _bare_production,
    _caused_by,
    _covered_by,
    _created_by,
    _defining_clause,
    _done_how,
    _following_cause,
    _for_others,
    _fronted_scope,
    _growth_for,
    _growth_of,
    _how_traded,
    _low_text,
    _money_for,
    _own_passive,
    _passive_subject_for,
    _produce_of,
    _product_before,
    _report_on,
    _saved_for,
    _sum_made_to_pay,
    _there_named,
    _where_done,
    _where_it_moved,
    _where_of,
)
from communique.extract.amounts_earlier import BARE_NOUNS, _defined_earlier
from communique.extract.amounts_expected import expected_measure
from communique.extract.amounts_fallback import (
    comparatives_marked,
    countries_named,
    objects_filled,
    owners_filled,
    peaks_of_change,
)
from communique.extract.amounts_firm_only import _firm_only_default
from communique.extract.amounts_first_person import first_person_speaker
from communique.extract.amounts_followed import followed_earlier, followed_object
from communique.extract.amounts_fragment import fragment_object
from communique.extract.amounts_fuller import _fuller_kind_named
from communique.extract.amounts_held_with import held_with
from communique.extract.amounts_hits import _YEAR, _duration, _Hit, _hits, _in_name
from communique.extract.amounts_inquiry import inquiry_target
from communique.extract.amounts_it_subject import it_subject_named
from communique.extract.amounts_kind_before import _owned_kind_before, _renamed_gap
from communique.extract.amounts_lexicon import lexicon
from communique.extract.amounts_modality import (
    _CONTENTS_LEAD,
    _CONTENTS_STEMS,
    _FORECAST_VERBS,
    _IF_WORDS,
    _agreed_to,
    _ahead_said,
    _aim_noun_above,
    _aim_of,
    _announced_spend,
    _conditional,
    _estimated,
    _forecast_outcome,
    _hoped_for,
    _is_to_plan,
    _looks_like,
    _negated,
    _plan_contents,
    _premise_around,
    _proposed_above,
    _reframed,
    _said_ahead,
    _subject_of_conditioned,
    _when_promised,
)
from communique.extract.amounts_modifiers_kept import modifiers_kept
from communique.extract.amounts_nation_leader import leader_country, nation_of_subject_before
from communique.extract.amounts_numbers import plain
from communique.extract.amounts_objects import (
    _MONEY_WORDS,
    _OWNED_NOUNS,
    _bad_object,
    _market_of_counted,
    _measure_done,
    _retell_market,
    _settle,
    _verb_phrase,
    _work_on_before,
)
from communique.extract.amounts_offer_for import offer_for
from communique.extract.amounts_one_country import nation_measure_home
from communique.extract.amounts_opening import _firm_sales_in_market
from communique.extract.amounts_owners import (
    _ORG_PRONOUN,
    _agent_owned,
    _aside_named,
    _at_the_firm,
    _bosses_deal,
    _deal_maker,
    _debt_of_seller,
    _deed_of_accused,
    _doer_s,
    _each_holder,
    _firm_by_default,
    _firm_metric,
    _firm_metric_owner,
    _firm_people,
    _headline_in,
    _his_or_hers,
    _it_of_the_if,
    _job_named,
    _limit_on_earlier,
    _main_org,
    _name_the_firm,
    _named_earlier,
    _offered_by,
    _org_pronoun,
    _owned_by_subject,
    _owner_once,
    _promised_by,
    _pursues,
    _relative_doer,
    _resolve_it,
    _resolve_its,
    _resolve_they,
    _said_by_firm,
    _same_owner,
    _same_owner_of_change,
    _seen_by,
    _short_names,
    _sibling_owner,
    _swung_to_owner,
    _them_before,
    _thing_before,
    _this_before,
    _told_firm_named,
    _which_has,
    _whose_shares,
)
from communique.extract.amounts_parse import (
    _alpha_toks,
    _base,
    _clause_head,
    _clause_heads,
    _complement,
    _governing_verb,
    _name,
    _nounish,
    _np,
    _outward,
    _outward_at,
    _own_subtree,
    _possessive,
    _predicate,
    _previous_sentence_start,
    _quote_regions,
    _subject,
    _subject_at,
    _text_sentence,
    _tokens,
    _uncap_opening,
    _verb_noun,
)
from communique.extract.amounts_part_of import _part_of_kept
from communique.extract.amounts_passive_owner import passive_owner_named
from communique.extract.amounts_periods import (
    _A_OF_ONE,
    _EVENT_MARKS,
    _OFTEN,
    _conversions_dated,
    _event_clause,
    _every,
    _how_often,
    _is_prior,
    _may_be_prior,
    _next_year_after_a_year,
    _on_basis,
    _part_in_the_sentence_year,
    _part_of_a_year_before,
    _part_of_the_article_year,
    _part_of_year,
    _period,
    _period_in_object,
    _previous_unit,
    _rate_after,
    _ref_date,
    _results_period,
    _said_unit,
    _same_period_after,
    _split_year,
    _that_year_before,
    _the_quarter_before,
    _the_year_of_its_parts,
    _time_named_again,
    _time_of_its_phrase,
    _undated_in_object,
    _undated_time,
    _year_after,
    _year_before,
    _year_the_sentence_is_of,
    _yearless_dated_near,
)
from communique.extract.amounts_person import third_person_named
from communique.extract.amounts_plan_mood import plans_marked
from communique.extract.amounts_planner import planners_named
from communique.extract.amounts_poll_named import polls_named
from communique.extract.amounts_possessive import possessives_named
from communique.extract.amounts_prenominal import _prenominal_price
from communique.extract.amounts_pronoun import _IT_THEY, _container_doer
from communique.extract.amounts_purpose import _needed_for
from communique.extract.amounts_read import (
    _SOURCE_VERBS,
    _named_before,
    _object_nearby,
    _object_of_clause,
    _read,
)
from communique.extract.amounts_recipient import _given_to, _probe_settled
from communique.extract.amounts_region import _people_of_places, _region_of_story
from communique.extract.amounts_relative_year import relative_years_said
from communique.extract.amounts_reported_verb import verb_taken_for_noun
from communique.extract.amounts_restated import (
    _cost_across_aside,
    _from_worth_to_worth,
    _share_restated,
)
from communique.extract.amounts_revised import revised_figures
from communique.extract.amounts_roleref import _role_referent
from communique.extract.amounts_sentences import _sents_at
from communique.extract.amounts_shares import (
    _PERSONAL,
    _another_part,
    _fraction_restated,
    _market_said_before,
    _name_person,
    _poll_asked,
    _poll_base,
    _poll_ellipsis,
    _poll_or,
    _share_for_whom,
    _share_of_changed,
    _share_topic,
    _stake_dealt,
    _stake_in_said_before,
    _total_named_before,
    _whole_said_before,
    _whole_said_first,
)
from communique.extract.amounts_stake_in import stakes_placed
from communique.extract.amounts_terms import (
    _FOR_NOUNS,
    _against_currency,
    _bare_noun_said,
    _claim_for,
    _cost_at,
    _cost_of,
    _cost_said,
    _currency_stripped,
    _dash_defined,
    _deal_for,
    _event_said,
    _faced_by,
    _figure_before,
    _frame_of,
    _fronted_with,
    _funding_for,
    _handed_out,
    _interest_rates,
    _margin_done,
    _money_terms,
    _payment_for_bought,
    _sale_of,
    _sale_sides,
    _sold_to,
    _tails_added,
    _than_then,
    _time_owned,
    _valued_past_aside,
    _what_agreed_to,
    _what_for,
    _when_said,
    _where_so,
)
from communique.extract.amounts_thresholds import (
    allowed_share,
    approval_level,
    obliged_minimum,
    permitted_limit,
    required_threshold,
    threshold_holder,
    threshold_object,
)
from communique.extract.amounts_ventures import _venture_of
from communique.extract.amounts_we import _we_speaker
from communique.extract.amounts_widened import bare_objects_widened, dangling_cut
from communique.extract.amounts_with_clause import relative_with_holder, with_clause_holder
from communique.extract.amounts_words import (
    _BARE_CHANGES,
    _CHANGE_NOUNS,
    _CHANGE_VERBS,
    _DEFINITE,
    _ESTIMATE_NOUNS,
    _FRAME_NOUNS,
    _HEARSAY_VERBS,
    _NOUN_WAYS,
    _PLURAL_TAGS,
    _SAY_VERBS,
    _TRADE_VERBS,
    _Gated,
    _may_hold,
)
from communique.extract.amounts_worked import pay_of_worker
from communique.extract.amounts_worth_for import worth_purpose
from communique.extract.amounts_yearless import _yearless_in_object, _yearless_time
from communique.extract.periods import Period, find_periods, parse_period
from communique.record import Amount, Article

# Wordings of the least a rule asks ("at least", "a minimum of").
_AT_LEAST = frozenset(("at least", "a minimum of", "no less than", "not less than"))

# "by the government", "the government's gift": a government named by no one's name.
_THE_GOVERNMENT = re.compile(
    r"\b(?P<pre>(?:by|from|of|to) )(?:the )?government\b(?! of)|^(?:the )?government(?=['’]s\b)"
)
_OUT_OF = re.compile(r"\bout\s+of\s+(?:every\s+)?$|\b(?:one|\d+)\s+in\s+(?:every\s+)?$", re.I)
_OUT_OF_AFTER = re.compile(
    r"\s+(?:out\s+of|in)\s+(?:every\s+)?(?:\d|ten\b|five\b|four\b|three\b)", re.I
)

_OR_BETWEEN = re.compile(r"\s*,?\s*(?:or|-|–|—)\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?")
_LEVEL_WORDS = frozenset("figure level total amount sum".split())
# A tax that ends an object, or comes before who pays it ("income tax paid by the duke").
_TAX_END = re.compile(r"(?i)(?:^|\s)(tax|duty|VAT)(?: paid by .*)?$")


# Patterns of the object read once per amount, compiled once (each tried after a cheap
# word test where one is sure).
_COUNTRY_POSS = re.compile(r"\b(?:country|nation)['’]s\b")
_COUNTRY_S = re.compile(r"\bcountry['’]s\b")
_SINCE_YEAR = re.compile(r"(?i)since\s+((?:1[89]|20)\d\d)$")
_OR_BEFORE = re.compile(r",\s*or\s+$")
_LEAD_YEAR = re.compile(r"((?:1[89]|20)\d\d) (?=\w)")
_HEAD_SPLIT = re.compile(r" (?:for|of|from) ")
_TARGET = re.compile(r"\btarget\b")
# A peak a rate is at, in its object or right around it ("the $1.3006 record level", "its
# previous record of $1.33").
_RECORD_AT = re.compile(
    r"\b(?:(?:previous|earlier|former|all-time) )?(?:record(?: high| low| level| peak)?|"
    r"(?:\w+-)?year (?:high|low|peak))\b"
)
_RECORD_BEFORE = re.compile(
    r"\b(?:(?:previous|earlier|former|all-time) )?record(?: high| low)? of\s*$"
)


# A sentence opening that sets it before a change ("Previously, ...", "Until now, ..."): its
# sums and shares are earlier values, to be told apart from the ones now ("under the old
# rules" is a frame the object keeps already).
_FORMERLY = re.compile(
    r"[\W]{0,2}(?:previously|formerly|until (?:now|recently)),",
    re.I,
)
# An object that says already that its value is an earlier one.
_OLD = re.compile(r"\b(?:old|previous|former|earlier)\b", re.I)


def _plain_opening(obj: str, sent: Any, text: str) -> str:
    """`obj` with the sentence's opening word in lower case wherever it stands, when it is
    no name ("rise in Borrowing", "growth in Output": a capital only for opening)."""
    first = sent[0]
    if (
        not first.is_title
        or first.pos_ in ("PROPN", "X")
        or first.ent_type_
        or _capital_inside(text, first.text)
    ):
        return obj[:1].lower() + obj[1:]
    word = first.text  # (string steps: no pattern compiled per sentence)
    if obj.startswith(word) and not obj[len(word) : len(word) + 1].isalnum():
        return first.lower_ + obj[len(word) :]
    at = f"{obj} ".find(f" {word} ")
    return obj if at < 0 else f"{obj[: at + 1]}{first.lower_}{obj[at + 1 + len(word) :]}"


def _capital_inside(text: str, word: str) -> bool:
    """Whether `text` writes `word` capitalised after a lower-case word, as a name is
    ("Brent crude" opening a sentence, and "prices of Brent crude" later)."""
    at = text.find(f" {word}")
    while at > 0:
        if text[at - 1].islower():
            return True
        at = text.find(f" {word}", at + 1)
    return False


def _defined_level(span: Any) -> bool:
    """Whether the "figure" an amount sizes is said by its own clause to be something ("A
    figure of $40m was set aside for fines"), and so is no figure of an earlier sentence's."""
    outs = _outward(span)
    of = outs[0].head if outs and outs[0].dep_ == "pobj" else None
    tok = of.head if of is not None and of.lower_ == "of" else None
    return (
        tok is not None
        and tok.lower_ in _LEVEL_WORDS
        and tok.dep_ in ("nsubj", "nsubjpass")
        and tok.head.pos_ == "VERB"
        and tok.head.lemma_.lower() not in ("be", "compare", "expect", "forecast")
    )


_THAT_AFTER = re.compile(r"\s*,?\s+(that\s+[^,.;:()]{3,80}?)\s*(?=[,.;:()]|$)")
_ANNUAL = frozenset("annual annualised annualized yearly".split())
_RATE_CHANGE = {
    "grow": "growth",
    "expand": "growth",
    "rise": "rise",
    "increase": "rise",
    "fall": "fall",
    "decline": "fall",
    "shrink": "contraction",
    "contract": "contraction",
}
_TRAILING_PLACE = re.compile(r" in (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)*$")
# "the extra £1,400", "a further $2bn": an amount on top of another.
_MORE_BEFORE = _Gated(
    re.compile(r"\b(extra|additional|further|another)\s+(?:[a-z]+\s+)?$", re.I),
    ("extra", "additional", "further", "another"),
)

_CONV_OPEN = re.compile(r"\s*[(\[]\s*(?:about|around|roughly|some|or|c\.)?\s*")
_CONV_NEXT = re.compile(r"\s*(?:;|,|/|or|and)\s*")
# "1.5bn euros, that's over £1bn", "6bn rand - or about $1bn": the same money said again.
_CONV_SAID = re.compile(
    r"\s*(?:,|\s[-–—])\s*(?:that's|that’s|that is|which is|i\.e\.,?|or|(?:the\s+)?"
    r"equivalent\s+(?:to|of))\s+(?:(?:about|around|roughly|some|almost|nearly|just|over|under|"
    r"more|less|than|at|least|most|up|to|well|above|below|close)\s+){0,3}"
)

_BRACKETED = re.compile(r"[(\[]")
# What may stand between a value said again and a time said after both: "£620m - by 2008".
_TIME_NEXT = re.compile(r"\s*(?:[,\-–—]\s*)?")

_CHANGE_OF_OBJ = re.compile(
    r"^(?:rise|fall|increase|decrease|drop|decline|jump|growth|gain|slump|cut) in (.+)$"
)
_WORTH_OF = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?-?worth\s+of\s")
_WORTH_AFTER = re.compile(
    r"(?:\s+[^,.;()£$€]{0,50})?,?\s+worth\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?"
)

_CHANGE_WORDS = re.compile(
    r"\b(?:rise|fall|increase|decrease|decline|drop|gain|loss|losses|growth|cut|jump|surge|"
    r"slump|reduction|contraction|change|improvement|savings|overstatement|understatement)\b",
    re.I,
)

_PER_AFTER = re.compile(
    r"(?:\s*|-)(?:\([^()]{0,40}\)\s*|\)\s*)?(?:(?P<lead>per|a|an|each|every)[\s-]+"
    # (a name between, "530 pence per LSE share": whose share, kept in the object)
    r"(?:(?P<owner>(?-i:[A-Z][A-Za-z&]{1,10}))\s+(?=share\b))?(?P<unit>capita|"
    r"head|person|week|month|year|day|barrel|tonne|share|household|hour|pupil|passenger|"
    r"thousand|hundred|gallon|litre)|per[\s-]+(?!cent\b)(?P<any>[a-z]{4,}?))s?\b",
    re.I,  # ("£1.18 per gigajoule": any unit)
)
_PER_AFTER_NOT = re.compile(r"\s+(?:earlier|ago|before|later|after)\b", re.I)
_TIME_UNITS = frozenset("week month year day hour".split())

# "in default on the $102.6bn", "defaulted on £3m": what is defaulted on is a debt.
_DEFAULT_ON = re.compile(
    r"\b(?:(?P<in>in)\s+default|default(?:ed|s)?)\s+on\s+(?:the\s+|its\s+|their\s+|some\s+)?$",
    re.I,
)
_DEBT_WORDS = re.compile(r"\b(?:debts?|loans?|bonds?|borrowing|repayments?|interest)\b", re.I)


def _defaulted_on(text: str, start: int) -> str | None:
    """ "The country has been in default on the $102.6bn": the debt in default; "defaulted on
    £3m": the debt defaulted on; None when no "default on" stands right before."""
    m = _DEFAULT_ON.search(text, max(0, start - 40), start)
    if m is None:
        return None
    return "debt in default" if m.group("in") else "debt defaulted on"


_THAN_PLANNED = re.compile(
    r"\s+(?:higher|lower|more|less|above|below|bigger|smaller|greater)\s+than\s+"
    + _THAN_WHO
    + r"(?:originally\s+|initially\s+|first\s+|previously\s+)?"
    r"(?P<w>planned|budgeted|expected|forecast|predicted|estimated|thought)\b"
)


def _model_year(year: Any) -> bool:
    """ "cars from the 2005 model year": a year that names a product's model (its own words
    "model", "vintage"), not the time of what is done to it."""
    head = year.head
    return head.lower_ in ("model", "models", "vintage") or (
        head.lemma_.lower() == "year"
        and any(c.lower_ in ("model", "vintage") for c in head.children if c.i < head.i)
    )


# Verbs whose noun object is itself a proposal ("recommends a weekly payment of £108"), not
# "suggest", which also reads evidence ("the data suggests growth of 0.2%").
_YEAR_IN = _Gated(re.compile(r"\b(?:1[89]|20)\d\d\b"), ("18", "19", "20"))
# Where a year token's text may be: any four digits of a year, word boundary or not.
_A_YEAR_IN = re.compile(r"(?:1[89]|20)\d\d")
# Participles that make the noun they open a prediction ("predicted debt").
_AHEAD_WORDS = frozenset("predicted expected projected forecast anticipated".split())

_IN_CASE = _Gated(re.compile(r"\bin case\b", re.I), ("in case",))
# What a thing is made for ("set up to advise hundreds of companies"), right before.
_MEANT_TO = re.compile(
    r"\b(?:set up|designed|intended|meant|established|created) to (?:\w+ ){1,3}$", re.I
)
# What will come in time ("only a matter of time until"), and what is tried for.
_IN_TIME = re.compile(r"\b(?:matter|question) of time (?:until|before|till)\b", re.I)
_TRY_TO = re.compile(
    r"\b(?:try|tries|trying|tried|aim|aims|aiming|seek|seeks|seeking|strive|striving) to "
    r"(?:ensure|make sure|guarantee)\b",
    re.I,
)
# (`said_in` patterns: matched on the lower-cased sentence, faster than ignoring case)
_IF_WORD = re.compile(rf"\b(?:{'|'.join(sorted(_IF_WORDS))})\b")  # (a test before the parse's)
_UNREAL_WORDS = re.compile(r"\b(?:would|could|might)(?:n't| not)? have\b")
# A proposal of a change written right before its amount: "suggests increasing state funding
# for parties to £3m", "recommends cutting the fee by £10".
_PROPOSED_CHANGE = _Gated(
    re.compile(
        r"\b(?:suggest|propos|recommend|urg)\w*\s+(?:that\s+)?(?:\w+\s+)?(?:increas|rais|cut|"
        r"reduc|lift|lower|doubl|halv|boost|extend)ing\b[^.;:!?]{0,60}?\b(?:to|by)\s+"
        r"(?:about\s+|around\s+|some\s+|just\s+)?$",
        re.I,
    ),
    ("suggest", "propos", "recommend", "urg"),
)

_WHEN_WORD = re.compile(r"\bwhen\b")  # (for `said_in`: a "when" clause may say which value)
_THAN_WORD = re.compile(r"\bthan\b")
# (for `said_in`: an arrangement noun after "under", "part of" or "in")
_FRAME_STEMS = tuple(sorted({w[:5] for w in _FRAME_NOUNS}))
_FRAME_WORD = re.compile(
    rf"\b(?:under|part of|in) (?:[^\s.,;]+ ){{0,5}}?(?:{'|'.join(sorted(_FRAME_NOUNS))})s?\b"
)
_OFTEN_WORD = re.compile(rf"\b(?:{'|'.join(_OFTEN)})\b")  # (for `said_in`: lower-cased)
_ANNUAL_BASIS = re.compile(
    r"\s+(?:on\s+an?\s+(?:annual|annualised|annualized|yearly)\s+basis|year[- ]on[- ]year)\b", re.I
)


_GROUPS = frozenset(("family", "household"))
_LENGTHS = frozenset("yards miles metres meters kilometres kilometers km feet".split())
_AREAS = frozenset("acres acre hectares hectare".split())
_POSTS = frozenset("job post role position".split())

# "... - almost 30% - ...": a percentage set off by spaced dashes.
_DASH_BEFORE = re.compile(
    r"\s[-–—]\s+(?:about\s+|almost\s+|nearly\s+|some\s+|around\s+|roughly\s+|over\s+)?$"
)
_DASH_AFTER = re.compile(r"\s*[-–—]\s")
# "12.1% in Germany": a value placed in a country.
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?([A-Z](?:\w|\.(?=\w))*(?:\s+[A-Z]\w*)?)")
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|than)\s")
_AND_BEFORE = re.compile(r"(?:,|\band)\s+(?:about\s+|almost\s+|nearly\s+|just\s+)?$", re.I)
_LEVEL_BEFORE = re.compile(r"\b(?:to|from|at)\s+(?:just\s+|only\s+|an?\s+|the\s+)?$", re.I)
# Between an amount and a percentage that restates its change ("£347m, an 82% jump").
_CHANGE_AFTER = re.compile(
    r"[^.;]{0,40}?(?:\)|\w)?\s*[,–-]\s*(?:(?:up|down)(?:\s+by)?|an?)\s+(?:about\s+|almost\s+|nearly\s+|some\s+)?",
    re.I,
)


# A national economy's measures: whose they are is the country the article is about.
_ECONOMY = re.compile(  # (matched on the lower-cased object)
    r"\b(?:(?:economic )?growth|inflation|unemployment|jobless(?:ness)?|gdp|economy|"
    r"(?:economic|industrial|manufacturing) output|interest rates?|current account|"
    r"(?:trade|budget) (?:deficit|surplus|gap)|(?:public )?borrowing|exports|imports|"
    r"consumer (?:spending|prices|credit)|average earnings|(?:private|household) consumption|"
    r"domestic demand|(?:overall |total )?retail sales|(?:corporate|income) tax|"
    r"gross domestic product|industrial production|poverty(?: levels?| rates?)?|"
    r"sales at [\w ,-]*stores|(?:grocery|furniture|department) store sales|"
    r"spending on (?:health|education|defence|housing|welfare|schools|hospitals|police)|"
    r"base rates?|(?:fuel|food|farm|agricultural) subsidies|subsidies for|public spending|"
    r"government spending|house prices|mortgage lending|new jobs|jobs created|"
    r"employment(?: rate)?|(?:national|public) debt|foreign (?:exchange )?reserves|"
    r"tax (?:receipts|revenues?)|(?:overseas|development) aid|(?:aid|defence) budget|"
    r"(?:expansion|contraction) in (?:the )?(?:fourth|third|second|first) quarter|"
    r"(?:industrial )?inventories|(?:crop|cereal|grain|cocoa) (?:production|harvest))\b"
    # (bare "rates": the central bank's, "left rates on hold at 4.75%")
    r"|^(?:(?:rise|fall|cut|increase) in )?rates$|^(?:expansion|contraction)$",
)
# The first words of `_ECONOMY`'s phrases: a match opens with one as a whole word (a set
# test first spares the pattern, tried at every character, on most objects).
_ECONOMY_FIRSTS = frozenset(
    """economic growth inflation unemployment jobless joblessness gdp economy industrial
    manufacturing interest current trade budget public borrowing exports imports consumer
    average private household domestic overall total retail corporate income gross poverty
    sales grocery furniture department spending base fuel food farm agricultural subsidies
    government house mortgage new jobs employment national foreign tax overseas development aid
    defence expansion contraction inventories crop cereal grain cocoa rise fall cut increase
    rates""".split()
)
_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def _economy_said(low: str) -> bool:
    """Whether a lower-cased object names a national economy's measure (`_ECONOMY`; kept:
    the same object is asked about for amount after amount)."""
    # Every match opens on one of the first words, a whole word run (each of its phrases
    # opens "\b" and its first word ends at a space or "\b"): the pattern is tried only
    # there, anchored (`match` reads "\b" and "^" against the whole string), not at every
    # character.
    for m in _WORD_RUN.finditer(low):
        if m.group() in _ECONOMY_FIRSTS and _ECONOMY.match(low, m.start()) is not None:
            return True
    return False


# An economy's own figures under an "its" no firm or clause subject took.
_ECONOMY_ITS = re.compile(
    r"\bits (?=(?:\w+ ){0,2}(?:debt|deficit|surplus|economy|gdp|reserves|budget|exports|imports|"
    r"growth|inflation|borrowing)\b)",
    re.I,
)
# Groups of countries or the world: a measure of theirs is no one country's.
_BLOCS = re.compile(
    r"\b(?:(?i:euro ?zone|euro area)|EU|European Union|OECD|G7|G8|G20|world(?:wide)?|global|"
    r"Europe(?:an)?|Asian?|(?<!South )African?|Arab|Latin America|region|"
    r"member (?:countries|states|nations))\b"
)
# (the tests of a nation's measure, for `_national_measure_near`; its first words without
# a change's, which open a match only with "rates" after them)
_ECONOMY_TESTS = (_economy_said, _ECONOMY_FIRSTS - {"rise", "fall", "cut", "increase"}, _BLOCS)
# Objects whose measure is a firm's or a sector's, or already someone's.
_OWNED_OBJECT = re.compile(
    # (an owner's "'s", but not the state's own: "government's spending")
    r"(?<!\bstate)(?<!\bgovernment)(?<!\bcountry)(?<!\bnation)(?<!\btreasury)['’]"
    r"|\b(?:(?<!retail )(?<!store )sales(?! at [\w ,-]*stores)|(?<!average )earnings|revenues?|"
    r"profits?|firm|company|group|industry|"
    r"sector)\b"
    r"|\b[A-Z][a-z]+\b(?<!\bGDP)",
)


# A place an object names with "in" ("guilty of terrorist acts in UK").
_OBJ_IN_PLACE = re.compile(
    r"\b(?:in|out of|out) ((?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{2,3})\b(?![ -]?[A-Z'’])"
)


# Head nouns of an estimate: a forecast when the sentence looks ahead.
_ESTIMATE_HEADS = frozenset(("estimate", "estimates"))
# The last word of an object that makes the amount itself a prediction or an aim.
_MODAL_NOUNS = {
    "forecast": "forecast",
    "forecasts": "forecast",
    "projection": "forecast",
    "projections": "forecast",
    "prediction": "forecast",
    "predictions": "forecast",
    "expectations": "forecast",
    "expectation": "forecast",
    "target": "target",
    "targets": "target",
    "objective": "target",  # "the objective of 0.7% could be achieved by 2008-09"
    "objectives": "target",
    "goal": "target",
    "goals": "target",
}


# Commodities whose change or level a market report gives: their price's.
_COMMODITY = re.compile(
    r"^((?:rise|fall|growth|increase|drop|decline|jump|slump) in )?((?i:gold|silver|copper|"
    r"nickel|zinc|aluminium|aluminum|platinum|palladium|tin|cocoa|coffee|sugar|wheat|corn|"
    r"soybeans|cotton|brent crude|us light crude|light crude|crude oil|crude|oil))"
    r"((?: in| on)(?: the)? [A-Z][\w ]*)?$"  # ("Brent crude in London": its price there)
)


_EXCLUDING = re.compile(
    r"\b(excluding|excluding the|not including)\s+([^,;.()]{3,40}?)\s*(?=[,;.()])", re.I
)


def _left_out(text: str, sent: Any, low: str) -> re.Match[str] | None:
    """What the sentence says is not included ("excluding cars"); its words looked for in
    the lower-cased sentence first (the pattern, caseless, is slow to scan)."""
    if "excluding" not in low and "not including" not in low:
        return None
    return _EXCLUDING.search(text, sent.start_char, sent.end_char)


_ALL_BUT = re.compile(r"\ball\s+but\s+$", re.I)

# Nouns for a firm whose size a money amount can give ("a $160bn telecoms giant").
_FIRM_NOUNS = frozenset("giant firm company group business empire conglomerate bank".split())
# A poll lead ("Labour lead the Conservatives by 39% to 34%"), looked for in the text first.
_LEAD_WORDS_RE = _Gated(
    re.compile(r"\b(?:lead|leads|led|leading|trail|trails|trailed|trailing)\b"),
    ("lead", "led", "trail"),
)

# What a band of school ages names ("14-19 qualifications", "16-19 education").
_AGE_BAND_NOUNS = frozenset(
    "qualification education curriculum diploma schooling learning provision reform".split()
)


# Objects owned by a region or the world ("African average", "global growth").
_REGION_OWNED = re.compile(
    r"^(?:African|European|Asian|Arab|Latin American|Middle Eastern|global|world|"
    r"worldwide|international)\b(?! Union| Commission| Central Bank| Parliament)"
)

# " who reside in Argentina": the verb before a place, for the listed shares after it.
_VERB_BEFORE_PLACE = re.compile(r"^( who \w+) in [A-Z]")


# A cheap test for one of those verbs in the sentence, before the parse is walked.
_EFFECT_STEMS = ("sav", "mean", "caus", "knock", "wip", "lead", "led", "result", "trigger")
_EFFECT_WORD = re.compile(r"\b(?:sav|mean|caus|knock|wip|lead|led\b|result|trigger)")  # (lower)


_AS_A_RESULT = _Gated(
    re.compile(r"\b(?:as\s+a\s+result|because)\s+of\b", re.I), ("result", "because")
)


# A clause of its own joined on: "... in 2004, and are expected to", "but will".
_JOINED_CLAUSE = re.compile(
    r"(?:,\s*|\s)(?:and|but)\s+(?:\w+\s+){0,2}?(?:is|are|was|were|will|would|could|may|might|"
    r"should|has|have|had|expects?|forecasts?|predicts?)\b",
    re.I,
)

# The words `_reframed` looks for (a sentence with none is not looked at again).
_REFRAME_NEEDS = (
    *("will", "would", "'ll", "estimated", "propos", "plann", "draft", "suggested", "where"),
    *("suspend", "shelve", "freez", "froze", "halt", "pause", "debat", "discuss"),
)
_REFRAME_WORD = re.compile("|".join(_REFRAME_NEEDS))

_SUGGEST_WORD = _Gated(
    re.compile(r"(?i)\b(?:suggest|propos|recommend)"), ("suggest", "propos", "recommend")
)


# A firm's things: an "its" before them is a firm's.
_FIRM_THINGS = re.compile(
    r"\bits\s+(?:\w+\s+){0,3}(?:shares?|sales|profits?|earnings|revenues?|wing|division|"
    r"unit|arm|workforce|staff|brands?|stake|dividend)\b",
    re.I,
)


_PLACE_IN = re.compile(r" in (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*")
_COMPARES = re.compile(r"^(?:This|That|It|These)\s+(?:compares?|compared)\s+(?:with|to)\b")
_MULTI = re.compile(r"\bmulti-?$", re.I)


def _multi_before(text: str, at: int) -> bool:
    """Whether "multi-" ends the text before `at` ("a multi-billion dollar campaign"); a
    window without the word is not searched (see `_may_hold`)."""
    if at and text[at - 1] in "-iI\n" or not text[at - 1 : at].isascii():
        lo = max(0, at - 8)
        return _may_hold(text[lo:at], "multi") and _MULTI.search(text, lo, at) is not None
    return False  # (cheap, so first: a match ends "i" or "-", or before a closing "\n")


_DASH_TAIL = re.compile(r"\s+-\w+$")

_TIME_POSS = _Gated(
    re.compile(
        r"\b((?:last|this|next|the\s+previous|the\s+same|the\s+current)\s+"
        r"(?:year|quarter|month|week|financial\s+year)|(?:19|20)\d\d)['’]s\s+(?:[a-z]+\s+)?$",
        re.I,
    ),
    ("'", "’"),
)
_TIME_LEAD = re.compile(
    r"^(?:(?:this|last|next)\s+(?:year|quarter|month|week)(?:['’]s)?|"
    r"(?:year|quarter|month|week)['’]s)\s+",
    re.I,
)
_TIME_LEAD_FIRSTS = frozenset("tlnyqmw")  # (the first letters of its words, lower-cased)


_FOR_COUNTRY = re.compile(r"\bfor (?:the )?(?:country|nation)\b(?!['’])")
# Prices said bare, which an article about oil means as oil prices ("prices per barrel").
_BARE_PRICES = re.compile(r"^((?:average of )?)prices\b(?! of)")
_OIL_ARTICLE = re.compile(r"\b(?:oil|crude)\b[^.]*\bbarrels?\b", re.I)


def _mark_speech(
    extra: dict[str, Any],
    hit: _Hit,
    quotes: list[tuple[int, int]],
    reported: list[tuple[tuple[int, int], Any]],
) -> None:
    """`quoted` (inside a quote or quotation marks), else `reported` with its `speaker`."""
    start, end = hit.start, hit.end  # (plain loops: called for every amount)
    quoted = False
    for s, e in quotes:
        if s <= start and end <= e:
            quoted = True
            break
    extra["quoted"] = quoted
    if quoted:
        return  # (a quoted amount is not also reported)
    for (s, e), q in reported:
        if s <= start and end <= e:
            extra["reported"] = True
            if q.speaker is not None and q.speaker.name:
                extra["speaker"] = q.speaker.name
            break


def _converted(prev: Amount | None, out: list[Amount], unit: str | None, gap: str) -> Amount | None:
    """The amount a money amount restates in another currency ("$1.13bn (£600m)", "6.5bn
    reais ($2.3bn or £1.2bn)"), from the gap after the amount before it; None if none."""
    if prev is None or unit is None or prev.unit == unit:
        return None
    if "conversion_of" in prev.extra and _CONV_NEXT.fullmatch(gap):
        return next(a for a in out if list(a.span) == prev.extra["conversion_of"])
    if _CONV_OPEN.fullmatch(gap):
        return prev
    if len(gap) > 40 or not _CONV_SAID.fullmatch(gap):  # (the length: a cheap test first)
        return None
    # ("20bn yen ($190m), that's £100m": the first one said)
    conv = prev.extra.get("conversion_of")
    return next((a for a in out if list(a.span) == conv), prev) if conv else prev


def _restated(
    orig: Amount, hit: _Hit, unit: str, comparator: str, extra: dict[str, Any], art: Article
) -> Amount:
    """A money amount restating `orig` in another currency: the original's object, period,
    parties, modality, change, rate and time words, with its own value and wording."""
    extra["kind"] = hit.kind
    extra["conversion_of"] = list(orig.span)
    for key in ("modality", "change", "per", "period_text"):
        if key in orig.extra:
            extra[key] = orig.extra[key]
    text = art.text
    if "per" not in orig.extra and not _BRACKETED.search(text, orig.span[1], hit.start):
        _rate_said_after(orig, hit, extra, text)
    ref_ = art.ref(hit.start, hit.end)
    return Amount(
        value=plain(hit.value),
        unit=unit,
        comparator=orig.comparator if comparator == "=" else comparator,
        text=ref_.text,
        span=ref_.span,
        raw_span=ref_.raw_span,
        object=orig.object,
        period=orig.period,
        parties=list(orig.parties),
        extra=extra,
    )


def _rate_said_after(orig: Amount, hit: _Hit, extra: dict[str, Any], text: str) -> None:
    """ "1.5bn euros, that's over £1bn a year": the rate said after the restating value is
    the original's too (it and its conversions are so much per year)."""
    per = _PER_AFTER.match(text, hit.end)
    if (
        per is None
        or _PER_AFTER_NOT.match(text, per.end())
        or ((per.group("lead") or "").lower() in ("a", "an") and _A_OF_ONE.match(text, per.end()))
    ):
        return
    unit = (per.group("unit") or per.group("any")).lower()
    if unit in _TIME_UNITS and re.match(r"\s+on\b", text[per.end() :]):
        return  # ("$50 a barrel on Tuesday": a rate that day)
    extra["per"] = orig.extra["per"] = unit
    if orig.object and f"per {unit}" not in orig.object:
        orig.object = f"{orig.object} per {unit}"


def _time_said_after(
    out: list[Amount],
    orig: Amount,
    conv: Amount,
    sent: Any,
    sent_periods: dict[int, list[Period]],
    ref: Any,
    text: str,
) -> None:
    """ "will save 900m euros - that is about £620m - by 2008": a time said right after the
    value said again is the first value's too (and its conversions')."""
    s_lo = sent.start_char
    if s_lo not in sent_periods:
        sent_periods[s_lo] = find_periods(text[s_lo : sent.end_char], ref)
    p = next((q for q in sent_periods[s_lo] if s_lo + q.start >= conv.span[1]), None)
    if (
        p is None
        or p.interval is None
        or not _TIME_NEXT.fullmatch(text, conv.span[1], s_lo + p.start)
    ):
        return
    orig.period = conv.period = p.interval
    orig.extra["period_text"] = conv.extra["period_text"] = p.text
    _conversions_dated(out, orig)


def _parties_by_default(
    obj: str | None, hit: _Hit, sent: Any, countries: _Countries | None, text: str
) -> list[str]:
    """Parties when the reading gave none: the country a money amount's firm is described by
    in its sentence, else the one its object names ("access to the Indian oil industry")."""
    parties = (
        _described_firm_country(sent, countries, text)
        if hit.kind == "money" and sent is not None
        else []
    )
    return parties or (_object_country(obj) if obj else [])


def extract_amounts(art: Article) -> list[Amount]:
    """Every amount of the article, in text order."""
    try:
        return _extract_amounts(art)
    finally:
        # the per-doc memos hold their doc: let it go with the article
        memos = (
            _tokens,
            _outward_at,
            _clause_heads,
            _sents_at,
            _low_text,
            _text_sentence,
            _firm_metric,
            _subject_at,
            _doc_ents,
        )
        for memo in memos:
            memo.cache_clear()


def _extract_amounts(art: Article) -> list[Amount]:
    text = art.text
    doc = art.doc
    lx = lexicon()
    hits = _hits(text, lx)
    if not hits:
        return []
    parsed = doc is not None and doc.has_annotation("DEP")
    countries = _Countries(art) if parsed else None
    # The organisation the article is most about, for an "its" nothing nearer resolves.
    main_orgs = (_main_org(art, firm_words=False), _main_org(art, firm_words=True))
    # Each token's sentence, found once ("Token.sent" walks the sentence every time).
    sent_of: list[Any] = list(_sents_at(doc)) if parsed else []
    people = {
        i
        for ent in art.entities
        # a one-word "person" with no role may be a firm the model mistook ("GlaxoSmithKline")
        if ent.type == "PERSON" and (ent.roles or " " in ent.name)
        for mm in ent.mentions
        for i in range(mm.span[0], mm.span[1])
    }
    # Where the entity stage found organisations (a firm the tagger took for a plural noun:
    # "Travelers had sales of $5.2bn").
    orgs = [mm.span for ent in art.entities if ent.type == "ORG" for mm in ent.mentions]
    orgs += _short_names(art)
    quotes, reported = _quote_regions(art)
    ref = _ref_date(art)
    sent_periods: dict[int, list[Period]] = {}
    sent_hits: dict[int, list[_Hit]] = {}  # sentence start -> the hits in it
    named_sents: dict[int, bool] = {}  # sentence start -> whether it names a country
    count_object: str | None = None
    # Tokens of every amount: no object phrase may contain another amount ("$11bn (£5.7bn)
    # accounting fraud" -> "accounting fraud").
    amount_toks: set[int] = set()
    if parsed:
        for h in hits:
            sp = _tokens(doc, h.num_start, h.end)
            if sp is None or h.unit is None and _duration(doc, sp):
                continue  # "waiting over 12 months": a duration, no amount
            whole = _tokens(doc, h.start, h.end) if h.unit is None else None
            if whole and whole[0].i > 0 and doc[whole[0].i - 1].tag_ != "POS":
                if _in_name(doc, whole, text, h):
                    continue  # "top posts in FTSE 100 firms": a name an object may hold
            amount_toks |= {
                t.i
                for t in sp
                if not t.is_alpha or t.like_num or t.tag_ == "$" or t.lower_ in lx.scales
            }
            if _multi_before(text, h.start):
                multi = _tokens(doc, h.start - 6, h.start)
                amount_toks |= {t.i for t in multi or [] if t.lower_ in ("multi", "-")}
    amount_words = amount_toks | _alpha_toks(doc, hits) if parsed else set()
    later: list[tuple[int, int]] = []  # (index in `out`, offset of a later amount)
    previous: list[tuple[int, int]] = []  # (index in `out`, its sentence's start)
    formerly: list[tuple[int, int]] = []  # (the same, for a sentence set before a change)
    at_level: list[tuple[int, str]] = []  # (index in `out`, the level it was at)
    priors: list[_Hit] = []
    prior_at: set[int] = set()  # starts of the hits that are earlier or compared values
    if parsed:
        for h in hits:
            sp = _tokens(doc, h.start, h.end)
            if (
                sp is not None
                and len(sp)
                and _may_be_prior(sp, sent_of, text)
                and _is_prior(sp, text)
            ):
                prior_at.add(h.start)
                priors.append(h)
    sent_said: dict[tuple[str, int], bool] = {}
    sent_low: dict[int, str] = {}

    def low_of(sent: Any) -> str:
        """A sentence's text, lower-cased, once (for plain word tests)."""
        start = sent.start  # (a property: read once)
        low = sent_low.get(start)
        if low is None:
            low = sent_low[start] = text[sent.start_char : sent.end_char].lower()
        return low

    def said_in(pattern: re.Pattern[str], sent: Any, needs: Iterable[str] = ("",)) -> bool:
        """Whether a sentence, lower-cased, has a match of `pattern` (a pattern of lower-case
        words; once per sentence and pattern). `needs`: strings every match holds one of,
        tested first (a substring test costs far less than a pattern starting with "\\b")."""
        start = sent.start  # (a property: read once)
        key = (pattern.pattern, start)
        got = sent_said.get(key)
        if got is None:
            low = sent_low.get(start)  # (`low_of`, inlined: thousands of calls)
            if low is None:
                low = sent_low[start] = text[sent.start_char : sent.end_char].lower()
            got = False
            for w in needs:  # (a loop, not "any" over a generator: thousands of calls)
                if w in low:
                    got = pattern.search(low) is not None
                    break
            sent_said[key] = got
        return got

    out: list[Amount] = []
    verbs: list[str | None] = []  # the lemma of the verb each amount of `out` hangs on
    for hit in hits:
        if hit.unit is not None and countries is not None:
            hit.unit = _local_unit(text[hit.start : hit.end], hit.unit, countries, lx)
        extra: dict[str, Any] = {}
        vlemma: str | None = None
        by_moved: str | None = None  # "raised its estimate by 80,000 barrels": that rise
        nation_counted: str | None = None  # "four Britons": the country of a demonym counted
        counted_noun: Any = None  # the noun a count counts
        fronted: str | None = None  # "In Kent, 800 parents were fined": where they were
        span = _tokens(doc, hit.start, hit.end) if parsed else None
        unit = hit.unit
        if unit is not None and span is not None and _unit_is_verb(span):
            continue  # "Halo 2 won the best game award": the verb "won", no money
        if span is not None and _race_distance(span, text, hit):
            continue  # "the 60m hurdles", "Olympic 10,000 metres champion": a race, in metres
        if span is not None and _title_words(span, _said_with_noun(span, text, hit)):
            continue  # "Million Dollar Baby", "the Top Ten Essentials list": a title
        if unit is None:
            if span is None:
                continue
            got = _count_noun(doc, hit, lx)
            if got is None:
                continue
            noun, verb = got
            counted_noun = noun
            if _OUT_OF.search(text[max(0, hit.start - 20) : hit.start]) or _OUT_OF_AFTER.match(
                text, hit.end
            ):
                continue  # "two out of 10 asylum seekers" is a proportion, not a count
            if _in_name(doc, span, text, hit):
                continue  # "FTSE 100 companies", "Boeing 747 jets": a number in a name
            if (
                hit.high is not None
                and hit.high <= 25
                and noun.lemma_.lower() in _AGE_BAND_NOUNS
                and noun.i == span[-1].i + 1
            ):
                continue  # "all existing 14-19 qualifications": the ages they are for
            before = doc[span[0].i - 1] if span[0].i > 0 else None
            if before is not None and before.is_digit and not _YEAR.match(before.text):
                continue  # "10 737-800 planes": after a count, a model number
            if hit.value < 10 and not hit.scaled:
                prev = doc[span[0].i - 1] if span[0].i > 0 else None
                if prev is not None and prev.lower_ in _DEFINITE:
                    continue  # "the two countries": a reference, not an amount
                if noun.lower_ not in lx.people and not text[hit.num_start].isdigit():
                    continue
            bare_subject = noun.i == span[-1].i  # "20 killed and 100 injured"
            num_toks = set(range(span.start, span.end))
            # The token whose relation to the verb counts: "thousands" in "thousands of people".
            rel = span[-1] if noun.i > span[-1].i and noun.dep_ == "pobj" else noun
            lead = _tokens(doc, max(sent_of[span.start].start_char, hit.start - 16), hit.start)
            lead_toks = (
                {t.i for t in lead if t.lower_ in _LEAD_WORDS} if lead is not None else set()
            )
            count_object = _count_object(
                noun,
                rel,
                verb,
                bare_subject,
                num_toks | amount_toks | lead_toks,
                lx.events,
                main_orgs[1],
            )
            count_object = _purpose_of(count_object, verb, noun, amount_toks)
            low_ = low_of(sent_of[span.start])
            if "not" in low_ or "n't" in low_ or "never" in low_:
                count_object = _with_negation(count_object, verb, rel)  # "were never repaid"
            count_object = _more_of_them(count_object, noun, span[0])  # "40,000 more people"
            count_object = _helped_with(count_object, noun, num_toks | amount_toks)
            count_object = _own_phrase(count_object, noun, num_toks | amount_toks)
            held_ = held_with(count_object, noun, num_toks | amount_toks)
            if held_ != count_object and " its " in held_:
                # "subscribers of its broadband division": the firm "its" stands for
                at_ = noun.head.head
                while at_.dep_ in ("xcomp", "acomp"):
                    at_ = at_.head  # (past the clause whose controller holds them)
                held_ = _resolve_its(held_, at_, span, amount_toks, people, main_orgs[1])
            count_object = inquiry_target(held_, noun, num_toks | amount_toks)
            if noun.dep_ == "dobj" and noun.head.dep_ == "acl":
                # "X, representing 80 people who appealed": the people X represents
                count_object = _held_by_holder(count_object, noun, num_toks | amount_toks)
            opens_for = text.startswith("For ", sent_of[span.start].start_char)
            if opens_for and noun.lower_ not in lx.people:
                count_object = _fronted_owned(count_object, noun)  # "For Acme, 500 jobs ..."
            if noun.lower_ == "others" and count_object.startswith("others"):
                # "41 Britons are confirmed to have died, with 158 others missing": others
                # of those counted before (in this sentence, else in the one before)
                others_from = _previous_sentence_start(span)
                counted_before = [
                    a
                    for a in reversed(out)
                    if a.span[0] >= others_from and a.extra.get("quantity_noun")
                ]
                before_ = next(
                    (a for a in counted_before if a.span[0] >= sent_of[span.start].start_char),
                    counted_before[0] if counted_before else None,
                )
                if before_ is None and noun.dep_ in ("nsubj", "nsubjpass"):
                    before_ = _people_counted_earlier(out, text, hit.start)  # "Two of them"
                group_ = None
                if before_ is not None and before_.span[0] < sent_of[span.start].start_char:
                    group_ = _group_first_counted(out, before_)  # "six men mugging MP"
                if before_ is not None:
                    kind_ = str(before_.extra["quantity_noun"])
                    others_said = count_object[len("others") :]
                    first_ = _tokens(doc, *before_.span)
                    if first_:  # "with 158 others missing": in what the first were counted in
                        others_said = _others_scene(others_said, noun, first_[-1], amount_toks)
                    count_object = f"other {group_ or kind_}{others_said}"
                    if kind_[:1].isupper() and not _names_country(kind_):
                        nation_counted = _kb_country(kind_)
            there = _where_there(rel, verb, amount_toks)
            fronted = _fronted_place(rel, verb, amount_toks) or _fronted_event(
                rel, verb, amount_toks
            )
            if there is not None and there not in count_object:
                count_object = f"{count_object} {there}"
            moved = _by_count(noun, num_toks | amount_toks | lead_toks)
            if moved is not None and noun.head.lower_ == "to":
                count_object = moved
            elif moved is not None:
                count_object = by_moved = moved
                extra["change"] = moved.split(" ", 1)[0]
            is_people = (
                noun.lower_ in lx.people
                or noun.lemma_.lower() in lx.people
                or bare_subject
                or noun.ent_type_ == "NORP"  # "Britons", "Tutsis"
                and noun.tag_ in _PLURAL_TAGS
            )
            # (a family or a household is a group: counted as itself, not as people)
            unit = "people" if is_people and noun.lemma_.lower() not in _GROUPS else noun.lower_
            if unit != "people" and noun.n_rights:
                unit = _listed_kind(noun, unit)  # "coupes, SUVs and sedans": vehicles
            if (
                noun.tag_ in _PLURAL_TAGS
                and (noun.ent_type_ == "NORP" or noun.tag_ == "NNPS")
                and not _names_country(noun.text)
            ):
                nation_counted = _kb_country(noun.text)
            shape = [c.lower_ for c in noun.lefts if c.lower_ in ("square", "cubic")]
            if shape:
                unit = f"{shape[0]} {unit}"  # "square metres"
            if not bare_subject:
                extra["quantity_noun"] = noun.text
                if (
                    noun.i > span[-1].i
                    and (
                        noun.i - span[-1].i <= 3
                        or _joined_gap(doc, span[-1].i, noun.i) <= 3  # "three ex-managers"
                    )
                    # "from 155,000 to 110,000 staff": the noun is the later number's too,
                    # the earlier one's span stops at its own number
                    and not any(hit.end <= h.start < noun.idx for h in hits)
                ):
                    hit.end = max(hit.end, noun.idx + len(noun.text))
                    span = _tokens(doc, hit.start, hit.end)
            if verb is not None and verb.lemma_.lower() in lx.events:
                extra["event"] = verb.lemma_.lower()
            hit.kind = "count"
        # (the hit's sentence, its start and it lower-cased for the plain word tests below,
        # read once: each "Span.start" costs; its start token stays when the span is widened)
        hsent_: Any = sent_of[span.start] if span is not None else None
        sent_start = hsent_.start_char if hsent_ is not None else 0
        slow_ = low_of(hsent_) if hsent_ is not None else ""
        # (the span's bounds, read once: settled from here on)
        sp_lo, sp_hi = (span.start, span.end) if span is not None else (0, 0)
        comparator, comp_text, comp_at = _comparator(
            text, hit, sent_start, lx, doc if parsed else None
        )
        if _multi_before(text, hit.start):
            comparator, comp_text = ">", "multi-"  # "a multi-billion dollar campaign"
            extra["vague"] = True
        if (
            comp_text
            and comparator in (">", "<")
            and span is not None
            and not re.search(r"\b(?:no|not)\b", comp_text, re.I)
            and _negated(span[0])
        ):
            # "no listed company can be more than 80% owned": a cap, at most 80%
            comparator = "<" if comparator == ">" else ">"
            extra["inclusive"] = True
        if comp_text:
            extra["comparator_text"] = comp_text
            if comp_text in lx.inclusive:
                extra["inclusive"] = True
        if hit.high is not None:
            extra["value_high"] = plain(hit.high)
        if hit.vague:
            extra["vague"] = True
        orig_ = (
            _converted(out[-1], out, unit, text[out[-1].span[1] : hit.start])
            if hit.kind == "money" and out and span is not None
            else None
        )
        if orig_ is not None and span is not None:
            # The same amount in another currency: the original's reading, not its own (the
            # parse of the brackets is noise), so none of the reading below is done.
            _mark_speech(extra, hit, quotes, reported)
            conv_ = _restated(orig_, hit, unit, comparator, extra, art)
            conv_.parties = conv_.parties or _parties_by_default(
                conv_.object, hit, hsent_, countries, text
            )
            if orig_.period is None and not _BRACKETED.search(text, orig_.span[1], hit.start):
                _time_said_after(out, orig_, conv_, hsent_, sent_periods, ref, text)
            out.append(conv_)
            verbs.append(verbs[out.index(orig_)])
            continue
        obj: str | None = None
        rel_held = False  # (a "with" clause closing a relative clause: its antecedent owns)
        parties: list[str] = []
        period: str | None = None
        level_of: Amount | None = None  # the level an excess over a forecast is of
        said_at: str | None = None  # "record high", "close": when the price was at it
        if span is not None:
            # The comparator's words ("in excess of", "the equivalent of") are no object.
            wording = _tokens(doc, comp_at, hit.start) if comp_at < hit.start else None
            also = {t.i for t in wording} if wording is not None else set()
            listed_change: str | None = None
            # (`_read` adds the amount's own tokens to what it is given, so they need not be
            # taken out of the other amounts' first: one set built, not three)
            skip_ = amount_toks | also
            reading = _read(span, hit, skip_)
            if hit.kind != "count" or unit in lx.measures:
                reading = _settle(reading, span, hit, skip_.union(range(sp_lo, sp_hi)), lx)
            outs = _outward(span)
            sized_by = (
                outs[0].head.head
                if outs and outs[0].dep_ == "pobj" and outs[0].head.lower_ == "of"
                else None
            )
            if (
                sized_by is not None
                and reading.object_tok is not None
                and reading.object_tok.i == sized_by.i
            ):
                # "subsidies and economic growth of just 2%": the nearer of the listed nouns
                nearer = next(
                    (
                        c
                        for c in sized_by.children
                        if c.dep_ == "conj"
                        and c.right_edge.i == outs[0].head.i - 1
                        and _nounish(c, ("NOUN",))
                    ),
                    None,
                )
                if nearer is not None:
                    reading.object_tok, reading.object = nearer, _np(nearer, amount_toks)
                    sized_by = nearer
                change_noun = sized_by.head.head if sized_by.dep_ == "pobj" else None
                if (
                    change_noun is not None
                    and sized_by.head.lower_ == "in"
                    and change_noun.lemma_.lower() in _NOUN_WAYS
                    and "change" not in extra
                ):
                    # "a rise in spending of 14.8%": the size of the rise
                    reading.object_tok = change_noun
                    reading.object = f"{change_noun.lower_} in {_np(sized_by, amount_toks)}"
                    extra["change"] = _NOUN_WAYS[change_noun.lemma_.lower()]
            if (
                outs
                and outs[0].dep_ in ("conj", "appos")
                and outs[0].head.i in amount_toks
                and not (reading.trusted and (reading.object or "").startswith("share of "))
            ):
                # "1.8% from 2.0% this year and 1.9% from 2.4%": the listed amount's object
                # (a share read from its own base keeps it: "$41bn - or 40% of the debt").
                listed = outs[0].head.idx
                if any(a.span[0] <= listed < a.span[1] for a in out):
                    reading.object_tok = outs[0].head
            if (
                outs
                and outs[0].dep_ == "conj"
                and _AND_BEFORE.search(text, sent_start, hit.start)
                and not (reading.trusted and reading.object)  # "and 21% disagreed"
            ):
                # "slipping to 1.8% from 2.0% this year and 1.9% from 2.4% in 2005": a
                # listed value shares the object of the first of its kind in the sentence.
                first = next(
                    (
                        a
                        for a in out
                        if a.span[0] >= sent_start
                        and a.unit == unit
                        and "conversion_of" not in a.extra
                        and a.object
                    ),
                    None,
                )
                if first is not None:
                    reading.object, reading.object_tok = _base(first), None
                    listed_change = first.extra.get("change")
            at = reading.object_tok.idx if reading.object_tok is not None else -1
            # (no object token, at -1: no amount holds it)
            owner = next((a for a in out if a.span[0] <= at < a.span[1]), None) if at >= 0 else None
            if owner is not None or at >= 0 and reading.object_tok.i in amount_words:
                # "was 9.5bn kronor against 6.3bn kronor", "down 0.89 points, or 0.01%":
                # the other amount's object.
                reading.object = _base(owner) if owner is not None else None
                if (
                    owner is not None
                    and "change" in owner.extra
                    and re.fullmatch(r",?\s*or\s+", text[owner.span[1] : hit.start])
                ):
                    # "down 0.89 points, or 0.01%", "rose by £106m or 47.3%": the same change
                    reading.object = owner.object
                    extra["change"] = owner.extra["change"]
                if owner is None and at > hit.end:
                    later.append((len(out), at))  # a later amount's: filled in below
            tok = reading.object_tok
            if (
                tok is not None
                and hit.kind != "percent"  # "slow a decline in revenues to 5.4%": a rate
                and tok.lemma_.lower() in _CHANGE_NOUNS
                and _LEVEL_BEFORE.search(text, max(sent_start, hit.start - 12), hit.start)
            ):
                # "a 52% rise in profits for the year to £198m": £198m is the profits.
                inner = _complement(tok)
                if inner is not None:
                    reading.object_tok, reading.object = inner, _np(inner, amount_toks)
            lead = hsent_[0]
            if reading.object is None and hit.kind == "percent" and lead.lower_ == "of":
                # "Of Argentina's bondholders, 38.4% reside in Argentina, 15.6% in Italy"
                base = [c for c in lead.children if c.dep_ == "pobj" and c.i < sp_lo]
                if base and (
                    _nounish(base[0], ("NOUN", "PROPN")) or _those_defined(base[0])
                ):
                    reading.object = f"share of {_np(base[0], amount_toks)}"
                    anchor = span[-1]
                    said = (
                        _predicate(anchor.head, amount_toks | set(range(sp_lo, sp_hi)), finite=True)
                        # (and "were unaware that ...": a "be" with what it says of them)
                        if anchor.dep_ == "nsubj" and anchor.head.pos_ in ("VERB", "AUX")
                        else None
                    )
                    if said and anchor.head.pos_ == "AUX":
                        said = f"{anchor.head.text} {said}"
                    if said:  # "38.4% reside in Argentina": which share
                        reading.object += f" who {said}"
                    listed_ = next(
                        (
                            a
                            for a in reversed(out)
                            if a.span[0] >= sent_start
                            and (a.object or "").startswith(f"{reading.object} who ")
                        ),
                        None,
                    )
                    verb_ = (
                        _VERB_BEFORE_PLACE.match((listed_.object or "")[len(reading.object) :])
                        if not said and listed_ is not None
                        else None
                    )
                    if verb_ is not None:
                        # "38.4% reside in Argentina, 15.6% in Italy": who reside there too
                        reading.object += verb_.group(1)
            if reading.object is None and hit.kind == "percent":
                prev_amt = out[-1] if out else None
                if (
                    prev_amt is not None
                    and prev_amt.span[0] >= sent_start
                    and _CHANGE_AFTER.fullmatch(text, prev_amt.span[1], hit.start)
                ):
                    # "made £347m, an 82% jump", "30.6bn yen (...), up 31.8%": the change
                    # of the amount just written.
                    reading.object = _base(prev_amt)
                    nxt = doc[sp_hi] if sp_hi < len(doc) else None
                    if nxt is not None and nxt.lemma_.lower() in _BARE_CHANGES:
                        reading.object = f"{nxt.lemma_.lower()} in {reading.object}"
            if (
                hit.kind == "percent"
                and reading.object is not None
                and reading.object_tok is not None
                and reading.object == reading.object_tok.text
                and reading.object_tok.lemma_.lower() in _BARE_CHANGES
            ):
                # "sent Fiat shares down 1.2%, after Monday's 4% gain": the gain of what
                # the sentence's earlier percentage measured.
                prev_pct = next(
                    (
                        a
                        for a in reversed(out)
                        if a.span[0] >= sent_start and a.unit == unit and a.object
                    ),
                    None,
                )
                parallel = _parallel_change(span, reading.object_tok, out)
                if parallel is not None:
                    # "Altria rising 5% and Reynolds showing gains of 4.5%": Reynolds's
                    reading.object = parallel
                    extra["change"] = _NOUN_WAYS.get(reading.object_tok.lemma_.lower(), "rise")
                elif prev_pct is not None:
                    reading.object = f"{_base(prev_pct)} {reading.object}"
            if (
                hit.kind == "percent"
                and reading.object_tok is not None
                and reading.object == reading.object_tok.text
                and _NOUN_WAYS.get(reading.object_tok.lemma_.lower()) in ("rise", "fall")
            ):
                # "... the best time to increase fuel prices. 'Is a 30% hike suitable?'": a
                # bare change is of what the sentence before said was to move that way.
                moved_thing = _change_said_before(span, reading.object_tok, amount_toks)
                if moved_thing is not None:
                    reading.object = f"{reading.object} in {moved_thing}"
            if reading.object is None and hit.kind == "percent":
                prev_amt = out[-1] if out else None
                if (
                    prev_amt is not None
                    and prev_amt.span[0] >= sent_start
                    and prev_amt.extra.get("kind") == "count"
                    and _base(prev_amt)
                    and _DASH_BEFORE.search(text, prev_amt.span[1], hit.start)
                    and _DASH_AFTER.match(text, hit.end)
                ):
                    # "the 246,570 cases reported - almost 30% - concerned ...": an aside
                    # giving the share of those counted.
                    reading.object = f"share of {_base(prev_amt)}"
                    dash = _DASH_AFTER.match(text, hit.end)
                    said_ = (
                        next((t for t in doc[sp_hi : sp_hi + 3] if t.idx >= dash.end()), None)
                        if dash
                        else None
                    )
                    topic = _share_topic(said_, amount_toks)
                    if (
                        topic is not None
                        and said_ is not None
                        and f" {said_.text} " not in f" {_base(prev_amt)} "
                    ):
                        # "... - almost 30% - concerned abuses of credit": what that share was
                        reading.object += f" {topic}"
            mains = [
                a
                for a in reversed(out)
                if a.unit == unit and a.span[0] >= sent_start and "conversion_of" not in a.extra
            ]
            # "a margin of 45.6%, less than the 47.3% forecast and down from 47.1%": the
            # earlier value is of what was measured, not of the forecast beside it
            main = next((a for a in mains if a.extra.get("modality") != "forecast"), None) or (
                mains[0] if mains else None
            )
            est = reading.object_tok
            if (
                hit.start in prior_at
                and main is not None
                and (
                    reading.from_verb  # "22% out of work, against 9%": not "workers hit"
                    or est is not None
                    and est.lemma_.lower() in _ESTIMATE_NOUNS
                    # "growth forecast" (not "the 47.3% forecast": its own amount)
                    and not any(c.dep_ == "compound" and c.is_alpha for c in est.lefts)
                    and not any(c.dep_ == "prep" and c.lower_ == "for" for c in est.rights)
                )
            ):
                # "fall to 3.3% from a previous estimate of 3.7%": the estimate is of what
                # the main value measures.
                reading.object, reading.object_tok = None, None
            if (
                reading.object is None
                and hit.kind in ("money", "percent")
                and hit.start in prior_at
            ):
                # "a profit of £75m compared with £125m": the compared value's object;
                # "grew 4.2%, down from 5.1%": the earlier rate of the same change.
                same_change = (
                    main is not None and "change" in main.extra
                )  # "rose by £1.5bn, more than the £1.4bn expected"
                reading.object = main.object if same_change and main is not None else _base(main)
            obj = reading.object if hit.kind != "count" or unit in lx.measures else count_object
            obj = by_moved or obj
            if (
                hit.kind in ("money", "percent")
                and "followed by" in low_of(sent_of[span.start])
                and (followed_ := followed_earlier(span, out, sent_start))
            ):
                # "90% of pay for six weeks, followed by £100 a week": the earlier one's thing
                obj = followed_object(followed_, span, unit) or obj
                parties = list(followed_.parties)
                if "modality" in followed_.extra:
                    extra["modality"] = followed_.extra["modality"]
            if (
                obj is None
                and hit.kind == "money"
                and (start_ := sent_of[span.start].start) > 0
                and doc[start_ - 1].is_alpha  # (no stop before the sentence: cut off?)
            ):
                # "... to sell a stake to Italian bank" / "Mediobanca for 775m euros."
                obj = fragment_object(
                    span, sent_of[span.start], amount_toks, lx, people, main_orgs[1]
                )
            if (
                hit.kind == "percent"
                and hit.start in prior_at
                and main is not None
                and "change" in main.extra
                and main.object
                and obj is not None
                and obj == _base(main)
            ):
                obj = main.object  # "grew 15.7%, down from 23% in February": earlier growth
            if (
                hit.kind == "count"
                and hit.start in prior_at
                and main is not None
                and obj == extra.get("quantity_noun", "").lower()
                and _base(main)
            ):
                obj = _base(main)  # "922 cases of fraud, up from 831 cases": cases of fraud
            moved_ = out[-1] if out else None
            if (
                hit.kind in ("money", "percent")
                and moved_ is not None
                and moved_.span[0] >= sent_start
                and moved_.unit != unit
                and (what_ := _CHANGE_OF_OBJ.match(moved_.object or "")) is not None
                and re.search(r"\bto\s+$", text[moved_.span[1] : hit.start])
                and (between := _tokens(doc, moved_.span[1], hit.start)) is not None
                and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in between)
            ):
                # "a 1% fall in profits in its UK retail division to £1.13bn": the level the
                # change reached, whatever the parse hung "to" on
                obj = what_.group(1)
            counted = out[-1] if out else None
            if (
                hit.kind == "money"
                and counted is not None
                and counted.extra.get("kind") == "count"
                and counted.span[0] >= sent_start
                and _base(counted)
                and _WORTH_AFTER.fullmatch(text, counted.span[1], hit.start)
            ):
                obj = f"value of {_base(counted)}"  # "831 cases worth £35.7m"
            if (
                hit.kind == "money"
                and obj
                and not obj.startswith("value of")
                and (
                    # (the word first: the pattern is built, and compiled, for each object)
                    "worth" in text[sent_start : hit.start]
                    and re.search(
                        rf"\b{re.escape(obj.split()[-1])}\s+worth\s+(?:[a-z]+\s+){{0,2}}$",
                        text[sent_start : hit.start],
                    )
                    or _WORTH_OF.match(text, hit.end)
                )
            ):
                obj = f"value of {obj}"  # "buy back shares worth 1bn francs", "$2bn worth of"
                if span is not None:
                    obj = worth_purpose(obj, span, amount_toks)  # "deal worth $2bn to build"
                worth = _WORTH_OF.match(text, hit.end)
                goods = (  # (no "worth of": no walk of the sentence)
                    next((t for t in hsent_ if t.idx >= worth.end()), None) if worth else None
                )
                if goods is not None and _nounish(goods):
                    goods = goods.head if goods.dep_ == "compound" else goods
                    obj = f"value of {_np(goods, amount_toks)}"  # "offer $2bn worth of shares"
                dealt_ = reading.verb if reading.verb is not None else _governing_verb(span[-1])
                if (
                    dealt_ is not None
                    and dealt_.lemma_.lower() in _TRADE_VERBS
                    # (not "value of purchase of shares": the verb's noun says it already)
                    and (_verb_noun(dealt_, lx) or "\0") not in obj
                ):
                    # "plans to buy back shares worth 1bn francs": which shares
                    obj += _how_traded(dealt_, amount_toks | set(range(sp_lo, sp_hi)))
            est = reading.object_tok
            if (
                obj
                and hit.kind in ("money", "percent")
                and est is not None
                and est.lemma_.lower() in _ESTIMATE_NOUNS
                and ((inner := _complement(est)) is None or inner.i in amount_words | amount_toks)
                and not any(c.dep_ == "prep" and c.lower_ == "for" for c in est.rights)
                and not any(c.dep_ == "compound" for c in est.lefts)
            ):
                # "rose to £546m, ahead of analysts' forecasts of £532m": a forecast of what
                # the sentence's amount of that unit measures.
                main_ = next(
                    (
                        a
                        for a in reversed(out)
                        if a.span[0] >= sent_start
                        and a.unit == unit
                        and a.object
                        and "conversion_of" not in a.extra
                    ),
                    None,
                )
                if main_ is not None and _base(main_):
                    obj = f"{_base(main_)} {est.lemma_.lower()}"
            rate = reading.object_tok
            rverb = (
                rate.head.head
                if rate is not None and rate.dep_ == "pobj" and rate.head.lower_ == "at"
                else rate.head
                if rate is not None and rate.dep_ == "dobj"
                else None
            )
            if (
                rate is not None
                and rverb is not None
                and rate.lemma_.lower() == "rate"
                and rverb.pos_ in ("VERB", "AUX")
                and (grower := _subject(rverb)) is not None
                and _nounish(grower)
                and grower.i not in amount_toks
            ):
                # "the economy was expanding at an annual rate of 3.8%": its growth, annualised;
                # "inflation hit an annual rate of 1.6%": inflation, annualised; "calls are
                # growing at a rate of 20% every year": the growth in calls.
                change = _RATE_CHANGE.get(rverb.lemma_.lower())
                what = _np(grower, amount_toks)
                if any(c.lower_ in _ANNUAL for c in rate.lefts):
                    obj = f"{what} {change} (annual rate)" if change else f"{what} (annual rate)"
                elif change and rate.dep_ == "pobj":  # "growing at a rate of 20%"
                    obj = f"{change} in {what}"
            restated = out[-1] if out else None
            if (
                hit.kind == "percent"
                and obj
                and obj.startswith("share of ")
                and restated is not None
                and restated.span[0] >= sent_start
                and restated.unit != "percent"
                and _base(restated)
                and _OR_BETWEEN.fullmatch(text, restated.span[1], hit.start)
            ):
                # "4.464 million people, or 10.8% of the workforce": the same count as a share.
                obj = f"{_base(restated)} as {obj}"
            if obj is None and hit.kind in ("money", "percent") and reading.verb is not None:
                it = _subject(reading.verb)
                earlier = next(
                    (
                        a
                        for a in reversed(out)
                        if a.span[0] >= sent_start and a.unit == unit and _base(a)
                    ),
                    None,
                )
                if it is not None and it.lower_ in ("it", "they") and earlier is not None:
                    obj = _base(earlier)  # "Growth was 4% in the quarter and it came in at 4.4%"
            if (
                hit.kind in ("money", "count", "percent")
                and (obj is None or obj.lower() in _LEVEL_WORDS or obj == unit)
                and _defined_level(span)
            ):
                extra["_own_figure"] = True  # (no earlier figure's, see `_figure_before`)
            if (
                (obj is None and not reading.trusted or obj and obj.lower() in _LEVEL_WORDS)
                and "_own_figure" not in extra
                and hit.kind == "money"  # shares in lists ("12% ..., 18% ...") differ
                and out
                and out[-1].unit == unit
                and _base(out[-1])
                and out[-1].span[0] >= _previous_sentence_start(span)
            ):
                # "Qantas made A$500m. Analysts expected a figure closer to A$431m.": the
                # figure is of what the amount just before measured (`_figure_before` reads
                # the same across units and kinds, after all are found)
                contrast_ = contrast_own_object(
                    reading.subject, span, out[-1].span[1], amount_toks, lx
                )
                obj = contrast_ or None if contrast_ is not None else _base(out[-1])
                done_ = outs[0].head if outs and outs[0].dep_ == "nsubjpass" else None
                if obj and done_ is not None and done_.tag_ == "VBN":
                    # "chasing unpaid bills of $200m, while a further $90m has been written
                    # off as lost": the borrowed thing, as the amount's own passive says
                    obj = _own_passive(obj, done_, out[-1], amount_toks)
                if obj and slow_.lstrip(" \"'“‘").startswith("for "):
                    obj = _for_others(  # "For women working part-time it is 60p"
                        obj, hsent_, _tokens(doc, *out[-1].span), amount_toks
                    )
            if (
                obj is None
                and _COMPARES.match(hsent_.text)
                and (earlier_ := next((a for a in reversed(out) if a.unit == unit), None))
                is not None
                and earlier_.span[0] >= _previous_sentence_start(span)
                and _base(earlier_)
            ):
                # "Wine consumption is 0.22 litres per capita. This compares with 59 litres in
                # France": the same measure, elsewhere or earlier (not the earlier place)
                obj = _PLACE_IN.sub("", _base(earlier_) or "")
            anchor_ = outs[0] if outs else None
            # (the walk only for a money amount that is a subject, the one test that reads it)
            whole_ = (
                next(
                    (
                        p
                        for t in span
                        for c in t.rights
                        if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children
                        if p.dep_ == "pobj"
                        and p.i not in amount_toks
                        and not sp_lo <= p.i < sp_hi  # "billions of pounds"
                        and _nounish(p, ("NOUN",))
                    ),
                    None,
                )
                if hit.kind == "money"
                and anchor_ is not None
                and anchor_.dep_ in ("nsubj", "nsubjpass")
                else None
            )
            if (
                whole_ is not None
                and anchor_ is not None  # (set whenever `whole_` is: for the type checker)
                and (said_ := _predicate(anchor_.head, amount_toks | set(range(sp_lo, sp_hi))))
                and " " in said_
            ):
                # "91m naira of the funding had been earmarked for nurseries": that part
                obj = f"{_np(whole_, amount_toks)} {said_}"
            source_ = (
                next(
                    (
                        p
                        for c in anchor_.head.rights
                        if c.dep_ == "prep" and c.lower_ == "from"
                        for p in c.children
                        if p.dep_ == "pobj" and p.i not in amount_toks
                    ),
                    None,
                )
                if hit.kind == "money"
                and anchor_ is not None
                and anchor_.dep_ == "nsubj"
                and anchor_.head.lemma_ == "come"
                else None
            )
            if (
                source_ is not None
                and _nounish(source_)
                and obj in (None, _np(source_, amount_toks))  # (not "the $6bn VEB lent")
            ):
                # "£13m will come from the business grant": money from it, not the grant
                obj = f"money from {_np(source_, amount_toks)}"
            if (
                obj is None
                and hit.kind == "money"
                and anchor_ is not None
                and anchor_.dep_ == "nsubj"
                and anchor_.head.lemma_ == "be"
            ):
                # "only $480,000 had been in the accounts": money where it was
                for c in anchor_.head.rights:
                    place_ = next((p for p in c.children if p.dep_ == "pobj"), None)
                    if c.dep_ == "prep" and place_ is not None and _nounish(place_, ("NOUN",)):
                        obj = f"money {c.lower_} {_np(place_, amount_toks)}"
                        break
            if hit.kind == "percent" and (obj is None or " who " in obj):
                # "... said he should return, and 61% that he had been right to resign":
                # the poll's verb is left out; the answer before it gives it.
                answer = _THAT_AFTER.match(text, hit.end, hsent_.end_char)
                asked = _poll_asked(out, sent_start)
                if answer is not None and asked is not None and obj in (None, asked):
                    whose, said = asked.split(" who ", 1)
                    obj = f"{whose} who {said.split(' ', 1)[0]} {answer.group(1)}"
            if hit.kind == "percent" and obj is not None and obj.startswith("share "):
                asked = _poll_asked(out, sent_start)
                if asked is not None:
                    obj = _poll_ellipsis(obj, asked, text[sent_start : hit.start])
            vlemma = reading.verb.lemma_.lower() if reading.verb is not None else None
            if (
                obj is not None
                and vlemma in _FORECAST_VERBS
                and hit.kind in ("money", "percent")
                and obj.count(" ") < 3
                and obj.rsplit(" ", 1)[-1] == reading.verb.lower_
            ):
                obj = None  # "economists had been predicting 2%": who predicts is no object
            if obj is None and hit.kind in ("money", "percent") and vlemma is not None:
                # "showed growth of 6.3%, with the second showing 1.1%", "economists had
                # predicted 2%": the same verb again, or a forecast, measures what the
                # sentence's earlier amount of that unit measured.
                same = next(
                    (
                        a
                        for k, a in reversed(list(enumerate(out)))
                        if a.span[0] >= sent_start
                        and a.unit == unit
                        and a.object
                        and "conversion_of" not in a.extra
                        and (
                            vlemma in _FORECAST_VERBS
                            or verbs[k] == vlemma
                            # "growth of 3.6% in 2004, slipping to 2.9% next year"
                            or vlemma in _CHANGE_VERBS
                            and reading.verb.tag_ == "VBG"
                            and reading.verb.dep_ in ("advcl", "acl", "xcomp", "pcomp")
                        )
                    ),
                    None,
                )
                if same is not None:
                    obj = _base(same)
                    if vlemma in _FORECAST_VERBS:
                        extra["modality"] = "forecast"  # "economists had predicted 2%"
                        if "change" in same.extra and same.object:
                            # "Exports rose 4.1%, and economists had predicted 5%": a rise
                            obj = same.object
                            extra["change"] = same.extra["change"]
                    elif same.extra.get("modality") == "forecast" and reading.verb.tag_ == "VBG":
                        # "forecast growth of 3.6%, slipping to 2.9% next year": still forecast
                        extra["modality"] = "forecast"
            if hit.kind == "count" and unit.split()[-1] in lx.measures:
                # "produce 30,000 tonnes" -> "production"; a bare unit says nothing.
                gov = _governing_verb(span[-1])
                vnoun = _verb_noun(gov, lx) if gov is not None and gov.tag_ != "VBN" else None
                if vnoun == "earnings":
                    vnoun = "production"  # "Greece makes 115,000 tonnes": made, not earned
                if not obj:
                    obj = count_object if count_object and count_object != unit else None
                if vnoun and reading.trusted and obj and unit not in obj:
                    obj = f"{vnoun} of {obj}"  # "exports 150,000 tonnes of cork"
                elif vnoun and (not obj or unit in obj or span[-1].dep_ == "dobj"):
                    obj = _verb_phrase(gov, amount_toks | set(range(sp_lo, sp_hi)), vnoun)
                    if obj == vnoun and gov is not None and not _bare_production(obj):
                        # "construction": of what, and by whom, when the sentence says (a
                        # production's product and maker are found below)
                        obj = _measure_done(vnoun, gov, span[-1], amount_toks)
            if span is not None and (
                hit.kind == "money" or hit.kind == "count" and unit.split()[-1] in lx.measures
            ):
                # "965,000 tonnes of food assistance was needed to help ...": what it is for
                obj = (
                    _needed_for(span, obj, hit.kind == "money", amount_toks, lx.measures, text)
                    or obj
                )
            aim = (
                _aim_of(span)
                if hit.start not in prior_at
                # "from 4.5% today" is no aim, "from an expected 180,000 tonnes" a forecast
                else "forecast"
                if _outward(span) and _said_ahead(span, _outward(span)[0])
                else None
            )
            if (
                aim is None
                and hit.start not in prior_at
                and _PROPOSED_CHANGE.search(text, sent_start, hit.start)
            ):
                aim = "target"  # "suggests increasing state funding to £3m", however parsed
                level_to = re.search(r"\bto\s+\S*$", text[sent_start : hit.start])
                gerund_ = re.match(r"(?:increasing|raising|lifting|boosting|extending) ", obj or "")
                if obj and gerund_ and level_to:
                    obj = obj[gerund_.end() :]  # the level it is to reach: "state funding"
            if aim is None and hit.start not in prior_at:
                aim = (
                    _aim_noun_above(span)
                    or _announced_spend(span)
                    or (
                        _proposed_above(span)
                        if _SUGGEST_WORD.search(text, sent_start, hit.start)
                        else None
                    )
                    or _agreed_to(span)
                    or _forecast_outcome(span)
                    or (
                        _hoped_for(span)  # "the £3bn officials hope to save"
                        if " to " in text[hit.end : hit.end + 48]
                        else None
                    )
                    or (
                        _looks_like(span)  # "it looks like the $40 range"
                        if " like " in slow_
                        else None
                    )
                )
                if aim is None and _is_to_plan(span, text, hsent_):
                    aim = "target"  # "Gordon Brown is to freeze duty, fund a £1bn package"
            if (
                aim in (None, "forecast")  # (a condition is not a forecast: "considering if")
                and hit.start not in prior_at
                and (
                    said_in(_IF_WORD, hsent_, _IF_WORDS)
                    or said_in(_UNREAL_WORDS, hsent_, (" have",))
                )
                and _conditional(span)
            ):
                aim = "possible"  # "whether they raise prices by 20%", "unless it falls below $35"
            if (
                aim is None
                and hit.start not in prior_at
                and (" if " in slow_ or " unless " in slow_)
                and _subject_of_conditioned(span)
            ):
                aim = "possible"  # "an offer of 950p a share would be fair if ...", misparsed
            if hit.start not in prior_at and _IN_CASE.search(
                text, max(sent_start, hit.start - 80), hit.start
            ):
                aim = "possible"  # "on standby in case they need to evacuate 300 citizens"
            if aim is None and hit.start not in prior_at:
                lead_text = text[max(sent_start, hit.start - 100) : hit.start]
                if "of time" in lead_text and _IN_TIME.search(lead_text):
                    aim = "forecast"  # "only a matter of time until the euro reaches $1.30"
                elif (
                    "ensure" in lead_text or "sure" in lead_text or "guarantee" in lead_text
                ) and _TRY_TO.search(lead_text):
                    aim = "target"  # "trying to ensure that 90% of homes get broadband"
                elif " to " in lead_text and _MEANT_TO.search(lead_text):
                    aim = "target"  # "It has been set up to advise hundreds of companies"
            if hit.start not in prior_at and said_in(_REFRAME_WORD, hsent_, _REFRAME_NEEDS):
                low_ = slow_
                aim = _reframed(
                    aim,
                    span,
                    low_,
                    # (a quote's "will" only: the test of the quotes after the word's)
                    ("will" in low_ or "'ll" in low_)
                    and any(s <= hit.start and hit.end <= e for s, e in quotes),
                )
            if (
                aim is None
                and hit.start not in prior_at
                and slow_.startswith(_CONTENTS_LEAD)
                and any(w in slow_ for w in _CONTENTS_STEMS)
                and hsent_.start > 0
            ):
                # "He set out a strategy for if Labour wins. It includes a £285m injection"
                sent_ = hsent_
                aim = _plan_contents(span, sent_, sent_of[sent_.start - 1])
            bounded = threshold_holder(span.root) if obj and comparator != "=" else None
            if obj and bounded is not None:
                # "those earning less than X will be exempt": the earnings of those exempt,
                # as sure as the clause says they are
                rule = required_threshold(obj, bounded, amount_toks, comparator)
                if rule is not None:
                    # "the consultation required for firms planning more than 10 job
                    # cuts": where a rule starts to hold, a rule stated as fact
                    obj = rule
                    aim = None if aim in ("target", "possible") else aim
                else:
                    obj = threshold_object(obj, bounded, amount_toks)
                    aim = aim or _aim_of(span.doc[bounded.i : bounded.i + 1])
            elif (
                obj
                and comparator == "<"
                and hit.kind == "percent"
                and ("able " in (low_ := slow_) or "ed to " in low_)
                and (limit := permitted_limit(span.root)) is not None
            ):
                obj = limit  # "able to sell up to 49% of their units": a limit, not a stake
            elif (
                obj
                and comparator == "<"
                and hit.kind == "percent"
                and ("allowed" in (low_ := slow_) or "permitted" in low_)
                and allowed_share(span.root)
                and not obj.startswith("limit")
            ):
                # "foreign investment of up to 100% will be allowed" (a capital only for
                # opening the sentence goes)
                obj = f"limit on {_uncap_opening(obj, hsent_[0]) if hsent_ is not None else obj}"
            elif (
                obj
                and comparator == ">"
                and extra.get("comparator_text") in _AT_LEAST
                and not obj.startswith("minimum")
                and obliged_minimum(span.root)
            ):
                # "will have to construct at least 50,000 square meters": the least a rule
                # asks, stated as the rule is (no forecast of what will be built)
                obj = f"minimum {_uncap_opening(obj, hsent_[0]) if hsent_ is not None else obj}"
                obj += " required"
                aim = None if aim in ("target", "forecast") else aim
            elif (
                obj
                and comparator == ">"
                and hit.kind == "percent"
                and ("need" in (low_ := slow_) or "requir" in low_)
                and (level := approval_level(obj, span.root)) is not None
            ):
                # "need approval before they raise their stake beyond 49%": a rule's level
                obj = level
                aim = None if aim in ("target", "possible") else aim
            if aim is not None:
                extra["modality"] = aim  # "it had aimed to save £220m": a target, not a result
            if (
                hit.kind == "money"
                and "default" in slow_
                and (owed := _defaulted_on(text, hit.start)) is not None
                and not (obj and _DEBT_WORDS.search(obj))
            ):
                obj = owed  # "has been in default on the $102.6bn": the debt, whatever follows
            per = _PER_AFTER.match(text, hit.end)
            if (
                per is not None
                and obj
                and not _PER_AFTER_NOT.match(text, per.end())
                # "a year on": later; "$50 a barrel on Tuesday": a rate that day
                and not (
                    (per.group("unit") or "").lower() in _TIME_UNITS
                    and re.match(r"\s+on\b", text[per.end() :])
                )
                # (not "a share of the market": one of a named whole)
                and not (
                    (per.group("lead") or "").lower() in ("a", "an")
                    and _A_OF_ONE.match(text, per.end())
                )
            ):
                # "0.22 litres per capita", "£57 a week": a rate, not a total.
                extra["per"] = (per.group("unit") or per.group("any")).lower()
                said_per = (
                    f"{per.group('owner')} {extra['per']}" if per.group("owner") else extra["per"]
                )
                if f"per {said_per}" not in obj:
                    obj = f"{obj} per {said_per}"
            elif (
                per is None
                and obj
                and hit.kind in ("money", "count")
                and (rate := _rate_after(span, text, hit.end)) is not None
            ):
                # "raised to £4 a leg", "an extra £3 each way": so much per one, not in all
                extra["per"] = rate.split()[-1]
                if rate not in obj:
                    obj = f"{obj} {rate}"
            elif (
                obj
                # (a rate is said with its time noun: a word test before the tree walk)
                and _said_unit(slow_)
                and (every := _every(span)) is not None
            ):
                extra["per"] = every  # "30,000 children are dying every day"
                if f"per {every}" not in obj and f"every {every}" not in obj:
                    obj = f"{obj} per {every}"
            if obj and extra.get("per") == "share":
                obj = offer_for(obj, span, main_orgs[1])  # "offer per share for Exel"
            if (
                obj
                and hit.kind in ("money", "count")
                and " than " in slow_
                and (gap := _comparative_gap(span)) is not None
            ):
                obj = gap  # "the V8 is £20,000 cheaper than its rivals": the gap, not a price
            if (
                obj
                and hit.kind in ("money", "count")
                and (each := _each_holder(span)) is not None
                and each not in obj
            ):
                obj = f"{obj} per {each}"  # "Every officer had a target of 8,000 applications"
            if obj and reading.object_tok is not None:
                obj = _seen_by(obj, reading.object_tok, amount_toks)
                obj = _growth_for(obj, reading.object_tok, amount_toks)
            if obj:
                head_ = reading.verb if reading.verb is not None else _clause_head(span[0])
                # (the pattern opens with "its": no search of an object without it)
                firm_things = _may_hold(obj, "its") and _FIRM_THINGS.search(obj) is not None
                main_org = main_orgs[firm_things]
                if hit.kind in ("money", "percent"):
                    # (its own agent first: "dwarfed by the $204m announced by rival Google"
                    # is Google's, whatever the "its" of the sentence's subject stands for)
                    obj = _agent_owned(obj, span)
                obj = _resolve_its(obj, head_, span, amount_toks, people, main_org)
                its_ = (
                    _ECONOMY_ITS.search(obj)
                    if countries is not None and _may_hold(obj, "its")
                    else None
                )
                home = countries.main() if its_ is not None and countries is not None else []
                names_ = countries.names if countries is not None else {}
                if home and home[0] in names_:
                    # "reserves of $119bn beat its foreign public debt": the country's, in an
                    # article about one country
                    owner_ = _possessive(names_[home[0]])
                    obj = _ECONOMY_ITS.sub(f"{owner_} ", obj, count=1)
                obj = _whose_shares(obj, hsent_, people)
                obj = _resolve_they(obj, span, amount_toks)
                obj = _name_the_firm(obj, hsent_, people, main_orgs[1])
                if hit.kind in ("money", "percent"):
                    if (metal := _COMMODITY.match(obj)) is not None:  # (anchored: one match)
                        obj = metal.expand(r"\1\2 price\3") + obj[metal.end() :]  # "copper up 36%"
                obj = _faced_by(obj, reading.object_tok, amount_toks)
                if hit.kind == "money":  # "ex-managers, who paid penalties of $50,000"
                    obj = _relative_doer(obj, reading.object_tok, amount_toks)
                if (
                    hit.kind != "count"
                    and "with " in text[max(sent_start, hit.start - 48) : hit.start]
                    and (
                        "which " in text[sent_start : hit.start]
                        or " that " in text[sent_start : hit.start]
                    )
                ):
                    # "its snack brands, which had a strong year, with sales up 8%": theirs
                    held_ = relative_with_holder(obj, reading.object_tok, span[0], amount_toks)
                    rel_held = held_ != obj
                    obj = held_
                firm_owned_ = _firm_metric_owner(
                    obj,
                    head_,
                    span,
                    reading.object_tok,
                    amount_toks,
                    people,
                    main_orgs[1],
                    orgs,
                    hsent_,
                )
                if firm_owned_ != obj and _pursues(head_, reading.object_tok):
                    # "payments CSA is chasing": a further sum after it is of the payments,
                    # not one the verb says the same of ("while a further £947m is written off")
                    extra["_base"] = obj
                obj = firm_owned_
                obj = _offered_by(obj, reading.object_tok, amount_toks)
                obj = _swung_to_owner(obj, reading.object_tok, amount_toks)
                obj = _fronted_with(obj, reading.object_tok, amount_toks)
                if "with " in text[max(sent_start, hit.start - 48) : hit.start]:
                    # "the sector continued to suffer, with 104,000 workers axed": whose
                    obj = with_clause_holder(
                        obj,
                        counted_noun if hit.kind == "count" else reading.object_tok,
                        span[0],
                        amount_toks,
                        lx.people,
                    )
                obj = _money_terms(obj, reading.object_tok, span, amount_toks)
                obj = _owner_once(obj)
            way = (
                _direction(span, text, comp_at)
                if (
                    hit.kind in ("percent", "money", "points")
                    or unit.split()[-1] in lx.measures  # "stockpiles fell 1m barrels"
                )
                and "rate_of" not in hit.extra
                else None
            )
            if way is None and listed_change and hit.kind == "percent":
                way = listed_change  # "falling sales of 13% in New York and 16% in Ireland"
            moving = reading.object_tok
            if way is None and hit.kind == "percent" and moving is not None and obj:
                # "falling cigarette sales of 13%": the noun's own participle says which way
                # (or the parse made it the verb: "there had been falling cigarette sales")
                before = moving.head if moving.dep_ == "dobj" else None
                lefts = list(moving.lefts)
                if before is not None and before.i == moving.i - len(lefts) - 1:
                    lefts.append(before)
                for c in lefts:
                    if c.dep_ in ("amod", "ccomp", "conj", "advcl") and c.tag_ == "VBG":
                        lemma = c.lemma_.lower()
                        way = (
                            "rise"
                            if lemma in _RISE_VERBS
                            else "fall"
                            if lemma in _FALL_VERBS
                            else _GROW_VERBS.get(lemma)
                        )
                        if way is not None and obj.startswith(c.text):
                            obj = obj[len(c.text) :].lstrip()
            if way is not None:
                # "sales dipped 0.1%": a fall in sales, not sales of 0.1%.
                extra["change"] = way
                if (
                    obj
                    and (not _CHANGE_WORDS.search(obj) or obj.endswith(" rate"))  # "growth rate"
                    and not obj.startswith(("share of", "stake in"))  # "shares in X" do move
                ):
                    extra["_base"] = obj
                    obj = f"{way} in {obj}"
                    planned_ = _THAN_PLANNED.match(text, hit.end)
                    if planned_ is not None and re.match(r"\s+(?:more|less)\b", text[hit.end :]):
                        # "Borrowing is tipped to fall to £31bn by 2005/06 - but that is still
                        # £2bn more than Mr Brown predicted": by how much the level misses
                        # the forecast, when and as surely as the level is told
                        over_ = way in ("rise", "growth")
                        base_ = extra["_base"]
                        obj = (
                            f"{'excess' if over_ else 'shortfall'} of {base_} "
                            f"{'over' if over_ else 'below'} what was {planned_.group('w')}"
                        )
                        extra.pop("change", None)  # (a gap to the forecast, no change)
                        level_of = next(
                            (
                                a
                                for a in reversed(out)
                                if a.span[0] >= sent_start and a.unit == unit and _base(a) == base_
                            ),
                            None,
                        )
                    elif planned_ is not None:
                        # "£50bn - 14% higher than originally planned": the overrun of a plan
                        above_ = "above" if way in ("rise", "growth") else "below"
                        obj += f" {above_} what was {planned_.group('w')}"
                    where_ = _where_it_moved(span, obj, amount_toks)
                    if where_:  # "at its beverage division": whose
                        where_ = _resolve_its(
                            where_, _clause_head(span[0]), span, amount_toks, people, main_orgs[1]
                        )
                    obj += where_
            if obj and hit.kind == "money" and outs:
                # (put in when the article is done, so no other amount copies the words)
                said_at = _at_level(outs[0], amount_toks) or _at_close(outs[0])
            if obj and said_in(_EFFECT_WORD, hsent_, _EFFECT_STEMS):
                obj = _caused_by(obj, span, amount_toks | set(range(sp_lo, sp_hi)))
            if obj and outs and hit.kind == "money":
                obj = _claim_for(obj, outs[0])
            if obj and _AS_A_RESULT.search(text, hit.end, hsent_.end_char):
                obj = _as_a_result_of(obj, span, amount_toks | set(range(sp_lo, sp_hi)))
            place = _IN_PLACE.match(text, hit.end)
            if (
                obj
                and " " in obj
                and place
                and _COMPARED.search(text, sent_start, hit.start)
                and _kb_country(place.group(1))
            ):
                # "the UK's jobless rate ..., compared with 12.1% in Germany": the compared
                # value is another country's, so the first country goes from the object
                # ("Argentina's bondholders, 3.1% in Japan" keeps it: no comparison).
                head, rest = obj.split(" ", 1)
                if _kb_country(re.sub(r"['’]s$", "", head)):
                    obj = rest
            if "rate_of" in hit.extra:
                # "the $1.3006 record level", "its previous record of $1.33": that rate's
                peak = _RECORD_AT.search(obj or "") or _RECORD_BEFORE.search(
                    text, max(sent_start, hit.start - 30), hit.start
                )
                at_ = f" at {peak.group(0).strip().removesuffix(' of')}" if peak else ""
                obj = f"exchange rate of {hit.extra['rate_of']}{at_}"
                extra["rate_of"] = hit.extra["rate_of"]
            more = _MORE_BEFORE.search(text, max(sent_start, hit.start - 16), hit.start)
            word = more.group(1).lower().replace("another", "additional") if more else ""
            if (
                obj
                and word
                and word not in obj.lower()
                and "change" not in extra  # "raised by an extra £5m": the rise says it
                and not (reading.verb is not None and reading.verb.lemma_ in _SOURCE_VERBS)
            ):
                owned_ = re.match(r"^(.+?['’]s?) (.+)$", obj)
                obj = (  # "the extra £1,400": more pay, not all of it; "state's further ..."
                    f"{owned_.group(1)} {word} {owned_.group(2)}" if owned_ else f"{word} {obj}"
                )
            if (
                obj
                and "average" in str(extra.get("comparator_text", ""))
                and "average" not in obj.lower()
            ):
                # "grown by an average of 3.2%": the average growth, not all of it
                owned_ = re.match(r"^(\S+['’]s?) (.+)$", obj)
                obj = f"{owned_.group(1)} average {owned_.group(2)}" if owned_ else f"average {obj}"
            where = place.group(1) if place else None
            ptoks = _tokens(doc, place.start(1), place.end(1)) if place else None
            code = _kb_country(where) if where else None
            if (
                obj
                and where
                and where not in obj
                and (code or ptoks is not None and len(ptoks) and ptoks[0].ent_type_ == "LOC")
            ):
                # "sales growth of 10% in Asia": there, not overall (a listed value's object
                # loses the place of the value it was copied from).
                obj = f"{_TRAILING_PLACE.sub('', obj)} in {where}"
            if obj and " " not in obj:
                named_tok = counted_noun if hit.kind == "count" else reading.object_tok
                if named_tok is None or named_tok.lower_ != obj.lower():
                    named_tok = reading.object_tok  # "180,000 tonnes" of production
                obj = _named_before(obj, named_tok, hsent_.start, text)
            if obj and obj.partition(" ")[0].lower() in BARE_NOUNS:
                # "a 2.5% target" after "... shortfall in economic growth": its target
                obj = _defined_earlier(obj, reading.object_tok, hit.kind, text)
            assert countries is not None
            sent_ = hsent_
            if sent_.start not in named_sents:
                named_sents[sent_.start] = countries.names_one(sent_, text)
            if named_sents[sent_.start]:
                parties = _parties(reading, countries, span, amount_toks, sent_)
            else:
                # (a sentence that names no country gives none; only "bilateral trade"
                # takes the article's two)
                bilateral_ = (
                    reading.object_tok is not None
                    and reading.object is not None
                    and _BILATERAL.search(reading.object) is not None
                )
                parties = countries.dyad() if bilateral_ else []
            if nation_counted is not None:
                # "one of four Britons who ... has dual British and Zambian nationality": the
                # people counted are the country's
                parties = [nation_counted]
            if obj and _REGION_OWNED.match(obj):
                # "below the African average of 4%": a region's, not the clause's country
                parties = []
            compared_ = out[-1] if out and out[-1].span[0] >= sent_start else None
            if (
                obj
                and obj.endswith(" average")
                and compared_ is not None
                and compared_.extra.get("change") in ("growth", "rise", "fall")
                and hit.kind == compared_.extra.get("kind")
            ):
                # "grown by 3.2%, slightly below the African average of 4%": that average
                obj = f"{obj} {compared_.extra['change']}"
            if parties and hit.kind == "money" and reading.object_tok is not None:
                # "a $240m agreement to import Venezuelan fuel": the other side, named by its
                # nationality inside what the money is for
                for t in _own_subtree(reading.object_tok, set(range(sp_lo, sp_hi)), amount_toks):
                    code = countries.of(t) if t.dep_ == "amod" else None
                    if code and code not in parties and _names_nationality(t.text):
                        parties.append(code)
            if counted_noun is not None:
                for t in counted_noun.lefts:  # "several hundred UK citizens": whose people
                    code = countries.of(t) if t.dep_ in ("compound", "amod", "nmod") else None
                    if code and code not in parties:
                        parties.insert(0, code)
            if len(parties) > 1:
                # "UK citizens in Ivory Coast": their country's, not the place's
                subj_ = reading.subject
                if subj_ is None and reading.verb is not None:
                    subj_ = _subject(reading.verb)
                parties = _nationals_placed(parties, counted_noun, subj_, countries, lx.people)
            if not parties and said_in(_IT_THEY, hsent_, ("it", "the")):
                # "overturn a ruling that threw out its claim for $280bn": whose "its" is,
                # the sentence's subject.
                parties = _pronoun_owner(span, countries, amount_toks)
            if not parties and obj:
                parties = _object_country(obj)  # "India's construction sector", "US broker"
            if not parties and obj:
                said_before = _nation_said_before(obj, text[sent_start : hit.start])
                if said_before is not None:
                    # "Chinese wine sales are growing, ... with wine sales in 2003 up 25%"
                    obj, parties = said_before
            own_base = str(extra.get("_base", obj or ""))
            if (
                not parties
                and obj
                and _economy_said(obj.lower())
                # "Inflation eased", "rise in Borrowing": a capital opening the sentence
                and not (
                    _OWNED_OBJECT.search(own_base[:1].lower() + own_base[1:])
                    and _OWNED_OBJECT.search(_plain_opening(own_base, hsent_, text))
                )
                and not _BLOCS.search(text, sent_start, hsent_.end_char)
            ):
                # "Growth was 1.1% in 2004" in an article about one country's economy
                parties = countries.home()
            # (read only while no party is found: both tests below need none)
            holder_ = _clause_subject_noun(span) if not parties else None
            if not parties and (
                holder_ is not None
                and holder_.lemma_.lower() == "government"
                and not any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in holder_.lefts)
                or obj
                and "government" in obj
                and _THE_GOVERNMENT.search(obj)
            ):
                # "The government is keeping a 3% target", "the €40m given by the
                # government": the government of the country the article is about
                parties = countries.home()
                named_ = countries.names.get(parties[0]) if parties and obj else None
                if obj and named_:
                    named_ = _SHORT_COUNTRY.get(named_, named_)
                    whose_ = named_ if named_.isupper() else _possessive(named_)
                    obj = _THE_GOVERNMENT.sub(rf"\g<pre>{whose_} government", obj, count=1)
            if not parties and (
                obj
                and ("country" in obj or "nation" in obj)  # (cheap first)
                and _COUNTRY_POSS.search(obj)
                or holder_ is not None
                and holder_.lemma_.lower() in ("country", "nation")
            ):
                # "India's deficit would hamper the country's growth": the one country named.
                named = {countries.of(t) for t in hsent_} - {None}
                if len(named) == 1:
                    parties = [str(next(iter(named)))]
            if not parties and obj and (for_country := _FOR_COUNTRY.search(obj)) is not None:
                # "this would save the country £119m": the country the article is about
                parties = countries.home()
                home_name_ = countries.names.get(parties[0]) if len(parties) == 1 else None
                if home_name_:
                    obj = f"{obj[: for_country.start()]}for {home_name_}{obj[for_country.end() :]}"
            if obj and len(parties) == 1 and "country" in obj and _COUNTRY_S.search(obj):
                # "the country's economic growth": the one country the sentence names, by name
                named_tok = next(
                    (
                        t
                        for t in hsent_
                        if countries.of(t) == parties[0]
                        and t.pos_ == "PROPN"
                        and _names_country(t.text)
                    ),
                    None,
                )
                name_ = (
                    _name(named_tok)
                    if named_tok is not None
                    # "data provided by the Liberians, the country's GDP": the country's
                    # name as the article writes it
                    else countries.names.get(parties[0])
                    if any(countries.of(t) == parties[0] for t in hsent_)
                    else None
                )
                if name_ and _names_country(name_):
                    obj = re.sub(r"\b(?:the )?country['’]s\b", f"{name_}'s", obj)
            supplied_ = (
                verb if hit.kind == "count" and parties and verb is not None else None
            )  # (the count's verb; "verb" is set for counts above)
            if (
                supplied_ is not None
                and supplied_.dep_ in ("relcl", "acl")
                and supplied_.lemma_.lower() in _SUPPLY_VERBS
                and supplied_.head.head.pos_ == "VERB"
            ):
                # "has struck a deal to supply Peugeot": the one who struck it supplies
                supplied_ = supplied_.head.head
            payer = (
                _subject(reading.verb)
                if hit.kind == "money"
                and reading.verb is not None
                and reading.verb.lemma_.lower() not in _SAY_VERBS | _HEARSAY_VERBS
                # "Japanese Mitsubishi Motors will supply French Peugeot with 30,000 SUVs":
                # the seller's side as well as the buyer's
                else _subject(supplied_)
                if supplied_ is not None
                and (supplied_.lemma_.lower() in _SUPPLY_VERBS or supplied_ is not verb)
                else None
            )
            for _ in range(3):
                if payer is None or payer.lower_ not in ("it", "they"):
                    break
                # "The US company said it had agreed the sale ...": "it" is the company
                up = payer.head.head if payer.head.dep_ in ("ccomp", "xcomp") else None
                payer = _subject(up) if up is not None else None
            if (
                payer is not None
                and payer.i not in amount_toks
                and (reading.verb is None or not _cause_of_anothers(reading.verb, payer, span))
            ):
                # "The US company agreed the sale of planes to India for $630m": the firm
                # that pays or is paid is a party as well as the other side.
                for t in _own_subtree(payer, set(range(sp_lo, sp_hi)), amount_toks):
                    c = countries.of(t)
                    if (
                        c
                        and c not in parties
                        and (t.i <= payer.i or t.dep_ == "poss")
                        and not _example_country(t)
                    ):
                        parties.append(c)
            if parties and obj and hit.kind == "money":
                # "Italy's Illva will pay 481m yuan for a stake in China's Changyu": the
                # other side the object names
                # (past the payer's own name: "Italy's Acme's payment for ... China's Beta")
                for rest in (obj, *(obj[m.end() :] for m in re.finditer(r"['’]s? ", obj))):
                    parties += [c for c in _object_country(rest) if c not in parties]
            home_ = _currency_country(unit)
            if (
                parties
                and home_ is not None
                and home_ not in parties
                and reading.verb is not None
                and reading.verb.lemma_.lower() in _DEAL_VERBS
            ):
                # "Italy's Illva will pay 481.42m yuan": paid in China's money, to a Chinese side
                parties.append(home_)
            if code and obj and obj.endswith(f" in {where}") and _names_country(where or ""):
                compared = _COMPARED.search(text, sent_start, hit.start) is not None
                parties = [code] if compared else [code, *(c for c in parties if c != code)]
                if not compared:
                    # "Of Argentina's bondholders, 15.6% in Italy": whose, and where
                    owned_by = _object_country(obj[: -len(f" in {where}")])
                    parties += [c for c in owned_by if c not in parties]
            sent = hsent_
            s_lo, s_hi = sent.start_char, sent.end_char  # (once: span bounds are properties)
            if s_lo not in sent_periods:
                sent_periods[s_lo] = find_periods(text[s_lo:s_hi], ref)
            # An earlier value's period is the one right after it, not beyond the next amount.
            blockers = hits if hit.start in prior_at else priors
            near_ = sent_hits.get(s_lo) if sent_periods[s_lo] else []  # (none read: no period)
            if near_ is None:
                near_ = sent_hits[s_lo] = [h for h in hits if s_lo <= h.start < s_hi]
            p = _period(
                sent_periods[s_lo],
                s_lo,
                span,
                hit,
                doc,
                blockers,
                text,
                near_,
                prior=hit.start in prior_at,
            )
            if (
                p is not None
                and extra.get("modality") in ("forecast", "target", "pledge")
                and sent.start_char + p.end <= hit.start
                and _JOINED_CLAUSE.search(text, sent.start_char + p.end, hit.start)
            ):
                p = None  # "Sales rose 3% in 2004 and are expected to rise 5%": not in 2004
            if (
                p is not None
                and p.text.lower().startswith("since")
                and re.search(
                    r"\b(?:currently|now)\s+$", text[max(sent_start, hit.start - 12) : hit.start]
                )
            ):
                p = None  # "has paid income tax - currently 40% - since 1993": today's rate
            if (
                p is None
                and level_of is None
                and hit.start not in prior_at
                # (a forecast in the joined clause is of a time to come: "and will rise 5%")
                and extra.get("modality") in (None, "possible")
            ):
                level_of = _joined_clause_amount(span, out, sent_start, extra.get("_base", obj))
            if p is None and level_of is not None and level_of.period:
                period = level_of.period  # (the excess over a forecast: the level's period)
                if "period_text" in level_of.extra:
                    extra["period_text"] = level_of.extra["period_text"]
            if level_of is not None and "modality" in level_of.extra:
                extra.setdefault("modality", level_of.extra["modality"])
            if (
                p is not None
                and p.kind in ("quarter", "half")
                and not re.search(r"\d\d\d\d", p.text)
            ):
                # "In the final quarter of 2004, ... up from 17.5% in the third quarter": the
                # year the sentence gives another part of
                dated_q = next(
                    (
                        (y.group(), q.interval or "")
                        for q in sent_periods[sent.start_char]
                        # (another part of a year, not the year of another amount: "fell to
                        # 785m euros from 2.4bn euros in 2003")
                        if q.kind in ("quarter", "half")
                        and (y := re.search(r"\b(?:1[89]|20)\d\d\b", q.text)) is not None
                    ),
                    None,
                )
                year_, other_ = dated_q if dated_q is not None else ("", "")
                dated_ = parse_period(f"{p.text} of {year_}") if year_ else None
                if dated_ is not None and hit.start in prior_at and dated_ > other_:
                    # an earlier value's quarter is not after the dated one: "in the first
                    # quarter of 2005, up from ... in the fourth quarter" is 2004's
                    dated_ = parse_period(f"{p.text} of {int(year_) - 1}")
                if dated_ is not None:
                    p = Period(p.start, p.end, p.text, dated_, p.kind)
            if p is not None:
                p = _split_year(p, unit, sent)
                period = p.interval
                extra["period_text"] = p.text
                part = next(
                    (
                        q
                        for q in sent_periods[sent.start_char]
                        if q.kind in ("quarter", "half") and not re.search(r"\d\d\d\d", q.text)
                    ),
                    None,
                )
                since_ = (
                    _SINCE_YEAR.match(p.text.strip()) if p.text.lstrip()[:1] in ("s", "S") else None
                )
                if hit.start in prior_at and since_ and period:
                    # "had gone from $17.8bn to nothing since 2003": the earlier value is
                    # 2003's, where the change starts, not all the time since
                    period = parse_period(f"in {since_.group(1)}") or period
                elif hit.start in prior_at and p.kind == "year" and part is not None and period:
                    # "fourth quarter profits fell to X from Y in 2003": Y is 2003's fourth
                    # quarter, not all of 2003.
                    period = parse_period(f"{part.text} of {period[:4]}") or period
            else:
                # "its 2005 growth forecast", "2004's average": a year inside the object.
                # (its subtree's text first: most objects hold no year, and the walks below
                # build every token of them)
                ot = reading.object_tok
                year = None
                if ot is not None and _A_YEAR_IN.search(
                    text, ot.left_edge.idx, ot.right_edge.idx + len(ot.right_edge)
                ):
                    year = next(
                        (
                            t
                            for t in (reading.object_tok.lefts if reading.object_tok else ())
                            for t in t.subtree
                            if _YEAR.match(t.text) and t.i not in amount_toks
                        ),
                        None,
                    ) or next(
                        (  # "emergency food requirements for 2005"
                            p
                            for c in (reading.object_tok.rights if reading.object_tok else ())
                            if c.dep_ == "prep"
                            and c.lower_ in ("for", "in")
                            and not _time_of_its_phrase(_outward(span), c)
                            for p in c.children
                            if p.dep_ == "pobj" and _YEAR.match(p.text) and p.i not in amount_toks
                        ),
                        None,
                    )
                sent_ = hsent_
                if year is None and _YEAR_IN.search(text, sent_.start_char, sent_.end_char):
                    # "funnelling $2m into the 2001 re-election campaign", "8% of the population
                    # in the 2001 Census": a year naming a noun of the amount's clause.
                    clause = _clause_head(span[0])
                    own = clause.i
                    # "the 1989 disaster in which 96 died": the noun the clause is about
                    about = clause.head.i if clause.dep_ == "relcl" else -1
                    year = next(
                        (
                            t
                            for t in hsent_
                            if _YEAR.match(t.text)
                            and t.i not in amount_toks
                            and t.dep_ in ("compound", "nummod", "amod")
                            and t.head.pos_ in ("NOUN", "PROPN")
                            and t.head.i > t.i
                            and (
                                _clause_head(t.head).i == own
                                or t.head.i == about
                                # "described themselves as coming from ... in the 2001 Census"
                                or clause.left_edge.i <= t.i <= clause.right_edge.i
                                and clause.dep_ == "ROOT"
                            )
                            and not (
                                t.head.dep_ == "pobj"
                                and t.head.head.lower_ in ("on", "than", "from", "against", "over")
                            )  # "an 82% jump on 2003 figures": the base compared with
                            and not _model_year(t)
                        ),
                        None,
                    )
                if year is not None:
                    period = f"{year.text}-01-01/{year.text}-12-31"
                    extra["period_text"] = year.text
        if span is not None:
            owned = _TIME_POSS.search(text, max(sent_start, hit.start - 40), hit.start)
            owner_period = find_periods(owned.group(1), ref) if owned is not None else []
            if owner_period and owner_period[0].interval:
                # "less than last year's £3.1bn total": the year that owns the amount.
                period, extra["period_text"] = owner_period[0].interval, owner_period[0].text
        if period is None and span is not None and "change" in extra and out:
            prev = out[-1]
            if (
                prev.period
                and prev.span[0] >= sent_start
                and _CHANGE_AFTER.fullmatch(text, prev.span[1], hit.start)
                and (_base(prev) or "\0") in (obj or "")
            ):
                # "a record profit in 2004 of 30.6bn yen, up 31.8%": the change of that
                # year's profit
                period = prev.period
        if obj and span is not None:
            left_out = _left_out(text, hsent_, slow_)
            if left_out is not None and left_out.group(2) not in obj:
                obj = f"{obj} {left_out.group(1).lower()} {left_out.group(2)}"  # "excluding cars"
        if (
            period
            and span is not None
            and extra.get("modality") in ("pledge", "target")
            and _when_promised(hsent_, str(extra.get("period_text", "")))
        ):
            # "agreed in 1970 to spend 0.7%", "jobs promised in Lisbon in 2000": when it
            # was promised, not when it is to be done
            period = None
            del extra["period_text"]
        if (
            period
            and span is not None
            and extra.get("modality") in ("forecast", "possible")
            and "with " in slow_
            and (bounds_ := _premise_around(span)) is not None
            and not (
                bounds_[0] <= text.find(str(extra.get("period_text", "")), bounds_[0]) < bounds_[1]
            )
        ):
            # "With growth of just 2%, by 2019 poverty could fall to 15%": 2019 dates the
            # outcome, not the premise
            period = None
            extra.pop("period_text", None)
        compared_ = next(
            (
                a
                for a in reversed(out)
                if a.span[0] >= sent_start and a.unit == unit and a.object and _base(a) != obj
            ),
            None,
        )
        if (
            obj in ("forecast", "estimate")
            and compared_ is not None
            and re.match(rf"\s*{obj}\b", text[hit.end :])  # "the 47.3% forecast by analysts"
        ):
            # "a margin of 45.6%, less than the 47.3% forecast by analysts": the margin's
            obj = f"{_base(compared_)} {obj}"
        if obj in ("target", "forecast", "estimate") and span is not None:
            about = _clause_subject_noun(span)
            if (
                about is not None
                and _nounish(about, ("NOUN",))
                and about.i not in amount_toks
                and _bad_object(about, lx) is None  # not "company forecast": whose, not what
            ):
                # "inflation would rise to its 2% target": the inflation target
                obj = f"{_np(about, amount_toks)} {obj}"
        if obj and hit.kind == "count" and _ALL_BUT.search(text, max(0, hit.start - 12), hit.start):
            # "removed all but 92 of the 750 peers": the 92 are those not removed
            obj = re.sub(r" (\w+ed)((?: by [^,]+)?)$", r" not \1\2", obj)
        if span is not None and hit.kind in ("percent", "money"):
            obj = _object_of_clause(obj, span, amount_toks) or obj
        if obj is None and span is not None and hit.kind in ("percent", "money"):
            obj = _object_nearby(span, amount_toks, out, unit)
        if obj is None and span is not None and hit.kind == "money":
            obj = _funding_for(span, amount_toks)  # "announced £264m for health services"
        if obj is None and span is not None:
            obj = _it_of_the_if(span, amount_toks)  # "If there is a cap, it should be £9"
        if obj is None and span is not None and hit.kind == "money":
            obj = _this_before(span, amount_toks)  # "it increased this from £6 to £10"
        if obj and span is not None and hit.kind == "money" and reading.object_tok is not None:
            obj = _deal_for(obj, reading.object_tok, set(range(sp_lo, sp_hi))) or obj
        if span is not None and hit.kind == "percent" and "change" not in extra:
            aside = _aside_change(text, span, hit, out, sent_start, amount_toks)
            if aside is not None and (obj is None or obj == _base(aside[1])):
                # "produced 14.27m tonnes in 2004, ... 21% more than the average of the past
                # five years": how far the amount before is above what it is compared with
                obj = aside[0]
                if aside[2]:
                    extra["change"] = aside[2]
                period = aside[1].period
                extra.pop("period_text", None)
        if (
            span is not None
            and hit.kind == "percent"
            and "change" not in extra
            and sp_lo > 0
            and doc[sp_lo - 1].lower_ == "by"
            and doc[sp_lo - 1].dep_ == "conj"
        ):
            # "rose by 8% globally and by 24% in China": the same change, elsewhere
            prev_change = next(
                (
                    a
                    for a in reversed(out)
                    if a.span[0] >= sent_start and a.unit == unit and "change" in a.extra
                ),
                None,
            )
            base_ = _base(prev_change)
            if prev_change is not None and base_ and obj and obj.startswith(base_):
                extra["change"] = prev_change.extra["change"]
                obj = f"{extra['change']} in {obj}"
        if (
            span is not None
            and obj
            and (" " not in obj or obj.endswith("'s debt"))
            and hit.kind in ("money", "percent")
        ):
            obj = _which_has(obj, span, amount_toks)  # "Allied Domecq, which has a ..."
        if (
            span is not None
            and obj
            and reading.object_tok is not None
            and (
                " " not in obj
                or obj.count(" ") < 3
                and reading.object_tok.head.lemma_.lower() in _ASK_VERBS
            )
        ):
            obj = _bare_done(obj, reading.object_tok, span, amount_toks | set(range(sp_lo, sp_hi)))
        if obj and hit.kind == "money" and reading.object_tok is not None:
            obj = _money_for(obj, reading.object_tok, amount_toks)  # "an offer ... for Beta"
        if span is not None and obj and obj.startswith("pay") and hit.kind == "money":
            obj = pay_of_worker(obj, span, amount_toks)  # "labour prepared to work for £1"
        if (
            span is not None
            and obj
            and ("expect" in slow_ or "forecast" in slow_ or "estimate" in slow_)
            and (expected_ := expected_measure(span, amount_toks)) is not None
        ):
            obj = expected_  # "below market expectations of 190,000 new jobs"
        if (
            span is not None
            and hit.kind == "percent"
            and "change" not in extra
            and reading.object_tok is not None
            and reading.object_tok.pos_ == "PROPN"
            and reading.object_tok.ent_type_ in ("ORG", "NORP")
            and obj == _np(reading.object_tok, amount_toks)
        ):
            # "with the Liberal Democrats on 19%": their poll share
            obj = f"{_poll_or(text)}share for {obj}"
        elif (
            span is not None
            and hit.kind == "percent"
            and obj
            and "change" not in extra
            and _LEAD_WORDS_RE.search(text, sent_start, hsent_.end_char)
            and any(
                t.lemma_.lower() in ("lead", "trail")
                and any(c.dep_ == "nsubj" and _name(c) == obj for c in t.children)
                and any(c.dep_ == "dobj" for c in t.children)
                for t in hsent_
            )
        ):
            obj = f"{_poll_or(text)}share for {obj}"  # "Labour lead the Tories by 39% to 34%"
        if (
            span is not None
            and obj
            and obj.startswith(("rise in ", "fall in "))
            and not rel_held
            and (boosted := _clause_head(span[-1])).pos_ == "VERB"
        ):
            obj += _passive_subject_for(boosted, obj, amount_toks)
        if span is not None and sp_lo > 0 and doc[sp_lo - 1].lower_ == "to":
            # "an offer from Xstrata, which the firm raised to A$8.4bn": the offer's new level
            moved_ = doc[sp_lo - 1].head
            thing_ = moved_.head
            said_ = ""
            if thing_.pos_ == "PROPN" and thing_.dep_ == "pobj" and thing_.head.dep_ == "prep":
                # "an offer from Swiss Xstrata, which ...": the clause hangs on the name
                said_ = f" {thing_.head.lower_} {_name(thing_)}"
                thing_ = thing_.head.head
            if (
                moved_.dep_ == "relcl"
                and moved_.lemma_.lower() in _RISE_VERBS | _FALL_VERBS
                and any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in moved_.children)
                and _nounish(thing_, ("NOUN",))
                and thing_.i not in amount_toks
            ):
                obj = f"{_np(thing_, amount_toks)}{said_}"
                if not parties:
                    parties = _object_country(obj)  # "an offer from Swiss Xstrata"
        if (
            span is not None
            and hit.kind == "percent"
            and obj
            and "change" not in extra
            and _OR_BEFORE.search(text, max(sent_start, hit.start - 8), hit.start) is not None
        ):
            # "fell from 7,613 to 6,630, or 12.9%": the size of that fall
            way_ = _verb_way(_clause_head(span[-1]).lemma_.lower())
            # (not "to 4.464 million people, or 10.8% of the workforce": a share, a level)
            if way_ is not None and not _CHANGE_WORDS.search(obj) and "share" not in obj:
                extra["change"] = way_
                obj = f"{way_} in {obj}"
        if span is not None and obj and obj.endswith("share of total"):
            # "the second biggest source of fraud complaints, comprising 16% of the total":
            # the total of those complaints
            whole = next(
                (
                    t
                    for t in reversed(doc[hsent_.start : sp_lo])
                    if t.dep_ == "pobj"
                    and t.head.lower_ == "of"
                    and t.tag_ in _PLURAL_TAGS
                    and t.i not in amount_toks
                ),
                None,
            )
            if whole is not None:
                obj = f"{obj[: -len('total')]}{_np(whole, amount_toks)}"
        if span is not None and obj == "order" and sp_lo >= 3:
            # "an increase in retail on the order of 10 to 15%": the increase, not "order"
            order = doc[sp_lo - 2]
            hung = order.head.head if order.lower_ == "order" and order.dep_ == "pobj" else None
            if hung is not None and _nounish(hung, ("NOUN",)) and hung.i not in amount_toks:
                obj = _np(hung, amount_toks)
        if span is not None and hit.kind == "money" and obj in ("purchase", "sale"):
            # "Yugansk was auctioned ... . It was bought for $9.4bn": what "it" stood for
            verb_ = _governing_verb(span[-1])
            it = (
                next(
                    (c for c in verb_.children if c.dep_ == "nsubjpass" and c.lower_ == "it"), None
                )
                if verb_ is not None
                else None
            )
            sold_ = _thing_before(hsent_) if it is not None else None
            obj = f"{obj} of {sold_}" if sold_ else obj
        if span is not None and hit.kind == "money" and obj and obj.split(" ", 1)[0] in _DEALT:
            obj = _dealt_relative(obj, span, amount_toks)  # "Rover, which it sold for £10"
        if span is not None and hit.kind == "count" and unit in _LENGTHS:
            # "the mugging occurred 100 yards from the hotel": a distance, from what
            after = doc[sp_hi] if sp_hi < len(doc) else None
            place = next((p for p in after.children if p.dep_ == "pobj"), None) if after else None
            if after is not None and after.lower_ == "from" and place is not None:
                obj = f"distance from {_np(place, amount_toks)}"
            else:
                obj = _range_of(span[-1], amount_toks) or obj  # "capable of flying 900 miles"
        if span is not None and obj and _bare_production(obj):
            made = _produce_of(hsent_, amount_toks)  # "producer of feta"
            if made is None and hit.kind == "count":
                made = _product_before(hsent_)  # "Feta is ... . Greece makes"
            obj = f"{made} {obj}" if made else obj
        if span is not None and hit.kind == "money" and obj and obj.split(" per ")[0] in _POSTS:
            obj = f"salary of {obj}"  # "will start the £100,000-a-year job"
        if span is not None and hit.kind == "money":
            cost_ = _cost_of(span, obj, amount_toks)
            if cost_ is not None:  # "corruption in its finance ministry has cost it ..."
                obj = _resolve_its(
                    cost_, _clause_head(span[0]), span, amount_toks, people, main_orgs[0]
                )
            # "shareholders lost $180bn" (an object that says who holds it has its owner)
            if obj and obj.split(" ", 1)[0] in _OWNED_NOUNS and " held by " not in obj:
                obj = _doer_s(obj, span, amount_toks, lx)
            if obj == "cost":
                obj = _cost_at(span, amount_toks) or obj  # "at a cost of £50m"
            obj = _sale_of(span, obj, amount_toks, lx) or obj  # (before a conversion copies it)
            obj = _event_said(span, obj, amount_toks, lx) or obj
            obj = _valued_past_aside(span, amount_toks) or obj
            obj = _bare_noun_said(span, obj, amount_toks) or obj
            obj = _deal_maker(span, obj, amount_toks) or obj
            obj = _deed_of_accused(span, obj, amount_toks) or obj  # "accused of"
            obj = _sum_made_to_pay(span, obj, amount_toks) or obj  # "sued X to return"
            if obj and (" " not in obj or obj.split(" ", 1)[0] in _FOR_NOUNS):
                obj = _what_for(obj, span, amount_toks)  # "and of up to £2,500 for failing to"
            if obj == "margin":
                obj = _margin_done(obj, span, amount_toks)  # "meet the rule with a margin of"
            handed = _handed_out(span, amount_toks)  # "offered as loans to farmers"
            if handed is not None and (
                obj is None or obj.split(" ", 1)[-1] in _MONEY_WORDS or " to " in handed
            ):
                obj = handed
            if obj is None:
                sized_ = _outward(span)
                firm_ = sized_[0].head if sized_ else None
                if firm_ is not None and firm_.dep_ == "compound":
                    firm_ = firm_.head  # "a $160bn telecoms giant": "telecoms" took the amount
                if (
                    firm_ is not None
                    and sized_[0].dep_ in ("nmod", "compound", "nummod", "amod")
                    and firm_.lemma_.lower() in _FIRM_NOUNS
                    and firm_.i not in amount_toks
                ):
                    own_ = amount_toks | set(range(sp_lo, sp_hi))
                    obj = f"value of {_np(firm_, own_)}"  # "a $160bn telecoms giant"
                    made_ = firm_.head.head if firm_.head.lower_ == "into" else None
                    named_ = (
                        next((c for c in made_.children if c.dep_ == "dobj"), None)
                        if made_ is not None and made_.lemma_.lower() in ("transform", "turn")
                        else None
                    )
                    if named_ is not None and named_.pos_ == "PROPN" and named_.i not in own_:
                        # "turned Globex into a $9bn group": Globex's value, as it became
                        obj = f"value of {_name(named_)} as {_np(firm_, own_)}"
        if span is not None and hit.kind in ("percent", "money"):
            obj = _excess_of(span, amount_toks) or obj
        if span is not None and hit.kind == "percent" and obj in ("rate", "level"):
            obj = _rate_before(span, obj, out, amount_toks) or obj
        if span is not None and hit.kind in ("percent", "money") and "change" not in extra:
            moved_by = _by_after_change(span, amount_toks)
            if moved_by is not None:
                obj, extra["change"], planned = moved_by
                if planned and "modality" not in extra:
                    extra["modality"] = planned  # "proposals to increase fees by £2,000"
        if (
            span is not None
            and hit.kind == "count"
            and obj
            # "Two managers from Acme ... were the latest": where they are from says not what
            and obj.lower().split(" from ", 1)[0] == str(extra.get("quantity_noun", "")).lower()
        ):
            # "Another three executives pleaded guilty. Two executives from AIG were the
            # latest.": the count the sentence before made of the same things says what
            counted_ = obj.lower().split(" from ", 1)[0]
            same_things = next(
                (
                    a
                    for a in reversed(out)
                    if a.span[0] >= _previous_sentence_start(span)
                    and str(a.extra.get("quantity_noun", "")).lower() == counted_
                    and a.object
                    and a.object.lower() != counted_
                ),
                None,
            )
            if same_things is not None:
                said_ = re.sub(r"^(?:additional|further|extra) ", "", _base(same_things) or obj)
                where_from = obj.split(" from ", 1)[1] if " from " in obj else None
                noun_at = said_.lower().find(counted_)
                if where_from and noun_at >= 0:
                    # "Two executives from AIG were the latest": those from AIG, doing what the
                    # sentence before's did
                    end_ = noun_at + len(counted_)
                    said_ = f"{said_[:end_]} from {where_from}{said_[end_:]}"
                obj = said_
        if span is not None and hit.kind == "count" and obj and " of the " in span.text:
            # "Five of the men": the men as the sentence before defined them
            obj = _group_defined_before(obj, span, out, str(extra.get("quantity_noun", "")))
        if (
            span is not None
            and hit.kind == "count"
            and obj
            and (
                text.startswith(" of the ", span[0].idx + len(span[0].text))
                or text.endswith(" of the ", 0, span[0].idx)
            )
        ):
            # "Five of the eight men": the eight as the article counted them before
            obj = _whole_counted_before(obj, span, out, str(extra.get("quantity_noun", "")), unit)
        if (
            span is not None
            and unit == "people"
            and obj
            and hit.kind == "count"
            and " by " in slow_
        ):
            obj = _agents_by(obj, span, amount_toks)  # "decisions by two judges": the judges
        if span is not None and hit.kind == "count" and obj and obj[:4] in _CASE_OPENINGS:
            obj = _cases_of_before(obj, span, out, float(hit.value))  # "in 776 cases"
        if obj and span is not None and "conversion_of" not in extra:
            verb_ = reading.verb if reading.verb is not None else _clause_head(span[0])
            obj = _where_done(obj, verb_, span, amount_toks)
            obj = _fronted_scope(obj, span, verb_, hsent_, amount_toks)
            if hit.kind == "count":
                obj = _done_how(obj, span, amount_toks, hsent_)
                obj = _in_which(obj, span, amount_toks)
                if (
                    _may_hold(slow_, *_EVENT_MARKS)
                    and (verb_e := _governing_verb(span[-1])) is not None
                    and verb_e.text in obj.split()
                    and (event := _event_clause(verb_e)) is not None
                    and event not in obj
                ):
                    # "270 hunts went out one day after the ban came in": which ones
                    head_, per_, rate_ = obj.partition(" per ")
                    obj = f"{head_} {event}{per_}{rate_}"
                if fronted is not None and fronted.lower() not in obj.lower():
                    obj = f"{obj} {fronted}"
                if re.fullmatch(r"(?:[\w'’-]+ ){0,3}markets?", obj, re.I) and not re.search(
                    r"\b(?:to|in|of|on|for|at)\b", obj
                ):
                    # "the Indian market will grow 15%, to 920,000 vehicles": its size
                    market_ = _market_of_counted(obj, counted_noun, hsent_, lx)
                    if market_ is not None:
                        _retell_market(out, sent_start, obj, market_)
                        obj = market_
                    obj = f"size of {obj}"
            same_sent = [a for a in out if a.span[0] >= sent_start and a.unit == unit]
            obj = _role_of(obj, span, same_sent, amount_toks)
            if hit.kind in ("percent", "money"):
                obj = _measured_by_clause(obj, span, amount_toks)  # "inflation ... target"
                if obj.lower() in _BARE_ROLES:  # "the objective of 0.7%": said just before
                    from_ = _previous_sentence_start(span)
                    said_ = [a for a in reversed(out) if a.span[0] >= from_]
                    obj = _same_value_said(obj, hit.value, unit, said_)
            obj = _same_owner(obj, same_sent)
            obj = _same_owner_of_change(  # "while total revenues added 4%"
                obj, same_sent, hsent_
            )
            if same_sent:  # "while the short-haul surcharge was raised": the same owner's
                obj = _sibling_owner(obj, same_sent, hsent_)
            obj = _than_change(obj, span, amount_toks)  # "grew faster than the 0.6% reported"
            obj = _growth_of(obj, verb_, amount_toks)
            obj = _resolve_it(obj, span, people, main_orgs[1])
            obj = _said_by_firm(obj, hsent_, main_orgs[1], span)  # "..., Acme said"
            obj = _apposed_name(obj, hsent_)  # "Acme - a state agency - ..."
            obj = _apposition_bracketed(obj, hsent_, text)  # "in Acme, the new firm,"
            obj = _named_earlier(obj, hsent_)  # "the bill": the Gambling Bill
            obj = _his_or_hers(obj, verb_, hsent_)  # "He will oversee"
            obj = _limit_on_earlier(obj, hsent_)  # "a cap": on donations
            obj = _complement_of(obj, span, amount_toks, text)  # "a stake": in Beta
            obj = _venture_of(obj, span, text)  # "the joint venture": of Alpha and Beta
            obj = _given_to(  # "after being given a rise", "the firm, which is to receive"
                obj, reading.object_tok, span, amount_toks, hit.kind == "money", main_orgs[1]
            )
            obj = _probe_settled(obj, span, hsent_, text)  # "in its probe into X"
            obj = _bosses_deal(obj, hsent_)  # "Acme bosses ... the deal"
            obj = _them_before(obj, hsent_)  # "Only 42% of them say"
            obj = _promised_by(obj, span, amount_toks)  # "The Tories have promised £4bn"
            obj = _report_on(obj, hsent_, amount_toks)  # "a report on X says costs"
            obj = _job_named(obj, hsent_)  # "start the £100,000-a-year job"
            if _BARE_PRICES.match(obj) and "oil" in text and _OIL_ARTICLE.search(text):
                obj = _BARE_PRICES.sub(r"\1oil prices", obj, count=1)  # in an article on oil
            if hit.kind == "count":
                obj = _following_cause(obj, span, amount_toks)  # "delayed following ..."
            obj = _sold_to(obj, hsent_, amount_toks, main_orgs[1])  # "agreed with X the sale"
            if hit.kind == "percent" and "change" not in extra:
                obj = _share_for_whom(obj, span, amount_toks, text) or obj  # "for 25%"
            sent_ = hsent_
            obj = _owned_by_subject(obj, span, sent_, verb_, hit.kind, people, main_orgs[1], orgs)
            obj = _debt_of_seller(obj, span, sent_, people, main_orgs[1])  # "sold to pay off"
            obj = _firm_people(obj, sent_, people, main_orgs[1])  # "When the firm collapsed"
            obj = _at_the_firm(obj, sent_, people, main_orgs[1])  # "a drive at the group"
            obj = owner_in_other_clause(  # "Acme has 90 jets, while the 40 orders are due"
                obj,
                counted_noun if hit.kind == "count" else reading.object_tok,
                hit.kind,
                sent_,
                people,
                orgs,
                countries.names.get(parties[0]) if countries and len(parties) == 1 else None,
            )
            obj = _work_on_before(obj, sent_, amount_toks)  # "which is building the stadium"
            obj = _on_basis(obj, span, sent_, verb_, text)
            obj = _covered_by(obj, sent_, amount_toks)
            obj = _defining_clause(obj, reading.object_tok, amount_toks)
            obj = _there_named(obj, reading.object_tok, amount_toks)  # sales there
            if "creat" in slow_ or "form" in slow_:
                obj = _created_by(obj, span, amount_toks)  # "would create a bank"
            obj = _saved_for(obj, span, amount_toks)  # "save the country £1m"
            if obj:  # "for the first six weeks", "to distil ... into", "for gifts under £200"
                obj = modifiers_kept(
                    obj,
                    span,
                    (hit.kind, unit.split()[-1] in lx.measures, comparator, period is None),
                    reading.verb,
                    extra,
                    slow_,
                    amount_toks,
                )
            if period is None and hit.start not in prior_at:
                undated_ = _undated_time(span, sent_, verb_, text)
                if undated_:
                    extra["_undated"] = undated_
                elif (yearless_ := _yearless_time(span, sent_, verb_, text)) is not None:
                    extra["_yearless"] = yearless_  # "fell 0.3% in January"
            elif period is None and (
                yearless_ := _yearless_time(span, sent_, verb_, text, seen_only=True)
            ):
                extra["_yearless"] = yearless_  # "down from the 0.2% growth seen in May"
            named_ = _aside_named(obj, hsent_, amount_toks)
            if named_ != obj and not parties:
                parties = _object_country(named_)  # "... of India's second-largest car maker"
            obj = named_
            was_ = obj
            obj, estimated_ = _estimated(obj, span)
            if estimated_:
                extra["modality"] = "forecast"
            elif (
                obj != was_
                and period is None
                and hit.start in prior_at
                and (main_ := next((a for a in reversed(same_sent) if a.period), None)) is not None
                and _base(main_) == was_
            ):
                # "growth for 2004 was 1.6%, down from an earlier estimate of 1.7%": of 2004
                period = main_.period
        if obj and span is not None and hit.kind in ("money", "percent"):
            obj = _agent_owned(obj, span)  # "dwarfed by the $204m announced by Google"
        if obj and span is not None and obj.startswith("share") and _PERSONAL.search(obj):
            obj = _name_person(obj, span)  # "share who backed his legal action"
        if span is not None:
            obj = _headline_in(hsent_, hit, text) or obj  # "Ryanair in $4bn ..."
        if (
            obj
            and span is not None
            and ("it" in obj or "their" in obj)  # (the pattern's words: no search without)
            and _ORG_PRONOUN.search(obj)
        ):
            obj = _org_pronoun(obj, span, hsent_)  # "the reports it had"
        if obj and span is not None:
            obj = _where_so(obj, span, amount_toks)  # "or £300 where people are over 80"
            tail_ = (  # "cost £5 when it opened", "36% higher than a year ago"
                _when_said(span, amount_toks) if said_in(_WHEN_WORD, hsent_, ("when",)) else None
            ) or (
                _than_then(span)
                if hit.kind == "percent"
                and "change" in extra
                and said_in(_THAN_WORD, hsent_, ("than",))
                else None
            )
            if (
                not tail_
                and hit.kind in ("percent", "money")
                and said_in(_ESTIMATE_WORD, hsent_, _ESTIMATE_STEMS)
            ):
                tail_ = _estimated_by(span)  # "the 3.1% the government estimated"
            if tail_:
                extra["_tail"] = tail_  # (added last: the passes below read the opening)
            if said_in(_FRAME_WORD, hsent_, _FRAME_STEMS):
                # "Under the settlement, Acme took a $600m charge": under that, added last
                head_ = reading.verb if reading.verb is not None else _clause_head(span[0])
                frame_ = _frame_of(span, head_, amount_toks)
                if frame_ is not None:
                    extra["_frame"] = frame_
            obj = _where_of(obj, span, amount_toks)  # "engineering, where only 10% of ..."
            if hit.kind == "count" and unit in _AREAS and obj.split(" ", 1)[0] in _AREAS:
                obj = f"land {obj.split(' ', 1)[1]}" if " " in obj else "land"  # "acres seized"
            obj = _market_of(obj, span, amount_toks)  # "and dropped by 1.2% in Amsterdam"
        if obj:
            if obj[:1].lower() in _TIME_LEAD_FIRSTS:  # (its match opens the object)
                obj = _TIME_LEAD.sub("", obj)  # "year's overspend": the time is the period's
            lead_year = _LEAD_YEAR.match(obj) if obj[:1] in ("1", "2") else None
            if lead_year and lead_year.group(1) in str(extra.get("period_text", "")):
                obj = obj[lead_year.end() :]  # "by 2019 poverty could fall": the year is when
            if "-" in obj:  # "stake in Ferrari -best known for": an aside
                obj = _DASH_TAIL.sub("", obj)
            if span is not None and hit.kind in ("money", "count") and "per" not in extra:
                sent_ = hsent_
                often = _how_often(span) if said_in(_OFTEN_WORD, sent_, _OFTEN) else None
                if often is not None:
                    extra["per"] = often  # "the £80m spent annually on the trust"
                    obj = f"{obj} per {often}"
            if (
                hit.kind == "percent"
                and _ANNUAL_BASIS.match(text, hit.end)
                and not obj.lower().startswith(("annual", "year"))
            ):
                obj = f"annual {obj}"  # "grew 0.1% in the quarter and 1.5% on an annual basis"
            head_words = _HEAD_SPLIT.split(obj, maxsplit=1)[0]
            noun_ = head_words.rsplit(" ", 1)[-1].lower()
            said = _MODAL_NOUNS.get(noun_) or (
                "target" if "target" in head_words and _TARGET.search(head_words) else None
            )
            if not said and noun_ in _ESTIMATE_HEADS and span is not None and _ahead_said(span):
                # "will cut its growth estimate from 2.2% to 1.6%": an estimate of what is to
                # come is a forecast, as "a previous estimate of 3.7%" next year is
                said = "forecast"
            if not said and not _AHEAD_WORDS.isdisjoint(head_words.lower().split(" ")[:-1][:2]):
                # "with predicted debt totalling £170bn", "the IMF forecast growth of 3%": a
                # word of the opening, before the noun
                said = "forecast"
            if said and (
                "modality" not in extra
                # "is to cut its growth forecast to 0.8%": the value is a forecast's
                or said == "forecast"
                and extra["modality"] == "target"
            ):
                extra["modality"] = said  # "the IMF's growth forecast", "its 2% target"
        if obj and hsent_ is not None and " " in obj:
            obj = verb_taken_for_noun(obj, hsent_)  # "division report profits"
        if (
            obj
            and hit.kind == "percent"
            and "change" not in extra
            and (taxed := _TAX_END.search(obj)) is not None
        ):
            # "income tax - currently 40%": the rate, not the tax (paid by whom after it)
            obj = f"{obj[: taxed.end(1)]} rate{obj[taxed.end(1) :]}"
        if obj and said_at and said_at.lower() not in obj.lower():
            at_level.append((len(out), said_at))
        if obj and span is not None and hit.start in prior_at and period is None:
            if _previous(obj, hit, out, sent_start, text):
                previous.append((len(out), sent_start))
        elif (
            obj
            and span is not None
            and hit.kind != "count"  # ("previous cars sold": a count's noun is no value)
            and _FORMERLY.match(text, sent_start)
            and not _OLD.search(obj)
        ):
            formerly.append((len(out), sent_start))  # "Previously, passengers could claim"
        _mark_speech(extra, hit, quotes, reported)
        extra["kind"] = hit.kind
        ref_ = art.ref(hit.start, hit.end)
        prev_amt = out[-1] if out else None
        measure = (
            hit.kind == "count"
            and prev_amt is not None
            and unit.split()[-1] in lx.measures
            and prev_amt.unit.split()[-1] in lx.measures
        )
        orig = (
            _converted(prev_amt, out, unit, text[prev_amt.span[1] : hit.start])
            if prev_amt is not None and (hit.kind == "money" or measure)
            else None
        )
        if orig is not None:
            # "120 hectares (300 acres)": the same measure in other units (and money the
            # reading above did not see converted: no parse); the original rules.
            obj, period, parties = orig.object, orig.period, list(orig.parties)
            comparator = orig.comparator if comparator == "=" else comparator
            extra["conversion_of"] = list(orig.span)
            for key in ("modality", "change", "per"):
                if key in orig.extra:
                    extra[key] = orig.extra[key]
                else:
                    extra.pop(key, None)
        if not parties:
            sent_ = hsent_ if span is not None else None
            parties = _parties_by_default(obj, hit, sent_, countries, text)
        # (every match holds "in " or "out ": tested before the pattern's scan of the object)
        if not parties and obj and hit.kind == "count" and ("in " in obj or "out " in obj):
            for placed_ in _OBJ_IN_PLACE.finditer(obj):
                if _names_country(placed_.group(1)) and (code_ := _kb_country(placed_.group(1))):
                    parties = [code_]  # "people found guilty of terrorist acts in UK"
                    break
        verbs.append(vlemma)
        out.append(
            Amount(
                value=plain(hit.value),
                unit=unit,
                comparator=comparator,
                text=ref_.text,
                span=ref_.span,
                raw_span=ref_.raw_span,
                object=obj,
                period=period,
                parties=parties,
                extra=extra,
            )
        )
    for k, at in previous:
        _mark_previous(out[k], at, text, _from_word(out, k, at, text))
    for k, at in formerly:
        said_ = out[k].object
        _mark_previous(out[k], at, text)
        for a in out:  # (and its conversions: "150 euros (£104)")
            if a.extra.get("conversion_of") == list(out[k].span) and a.object == said_:
                a.object = out[k].object
    for k, level in at_level:
        said = out[k].object
        for a in out:  # (and its conversions: "$671.7bn (£484bn)")
            if a is out[k] or a.extra.get("conversion_of") == list(out[k].span):
                a.object = f"{said} at {level}" if a.object == said else a.object
    for k, at in later:
        owner = next((a for a in out if a.span[0] <= at < a.span[1]), None)
        if owner is not None and out[k].object is None:
            base_ = _base(owner)
            if base_ and out[k].unit == "percent" and owner.unit != "percent":
                base_ = f"share of {base_}"  # "6% of the £22bn ministers hope to save"
            out[k].object = base_
    _share_from_to(out, text)
    _to_then_from(out, text)  # "halved to $200m from $500m"
    _change_on(out, text)  # "8% of output, an improvement on its current 2.5%"
    _part_of_them(out, text)  # "£68m in gifts, with £12m of them from big donors"
    if parsed and countries is not None:
        _firm_by_default(out, doc, sent_of, orgs, main_orgs[1], countries, said_in, text)
        _firm_only_default(out, doc, sent_of, orgs, main_orgs[1], countries, text)
    _forecast_from_to(out, text)
    _from_to_previous(out, text)
    _compared_then(out, text)
    _a_year_earlier(out, text)
    _change_to_period(out, text)
    _points_to_rate(out, text)
    _points_of_rate(out, text)  # "cut interest rates by 0.5%": points
    _period_in_object(out, text)
    _worth_and_compared(out, text)
    _from_worth_to_worth(out, text)  # "from 9,000 cases worth £80m to 7,000 cases worth"
    _comparator_restated(out, text)  # "more than £3bn - or £140 a head"
    _year_before(out, text)
    _year_after(out, text)
    _same_period_after(out, text)
    _same_object_parties(out, text)
    _previous_unit(out, text)
    _role_of_later(out, text)
    _gap_to_forecast(out, text)
    _more_than_then(out, text)  # "30% more visitors than in 2003"
    _gap_to(out, text)
    _annual_rate(out, text)
    _currency_named(out, text)  # "The rupee climbed ... The currency has gained 1%"
    _commodity_price(out)  # "US crude rose to $51.39": its price
    _headline_restated(out, text)  # "Marsh cuts 2,500 jobs" over "2,500 jobs are to go"
    _sale_sides(out, text)
    _compared_change(out, text)
    _respectively(out, text)
    _part_of_year(out)
    _currency_stripped(out, text)
    _against_currency(out, text)  # "lost 7% against the euro"
    _time_owned(out, text)  # "last year's £3.1bn total": of that time
    _dash_defined(out, text)  # "Resolution rates - the number of calls ... - are 50%"
    _payment_for_bought(out)
    _the_quarter_before(out, text)
    _year_the_sentence_is_of(out, text)
    _the_year_of_its_parts(out, text)  # "in the third quarter of 2003 and for the year"
    _that_year_before(out, text)
    _next_year_after_a_year(out, text)
    _undated_in_object(out)
    _yearless_in_object(out)
    _interest_rates(out, text)
    _cost_said(out, text)
    _figure_before(out, text)
    _fraction_restated(out, text)
    _share_restated(out, text)  # "5.2 million jobless, or 12.6% of the workforce"
    _total_named_before(out, text)  # "The 9,000 cases ... . Loans were 16% of the total"
    _whole_said_first(out, text)  # "16% of the cases, with almost 12% coming from loans"
    _poll_base(out, text)  # "52% said ..." after "YouGov polled 1,981 voters": of the voters
    _market_said_before(out)  # "with 11% of the market", after a share of oil output
    _count_not_rate(out)  # "the jobless rate is 4.8 million people": the jobless
    _rate_of_people(out)  # "Young people are hard hit with 37% out of work": a share
    _another_part(out, text)
    _whole_said_before(out, text)  # "40% of the bonds ... . Insurers have 15%": of the bonds
    _stake_in_said_before(out, text)  # "Acme's stake in Initech ... . Its stake fell to 9%"
    _told_firm_named(out, art, main_orgs[1])
    _yearless_dated_near(out, text)  # "... in 2004. A year earlier, it made £4m"
    _part_in_the_sentence_year(out, text)  # "in the quarter to June, up from ... of 2004"
    _results_period(out, art, ref)  # "saw strong fourth quarter profits ... Net profit was"
    _part_of_a_year_before(out, text)  # "... in the last three months of 2004. In the fourth
    # quarter, ..."
    _part_of_the_article_year(out, text)  # "fourth quarter sales" in a story of 2004
    _same_time_year_before(out, text)  # "... against 6.3bn kronor last year"
    _time_named_again(out, text)  # "... in May 2004. In the same month, sales rose 3%"
    if countries is not None:
        _national_base(out, countries, text)
        _economy_before(out, countries, text)  # "Japan's exports slowed. Output fell"
        _growth_of_economy_before(out)  # "The US economy grew 3.8% ... Growth was 4%"
        _same_thing_named(out, text)  # "a fall in US car sales, after a rise in car sales"
        _economy_named(out, countries)
        _public_money_home(out, countries)  # "£1.5bn on HIV/Aids", in a UK politics story
        _article_country(out, countries, text, lx)  # "a rise in spending", about Korea's cards
        _state_money_currency(out)  # "exempt from income tax below 35,000 rand": South Africa's
        _government_home(out, countries, text, doc)  # "the government will spend £9m"
        _national_measure_near(out, countries, text, _ECONOMY_TESTS, doc)  # "the 0.6% forecast"
    _sales_place_before(out, text)  # "Globex sold 9,000 cars in Asia. Sales rose 2%"
    _firm_sales_in_market(out, text)  # "US car sales fell ... Toyota's sales rose 8%"
    _run_period_before(out, text)  # "Chile's exports rose 4% in May 2004. Imports fell 2%"
    if parsed:
        _same_head_before(out, doc, text)  # "the Acme-Initech venture. ... a stake in the venture"
        _same_kind_before(out, doc, text)  # "their card spending. ... spending fell 5%"
        _owned_kind_before(out, doc, text)  # "the sale of parts. ... Acme's sales fell"
        _renamed_gap(out, doc, text)  # "the trade deficit ... 2003's imbalance of $496bn"
        _fuller_kind_named(out, doc, text)  # "Foster carers ... some carers get £50": foster
        _money_target_before(out, doc, text)  # "a bid for Initech. ... raised its offer"
        _class_noun_named(out, art, doc)  # "US carmaker Vantor ... The US firm's offer": Vantor's
        _share_of_changed(out, doc, text)  # "an increase of customers leaving, from 5% to 9%"
        _stake_dealt(out, doc)  # "Globex ... by selling an 8% stake in X": sold by it
        if "agree" in text or "consent" in text:
            _what_agreed_to(out, doc, text)  # "Nippon to agree to a price rise of 40%": by Nippon
        _we_speaker(out, art, countries, doc)  # "We will invest $2bn," said Acme's chief
        first_person_speaker(out, art, doc)  # "Six men grabbed me," said Mr Davies
        third_person_named(out, doc)  # "Jane Roe said ... the £40 a week she was owed"
        _role_referent(out, art, doc)  # "Tory leader Jane Doe ... The Edinburgh MSP earns"
        named_earlier(out, doc, text, main_orgs[1])  # "Acme's Leeds unit. ... the unit's loss"
        part_owner_named(out, art, main_orgs[1])  # "The US division made a loss": Acme's
    _short_name_told(out, art)  # "the Reserve Bank of Australia ... the Bank's target"
    if parsed:
        _short_form_owner(out, art)  # "the Duchy of Cornwall ... The duchy generated £12m"
    if parsed and "cost" in text:
        _cost_across_aside(out, doc, text)  # "to cost passengers - not airlines - £1bn"
    _restated_owner(out)  # "Smith's £9,000 settlement ... settled for £9,000 to buy a car"
    if parsed:
        _prenominal_price(out, doc)  # "The £200 handheld computers": the price of each
        if "as part of" in text:
            _part_of_kept(out, doc)  # "payments of £50 ... as part of the fuel allowance"
        if " of " in text:
            _container_doer(out, doc)  # "Acme ... It is to deploy a fleet of 5,000 vans"
        planners_named(out, doc, text)  # "Acme plans to shut 3 plants": plants Acme plans to shut
        plans_aimed(out, doc, text, lx.people)  # "The plan aims to save £86m": savings under plan
    if countries is not None:
        _region_of_story(out, countries, text, doc)  # "people on waiting list in Wales"
        _people_of_places(out, countries, text, doc)  # "residents ... vote in Edinburgh's"
        _state_owner_home(out, countries, text)  # "terms of government's offer", about Argentina
        _event_country_before(out, countries, text)  # "the Rwandan genocide. ... the genocide"
        _state_body_home(out, countries, text)  # "The Foreign Office ... 18 new embassies"
        nation_of_subject_before(out, countries, text, doc)  # "Ghana ... The country saw"
        leader_country(out, art, countries, doc)  # "Mr Yushchenko said 30 firms would be"
        nation_measure_home(out, countries, text, doc, _BLOCS)  # "raise prices by 30%", Indonesia
    if parsed:
        numbers_kept(out, hits, doc, text)  # "a report on the 20 biggest projects says costs"
        renamed_before(out, doc, text)  # "its fuel costs - a predicted £250m.", "the second"
        it_subject_named(out, doc, text)  # "Acme agreed a deal. It was made up of $5m in fees"
        passive_owner_named(out, doc, text)  # "Acme ... Only £3m was spent on marketing"
        demonstratives_named(out, doc, text)  # "a plan to freeze debts ... the plan would save"
        coordinated_mood(out, doc, text)  # "would have sales of $9bn and a fleet of 400 ships"
    polls_named(out, text)  # "a poll for the Independent on Sunday ... Labour on 39%"
    relative_years_said(out, text)  # "to 1.8% from 2.0% this year and 1.9% in 2005"
    if parsed:
        revised_figures(out, doc, text)  # "an estimate of 0.1% growth was cut to 0.3%"
        objects_filled(out, doc)  # "Mr Smith owns 28%": no amount left without an object
        owners_filled(out, doc)  # "Solidere posted profits of $12.5m": Solidere's profits
        stakes_placed(out, doc, main_orgs[1])  # "Mr Reed's stake": "Mr Reed's stake in Acme"
        bare_objects_widened(out, doc)  # "loans" -> "loans outstanding in the disaster zone"
        possessives_named(out, doc)  # "Mr Bush's spending ... his promise": Mr Bush's
        comparatives_marked(out, doc, text)  # "to invest 7.7% more": rise in investment
        peaks_of_change(out, text)  # "up 21.3% ... off the peak of 43%": peak rise
        plans_marked(out, doc, text)  # "The outline proposes cuts of 5.6%": a target
    countries_named(out)  # "country's overall deficit" of India: India's
    _tails_added(out)
    dangling_cut(out)  # "... earthquake and" -> "... earthquake"
    for a in out:
        a.extra.pop("_base", None)
        a.extra.pop("_own_figure", None)
        a.extra.pop("_whole", None)
    return out


def _those_defined(tok: Any) -> bool:
    """ "Of those asked", "Of those who voted": "those" with the clause that says who they
    are (a bare "Of these" is left: it stands for a group said before)."""
    return tok.lower_ == "those" and any(c.dep_ in ("acl", "relcl") for c in tok.children)


def _unit_is_verb(span: Any) -> bool:
    """Whether a currency word closing the amount is the clause's verb ("The team of 11 won
    the cup"): a verb with an object, or the sentence's own verb with a subject."""
    last = span[-1]
    if last.lower_ != "won" or last.pos_ != "VERB":
        return False
    deps = {c.dep_ for c in last.children}
    return "dobj" in deps or last.dep_ == "ROOT" and "nsubj" in deps


# Words a race's distance names ("the 60m hurdles", "400m runners", "10,000 metres
# champion"): the distance is the event's name, in metres, not an amount of anything.
_RACE_WORDS = frozenset(
    """hurdles race races event events final finals title titles runner runners heat heats
    relay relays record records champion champions championship sprint sprints sprinter
    sprinters freestyle backstroke breaststroke butterfly medley steeplechase dash gold
    silver bronze medal medals medallist medallists specialist specialists""".split()
)
_DISTANCE = re.compile(r"\d[\d,]*(?:m| ?metres?| ?meters?)", re.I)


def _race_distance(span: Any, text: str, hit: _Hit) -> bool:
    """Whether an amount is a race's distance: "60m" or "10,000 metres", no currency, right
    before a word of racing."""
    doc = span.doc
    k = span.end
    said = text[hit.start : hit.end].strip()
    if hit.unit is None and k < len(doc) and doc[k].lower_ in ("metres", "meters"):
        said, k = f"{said} {doc[k].lower_}", k + 1  # ("10,000 metres": a count's noun)
    if not _DISTANCE.fullmatch(said):
        return False
    while k < len(doc) and doc[k].lower_ in ("and", "or", "-", "/"):
        k += 1  # ("the 100m and 200m finals")
    return k < len(doc) and doc[k].lower_ in _RACE_WORDS


def _said_with_noun(span: Any, text: str, hit: _Hit) -> str:
    """An amount's words, with the word after a bare number ("21 Grams": a count's noun)."""
    said = text[hit.num_start : hit.end]
    doc = span.doc
    if hit.unit is None and span.end < len(doc) and any(c.isdigit() for c in said):
        said += " " + doc[span.end].text
    return said


def _title_words(span: Any, said: str) -> bool:
    """Whether an amount written in words (or a measure: "21 Grams") is part of a title:
    every word capitalised, not at its sentence's start, in a sentence written in lower
    case ("starring in Million Dollar Baby"; not a headline's "Five Million Germans Out of
    Work")."""
    words = [w for w in said.split() if w[:1].isalpha()]
    if not words or not all(w[0].isupper() for w in words):
        return False
    if any(c.isdigit() for c in said) and not all(
        w.lower() in lexicon().measures for w in words
    ):
        return False  # ("21 Grams" is a title; "500 Britons" a count of people)
    sent = span[0].sent
    if span[0].i == sent.start:
        return False
    before = span.doc[span[0].i - 1]
    if before.is_punct and before.text not in ",;-" or "\n" in before.text_with_ws:
        return False  # (an opening word the model left inside the sentence before)
    alpha = [t for t in sent if t.is_alpha]
    return sum(t.text[0].islower() for t in alpha) * 2 > len(alpha)


# The nouns of a dealing an object may name with no word of what was dealt in.
_DEALT = frozenset(("sale", "purchase", "acquisition"))


def _dealt_relative(obj: str, span: Any, skip: set[int]) -> str:
    """ "the brewer Tolmar, which it bought for £2bn": a bare "purchase" (or "sale to X")
    names what was dealt in, the noun the relative clause hangs on: "purchase of brewer
    Tolmar" ("sale of UK car maker Rover to Phoenix consortium")."""
    head, _, rest = obj.partition(" ")
    if rest.startswith("of ") or " of " in rest:
        return obj
    verb = _governing_verb(span[-1])
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "for" and before.head.dep_ == "relcl":
        verb = before.head  # ("which it sold for £10 five years ago": "£10" hung on "years")
    if verb is None or verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return obj
    if not any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children):
        return obj
    dealt = _np(verb.head, skip)
    return f"{head} of {dealt} {rest}" if rest else f"{head} of {dealt}"
