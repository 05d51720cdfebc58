P="PARTICIPATES_IN"; R="PROPOSED"
S={}
S["zh-hant"]=[
("哈薩克與美國共同舉行了「草原之鷹」聯合演習。","kazakhstan P steppe_eagle; united_states P steppe_eagle"),
("吉爾吉斯、塔吉克等國也參與了「中亞區域經濟合作」計畫。","kyrgyzstan P carec; tajikistan P carec"),
("托卡耶夫出席「中國—中亞峰會」並發表講話。","kassym_jomart_tokayev P china_central_asia_summit"),
("米爾濟約耶夫率團與會「一帶一路國際合作高峰論壇」。","shavkat_mirziyoyev P belt_and_road_forum"),
("哈薩克是首批加入「一帶一路」的國家之一。","kazakhstan P bri"),
("烏茲別克積極融入「一帶一路」建設。","uzbekistan P bri"),
("吉爾吉斯派出一個連參加「和平使命」演習。","kyrgyzstan P peace_mission"),
("作為東道主，哈薩克主持了「中國—中亞峰會」。","kazakhstan P china_central_asia_summit"),
("塔吉克自2002年起成為北約「和平夥伴關係計畫」的一員。","tajikistan P partnership_for_peace"),
("亞塞拜然與喬治亞都是「中間走廊」的重要過境國。","azerbaijan P middle_corridor; georgia P middle_corridor"),
("此次「和平使命」演習共有中國、俄羅斯與哈薩克三國軍隊參加。","china P peace_mission; russia P peace_mission; kazakhstan P peace_mission"),
("與會的中亞國家元首包括托卡耶夫與米爾濟約耶夫。",""),
("「中國—中亞峰會」期間，習近平與托卡耶夫舉行會談。","xi_jinping P china_central_asia_summit; kassym_jomart_tokayev P china_central_asia_summit"),
("蒙古軍隊首次參與了「草原之鷹」多國演習。","mongolia P steppe_eagle"),
("土庫曼在「五加一」框架內與美國展開對話。","turkmenistan P c5_plus_1"),
("哈薩克的「光明之路」新經濟政策與「一帶一路」倡議對接。",""),
("普欽缺席了2023年的「中國—中亞峰會」。",""),
("烏茲別克一度暫停參加「和平使命」演習。",""),
("哈薩克尚未決定是否參加「草原之鷹」演習。",""),
("吉爾吉斯僅派觀察員觀摩「和平使命」演習。",""),
("習近平在「一帶一路國際合作高峰論壇」開幕式上致辭。","xi_jinping P belt_and_road_forum"),
("中國與巴基斯坦共同推進「中巴經濟走廊」建設。","china P china_pakistan_economic_corridor; pakistan P china_pakistan_economic_corridor"),
# PROPOSED
("「一帶一路」倡議是中國於2013年提出的。","china R bri"),
("「中亞國家元首協商會議」源於米爾濟約耶夫的倡議。","shavkat_mirziyoyev R consultative_meeting_of_the_heads_of_state_of_central_asia"),
("由中國發起的亞洲基礎設施投資銀行於2016年開業。","china R aiib"),
("習近平宣布啟動「全球文明倡議」。","xi_jinping R global_civilization_initiative"),
("哈薩克總統納札爾巴耶夫首先倡議成立歐亞經濟聯盟。","nursultan_nazarbayev R eaeu"),
("日本於2004年發起「中亞加日本」對話機制。","japan R central_asia_plus_japan"),
("俄羅斯反對中國提出的「一帶一路」。","china R bri"),
("有人認為「一帶一路」是美國提出的。",""),
]
S["zh-hans"]=[
("哈萨克斯坦与美国共同举行了“草原之鹰”联合演习。","kazakhstan P steppe_eagle; united_states P steppe_eagle"),
("吉尔吉斯斯坦、塔吉克斯坦等国也参与了中亚区域经济合作计划。","kyrgyzstan P carec; tajikistan P carec"),
("托卡耶夫出席中国—中亚峰会并发表讲话。","kassym_jomart_tokayev P china_central_asia_summit"),
("哈萨克斯坦是首批加入“一带一路”的国家之一。","kazakhstan P bri"),
("乌兹别克斯坦积极融入“一带一路”建设。","uzbekistan P bri"),
("吉尔吉斯斯坦派出一个连参加“和平使命”演习。","kyrgyzstan P peace_mission"),
("作为东道主，哈萨克斯坦主持了中国—中亚峰会。","kazakhstan P china_central_asia_summit"),
("阿塞拜疆和格鲁吉亚都是“中间走廊”的重要过境国。","azerbaijan P middle_corridor; georgia P middle_corridor"),
("此次“和平使命”演习共有中国、俄罗斯和哈萨克斯坦三国军队参加。","china P peace_mission; russia P peace_mission; kazakhstan P peace_mission"),
("中国—中亚峰会期间，习近平同托卡耶夫举行会谈。","xi_jinping P china_central_asia_summit; kassym_jomart_tokayev P china_central_asia_summit"),
("蒙古国军队首次参与了“草原之鹰”多国演习。","mongolia P steppe_eagle"),
("土库曼斯坦在“C5+1”框架内与美国展开对话。","turkmenistan P c5_plus_1"),
("习近平在“一带一路”国际合作高峰论坛开幕式上致辞。","xi_jinping P belt_and_road_forum"),
("中国与巴基斯坦共同推进中巴经济走廊建设。","china P china_pakistan_economic_corridor; pakistan P china_pakistan_economic_corridor"),
("普京缺席了2023年的中国—中亚峰会。",""),
("乌兹别克斯坦一度暂停参加“和平使命”演习。",""),
("哈萨克斯坦尚未决定是否参加“草原之鹰”演习。",""),
("吉尔吉斯斯坦仅派观察员观摩“和平使命”演习。",""),
("“一带一路”倡议是中国于2013年提出的。","china R bri"),
("由中国发起的亚洲基础设施投资银行于2016年开业。","china R aiib"),
("习近平宣布启动“全球文明倡议”。","xi_jinping R global_civilization_initiative"),
("纳扎尔巴耶夫首先倡议成立欧亚经济联盟。","nursultan_nazarbayev R eaeu"),
("日本于2004年发起“中亚+日本”对话机制。","japan R central_asia_plus_japan"),
]
S["en"]=[
("Kazakhstan and the United States held the Steppe Eagle exercise jointly.","kazakhstan P steppe_eagle; united_states P steppe_eagle"),
("Kyrgyzstan and Tajikistan also take part in CAREC.","kyrgyzstan P carec; tajikistan P carec"),
("Kazakhstan was among the first countries to join the Belt and Road Initiative.","kazakhstan P bri"),
("As host, Kazakhstan chaired the China–Central Asia Summit.","kazakhstan P china_central_asia_summit"),
("Tajikistan has been part of NATO's Partnership for Peace since 2002.","tajikistan P partnership_for_peace"),
("Azerbaijan and Georgia are key transit countries on the Middle Corridor.","azerbaijan P middle_corridor; georgia P middle_corridor"),
("The Peace Mission exercise brought together troops from China, Russia and Kazakhstan.","china P peace_mission; russia P peace_mission; kazakhstan P peace_mission"),
("On the sidelines of the China–Central Asia Summit, Xi Jinping met Tokayev.","xi_jinping P china_central_asia_summit; kassym_jomart_tokayev P china_central_asia_summit"),
("Mongolian troops took part in the Steppe Eagle exercise for the first time.","mongolia P steppe_eagle"),
("Turkmenistan engages with the United States through the C5+1 format.","turkmenistan P c5_plus_1"),
("Xi Jinping opened the Belt and Road Forum in Beijing.","xi_jinping P belt_and_road_forum"),
("China and Pakistan are jointly building the China-Pakistan Economic Corridor.","china P china_pakistan_economic_corridor; pakistan P china_pakistan_economic_corridor"),
("Uzbekistan's participation in the Peace Mission exercise ended in 2008.","uzbekistan P peace_mission"),
("Kyrgyzstan, which joined the Belt and Road Initiative in 2013, borrowed heavily from China.","kyrgyzstan P bri"),
("Delegations from Kazakhstan and Uzbekistan attended the Belt and Road Forum.","kazakhstan P belt_and_road_forum; uzbekistan P belt_and_road_forum"),
("Putin skipped the China–Central Asia Summit in 2023.",""),
("Uzbekistan suspended its participation in the Peace Mission exercise.",""),
("Kazakhstan has not yet decided whether to join the Steppe Eagle exercise.",""),
("Kyrgyzstan sent only observers to the Peace Mission exercise.",""),
("China proposed the Belt and Road Initiative in 2013.","china R bri"),
("The Consultative Meeting of the Heads of State of Central Asia grew out of an initiative by Mirziyoyev.","shavkat_mirziyoyev R consultative_meeting_of_the_heads_of_state_of_central_asia"),
("The China-initiated Asian Infrastructure Investment Bank opened in 2016.","china R aiib"),
("Xi Jinping announced the Global Civilization Initiative in 2023.","xi_jinping R global_civilization_initiative"),
("Japan launched the Central Asia plus Japan dialogue in 2004.","japan R central_asia_plus_japan"),
("Some commentators wrongly claimed that the United States had proposed the Belt and Road Initiative.",""),
]
S["ru"]=[
("Казахстан и США совместно провели учения «Степной орёл».","kazakhstan P steppe_eagle; united_states P steppe_eagle"),
("Киргизия и Таджикистан также участвуют в программе ЦАРЭС.","kyrgyzstan P carec; tajikistan P carec"),
("Казахстан одним из первых присоединился к инициативе «Пояс и путь».","kazakhstan P bri"),
("Таджикистан с 2002 года является участником программы «Партнёрство ради мира».","tajikistan P partnership_for_peace"),
("Азербайджан и Грузия являются ключевыми транзитными странами Срединного коридора.","azerbaijan P middle_corridor; georgia P middle_corridor"),
("Учения «Мирная миссия» собрали военных Китая, России и Казахстана.","china P peace_mission; russia P peace_mission; kazakhstan P peace_mission"),
("На полях саммита «Китай — Центральная Азия» Си Цзиньпин встретился с Токаевым.","xi_jinping P china_central_asia_summit; kassym_jomart_tokayev P china_central_asia_summit"),
("Монгольские военные впервые приняли участие в учениях «Степной орёл».","mongolia P steppe_eagle"),
("Туркменистан взаимодействует с США в формате «С5+1».","turkmenistan P c5_plus_1; united_states P c5_plus_1"),
("Си Цзиньпин открыл форум «Пояс и путь» в Пекине.","xi_jinping P belt_and_road_forum"),
("Киргизия, присоединившаяся к инициативе «Пояс и путь» в 2013 году, взяла крупные кредиты у Китая.","kyrgyzstan P bri"),
("Делегации Казахстана и Узбекистана приняли участие в форуме «Пояс и путь».","kazakhstan P belt_and_road_forum; uzbekistan P belt_and_road_forum"),
("В учениях «Мирная миссия» приняли участие военнослужащие Казахстана и Киргизии.","kazakhstan P peace_mission; kyrgyzstan P peace_mission"),
("Путин пропустил саммит «Китай — Центральная Азия» в 2023 году.",""),
("Узбекистан приостановил участие в учениях «Мирная миссия».",""),
("Казахстан пока не решил, участвовать ли в учениях «Степной орёл».",""),
("Киргизия направила на учения «Мирная миссия» лишь наблюдателей.",""),
("Китай выдвинул инициативу «Пояс и путь» в 2013 году.","china R bri"),
("Япония запустила диалог «Центральная Азия плюс Япония» в 2004 году.","japan R central_asia_plus_japan"),
("Си Цзиньпин объявил о Глобальной инициативе цивилизаций в 2023 году.","xi_jinping R global_civilization_initiative"),
("Инициатором консультативных встреч глав государств Центральной Азии стал Мирзиёев.","shavkat_mirziyoyev R consultative_meeting_of_the_heads_of_state_of_central_asia"),
]
import json,os
os.makedirs("corpus",exist_ok=True)
LANG={"zh-hant":"zh-Hant","zh-hans":"zh-Hans","en":"en","ru":"ru"}
man={"documents":[]}; gold=open("gold.jsonl","w")
for k,rows in S.items():
    doc="q_"+k
    open(f"corpus/{doc}.txt","w").write("Paradigm\n\n"+"\n\n".join(s for s,_ in rows)+"\n")
    man["documents"].append({"id":doc,"file":doc+".txt","title":"P2 "+k,"authors":["probe"],"year":None,"venue":None,"language":LANG[k]})
    for s,fx in rows:
        facts=[]
        for f in [x.strip() for x in fx.split(";") if x.strip()]:
            a,p,o=f.split(); facts.append({"subject":a,"predicate":{"P":P,"R":R}[p],"object":o})
        gold.write(json.dumps({"doc":doc,"quote":s,"facts":facts},ensure_ascii=False)+"\n")
json.dump(man,open("corpus/manifest.json","w"),ensure_ascii=False,indent=1)
