package org.cagraph.actors;

import java.nio.file.Path;
import java.util.List;
import org.cagraph.text.Paper;
import org.cagraph.text.SourceDocument;

/**
 * Text written for a test, split into sentences as a paper is and linked by one linker the tests of
 * this package share (the gazetteer is loaded once per JVM).
 */
final class LinkedText {
  static final Linker LINKER = new Linker(Gazetteer.load());

  private LinkedText() {}

  /** The actor ids coreference adds to the last sentence of {@code text}. */
  static java.util.Set<String> corefAdded(String text) {
    List<List<Mention>> all = link(text);
    return all.get(all.size() - 1).stream()
        .filter(m -> m.method().equals("coref"))
        .map(m -> m.actor().id())
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  /** The actor ids linked in the last sentence of {@code text} (a paragraph) by {@code method}. */
  static java.util.Set<String> linkedBy(String method, String text) {
    List<List<Mention>> all = link(text + "\n");
    return all.get(all.size() - 1).stream()
        .filter(m -> m.method().equals(method))
        .map(m -> m.actor().id())
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  /** The mentions of each sentence of {@code text}, one paragraph per line. */
  static List<List<Mention>> link(String text) {
    SourceDocument doc =
        new SourceDocument(
            "test_0000000000000000", Path.of("test.txt"), text, "txt", "0", List.of(0));
    return LINKER.link(Paper.of(doc).sentences());
  }
}
