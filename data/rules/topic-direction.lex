# Direction words that open a Chinese clause with their state unsaid, in a chain describing one state
# (吉爾吉斯是中亞內陸國家，北鄰哈薩克，西接烏茲別克，同時也是上合組織成員國): CarriedSubject reads them as topic-territory.lex's
# words (the topic's copy goes before the word, and the topic goes on past the clause), but only for a topic that is one
# actor: the north of a list of states (中亞五國) is no one state's side. One word a line, either script.
北部
南部
東部
东部
西部
北
南
東
东
西
東北
东北
西北
東南
东南
西南
