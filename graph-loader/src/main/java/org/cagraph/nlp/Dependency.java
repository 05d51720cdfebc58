package org.cagraph.nlp;

/** A basic dependency between token indexes (0-based; governor -1 for the root). */
public record Dependency(int governor, int dependent, String relation) {}
