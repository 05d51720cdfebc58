# A dated statement with one of these in the clause of its trigger is an EVENT during its relation, not its start:
# a summit, a visit, a meeting, rent paid, an exercise, a re-election, an upgrade. An event shows the relation held
# at that date and never moves its start.
峰會
高峰會
會晤
會見
會談
訪問
到訪
出訪
出席
會議
年會
租金
支付
付款
演習
連任
再次當選
續任
升級
提升為
提升到
深化
續約
延長
紀念
週年
summit
visit
visited
meeting
met
talks
rent
paid
payment
exercise
exercises
re-elected
reelected
upgraded
upgrade
anniversary
extended
саммит
саммите
визит
встреча
переизбран
учения
# upgrades in Russian (повышены до уровня стратегического партнёрства), as 升級 and upgraded are
повышены
повышен
повышение
# an act at a named gathering (習近平在□上宣布, □在□期間會晤: the summit, forum or session is an actor, so its own word
# is masked): the act is an event during the relation, dated as the gathering is
在□上
在□期間
