package org.cagraph.actors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import org.cagraph.FuzzInputs;
import org.cagraph.nlp.AnnotatedSentence;
import org.cagraph.nlp.Simplifier;
import org.cagraph.nlp.Token;
import org.cagraph.text.Paper;
import org.cagraph.text.Sentence;
import org.cagraph.text.SourceDocument;

/**
 * The linker fed seeded random and adversarial sentences: through the text stage (what a paper can
 * produce) and as raw sentences the splitter would never make (leading spaces, several 。, odd
 * paragraph numbering). No exception escapes, every mention lies inside its sentence, and the
 * matching view keeps every offset. No CoreNLP: the linker works on clean text alone.
 */
class LinkerFuzzTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final Linker LINKER = new Linker(GAZETTEER);
  private static final Set<String> METHODS =
      Set.of("name", "short", "compound", "group", "coref", "metonym", "discovered");

  @Provide
  Arbitrary<String> corpusMix() {
    return FuzzInputs.corpusMix(20);
  }

  @Provide
  Arbitrary<String> shortCorpusMix() {
    return FuzzInputs.corpusMix(12);
  }

  @Provide
  Arbitrary<List<Sentence>> rawSentences() {
    Arbitrary<String> text =
        Arbitraries.frequencyOf(
            Tuple.of(2, FuzzInputs.unicodeText(25)), Tuple.of(3, FuzzInputs.corpusMix(8)));
    Arbitrary<Sentence.Kind> kind =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.just(Sentence.Kind.BODY)),
            Tuple.of(1, Arbitraries.of(Sentence.Kind.class)));
    Arbitrary<Integer> paragraphStep =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(-2, 3)));
    return Combinators.combine(text, kind, paragraphStep)
        .as(Tuple::of)
        .list()
        .ofMaxSize(8)
        .map(
            rows -> {
              List<Sentence> out = new ArrayList<>();
              int paragraph = 1;
              for (var r : rows) {
                paragraph += r.get3();
                String t = r.get1();
                int[] offsets = IntStream.range(0, t.length()).toArray();
                out.add(
                    new Sentence(
                        "fuzz_0000000000000000",
                        out.size(),
                        "",
                        r.get2(),
                        paragraph,
                        t,
                        offsets,
                        0,
                        t.length()));
              }
              return out;
            });
  }

  @Property(tries = 16_000, seed = "20260120", shrinking = ShrinkingMode.BOUNDED)
  void linksPapersSplicedFromTheCorpus(@ForAll("corpusMix") String text) {
    check(sentences(text));
  }

  private static List<Sentence> sentences(String text) {
    return Paper.of(
            new SourceDocument(
                "fuzz_0000000000000000", Path.of("fuzz.txt"), text, "txt", "0", List.of(0)))
        .sentences();
  }

  @Property(tries = 12_000, seed = "20260121", shrinking = ShrinkingMode.BOUNDED)
  void linksRawSentences(@ForAll("rawSentences") List<Sentence> sentences) {
    check(sentences);
  }

  @Property(tries = 6_000, seed = "20260122", shrinking = ShrinkingMode.BOUNDED)
  void matchingViewAndClaimsKeepTheLength(@ForAll("corpusMix") String text) {
    expect(Linker.key(text).length() == text.length(), () -> "key changed the length");
    expect(
        LINKER.claimed(text).length == text.length(), () -> "claimed is not parallel to the text");
  }

  /**
   * Token lengths and NER tags, laid over each sentence from its start: what CoreNLP would hand
   * discovery.
   */
  @Provide
  Arbitrary<List<Tuple.Tuple2<Integer, String>>> taggedTokens() {
    Arbitrary<String> tag =
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.just("O")),
            Tuple.of(3, Arbitraries.of("ORGANIZATION", "GPE", "PERSON")),
            Tuple.of(1, Arbitraries.of("FACILITY", "LOCATION", "MISC", "DEMONYM", "DATE")));
    return Combinators.combine(Arbitraries.integers().between(1, 8), tag)
        .as(Tuple::of)
        .list()
        .ofMinSize(1)
        .ofMaxSize(40);
  }

  /**
   * Discovery over any tagging of any sentences, then linking with the gazetteer extended by what
   * it found (as {@code kg extract} does): discovered names are arbitrary spans, and the linker
   * must take them as names. The text comes twice, so that a span tagged once is seen in two
   * sentences and becomes an actor.
   */
  @Property(tries = 1_500, seed = "20260123", shrinking = ShrinkingMode.BOUNDED)
  void discoversAndLinksWithDiscoveredActors(
      @ForAll("shortCorpusMix") String text,
      @ForAll("taggedTokens") List<Tuple.Tuple2<Integer, String>> tagging) {
    List<Sentence> sentences = sentences(text + "\n\n" + text);
    List<List<Mention>> mentions = LINKER.link(sentences);
    Discovery discovery = new Discovery(GAZETTEER);
    for (int i = 0; i < sentences.size(); i++) {
      String t = sentences.get(i).text();
      List<Token> tokens = new ArrayList<>();
      for (int b = 0, next = 0; b < t.length(); next++) {
        var tt = tagging.get(next % tagging.size());
        int e = Math.min(t.length(), b + tt.get1());
        if (e < t.length() && Character.isLowSurrogate(t.charAt(e))) {
          e++;
        }
        tokens.add(new Token(t.substring(b, e), "NN", tt.get2(), b, e));
        b = e;
      }
      AnnotatedSentence annotated =
          new AnnotatedSentence(sentences.get(i), Simplifier.forNlp(t), tokens, List.of());
      discovery.observe(annotated, mentions.get(i));
    }
    List<Actor> found = discovery.actors();
    for (Actor a : found) {
      expect(
          a.discovered() && Actor.LABELS.contains(a.label()) && a.id().matches("[a-z0-9_]+"),
          () -> "odd actor " + a);
      expect(
          !GAZETTEER.actors().containsKey(a.id()),
          () -> "discovered id clashes with the gazetteer: " + a.id());
      expect(a.names().stream().noneMatch(String::isEmpty), () -> "empty name: " + a);
    }
    check(new Linker(GAZETTEER.with(found)), sentences);
  }

  /**
   * A sample the property above once found (seed 20260123, try 207): a facility discovered from a
   * span with a Cyrillic word and a doubled space in it, whose empty word the owner-inside-the-name
   * check read past the end of the text. Kept as an example so that it runs whatever the seed.
   */
  @Example
  void aDiscoveredFacilityWithAnEmptyWordLinks() {
    discoversAndLinksWithDiscoveredActors(
        " \u00b9\u3001 \u8207\u0412\u043e\u0441\u0442\u043e\u043a 2014\u8207 \u0410\u0437\u0438\u044f \u2013 \u0413\u0435\u0440",
        List.of(
            Tuple.of(1, "O"),
            Tuple.of(5, "O"),
            Tuple.of(4, "O"),
            Tuple.of(7, "O"),
            Tuple.of(3, "O"),
            Tuple.of(8, "FACILITY"),
            Tuple.of(7, "O"),
            Tuple.of(2, "O"),
            Tuple.of(1, "PERSON"),
            Tuple.of(5, "O"),
            Tuple.of(2, "O"),
            Tuple.of(4, "O"),
            Tuple.of(2, "O"),
            Tuple.of(7, "O"),
            Tuple.of(8, "O"),
            Tuple.of(4, "O"),
            Tuple.of(5, "GPE"),
            Tuple.of(5, "ORGANIZATION"),
            Tuple.of(1, "O"),
            Tuple.of(1, "O"),
            Tuple.of(2, "PERSON"),
            Tuple.of(1, "O"),
            Tuple.of(1, "GPE"),
            Tuple.of(6, "O"),
            Tuple.of(1, "DATE"),
            Tuple.of(4, "O"),
            Tuple.of(7, "O"),
            Tuple.of(1, "PERSON"),
            Tuple.of(1, "O"),
            Tuple.of(8, "O"),
            Tuple.of(1, "O"),
            Tuple.of(5, "MISC"),
            Tuple.of(8, "O"),
            Tuple.of(3, "O"),
            Tuple.of(3, "O")));
  }

  private static void check(List<Sentence> sentences) {
    check(LINKER, sentences);
  }

  private static void check(Linker linker, List<Sentence> sentences) {
    List<List<Mention>> all = linker.link(sentences);
    expect(all.size() == sentences.size(), () -> "one mention list per sentence");
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      String t = s.text();
      int prev = Integer.MIN_VALUE;
      for (Mention m : all.get(i)) {
        expect(
            m.actor() != null && m.actor().id() != null && Actor.LABELS.contains(m.actor().label()),
            () -> "mention without a proper actor: " + m);
        expect(METHODS.contains(m.method()), () -> "unknown method " + m.method());
        expect(m.confidence() > 0 && m.confidence() <= 1, () -> "confidence " + m.confidence());
        expect(
            0 <= m.begin() && m.begin() <= m.end() && m.end() <= t.length(),
            () ->
                "mention "
                    + m.begin()
                    + "-"
                    + m.end()
                    + " outside sentence of "
                    + t.length()
                    + ": "
                    + m);
        expect(m.begin() >= prev, () -> "mentions not sorted");
        prev = m.begin();
        expect(
            !splitsPair(t, m.begin()) && !splitsPair(t, m.end()),
            () -> "mention splits a surrogate pair: " + m);
        if (m.end() > m.begin()) {
          int from = s.originalStart(m.begin());
          int to = s.originalEnd(m.end());
          expect(
              s.start() <= from && from < to && to <= s.end(),
              () -> "mention's original range outside the sentence: " + m);
        }
      }
      // abbreviations and compounds are read only where no name or group word stands (哈 in 哈薩克 is
      // no compound)
      for (Mention a : all.get(i)) {
        for (Mention n : all.get(i)) {
          boolean abbreviation = a.method().equals("short") || a.method().equals("compound");
          boolean name =
              n.method().equals("name")
                  || n.method().equals("group")
                  || n.method().equals("metonym");
          expect(
              !abbreviation || !name || a.end() <= n.begin() || n.end() <= a.begin(),
              () -> "abbreviation " + a + " overlaps " + n + " in " + t);
        }
      }
    }
  }

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
