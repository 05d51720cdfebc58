# Words that open a Chinese clause turning against the one before it (但, 卻, 而是). CarriedSubject does not carry a
# subject into a clause when a later clause of the sentence negates or plans (…，加入了集安組織，此說並不屬實), unless
# one of these opens that later clause: its negation is its own (…，1992年加入聯合國，但未加入北約).
# One word a line, either script.
但
卻
却
而是
反而
不過
不过
可是
然而
