# Verbs that close a Chinese clause taking part in the initiative or programme the sentence opened with as its topic
# (「和平夥伴關係計畫」於1994年啟動，哈薩克與吉爾吉斯均於當年加入): FrontedBody inserts the initiative's placeholder after the
# verb and the PARTICIPATES_IN rules read the clause again (README, "A body at the head of the sentence").
加入
參與
參加
簽約加入
