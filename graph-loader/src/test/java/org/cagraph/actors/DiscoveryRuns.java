package org.cagraph.actors;

import java.nio.file.Path;
import java.util.List;
import org.cagraph.nlp.AnnotatedSentence;
import org.cagraph.nlp.Simplifier;
import org.cagraph.text.Paper;
import org.cagraph.text.Sentence;
import org.cagraph.text.SourceDocument;

/** Discovery run over papers written in a test, without CoreNLP: the helpers the tests share. */
final class DiscoveryRuns {
  private static final Gazetteer G = Gazetteer.load();

  private DiscoveryRuns() {}

  /** The sentences of one paper of {@code text}, read as a .txt file named {@code id}. */
  static List<Sentence> paper(String id, String text) {
    return Paper.of(new SourceDocument(id, Path.of(id + ".txt"), text, "txt", "0", List.of(0)))
        .sentences();
  }

  /** The actors discovery finds over the papers, each linked with the gazetteer first. */
  static List<Actor> discover(List<List<Sentence>> papers) {
    Linker base = new Linker(G);
    Discovery d = new Discovery(G, base);
    for (List<Sentence> p : papers) {
      List<List<Mention>> m = base.link(p);
      for (int i = 0; i < p.size(); i++) {
        String t = p.get(i).text();
        d.observe(
            new AnnotatedSentence(p.get(i), Simplifier.forNlp(t), List.of(), List.of()), m.get(i));
      }
    }
    return d.actors();
  }

  /** The texts of the agreements {@code text} describes rather than names. */
  static List<String> described(String text) {
    return Discovery.describedAgreements(text).stream()
        .map(s -> text.substring(s[0], s[1]))
        .toList();
  }
}
