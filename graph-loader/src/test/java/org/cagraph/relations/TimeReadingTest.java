package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What sentences say about when a relation held, read through the rules as the loader reads them (no CoreNLP). */
class TimeReadingTest {
  @TempDir
  Path dir;

  private static Relation relation(List<Relation> rs, String s, String p, String o) {
    return rs.stream().filter(r -> r.subject().equals(s) && r.predicate().equals(p) && r.object().equals(o))
        .findFirst().orElseThrow(() -> new AssertionError(s + " " + p + " " + o + " not in " + rs));
  }

  private static List<TimeReading> readings(List<Statement> st, String s, String p, String o) {
    return st.stream().filter(x -> x.subject().equals(s) && x.predicate().equals(p) && x.object().equals(o))
        .flatMap(x -> x.readings().stream()).toList();
  }

  @Test
  void aWithdrawalEndsTheMembershipItLeaves() throws Exception {
    List<Statement> st = Sentences.extract(dir, "1992年5月15日，烏茲別克簽署集體安全條約。1999年，烏茲別克退出集體安全條約。");
    Relation signed = relation(Sentences.relations(st), "uzbekistan", "SIGNED", "collective_security_treaty");
    assertEquals(1, signed.timeline().periods().size(), signed.toString());
    assertEquals("1992-05-15", signed.timeline().periods().get(0).start());
    assertEquals("1999", signed.timeline().periods().get(0).end(), "data/schema: WITHDREW_FROM ends SIGNED");
    assertEquals("1999", signed.until());
    assertTrue(signed.timeline().holds("1995"));
    assertTrue(!signed.timeline().holds("2003"));
    assertEquals(2, signed.citations().size(), "the withdrawal is cited as the end's evidence");
  }

  @Test
  void joiningIsAStartAndASummitIsAnEvent() throws Exception {
    List<Statement> st = Sentences.extract(dir, "2001年12月，美軍進駐馬納斯基地。");
    assertEquals(List.of(new TimeReading("start", "2001-12")),
        readings(st, "united_states", "HAS_MILITARY_PRESENCE_IN", "manas_air_base"), st.toString());
    List<Statement> summit = Sentences.extract(dir, "2018年1月16日，哈薩克總統納扎爾巴耶夫在華府與川普會談。");
    assertEquals(List.of(new TimeReading("event", "2018-01-16")),
        readings(summit, "nursultan_nazarbayev", "HEAD_OF", "kazakhstan"), summit.toString());
  }

  @Test
  void liftedSanctionsEndTheSanctions() throws Exception {
    List<Statement> st = Sentences.extract(dir, "2014年，美國對俄羅斯實施制裁。2020年，美國解除對俄羅斯的制裁。");
    Relation r = relation(Sentences.relations(st), "united_states", "SANCTIONS", "russia");
    assertEquals("2014", r.timeline().periods().get(0).start(), r.toString());
    assertEquals("2020", r.timeline().periods().get(0).end());
  }

  @Test
  void relativeYearsResolveAgainstTheDocumentsDateOrNotAtAll() throws Exception {
    String text = "伊朗今年加入上海合作組織。";
    assertEquals(List.of(new TimeReading("start", "2023")),
        readings(Sentences.extract(dir, text, "2023-12-15"), "iran", "MEMBER_OF", "sco"));
    assertEquals(List.of(), readings(Sentences.extract(dir, text), "iran", "MEMBER_OF", "sco"),
        "an undated paper leaves 今年 unresolved: never guessed");
  }

  @Test
  void currentlyObservesTheRelationAtTheDocumentsDate() throws Exception {
    List<Statement> st = Sentences.extract(dir, "哈薩克目前是集體安全條約組織的成員。", "2023-12-15");
    assertEquals(List.of(new TimeReading("observed", "2023-12-15")), readings(st, "kazakhstan", "MEMBER_OF", "csto"),
        st.toString());
  }

  @Test
  void aDateInAnAsideBelongsToTheAside() throws Exception {
    List<Statement> st = Sentences.extract(dir, "上海合作組織成員包括中國、俄羅斯及伊朗（2023年加入）。");
    assertTrue(readings(st, "china", "MEMBER_OF", "sco").stream().noneMatch(r -> "2023".equals(r.date())),
        st.toString());
  }
}
