# The relation types FrontedBody reads with a body, treaty or initiative carried from the head of a Chinese sentence
# into the clauses that join, leave or take part in it (README, "A body at the head of the sentence"); an initiative's
# copy is read for PARTICIPATES_IN only, a body's or a treaty's for the others.
MEMBER_OF
WITHDREW_FROM
SIGNED
PARTICIPATES_IN
