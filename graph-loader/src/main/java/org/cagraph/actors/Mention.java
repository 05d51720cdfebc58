package org.cagraph.actors;

/**
 * A linked mention in a sentence's clean text [begin, end).
 *
 * @param method how the link was made: name, short (abbreviation in context), compound, group,
 *     coref, metonym (a capital for its state), discovered
 */
public record Mention(Actor actor, int begin, int end, String method, double confidence) {}
