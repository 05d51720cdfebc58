# A relation whose trigger has one of these before it, in its own clause, is hypothetical, planned, expected or
# demanded: kept apart as a claim, never a fact. Plain words only (see negation.lex for the scope).
# 俄羅斯要求前蘇聯加盟共和國都加入獨立國協; 托卡耶夫請求集安組織派兵; 謀求加入; 預計; 可能; 考慮; 擬 (at another's request, 應X要求,
# is no modal of the act that follows: Scope.modalScope)
# 邀請七個前東歐共產國家…加盟北約 (invited, not yet joined); 中國有興趣投資阿富汗; 俄羅斯與中國將加強合作
# 美國威脅對伊朗實施制裁 / 揚言退出 (a threat, not the act); 塔吉克可望於明年加入世界貿易組織 (expected)
# A month that is also a modal verb ("May 2015") is not modality: dates are masked before the words are looked for.
# deontic: what an actor should or must do is no fact (美國應該加強對烏茲別克的援助; 根據條約，俄羅斯必須協防亞美尼亞);
# not 應 alone (供應, 因應) nor 需要 (基於反恐需要)
應該
應當
理應
必須
務必
亟需
謀求
計畫加入
計劃加入
計畫重返
計劃重返
預計
可能
# not ruling out an act somewhere or to come is a possibility, not the act (俄羅斯不排除在□部署部隊); not 不排除 alone,
# which also takes a motive or reason of an act done (不排除美國出兵□的動機還有…)
不排除在
不排除將
不排除會
不排除未來
考慮
擬
希望
尋求
申請
有意
打算
準備
爭取
試圖
企圖
將會
或將
有望
意圖
要求
請求
呼籲
建議
若
如果
一旦
倘若
要是
假如
邀請
有興趣
將加強
將深化
將擴大
勢必
可望
威脅
揚言
恫嚇
警告將
候選
plan
plans
planned
planning
may
might
could
would
should
consider
considers
considering
considered
seek
seeks
sought
intend
intends
intended
expected
expects
hope
hopes
hoped
aim
aims
aimed
if
unless
threaten
threatens
threatened
threat
applied_to
apply_to
applies_to
application_to
invited_to
candidate
could_join
может
могут
мог_бы
планирует
планируют
планировал
намерен
намерена
намерены
собирается
хочет
хотят
подал_заявку
подала_заявку
заявку_на
если
угрожает
угрожают
угрожал
угрожала
угрожали
пригрозил
пригрозила
пригрозили
пригрозило
# future and pledges: 該組織將向哈國派遣, 承諾向吉爾吉斯提供貸款, Kazakhstan will join
將向
將在
將於
將與
將對
將針對
承諾
允諾
答應
應允
提議
主張
啟動加入
will
pledged
promised
pledges
promises
обещал
обещала
пообещал
обещали
пообещала
пообещали
# a promise received or given is no aid given yet (получил от ОДКБ обещания помощи)
обещание
обещания
обещаний
обещанием
обещаниями
# … and in English (Russia's promise of aid to Tajikistan has not been fulfilled; a pledge of loans to Kyrgyzstan; an
# offer of aid): the noun names an act not yet done; the noun with "of", since a promise kept is an act done (Russia
# kept its promise and provided military aid to Tajikistan)
promise_of
pledge_of
offer_of
# … and an act that was to be done (Russian troops were to be stationed in Uzbekistan, but the plan collapsed): planned,
# not done
was_to_be
were_to_be
могла
могли
сможет
смогут
планировала
планировали
намеревается
намереваются
рассчитывает
стремится
стремятся
рассматривает
рассматривают
возможно
готова
готов
готовы
# readiness as a noun (заявил о готовности ввести санкции; выразил готовность направить войска): not done; not the
# instrumental готовностью, mostly с готовностью (readily), an act done
готовность
готовности
собираются
хотела
намерено
намерении
намерение
желание
желании
хотел
хотели
надеется
надеются
планируется
предполагается
ожидается
# an interest in, a push for or designs on an act named as a noun (Россия заинтересована в размещении базы; Китай
# выступает за размещение; добивается размещения; проявил интерес к созданию базы; имеет виды на базу, имеет планы создать)
заинтересован
заинтересована
заинтересованы
заинтересовано
заинтересованность
заинтересованности
добивается
добиваются
добивался
добивалась
добивались
выступает_за
выступают_за
выступал_за
выступала_за
выступали_за
интерес_к
интереса_к
виды_на
планы
должен
должна
должно
должны
переговоры_о
обсуждает
обсуждают
обсуждается
изучает
изучают
пригласил
пригласила
пригласили
# Россия предложила Узбекистану вступить в ЕАЭС; Москва призывает Ташкент вернуться в ОДКБ (a proposal or a call to act:
# neither the proposer nor the one asked has acted)
предложил
предложила
предложили
предлагает
предлагают
призвал
призвала
призвали
призывает
призывают
уговаривает
уговаривают
приглашение
кандидатом
кандидат
заявка
заявки
планах
угроза
угрозы
угрозу
угрозой
угрозе
мог
вступит
вступят
станет
станут
подпишет
подпишут
разместит
разместят
введёт
введет
введут
присоединится
присоединятся
войдёт
войдет
войдут
заключит
заключат
выйдет
выйдут
откроет
откроют
предоставит
предоставят
выделит
выделят
# whether, a plan before the act, potential, invited: 歐盟正在討論是否向烏茲別克提供援助 (not 能否: whether one can
# do something need not put the relation in question) /
# 日本原計畫向塔吉克提供經濟援助 / 俄羅斯計畫在吉爾吉斯增設軍事基地 / 視哈薩克為潛在的戰略夥伴 / 蒙古雖受邀加入
原計畫
是否
原計劃
曾計畫
曾計劃
計畫在
計劃在
計畫向
計劃向
# … and a plan to act through a body or channel (日本計畫透過亞洲開發銀行向塔吉克提供援助: the body stands between the plan
# and 向, so 計畫向 is not there to read)
計畫透過
計劃透過
計畫通過
計劃通過
計畫經由
計劃經由
計畫藉由
計劃藉由
計畫簽署
計劃簽署
# a plan to sign a founding treaty (計劃簽約成立…: 約 is the agreement's placeholder, so the cue stops at 簽)
計畫簽
計劃簽
計畫與
計劃與
# … and a plan to act together with another (土庫曼計畫一道加入; the co-agent view of 計畫與塔吉克一道加入 drops 與塔吉克)
計畫一道
計劃一道
計畫一同
計劃一同
計畫一起
計劃一起
計畫共同
計劃共同
計畫聯手
計劃聯手
計畫攜手
計劃攜手
# a plan to found a body (哈薩克與俄、白兩國計畫組成關稅同盟, 計劃成立自由貿易區)
計畫組成
計劃組成
計畫成立
計劃成立
計畫建立
計劃建立
計畫創立
計劃創立
# a plan to take part or to attend (塔吉克軍隊計劃參演「和平使命」; 計畫出席峰會)
計畫參
計劃參
計畫出席
計劃出席
# a plan for next year before the verb (烏茲別克計劃明年加入「中間走廊」)
計劃明年
計畫明年
擬於明年
討論簽署
潛在
受邀
# 將 right before a verb is a future (哈薩克將加入, 兩國將簽署); before a noun it marks the object (將軍隊部署在, 將條約升格),
# so it is listed with the verbs of the relations, not alone; 即將 and 將要 are futures wherever they stand
將加入
將成為
將簽署
將簽訂
將部署
# 將派 before any unit or delegation sent (將派代表團參加, 將派兵參演)
將派
將派遣
將派駐
將提供
將租用
將退出
將出席
將參加
將參與
將參演
將出兵
將派兵
# … and entering or stationing (土耳其維和部隊將進駐亞塞拜然)
將進駐
將駐紮
將增派
將增兵
將接任
將出任
即將
將要
# 計劃/計畫 before a verb is a plan (印度計劃部署); alone it is also a noun (和平夥伴關係計劃), so it is listed with verbs
計劃部署
計畫部署
計劃派遣
計畫派遣
計劃派駐
計畫派駐
計劃租用
計畫租用
計劃使用
計畫使用
計劃利用
計畫利用
計劃借用
計畫借用
計劃進駐
計畫進駐
計劃接管
計畫接管
計劃提供
計畫提供
計劃設立
計畫設立
計劃成為
計畫成為
計劃參加
計畫參加
計劃退出
計畫退出
# planning to sanction a state is no sanction (美國計劃對俄羅斯實施新制裁; 歐盟計畫制裁白俄羅斯)
計劃對
計畫對
計劃制裁
計畫制裁
# … the other acts a plan word names right before the verb (哈薩克計劃禁止從歐盟進口; 計劃實施, 計劃駐軍, 計劃簽訂, 計劃撤出,
# 計劃將). Not the bare 計劃: it is as often a noun (在援助計劃框架下向吉爾吉斯提供了貸款 is a loan given)
計劃禁止
計畫禁止
計劃凍結
計畫凍結
計劃實施
計畫實施
計劃實行
計畫實行
計劃駐軍
計畫駐軍
計劃駐紮
計畫駐紮
計劃增兵
計畫增兵
計劃租借
計畫租借
計劃租賃
計畫租賃
計劃承租
計畫承租
計劃資助
計畫資助
計劃捐助
計畫捐助
計劃簽訂
計畫簽訂
計劃締結
計畫締結
計劃撤出
計畫撤出
計劃撤軍
計畫撤軍
計劃將
計畫將
# willingness, wishes and urging before the act are no act (該國願意深化與歐盟的合作: willing to deepen; 敦促…加入;
# Kazakhstan is keen to join; Uzbekistan is set to sign)
願意
# … or the bare 願 a spokesman's offer opens (中方願向塔吉克提供援助, 願與哈方加強合作: willing, not done)
願向
願與
願同
願為
願將
期望
期盼
盼望
渴望
力求
想要
敦促
willing
wants_to
want_to
wanted_to
wishes_to
wish_to
keen_to
eager_to
ready_to
aspires
aspire
is_set_to
are_set_to
желает
желают
# Talks about an act are not the act (哈薩克與中國正在商議簽署協定; 計劃於明年與俄羅斯簽署): a signing still under discussion or planned for a date.
計畫於
計劃於
正在商議
正在磋商
正在協商
正在洽談
正在商談
正在談判
正在討論
商議簽署
商討簽署
磋商簽署
協商簽署
洽談簽署
商談簽署
# striving, brewing, exploring or preparing an act is not the act (力爭加入, 醞釀成立, 探討簽署, 研擬, 籌劃, 籌備成立)
力爭
醞釀
探討
研擬
籌劃
籌備
# negotiating or deliberating a signing or a partnership is not the act (中吉商簽投資協定, 兩國研議建立戰略夥伴關係,
# 中方與吉方討論建立夥伴關係)
商簽
洽簽
研議
談判簽署
討論建立
討論成立
商討成立
商議成立
磋商成立
協商成立
研議成立
商討建立
商議建立
磋商建立
協商建立
洽談建立
談判建立
# agreeing, deciding or scheduling a signing is not the signing (兩國同意簽署, 決定簽署, 商定簽署, 原定簽署…但儀式推遲);
# a postponed or initialled treaty is not signed (暫緩簽署, 草簽); committing to or announcing a future partnership is
# not one (致力於建立, 將建立, 宣布將加入)
同意簽署
# … in Russian too (Туркмения согласилась подписать конвенцию; стороны договорились о подписании)
согласился
согласилась
согласились
согласилось
договорились_подписать
договорились_о_подписании
# preparing to sign is not signing (Казахстан готовится подписать конвенцию)
готовится
готовятся
готовился
готовилась
готовились
決定簽署
商定簽署
議定簽署
原定
暫緩
推遲簽署
延後簽署
草簽
致力於建立
致力建立
將建立
將締結
將結成
# planning to invest, aid or lend is no investment, aid or loan given (中國計畫投資塔吉克的水電站)
計畫投資
計劃投資
計畫援助
計劃援助
計畫貸款
計劃貸款
計畫援建
計劃援建
# agreeing to strengthen cooperation is cooperation talk, not a stated partnership (兩國同意在反恐領域加強合作)
同意在
同意加強
同意深化
同意擴大
同意進一步
# preventing an act is not the act (俄羅斯阻止哈薩克與美國結盟): the prevented relation is a possibility
阻止
# wanting, hoping, striving or trying to act is not the act (美國欲與烏茲別克建立戰略夥伴關係, 中國盼向塔吉克提供貸款,
# 土耳其力圖與亞塞拜然結成同盟, 伊朗一直努力加入, 哈薩克試著加入); nor agreeing to give (中國同意向土庫曼提供貸款)
欲
盼
力圖
努力加入
致力加入
試著
設法
同意向
同意提供
# that it hardly can is no statement that it did (中國與俄羅斯難以結盟)
難以結盟
難以建立
難以結成
難以締結
難以提供
# suppositions (假使中國與俄羅斯結盟, 除非哈薩克與俄羅斯結盟, 萬一兩國爆發戰爭, 假設伊朗加入)
假使
倘使
假設
除非
萬一
# English: an application is not the fact (Mongolia applied for membership in the SCO)
applied_for
apply_for
applies_for
applying_for
application_for
applications_for
bid_for
bid_to
# a nominalised act that is the topic of talks, a proposal or a possibility (talks on Armenia's accession to the EAEU,
# the proposed withdrawal of Uzbekistan from the CSTO, переговоры об аренде, возможное вступление Узбекистана в ЕАЭС):
# the noun states no fact
talks_on
talks_about
negotiations_on
negotiations_about
the_proposed
a_proposed
possible
potential
prospective
prospect_of
prospects_of
prospects_for
переговоры_об
переговоров_о
переговоров_об
возможное
возможная
возможный
возможного
возможной
возможную
возможном
возможные
возможных
# a participle of intent before the act it plans (Узбекистан, намеренный вступить в ЕАЭС; Россия, планирующая разместить
# войска)
намеренный
намеренная
намеренное
намеренные
намеренного
намеренной
намеренных
планирующий
планирующая
планирующее
планирующие
планирующего
планирующей
планирующих
собирающийся
собирающаяся
собирающиеся
стремящийся
стремящаяся
стремящиеся
# English requests and calls to act, as призвал / предложил above: the act asked for has not happened
# (Astana turned down a Russian request to send troops; Washington urged Tashkent to join; asked Bishkek to close the base).
# Not 'called on': it is as often an act of its own (Russia called on its allies and deployed troops).
request_to
requests_to
requested_to
request_for
requests_for
asked_to
asks_to
asking_to
urged_to
urges_to
urging_to
# neuter forms, for the subjects руководство and правительство (Узбекское руководство планировало вступить в ОДКБ)
угрожало
обещало
пообещало
могло
планировало
хотело
пригласило
предложило
призвало
собиралось
# scheduled, due or meant to: the act was arranged, not (yet) done (Tokayev was due to attend the summit; was scheduled
# to take part; is slated to join; 預定出席, 原本要出席). Not a bare "was to" or "meant to": past narrative (Kazakhstan was to
# become a founding member of the EAEU) and purpose (in a step meant to reassure Moscow, Kazakhstan joined) are acts
is_due_to
are_due_to
was_due_to
were_due_to
scheduled_to
slated_to
supposed_to
was_meant_to
were_meant_to
is_meant_to
are_meant_to
預定
原本要
原本將
