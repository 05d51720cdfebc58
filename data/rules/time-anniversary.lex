# A clause with one of these tells an anniversary: the year it gives is the anniversary's. Read for a relation told
# in another clause of the sentence (哈薩克是歐亞經濟聯盟的創始成員國，該聯盟於2025年成立十週年; the SCO marked its
# twentieth anniversary in 2021, and Uzbekistan is one of its founders), that year shows the relation held then and
# is no start of it. A signing or another act the anniversary's clause dates keeps that date as its own.
週年
周年
紀念日
anniversary
anniversaries
turned_five
turned_ten
turned_fifteen
turned_twenty
turned_twenty-five
turned_thirty
turned_forty
turned_fifty
годовщина
годовщину
годовщины
годовщине
годовщиной
юбилей
юбилея
юбилею
юбилеем
юбилее
летие
летия
летию
летием
десятилетие
десятилетия
десятилетию
десятилетием
двадцатилетие
двадцатилетия
двадцатилетию
двадцатилетием
тридцатилетие
тридцатилетия
тридцатилетию
тридцатилетием
