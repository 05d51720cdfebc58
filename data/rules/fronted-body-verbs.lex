# Verbs that close a Chinese clause joining or leaving the body or treaty the sentence opened with as its topic
# (集安組織於2002年成立，烏茲別克於2006年加入; 上合組織擴員後，伊朗於2023年加入): FrontedBody inserts the body's placeholder
# after the verb and the MEMBER_OF, WITHDREW_FROM and SIGNED rules read the clause again (README, "A body at the head of
# the sentence"). Only the clause's last word counts (了 may follow).
加入
加盟
入盟
入會
重返
重新加入
退出
脫離
