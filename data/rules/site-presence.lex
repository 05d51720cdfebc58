# Relation types whose holding at a site (a base, a test site: a gazetteer facility) shows that it holds in the
# country the site lies in (the facility's partOf, when that is a country): Russia's presence at the Kant air base,
# opened 2003-10-23, is a presence in Kyrgyzstan from then (train's as-of gold reads Kant's opening as the start of
# Russia's presence in Kyrgyzstan). The site's start, events and observations date the country's relation; its end
# does not (a base closed is no withdrawal from the country). Only where the country's relation is read elsewhere:
# it is never made up from the site's.
# One type a line, as data/schema/relation-types.tsv names it.
HAS_MILITARY_PRESENCE_IN
