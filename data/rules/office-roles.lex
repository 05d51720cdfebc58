# The roles of roles.lex that name an office a person holds (president, 總統, премьер-министр), as opposed to the
# roles of a membership (observer, founding), of aid (loan, grant) or of a partnership (strategic). A list whose
# items are such a title with at most one state and a person (中國國家主席胡錦濤、俄羅斯總統普欽與…) is read as one group
# of persons (RuleEngine's titled list). Values as roles.lex maps titles.
president
prime_minister
leader
king
emir
chairman
general_secretary
supreme_leader
chancellor
secretary_general
director
chief_executive
governor
minister
foreign_minister
defence_minister
