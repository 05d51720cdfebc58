package org.cagraph.relations;

/** A date expression at [begin, end) of a sentence; since/until set for ranges and 起/以來. */
record DateMention(int begin, int end, String date, String since, String until) {}
