# A statement with one of these in the clause of its trigger, and no date of its own, OBSERVES its relation at the
# time of writing: the reading takes the document's date from the manifest, or no date where the manifest has none.
目前
至今
迄今
現今
如今
現任
當前
現在
時下
currently
now
today
current
as_of
to_date
still
в_настоящее_время
сейчас
ныне
нынешний
