package org.cagraph.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A relation's periods, built from the time readings of the sentences that cite it (issue 17). A
 * period is a {@code [start, end)} interval with the sentence behind each bound: a start opens one,
 * an end closes the open one (or, with no start stated before it, the first), so an actor that left
 * and rejoined has two. Event and observed readings show that the relation held at their date and
 * never move a start. Two readings of the same bound of one period that give different dates,
 * neither a more precise form of the other (1992 and 1992-05-15 agree), from different sources
 * (papers, or a paper's text and its notes), are a {@link Conflict}: the sources disagree. One
 * paper that dates two starts of a period without an end between them tells a sequence (a
 * friendship treaty, then an alliance), not a disagreement with itself: the earliest is the start.
 */
public final class Periods {
  private Periods() {}

  /**
   * A reading with the sentence and paper it comes from. {@code source} is who gives it: the paper,
   * or the paper's notes, which cite other sources than its text does (an article's 1993 against
   * its own footnote's 1994 are two sources, where the text alone dating two starts is one telling
   * a sequence).
   */
  public record Dated(String kind, String date, String sentence, String doc, String source) {
    public Dated(String kind, String date, String sentence, String doc) {
      this(kind, date, sentence, doc, doc);
    }
  }

  /**
   * One period. {@code start} and {@code end} are null where no sentence states them; {@code seen}
   * is the earliest event or observation in it, so that a period whose start is unknown is known to
   * hold from then.
   */
  public record Period(
      String start, String startSentence, String end, String endSentence, String seen) {
    /**
     * The earliest day the period is known to hold, padded to a full date ("" when it may reach
     * back forever).
     */
    public String from() {
      String lo = start != null ? start : seen;
      return lo == null ? "" : low(lo);
    }

    /**
     * The last day it may hold ({@code 9999-12-31} while open): an end of 2005 may fall on
     * 2005-12-31.
     */
    public String to() {
      return end == null ? OPEN : high(end);
    }

    /** Whether it held at some time within {@code asOf} (a year, a month or a day). */
    public boolean holds(String asOf) {
      return from().compareTo(high(asOf)) <= 0 && to().compareTo(low(asOf)) >= 0;
    }
  }

  /** One side of a disagreement: the date a sentence gives for the bound. */
  public record Side(String date, String sentence, String doc) {}

  /** Sources that disagree on one bound ({@code start} or {@code end}) of one period. */
  public record Conflict(String bound, int period, List<Side> sides) {}

  /** The periods of a relation and the disagreements among its sources. */
  public record Timeline(List<Period> periods, List<Conflict> conflicts) {
    public static final Timeline NONE = new Timeline(List.of(), List.of());

    /**
     * Whether the relation held at {@code asOf}: some period holds then. A relation no sentence
     * dates has no period; the answer for it is null (unknown), which callers show as "undated".
     */
    public Boolean holds(String asOf) {
      return periods.isEmpty() ? null : periods.stream().anyMatch(p -> p.holds(asOf));
    }

    /**
     * The outer bounds: the first period's start and the last one's end (null when open or
     * unknown).
     */
    public String since() {
      return periods.isEmpty() ? null : periods.get(0).start();
    }

    public String until() {
      return periods.isEmpty() ? null : periods.get(periods.size() - 1).end();
    }
  }

  static final String OPEN = "9999-12-31";
  private static final Map<String, Integer> ORDER =
      Map.of(
          TimeReading.START, 0, TimeReading.EVENT, 1, TimeReading.OBSERVED, 1, TimeReading.END, 2);

  /** "1992" as 1992-01-01, "1992-05" as 1992-05-01. */
  public static String low(String date) {
    return switch (date.length()) {
      case 4 -> date + "-01-01";
      case 7 -> date + "-01";
      default -> date;
    };
  }

  /**
   * "1992" as 1992-12-31, "1992-05" as 1992-05-31 (compared as text, a day past the month's end is
   * harmless).
   */
  public static String high(String date) {
    return switch (date.length()) {
      case 4 -> date + "-12-31";
      case 7 -> date + "-31";
      default -> date;
    };
  }

  /**
   * Whether two dates agree: equal, or one a more precise form of the other (1992 and 1992-05-15).
   */
  public static boolean agree(String a, String b) {
    return a.startsWith(b) || b.startsWith(a);
  }

  private static final class Builder {
    Dated start;
    Dated end;
    String seen;
    final List<Dated> starts = new ArrayList<>();
    final List<Dated> ends = new ArrayList<>();

    Period build() {
      return new Period(
          start == null ? null : start.date(),
          start == null ? null : start.sentence(),
          end == null ? null : end.date(),
          end == null ? null : end.sentence(),
          seen);
    }
  }

  /** The timeline of one relation from every dated reading of it, in any order. */
  public static Timeline of(List<Dated> readings) {
    List<Dated> sorted =
        readings.stream()
            .filter(r -> r.date() != null && ORDER.containsKey(r.kind()))
            .sorted(
                Comparator.comparing((Dated r) -> low(r.date()))
                    .thenComparing(r -> ORDER.get(r.kind()))
                    .thenComparing(Dated::sentence))
            .toList();
    List<Builder> periods = new ArrayList<>();
    Builder cur = null;
    for (Dated r : sorted) {
      switch (r.kind()) {
        case TimeReading.START -> {
          if (cur != null && cur.end == null) {
            cur.starts.add(r); // the open period's start, stated again (or differently)
            if (cur.start == null
                || agree(cur.start.date(), r.date())
                    && r.date().length() > cur.start.date().length()) {
              cur.start = r;
            }
          } else {
            cur = new Builder();
            cur.start = r;
            cur.starts.add(r);
            periods.add(cur);
          }
        }
        case TimeReading.END -> {
          if (cur == null) {
            cur = new Builder(); // an end with no start stated before it closes the first period
            periods.add(cur);
          }
          cur.ends.add(r);
          if (cur.end == null
              || agree(cur.end.date(), r.date()) && r.date().length() > cur.end.date().length()) {
            cur.end = r;
          }
        }
        default -> {
          if (cur == null) {
            cur = new Builder();
            periods.add(cur);
          }
          if (cur.end == null && cur.seen == null) {
            cur.seen = r.date(); // an event after the period's end shows nothing about it
          }
        }
      }
    }
    List<Period> out = new ArrayList<>();
    List<Conflict> conflicts = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      Builder b = periods.get(i);
      out.add(b.build());
      conflict("start", i, b.starts, conflicts);
      conflict("end", i, b.ends, conflicts);
    }
    return new Timeline(List.copyOf(out), List.copyOf(conflicts));
  }

  /**
   * The sides of a bound's readings when two of them disagree, one side per distinct date (the
   * first sentence).
   */
  private static void conflict(String bound, int period, List<Dated> readings, List<Conflict> out) {
    boolean disagree = false;
    for (Dated a : readings) {
      for (Dated b : readings) {
        disagree |= !agree(a.date(), b.date()) && !a.source().equals(b.source());
      }
    }
    if (!disagree) {
      return;
    }
    List<Side> sides = new ArrayList<>();
    for (Dated r : readings) {
      int same = -1;
      for (int k = 0; k < sides.size(); k++) {
        if (agree(sides.get(k).date(), r.date())) {
          same = k;
        }
      }
      if (same < 0) {
        sides.add(new Side(r.date(), r.sentence(), r.doc()));
      } else if (r.date().length() > sides.get(same).date().length()) {
        sides.set(
            same,
            new Side(r.date(), r.sentence(), r.doc())); // the more precise form speaks for both
      }
    }
    out.add(new Conflict(bound, period, List.copyOf(sides)));
  }
}
