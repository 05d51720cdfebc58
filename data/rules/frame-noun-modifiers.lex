# Modifiers that make a frame's noun trigger (member, partner, ally, observer, base) no relation that holds: a former
# member is none now, a would-be or candidate member none yet (As a former EAEU member, Armenia …; Serbia, a
# prospective partner of the bloc, …). A noun trigger with one of these as its own adjective or compound modifier reads
# nothing, as the pattern rules' NOTAFTER(former_|would-be_ …) do. Not a title (HEAD_OF): a former president's office
# is read as ended (time-former.tsv). One word a line, plain words only.
former
erstwhile
one-time
onetime
would-be
prospective
aspiring
candidate
potential
future
