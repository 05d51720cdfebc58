# Verbs of one actor's stance toward another actor's act, read after a negation (Scope.stanceEnd): when an actor stands
# before the negation and the relation's subject only after the verb, the negation is the first actor's stance and the
# act it names stays stated (Казахстан и Киргизия не поддержали ответные санкции Москвы против Запада; Kazakhstan did not
# join the Western sanctions against Russia; 哈薩克沒有跟進西方對俄羅斯的制裁). Plain words, whole words in Latin and
# Cyrillic script. 支持 is left out: it takes a verb phrase as often as a noun (哈薩克不支持美國在吉爾吉斯駐軍: a stationing
# that need not exist).
support
supported
supports
back
backed
join
joined
joins
follow
followed
recognise
recognised
recognize
recognized
recognises
recognizes
endorse
endorsed
поддержал
поддержала
поддержали
поддерживает
поддерживают
поддерживал
поддерживала
поддерживали
присоединился
присоединилась
присоединились
присоединяется
присоединяются
признал
признала
признали
признаёт
признает
признают
последовал
последовала
последовали
跟進
追隨
跟隨
效仿
承認
響應
配合
