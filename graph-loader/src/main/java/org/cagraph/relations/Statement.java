package org.cagraph.relations;

import org.cagraph.text.Sentence;

/**
 * A relation as one sentence states it.
 *
 * @param status asserted, negated (未加入) or hypothetical (謀求加入, 預計): only asserted ones become facts
 */
public record Statement(String subject, String predicate, String object, String role, String date, String since,
    String until, double confidence, String rule, Sentence sentence, String status) {

  public boolean asserted() {
    return "asserted".equals(status);
  }
}
