# A relation in a sentence that cites one of these sources before its trigger (in any clause) is somebody's claim, kept
# apart with status "reported": an unconfirmed report, foreign media, a rumour the source does not vouch for. A plain
# attribution to a record (據統計, according to the ministry) is not here: it states the fact.
據外媒報導
據外媒報道
据外媒报道
外媒報導稱
外媒报道称
據外電報導
媒體報導
有媒體稱
有媒體指出
媒體報道
媒体报道
未經證實
未经证实
unconfirmed_reports
according_to_unconfirmed
reportedly
purportedly
по_неподтверждённым_данным
по_неподтвержденным_данным
по_непроверенным_данным
по_данным_западных
по_данным_иностранных
по_сообщениям_западных
# media as the source, unnamed (по данным СМИ, Китай разместил военных в Таджикистане), as 媒體報導 is
по_данным_сми
по_сообщениям_сми
по_информации_сми
# an unnamed source (有消息指出，中國向塔吉克提供了軍事援助; 有報導稱; 消息人士透露)
有消息指出
有消息稱
有消息說
有報導稱
有報道稱
有報導指出
有報道指出
消息人士稱
消息人士透露
# reports or rumours of the relation itself (the reports of a Chinese security presence in Tajikistan; слухи о базе)
reports_of
rumours_of
rumors_of
speculation_about
слухи_о
слухов_о
# as is reported, the Russian reportedly (Как сообщается, Китай оказал Таджикистану военную помощь)
как_сообщается
