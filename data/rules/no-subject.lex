# Words that open a Chinese clause before its verb without being its subject: discourse and adverbial nouns that
# CoreNLP tags as nouns (NN, NT). CarriedSubject reads past them as it reads past an adverb, so 哈薩克於1992年加入聯合國，
# 此外加入… still carries the topic; a real noun subject (經濟快速成長，…) still ends it.
# One word a line, either script.
一方面
另一方面
此外
另外
同時
同时
其中
集體
集体
與此同時
与此同时
隨後
随后
此後
此后
之後
之后
其後
其后
最終
最终
目前
當前
当前
如今
# the year or month of the clause before, which the tagger cuts in two (同/DT 年/M): a time, no subject
# (烏茲別克退出集安組織，同年加入古阿姆)
同年
同月
當年
当年
翌年
次年
隔年
