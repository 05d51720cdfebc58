FIVE="kazakhstan kyrgyzstan tajikistan turkmenistan uzbekistan".split()
def five(o): return "; ".join(f"{s} P {o}" for s in FIVE)
S={}
S["zh-hant"]=[
("中亞五國元首均出席了首屆中國—中亞峰會。", five("china_central_asia_summit")),
("2007年，上合組織六個成員國首次全部派兵參加「和平使命」演習。",""),
("哈薩克首次派兵參加「和平使命」演習是在2007年。","kazakhstan P peace_mission"),
("吉爾吉斯自2007年以來每屆都參加「和平使命」演習。","kyrgyzstan P peace_mission"),
("在「和平使命—2021」演習中，塔吉克出動了一個機械化連。","tajikistan P peace_mission"),
("「和平使命」演習期間，哈薩克軍隊負責山地作戰科目。","kazakhstan P peace_mission"),
("2023年，土庫曼以中立國身分出席了「中國—中亞峰會」。","turkmenistan P china_central_asia_summit"),
("烏茲別克與哈薩克一道參加了「草原之鷹」演習。","uzbekistan P steppe_eagle; kazakhstan P steppe_eagle"),
("印度和巴基斯坦軍隊都參加了「和平使命—2018」演習。","india P peace_mission; pakistan P peace_mission"),
("美國國務卿布林肯在阿斯塔納主持了「C5+1」外長會議。","antony_blinken P c5_plus_1"),
("「C5+1」外長會議於2023年2月在阿斯塔納舉行，布林肯與會。","antony_blinken P c5_plus_1"),
("托卡耶夫與米爾濟約耶夫等中亞領導人出席了「俄羅斯—中亞領導人高峰會」。","kassym_jomart_tokayev P russia_central_asia_summit; shavkat_mirziyoyev P russia_central_asia_summit"),
("伊朗與白俄羅斯均未參加此次「和平使命」演習。",""),
("土庫曼拒絕派兵參加「和平使命」演習。",""),
("美國原本打算在阿斯塔納舉行「C5+1」峰會，但最終改在紐約。",""),
("習近平於2013年9月在納札爾巴耶夫大學演講時提出「絲綢之路經濟帶」。","xi_jinping R bri"),
("「全球發展倡議」由習近平在2021年聯合國大會上提出。","xi_jinping R global_development_initiative"),
("「中亞無核區」最初是由烏茲別克總統卡里莫夫於1993年倡議的。","islam_karimov R central_asian_nuclear_weapon_free_zone"),
("美國國務卿希拉蕊於2011年提出的「新絲綢之路計畫」未能落實。","united_states R new_silk_road_initiative"),
]
S["zh-hans"]=[
("中亚五国元首均出席了首届中国—中亚峰会。", five("china_central_asia_summit")),
("哈萨克斯坦首次派兵参加“和平使命”演习是在2007年。","kazakhstan P peace_mission"),
("吉尔吉斯斯坦自2007年以来每届都参加“和平使命”演习。","kyrgyzstan P peace_mission"),
("在“和平使命—2021”演习中，塔吉克斯坦出动了一个机械化连。","tajikistan P peace_mission"),
("乌兹别克斯坦与哈萨克斯坦一道参加了“草原之鹰”演习。","uzbekistan P steppe_eagle; kazakhstan P steppe_eagle"),
("印度和巴基斯坦军队都参加了“和平使命—2018”演习。","india P peace_mission; pakistan P peace_mission"),
("“C5+1”外长会议于2023年2月在阿斯塔纳举行，布林肯与会。","antony_blinken P c5_plus_1"),
("伊朗和白俄罗斯均未参加此次“和平使命”演习。",""),
("土库曼斯坦拒绝派兵参加“和平使命”演习。",""),
("“全球发展倡议”由习近平在2021年联合国大会上提出。","xi_jinping R global_development_initiative"),
("中亚无核区最初是由乌兹别克斯坦总统卡里莫夫于1993年倡议的。","islam_karimov R central_asian_nuclear_weapon_free_zone"),
]
S["en"]=[
("The leaders of all five Central Asian states attended the first China–Central Asia Summit.", five("china_central_asia_summit")),
("Kazakhstan first sent troops to the Peace Mission exercise in 2007.","kazakhstan P peace_mission"),
("Kyrgyzstan has taken part in every Peace Mission exercise since 2007.","kyrgyzstan P peace_mission"),
("During the Peace Mission 2021 exercise, Tajikistan deployed a mechanised company.","tajikistan P peace_mission"),
("Turkmenistan attended the China–Central Asia Summit as a neutral state.","turkmenistan P china_central_asia_summit"),
("Uzbekistan joined Kazakhstan in the Steppe Eagle exercise.","uzbekistan P steppe_eagle; kazakhstan P steppe_eagle"),
("Indian and Pakistani troops both took part in the Peace Mission 2018 exercise.","india P peace_mission; pakistan P peace_mission"),
("Blinken chaired the C5+1 ministerial meeting in Astana.","antony_blinken P c5_plus_1"),
("Kazakhstan contributed a reinforced company to the Peace Mission exercise.","kazakhstan P peace_mission"),
("Tokayev and Mirziyoyev were among the leaders at the Russia–Central Asia summit.","kassym_jomart_tokayev P russia_central_asia_summit; shavkat_mirziyoyev P russia_central_asia_summit"),
("Neither Iran nor Belarus took part in the Peace Mission exercise.",""),
("Turkmenistan refused to send troops to the Peace Mission exercise.",""),
("The United States had planned to hold the C5+1 summit in Astana but moved it to New York.",""),
("Xi Jinping announced the Silk Road Economic Belt in a speech at Nazarbayev University in 2013.","xi_jinping R bri"),
("The Global Development Initiative was unveiled by Xi Jinping at the UN General Assembly in 2021.","xi_jinping R global_development_initiative; xi_jinping P un_general_assembly"),
("Uzbek President Karimov first called for a Central Asian Nuclear-Weapon-Free Zone in 1993.","islam_karimov R central_asian_nuclear_weapon_free_zone"),
("The New Silk Road Initiative, proposed by the United States in 2011, never materialised.","united_states R new_silk_road_initiative"),
]
S["ru"]=[
("Лидеры всех пяти государств Центральной Азии приняли участие в первом саммите «Китай — Центральная Азия».", five("china_central_asia_summit")),
("Впервые Казахстан направил военных на учения «Мирная миссия» в 2007 году.","kazakhstan P peace_mission"),
("Киргизия участвует во всех учениях «Мирная миссия» с 2007 года.","kyrgyzstan P peace_mission"),
("В ходе учений «Мирная миссия — 2021» Таджикистан задействовал мотострелковую роту.","tajikistan P peace_mission"),
("Туркменистан участвовал в саммите «Китай — Центральная Азия» как нейтральное государство.","turkmenistan P china_central_asia_summit"),
("Узбекистан вместе с Казахстаном участвовал в учениях «Степной орёл».","uzbekistan P steppe_eagle; kazakhstan P steppe_eagle"),
("Индийские и пакистанские военные приняли участие в учениях «Мирная миссия — 2018».","india P peace_mission; pakistan P peace_mission"),
("Блинкен провёл встречу министров в формате «С5+1» в Астане.","antony_blinken P c5_plus_1"),
("Казахстан выделил для учений «Мирная миссия» усиленную роту.","kazakhstan P peace_mission"),
("Ни Иран, ни Белоруссия не участвовали в учениях «Мирная миссия».",""),
("Туркменистан отказался направить войска на учения «Мирная миссия».",""),
("Си Цзиньпин выдвинул идею «Пояса и пути» в речи в Назарбаев Университете в 2013 году.","xi_jinping R bri"),
("Глобальная инициатива развития была выдвинута Си Цзиньпином на Генассамблее ООН в 2021 году.","xi_jinping R global_development_initiative"),
("С идеей Центральноазиатской зоны, свободной от ядерного оружия, впервые выступил Каримов в 1993 году.","islam_karimov R central_asian_nuclear_weapon_free_zone"),
]

from corpus_writer import write

write(S, "r_", "P3")
