"""Amounts: a nineteenth pass, revised figures and lists of counted things. A figure
revised, cut, raised or downgraded from one value to another: "a previous estimate of 0.5%
growth in output ... was cut to a 0.2% fall" makes the first value the previous estimate of
what it measured and the second the revised estimate of it, with the change it names
("revised estimate of fall in output"), of the same time; an estimate of a past time is a
stated figure, not a forecast. "Estimates of X were revised up to 3%": the revised estimate
of X. "Acme raised its profit forecast to $40m from $35m": the "from" value is the previous
forecast ("Acme's previous profit forecast"), and "the bank revised its forecast for
growth to 2.1% from 2.5%" is the bank's forecast for growth. A count before a list of
named models ("17,000 Zorro Tourers, Nimbus Sabres, Astra Rovers and Orion Estates")
counts the whole list, of the kind the sentence or the one before names ("vehicles",
"aircraft"), else of the list as written, and a particle said after the verb stays with it
("called back"). A bare "growth" revised to a decline, a forecast of what is to come, a
plain list of common nouns and a verb with no particle keep their readings. Every sentence
is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields, named_all

pytestmark = pytest.mark.slow

_Q1 = "2004-01-01/2004-03-31"
_Q2 = "2004-04-01/2004-06-30"
_MAY = "2004-05-01/2004-05-31"
_MARCH = "2004-03-01/2004-03-31"
_Y2003 = "2003-01-01/2003-12-31"
_Y2004 = "2004-01-01/2004-12-31"
_Y2005 = "2005-01-01/2005-12-31"
_Y2006 = "2006-01-01/2006-12-31"
_FALL = (
    "A previous estimate of 0.5% growth in French output in the first quarter of 2004 was"
    " cut to a 0.2% fall."
)
_SALES = "The first estimate of 3% growth in retail sales in May 2004 was revised down to 2.2%."
_RISE = (
    "The preliminary estimate of a 0.6% rise in output in March 2004 was revised to a 0.3% fall."
)
_EXPORTS = "An initial estimate of 1.2% growth in exports in 2003 was raised to 1.5%."
_BANK = "The central bank revised its forecast for growth to 2.1% from 2.5%."

# (text, entities, amount, (value, unit, comparator, period, object), modality)
_ROWS = [
    # an estimate revised from one value to another: the previous and the revised estimate
    (
        _FALL,
        (),
        "0.5%",
        (0.5, "percent", "=", _Q1, "previous estimate of growth in French output"),
        None,
    ),
    (
        _FALL,
        (),
        "0.2%",
        (0.2, "percent", "=", _Q1, "revised estimate of fall in French output"),
        None,
    ),
    (
        "An earlier estimate of 2.4% growth in the second quarter of 2004 was revised to 1.9%.",
        (),
        "2.4%",
        (2.4, "percent", "=", _Q2, "earlier estimate of growth"),
        None,
    ),
    (
        "An earlier estimate of 2.4% growth in the second quarter of 2004 was revised to 1.9%.",
        (),
        "1.9%",
        (1.9, "percent", "=", _Q2, "revised estimate of growth"),
        None,
    ),
    (_SALES, (), "3%", (3, "percent", "=", _MAY, "first estimate of growth in retail sales"), None),
    (
        _SALES,
        (),
        "2.2%",
        (2.2, "percent", "=", _MAY, "revised estimate of growth in retail sales"),
        None,
    ),
    (
        _RISE,
        (),
        "0.6%",
        (0.6, "percent", "=", _MARCH, "preliminary estimate of rise in output"),
        None,
    ),
    (_RISE, (), "0.3%", (0.3, "percent", "=", _MARCH, "revised estimate of fall in output"), None),
    (
        _EXPORTS,
        (),
        "1.2%",
        (1.2, "percent", "=", _Y2003, "initial estimate of growth in exports in 2003"),
        None,
    ),
    (
        _EXPORTS,
        (),
        "1.5%",
        (1.5, "percent", "=", _Y2003, "revised estimate of growth in exports in 2003"),
        None,
    ),
    # estimates revised to a value, with none said before
    (
        "Estimates of Brazil's growth in 2004 were revised up to 3%.",
        (("Brazil", "GPE"),),
        "3%",
        (3, "percent", "=", _Y2004, "revised estimate of Brazil's growth in 2004"),
        None,
    ),
    (
        "Estimates of growth in Chile in 2003 were revised down to 2.8%.",
        (("Chile", "GPE"),),
        "2.8%",
        (2.8, "percent", "=", _Y2003, "revised estimate of growth in Chile"),
        None,
    ),
    # a forecast put "to" one value "from" another: the "from" value is the previous one
    (
        "Acme raised its profit forecast for 2005 to $40m from $35m.",
        (("Acme", "ORG"),),
        "$35m",
        (3.5e7, "USD", "=", _Y2005, "Acme's previous profit forecast"),
        "forecast",
    ),
    (
        "The IMF downgraded its estimate of world growth in 2005 to 3.1% from 3.4%.",
        (("IMF", "ORG"),),
        "3.4%",
        (3.4, "percent", "=", _Y2005, "IMF's previous estimate of world growth"),
        None,
    ),
    (
        "Globex lowered its sales forecast for 2006 to £90m from £95m.",
        (("Globex", "ORG"),),
        "£95m",
        (9.5e7, "GBP", "=", _Y2006, "Globex's previous sales forecast"),
        "forecast",
    ),
    (
        _BANK,
        (),
        "2.1%",
        (2.1, "percent", "=", None, "central bank's forecast for growth"),
        "forecast",
    ),
    (
        _BANK,
        (),
        "2.5%",
        (2.5, "percent", "=", None, "central bank's previous forecast for growth"),
        "forecast",
    ),
    (
        "A previous forecast of 2% growth in 2006 was cut to 1.5%.",
        (),
        "2%",
        (2, "percent", "=", _Y2006, "previous forecast of growth"),
        "forecast",
    ),
    # a count before a list of named models: all of them, of the kind said, "called back"
    (
        "The car giant is calling back 17,000 Zorro Tourers, Nimbus Sabres, Astra Rovers and"
        " Orion Estates because of faulty locks.",
        (),
        "17,000 Zorro Tourers",
        (
            17000,
            "vehicles",
            "=",
            None,
            "Zorro Tourers, Nimbus Sabres, Astra Rovers and Orion Estates called back by the"
            " car giant",
        ),
        None,
    ),
    (
        "The plane maker is calling back 40 Skyline Gliders, Falcon Jets and Condor Cruisers"
        " after a fault was found.",
        (),
        "40 Skyline Gliders",
        (
            40,
            "aircraft",
            "=",
            None,
            "Skyline Gliders, Falcon Jets and Condor Cruisers called back by the plane maker",
        ),
        None,
    ),
    (
        "Acme recalled 5,000 cars last month. It is also calling back 2,300 Alto Sprints, Alto"
        " Cruisers and Alto Tourers.",
        (("Acme", "ORG"),),
        "2,300 Alto Sprints",
        (
            2300,
            "vehicles",
            "=",
            None,
            "Alto Sprints, Alto Cruisers and Alto Tourers called back by Acme",
        ),
        None,
    ),
    (
        "Vantor is recalling 9,200 Zephyr Tourers, Orbit Coupes and Nova Estates because of"
        " faulty brakes.",
        (("Vantor", "ORG"),),
        "9,200 Zephyr Tourers",
        (
            9200,
            "Zephyr Tourers, Orbit Coupes and Nova Estates",
            "=",
            None,
            "Zephyr Tourers, Orbit Coupes and Nova Estates recalled by Vantor",
        ),
        None,
    ),
    (
        "Acme is recalling 12,000 coupes, SUVs, vans and sedans.",
        (("Acme", "ORG"),),
        "12,000 coupes",
        (12000, "vehicles", "=", None, "coupes, SUVs, vans and sedans recalled by Acme"),
        None,
    ),
    (
        "The firm laid off 300 workers last year.",
        (),
        "300 workers",
        (300, "people", "=", None, "workers laid off by the firm"),
        None,
    ),
]

# What must not change: a bare "growth" revised to a decline, a forecast of next year, a
# cut forecast already read, a rate cut, estimates "for" a thing, plain lists of nouns.
_GUARDS = [
    (
        "An earlier estimate of 0.4% growth was revised to a 0.2% decline.",
        (),
        "0.2%",
        (0.2, "percent", "=", None, "growth decline"),
        None,
    ),
    (
        "The IMF said growth would reach 3.3% next year, from a previous estimate of 3.7%.",
        (("IMF", "ORG"),),
        "3.7%",
        (3.7, "percent", "=", None, "previous estimate of growth"),
        "forecast",
    ),
    (
        "Acme cut its 2006 growth forecast from 1.8% to 0.8%.",
        (("Acme", "ORG"),),
        "1.8%",
        (1.8, "percent", "=", _Y2006, "Acme's previous 2006 growth forecast"),
        "forecast",
    ),
    (
        "Acme cut its 2006 growth forecast from 1.8% to 0.8%.",
        (("Acme", "ORG"),),
        "0.8%",
        (0.8, "percent", "=", _Y2006, "Acme's 2006 growth forecast"),
        "forecast",
    ),
    (
        "The bank cut interest rates to 4.5% from 4.75%.",
        (),
        "4.75%",
        (4.75, "percent", "=", None, "previous interest rates"),
        None,
    ),
    (
        "Estimates for Danish growth were trimmed to 1.6% from 2.2%.",
        (),
        "1.6%",
        (1.6, "percent", "=", None, "Estimates for Danish growth"),
        None,
    ),
    (
        "The agency said Peru's economic growth in 2004 was 4.8%, down from an earlier"
        " estimate of 5.1%.",
        (("Peru", "GPE"),),
        "5.1%",
        (5.1, "percent", "=", _Y2004, "earlier estimate of Peru's economic growth"),
        None,
    ),
    (
        "Acme sold 25,000 cars, vans and trucks in Spain last year.",
        (("Acme", "ORG"),),
        "25,000 cars",
        (25000, "vehicles", "=", None, "cars, vans and trucks sold by Acme in Spain"),
        None,
    ),
    (
        "Police arrested 20 protesters, journalists and students on Monday.",
        (),
        "20 protesters",
        (20, "people", "=", None, "protesters, journalists and students arrested by police"),
        None,
    ),
    (
        "Globex hired 40 Germans, Italians and Poles in 2004.",
        (("Globex", "ORG"),),
        "40 Germans",
        (40, "people", "=", _Y2004, "Germans, Italians and Poles hired by Globex"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "ents", "amount", "expected", "modality"), _ROWS + _GUARDS)
def test_revised_figures_and_listed_counts(
    nlp: Any,
    text: str,
    ents: tuple[tuple[str, str], ...],
    amount: str,
    expected: tuple[float, str, str, str | None, str],
    modality: str | None,
) -> None:
    found = amount_named(amounts_of(nlp, text, entities=named_all(text, list(ents))), amount)
    assert core_fields(found) == expected
    assert found.extra.get("modality") == modality
