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

  /** This reading with other ends: the same type, role, dates, rule, sentence and status. */
  Statement withEnds(String subject, String object) {
    return new Statement(
        subject,
        predicate,
        object,
        role,
        date,
        since,
        until,
        confidence,
        rule,
        sentence,
        status,
        readings);
  }

  /**
   * The key a sentence's readings are kept under while its rules run: one reading per pair, type
   * and role ({@link #key(String, String, String, String)} of this statement).
   */
  String key() {
    return key(subject, predicate, object, role);
  }

  /** The key of a reading of {@code subject}, {@code predicate}, {@code object} in {@code role}. */
  static String key(String subject, String predicate, String object, String role) {
    return subject + "|" + predicate + "|" + object + "|" + role;
  }
}
