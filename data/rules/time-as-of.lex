# A date introduced by one of these is the moment the text observed the relation at (截至2023年3月底, as of 2020):
# the reading is "observed" at that date, not an event or a start.
截至
截止
迄至
as_of
by_the_end_of
по_состоянию_на
на_конец
