# Words that open a list of examples after a list head (several countries, including Iran and Iraq):
# the list stands for the head. A colon or a dash after a head or a verb is read the same way
# without a lexicon. Not here: except, кроме, 除: what they list is left out.
including
such_as
like
namely
включая
в_том_числе
такие_как
таких_как
таким_как
такими_как
а_именно
包括
诸如
例如
比如
如
among_them
among_whom
among_which
среди_них
среди_которых
