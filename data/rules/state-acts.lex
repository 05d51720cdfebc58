# Relation types whose act, done by a head of state named with his title in the same sentence, is his state's act:
# 1994年4月30日，…烏茲別克總統卡里莫夫…簽署…條約 dates Uzbekistan's signing too. The sentence then dates that bound of
# the state's relation (where the state's relation is read elsewhere; it is never made up from the president's), so
# that a paper dating the president's signing and another the country's are two sources for one start. The head's
# title must be a state-head-roles.lex role. One type a line, as data/schema/relation-types.tsv names it.
SIGNED
PROPOSED
WITHDREW_FROM
