# surface word -> role value
觀察員	observer
觀察員國	observer
觀察國	observer
對話夥伴	dialogue_partner
對話夥伴國	dialogue_partner
創始國	founding
創始成員國	founding
創始成員	founding
創始會員國	founding
創始會員	founding
發起國	founding
founding	founding
成員國	member
成員	member
會員國	member
會員	member
一員	member
一分子	member
一份子	member
締約國	member
對話伙伴	dialogue_partner
聯繫國	associate
聯繫成員國	associate
聯繫成員	associate
聯繫會員國	associate
聯繫會員	associate
準會員國	associate
準會員	associate
準成員國	associate
準成員	associate
夥伴國	dialogue_partner
observer	observer
observers	observer
member	member
members	member
associate	associate
dialogue partner	dialogue_partner
總統	president
國家主席	president
主席	chairman
議長	speaker
總理	prime_minister
首相	prime_minister
外長	foreign_minister
外交部長	foreign_minister
國防部長	defence_minister
秘書長	secretary_general
總幹事	director_general
領導人	leader
元首	leader
國王	king
局長	director
署長	director
部長	minister
總書記	general_secretary
總裁	chief_executive
執行長	chief_executive
行長	governor
president	president
prime minister	prime_minister
foreign minister	foreign_minister
secretary-general	secretary_general
secretary general	secretary_general
援助	aid
裝備	aid
設備	aid
武器	aid
物資	aid
糧食	aid
藥品	aid
疫苗	aid
彈藥	aid
巡邏艇	aid
裝甲車	aid
無人機	aid
運輸機	aid
直升機	aid
小麥	aid
麵粉	aid
撥款	aid
贈款	aid
捐款	aid
無償援助	aid
預算支持	aid
財政支持	aid
資金支持	aid
發展基金	aid
發展資金	aid
經援	aid
金援	aid
軍援	aid
經濟援助	aid
軍事援助	aid
貸款	loan
貸款給	loan
借給	loan
投資	investment
直接投資	investment
投資者	investment
投資國	investment
投資方	investment
援助國	aid
捐助國	aid
債權國	loan
債權人	loan
債主	loan
金主	aid
外資來源	investment
投資來源	investment
貸款國	loan
aid	aid
assistance	aid
loan	loan
loans	loan
investment	investment
investments	investment
invested	investment
financing	investment
funding	investment
equipment	aid
weapons	aid
arms	aid
vaccines	aid
humanitarian supplies	aid
戰略夥伴	strategic
全面戰略夥伴	strategic
戰略合作夥伴	strategic
戰略夥伴關係	strategic
strategic partner	strategic
strategic partnership	strategic
chairman	chairman
director	director
head	leader
支援	aid
戰略協作夥伴	strategic
戰略協作夥伴關係	strategic
戰略關係	strategic
戰略合作	strategic
資金	investment
支援	aid
國務卿	foreign_minister
secretary of state	foreign_minister
king	king
emir	emir
chancellor	chancellor
premier	prime_minister
credit line	loan
credit lines	loan
credits	loan
credit	loan
grant	aid
grants	aid
supreme leader	supreme_leader
最高領袖	supreme_leader
融資	loan
信貸額度	loan
信貸	loan
授信	loan
資助	aid
援建	aid
leader	leader
президентом	president
# the bare title (Президент России … и его узбекский коллега: HEAD_OF ru_counterpart)
президент	president
премьер-министр	prime_minister
# Russian status words, every case form (the inverted status rules read them: наблюдателями при ШОС являются …;
# статус партнёров по диалогу получили …)
наблюдатель	observer
наблюдателя	observer
наблюдателю	observer
наблюдателем	observer
наблюдателе	observer
наблюдатели	observer
наблюдателей	observer
наблюдателям	observer
наблюдателями	observer
наблюдателях	observer
партнёр по диалогу	dialogue_partner
партнёра по диалогу	dialogue_partner
партнёру по диалогу	dialogue_partner
партнёром по диалогу	dialogue_partner
партнёре по диалогу	dialogue_partner
партнёры по диалогу	dialogue_partner
партнёров по диалогу	dialogue_partner
партнёрам по диалогу	dialogue_partner
партнёрами по диалогу	dialogue_partner
партнёрах по диалогу	dialogue_partner
партнер по диалогу	dialogue_partner
партнера по диалогу	dialogue_partner
партнеру по диалогу	dialogue_partner
партнером по диалогу	dialogue_partner
партнере по диалогу	dialogue_partner
партнеры по диалогу	dialogue_partner
партнеров по диалогу	dialogue_partner
партнерам по диалогу	dialogue_partner
партнерами по диалогу	dialogue_partner
партнерах по диалогу	dialogue_partner
# a presidency won by election (won the presidential election, won the presidency)
presidential	president
presidency	president
премьер-министром	prime_minister
президенту	president
# English: arms given as aid (Russia supplied military equipment to Tajikistan); a head of state or ruler
military equipment	aid
military hardware	aid
development assistance	aid
head of state	leader
ruler	leader
президента	president
главой государства	president
главы государства	president
премьер-министра	prime_minister
главой правительства	prime_minister
главы правительства	prime_minister
