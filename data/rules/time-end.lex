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
# a ~ entry is a participle's stem (Lexicon): свергнут~ is свергнут, свергнутый, свергнутого, свергнута … (session 39)
свергнут~
скончался
垮台
垮臺
倒台
倒臺
下野
# 跨台 and 跨臺 are how 垮台 is often mis-written (the papers' OCR and their authors alike)
跨台
跨臺
# Ends as new text words them (written-train, fifteenth session): death in office, an ouster, power handed on.
death
смерти
смерть
кончины
過世
辭世
身亡
ouster
ousting
overthrow
downfall
deposed
left_office
handed_over
handed_power
handed_the_presidency
succeeded_by
отставки
покинул_пост
покинула_пост
ушёл_с_поста
ушел_с_поста
передал_власть
передал_пост
交出
交棒
去職
fall_of
replaced_by
was_replaced
падения
свержения
свержение
# Resigning as the Russian texts word it (объявил о сложении полномочий, сложил полномочия): session 28.
сложении_полномочий
сложения_полномочий
сложение_полномочий
сложил_полномочия
сложила_полномочия
# Russian до before one of these nouns ends a span (до свержения в 2010 году): DateParser reads its nouns from this
# file (session 39), so a noun of leaving office added here serves both. Death in office and leaving the post:
гибели
ухода_с_поста
ухода_в_отставку
