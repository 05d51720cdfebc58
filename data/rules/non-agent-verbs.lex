# Verbs whose subject is not the agent of the act their object noun names. A frame slot written ^ (read from the
# dependents of the verb that governs a noun trigger: Washington imposed "sanctions" on Iran; China extended "loans"
# to Kyrgyzstan; Russia maintains the Kant air "base") takes nothing from a verb listed here: Russia criticised
# Chinese loans to Tajikistan lends nothing (the Chinese modifier still reads China); Moscow criticised the Manas air
# base keeps no base; Turkmenistan repaid its loans to China; the EU is debating sanctions against Belarus.
# One verb lemma a line (criticise covers criticize, analyse analyze), plain words only. A verb that may state the
# act itself (impose, extend, keep, maintain, provide, use, lift) does not belong here.
# judging it
criticise
condemn
denounce
decry
deplore
slam
protest
oppose
resist
reject
dispute
challenge
contest
question
doubt
praise
hail
welcome
applaud
commend
endorse
# talking or thinking about it
discuss
debate
mention
consider
weigh
mull
study
review
examine
analyse
assess
evaluate
investigate
monitor
fear
# asking for it, offering it
seek
request
propose
threaten
# being on the other side of it
receive
accept
decline
refuse
repay
owe
evade
circumvent
violate
breach
# leaving it: a state that left, vacated or closed a base keeps none (Germany left the Termez air base in 2015; the
# gold reads a departure alone as an ended presence, a trap); or returned it to its host (the United States returned the
# Karshi-Khanabad base to Uzbekistan; handed the Manas base back to Kyrgyzstan)
leave
return
hand
vacate
abandon
quit
evacuate
withdraw
close
shut
dismantle
