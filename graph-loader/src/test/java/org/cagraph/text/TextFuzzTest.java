package org.cagraph.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.cagraph.FuzzInputs;
import org.cagraph.FuzzScale;
import org.cagraph.nlp.Simplifier;

/**
 * The text stage (normaliser, sentence splitter, reader) fed seeded random and adversarial Unicode:
 * no exception escapes, and every sentence still points at its own text in the original (the
 * promise citations rest on). Seeds are fixed, so a failure reproduces; the regressions it found
 * are in {@link TextFuzzRegressionTest}.
 */
@AddLifecycleHook(FuzzScale.class)
class TextFuzzTest {
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
  private static Path dir;
  private static byte[] pdf;
  private static Level pdfboxLogLevel;

  @Provide
  Arbitrary<String> unicode() {
    return FuzzInputs.unicodeText(40);
  }

  @Provide
  Arbitrary<String> corpusMix() {
    return FuzzInputs.corpusMix(20);
  }

  @Provide
  Arbitrary<String> mutatedWindow() {
    return FuzzInputs.mutatedWindow();
  }

  @Property(tries = 30_000, seed = "20260110", shrinking = ShrinkingMode.BOUNDED)
  void randomUnicodeDocuments(@ForAll("unicode") String text) {
    check(text);
  }

  @Property(tries = 25_000, seed = "20260111", shrinking = ShrinkingMode.BOUNDED)
  void corpusAndGazetteerSplices(@ForAll("corpusMix") String text) {
    check(text);
  }

  @Property(tries = 4_000, seed = "20260112", shrinking = ShrinkingMode.BOUNDED)
  void mutatedPaperWindows(@ForAll("mutatedWindow") String text) {
    check(text);
  }

  /** The Simplified view CoreNLP reads keeps every offset: one char for one char. */
  @Property(tries = 8_000, seed = "20260113", shrinking = ShrinkingMode.BOUNDED)
  void simplifiedViewKeepsTheLength(@ForAll("corpusMix") String text) {
    expect(Simplifier.perChar(text).length() == text.length(), () -> "perChar changed the length");
    expect(Simplifier.forNlp(text).length() == text.length(), () -> "forNlp changed the length");
  }

  @BeforeContainer
  static void tempDir() throws Exception {
    dir = Files.createTempDirectory("text-fuzz");
    Path f = dir.resolve("base.pdf");
    PdfReaderTest.writePdf(
        f,
        "Kazakhstan joined the Shanghai Cooperation Organization in 2001.",
        "Russia leases the Baikonur Cosmodrome from Kazakhstan.");
    pdf = Files.readAllBytes(f);
    // PDFBox logs every damaged object it meets, with a stack trace
    pdfboxLogLevel = LogManager.getLogger("org.apache.pdfbox").getLevel();
    Configurator.setLevel("org.apache.pdfbox", Level.OFF);
  }

  @AfterContainer
  static void removeTempDir() throws Exception {
    Configurator.setLevel("org.apache.pdfbox", pdfboxLogLevel);
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }

  @Provide
  Arbitrary<byte[]> fileBytes() {
    Arbitrary<byte[]> utf8 = FuzzInputs.corpusMix(12).map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    // valid UTF-8 with a few bytes flipped, cut mid-sequence or behind a byte order mark
    Arbitrary<byte[]> damaged =
        Combinators.combine(
                utf8,
                Arbitraries.integers().between(0, 1000),
                Arbitraries.bytes(),
                Arbitraries.of(0, 1, 2, 3))
            .as(
                (b, at, x, how) -> {
                  if (b.length == 0) {
                    return b;
                  }
                  int i = (int) ((long) (b.length - 1) * at / 1000);
                  byte[] c =
                      switch (how) {
                        case 0 -> b.clone();
                        case 1 -> Arrays.copyOf(b, i);
                        case 2 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b);
                        default ->
                            concat(
                                b,
                                new byte[] {
                                  (byte) 0xED, (byte) 0xA0, (byte) 0x80
                                }); // an encoded lone surrogate
                      };
                  if (how == 0) {
                    c[i] = x;
                  }
                  return c;
                });
    return Arbitraries.frequencyOf(Tuple.of(4, utf8), Tuple.of(1, raw), Tuple.of(3, damaged));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  /**
   * Whatever bytes a .txt holds, the reader either refuses it in one line or returns text the
   * pipeline takes.
   */
  @Property(tries = 1_500, seed = "20260114", shrinking = ShrinkingMode.BOUNDED)
  void readerRefusesOrReads(@ForAll("fileBytes") byte[] bytes) throws Exception {
    read("fuzz.txt", bytes);
  }

  enum PdfEdit {
    FLIP,
    TRUNCATE,
    DUPLICATE,
    DELETE,
    NEST_ARRAYS,
    NEST_DICTIONARIES,
    GARBAGE
  }

  /**
   * A small real PDF with bytes flipped, cut, repeated or deleted, or with deeply nested objects
   * spliced in.
   */
  @Provide
  Arbitrary<byte[]> pdfBytes() {
    Arbitrary<Integer> permille = Arbitraries.integers().between(0, 1000);
    Arbitrary<int[]> edit =
        Combinators.combine(
                Arbitraries.of(PdfEdit.class),
                permille,
                permille,
                Arbitraries.integers().between(0, 255))
            .as((e, a, b, x) -> new int[] {e.ordinal(), a, b, x});
    return edit.list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(
            edits -> {
              byte[] b = pdf.clone();
              for (int[] e : edits) {
                b = edit(b, PdfEdit.values()[e[0]], e[1], e[2], e[3]);
              }
              return b;
            });
  }

  private static byte[] edit(byte[] b, PdfEdit e, int a, int c, int x) {
    int i = (int) ((long) b.length * a / 1000);
    int j = Math.min(b.length, i + 1 + (int) ((long) (b.length - i) * c / 1000));
    byte[] head = Arrays.copyOf(b, i);
    byte[] tail = Arrays.copyOfRange(b, i, b.length);
    return switch (e) {
      case FLIP -> {
        byte[] d = b.clone();
        if (i < d.length) {
          d[i] = (byte) x;
        }
        yield d;
      }
      case TRUNCATE -> head;
      case DUPLICATE -> concat(Arrays.copyOf(b, j), Arrays.copyOfRange(b, i, b.length));
      case DELETE -> concat(head, Arrays.copyOfRange(b, j, b.length));
      case NEST_ARRAYS ->
          concat(head, concat("[".repeat(1 + c * 200).getBytes(StandardCharsets.US_ASCII), tail));
      case NEST_DICTIONARIES ->
          concat(
              head, concat("<</A ".repeat(1 + c * 100).getBytes(StandardCharsets.US_ASCII), tail));
      case GARBAGE ->
          concat(head, concat(new byte[] {(byte) x, (byte) (x * 7), (byte) (x * 13)}, tail));
    };
  }

  /**
   * Whatever a .pdf holds, the reader refuses it in one line or returns text the pipeline takes; no
   * error escapes.
   */
  @Property(tries = 400, seed = "20260115", shrinking = ShrinkingMode.BOUNDED)
  void pdfReaderRefusesOrReads(@ForAll("pdfBytes") byte[] bytes) throws Exception {
    read("fuzz.pdf", bytes);
  }

  private static void read(String name, byte[] bytes) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    SourceDocument doc;
    try {
      doc = new DocumentReader().read(f);
    } catch (BadInputException e) {
      expect(e.getMessage().lines().count() == 1, () -> "refusal in one line: " + e.getMessage());
      return;
    }
    expect(!doc.text().isBlank(), () -> "blank text accepted");
    expect(!hasLoneSurrogate(doc.text()), () -> "decoded text holds a lone surrogate");
    check(doc);
  }

  private static void check(String text) {
    check(
        new SourceDocument(
            "fuzz_0000000000000000", Path.of("fuzz.txt"), text, "txt", "0", List.of(0)));
  }

  /** The invariants every sentence of any paper keeps. */
  private static void check(SourceDocument doc) {
    String original = doc.text();
    // Paper.of, one stage at a time
    NormalizedText norm = new Normalizer().normalize(original);
    expect(norm.clean().length() == norm.map().length, () -> "a map entry per clean char");
    for (int at : norm.map()) {
      expect(at >= 0 && at < original.length(), () -> "map points outside the original: " + at);
    }
    for (Block b : norm.blocks()) {
      expect(
          0 <= b.start() && b.start() < b.end() && b.end() <= norm.clean().length(),
          () -> "block out of range: " + b);
      expect(b.section() != null, () -> "block without section");
    }
    List<Sentence> sentences = new SentenceSplitter().split(doc.id(), norm, original);
    boolean validOriginal = !hasLoneSurrogate(original);
    BitSet used = new BitSet(original.length());
    Map<Integer, String> clusters = new HashMap<>();
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      String t = s.text();
      int position = k;
      expect(s.index() == k, () -> "sentence index " + s.index() + " at position " + position);
      expect(s.section() != null && s.kind() != null, () -> "sentence without section or kind");
      expect(
          !t.isEmpty()
              && !Character.isWhitespace(t.charAt(0))
              && !Character.isWhitespace(t.charAt(t.length() - 1)),
          () -> "sentence not trimmed: [" + t + "]");
      expect(s.offsets().length == t.length(), () -> "one offset per char");
      expect(
          0 <= s.start() && s.start() < s.end() && s.end() <= original.length(),
          () -> "range " + s.start() + "-" + s.end() + " of " + original.length());
      expect(
          s.start() == s.offsets()[0] && s.end() > s.offsets()[t.length() - 1],
          () -> "start/end and the offsets");
      expect(s.original(doc).length() == s.end() - s.start(), () -> "quote length");
      expect(
          doc.codePoint(s.start()) <= doc.codePoint(s.end()),
          () -> "code point offsets go backwards");
      if (validOriginal) {
        expect(!hasLoneSurrogate(t), () -> "clean text holds a lone surrogate: " + s.id());
        expect(
            !splitsPair(original, s.start()) && !splitsPair(original, s.end()),
            () -> "citation splits a surrogate pair");
      }
      int prev = -1;
      for (int i = 0; i < t.length(); i++) {
        int at = s.offsets()[i];
        int ci = i;
        expect(at >= prev, () -> "offsets go backwards at " + ci + " of " + s.id());
        // only the chars NFC made of one (U+FB1D is U+05D9 U+05B4; U+FA6C a pair) share an original
        // char
        expect(!used.get(at) || at == prev, () -> "original char " + at + " feeds two clean chars");
        prev = at;
        used.set(at);
        expect(
            mapsBack(original, at, t.charAt(i), clusters),
            () -> "clean char " + ci + " of " + s.id() + " does not come from " + at);
        expect(SUPERSCRIPTS.indexOf(t.charAt(i)) < 0, () -> "superscript marker left in " + s.id());
        int cp = t.codePointAt(i);
        expect(
            !isCompatibilityIdeograph(cp),
            () -> "compatibility ideograph U+" + Integer.toHexString(cp) + " kept");
      }
      // a quote ends after the whole cluster its last char was composed from (Résumé with a
      // decomposed é)
      char last = t.charAt(t.length() - 1);
      expect(
          s.end() == original.length()
              || !isMark(original, s.end())
              || original.charAt(s.end() - 1) == last,
          () -> "citation of " + s.id() + " ends inside the char cluster of its last char");
      s.isEnglish();
    }
    // no letter or digit of the clean text is lost between sentences
    String clean = norm.clean();
    for (int k = 0; k < clean.length(); k += Character.charCount(clean.codePointAt(k))) {
      int at = norm.map()[k];
      expect(
          !Character.isLetterOrDigit(clean.codePointAt(k)) || used.get(at),
          () -> "the letter at " + at + " is in no sentence");
    }
  }

  /**
   * A clean char is its original char, a space for whitespace, or part of the NFC form of a char
   * cluster around it: a base and up to 30 non-spacing marks after it (what the normaliser composes
   * as one).
   */
  private static boolean mapsBack(String original, int at, char c, Map<Integer, String> clusters) {
    char o = original.charAt(at);
    if (c == o
        || c == ' ' && (Character.isWhitespace(o) || o == '\u3000' || o == '\u00a0')
        || c == org.cagraph.text.Normalizer.cyrillicDouble(o)) {
      return true;
    }
    for (int from = Math.max(0, at - 62); from <= at; from++) {
      int end = from + Character.charCount(original.codePointAt(from));
      for (int marks = 0; end < original.length() && marks < 30 && isMark(original, end); marks++) {
        end += Character.charCount(original.codePointAt(end));
      }
      int e = end;
      // NFC per cluster, then a Kangxi radical to its ideograph, as the normaliser does (and a
      // Latin look-alike in a Cyrillic word to its Cyrillic letter: K U+212A is K, then К)
      String clean =
          clusters.computeIfAbsent(
              from, f -> org.cagraph.text.Normalizer.radical(nfc(original.substring(f, e))));
      if (end > at
          && (clean.indexOf(c) >= 0
              || clean.length() == 1
                  && org.cagraph.text.Normalizer.cyrillicDouble(clean.charAt(0)) == c)) {
        return true;
      }
    }
    return false;
  }

  /** A CJK compatibility ideograph with a canonical decomposition (002 spells 羅 as U+F90F). */
  private static boolean isCompatibilityIdeograph(int cp) {
    String c = Character.toString(cp);
    return (cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F800 && cp <= 0x2FA1F) && !nfc(c).equals(c);
  }

  private static boolean isMark(String s, int i) {
    return Character.getType(s.codePointAt(i)) == Character.NON_SPACING_MARK;
  }

  private static String nfc(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) {
        return true;
      }
      if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
        return true;
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return false;
  }

  /** Whether char index i falls between the two halves of a surrogate pair. */
  private static boolean splitsPair(String s, int i) {
    return i > 0
        && i < s.length()
        && Character.isHighSurrogate(s.charAt(i - 1))
        && Character.isLowSurrogate(s.charAt(i));
  }

  private static void expect(boolean ok, Supplier<String> what) {
    if (!ok) {
      throw new AssertionError(what.get());
    }
  }
}
