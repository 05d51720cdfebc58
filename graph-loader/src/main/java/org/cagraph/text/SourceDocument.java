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

  /** Code point offset of a char index; equal to it unless the text leaves the BMP. */
  public int codePoint(int charIndex) {
    return hasSupplementary() ? text.codePointCount(0, charIndex) : charIndex;
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

  private boolean hasSupplementary() {
    return text.codePoints().count() != text.length();
  }
}
