package org.cagraph.relations;

import java.util.List;

/**
 * Where a relation is stated: the sentence, and its exact text in the original file (code points),
 * with what the sentence says about when the relation held. {@code endsOnly}: the sentence does not
 * state the relation but bounds it: it ends it (sanctions lifted, left the treaty the relation
 * signed), or a head of state titled in it does his state's act (烏茲別克總統卡里莫夫簽署: the date of
 * Uzbekistan's signing). It is cited as the evidence of that bound, and is no statement of the
 * relation for precision's sake (the name is older than the second case).
 */
public record Citation(
    String doc,
    String sentence,
    int start,
    int end,
    String quote,
    String rule,
    List<TimeReading> readings,
    boolean endsOnly)
    implements java.io.Serializable {

  public Citation {
    readings = readings == null ? List.of() : List.copyOf(readings);
  }

  public Citation(
      String doc,
      String sentence,
      int start,
      int end,
      String quote,
      String rule,
      List<TimeReading> readings) {
    this(doc, sentence, start, end, quote, rule, readings, false);
  }

  /** The same citation with other readings. */
  public Citation withReadings(List<TimeReading> r) {
    return new Citation(doc, sentence, start, end, quote, rule, r, endsOnly);
  }

  /** The citation of a sentence that only ends the relation. */
  public Citation endingOnly(List<TimeReading> r) {
    return new Citation(doc, sentence, start, end, quote, rule, r, true);
  }
}
