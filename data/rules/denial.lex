# A clause after a relation's own that denies something makes the relation a disputed claim, kept apart with status
# "reported": 中國在塔吉克設有據點，但北京否認; …, but Beijing denies it; …, но Пекин это отрицает. A denial before the
# trigger, in its own clause, is a negation (negation.lex).
否認
否认
予以否認
予以否认
加以否認
denied
denies
deny
denying
rejected_the_reports
отрицает
отрицают
отрицал
отрицала
отрицали
опроверг
опровергла
опровергли
опровергает
опровергают
# A later clause saying the report was not confirmed (…，但兩國政府均未證實).
未證實
未予證實
拒絕證實
不予證實
未獲證實
# … with an adverb or a passive between (…，但兩國政府均未正式證實; 未經證實; 未予確認)
未正式證實
未公開證實
未經證實
沒有證實
未正式確認
未予確認
未獲確認
# A later clause rebutting the report or dispelling a rumour (…，但塔什干隨即駁斥了這一消息; …，外交部出面闢謠).
駁斥
闢謠
