# Pronouns that stand for a Chinese clause chain's topic when they open a clause as its subject (哈薩克於1991年獨立，
# 其並於同年加入…; 該國…): CarriedSubject reads such a clause as the topic's, and the topic goes on after it.
# Other pronouns (我們, 他們) still end the topic for the carried pass.
# One word a line, either script.
其
它
該國
该国
此國
此国
