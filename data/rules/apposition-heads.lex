# Russian nouns (nominative, singular and plural) that open an apposition after an actor, read as a
# copula (`InsertedClauses.appositions`): Армения, союзник России по ОДКБ, заморозила… is read as well
# as "Армения — союзник России по ОДКБ", so every rule written for the copula reads the apposition. Up to
# two adjectives may stand before the noun (давний наблюдатель, главный партнёр), and не before them.
# Nouns of a relation only: a plain description (крупнейшая экономика региона) states nothing.
союзник
союзница
союзники
член
члены
участник
участница
участники
наблюдатель
наблюдатели
партнёр
партнер
партнёры
партнеры
основатель
основатели
учредитель
учредители
соучредитель
соучредители
глава
главы
президент
президенты
лидер
лидеры
председатель
председатели
руководитель
руководители
премьер-министр
генеральный_секретарь
генсек
кредитор
кредиторы
донор
доноры
инвесторы
сосед
соседи
арендатор
