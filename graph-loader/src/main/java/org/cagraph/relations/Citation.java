package org.cagraph.relations;

/** Where a relation is stated: the sentence, and its exact text in the original file (code points). */
public record Citation(String doc, String sentence, int start, int end, String quote, String rule) {
}
