package org.cagraph.text;

import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns PDF-extracted paper text into clean blocks while keeping, for every clean char, its index
 * in the original file.
 *
 * <p>What it undoes, each seen in the corpus: hard wraps (001 wraps every ~30 chars, with blank
 * lines between), footnote blocks that cut a sentence (003: {@code 上海合作組 --- 1. … 織}), inline
 * markers ({@code ¹²}, {@code <sup>1</sup>}, bare digits as in 001's {@code 啟用12，}, but not the
 * month or year of a date that opens the next sentence: 003's {@code 項目。9 月 20 日}), page numbers
 * and running headers, spaced-out CJK ({@code 法 、 德 、 俄}); it applies NFC per char so 002's
 * compatibility ideographs become their unified forms one for one. A "char" here is a code point
 * with the non-spacing marks after it: NFC may turn it into more or fewer chars (e + U+0301 is é),
 * and then the clean chars point at the start of that cluster and the last of them reaches past its
 * end.
 */
final class Normalizer {
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
  private static final int MAX_MARKS = 30;
  private static final Pattern SUP_TAG = Pattern.compile("<sup>\\s*(\\d{1,3})\\s*</sup>");
  private static final Pattern FOOTNOTE_SUP =
      Pattern.compile("^\\s*(?:<sup>\\s*\\d{1,3}\\s*</sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\\s*\\S");
  private static final Pattern FOOTNOTE_NUM =
      Pattern.compile("^\\s*(\\d{1,3})(?:[.．、]\\s*|\\s+)(?=\\S)");
  private static final Pattern SEPARATOR = Pattern.compile("^\\s*([-_*=─—]\\s*){3,}$");
  private static final Pattern PAGE_NUMBER = Pattern.compile("^[\\s\\-–—]*\\d{1,4}[\\s\\-–—]*$");
  private static final Pattern HEADING =
      Pattern.compile(
          "^(#{1,6}\\s+.*|第[一二三四五六七八九十百]+[章節篇].*|[壹貳參肆伍陸柒捌玖拾]+、.*|[一二三四五六七八九十]+、.*"
              + "|[(（][一二三四五六七八九十]+[)）].*|\\d{1,2}(\\.\\d+)*\\s+[^\\d年月日號号].*|(摘要|結論|前言|參考文獻|Abstract|Conclusion|Introduction|References).*)$");
  private static final Pattern TERMINAL_END = Pattern.compile("[。！？!?；;][」』”’)）\\]】]*$");
  private static final Pattern BARE_MARKER =
      Pattern.compile(
          "(?<=[\\p{IsHan}。」）)a-zA-Zа-яА-Я])(\\d{1,3})(?!\\d|\\s*[年月日號号])"
              + "(?=[，。、；,.;:：]|$|(?<=[。」）)]\\d{1,3})\\S)");

  NormalizedText normalize(String original) {
    List<int[]> lines = lines(original);
    Set<String> headers = runningHeaders(original, lines);
    Builder b = new Builder(original);
    int lastFootnote = 0;
    boolean inFootnote = false;
    boolean blankSinceFootnote = false;
    boolean afterSeparator = false;
    Set<Integer> footnoteNumbers = new HashSet<>();
    boolean firstLine = true;
    for (int li = 0; li < lines.size(); li++) {
      int[] ln = lines.get(li);
      String line = original.substring(ln[0], ln[1]);
      String trimmed = strip(line);
      if (trimmed.isEmpty() || SEPARATOR.matcher(line).matches()) {
        blankSinceFootnote = inFootnote;
        // footnote areas open with a rule: "---" (003) or a line of spaces (001)
        afterSeparator |= !trimmed.isEmpty() || line.length() >= 20;
        continue;
      }
      if (PAGE_NUMBER.matcher(trimmed).matches() || headers.contains(trimmed)) {
        continue;
      }
      int footnoteNo = footnoteStart(line, lastFootnote, afterSeparator || inFootnote);
      afterSeparator = false;
      if (footnoteNo >= 0) {
        if (footnoteNo > 0) {
          lastFootnote = footnoteNo;
          footnoteNumbers.add(footnoteNo);
        }
        b.startNote();
        b.appendNote(ln[0] + markerLength(line), ln[1]);
        inFootnote = true;
        blankSinceFootnote = false;
        continue;
      }
      if (inFootnote
          && (!blankSinceFootnote && !b.noteEnded()
              || b.noteContinues(trimmed)
              || nextStartsFootnote(original, lines, li, lastFootnote))) {
        b.appendNote(ln[0], ln[1]);
        blankSinceFootnote = false;
        continue;
      }
      b.endNote();
      inFootnote = false;
      boolean title =
          firstLine
              && standsAlone(original, lines, li)
              && isDocumentTitle(trimmed, nextLine(original, lines, li));
      firstLine = false;
      if (line.indexOf('\t') >= 0) {
        b.standalone(Sentence.Kind.TABLE_ROW, ln[0], ln[1]);
      } else if (title
          || isHeading(trimmed)
          || !b.bodyOpen() && standsAlone(original, lines, li) && isTitleLike(trimmed)) {
        b.section = headingText(b.standalone(Sentence.Kind.HEADING, ln[0], ln[1]));
      } else {
        b.appendBody(ln[0], ln[1]);
        if (TERMINAL_END.matcher(trimmed).find()) {
          b.closeBody();
        }
      }
    }
    b.closeBody();
    b.endNote();
    return b.finish(footnoteNumbers);
  }

  /**
   * A wrapped footnote line stranded by a blank line: the next non-blank line starts another
   * footnote.
   */
  private static boolean nextStartsFootnote(String original, List<int[]> lines, int li, int last) {
    for (int k = li + 1; k < lines.size(); k++) {
      String l = original.substring(lines.get(k)[0], lines.get(k)[1]);
      if (!strip(l).isEmpty()) {
        return footnoteStart(l, last, true) >= 0;
      }
    }
    return false;
  }

  /** The footnote number a line starts, 0 for a superscript marker, -1 if it starts none. */
  private static int footnoteStart(String line, int last, boolean inNoteArea) {
    if (FOOTNOTE_SUP.matcher(line).find()) {
      return 0;
    }
    Matcher m = FOOTNOTE_NUM.matcher(line);
    if (m.find()) {
      int n = Integer.parseInt(m.group(1));
      String rest = line.substring(m.end());
      boolean looksLikeHeading =
          rest.length() < 30 && !rest.contains("，") && !rest.contains(",") && !rest.contains("。");
      // numbers run on within a paper (a numbered list restarts at 1 outside a footnote area)
      boolean inSequence =
          n > last && n <= last + 3 && (last > 0 || inNoteArea) || n == 1 && inNoteArea;
      if (inSequence && !looksLikeHeading && !rest.startsWith("年")) {
        return n;
      }
    }
    return -1;
  }

  private static int markerLength(String line) {
    Matcher sup =
        Pattern.compile("^\\s*(?:<sup>\\s*\\d{1,3}\\s*</sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\\s*").matcher(line);
    if (sup.find()) {
      return sup.end();
    }
    Matcher m = FOOTNOTE_NUM.matcher(line);
    return m.find() ? m.end() : 0;
  }

  private static boolean isHeading(String trimmed) {
    if (trimmed.startsWith("#")) {
      return true;
    }
    return trimmed.length() <= 40
        && HEADING.matcher(trimmed).matches()
        && !trimmed.matches(".*[，。；,;]$")
        && !trimmed.contains("。");
  }

  /**
   * A short line with no punctuation at all (中亞觀察, Central Asia Today): set apart by blank lines
   * where no paragraph is open, it is a title or a heading, not the first words of the paragraph
   * after it. A hard-wrapped line inside a paragraph (001 wraps every ~30 chars, with blank lines
   * between) follows an open paragraph, and a paragraph's last line ends in 。.
   */
  private static boolean isTitleLike(String trimmed) {
    return trimmed.length() <= 30
        && !TITLE_PUNCTUATION.matcher(trimmed).find()
        && !opensAQuote(trimmed);
  }

  /**
   * The most words a sentence's last line may hold when it closes a first line hard-wrapped over a
   * blank line (стали членами / Евразийского экономического союза.): longer, it is a paragraph of
   * its own under a title.
   */
  private static final int MAX_WRAPPED_TAIL_WORDS = 5;

  /**
   * A document's first line, set apart by a blank line and ending in no punctuation, is its title,
   * however long, and whatever colon or comma it holds inside (從拜科努爾到杜尚別：俄羅斯在中亞的軍事存在; Russia's
   * Bases in Central Asia: A Short History). It never runs into the first sentence of the text,
   * which would hand that sentence the title's actors. A first line with a Chinese comma, one the
   * next paragraph goes on from in lower case, or one ending with a word no title ends with
   * (data/text/title-not-last.txt: the, of, в, 的) is a sentence hard-wrapped over a blank line.
   */
  private static boolean isDocumentTitle(String trimmed, String next) {
    if (trimmed.length() > MAX_TITLE
        || TITLE_END.matcher(trimmed).find()
        || opensAQuote(trimmed)
        || trimmed.indexOf('，') >= 0) {
      return false;
    }
    // a sentence hard-wrapped over a blank line goes on in lower case, or after a word no title
    // ends with
    if (!next.isEmpty() && Character.isLowerCase(next.codePointAt(0))) {
      return false;
    }
    // … or ends in a short Latin or Cyrillic fragment that closes the sentence (стали членами /
    // Евразийского экономического союза.): a paper's first paragraph is longer than that; a
    // dateline under a title (Ереван, 9 августа.) is as short, but has a comma or a digit
    if (!next.isEmpty()
        && next.codePoints()
            .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
        && next.matches(".*[.!?…]$")
        && !next.matches(".*[,\\d].*")
        && next.split("\\s+").length <= MAX_WRAPPED_TAIL_WORDS) {
      return false;
    }
    Matcher last = LAST_WORD.matcher(trimmed);
    String word = last.find() ? last.group().toLowerCase(java.util.Locale.ROOT) : "";
    return !NOT_LAST.contains(word) && !NOT_LAST.contains(lastHanCharacter(trimmed));
  }

  /**
   * The line's last character when it is a Han character, else "": the lexicon's single-character
   * entries are Chinese final characters (的, 與), never the last letter of a Latin or Cyrillic word
   * (a title ending in Азии or Central Asia is not a line ending in the word и or a).
   */
  private static String lastHanCharacter(String trimmed) {
    int cp = trimmed.codePointBefore(trimmed.length());
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
        ? new String(Character.toChars(cp))
        : "";
  }

  /** The next non-blank line after {@code li}, stripped, or "". */
  private static String nextLine(String original, List<int[]> lines, int li) {
    for (int k = li + 1; k < lines.size(); k++) {
      String l = strip(original.substring(lines.get(k)[0], lines.get(k)[1]));
      if (!l.isEmpty()) {
        return l;
      }
    }
    return "";
  }

  private static final int MAX_TITLE = 120;
  private static final Pattern TITLE_END = Pattern.compile("[，。；、,;:：！？!?.…]$");
  private static final Pattern LAST_WORD = Pattern.compile("[\\p{L}]+$");
  private static final Set<String> NOT_LAST =
      Set.copyOf(org.cagraph.data.DataFiles.entries("text/title-not-last.txt"));

  /**
   * Whether the line leaves a quotation mark or bracket open (…的外圍組織－「和平夥): it runs on into the
   * next line, however short and bare it is, so it is no title.
   */
  private static boolean opensAQuote(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (OPENING.indexOf(c) >= 0) {
        depth++;
      } else if (CLOSING.indexOf(c) >= 0 && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  private static final String OPENING = "「『“《〈（(【";
  private static final String CLOSING = "」』”》〉）)】";

  private static final Pattern TITLE_PUNCTUATION = Pattern.compile("[，。；、,;:：！？!?.]");

  /** Whether the line has a blank line (or the text's edge) on both sides. */
  private static boolean standsAlone(String original, List<int[]> lines, int li) {
    return blankAt(original, lines, li - 1) && blankAt(original, lines, li + 1);
  }

  private static boolean blankAt(String original, List<int[]> lines, int k) {
    return k < 0
        || k >= lines.size()
        || strip(original.substring(lines.get(k)[0], lines.get(k)[1])).isEmpty();
  }

  private static String headingText(String s) {
    return s.replaceAll("^#+\\s*", "")
        .replace("**", "")
        .replace("<b>", "")
        .replace("</b>", "")
        .strip();
  }

  private static String strip(String s) {
    return s.replace('\u3000', ' ').strip();
  }

  /** Short lines repeated three or more times: running heads and journal boilerplate. */
  private static Set<String> runningHeaders(String text, List<int[]> lines) {
    Map<String, Integer> counts = new HashMap<>();
    for (int[] ln : lines) {
      String t = strip(text.substring(ln[0], ln[1]));
      if (!t.isEmpty()
          && t.length() <= 40
          && !TERMINAL_END.matcher(t).find()
          && !t.startsWith("#")) {
        counts.merge(t, 1, Integer::sum);
      }
    }
    Set<String> out = new HashSet<>();
    counts.forEach(
        (k, v) -> {
          if (v >= 3 && !SEPARATOR.matcher(k).matches()) {
            out.add(k);
          }
        });
    return out;
  }

  private static List<int[]> lines(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
        if (i < text.length() || start < text.length()) {
          out.add(new int[] {start, end});
        }
        start = i + 1;
      }
    }
    return out;
  }

  static boolean isCjk(char c) {
    return isCjk((int) c);
  }

  static boolean isCjk(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN
        || (cp >= 0x3000 && cp <= 0x303F)
        || (cp >= 0xFF00 && cp <= 0xFFEF);
  }

  /**
   * A Kangxi radical or CJK radical supplement (U+2E80–U+2FDF) becomes the unified ideograph it
   * stands for, one char for one: PDFs made by browsers and word processors write ⼤ (U+2F24) for 大
   * and ⻑ (U+2ED1) for 長, and no name or trigger would match. Kangxi radicals map by Unicode's
   * compatibility decomposition (NFKC); the supplement, which has none, by
   * data/text/cjk-radicals.tsv; any other radical is kept.
   */
  static String radical(String cluster) {
    if (cluster.length() != 1 || cluster.charAt(0) < 0x2E80 || cluster.charAt(0) > 0x2FDF) {
      return cluster;
    }
    String listed = RadicalsSupplement.MAP.get(cluster.charAt(0));
    if (listed != null) {
      return listed;
    }
    String k = java.text.Normalizer.normalize(cluster, Form.NFKC);
    return k.length() == 1 && Character.UnicodeScript.of(k.charAt(0)) == Character.UnicodeScript.HAN
        ? k
        : cluster;
  }

  /** Latin letters that print like Cyrillic ones, and those Cyrillic letters. */
  private static final String LATIN_LOOK = "aceopxyABCEHKMOPTX";

  private static final String CYRILLIC_LOOK = "асеорхуАВСЕНКМОРТХ";

  /**
   * A Latin letter that prints like a Cyrillic one, inside a Cyrillic word (Договорa with a Latin
   * a, as typed or as a PDF's text layer gives it), becomes that Cyrillic letter, one char for one:
   * otherwise the word matches no name, stem or trigger. A Latin letter after a Latin letter, or
   * before one that has no Cyrillic double, is part of a Latin word and left alone.
   */
  static String cyrillicLookAlike(String cluster, char before, char after) {
    if (cluster.length() != 1) {
      return cluster;
    }
    int k = LATIN_LOOK.indexOf(cluster.charAt(0));
    if (k < 0 || !(isCyrillic(before) || isCyrillic(after))) {
      return cluster;
    }
    if (isLatin(before) || isLatin(after) && LATIN_LOOK.indexOf(after) < 0) {
      return cluster; // part of a Latin word (a look-alike after it is converted in its turn)
    }
    return String.valueOf(CYRILLIC_LOOK.charAt(k));
  }

  /** The Cyrillic letter a Latin one prints like ('a' for а), or the char itself. */
  static char cyrillicDouble(char c) {
    int k = LATIN_LOOK.indexOf(c);
    return k < 0 ? c : CYRILLIC_LOOK.charAt(k);
  }

  private static boolean isCyrillic(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
  }

  private static boolean isLatin(char c) {
    return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }

  /**
   * data/text/cjk-radicals.tsv: the radicals supplement that NFKC leaves alone (⻑ for 長), read
   * once.
   */
  private static final class RadicalsSupplement {
    static final Map<Character, String> MAP = read();

    private static Map<Character, String> read() {
      Map<Character, String> m = new HashMap<>();
      for (String line : org.cagraph.data.DataFiles.lines("text/cjk-radicals.tsv")) {
        String[] c = line.split("\t");
        if (!line.startsWith("#") && c.length >= 2 && c[0].length() == 1 && c[1].length() == 1) {
          m.put(c[0].charAt(0), c[1]);
        }
      }
      return Map.copyOf(m);
    }
  }

  private static boolean isMark(String s, int i) {
    return Character.getType(s.codePointAt(i)) == Character.NON_SPACING_MARK;
  }

  /**
   * A growing clean text with, for each char, the range [map, end) of the original it stands for.
   */
  private static final class Stream {
    final StringBuilder clean = new StringBuilder();
    int[] map = new int[1024];
    int[] end = new int[1024];

    void put(char c, int at, int to) {
      if (clean.length() == map.length) {
        map = Arrays.copyOf(map, map.length * 2);
        end = Arrays.copyOf(end, end.length * 2);
      }
      map[clean.length()] = at;
      end[clean.length()] = to;
      clean.append(c);
    }

    int length() {
      return clean.length();
    }

    /** Appends original[from, to) as one wrapped line of a block that began at blockStart. */
    void appendLine(String original, int from, int to, int blockStart) {
      int pendingSpace = length() > blockStart ? from - 1 : -1;
      int i = from;
      while (i < to) {
        char c = original.charAt(i);
        Matcher sup = c == '<' ? SUP_TAG.matcher(original).region(i, to) : null;
        if (sup != null && sup.lookingAt()) {
          i = sup.end();
          continue;
        }
        if (SUPERSCRIPTS.indexOf(c) >= 0) {
          i++;
          continue;
        }
        if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0') {
          if (pendingSpace < 0) {
            pendingSpace = i;
          }
          i++;
          continue;
        }
        // a cluster: one code point (a surrogate pair stays whole) and the non-spacing marks after
        // it; NFC reorders
        // marks in quadratic time, so a cluster stops at the stream-safe 30 (UAX #15)
        int next = i + Character.charCount(original.codePointAt(i));
        for (int marks = 0; next < to && marks < MAX_MARKS && isMark(original, next); marks++) {
          next += Character.charCount(original.codePointAt(next));
        }
        String norm =
            radical(java.text.Normalizer.normalize(original.substring(i, next), Form.NFC));
        norm =
            cyrillicLookAlike(
                norm,
                length() > blockStart ? clean.charAt(length() - 1) : ' ',
                next < to ? original.charAt(next) : ' ');
        if (pendingSpace >= 0 && length() > blockStart) {
          // Chinese joins without a space; English and numbers keep one
          if (!isCjk(clean.codePointBefore(length())) && !isCjk(norm.codePointAt(0))) {
            put(' ', pendingSpace, pendingSpace + 1);
          }
        }
        pendingSpace = -1;
        // NFC may change the length (e + U+0301 is é, U+2F800 is 丽, U+FA6C a pair): the cluster's
        // last clean char
        // reaches to its end, so a quote never cuts a cluster
        for (int k = 0; k < norm.length(); k++) {
          int at = Math.min(i + k, next - 1);
          put(norm.charAt(k), at, k == norm.length() - 1 ? next : at + 1);
        }
        i = next;
      }
    }
  }

  /**
   * Body paragraphs and footnotes go to two streams, so a paragraph that a footnote block
   * interrupts is stitched back together while the footnote stays a block of its own.
   */
  private static final class Builder {
    private final String original;
    private final Stream body = new Stream();
    private final Stream notes = new Stream();
    private final List<Block> bodyBlocks = new ArrayList<>();
    private final List<Block> noteBlocks = new ArrayList<>();
    private int bodyStart = -1;
    private int noteStart = -1;
    private int paragraphs;
    private int bodyParagraph;
    private int noteParagraph;
    private String bodySection = "";
    String section = "";

    Builder(String original) {
      this.original = original;
    }

    void appendBody(int from, int to) {
      if (bodyStart < 0) {
        bodyStart = body.length();
        bodyParagraph = ++paragraphs;
        bodySection = section;
      }
      body.appendLine(original, from, to, bodyStart);
    }

    /** Whether a body paragraph is open (its last line did not end a sentence). */
    boolean bodyOpen() {
      return bodyStart >= 0;
    }

    void closeBody() {
      if (bodyStart >= 0 && body.length() > bodyStart) {
        bodyBlocks.add(
            new Block(Sentence.Kind.BODY, bodyStart, body.length(), bodySection, bodyParagraph));
      }
      bodyStart = -1;
    }

    String standalone(Sentence.Kind kind, int from, int to) {
      closeBody();
      int s = body.length();
      body.appendLine(original, from, to, s);
      if (body.length() > s) {
        bodyBlocks.add(new Block(kind, s, body.length(), section, ++paragraphs));
      }
      return body.clean.substring(s);
    }

    void startNote() {
      endNote();
      noteStart = notes.length();
      noteParagraph = ++paragraphs;
    }

    void appendNote(int from, int to) {
      notes.appendLine(original, from, to, noteStart);
    }

    /**
     * A reference cut mid-way (ends with a comma, or mid-name before a Latin line) continues after
     * a blank line.
     */
    boolean noteContinues(String nextLine) {
      if (noteStart < 0 || notes.length() == noteStart) {
        return false;
      }
      char last = notes.clean.charAt(notes.length() - 1);
      boolean latinRun =
          Character.isLetter(last)
              && last < 0x250
              && !nextLine.isEmpty()
              && Character.isLetter(nextLine.charAt(0))
              && nextLine.charAt(0) < 0x250;
      return ",，:：(（".indexOf(last) >= 0 || latinRun;
    }

    /**
     * A note whose text ends a sentence is over: the next plain line is body text resuming after a
     * page break.
     */
    boolean noteEnded() {
      if (noteStart < 0 || notes.length() == noteStart) {
        return false;
      }
      char last = notes.clean.charAt(notes.length() - 1);
      return "。．.！？!?".indexOf(last) >= 0;
    }

    void endNote() {
      if (noteStart >= 0 && notes.length() > noteStart) {
        noteBlocks.add(
            new Block(Sentence.Kind.FOOTNOTE, noteStart, notes.length(), section, noteParagraph));
      }
      noteStart = -1;
    }

    NormalizedText finish(Set<Integer> footnoteNumbers) {
      int shift = body.length();
      String text = body.clean.toString() + notes.clean;
      int[] map = new int[text.length()];
      System.arraycopy(body.map, 0, map, 0, shift);
      System.arraycopy(notes.map, 0, map, shift, notes.length());
      int[] ends = new int[text.length()];
      System.arraycopy(body.end, 0, ends, 0, shift);
      System.arraycopy(notes.end, 0, ends, shift, notes.length());
      List<Block> blocks = new ArrayList<>(bodyBlocks);
      for (Block n : noteBlocks) {
        blocks.add(
            new Block(n.kind(), n.start() + shift, n.end() + shift, n.section(), n.paragraph()));
      }
      // Bare-digit markers (001: 啟用12，) are lifted only when the number names a real footnote.
      boolean[] drop = new boolean[text.length()];
      Matcher m = BARE_MARKER.matcher(text);
      while (m.find()) {
        if (footnoteNumbers.contains(Integer.parseInt(m.group(1)))) {
          Arrays.fill(drop, m.start(), m.end(), true);
        }
      }
      StringBuilder out = new StringBuilder(text.length());
      int[] newIndex = new int[text.length() + 1];
      int[] outMap = new int[text.length()];
      int[] outEnds = new int[text.length()];
      for (int k = 0; k < text.length(); k++) {
        newIndex[k] = out.length();
        if (!drop[k]) {
          outMap[out.length()] = map[k];
          outEnds[out.length()] = ends[k];
          out.append(text.charAt(k));
        }
      }
      newIndex[text.length()] = out.length();
      List<Block> moved = new ArrayList<>();
      for (Block bl : blocks) {
        int s = newIndex[bl.start()];
        int e = newIndex[bl.end()];
        if (e > s) {
          moved.add(new Block(bl.kind(), s, e, bl.section(), bl.paragraph()));
        }
      }
      return new NormalizedText(
          out.toString(),
          Arrays.copyOf(outMap, out.length()),
          Arrays.copyOf(outEnds, out.length()),
          moved);
    }
  }
}
