# A visit an earlier clause of the sentence tells, the statement's date before it: an act done on that occasion
# (1998年7月6日，□總統應邀訪問□，與□簽署了…宣言; 2022年5月12日，□總統訪土，並與□簽署多項協定) is an EVENT of a
# relation that already held, not its start, even where the act's own word (簽署) would start it. Types dated by
# their own act (SIGNED, PROPOSED) keep their date as a start. A session or a summit is no such occasion: a state
# joins the UN at a session of its General Assembly.
訪問
國事訪問
到訪
出訪
訪
state_visit
visit
visited
visiting
визит
визита
визитом
посетил
посетила
