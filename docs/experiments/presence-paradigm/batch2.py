import json, os, sys
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/presence-paradigm'
os.makedirs(f'{OUT}/corpus2', exist_ok=True)
H='HAS_MILITARY_PRESENCE_IN'; L='LOCATED_IN'; S='LEASES'
P={}
P['zh-hant']=[
("目前約有七千名俄軍駐紮在塔吉克。",[("russia",H,"tajikistan")]),
("俄羅斯自1990年代起便在亞美尼亞駐軍。",[("russia",H,"armenia")]),
("印度在塔吉克設有一座空軍基地。",[("india",H,"tajikistan")]),
("塔吉克允許印度使用艾尼空軍基地。",[("india",H,"ayni_air_base")]),
("吉爾吉斯同意延長俄羅斯使用坎特空軍基地的期限。",[("russia",H,"kant_air_base")]),
("俄羅斯將坎特空軍基地的租約延長了十五年。",[("russia",S,"kant_air_base")]),
("美軍撤出馬納斯空軍基地後，該基地改為民用。",[]),
("俄羅斯提議在塔吉克增設一座空軍基地。",[]),
("塔吉克軍隊在杜尚別舉行閱兵。",[]),
("中國在塔吉克的投資逐年增加。",[]),
]
P['zh-hans']=[
("俄军第201军事基地驻扎在杜尚别和博赫塔尔两地。",[("russia",H,"russian_201st_military_base")]),
("美国曾在乌兹别克斯坦的汗阿巴德空军基地驻军。",[("united_states",H,"karshi_khanabad_air_base"),("united_states",H,"uzbekistan"),("karshi_khanabad_air_base",L,"uzbekistan")]),
("德国军队曾驻扎在乌兹别克斯坦南部的泰尔梅兹空军基地。",[("germany",H,"termez_air_base"),("germany",H,"uzbekistan"),("termez_air_base",L,"uzbekistan")]),
("俄罗斯每年为拜科努尔航天发射场支付约1.15亿美元租金。",[("russia",S,"baikonur_cosmodrome")]),
("拜科努尔航天发射场的租期已延长至2050年。",[]),
("塔吉克斯坦拒绝了俄罗斯在其境内增兵的要求。",[]),
("美军于2005年被迫撤出乌兹别克斯坦。",[]),
("俄罗斯驻哈萨克斯坦大使馆位于阿斯塔纳。",[]),
("中国军队在新疆举行演习。",[]),
("集体安全条约组织维和部队于2022年1月部署到哈萨克斯坦。",[("csto",H,"kazakhstan")]),
]
P['en']=[
("Russia maintains about 7,000 troops in Tajikistan.",[("russia",H,"tajikistan")]),
("Russia has kept a military base in Armenia since 1995.",[("russia",H,"armenia")]),
("The United States used the Karshi-Khanabad air base in Uzbekistan until 2005.",[("united_states",H,"karshi_khanabad_air_base"),("karshi_khanabad_air_base",L,"uzbekistan")]),
("Indian helicopters are based at the Ayni air base.",[("india",H,"ayni_air_base")]),
("Russian troops withdrew from Tajikistan's border with Afghanistan in 2005.",[]),
("Kazakhstan extended Russia's lease of Baikonur until 2050.",[("russia",S,"baikonur_cosmodrome")]),
("Kazakhstan rents out the Baikonur Cosmodrome to Russia.",[("russia",S,"baikonur_cosmodrome")]),
("Uzbekistan closed the Karshi-Khanabad air base to American aircraft in 2005.",[("karshi_khanabad_air_base",L,"uzbekistan")]),
("Kazakhstan has no foreign military bases on its territory.",[]),
("Russia plans to deploy more troops to Tajikistan.",[]),
("CSTO peacekeepers were deployed to Kazakhstan in January 2022.",[("csto",H,"kazakhstan")]),
("Turkey's military base in Azerbaijan opened in 2021.",[("turkey",H,"azerbaijan")]),
]
P['ru']=[
("Около семи тысяч российских военных находятся в Таджикистане.",[("russia",H,"tajikistan")]),
("Россия содержит военную базу в Армении с 1995 года.",[("russia",H,"armenia")]),
("Российские военные базируются на авиабазе Кант.",[("russia",H,"kant_air_base")]),
("Германия использовала аэродром Термез в Узбекистане до 2015 года.",[("germany",H,"termez_air_base"),("termez_air_base",L,"uzbekistan")]),
("Россия продлила срок аренды авиабазы Кант.",[("russia",S,"kant_air_base")]),
("Российские войска выведены из Таджикистана.",[]),
("Россия предложила разместить базу в Узбекистане.",[]),
("Посольство России находится в Бишкеке.",[]),
("Казахстанские военные провели учения на полигоне Сары-Шаган.",[]),
("Американская авиабаза в Киргизии была закрыта в 2014 году.",[("united_states",H,"kyrgyzstan")]),
]
gold=open(f'{OUT}/gold2.jsonl','w')
for lang,rows in P.items():
    doc='hp2_'+lang
    open(f'{OUT}/corpus2/{doc}.txt','w').write('\n\n'.join(s for s,_ in rows)+'\n')
    for s,f in rows:
        gold.write(json.dumps({"doc":doc,"quote":s,"facts":[{"subject":a,"predicate":p,"object":b} for a,p,b in f]},ensure_ascii=False)+'\n')
