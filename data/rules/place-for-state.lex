# Relation types whose object, when a rule's slot lands on a place (a city, a town) the gazetteer places in a state,
# stands for that state: troops "in Dushanbe" are a military presence in Tajikistan; paratroopers flown into Almaty, a
# presence in Kazakhstan. A place the gazetteer puts in no state is kept as it is. Other types keep the place: a
# secretariat seated in Beijing is LOCATED_IN Beijing. One relation type a line.
HAS_MILITARY_PRESENCE_IN
