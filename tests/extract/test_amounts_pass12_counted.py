"""Amounts: a twelfth pass (issue 7), counts of people or things that said too little of
who or what they are: a fronted "for" phrase whose clause says what is true of the counted
("For 30 poor countries, more than half of their income comes from farming"); the verb's
object before an "against" or "from" the parse hung on the verb ("filed fraud charges
against three managers", "after hearing evidence from 40 charities"), with who did it;
and ("51 organisations and individuals") a list of things and people the number counts
all of (since pass 14; it counted the first noun only before). Every sentence is written
by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a fronted "for" phrase: the clause after its comma says what holds for them
        (
            "For 30 poor countries, more than half of their income comes from farming.",
            "30 poor countries",
            "poor countries for which more than half of income comes from farming",
        ),
        (
            "For many of the 200 families, the new rules mean higher rents.",
            "200 families",
            "families for whom new rules mean higher rents",
        ),
        (
            "For 5,000 pensioners, the change will bring a cut in income.",
            "5,000 pensioners",
            "pensioners for whom change will bring cut in income",
        ),
        # (not a clause whose pronoun would be left unresolved)
        (
            "For 3,000 workers at the plant, it means the end of their jobs.",
            "3,000 workers",
            "workers at plant",
        ),
        # a "their" whose nearest plural noun is the counted's own: theirs, not the subject's
        (
            "Officials told 50 families to leave their homes.",
            "50 families",
            "families told to leave their homes",
        ),
        (
            "Acme urged 40 suppliers to cut their prices.",
            "40 suppliers",
            "suppliers urged to cut their prices",
        ),
        # a verb whose model lemma does not give the word back ("fined": "fin")
        (
            "The regulator fined 12 banks for rigging interest rates.",
            "12 banks",
            "banks fined for rigging interest rates by the regulator",
        ),
        # the verb's object before an "against" or "from" hung on the verb, and its doer
        (
            "Prosecutors filed fraud charges against three senior managers of the airline.",
            "three senior managers",
            "fraud charges filed against senior managers of airline by prosecutors",
        ),
        (
            "The SEC said it had brought fraud charges against two former executives of the fund.",
            "two former executives",
            # pass 15: the organisation that says "it" did it is the doer, as with entities
            "fraud charges brought against former executives of fund by SEC",
        ),
        (
            "The city council brought legal action against 25 landlords.",
            "25 landlords",
            "legal action brought against landlords by city council",
        ),
        (
            "The panel made ten proposals after taking evidence from 35 trusts and farmers.",
            "35 trusts",
            "trusts and farmers from which evidence was taken by panel",
        ),
        # (not where a level moved from)
        (
            "The firm cut its staff from 5,000 workers to 4,200.",
            "5,000 workers",
            "the firm's staff",
        ),
        # a person noun listed after a noun of things: the number counts them all (pass 14;
        # it counted its own noun only before)
        (
            "The committee issued its report after hearing evidence from 40 charities and "
            "individuals.",
            "40 charities",
            "charities and individuals from which evidence was heard by committee",
        ),
        (
            "The mayor said 12 shops and residents had complained.",
            "12 shops",
            "shops and residents complained",
        ),
        (
            "The review took submissions from 60 councils and residents.",
            "60 councils",
            "submissions from councils and residents",
        ),
        # (not nouns of one kind: the number counts them all)
        (
            "An estimated 4,000 girls and women were treated at the clinic.",
            "4,000 girls",
            "girls and women treated at clinic",
        ),
        (
            "About 30 schools and colleges closed for the day.",
            "30 schools",
            "schools and colleges closed",
        ),
    ],
)
def test_who_the_counted_are(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
