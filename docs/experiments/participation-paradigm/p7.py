import json
import os; os.makedirs("corpus", exist_ok=True)
P="PARTICIPATES_IN"
docs={
"t_ru":("ru",[
 ("Учения «Мирная миссия» проводятся под эгидой ШОС с 2005 года.",[]),
 ("В этих учениях в 2021 году участвовали подразделения Казахстана и Киргизии.",["kazakhstan","kyrgyzstan"]),
 ("Таджикистан также направил на учения мотострелковую роту.",["tajikistan"]),
 ("Узбекистан присоединился к учениям лишь в 2019 году.",["uzbekistan"]),
 ("Саммит «Китай — Центральная Азия» впервые прошёл в Сиане в 2023 году.",[]),
 ("В саммите приняли участие Токаев и Мирзиёев.",["kassym_jomart_tokayev","shavkat_mirziyoyev"]),
 ("Туркменистан также был представлен на саммите.",["turkmenistan"]),
]),
"t_zh-hans":("zh-Hans",[
 ("“和平使命”联合反恐演习自2005年起在上合组织框架内举行。",[]),
 ("2021年，哈萨克斯坦和吉尔吉斯斯坦军队参加了该演习。",["kazakhstan","kyrgyzstan"]),
 ("塔吉克斯坦也派出一个连参加演习。",["tajikistan"]),
 ("乌兹别克斯坦直到2019年才加入这一演习。",["uzbekistan"]),
 ("首届中国—中亚峰会于2023年在西安举行。",[]),
 ("托卡耶夫和米尔济约耶夫出席了峰会。",["kassym_jomart_tokayev","shavkat_mirziyoyev"]),
 ("土库曼斯坦也派代表出席了本次峰会。",["turkmenistan"]),
]),
"t_en":("en",[
 ("The Peace Mission exercises have been held under the SCO since 2005.",[]),
 ("Troops from Kazakhstan and Kyrgyzstan took part in the exercise in 2021.",["kazakhstan","kyrgyzstan"]),
 ("Tajikistan also sent a company to the drills.",["tajikistan"]),
 ("Uzbekistan joined the exercises only in 2019.",["uzbekistan"]),
 ("The first China–Central Asia Summit was held in Xi'an in 2023.",[]),
 ("Tokayev and Mirziyoyev attended the summit.",["kassym_jomart_tokayev","shavkat_mirziyoyev"]),
 ("Turkmenistan was also represented at the summit.",["turkmenistan"]),
]),
"t_zh-hant":("zh-Hant",[
 ("「和平使命」聯合反恐演習自2005年起在上合組織框架內舉行。",[]),
 ("2021年，哈薩克與吉爾吉斯軍隊參加了該演習。",["kazakhstan","kyrgyzstan"]),
 ("塔吉克也派出一個連參加演習。",["tajikistan"]),
 ("烏茲別克直到2019年才加入這項演習。",["uzbekistan"]),
 ("首屆中國—中亞峰會於2023年在西安舉行。",[]),
 ("托卡耶夫與米爾濟約耶夫出席了峰會。",["kassym_jomart_tokayev","shavkat_mirziyoyev"]),
 ("土庫曼也派代表出席了本次峰會。",["turkmenistan"]),
]),
}
man={"documents":[]}; g=open("gold.jsonl","w")
for d,(lang,rows) in docs.items():
    # two paragraphs: exercise, summit
    paras=[" ".join(s for s,_ in rows[:4]) if lang in("ru","en") else "".join(s for s,_ in rows[:4]),
           " ".join(s for s,_ in rows[4:]) if lang in("ru","en") else "".join(s for s,_ in rows[4:])]
    open(f"corpus/{d}.txt","w").write("Coref\n\n"+"\n\n".join(paras)+"\n")
    man["documents"].append({"id":d,"file":d+".txt","title":d,"authors":["probe"],"year":None,"venue":None,"language":lang})
    for i,(s,subs) in enumerate(rows):
        o="peace_mission" if i<4 else "china_central_asia_summit"
        g.write(json.dumps({"doc":d,"quote":s,"facts":[{"subject":x,"predicate":P,"object":o,"coref":True} for x in subs]},ensure_ascii=False)+"\n")
json.dump(man,open("corpus/manifest.json","w"),ensure_ascii=False)
