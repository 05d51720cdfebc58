# Words that open a clause told as coming after the date an earlier clause of the sentence gives (1992年5月…簽署…，
# 其後又成為…成員; …, and later joined …): the clause's act happened some time after that date, not at it, so the
# date is not read as its date (nor is the paragraph's). Only at the clause's opening (a conjunction before it aside):
# 1991年之後 inside a clause dates from that year and is the date's own clause.
其後
此後
隨後
之後
後來
嗣後
稍後
日後
其后
此后
随后
之后
后来
later
subsequently
afterwards
позднее
впоследствии
