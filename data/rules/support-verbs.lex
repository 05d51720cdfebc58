# Support verbs of the dependency-path reader (paths.tsv): a verb whose object is a trigger noun and whose subject is
# the one who acts (Washington imposed sanctions on Moscow; China extended loans to Dushanbe; Russia keeps troops in
# Tajikistan). Only through these does a path read a noun trigger's subject off its verb; any other verb (discussed
# Iran's membership, guard the border, criticised the sanctions) says something about the act, not the act.
# Lemmas, one a line.
impose
adopt
introduce
extend
provide
give
grant
offer
keep
maintain
have
hold
station
deploy
send
open
establish
build
sign
conclude
receive
get
obtain
accept
secure
win
announce
complete
apply
seek
# a trigger noun that is the subject of one of these has what the verb takes as its own (the SCO's members include
# India; its largest creditor remains China)
include
comprise
number
remain
