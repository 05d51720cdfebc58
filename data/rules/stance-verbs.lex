# Verbs of one actor's stance toward another actor's act, read after a negation (Scope.stanceEnd): when an actor stands
# before the negation and the relation's subject only after the verb, the negation is the first actor's stance and the
# act it names stays stated (Казахстан и Киргизия не присоединились к санкциям Москвы против Запада; Kazakhstan did not
# join the Western sanctions against Russia; 哈薩克沒有跟進西方對俄羅斯的制裁). Plain words, whole words in Latin and
# Cyrillic script. Only joining and following: support, recognise, endorse (支持, 承認, 響應, 配合; поддержать,
# признать) take a proposal, an idea, a claim or a request as often as an act (Казахстан не поддержал идею санкций ЕС
# против Ирана; Kyrgyzstan did not support the American proposal to station troops in Tajikistan; did not recognise
# China's claim that it leases a base): with them, the act would be read as stated where it is only proposed or claimed.
join
joined
joins
follow
followed
присоединился
присоединилась
присоединились
присоединяется
присоединяются
последовал
последовала
последовали
跟進
追隨
跟隨
效仿
