# Nouns for a standing state (a membership, a lease, a base) whose possessive states it as a fact whatever the verb
# it is an argument of says: "would be incompatible with Armenia's membership of the EAEU", "could jeopardise
# Russia's lease of Baikonur". A frame whose trigger is one of these nouns, with an actor as its possessive
# (nmod:poss) and the phrase an argument of a predicate (obj, obl, nsubj, not a modifier of another noun: "talks on
# Armenia's membership" stay talks), reads negation and modality only inside the noun's own phrase ("Armenia's
# possible membership" is still possible). Acts (accession, deployment, withdrawal) are not states: "would welcome
# Uzbekistan's accession" says it has not happened. One word form a line.
membership
lease
presence
base
bases
partnership
border
