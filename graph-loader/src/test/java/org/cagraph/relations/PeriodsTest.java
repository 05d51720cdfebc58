package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cagraph.relations.Periods.Dated;
import org.cagraph.relations.Periods.Timeline;
import org.junit.jupiter.api.Test;

/** How readings become periods and conflicts, and what an as-of question sees. */
class PeriodsTest {
  private static Dated r(String kind, String date, String sentence, String doc) {
    return new Dated(kind, date, sentence, doc);
  }

  @Test
  void anActorThatLeftAndRejoinedHasTwoPeriods() {
    Timeline t =
        Periods.of(
            List.of(
                r("start", "2006", "b:1", "b"),
                r("start", "1992-05-15", "a:1", "a"),
                r("end", "1999", "a:2", "a")));
    assertEquals(2, t.periods().size());
    assertEquals("1992-05-15", t.periods().get(0).start());
    assertEquals("a:1", t.periods().get(0).startSentence());
    assertEquals("1999", t.periods().get(0).end());
    assertEquals("a:2", t.periods().get(0).endSentence());
    assertEquals("2006", t.periods().get(1).start());
    assertNull(t.periods().get(1).end());
    assertTrue(t.holds("1995"));
    assertFalse(t.holds("2003"));
    assertTrue(t.holds("2010"));
    assertFalse(t.holds("1991"));
    assertEquals("1992-05-15", t.since());
    assertNull(t.until(), "rejoined: open");
    assertTrue(t.conflicts().isEmpty());
  }

  @Test
  void anEndWithNoStatedStartClosesTheFirstPeriod() {
    Timeline t = Periods.of(List.of(r("end", "2005-03-24", "a:1", "a")));
    assertEquals(1, t.periods().size());
    assertNull(t.periods().get(0).start());
    assertTrue(t.holds("2000"), "held before it ended, since some time unknown");
    assertTrue(t.holds("2005"), "and during part of 2005");
    assertFalse(t.holds("2006"));
  }

  @Test
  void eventsShowThatARelationHeldAndNeverMoveItsStart() {
    Timeline t =
        Periods.of(
            List.of(
                r("start", "2001-12", "a:1", "a"),
                r("event", "1999", "b:1", "b"),
                r("event", "2010", "a:2", "a")));
    assertEquals("2001-12", t.periods().get(0).start());
    assertFalse(t.holds("2000"));
    assertTrue(t.holds("2001"));
    Timeline onlyEvents =
        Periods.of(
            List.of(r("event", "2018-01-16", "a:1", "a"), r("observed", "2023-12-15", "b:1", "b")));
    assertNull(onlyEvents.periods().get(0).start());
    assertTrue(onlyEvents.holds("2018"));
    assertFalse(onlyEvents.holds("2010"), "nothing says it held before its first dated event");
    assertNull(
        Periods.of(List.of()).holds("2010"), "a relation no sentence dates is undated, not false");
  }

  @Test
  void aMorePreciseDateAgreesWithTheCoarserOne() {
    Timeline t =
        Periods.of(List.of(r("start", "1992", "a:1", "a"), r("start", "1992-05-15", "b:1", "b")));
    assertEquals("1992-05-15", t.periods().get(0).start(), "the precise form is kept");
    assertTrue(t.conflicts().isEmpty());
  }

  @Test
  void twoPapersGivingDifferentYearsForOneStartDisagree() {
    Timeline t =
        Periods.of(
            List.of(
                r("start", "2001-06-25", "a:1", "a"),
                r("start", "1996", "b:1", "b"),
                r("start", "2001", "c:1", "c")));
    assertEquals(1, t.conflicts().size());
    Periods.Conflict c = t.conflicts().get(0);
    assertEquals("start", c.bound());
    assertEquals(
        List.of("1996", "2001-06-25"),
        c.sides().stream().map(Periods.Side::date).toList(),
        "2001 and 2001-06-25 are one side, in its precise form");
    assertEquals(List.of("b", "a"), c.sides().stream().map(Periods.Side::doc).toList());
    assertEquals("1996", t.periods().get(0).start(), "the earliest stays the start");
  }

  @Test
  void onePaperDatingTwoStartsTellsASequenceNotAConflict() {
    Timeline t =
        Periods.of(
            List.of(r("start", "1992-05", "a:1", "a"), r("start", "1998-07-06", "a:9", "a")));
    assertTrue(t.conflicts().isEmpty());
    assertEquals("1992-05", t.periods().get(0).start());
  }

  @Test
  void anAsOfMonthOrDayIsComparedAtItsOwnPrecision() {
    Timeline t = Periods.of(List.of(r("start", "2005-11", "a:1", "a")));
    assertFalse(t.holds("2005-06"));
    assertTrue(t.holds("2005-11-30"));
    assertTrue(t.holds("2005"));
  }

  @Test
  void aPapersNotesAreASourceBesideItsText() {
    Timeline t =
        Periods.of(
            List.of(
                new Dated("start", "1993-01", "a:1", "a", "a"),
                new Dated("start", "1994-04-30", "a:9", "a", "a (notes)")));
    assertEquals(1, t.conflicts().size(), "the text against its own footnote");
    assertTrue(
        Periods.of(
                List.of(
                    new Dated("start", "1993-01", "a:1", "a", "a"),
                    new Dated("start", "1994-04-30", "a:9", "a", "a")))
            .conflicts()
            .isEmpty(),
        "the text alone tells a sequence");
  }
}
