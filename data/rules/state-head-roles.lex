# The roles that make a person head of a state (HEAD_OF an actor of type Country). Any other role read from a title
# (foreign_minister, defence_minister, minister, director, governor, adviser, spokesman, ambassador) heads a ministry,
# an agency or nothing: a foreign minister is no head of his state. Values as roles.lex maps titles.
president
prime_minister
king
leader
chairman
general_secretary
emir
supreme_leader
chancellor
