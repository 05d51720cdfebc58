# A negated auxiliary after a Russian infinitive that is a relation's trigger or stands within two words after it: the
# act is denied as the infinitive's (санкции вводить не стали, размещать базу не собираются), though no negation stands
# before the trigger. Read only up to the trigger clause's next и, а or но (…и выводить их не собирается is another
# predicate's). Plain phrases, `_` or a space between words.
не стал
не стала
не стало
не стали
не станут
не станет
не будут
не будет
не собирается
не собираются
не собирался
не собиралась
не собирались
не собираемся
не собираюсь
не намерен
не намерена
не намерено
не намерены
не смог
не смогла
не смогло
не смогли
не захотел
не захотела
не захотели
не хотят
не хочет
не решил
не решила
не решили
не решились
не решился
не решилась
не спешат
не спешит
