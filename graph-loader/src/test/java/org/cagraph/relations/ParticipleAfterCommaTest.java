package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cagraph.nlp.Dependency;
import org.cagraph.nlp.Token;
import org.junit.jupiter.api.Test;

/**
 * When a verb is a participle set off after its names (India and Pakistan, admitted as members,
 * took part), which the parser reads as the clause's active verb, and when it is not: a verb with
 * an object of its own, a passive, or one with no comma before it.
 */
class ParticipleAfterCommaTest {

  /** Tokens of {@code words}, and each token's dependents from "governor dependent relation". */
  private static boolean check(String words, int verb, String... deps) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : words.split(" ")) {
      tokens.add(new Token(w, "NN", "O", at, at + w.length()));
      at += w.length() + 1;
    }
    List<List<Dependency>> children = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      children.add(new ArrayList<>());
    }
    for (String d : deps) {
      String[] x = d.split(" ");
      int g = Integer.parseInt(x[0]);
      children.get(g).add(new Dependency(g, Integer.parseInt(x[1]), x[2]));
    }
    return RuleEngine.participleAfterComma(verb, children, tokens);
  }

  @Test
  void aParticipleAfterTheCommaThatFollowsItsNames() {
    assertTrue(check("India and Pakistan , admitted as members", 4, "4 0 nsubj", "4 3 punct"));
  }

  @Test
  void nearMisses() {
    // an object of its own: the names admitted someone else (India , admitted Iran as …)
    assertFalse(check("India , admitted Iran as a member", 2, "2 0 nsubj", "2 1 punct", "2 3 obj"));
    // a passive subject: the clause says who was admitted in its own words
    assertFalse(check("India , admitted as members", 2, "2 0 nsubj:pass", "2 1 punct"));
    // no comma before the verb: an active clause (India admitted as members …)
    assertFalse(check("India admitted as members", 1, "1 0 nsubj"));
    // the subject after the verb: no names set off before it
    assertFalse(check("Then , admitted India as members", 2, "2 3 nsubj", "2 1 punct"));
  }
}
