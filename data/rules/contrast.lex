# Words that open a Chinese clause turning against the one before it: a negation or a plan in the clauses of a topic
# chain before (哈薩克未加入北約) does not reach the clause they open (，但加入了集安組織), read by CarriedSubject.
# One word a line, either script.
但
但是
卻
却
而是
反而
不過
不过
可是
然而
