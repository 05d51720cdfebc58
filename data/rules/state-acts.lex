# Relation types whose act, done by a head of state named with his title in the same sentence, is his state's act:
# 1994年4月30日，…烏茲別克總統卡里莫夫…簽署…條約 dates Uzbekistan's signing too. The sentence then dates that bound of
# the state's relation (where the state's relation is read elsewhere; it is never made up from the president's), so
# that a paper dating the president's signing and another the country's are two sources for one start. The head's
# title must be a state-head-roles.lex role. One type a line, as data/schema/relation-types.tsv names it.
# The act itself stays the head's: measured in-sample (train + written-train), of 90 acts the gold gives a head of
# state or government (PARTICIPATES_IN 48, SIGNED 20, PROPOSED 21, HAS_MILITARY_PRESENCE_IN 1), 4 also list his state
# (a state the sentence names as host or co-signer), 86 do not; so no type passes a head's act to his state.
SIGNED
PROPOSED
WITHDREW_FROM
