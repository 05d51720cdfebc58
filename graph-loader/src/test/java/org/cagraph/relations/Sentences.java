package org.cagraph.relations;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cagraph.actors.Gazetteer;
import org.cagraph.actors.Linker;
import org.cagraph.actors.Mention;
import org.cagraph.text.DocumentReader;
import org.cagraph.text.Paper;
import org.cagraph.text.Sentence;

/** Runs linking and rules (no CoreNLP) over a small paper written to a temp file. */
final class Sentences {
  private Sentences() {
  }

  static List<Statement> extract(Path dir, String text) throws Exception {
    Path f = Files.writeString(dir.resolve("t" + Math.abs(text.hashCode()) + ".txt"), text, StandardCharsets.UTF_8);
    Paper p = Paper.of(new DocumentReader().read(f));
    List<List<Mention>> mentions = new Linker(Gazetteer.load()).link(p.sentences());
    RuleEngine engine = new RuleEngine(RuleSet.load(), Gazetteer.load()::get);
    RuleEngine.PaperState state = new RuleEngine.PaperState();
    List<Statement> out = new ArrayList<>();
    for (int i = 0; i < p.sentences().size(); i++) {
      Sentence s = p.sentences().get(i);
      out.addAll(engine.extract(s, mentions.get(i), state));
    }
    return out;
  }

  static List<String> facts(List<Statement> st) {
    return st.stream().filter(Statement::asserted)
        .map(s -> s.subject() + " " + s.predicate() + " " + s.object()).sorted().toList();
  }
}
