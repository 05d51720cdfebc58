# Nouns that, as the direct object of a frame's verb trigger, make the verb a figure of speech: Russia lent its
# support to Kazakhstan, Moscow lent weight to the talks (no loan: en_lend). A verb frame whose trigger has one of these
# as its object reads nothing. One word a line, plain words only.
support
weight
voice
name
credence
credibility
legitimacy
hand
ear
impetus
momentum
backing
