package org.cagraph.relations;

import java.util.List;
import org.cagraph.text.Sentence;

/**
 * A relation as one sentence states it.
 *
 * @param status asserted, negated (未加入) or hypothetical (謀求加入, 預計): only asserted ones become
 *     facts; an ended one (sanctions lifted, a base closed) still dates the end of the relation it
 *     ends
 * @param readings what the sentence says about when the relation held ({@link TimeReading})
 */
public record Statement(
    String subject,
    String predicate,
    String object,
    String role,
    String date,
    String since,
    String until,
    double confidence,
    String rule,
    Sentence sentence,
    String status,
    List<TimeReading> readings)
    implements java.io.Serializable {

  public Statement {
    readings = readings == null ? List.of() : List.copyOf(readings);
  }

  public boolean asserted() {
    return "asserted".equals(status);
  }
}
