# Nouns that head a list of actors: the list after them (after a colon or dash, or after including,
# such as, включая, 包括) names what the noun stands for, so a rule may read each listed actor where
# the noun stands (Russia keeps bases in two countries: Tajikistan and Kyrgyzstan). Member and
# observer nouns are not listed: they state a relation themselves and the rules read them.
countries
country
states
nations
republics
neighbours
neighbors
democracies
powers
economies
governments
blocs
organisations
organizations
groupings
alliances
agreements
treaties
documents
bases
facilities
partners
allies
государства
государств
государствами
государствах
страны
стран
странами
странах
республики
республик
республиками
соседи
соседей
соседями
соседям
партнёры
партнеры
партнёрами
партнерами
союзники
союзниками
организации
организаций
организациями
блоки
блоков
соглашения
соглашений
договоры
договоров
документы
документов
базы
баз
国家
邻国
盟国
伙伴
组织
协议
条约
基地
# member nouns, when a colon or an opener lists the members a relation of another type reaches
# (граничит с двумя её участниками: Грузией и Азербайджаном); the member relation itself the rules
# read from the noun before any list is moved
members
member_states
участниками
участникам
членами
членам
