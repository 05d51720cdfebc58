// The document node of one paper.
MERGE (d:Document {id: $doc.id})
SET d.title = $doc.title, d.authors = $doc.authors, d.year = $doc.year, d.venue = $doc.venue,
    d.language = $doc.language, d.sha256 = $doc.sha256, d.file = $doc.file
