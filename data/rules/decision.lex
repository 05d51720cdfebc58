# Words of agreeing or deciding that make the act they govern a plan, not yet the act, when a verb of their own
# subject follows them (Scope.DECIDED_VERB): a Russian infinitive at most one word on (стороны договорились ввести санкции; решили
# разместить войска), a Chinese verb right after the word (商定在塔吉克部署軍隊). Not a noun after "to" (agreed to the
# plan), an actor after the Chinese word (議定□使用: consent to another's act), nor a coordinated verb (agreed and
# signed, договорились и подписали: done). A lease agreed is the lease (Scope). 同意 and 決定 are not here: they govern
# a goal as often as an act (決定繼續留在, 決定深化夥伴關係, 同意美軍進駐: consent to an act the sentence states), and
# modality.lex lists their plans (同意簽署, 決定簽署, 同意向). Words that make any act after them a plan whatever
# follows (согласились) are modality.lex's. Plain words.
# English (agreed to impose, decided to deploy) is left out: with it ./kg eval lost a held-out true hit (challenge
# en 91 -> 90), and English verb frames already read such complements as intents (implicative.lex).
договорились
договорился
договорилась
договорилось
условились
решили
решил
решила
решило
решено
постановили
商定
議定
約定
