package org.cagraph.relations;

import java.util.List;

/**
 * Where a relation is stated: the sentence, and its exact text in the original file (code points), with what the
 * sentence says about when the relation held.
 */
public record Citation(String doc, String sentence, int start, int end, String quote, String rule,
    List<TimeReading> readings) {

  public Citation {
    readings = readings == null ? List.of() : List.copyOf(readings);
  }

  /** The same citation with other readings (an end read from a withdrawal, for the membership it ends). */
  public Citation withReadings(List<TimeReading> r) {
    return new Citation(doc, sentence, start, end, quote, rule, r);
  }
}
