package org.cagraph.relations;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cagraph.actors.Gazetteer;
import org.cagraph.actors.Linker;
import org.cagraph.actors.Mention;
import org.cagraph.extract.Extraction;
import org.cagraph.text.DocumentReader;
import org.cagraph.text.Paper;

/**
 * A small paper written to a temp file and read as the loader reads it: linked, parsed by the
 * CoreNLP pipeline of this JVM ({@link Extraction#nlp()}), and ruled. For the integration tests
 * whose rules or frames need the tags and the parse ({@link Sentences} runs without CoreNLP).
 */
final class ParsedSentences {
  private ParsedSentences() {}

  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final Linker LINKER = new Linker(GAZETTEER);
  private static final RuleEngine ENGINE = new RuleEngine(RuleSet.load(), GAZETTEER::get);

  static List<Statement> extract(Path dir, String text) throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("f" + Math.abs(text.hashCode()) + ".txt"), text, StandardCharsets.UTF_8);
    Paper p = Paper.of(new DocumentReader().read(f));
    List<List<Mention>> mentions = LINKER.link(p.sentences());
    RuleEngine.PaperState state = new RuleEngine.PaperState(null);
    List<Statement> out = new ArrayList<>();
    for (int i = 0; i < p.sentences().size(); i++) {
      var s = p.sentences().get(i);
      out.addAll(ENGINE.extract(s, Extraction.nlp().annotate(s), mentions.get(i), state));
    }
    return out;
  }
}
