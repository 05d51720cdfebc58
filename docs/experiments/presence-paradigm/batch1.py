import json, os, sys
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/presence-paradigm'
os.makedirs(f'{OUT}/corpus', exist_ok=True),sys
H='HAS_MILITARY_PRESENCE_IN'; L='LOCATED_IN'; S='LEASES'
P={}
P['zh-hant']=[
("俄羅斯第201軍事基地位於塔吉克首都杜尚別。",[("russia",H,"russian_201st_military_base"),("russia",H,"tajikistan"),("russian_201st_military_base",L,"tajikistan"),("dushanbe",L,"tajikistan")]),
("在塔吉克，俄羅斯第201軍事基地是其境外最大的陸軍基地。",[("russia",H,"russian_201st_military_base"),("russia",H,"tajikistan"),("russian_201st_military_base",L,"tajikistan")]),
("俄羅斯駐吉爾吉斯的坎特空軍基地於2003年啟用。",[("russia",H,"kant_air_base"),("russia",H,"kyrgyzstan"),("kant_air_base",L,"kyrgyzstan")]),
("塔吉克境內駐有約七千名俄軍。",[("russia",H,"tajikistan")]),
("亞美尼亞境內駐有俄羅斯的第102軍事基地。",[("russia",H,"armenia"),("russia",H,"russian_102nd_military_base"),("russian_102nd_military_base",L,"armenia")]),
("吉爾吉斯境內設有俄羅斯的坎特空軍基地。",[("russia",H,"kyrgyzstan"),("russia",H,"kant_air_base"),("kant_air_base",L,"kyrgyzstan")]),
("艾尼空軍基地位於杜尚別以西約十公里處。",[("ayni_air_base",L,"tajikistan")]),
("坎特空軍基地位於楚河州坎特市附近。",[("kant_air_base",L,"kyrgyzstan")]),
("印度軍隊進駐塔吉克的艾尼空軍基地。",[("india",H,"ayni_air_base"),("india",H,"tajikistan"),("ayni_air_base",L,"tajikistan")]),
("俄羅斯向哈薩克租借拜科努爾發射場，每年支付一億一千五百萬美元租金。",[("russia",S,"baikonur_cosmodrome")]),
("俄羅斯與哈薩克同意將拜科努爾的租期延長至2050年。",[("russia",S,"baikonur_cosmodrome")]),
("俄羅斯租用的拜科努爾發射場位於哈薩克境內。",[("russia",S,"baikonur_cosmodrome"),("baikonur_cosmodrome",L,"kazakhstan")]),
("美軍已於2014年撤出馬納斯空軍基地。",[]),
("俄羅斯計劃在吉爾吉斯南部再建一座軍事基地。",[]),
("俄羅斯駐塔吉克大使出席了慶典。",[]),
("吉爾吉斯的軍隊駐守在奧什。",[]),
("美國在烏茲別克的汗阿巴德空軍基地已於2005年關閉。",[("karshi_khanabad_air_base",L,"uzbekistan")]),
("俄羅斯天然氣公司在比什凱克設有辦事處。",[]),
("馬納斯空軍基地曾是美軍在中亞的轉運中心。",[("united_states",H,"manas_air_base")]),
("哈薩克以每年一億多美元的價格將拜科努爾租給俄羅斯。",[("russia",S,"baikonur_cosmodrome")]),
]
P['zh-hans']=[
("俄罗斯空军在吉尔吉斯斯坦境内使用的一座军用机场就是坎特空军基地。",[("russia",H,"kant_air_base"),("russia",H,"kyrgyzstan"),("kant_air_base",L,"kyrgyzstan")]),
("俄罗斯在塔吉克斯坦驻有第201军事基地。",[("russia",H,"tajikistan"),("russia",H,"russian_201st_military_base"),("russian_201st_military_base",L,"tajikistan")]),
("驻扎在亚美尼亚的俄军约有三千人。",[("russia",H,"armenia")]),
("亚美尼亚是俄罗斯第102军事基地的所在地。",[("russia",H,"russian_102nd_military_base"),("russian_102nd_military_base",L,"armenia"),("russia",H,"armenia")]),
("第102军事基地位于亚美尼亚北部城市久姆里。",[("russian_102nd_military_base",L,"armenia"),("gyumri",L,"armenia")]),
("艾尼空军基地位于塔吉克斯坦首都杜尚别附近。",[("ayni_air_base",L,"tajikistan"),("dushanbe",L,"tajikistan")]),
("印度在塔吉克斯坦的艾尼空军基地部署了直升机。",[("india",H,"ayni_air_base"),("india",H,"tajikistan"),("ayni_air_base",L,"tajikistan")]),
("俄罗斯每年向哈萨克斯坦支付拜科努尔航天发射场的租金。",[("russia",S,"baikonur_cosmodrome")]),
("俄罗斯租借萨雷沙甘试验场已有多年。",[("russia",S,"sary_shagan_test_site")]),
("双方将俄罗斯租用拜科努尔的期限延长至2050年。",[("russia",S,"baikonur_cosmodrome")]),
("俄军已于2005年撤离塔吉克斯坦边境。",[]),
("美国曾提议在乌兹别克斯坦重新部署军队。",[]),
("中国驻吉尔吉斯斯坦大使馆位于比什凯克。",[]),
("哈萨克斯坦军队在阿拉木图举行了阅兵。",[]),
("华为公司在杜尚别设有办事处。",[]),
("美军驻扎在吉尔吉斯斯坦的马纳斯空军基地。",[("united_states",H,"manas_air_base"),("united_states",H,"kyrgyzstan"),("manas_air_base",L,"kyrgyzstan")]),
("塔吉克斯坦同意俄罗斯在其境内长期驻军。",[("russia",H,"tajikistan")]),
("坎特空军基地是集体安全条约组织在吉尔吉斯斯坦的空军基地。",[("csto",H,"kant_air_base"),("csto",H,"kyrgyzstan"),("kant_air_base",L,"kyrgyzstan")]),
("俄罗斯租用的巴尔喀什雷达站位于哈萨克斯坦。",[]),
("哈萨克斯坦将拜科努尔航天发射场租给俄罗斯。",[("russia",S,"baikonur_cosmodrome")]),
]
P['en']=[
("Russia's 201st base in Tajikistan is its largest abroad.",[("russia",H,"russian_201st_military_base"),("russia",H,"tajikistan"),("russian_201st_military_base",L,"tajikistan")]),
("About 7,000 Russian troops are stationed in Tajikistan.",[("russia",H,"tajikistan")]),
("Russian troops have been based in Armenia since the 1990s.",[("russia",H,"armenia")]),
("Kyrgyzstan hosts the Russian air base at Kant.",[("russia",H,"kant_air_base"),("russia",H,"kyrgyzstan"),("kant_air_base",L,"kyrgyzstan")]),
("The Ayni air base, near Dushanbe, was refurbished by India.",[("ayni_air_base",L,"tajikistan")]),
("The Kant air base is located in Kyrgyzstan, east of Bishkek.",[("kant_air_base",L,"kyrgyzstan")]),
("Manas Air Base lies just outside Bishkek.",[("manas_air_base",L,"kyrgyzstan")]),
("The Baikonur Cosmodrome, in southern Kazakhstan, is leased by Russia.",[("baikonur_cosmodrome",L,"kazakhstan"),("russia",S,"baikonur_cosmodrome")]),
("Russia pays Kazakhstan about $115 million a year in rent for Baikonur.",[("russia",S,"baikonur_cosmodrome")]),
("In 2004 the lease on Baikonur was extended until 2050.",[]),
("Russia's lease on Baikonur was extended until 2050.",[("russia",S,"baikonur_cosmodrome")]),
("Russia rents the Sary-Shagan test site from Kazakhstan.",[("russia",S,"sary_shagan_test_site")]),
("The United States deployed aircraft at Manas Air Base in Kyrgyzstan.",[("united_states",H,"manas_air_base"),("united_states",H,"kyrgyzstan"),("manas_air_base",L,"kyrgyzstan")]),
("American forces withdrew from Manas Air Base in 2014.",[]),
("Moscow has proposed a second base in Kyrgyzstan.",[]),
("The Russian ambassador to Tajikistan visited the base.",[]),
("Kazakh troops are stationed in Almaty.",[]),
("Gazprom opened an office in Dushanbe.",[]),
("Germany kept a small contingent at Termez air base in Uzbekistan until 2015.",[("germany",H,"termez_air_base"),("germany",H,"uzbekistan"),("termez_air_base",L,"uzbekistan")]),
("The base at Kant, operated by Russia, is the CSTO's only air base.",[("russia",H,"kant_air_base")]),
("Tajikistan allowed Russian troops to stay on its territory until 2042.",[("russia",H,"tajikistan")]),
]
P['ru']=[
("Российская авиабаза Кант в Киргизии расширяется.",[("russia",H,"kant_air_base"),("russia",H,"kyrgyzstan"),("kant_air_base",L,"kyrgyzstan")]),
("201-я российская военная база расположена в Таджикистане.",[("russia",H,"russian_201st_military_base"),("russia",H,"tajikistan"),("russian_201st_military_base",L,"tajikistan")]),
("Российские войска размещены в Таджикистане.",[("russia",H,"tajikistan")]),
("Авиабаза Айни находится недалеко от Душанбе.",[("ayni_air_base",L,"tajikistan")]),
("Авиабаза Кант расположена в Чуйской области Киргизии.",[("kant_air_base",L,"kyrgyzstan")]),
("102-я военная база дислоцирована в Гюмри.",[("russian_102nd_military_base",L,"armenia")]),
("Россия арендует космодром Байконур у Казахстана.",[("russia",S,"baikonur_cosmodrome")]),
("Россия ежегодно платит Казахстану 115 млн долларов за аренду Байконура.",[("russia",S,"baikonur_cosmodrome")]),
("Срок аренды Байконура Россией продлён до 2050 года.",[("russia",S,"baikonur_cosmodrome")]),
("Казахстан сдаёт в аренду России полигон Сары-Шаган.",[("russia",S,"sary_shagan_test_site")]),
("Американские военные покинули авиабазу Манас в 2014 году.",[]),
("Россия планирует открыть новую базу в Киргизии.",[]),
("Посол России в Таджикистане посетил базу.",[]),
("Казахстанские войска размещены в Алматы.",[]),
("Газпром открыл представительство в Душанбе.",[]),
("Индийские вертолёты размещены на авиабазе Айни в Таджикистане.",[("india",H,"ayni_air_base"),("india",H,"tajikistan"),("ayni_air_base",L,"tajikistan")]),
("Армения принимает у себя российскую военную базу в Гюмри.",[("russia",H,"armenia")]),
("Авиабаза Манас, где базировались американские войска, закрыта в 2014 году.",[("manas_air_base",L,"kyrgyzstan")]),
("Российская военная база в Гюмри насчитывает около трёх тысяч человек.",[("russia",H,"armenia")]),
("Байконур, арендуемый Россией, находится в Казахстане.",[("russia",S,"baikonur_cosmodrome"),("baikonur_cosmodrome",L,"kazakhstan")]),
]
gold=open(f'{OUT}/gold.jsonl','w')
for lang,rows in P.items():
    doc='hp_'+lang
    text='\n\n'.join(s for s,_ in rows)+'\n'
    open(f'{OUT}/corpus/{doc}.txt','w').write(text)
    for s,f in rows:
        gold.write(json.dumps({"doc":doc,"quote":s,"facts":[{"subject":a,"predicate":p,"object":b} for a,p,b in f]},ensure_ascii=False)+'\n')
