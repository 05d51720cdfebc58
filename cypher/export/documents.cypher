// Every document, in id order: the document lines of the sentences sidecar.
MATCH (d:Document)
RETURN d.id AS id, d.file AS file, d.title AS title, coalesce(d.authors, []) AS authors, d.year AS year,
       d.date AS date, d.venue AS venue, d.language AS language, d.sha256 AS sha256
ORDER BY id
