# A relation whose trigger has one of these before it, in its own clause, is somebody's claim or allegation, not a
# statement of the source: kept apart as a claim with status "reported" (the act of claiming is recorded, not the
# relation). A plain attribution of a fact (據報導, according to) is not here: it states the fact.
聲稱
宣稱
指控
指責
謠傳
傳言
claimed
claims
alleged
allegedly
accused
rumoured
rumored
утверждает
утверждают
обвинил
обвинила
обвиняет
якобы
утверждал
утверждала
утверждали
обвинили
обвиняют
по_утверждению
# the content of reports or allegations, a noun phrase the sentence does not vouch for (the reports of a Chinese
# security presence in Tajikistan have drawn attention; allegations that Russia used the base)
reports_of
reports_that
allegations_of
allegations_that
rumours_of
rumors_of
# talk of an act is hearsay (Talk of Russia deploying troops in Turkmenistan proved unfounded)
talk_of
# a rumour, not a report (據報導 states the fact): 據傳印度曾租用艾尼空軍基地
據傳
傳聞
# a denial reaches the clause it introduces (Москва отрицает, что разместила войска …): the denied act is a claim
отрицает
отрицают
отрицал
отрицала
отрицали
опровергает
опровергают
опроверг
опровергла
опровергли
# allegedly (據稱俄羅斯已在當地部署部隊)
據稱
據說
# guesses, suspicions and accusations are claims too (外界猜測中國在塔吉克駐軍, 中國被指在塔吉克駐軍, 疑似); not 懷疑, whose
# object is often a noun (各界多懷疑美國出兵伊拉克動機: the war is stated)
猜測
揣測
臆測
被指
被指控
被指稱
指稱
疑似
涉嫌
# a rumour that has surfaced (外界傳出土庫曼斯坦將加入…)
傳出
# rumours, suspicion and hearsay before the act (not the bare noun: Dismissing the rumours, Kazakhstan signed… states
# the signing) (Rumours spread that Turkmenistan had signed the convention; Ходили слухи,
# что Туркмения подписала конвенцию; Russia is believed to have supplied arms; 據信中國曾向塔吉克提供武器)
rumours_spread
rumors_spread
rumours_circulated
rumors_circulated
слухи
слухам
предположительно
suspected
is_believed_to
was_believed_to
are_believed_to
were_believed_to
is_said_to
was_said_to
are_said_to
were_said_to
is_thought_to
was_thought_to
據信
