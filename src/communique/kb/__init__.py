"""Knowledge base: countries (ISO alpha-3, names, adjectives, capitals), organisations and
office holders with term dates, CAMEO country codes and role -> sector words.

    kb = KnowledgeBase.load(settings)        # shipped data/kb/ plus settings [kb] paths
    kb.country("the U.S.").code              # "USA"
    kb.country_by_adjective("Chinese").code  # "CHN"
    kb.capital("Moscow").code                # "RUS"
    kb.organisation("NATO").sector           # "IGO"
    kb.people("Lavrov", on=date(2020, 1, 1)) # terms in office on that date first
    kb.holders("President of the United States", on=date(2019, 6, 1))
    kb.cameo_country("JAP")                  # "JPN"
    kb.sector_of_role("army general")        # "MIL"

Instances are cached per process (read-only); see data/kb/README.md for the file formats.
"""

from communique.kb.base import KnowledgeBase
from communique.kb.model import Country, OfficeHolder, Organisation

__all__ = ["Country", "KnowledgeBase", "OfficeHolder", "Organisation"]
