package org.cagraph.text;

/**
 * One sentence of a paper.
 *
 * @param text the clean sentence (NFC, un-wrapped, footnote markers lifted) that NLP and rules read
 * @param offsets for each char of {@code text}, its char index in the original file
 * @param start char index in the original file where the sentence begins
 * @param end char index in the original file just past its last char
 */
public record Sentence(
    String docId,
    int index,
    String section,
    Kind kind,
    int paragraph,
    String text,
    int[] offsets,
    int start,
    int end)
    implements java.io.Serializable {

  public enum Kind {
    BODY,
    FOOTNOTE,
    TABLE_ROW,
    HEADING
  }

  public String id() {
    return docId + ":" + index;
  }

  /** The original file's text of this sentence: what a citation quotes. */
  public String original(SourceDocument doc) {
    return doc.text().substring(start, end);
  }

  /** Original char range of a span [from, to) of {@link #text}. */
  public int originalStart(int from) {
    return offsets[from];
  }

  public int originalEnd(int to) {
    return to == text.length() ? end : offsets[to - 1] + 1;
  }

  /**
   * True when Cyrillic letters outnumber both Latin letters and Han characters (a Han character
   * counts three, as it carries about a word): a Russian passage, which CoreNLP has no models for.
   */
  public boolean isRussian() {
    int cyrillic = 0;
    int latin = 0;
    int han = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      Character.UnicodeScript sc = Character.UnicodeScript.of(c);
      if (sc == Character.UnicodeScript.HAN) {
        han++;
      } else if (sc == Character.UnicodeScript.CYRILLIC) {
        cyrillic++;
      } else if (c < 0x250 && Character.isLetter(c)) {
        latin++;
      }
    }
    return cyrillic > latin && cyrillic > 3 * han;
  }

  /** True when most letters are Latin: the sentence goes through the English pipeline. */
  public boolean isEnglish() {
    int latin = 0;
    int han = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        han++;
      } else if (c < 0x250 && Character.isLetter(c)) {
        latin++;
      }
    }
    return latin > 3 * han && latin > 0;
  }
}
