import json
import os; os.makedirs("corpus", exist_ok=True)
R="PROPOSED"
rows=[
("俄羅斯所倡議之「大歐亞夥伴關係」，意在整合歐亞經濟聯盟與一帶一路。","russia greater_eurasian_partnership"),
("納札爾巴耶夫早於1994年即倡議建立「歐亞聯盟」，此一構想後來成為歐亞經濟聯盟的藍本。","nursultan_nazarbayev eurasian_union_idea"),
("中國長期積極倡議、但一度遭俄羅斯質疑的「中吉烏鐵路」終於在2024年動工。","china china_kyrgyzstan_uzbekistan_railway"),
("亞信會議係由哈薩克於1992年倡議召開。","kazakhstan cica"),
("一帶一路為中國國家主席習近平於2013年所提出之倡議。","xi_jinping bri"),
("中國提出「一帶一路」倡議後，中亞各國紛紛響應。","china bri"),
("習近平所揭櫫的「全球安全倡議」強調共同安全。","xi_jinping global_security_initiative"),
("在習近平宣布「絲綢之路經濟帶」構想之後，哈薩克隨即表態支持。","xi_jinping bri"),
("日本於2004年推出「中亞加日本」對話，為其中亞外交之主軸。","japan central_asia_plus_japan"),
("美國提出的「新絲綢之路計畫」最終無疾而終。","united_states new_silk_road_initiative"),
("普欽在2015年提出將歐亞經濟聯盟與絲綢之路經濟帶對接。",""),
("外界普遍認為「一帶一路」是中國版的馬歇爾計畫。",""),
]
open("corpus/u.txt","w").write("T\n\n"+"\n\n".join(r[0] for r in rows)+"\n")
json.dump({"documents":[{"id":"u","file":"u.txt","title":"u","authors":["p"],"year":None,"venue":None,"language":"zh-Hant"}]},open("corpus/manifest.json","w"))
g=open("gold.jsonl","w")
for s,f in rows:
    facts=[{"subject":f.split()[0],"predicate":R,"object":f.split()[1]}] if f else []
    g.write(json.dumps({"doc":"u","quote":s,"facts":facts},ensure_ascii=False)+"\n")
