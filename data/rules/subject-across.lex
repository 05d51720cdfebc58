# Relation types whose subject a rule may read in an earlier clause than its trigger whatever that clause says of
# its own subject (RuleEngine.subjectReaches checks the others: a subject taken from another clause must be the topic
# the trigger's clause carries). One type a line.
# BORDERS and LOCATED_IN describe geography: a state's neighbours are listed clause by clause, each opened by a
# direction word the tagger reads as the clause's own subject (土庫曼北鄰哈薩克，南與伊朗接壤，西臨裏海).
BORDERS
LOCATED_IN
