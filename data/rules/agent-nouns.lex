# Nouns that stand for the state (or bloc) their modifier names, when a verb frame's subject or object lands on
# them and they link to no actor themselves: "the Chinese government granted", "Kazakh troops took part",
# "the leaders of Russia, Belarus and Kazakhstan signed", "Uzbekistan's parliament ratified", "an offensive against
# Armenian forces". The modifier is an adjective or compound (amod, compound), a possessive (nmod:poss) or an
# of/from phrase (nmod). Only bodies that act for a state: a bank, a company or a city does not.
# One word form a line, plain words only.
government
governments
authorities
leader
leaders
leadership
officials
troops
forces
soldiers
army
armies
military
delegation
delegations
delegates
parliament
parliaments
diplomats
negotiators
regime
paratroopers
peacekeepers
servicemen
contingent
contingents
# military formations a state sends, by their adjective: Mongolian troops trained alongside British and American
# battalions; Kazakh battalions joined the drills. Not units, which a company has as often as an army (British units
# of Kazakh mining companies joined the Belt and Road Initiative: no British participation).
battalion
battalions
detachment
detachments
brigade
brigades
navy
ministry
ministries
cabinet
legislature
lawmakers
senate
administration
# armed men who fight for a state or a movement: IMU fighters crossed into Kyrgyzstan and fought Kyrgyz and Uzbek troops
fighters
militants
insurgents
guerrillas
guards
