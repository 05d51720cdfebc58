package org.cagraph.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.cagraph.text.Sentence;

/**
 * Merges asserted statements across sentences and papers: one relation per (subject, type, object,
 * role), every stated date kept, confidence rising with independent evidence (noisy-or).
 */
public final class Aggregator {
  private Aggregator() {}

  /**
   * @param citer turns a statement into its citation (the exact quote needs the original file)
   */
  public static List<Relation> aggregate(
      List<Statement> statements, Function<Statement, Citation> citer) {
    Map<String, List<Statement>> byKey = new LinkedHashMap<>();
    for (Statement s : statements) {
      if (s.asserted()) {
        byKey.computeIfAbsent(key(s), k -> new ArrayList<>()).add(s);
      }
    }
    return finish(byKey, endings(statements), citer);
  }

  /**
   * A statement's place in the corpus (paper, then statement within it), with its citation: the
   * unit a distributed run groups by {@link #key} and merges with {@link #merge}.
   */
  public record Evidence(long order, Statement statement, Citation citation)
      implements java.io.Serializable {}

  /**
   * The evidence of one key from two parts of the corpus, in corpus order: associative and
   * commutative, so the groups can be reduced in any order on any machine and still list their
   * statements as one pass over the papers would.
   */
  public static List<Evidence> merge(List<Evidence> a, List<Evidence> b) {
    List<Evidence> out = new ArrayList<>(a.size() + b.size());
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (j >= b.size() || i < a.size() && a.get(i).order() <= b.get(j).order()) {
        out.add(a.get(i++));
      } else {
        out.add(b.get(j++));
      }
    }
    return out;
  }

  /**
   * The relations of asserted statements grouped by {@link #key}, each group in corpus order and
   * the groups in the order of their first statement, with the {@link #endings} of their
   * subject|type|object. A relation depends only on the groups and endings of its own
   * subject|type|object ({@link #triple}): called with all of them, or with those of some triples
   * only (a distributed run calls it once per triple), it gives the same relations for those
   * triples.
   */
  public static List<Relation> finish(
      Map<String, List<Statement>> byKey,
      Map<String, List<Ending>> endings,
      Function<Statement, Citation> citer) {
    byKey = new LinkedHashMap<>(byKey);
    byKey.replaceAll((k, v) -> new ArrayList<>(v));
    absorbPlainMembership(byKey);
    List<Relation> out = new ArrayList<>();
    for (List<Statement> group : byKey.values()) {
      Statement first = group.get(0);
      TreeSet<String> dates = new TreeSet<>();
      TreeSet<String> rules = new TreeSet<>();
      double miss = 1.0;
      Map<String, Citation> cites = new LinkedHashMap<>();
      for (Statement s : group) {
        if (s.date() != null) {
          dates.add(s.date());
        }
        rules.add(s.rule());
        Sentence sent = s.sentence();
        if (!cites.containsKey(sent.id())) {
          cites.put(sent.id(), citer.apply(s));
          miss *= 1.0 - s.confidence();
        } else {
          cites.put(sent.id(), merged(cites.get(sent.id()), s.readings()));
        }
      }
      // a sentence that ends this relation without stating it (sanctions lifted, left the treaty)
      // dates its end
      for (Ending e : endings.getOrDefault(triple(first), List.of())) {
        Citation c = cites.get(e.statement().sentence().id());
        cites.put(
            e.statement().sentence().id(),
            c == null
                ? citer.apply(e.statement()).endingOnly(e.readings())
                : merged(c, e.readings()));
      }
      // a footnote is its own source beside the paper's text (it cites another work)
      java.util.Set<String> notes = new java.util.HashSet<>();
      group.forEach(s -> note(s, notes));
      endings.getOrDefault(triple(first), List.of()).forEach(e -> note(e.statement(), notes));
      List<Periods.Dated> readings = new ArrayList<>();
      for (Citation c : cites.values()) {
        String source = notes.contains(c.sentence()) ? c.doc() + " (notes)" : c.doc();
        c.readings()
            .forEach(
                r ->
                    readings.add(
                        new Periods.Dated(r.kind(), r.date(), c.sentence(), c.doc(), source)));
      }
      Periods.Timeline timeline = Periods.of(readings);
      double conf = Math.round(Math.min(0.99, 1.0 - miss) * 100) / 100.0;
      out.add(
          new Relation(
              first.subject(),
              first.predicate(),
              first.object(),
              group.stream()
                  .map(Statement::role)
                  .filter(java.util.Objects::nonNull)
                  .findFirst()
                  .orElse(null),
              dates.isEmpty() ? null : dates.first(),
              List.copyOf(dates),
              timeline.since(),
              timeline.until(),
              conf,
              List.copyOf(rules),
              List.copyOf(cites.values()),
              timeline));
    }
    out.sort(
        Comparator.comparing(Relation::subject)
            .thenComparing(Relation::predicate)
            .thenComparing(Relation::object)
            .thenComparing(r -> String.valueOf(r.role())));
    return out;
  }

  /**
   * A statement that bounds a relation (of any role) it does not itself assert, and the readings it
   * gives: an end (sanctions lifted, a withdrawal), or a head of state's act dating his state's.
   */
  public record Ending(Statement statement, List<TimeReading> readings)
      implements java.io.Serializable {}

  /** The types whose act by a head of state is his state's (data/rules/state-acts.lex). */
  private static final java.util.Set<String> STATE_ACTS = types("rules/state-acts.lex");

  /** The types whose holding at a site holds in its country (data/rules/site-presence.lex). */
  private static final java.util.Set<String> SITE_TYPES = types("rules/site-presence.lex");

  /** A data file's relation types, one a line ({@code #} comments). */
  private static java.util.Set<String> types(String path) {
    return java.util.Set.copyOf(
        org.cagraph.data.DataFiles.lines(path).stream()
            .map(String::strip)
            .filter(w -> !w.isEmpty() && !w.startsWith("#"))
            .toList());
  }

  /** Each gazetteer facility that lies in a country (its {@code partOf}), and that country. */
  private static final Map<String, String> SITE_COUNTRY = siteCountries();

  private static Map<String, String> siteCountries() {
    org.cagraph.actors.Gazetteer g = org.cagraph.actors.Gazetteer.load();
    Map<String, String> out = new java.util.HashMap<>();
    for (org.cagraph.actors.Actor a : g.actors().values()) {
      org.cagraph.actors.Actor c = a.partOf() == null ? null : g.get(a.partOf());
      if (a.label().equals("Facility") && c != null && c.label().equals("Country")) {
        out.put(a.id(), c.id());
      }
    }
    return Map.copyOf(out);
  }

  /**
   * The bounds each relation gets from other statements, by subject|type|object: an ended statement
   * of the same relation (sanctions lifted, a base closed); the dated act of a type that ends
   * others (the year Uzbekistan withdrew from the treaty ends its MEMBER_OF and SIGNED periods;
   * which type ends which is data/schema); and the dated act of a head of state titled in the same
   * sentence, which dates his state's relation of that type (烏茲別克總統卡里莫夫簽署 dates Uzbekistan's
   * signing; which types, data/rules/state-acts.lex). Such a sentence is evidence of a bound, not a
   * statement of the relation: {@link #finish} cites it only on a relation read elsewhere.
   */
  public static Map<String, List<Ending>> endings(List<Statement> statements) {
    Map<String, List<Ending>> out = new LinkedHashMap<>();
    // sentence -> person -> the states the sentence titles him head of
    Map<String, Map<String, List<String>>> heads = new LinkedHashMap<>();
    // paper -> person -> the states the paper titles him head of, and the dates it ends his office
    Map<String, Map<String, java.util.Set<String>>> paperHeads = new LinkedHashMap<>();
    Map<String, List<String>> officeEnds = new LinkedHashMap<>();
    for (Statement s : statements) {
      if (s.asserted()
          && s.predicate().equals("HEAD_OF")
          && s.role() != null
          && RuleSet.stateHeads().contains(s.role())) {
        heads
            .computeIfAbsent(s.sentence().id(), k -> new LinkedHashMap<>())
            .computeIfAbsent(s.subject(), k -> new ArrayList<>())
            .add(s.object());
        paperHeads
            .computeIfAbsent(s.sentence().docId(), k -> new LinkedHashMap<>())
            .computeIfAbsent(s.subject(), k -> new java.util.LinkedHashSet<>())
            .add(s.object());
      }
      if (s.predicate().equals("HEAD_OF")
          && (s.role() == null || RuleSet.stateHeads().contains(s.role()))) {
        // the end of his office as head of that state, not of a ministry he held before
        s.readings().stream()
            .filter(r -> r.kind().equals(TimeReading.END) && r.date() != null)
            .forEach(
                r ->
                    officeEnds
                        .computeIfAbsent(
                            s.sentence().docId() + "|" + s.subject() + "|" + s.object(),
                            k -> new ArrayList<>())
                        .add(r.date()));
      }
    }
    for (Statement s : statements) {
      if (s.asserted() && STATE_ACTS.contains(s.predicate())) {
        List<TimeReading> dated =
            s.readings().stream()
                .filter(r -> r.date() != null && !r.kind().equals(TimeReading.OBSERVED))
                .toList();
        List<String> titled =
            heads.getOrDefault(s.sentence().id(), Map.of()).getOrDefault(s.subject(), List.of());
        if (titled.isEmpty() && !dated.isEmpty()) {
          titled = headOfOneState(s, dated, paperHeads, officeEnds);
        }
        for (String state : dated.isEmpty() ? List.<String>of() : titled) {
          if (!state.equals(s.object())) {
            out.computeIfAbsent(
                    state + "|" + s.predicate() + "|" + s.object(), k -> new ArrayList<>())
                .add(new Ending(s, dated));
          }
        }
      }
    }
    for (Statement s : statements) {
      String country = SITE_COUNTRY.get(s.object());
      if (s.asserted() && country != null && SITE_TYPES.contains(s.predicate())) {
        // Russia at the Kant air base (opened 2003-10-23): in Kyrgyzstan then too, as an event of
        // that presence
        List<TimeReading> held =
            s.readings().stream()
                .filter(r -> r.date() != null && !r.kind().equals(TimeReading.END))
                .toList();
        if (!held.isEmpty()) {
          out.computeIfAbsent(
                  s.subject() + "|" + s.predicate() + "|" + country, k -> new ArrayList<>())
              .add(new Ending(s, held));
        }
      }
    }
    for (Statement s : statements) {
      if (Scope.ENDED.equals(s.status())) {
        List<TimeReading> ends =
            s.readings().stream().filter(r -> r.kind().equals(TimeReading.END)).toList();
        if (!ends.isEmpty()) {
          out.computeIfAbsent(
                  s.subject() + "|" + s.predicate() + "|" + s.object(), k -> new ArrayList<>())
              .add(new Ending(s, ends));
        }
      } else if (s.asserted()) {
        List<TimeReading> ends =
            s.readings().stream()
                .filter(
                    r ->
                        r.date() != null
                            && !r.kind().equals(TimeReading.END)
                            && !r.kind().equals(TimeReading.OBSERVED))
                .map(r -> new TimeReading(TimeReading.END, r.date()))
                .toList();
        for (String type :
            ends.isEmpty() ? List.<String>of() : RelationTypes.endedBy(s.predicate())) {
          out.computeIfAbsent(s.subject() + "|" + type + "|" + s.object(), k -> new ArrayList<>())
              .add(new Ending(s, ends));
        }
      }
    }
    return out;
  }

  /**
   * 1994年4月30日，納札爾巴耶夫與烏茲別克總統卡里莫夫…簽署…條約: a head of state the sentence names without his title is
   * still his state's signer when his paper titles him head of that one state elsewhere
   * (哈薩克總統納札爾巴耶夫) and ends no office of his as that state's head before the act's dates (a ministry
   * he left earlier does not count). Another paper's titles are not read: which office a name holds
   * is the paper's own word, and a paper is the unit a distributed run reads whole.
   */
  private static List<String> headOfOneState(
      Statement s,
      List<TimeReading> dated,
      Map<String, Map<String, java.util.Set<String>>> paperHeads,
      Map<String, List<String>> officeEnds) {
    java.util.Set<String> states =
        paperHeads
            .getOrDefault(s.sentence().docId(), Map.of())
            .getOrDefault(s.subject(), java.util.Set.of());
    if (states.size() != 1) {
      return List.of();
    }
    String state = states.iterator().next();
    for (String end :
        officeEnds.getOrDefault(
            s.sentence().docId() + "|" + s.subject() + "|" + state, List.of())) {
      for (TimeReading r : dated) {
        if (!Periods.agree(end, r.date())
            && Periods.high(end).compareTo(Periods.low(r.date())) < 0) {
          return List.of(); // his office had ended by then
        }
      }
    }
    return List.copyOf(states);
  }

  private static void note(Statement s, java.util.Set<String> notes) {
    if (s.sentence().kind() == org.cagraph.text.Sentence.Kind.FOOTNOTE) {
      notes.add(s.sentence().id());
    }
  }

  /** The citation with more readings of the same sentence, each once. */
  private static Citation merged(Citation c, List<TimeReading> more) {
    java.util.LinkedHashSet<TimeReading> all = new java.util.LinkedHashSet<>(c.readings());
    all.addAll(more);
    return all.size() == c.readings().size() ? c : c.withReadings(List.copyOf(all));
  }

  /** "X is a member of Y" adds nothing beside "X is a founding member of Y": fold it in. */
  private static void absorbPlainMembership(Map<String, List<Statement>> byKey) {
    for (String k : new ArrayList<>(byKey.keySet())) {
      List<Statement> g = byKey.get(k);
      Statement s = g.get(0);
      if (!s.predicate().equals("MEMBER_OF") || s.role() != null && !s.role().equals("member")) {
        continue;
      }
      String founding = key(s, "founding");
      if (byKey.containsKey(founding)) {
        byKey.get(founding).addAll(g);
        byKey.remove(k);
      }
    }
    // "1999年納札巴耶夫再次當選" names no office beside "哈薩克總統納札巴耶夫": when a pair has one role, a statement
    // of it
    // without a role is the same relation (its readings then date that presidency), not a second
    // one
    Map<String, List<String>> roled = new LinkedHashMap<>();
    for (String k : byKey.keySet()) {
      Statement s = byKey.get(k).get(0);
      if (s.role() != null) {
        roled
            .computeIfAbsent(
                s.subject() + "|" + s.predicate() + "|" + s.object(), x -> new ArrayList<>())
            .add(k);
      }
    }
    for (String k : new ArrayList<>(byKey.keySet())) {
      Statement s = byKey.get(k).get(0);
      List<String> one =
          roled.getOrDefault(s.subject() + "|" + s.predicate() + "|" + s.object(), List.of());
      if (s.role() == null && one.size() == 1) {
        byKey.get(one.get(0)).addAll(byKey.remove(k));
      }
    }
  }

  private static String key(Statement s, String role) {
    return s.subject() + "|" + s.predicate() + "|" + s.object() + "|" + role;
  }

  /** The relation a statement asserts: subject|type|object|role. */
  public static String key(Statement s) {
    return key(s, s.role());
  }

  /**
   * subject|type|object: the unit {@link #finish} needs whole (roles fold into each other, endings
   * join here).
   */
  public static String triple(Statement s) {
    return s.subject() + "|" + s.predicate() + "|" + s.object();
  }
}
