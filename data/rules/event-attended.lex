# Participation verbs that close a Chinese clause with no object of their own (CarriedEvent): the event the clause before
# holds is their object (峰會在比什凱克登場，各國元首全數出席). Either script; plain words, one a line.
出席
與會
列席
參加
參與
參演
參訓
同場參演
到場
赴會
派兵參加
派員參加
派團參加
