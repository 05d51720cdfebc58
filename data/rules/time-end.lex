# A statement of an office (HEAD_OF, and any type Scope leaves asserted) reads as the END of its relation at the date
# beside it when one of these stands in its trigger's clause: a president who resigned, was ousted or died in office.
# Endings of other types (sanctions lifted, a base closed, a lease expired) are ending.lex's: those statements are
# "ended", and their dates end the relation they name.
辭職
辭去
下台
下臺
卸任
離任
離職
推翻
罷黜
罷免
流亡
去世
逝世
病逝
屆滿
resigned
resign
ousted
overthrown
stepped_down
died
ушёл_в_отставку
отставка
отставку
свергнут
скончался
垮台
垮臺
倒台
倒臺
下野
# 跨台 and 跨臺 are how 垮台 is often mis-written (the papers' OCR and their authors alike)
跨台
跨臺
