// Which of these papers the graph holds, with the hash of what was written for each (an unchanged paper is skipped).
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.loadHash AS loadHash
