"""Amounts: a twelfth pass, the target a money noun takes from the sentence before. An
offer, bid, charge, payment, fine or grant in the object with no target or purpose of its
own takes the "for" phrase (a takeover's "of", or the subject of "the target of a bid") of
the one mention of a noun of its family (offer, bid, takeover; charge, provision; payment,
settlement; fine, penalty; grant, funding) in the one or two sentences before; not when two
mentions have different targets, when the mention is another firm's, when it is further
back, when the noun only modifies another ("offer price"), or when its "for" is a time
or a reason. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a bid's target, for the offer raised after it
        (
            "Brightwell Mining has made a takeover bid for Corran Metals. Corran's board"
            " rejected the offer. Brightwell then raised its offer to $4.2bn on Friday.",
            "$4.2bn",
            "Brightwell's offer for Corran Metals",
        ),
        (
            "Drax Capital's bid for Wenlow Homes was rejected. Drax raised its offer to 320p"
            " a share.",
            "320p",
            "Drax's offer for Wenlow Homes per share",
        ),
        (
            "Tarrow Group made an offer for Pelham Retail in May. Pelham shares rose 5% on"
            " Monday. The offer values Pelham at £900m.",
            "£900m",
            "offer for Pelham Retail",
        ),
        # the firm that is "the target of" a bid
        (
            "Fenwick Shipping is the target of a hostile takeover bid. Its board is fighting"
            " an offer of $700m from Harlan Lines.",
            "$700m",
            "offer for Fenwick Shipping fought by its board",
        ),
        # a payment, a grant, a charge after a provision
        (
            "The watchdog is examining a payment for the Halden refinery. Officials said the"
            " payment of $80m was agreed in March.",
            "$80m",
            "payment for Halden refinery agreed in March",
        ),
        (
            "The council agreed a grant for the new library last year. The grant of £2m will"
            " be paid in June.",
            "£2m",
            "grant for new library paid in June",
        ),
        (
            "Kestrel Bank set aside a provision for mis-selling claims. The bank booked a"
            " charge of £300m in the third quarter.",
            "£300m",
            "Kestrel Bank's charge for mis-selling claims in third quarter",
        ),
        (
            "The government announced funding for rural schools. The funding of £40m will be"
            " spread over three years.",
            "£40m",
            "funding for rural schools spread over years",
        ),
        # (not a noun that only says which price)
        (
            "Brightwell Mining has made a takeover bid for Corran Metals. Corran shares jumped"
            " above the offer price of 450p.",
            "450p",
            "offer price",
        ),
        # (not with two offers for different firms before)
        (
            "Vantage Air is considering an offer for Skyline. Meanwhile, Orbis launched a bid"
            " for Delmar. Analysts said an offer of $2bn would be fair.",
            "$2bn",
            "offer",
        ),
        # (not a mention far back, in another paragraph)
        (
            "Lunar Telecom made an offer for Sable Networks in 2001. The firm has since grown"
            " fast. Its sales rose last year. Sable now has a new owner. Rival Castor made an"
            " offer of $3bn.",
            "$3bn",
            "Rival Castor's offer",
        ),
        # (not another firm's offer)
        (
            "Drax Capital's bid for Wenlow Homes was rejected. Garton Estates then made an"
            " offer of 340p a share.",
            "340p",
            "offer per share",
        ),
        # (not a "for" of time or of reason)
        (
            "Hollin Motors is paying a fine for six months. The fine of £5m has angered"
            " shareholders.",
            "£5m",
            "fine",
        ),
        (
            "Merrow Foods asked for a grant for this reason. A grant of £40,000 was approved.",
            "£40,000",
            "grant",
        ),
    ],
)
def test_the_target_before(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
