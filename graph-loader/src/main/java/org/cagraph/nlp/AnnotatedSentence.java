package org.cagraph.nlp;

import java.util.ArrayList;
import java.util.List;
import org.cagraph.text.Sentence;

/** A sentence with its Simplified view and CoreNLP's tokens, entities and dependencies. */
public record AnnotatedSentence(
    Sentence sentence, String simplified, List<Token> tokens, List<Dependency> dependencies) {

  /** An entity mention: a maximal run of tokens sharing one NER tag other than O. */
  public record Entity(String tag, int begin, int end, String text) {}

  public List<Entity> entities() {
    List<Entity> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); ) {
      String tag = tokens.get(i).ner();
      if (tag == null || "O".equals(tag)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && tag.equals(tokens.get(j).ner())) {
        j++;
      }
      int b = tokens.get(i).begin();
      int e = tokens.get(j - 1).end();
      out.add(new Entity(tag, b, e, sentence.text().substring(b, e)));
      i = j;
    }
    return out;
  }
}
