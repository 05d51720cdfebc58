package org.cagraph.extract;

import java.util.List;

/**
 * Bibliographic facts about a paper, from the manifest; without one, the title is the file name.
 * {@code date} is the paper's date where its front matter gives one (2023-12-15), else its year,
 * else null: relative dates (今年, last year) and observations (目前, currently) are resolved against
 * it, and left unresolved without it.
 */
public record DocumentInfo(
    String id,
    String file,
    String title,
    List<String> authors,
    Integer year,
    String date,
    String venue,
    String language,
    List<Article> articles)
    implements java.io.Serializable {

  /** An article inside a journal issue (003): citations name the article, not just the issue. */
  public record Article(String title, List<String> authors, String heading, int line)
      implements java.io.Serializable {}

  /** The article a 1-based line falls in, or null. */
  public Article articleAt(int line) {
    Article found = null;
    for (Article a : articles) {
      if (a.line() <= line) {
        found = a;
      }
    }
    return found;
  }
}
