package org.cagraph.relations;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cagraph.text.DocumentReader;

/** Runs linking and rules (no CoreNLP) over a small paper written to a temp file. */
final class Sentences {
  private Sentences() {}

  private static final RuleExamples.Reader READER = new RuleExamples.Reader(RuleSet.load());

  static List<Statement> extract(Path dir, String text) throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("t" + Math.abs(text.hashCode()) + ".txt"), text, StandardCharsets.UTF_8);
    return READER.read(new DocumentReader().read(f));
  }

  /** The same, in a paper the manifest dates {@code docDate}. */
  static List<Statement> extract(Path dir, String text, String docDate) throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("d" + Math.abs(text.hashCode()) + ".txt"), text, StandardCharsets.UTF_8);
    return READER.read(new DocumentReader().read(f), docDate);
  }

  /**
   * The relations of these statements, aggregated as the loader does, each citation its sentence
   * id.
   */
  static List<Relation> relations(List<Statement> st) {
    return Aggregator.aggregate(
        st,
        s ->
            new Citation(
                s.sentence().docId(),
                s.sentence().id(),
                0,
                0,
                s.sentence().text(),
                s.rule(),
                s.readings()));
  }

  static List<String> facts(List<Statement> st) {
    return st.stream()
        .filter(Statement::asserted)
        .map(s -> s.subject() + " " + s.predicate() + " " + s.object())
        .sorted()
        .toList();
  }
}
