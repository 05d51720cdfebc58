# Verbs whose infinitive or predicate complement (xcomp in the English parse) states a fact: "became a member",
# "remains an observer", "managed to join", "was elected president". Under any other verb ("wanted to station",
# "decided to join", "agreed to lease", "hopes to sign") a verb frame reads the complement as an intent, not a fact.
# One word form a line (the parse keeps words, not lemmas), plain words only.
become
became
becomes
becoming
remain
remained
remains
remaining
managed
manages
began
begun
begins
started
starts
continued
careful
continues
continue
went
chose
helped
proceeded
got
was
is
were
are
been
be
stayed
stays
elected
appointed
named
