# Past a short plain noun after a relation's match (up to four Han characters), every word of planned-after.lex that
# opens with 的 still makes the relation a plan, talks, a possibility or a rumour (派駐人員的傳聞, 援助物資的計畫,
# 進駐基地的可能, 加入組織的談判), except these: an effort, a process or a procedure of a longer phrase is about an act
# that is done (中國援助塔吉克抗疫的努力, 援助物資的手續). Plain words.
的努力
的進程
的程序
的手續
