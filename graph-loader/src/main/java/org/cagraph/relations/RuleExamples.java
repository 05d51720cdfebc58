package org.cagraph.relations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cagraph.actors.Gazetteer;
import org.cagraph.actors.Linker;
import org.cagraph.actors.Mention;
import org.cagraph.text.BadInputException;
import org.cagraph.text.DocumentReader;
import org.cagraph.text.Paper;
import org.cagraph.text.SourceDocument;

/**
 * Runs every rule's checked examples through the linker and the rules (no CoreNLP): an
 * {@code @example} must yield its facts, at least one through the rule it stands above; an
 * {@code @nearmiss} must yield no fact of the rule's type. Used by {@code kg eval --examples} and
 * by the build.
 */
public final class RuleExamples {
  private RuleExamples() {}

  /**
   * Reads a document with the linker and the rules alone, without CoreNLP (no discovery, no verb
   * frames): the shared way examples, probes and tests run the rules. Build one and read many
   * documents with it.
   */
  public static final class Reader {
    private final Linker linker = new Linker(Gazetteer.load());
    private final RuleEngine engine;

    public Reader(RuleSet rules) {
      this.engine = new RuleEngine(rules, Gazetteer.load()::get);
    }

    public List<Statement> read(SourceDocument doc) {
      return read(doc, null);
    }

    /**
     * @param docDate the paper's date, against which 今年 and 目前 resolve (null: none)
     */
    public List<Statement> read(SourceDocument doc, String docDate) {
      Paper p = Paper.of(doc);
      List<List<Mention>> mentions = linker.link(p.sentences());
      RuleEngine.PaperState state = new RuleEngine.PaperState(docDate, doc.text());
      List<Statement> out = new ArrayList<>();
      for (int i = 0; i < p.sentences().size(); i++) {
        out.addAll(engine.extract(p.sentences().get(i), mentions.get(i), state));
      }
      return out;
    }
  }

  /** One line per failing example, naming its file and line; empty when all pass. */
  public static List<String> failures(RuleSet rules, Path scratch) throws IOException {
    Reader reader = new Reader(rules);
    List<String> failures = new ArrayList<>();
    int n = 0;
    for (RuleSet.Example e : rules.examples()) {
      Path f =
          Files.writeString(
              scratch.resolve("example-" + (n++) + ".txt"), e.sentence(), StandardCharsets.UTF_8);
      List<Statement> st;
      try {
        st = reader.read(new DocumentReader().read(f));
      } catch (BadInputException ex) {
        failures.add(
            e.where() + " " + e.rule() + ": the example cannot be read (" + ex.getMessage() + ")");
        continue;
      } finally {
        Files.deleteIfExists(f);
      }
      List<String> facts =
          st.stream()
              .filter(Statement::asserted)
              .map(s -> s.subject() + " " + s.predicate() + " " + s.object())
              .sorted()
              .toList();
      if (e.nearMiss()) {
        st.stream()
            .filter(s -> s.asserted() && s.predicate().equals(e.type()))
            .forEach(
                s ->
                    failures.add(
                        e.where()
                            + " "
                            + e.rule()
                            + ": near miss '"
                            + e.sentence()
                            + "' yields "
                            + s.subject()
                            + " "
                            + s.predicate()
                            + " "
                            + s.object()
                            + " (rule "
                            + s.rule()
                            + ")"));
        continue;
      }
      for (String fact : e.facts()) {
        if (!facts.contains(fact)) {
          failures.add(
              e.where()
                  + " "
                  + e.rule()
                  + ": '"
                  + e.sentence()
                  + "' does not yield "
                  + fact
                  + " (yields "
                  + facts
                  + ")");
        }
      }
      boolean byRule =
          st.stream()
              .anyMatch(
                  s ->
                      s.asserted()
                          && s.rule().equals(e.rule())
                          && e.facts()
                              .contains(s.subject() + " " + s.predicate() + " " + s.object()));
      if (!byRule && facts.containsAll(e.facts())) {
        failures.add(
            e.where()
                + " "
                + e.rule()
                + ": its example is read by other rules, not by "
                + e.rule()
                + " (merge the two, or give it an example only it reads)");
      }
    }
    return failures;
  }
}
