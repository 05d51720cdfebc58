# Past a short plain noun after a relation's match (up to four Han characters), the head nouns that still make the
# relation a plan or a rumour: 派駐人員的傳聞, 援助物資的計畫. Only these: an effort, a process or a prospect of a
# longer phrase (中國援助塔吉克抗疫的努力) is about an act that is done. Read after planned-after.lex's words found at
# the match's end have been tried; plain words.
的傳聞
的傳言
的謠言
的計畫
的計劃
的構想
的設想
的打算
