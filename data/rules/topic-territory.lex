# Nouns of a territory that open a Chinese clause with their possessor unsaid (塔吉克是集安組織成員國，境內駐有俄羅斯軍隊):
# CarriedSubject reads the territory as the topic's, with the topic's copy before the word (the word stays, so the
# rules read 「塔吉克境內駐有…」). A possessor said before the word (其境內, 該國境內, 俄羅斯境內) is read as it is.
# One word a line, either script.
境內
境内
國內
国内
