# Words that mark a sentence's opening phrase as naming a new topic (對歐關係方面，…; as for …; что касается …):
# the paragraph's last date was told of the topic before, so it dates no act this sentence tells without a date of
# its own (1999年，「亞信會議」…召開首次外長會議。對歐關係方面，…納札爾巴耶夫簽署了「…條約」: no signing in 1999).
# Read at the end of the sentence's first clause (關係方面) or at the sentence's start (至於, as for). Plain words,
# Traditional or Simplified; _ for a space.
# relations with a party as the topic (對歐關係方面，在與俄羅斯的關係方面，); not a bare 方面, which also ends 一方面,
# 另一方面 (a continuation) and 在這方面 (in this respect: the same topic)
關係方面
至於
至于
as_for
as_to
turning_to
что_касается
