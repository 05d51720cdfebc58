package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cagraph.actors.Gazetteer;
import org.cagraph.actors.Linker;
import org.cagraph.actors.Mention;
import org.cagraph.nlp.AnnotatedSentence;
import org.cagraph.nlp.Dependency;
import org.cagraph.nlp.Token;
import org.cagraph.text.DocumentReader;
import org.cagraph.text.Paper;
import org.cagraph.text.Sentence;

/**
 * One English sentence through the real gazetteer, linker and rule engine with a parse written by
 * hand as CoreNLP gives it (no CoreNLP): the frame tests' shared reader.
 */
final class HandParsed {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final Linker LINKER = new Linker(GAZETTEER);
  private static final RuleEngine ENGINE = new RuleEngine(RuleSet.load(), GAZETTEER::get);

  private HandParsed() {}

  /**
   * The statements of {@code text} (written as a paper into {@code dir}), parsed as {@code parse}
   * says: one "word/TAG" a token, in order; {@code deps} one "governor dependent relation" a
   * dependency (token indices, -1 the root).
   */
  static List<Statement> read(Path dir, String text, String parse, String... deps)
      throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("h" + Math.abs(text.hashCode()) + ".txt"), text, StandardCharsets.UTF_8);
    Paper p = Paper.of(new DocumentReader().read(f));
    assertTrue(p.sentences().size() == 1, p.sentences().toString());
    Sentence s = p.sentences().get(0);
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String t : parse.split(" ")) {
      int slash = t.lastIndexOf('/');
      String word = t.substring(0, slash);
      int b = s.text().indexOf(word, at);
      assertTrue(b >= 0, word + " not in " + s.text());
      tokens.add(new Token(word, t.substring(slash + 1), "O", b, b + word.length()));
      at = b + word.length();
    }
    List<Dependency> ds = new ArrayList<>();
    for (String d : deps) {
      String[] x = d.split(" ");
      ds.add(new Dependency(Integer.parseInt(x[0]), Integer.parseInt(x[1]), x[2]));
    }
    List<Mention> mentions = LINKER.link(p.sentences()).get(0);
    return ENGINE.extract(
        s,
        new AnnotatedSentence(s, s.text(), tokens, ds),
        mentions,
        new RuleEngine.PaperState(null));
  }

  /** Whether the statements assert "subject PREDICATE object". */
  static boolean asserted(List<Statement> st, String fact) {
    return st.stream()
        .anyMatch(
            x ->
                x.asserted()
                    && (x.subject() + " " + x.predicate() + " " + x.object()).equals(fact));
  }
}
