# Phrases that hold a negation word but state the fact (false negation), or hold one that negates something else.
# They are masked before negation.lex is looked for.
# 不得不加入 (had no choice but to join: joined); 不可避免地; 不僅…也 / not only … but also; 前所未見的經濟制裁
# (unprecedented sanctions); 未來 (the future); 無不; 非常 (very); did not hesitate to sign
不得不
不可避免
無可避免
不僅
不只
不但
不光
前所未見
前所未有
未來
未曾間斷
非常
非正式
# non-alignment named as a policy, a noun, not a negated verb (沿襲了不結盟路線：烏茲別克…退出集安組織)
不結盟路線
不結盟政策
不結盟運動
不結盟立場
不結盟原則
不結盟國家
並非只
無不
莫不
not_only
not_just
did_not_hesitate
didn't_hesitate
no_doubt
не_только
не_случайно
не_раз
не_менее
не_более
не_позднее
не_ранее
не_могла_не
не_мог_не
не_могли_не
не_смогла_не
не_смог_не
не_смогли_не
как_бы_то_ни_было
не_зря
not_alone
# talks held on the sidelines of a meeting are no talks on an act (talks_on in modality.lex)
talks_on_the_sidelines
# a comparison that tells two things apart negates neither (Manas should not be confused with the Kant air base, which
# Russia operates); not least, not surprisingly: an aside
should_not_be_confused
must_not_be_confused
should_not_be_mistaken
must_not_be_mistaken
not_be_confused
not_to_be_confused
not_be_mistaken
not_to_be_mistaken
not_least
not_surprisingly
not_unexpectedly
# a comparison or a time, not a denied object (signed no fewer than ten agreements, joined no later than 2015)
no_fewer_than
no_less_than
no_more_than
no_later_than
no_earlier_than
no_sooner
# a rumour denied or defied is no hedge (Вопреки слухам, Казахстан подписал…; Опровергая слухи, …): masked before
# reported.lex is looked for in the clause before the trigger
вопреки_слухам
опровергая_слухи
опровергнув_слухи
опроверг_слухи
опровергла_слухи
опровергли_слухи
опровергает_слухи
опровергают_слухи
懸而未決
