package org.cagraph.text;

import java.util.List;

/** A read paper and its sentences, in file order. */
public record Paper(SourceDocument source, List<Sentence> sentences) {

  public String id() {
    return source.id();
  }

  /** Reads and splits one paper. */
  public static Paper of(SourceDocument doc) {
    NormalizedText norm = new Normalizer().normalize(doc.text());
    return new Paper(doc, new SentenceSplitter().split(doc.id(), norm, doc.text()));
  }
}
