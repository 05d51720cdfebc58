import json
import os; os.makedirs("corpus", exist_ok=True)
P="PARTICIPATES_IN"
rows=[
("Russian and Chinese troops took part in the Peace Mission exercise in Chelyabinsk.","russia peace_mission; china peace_mission"),
("Kazakh and Kyrgyz units joined the Peace Mission drills for the first time in 2007.","kazakhstan peace_mission; kyrgyzstan peace_mission"),
("All five Central Asian states joined NATO's Partnership for Peace: Kazakhstan, Kyrgyzstan and Uzbekistan in 1994, Tajikistan in 2002.","kazakhstan partnership_for_peace; kyrgyzstan partnership_for_peace; uzbekistan partnership_for_peace; tajikistan partnership_for_peace; turkmenistan partnership_for_peace"),
("Some 5,000 servicemen from Russia, China, Kazakhstan and Tajikistan took part in the 2010 Peace Mission exercise.","russia peace_mission; china peace_mission; kazakhstan peace_mission; tajikistan peace_mission"),
("Tokayev, who attended the China–Central Asia Summit in Xi'an, praised the new railway.","kassym_jomart_tokayev china_central_asia_summit"),
("Washington has used the C5+1 format since 2015 to engage Kazakhstan and its neighbours.","united_states c5_plus_1"),
("Since 2003 the United States and Kazakhstan have held the Steppe Eagle exercise almost every year.","united_states steppe_eagle; kazakhstan steppe_eagle"),
("The Steppe Eagle exercise, which Kazakhstan has hosted since 2003, now includes British and American units.","kazakhstan steppe_eagle; united_kingdom steppe_eagle; united_states steppe_eagle"),
("Kyrgyzstan was one of the first states to sign up to the Belt and Road Initiative.","kyrgyzstan bri"),
("Mirziyoyev and Tokayev were both in Xi'an for the China–Central Asia Summit.","shavkat_mirziyoyev china_central_asia_summit; kassym_jomart_tokayev china_central_asia_summit"),
("Putin used the Russia–Central Asia summit in Astana to court the region's leaders.","vladimir_putin russia_central_asia_summit"),
("Tajikistan has participated in the Peace Mission series since its first edition.","tajikistan peace_mission"),
("Kazakhstan, Uzbekistan and Turkmenistan all attended, while Tajikistan sent only its foreign minister to the summit.",""),
("Uzbekistan stayed away from the Peace Mission exercise in 2008.",""),
]
open("corpus/v.txt","w").write("T\n\n"+"\n\n".join(r[0] for r in rows)+"\n")
json.dump({"documents":[{"id":"v","file":"v.txt","title":"v","authors":["p"],"year":None,"venue":None,"language":"en"}]},open("corpus/manifest.json","w"))
g=open("gold.jsonl","w")
for s,f in rows:
    facts=[{"subject":x.split()[0],"predicate":P,"object":x.split()[1]} for x in f.split("; ") if x]
    g.write(json.dumps({"doc":"v","quote":s,"facts":facts},ensure_ascii=False)+"\n")
