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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.cagraph.FuzzInputs;
import org.cagraph.FuzzScale;
import org.cagraph.text.Paper;
import org.cagraph.text.Sentence;
import org.cagraph.text.SourceDocument;

/**
 * The linker fed seeded random and adversarial sentences: through the text stage (what a paper can
 * produce) and as raw sentences the splitter would never make (leading spaces, several 。, odd
 * paragraph numbering). No exception escapes, every mention lies inside its sentence, and the
 * matching view keeps every offset. No CoreNLP: the linker works on clean text alone.
 */
@AddLifecycleHook(FuzzScale.class)
class LinkerFuzzTest {
  static final Gazetteer GAZETTEER = Gazetteer.load();
  static final Linker LINKER = new Linker(GAZETTEER);
  private static final Set<String> METHODS =
      Set.of("name", "short", "compound", "group", "coref", "metonym", "discovered");

  @Provide
  Arbitrary<String> corpusMix() {
    return FuzzInputs.corpusMix(20);
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

  @Property(tries = 8_000, seed = "20260120", shrinking = ShrinkingMode.BOUNDED)
  void linksPapersSplicedFromTheCorpus(@ForAll("corpusMix") String text) {
    check(sentences(text));
  }

  static List<Sentence> sentences(String text) {
    return Paper.of(
            new SourceDocument(
                "fuzz_0000000000000000", Path.of("fuzz.txt"), text, "txt", "0", List.of(0)))
        .sentences();
  }

  @Property(tries = 5_000, seed = "20260121", shrinking = ShrinkingMode.BOUNDED)
  void linksRawSentences(@ForAll("rawSentences") List<Sentence> sentences) {
    check(sentences);
  }

  @Property(tries = 6_000, seed = "20260122", shrinking = ShrinkingMode.BOUNDED)
  void matchingViewAndClaimsKeepTheLength(@ForAll("corpusMix") String text) {
    expect(Linker.key(text).length() == text.length(), () -> "key changed the length");
    expect(
        LINKER.claimed(text).length == text.length(), () -> "claimed is not parallel to the text");
  }

  private static void check(List<Sentence> sentences) {
    check(LINKER, sentences);
  }

  static void check(Linker linker, List<Sentence> sentences) {
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

  static void expect(boolean ok, Supplier<String> what) {
    if (!ok) {
      throw new AssertionError(what.get());
    }
  }
}
