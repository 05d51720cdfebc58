# Right after a relation's match, a head noun that makes the whole relation what someone plans, negotiates, applies
# for or hopes: 中國援助阿富汗的計畫 (a plan to aid), 哈薩克加入世貿組織的談判 (talks on joining), 烏茲別克加入歐亞經濟聯盟的
# 可能性. The relation is then hypothetical, as if a modal stood before it. Not read for PROPOSED: proposing a plan is the
# act (習近平提出一帶一路的構想). Plain words, matched at the match's end.
的計畫
的計劃
的構想
的設想
的談判
的申請
的可能
的意願
的打算
的提案
的努力
的前景
# the act is the topic of talks that follow it: 兩國就簽署互免簽證協定進行談判, 就建立戰略夥伴關係進行磋商 (also past:
# 就簽署邊界補充協定舉行了磋商)
進行談判
進行磋商
進行協商
舉行談判
舉行磋商
展開談判
展開磋商
進行了談判
進行了磋商
進行了協商
舉行了談判
舉行了磋商
展開了談判
展開了磋商
# the procedure or process of joining is no joining (白俄羅斯成為上海合作組織成員國的程序尚未完成)
的程序
的進程
的手續
# a rumour of the act is no act (哈薩克退出獨立國協的傳聞遭到否認)
的傳聞
# … and so is the bare noun right after the act (俄羅斯在塔吉克的駐軍傳聞並未獲證實; 退出集安組織傳言)
傳聞
傳言
謠言
的傳言
的謠言
# the plan to set up a partnership is no partnership (中國與哈薩克建立全面戰略夥伴關係的計畫受挫): the match ends at the
# role word, before 關係
關係的計畫
關係的計劃
關係的構想
關係的設想
關係的談判
關係的可能
關係的努力
關係的前景
# a decision that takes effect later is not yet the act (上合組織接納伊朗為成員國的決定將於明年生效)
的決定將
的決議將
# a risk, a danger, a threat, a call or a claim of the act is no act (中印爆發衝突的風險上升; 亞美尼亞退出集安組織的呼聲越來越高;
# 美國對俄制裁的威脅; 哈薩克退出集安組織的說法被否認)
的風險
的危險
的威脅
的呼聲
的說法
的擔憂
的疑慮
# a bill or motion to do it is not done (亞美尼亞議會討論了退出集安組織的議案)
的議案
的法案
的動議
# English and Russian: a nominalised act as the subject of talk, doubt or a plan (Uzbekistan's accession to the WTO was
# discussed again; the withdrawal of Armenia from the CSTO remains unlikely; Вступление Узбекистана в ЕАЭС обсуждается;
# Аренда Байконура Россией невозможна): written with a leading _ for the space after the match
_was_discussed
_were_discussed
_is_discussed
_is_being_discussed
_was_being_discussed
_is_under_discussion
_was_under_discussion
_remains_under_discussion
_is_unlikely
_was_unlikely
_remains_unlikely
_seems_unlikely
_looks_unlikely
_is_possible
_remains_possible
_is_planned
_was_planned
_is_expected
_was_expected
_was_debated
_is_debated
_is_being_negotiated
_was_being_negotiated
# a signing or accession put off (土庫曼簽署《…》一事被無限期推遲)
一事被推遲
一事被無限期推遲
一事被延後
一事被擱置
一事遭擱置
一事遭推遲
# … or still under talks (哈薩克與吉爾吉斯簽署《上海公約》一事仍在協商之中)
一事仍在協商
一事仍在磋商
一事仍在討論
一事仍在談判
一事尚在協商
一事尚在磋商
一事尚在討論
一事尚在談判
_was_postponed
_has_been_postponed
_was_put_off
_is_on_hold
_remains_on_hold
_обсуждается
_обсуждалось
_обсуждалась
_обсуждался
_обсуждаются
_обсуждались
_маловероятно
_маловероятна
_маловероятен
_невозможно
_невозможна
_невозможен
_планируется
_планировалось
_планировалась
_ожидается
_ожидалось
_ожидалась
_рассматривается
_рассматривалось
_рассматривалась
_отложено
_отложена
_отложен
_было_отложено
_была_отложена
_не_состоялось
_не_состоялась
_не_состоялся
# … or one that says it did not happen or was stopped (the accession of Uzbekistan to the EAEU fell through; Выход Армении
# из ОДКБ так и не состоялся; Аренда Индией авиабазы Айни сорвалась)
_never_took_place
_did_not_take_place
_never_happened
_fell_through
_was_blocked
_was_rejected
_was_vetoed
_was_cancelled
_was_canceled
_was_called_off
_так_и_не_состоялось
_так_и_не_состоялся
_так_и_не_состоялась
_сорвалось
_сорвался
_сорвалась
_было_отменено
_была_отменена
_был_отменён
_был_отменен
_было_заблокировано
_была_заблокирована
# … not planned, not expected or not yet happened, or being prepared (Участие Туркмении в учениях не планируется;
# Вступление Узбекистана в ЕАЭС пока не состоялось; Санкции США против Казахстана готовятся)
_не_планируется
_не_планировалось
_не_планировалась
_не_предполагается
_не_ожидается
_пока_не_состоялось
_пока_не_состоялась
_пока_не_состоялся
_ещё_не_состоялось
_ещё_не_состоялась
_ещё_не_состоялся
_еще_не_состоялось
_еще_не_состоялась
_еще_не_состоялся
_готовится
_готовятся
_готовилось
_готовилась
_готовились
# … the same with a plural subject (Санкции Евросоюза против Ирана не планируются; Поставки оружия пока не
# предполагаются; Совместные учения так и не состоялись)
_планируются
_планировались
_ожидаются
_ожидались
_рассматриваются
_рассматривались
_отложены
_были_отложены
_не_состоялись
_так_и_не_состоялись
_сорвались
_были_отменены
_были_заблокированы
_не_планируются
_не_планировались
_не_предполагаются
_не_ожидаются
_пока_не_планируются
_пока_не_планируется
_пока_не_предполагаются
_пока_не_предполагается
_пока_не_ожидаются
_пока_не_ожидается
_пока_не_состоялись
_ещё_не_состоялись
_еще_не_состоялись
_is_still_under_discussion
_was_still_under_discussion
_is_under_negotiation
_was_under_negotiation
_remains_under_negotiation
_is_still_under_negotiation
_was_still_under_negotiation
_is_still_being_negotiated
_was_still_being_negotiated
_is_under_consideration
_was_under_consideration
_remains_under_consideration
_is_still_under_consideration
_is_still_being_discussed
_is_still_pending
_remains_pending
_is_pending
_has_stalled
_stalled
_remains_stalled
_is_stalled
_remains_uncertain
_is_uncertain
_remains_unclear
# … aid or loans that never arrived (US aid to Uzbekistan never materialised; Chinese loans to Tajikistan were never
# disbursed; Помощь США Узбекистану так и не поступила; Кредиты Китая Таджикистану так и не были выделены)
_never_materialised
_never_materialized
_never_arrived
_was_never_disbursed
_were_never_disbursed
_was_never_delivered
_were_never_delivered
_так_и_не_поступила
_так_и_не_поступил
_так_и_не_поступило
_так_и_не_поступили
_так_и_не_был_выделен
_так_и_не_была_выделена
_так_и_не_было_выделено
_так_и_не_были_выделены
# … or a lease, agreement or accession said never signed, concluded or finalised: the nominalised act is then not done
# (India's lease of the Ayni air base was never signed; Turkmenistan's accession to the CSTO was never finalised;
# Аренда Индией авиабазы Айни так и не была подписана; Вступление Узбекистана в ЕАЭС так и не было оформлено)
_was_never_signed
_were_never_signed
_has_never_been_signed
_was_not_signed
_has_not_been_signed
_has_not_yet_been_signed
_was_never_concluded
_were_never_concluded
_was_never_finalised
_was_never_finalized
_was_never_formalised
_was_never_formalized
# … or never agreed, approved or ratified (Russia's lease of the Manas air base was never agreed)
_was_never_agreed
_were_never_agreed
_has_never_been_agreed
_was_never_approved
_were_never_approved
_has_never_been_approved
_was_never_ratified
_were_never_ratified
_has_never_been_ratified
_так_и_не_была_подписана
_так_и_не_был_подписан
_так_и_не_было_подписано
_так_и_не_были_подписаны
_так_и_не_была_оформлена
_так_и_не_был_оформлен
_так_и_не_было_оформлено
_так_и_не_были_оформлены
