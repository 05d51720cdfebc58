package org.cagraph.actors;

import static org.cagraph.actors.LinkerFuzzTest.GAZETTEER;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.cagraph.FuzzInputs;
import org.cagraph.FuzzScale;
import org.cagraph.nlp.AnnotatedSentence;
import org.cagraph.nlp.Simplifier;
import org.cagraph.nlp.Token;
import org.cagraph.text.Sentence;

/**
 * Discovery fed any tagging of seeded random and corpus-spliced sentences, then the linker with
 * what it found: the checks of {@link LinkerFuzzTest}, over a gazetteer grown by discovery. A class
 * of its own so that the build runs it beside the other fuzz properties, in another fork.
 */
@AddLifecycleHook(FuzzScale.class)
class DiscoveryFuzzTest {
  @Provide
  Arbitrary<String> shortCorpusMix() {
    return FuzzInputs.corpusMix(12);
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
  @Property(tries = 800, seed = "20260123", shrinking = ShrinkingMode.BOUNDED)
  void discoversAndLinksWithDiscoveredActors(
      @ForAll("shortCorpusMix") String text,
      @ForAll("taggedTokens") List<Tuple.Tuple2<Integer, String>> tagging) {
    List<Sentence> sentences = LinkerFuzzTest.sentences(text + "\n\n" + text);
    List<List<Mention>> mentions = LinkerFuzzTest.LINKER.link(sentences);
    // the shared linker over the same gazetteer, as extraction passes its own: a try builds none
    Discovery discovery = new Discovery(GAZETTEER, LinkerFuzzTest.LINKER);
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
      LinkerFuzzTest.expect(
          a.discovered() && Actor.LABELS.contains(a.label()) && a.id().matches("[a-z0-9_]+"),
          () -> "odd actor " + a);
      LinkerFuzzTest.expect(
          !GAZETTEER.actors().containsKey(a.id()),
          () -> "discovered id clashes with the gazetteer: " + a.id());
      LinkerFuzzTest.expect(
          a.names().stream().noneMatch(String::isEmpty), () -> "empty name: " + a);
    }
    // most tries discover nothing; the gazetteer is then the same and so is the linker, whose build
    // is most of a try's time
    LinkerFuzzTest.check(
        found.isEmpty() ? LinkerFuzzTest.LINKER : new Linker(GAZETTEER.with(found)), sentences);
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
}
