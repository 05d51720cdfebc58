package org.cagraph.text;

import java.nio.file.Path;
import java.util.List;

/**
 * A paper as read from disk. {@code text} is the exact file text; every offset the project
 * publishes points into it, in code points.
 *
 * @param pageStarts for PDFs, the char index where each page's text begins; empty otherwise
 */
public record SourceDocument(
    String id, Path path, String text, String format, String sha256, List<Integer> pageStarts) {

  /**
   * Code point offset of a char index; equal to it unless the text before it leaves the BMP. One
   * plain count over the text before the index (a stream over the whole paper for every sentence's
   * two offsets was 6% of extraction outside CoreNLP; this is 1%), with no state to share between
   * threads.
   */
  public int codePoint(int charIndex) {
    return text.codePointCount(0, charIndex);
  }

  /** 1-based page of a char index for PDFs, else 0. */
  public int page(int charIndex) {
    int page = 0;
    for (int start : pageStarts) {
      if (start > charIndex) {
        break;
      }
      page++;
    }
    return page;
  }
}
