package org.cagraph.relations;

/**
 * A date expression at [begin, end) of a sentence; since/until set for ranges and 起/以來; {@code
 * also} the last year of a span of activity (between 2007 and 2022) on the mention of its first.
 */
record DateMention(int begin, int end, String date, String since, String until, String also) {
  DateMention(int begin, int end, String date, String since, String until) {
    this(begin, end, date, since, until, null);
  }
}
