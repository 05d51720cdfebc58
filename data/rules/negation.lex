# A match whose clause holds one of these is a negated claim, never a fact.
# 烏茲別克並未加入; 土庫曼…不參與軍事合作; 沒有能夠透過經濟制裁
未(?!來|来|能如)
並未
尚未
從未
沒有
拒絕
不願
無意
並非
不會
不參與
不加入
否認
# 極力避免…結為「軍事同盟」; 俄羅斯絕不允許哈薩克跟美國有如此的戰略關係
不允許
不容許
絕不
避免
反對
\bnot\b
\bnever\b
\brefused\b
\bdeclined\b
\brejected\b
\bno longer\b
