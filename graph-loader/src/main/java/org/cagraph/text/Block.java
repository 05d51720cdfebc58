package org.cagraph.text;

/** A run of clean text of one kind: a paragraph, a footnote, a table row or a heading. */
record Block(Sentence.Kind kind, int start, int end, String section, int paragraph) {}
