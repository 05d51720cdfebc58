package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cagraph.text.Sentence;
import org.junit.jupiter.api.Test;

/**
 * A signed description two papers write (a border treaty, соглашение о свободной торговле) names no
 * one agreement of the corpus, but in each paper whose sentence names its parties it is that
 * paper's agreement: one actor per paper, named by its parties, linked in that paper alone.
 */
class PaperScopedAgreementsTest {
  private static final Gazetteer G = Gazetteer.load();

  private static List<String> linked(Linker linker, List<Sentence> paper) {
    List<String> out = new ArrayList<>();
    linker.link(paper).forEach(m -> m.forEach(x -> out.add(x.actor().id())));
    return out;
  }

  @Test
  void aDescriptionOfTwoPapersIsEachPapersOwnAgreement() {
    List<Sentence> a =
        DiscoveryRuns.paper(
            "aaaa_0000000000000001", "Kazakhstan and Uzbekistan signed a border treaty in 2001.");
    List<Sentence> b =
        DiscoveryRuns.paper(
            "bbbb_0000000000000002", "Turkmenistan and Iran ratified a border treaty in 2003.");
    List<Actor> found = DiscoveryRuns.discover(List.of(a, b));
    List<Actor> treaties = found.stream().filter(x -> x.names().contains("border treaty")).toList();
    assertEquals(2, treaties.size(), "one per paper: " + found);
    Actor first =
        treaties.stream().filter(x -> "aaaa_0000000000000001".equals(x.paper())).findFirst().get();
    Actor second =
        treaties.stream().filter(x -> "bbbb_0000000000000002".equals(x.paper())).findFirst().get();
    assertEquals("Kazakhstan-Uzbekistan border treaty", first.name());
    assertEquals("Iran-Turkmenistan border treaty", second.name());
    Linker linker = new Linker(G.with(found));
    assertTrue(linked(linker, a).contains(first.id()), "its own paper links it");
    assertTrue(!linked(linker, a).contains(second.id()), "another paper's is not linked here");
    assertTrue(linked(linker, b).contains(second.id()));
    assertTrue(!linked(linker, b).contains(first.id()));
  }

  @Test
  void aRussianDescriptionIsScopedToo() {
    List<Sentence> a =
        DiscoveryRuns.paper(
            "cccc_0000000000000003",
            "Казахстан и Киргизия подписали соглашение о свободной торговле в 2005 году.");
    List<Sentence> b =
        DiscoveryRuns.paper(
            "dddd_0000000000000004",
            "Армения и Иран подписали соглашение о свободной торговле в прошлом году.");
    List<Actor> found = DiscoveryRuns.discover(List.of(a, b));
    assertEquals(
        2,
        found.stream().filter(x -> x.paper() != null).count(),
        "each paper's free trade agreement: " + found);
  }

  @Test
  void noPartyOrAChineseDescriptionMakesNone() {
    List<Sentence> a =
        DiscoveryRuns.paper(
            "eeee_0000000000000005", "Officials said a border treaty was signed last spring.");
    List<Sentence> b =
        DiscoveryRuns.paper(
            "ffff_0000000000000006", "Diplomats recalled that a border treaty was signed then.");
    assertEquals(
        List.of(),
        DiscoveryRuns.discover(List.of(a, b)).stream().filter(x -> x.paper() != null).toList(),
        "no party named: the words are anyone's");
    List<Sentence> c = DiscoveryRuns.paper("gggg_0000000000000007", "哈薩克與烏茲別克簽署了國界條約。");
    List<Sentence> d = DiscoveryRuns.paper("hhhh_0000000000000008", "土庫曼與伊朗簽署了國界條約。");
    assertEquals(
        List.of(),
        DiscoveryRuns.discover(List.of(c, d)).stream().filter(x -> x.paper() != null).toList(),
        "not in Chinese (measured: false hits held out)");
  }

  @Test
  void aDescriptionOfOnePaperStaysOneActorOfEveryPaper() {
    List<Sentence> a =
        DiscoveryRuns.paper(
            "iiii_0000000000000009", "Kazakhstan and Uzbekistan signed a border treaty in 2001.");
    List<Actor> found = DiscoveryRuns.discover(List.of(a));
    assertTrue(
        found.stream().anyMatch(x -> x.names().contains("border treaty") && x.paper() == null),
        "seen in one paper: the corpus's one agreement, as before: " + found);
  }

  @Test
  void anIndefiniteDescriptionOfOtherPartiesIsAnotherAgreement() {
    List<Sentence> a =
        DiscoveryRuns.paper(
            "jjjj_0000000000000010",
            "In 2006 Kazakhstan signed a border treaty with Uzbekistan.\n\n"
                + "The same year Kyrgyzstan signed a border treaty.\n\n"
                + "Kyrgyzstan later criticised the border treaty.\n\n"
                + "Uzbekistan and Kazakhstan had signed a border treaty first.\n\n"
                + "In 2007 Kyrgyzstan signed another new border treaty.\n\n"
                + "In 2008 Sadyr Japarov signed a border treaty.");
    List<Actor> found = DiscoveryRuns.discover(List.of(a));
    Actor treaty =
        found.stream().filter(x -> x.names().contains("border treaty")).findFirst().get();
    assertEquals("Kazakhstan-Uzbekistan border treaty", treaty.name());
    List<List<Mention>> m = new Linker(G.with(found)).link(a);
    java.util.function.IntPredicate links =
        i -> m.get(i).stream().anyMatch(x -> x.actor().id().equals(treaty.id()));
    assertTrue(links.test(0), "the sentence that describes it: " + m.get(0));
    assertTrue(!links.test(1), "a border treaty of Kyrgyzstan is another one: " + m.get(1));
    // near misses: the border treaty refers back; a border treaty of the same parties is theirs
    assertTrue(links.test(2), "the definite refers back: " + m.get(2));
    assertTrue(links.test(3), "the same parties: " + m.get(3));
    // another, with words between it and the description; a leader standing for his state
    assertTrue(!links.test(4), "another new border treaty: " + m.get(4));
    assertTrue(!links.test(5), "Japarov signs for Kyrgyzstan: " + m.get(5));
  }

  @Test
  void theSamePartiesInTwoPapersEachLinkTheirOwn() {
    List<Sentence> a =
        DiscoveryRuns.paper(
            "kkkk_0000000000000011",
            "Кыргызстан и Таджикистан подписали договор о государственной границе в 2025 году.");
    List<Sentence> b =
        DiscoveryRuns.paper(
            "llll_0000000000000012",
            "Кыргызстан и Таджикистан подписали договор о государственной границе в марте.");
    List<Actor> found = DiscoveryRuns.discover(List.of(a, b));
    List<Actor> treaties = found.stream().filter(x -> x.paper() != null).toList();
    assertEquals(2, treaties.size(), "one per paper: " + found);
    Linker linker = new Linker(G.with(found));
    for (List<Sentence> p : List.of(a, b)) {
      String doc = p.get(0).docId();
      Actor own = treaties.stream().filter(x -> doc.equals(x.paper())).findFirst().get();
      assertTrue(linked(linker, p).contains(own.id()), doc + ": " + linked(linker, p));
    }
  }
}
