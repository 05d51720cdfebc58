S={}
S["ru"]=[
("В 2007 году Казахстан впервые за всю историю учений направил на «Мирную миссию» полноценный батальон.","kazakhstan P peace_mission"),
("Учения «Мирная миссия — 2010» прошли на полигоне Матыбулак в Казахстане, в них были задействованы около пяти тысяч военнослужащих из России, Китая, Казахстана, Киргизии и Таджикистана.","russia P peace_mission; china P peace_mission; kazakhstan P peace_mission; kyrgyzstan P peace_mission; tajikistan P peace_mission"),
("Президент Казахстана Касым-Жомарт Токаев в октябре 2022 года прибыл в Астану на первый саммит «Россия — Центральная Азия».","kassym_jomart_tokayev P russia_central_asia_summit"),
("Наряду с Казахстаном и Киргизией, в учениях «Мирная миссия» регулярно участвует и Таджикистан.","kazakhstan P peace_mission; kyrgyzstan P peace_mission; tajikistan P peace_mission"),
("Киргизия с момента создания формата «С5+1» в 2015 году принимает участие во всех его встречах.","kyrgyzstan P c5_plus_1"),
("Туркменистан, сохраняя нейтралитет, тем не менее участвует в саммитах «Китай — Центральная Азия».","turkmenistan P china_central_asia_summit"),
("Формат «С5+1» объединяет США и пять государств региона: Казахстан, Киргизию, Таджикистан, Туркменистан и Узбекистан.","united_states P c5_plus_1; kazakhstan P c5_plus_1; kyrgyzstan P c5_plus_1; tajikistan P c5_plus_1; turkmenistan P c5_plus_1; uzbekistan P c5_plus_1"),
("В рамках программы «Партнёрство ради мира» Узбекистан с 1994 года проводил совместные учения с силами НАТО.","uzbekistan P partnership_for_peace"),
("Активным участником Срединного коридора является Азербайджан, через порты которого идут грузы в Грузию.","azerbaijan P middle_corridor"),
("На саммите «Китай — Центральная Азия» в Сиане лидеры Казахстана, Киргизии и Узбекистана подписали Сианьскую декларацию.","kazakhstan P china_central_asia_summit; kyrgyzstan P china_central_asia_summit; uzbekistan P china_central_asia_summit"),
("Таджикистан, который ранее воздерживался, в 2021 году впервые принял у себя учения «Мирная миссия».","tajikistan P peace_mission"),
("Военные Киргизии и Казахстана отработали на учениях «Мирная миссия» совместные действия по освобождению заложников.","kyrgyzstan P peace_mission; kazakhstan P peace_mission"),
("Главы государств Центральной Азии собрались в Ташкенте на консультативную встречу.",""),
("Путин и Токаев встретились на полях саммита «Россия — Центральная Азия» в Душанбе.","vladimir_putin P russia_central_asia_summit; kassym_jomart_tokayev P russia_central_asia_summit"),
("Казахстан отказался от участия в учениях «Мирная миссия» в 2009 году.",""),
("Участие Туркменистана в саммите «Китай — Центральная Азия» долгое время оставалось под вопросом.",""),
("Идея проведения саммитов «Китай — Центральная Азия» была предложена Китаем в 2022 году.","china R china_central_asia_summit"),
("Впервые идею СВМДА Казахстан озвучил на 47-й сессии Генеральной Ассамблеи ООН в 1992 году.","kazakhstan R cica"),
]
S["zh-hans"]=[
("2007年，哈萨克斯坦首次派出一个完整的营参加在俄罗斯举行的“和平使命”联合反恐演习。","kazakhstan P peace_mission"),
("“和平使命—2010”演习在哈萨克斯坦马特布拉克训练场举行，来自中国、俄罗斯、哈萨克斯坦、吉尔吉斯斯坦和塔吉克斯坦的约五千名官兵参加。","china P peace_mission; russia P peace_mission; kazakhstan P peace_mission; kyrgyzstan P peace_mission; tajikistan P peace_mission"),
("2022年10月，托卡耶夫在阿斯塔纳出席了首届俄罗斯—中亚峰会，并与普京举行了会谈。","kassym_jomart_tokayev P russia_central_asia_summit"),
("除哈萨克斯坦和吉尔吉斯斯坦外，塔吉克斯坦也定期参加“和平使命”演习。","kazakhstan P peace_mission; kyrgyzstan P peace_mission; tajikistan P peace_mission"),
("自2015年“C5+1”机制建立以来，吉尔吉斯斯坦参加了历次会议。","kyrgyzstan P c5_plus_1"),
("土库曼斯坦虽奉行中立政策，但仍参加中国—中亚峰会。","turkmenistan P china_central_asia_summit"),
("“C5+1”机制由美国与中亚五国组成。","united_states P c5_plus_1; kazakhstan P c5_plus_1; kyrgyzstan P c5_plus_1; tajikistan P c5_plus_1; turkmenistan P c5_plus_1; uzbekistan P c5_plus_1"),
("在“和平伙伴关系计划”框架下，乌兹别克斯坦自1994年起与北约部队举行联合演习。","uzbekistan P partnership_for_peace"),
("在西安举行的中国—中亚峰会上，哈萨克斯坦、吉尔吉斯斯坦和乌兹别克斯坦领导人签署了《西安宣言》。","kazakhstan P china_central_asia_summit; kyrgyzstan P china_central_asia_summit; uzbekistan P china_central_asia_summit"),
("2021年，此前一直持保留态度的塔吉克斯坦首次承办了“和平使命”演习。","tajikistan P peace_mission"),
("吉尔吉斯斯坦和哈萨克斯坦官兵在“和平使命”演习中演练了解救人质科目。","kyrgyzstan P peace_mission; kazakhstan P peace_mission"),
("普京与托卡耶夫在杜尚别俄罗斯—中亚峰会期间举行会晤。","vladimir_putin P russia_central_asia_summit; kassym_jomart_tokayev P russia_central_asia_summit"),
("2009年，哈萨克斯坦拒绝参加“和平使命”演习。",""),
("土库曼斯坦是否出席中国—中亚峰会一度存疑。",""),
("举办中国—中亚峰会的设想由中国于2022年提出。","china R china_central_asia_summit"),
("1992年，哈萨克斯坦在第47届联合国大会上首次提出召开亚信会议的构想。","kazakhstan R cica; kazakhstan P un_general_assembly"),
]

from corpus_writer import write

write(S, "s_", "P4")
