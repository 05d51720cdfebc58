# A title with one of these in its clause held at the date the sentence tells, wherever in the sentence that date
# stands: 時任總統□ (the president of the time), 1999年12月再次修憲，規定現任總統□. The statement is then an EVENT of the
# office at that date (現任 is also time-observed.lex's, and observes it at the time of writing too). Types dated by
# their own act (SIGNED, PROPOSED) ignore these: 現任總統□簽署 is dated by the signing.
時任
現任
當時的總統
then-president
incumbent
действующий
