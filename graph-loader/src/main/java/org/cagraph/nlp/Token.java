package org.cagraph.nlp;

/**
 * A CoreNLP token; begin and end index the clean sentence text (and so, through it, the original).
 */
public record Token(String word, String pos, String ner, int begin, int end) {}
