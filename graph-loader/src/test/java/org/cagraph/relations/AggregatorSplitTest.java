package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.cagraph.text.Sentence;
import org.junit.jupiter.api.Test;

/**
 * What graph-spark relies on: the relations {@link Aggregator#aggregate} makes of a whole corpus
 * equal those made triple by triple by {@link Aggregator#finish}, from groups reduced with {@link
 * Aggregator#merge} in any order and any split, joined with each triple's endings. Seeded random
 * statements: memberships with and without roles (founding, member: they fold), withdrawals that
 * end memberships, ended statements, dates and readings.
 */
class AggregatorSplitTest {
  private static final List<String> ACTORS = List.of("kazakhstan", "uzbekistan", "sco", "csto");
  private static final List<String> TYPES =
      List.of("MEMBER_OF", "WITHDREW_FROM", "SIGNED", "HEAD_OF");
  private static final List<String> ROLES =
      Collections.unmodifiableList(
          java.util.Arrays.asList(null, null, "member", "founding", "president"));
  private static final List<String> KINDS =
      List.of(TimeReading.START, TimeReading.END, TimeReading.EVENT, TimeReading.OBSERVED);

  private static List<Statement> corpus(Random rnd) {
    List<Statement> out = new ArrayList<>();
    int papers = 1 + rnd.nextInt(5);
    for (int p = 0; p < papers; p++) {
      int sentences = 1 + rnd.nextInt(12);
      for (int i = 0; i < sentences; i++) {
        String text = "sentence " + p + "." + i;
        Sentence s =
            new Sentence(
                "d" + p,
                i,
                "body",
                Sentence.Kind.BODY,
                0,
                text,
                new int[text.length()],
                i * 20,
                i * 20 + text.length());
        for (int k = rnd.nextInt(3); k >= 0; k--) {
          String subject = ACTORS.get(rnd.nextInt(2));
          String object = ACTORS.get(2 + rnd.nextInt(2));
          String type = TYPES.get(rnd.nextInt(TYPES.size()));
          String role = ROLES.get(rnd.nextInt(ROLES.size()));
          String date = rnd.nextBoolean() ? null : String.valueOf(1991 + rnd.nextInt(30));
          List<TimeReading> readings = new ArrayList<>();
          for (int r = rnd.nextInt(3); r > 0; r--) {
            readings.add(
                new TimeReading(
                    KINDS.get(rnd.nextInt(KINDS.size())),
                    rnd.nextInt(4) == 0 ? null : String.valueOf(1991 + rnd.nextInt(30))));
          }
          String status =
              rnd.nextInt(6) == 0 ? "ended" : rnd.nextInt(8) == 0 ? "negated" : "asserted";
          out.add(
              new Statement(
                  subject,
                  type,
                  object,
                  role,
                  date,
                  null,
                  null,
                  0.5 + rnd.nextInt(5) / 10.0,
                  "rule-" + rnd.nextInt(3),
                  s,
                  status,
                  readings));
        }
      }
    }
    return out;
  }

  private static Citation cite(Statement st) {
    Sentence s = st.sentence();
    return new Citation(s.docId(), s.id(), s.start(), s.end(), s.text(), st.rule(), st.readings());
  }

  @Test
  void relationsMadeTripleByTripleFromReducedGroupsEqualTheWholeCorpusOnes() {
    for (int seed = 0; seed < 300; seed++) {
      Random rnd = new Random(seed);
      List<Statement> statements = corpus(rnd);
      List<Relation> whole = Aggregator.aggregate(statements, AggregatorSplitTest::cite);

      // evidence keyed by subject|type|object|role, reduced in a shuffled order and split
      List<Aggregator.Evidence> evidence = new ArrayList<>();
      for (int i = 0; i < statements.size(); i++) {
        if (statements.get(i).asserted()) {
          evidence.add(new Aggregator.Evidence(i, statements.get(i), cite(statements.get(i))));
        }
      }
      Collections.shuffle(evidence, rnd);
      Map<String, List<Aggregator.Evidence>> reduced = new LinkedHashMap<>();
      for (Aggregator.Evidence e : evidence) {
        reduced.merge(Aggregator.key(e.statement()), List.of(e), Aggregator::merge);
      }
      // endings computed paper by paper, as each executor does
      Map<String, List<Map.Entry<Integer, Aggregator.Ending>>> endings = new LinkedHashMap<>();
      IdentityHashMap<Statement, Integer> order = new IdentityHashMap<>();
      for (int i = 0; i < statements.size(); i++) {
        order.put(statements.get(i), i);
      }
      for (String doc : statements.stream().map(s -> s.sentence().docId()).distinct().toList()) {
        Aggregator.endings(
                statements.stream().filter(s -> s.sentence().docId().equals(doc)).toList())
            .forEach(
                (t, es) ->
                    es.forEach(
                        e ->
                            endings
                                .computeIfAbsent(t, x -> new ArrayList<>())
                                .add(Map.entry(order.get(e.statement()), e))));
      }
      // per triple: groups in the order of their first statement, endings in corpus order
      Map<String, List<List<Aggregator.Evidence>>> byTriple = new LinkedHashMap<>();
      reduced
          .values()
          .forEach(
              g ->
                  byTriple
                      .computeIfAbsent(
                          Aggregator.triple(g.get(0).statement()), x -> new ArrayList<>())
                      .add(g));
      List<Relation> split = new ArrayList<>();
      for (Map.Entry<String, List<List<Aggregator.Evidence>>> t : byTriple.entrySet()) {
        List<List<Aggregator.Evidence>> gs = new ArrayList<>(t.getValue());
        gs.sort(java.util.Comparator.comparingLong(g -> g.get(0).order()));
        Map<String, List<Statement>> byKey = new LinkedHashMap<>();
        gs.forEach(
            g ->
                byKey.put(
                    Aggregator.key(g.get(0).statement()),
                    g.stream().map(Aggregator.Evidence::statement).toList()));
        List<Aggregator.Ending> es =
            endings.getOrDefault(t.getKey(), List.of()).stream()
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .toList();
        Function<Statement, Citation> citer = AggregatorSplitTest::cite;
        split.addAll(
            Aggregator.finish(byKey, es.isEmpty() ? Map.of() : Map.of(t.getKey(), es), citer));
      }
      split.sort(
          java.util.Comparator.comparing(Relation::subject)
              .thenComparing(Relation::predicate)
              .thenComparing(Relation::object)
              .thenComparing(r -> String.valueOf(r.role())));
      assertEquals(whole, split, "seed " + seed);
    }
  }

  @Test
  void mergeIsAssociativeAndKeepsCorpusOrder() {
    Random rnd = new Random(7);
    Statement st = corpus(rnd).get(0);
    List<Aggregator.Evidence> a = List.of(ev(1, st), ev(5, st));
    List<Aggregator.Evidence> b = List.of(ev(2, st), ev(9, st));
    List<Aggregator.Evidence> c = List.of(ev(0, st), ev(6, st));
    List<Long> left =
        Aggregator.merge(Aggregator.merge(a, b), c).stream()
            .map(Aggregator.Evidence::order)
            .toList();
    List<Long> right =
        Aggregator.merge(a, Aggregator.merge(c, b)).stream()
            .map(Aggregator.Evidence::order)
            .toList();
    assertEquals(List.of(0L, 1L, 2L, 5L, 6L, 9L), left);
    assertEquals(left, right);
  }

  private static Aggregator.Evidence ev(long order, Statement st) {
    return new Aggregator.Evidence(order, st, null);
  }
}
