package org.cagraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every benchmark question gives its Cypher exactly the parameters the query reads: a parameter the
 * API added to a named query (as {@code $top} was to graph.cypher) otherwise fails every Bolt round
 * of the bench.
 */
class QuestionParametersTest {
  private static final Pattern PARAM = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

  @Test
  void eachQuestionSuppliesEveryParameterItsQueryReads() {
    List<QueryBench.Question> all = new ArrayList<>(QueryBench.readme());
    all.addAll(QueryBench.forActors(List.of("actor_0", "actor_10")));
    for (QueryBench.Question q : all) {
      Set<String> read = new TreeSet<>();
      Matcher m = PARAM.matcher(withoutComments(q.cypher()));
      while (m.find()) {
        read.add(m.group(1));
      }
      read.remove("symmetric"); // written from data/schema/relation-types.tsv when given none
      Set<String> given = new TreeSet<>(q.params().keySet());
      given.remove("symmetric");
      assertEquals(read, given, q.name() + " (" + q.cypherFile() + ".cypher)");
    }
  }

  private static String withoutComments(String cypher) {
    return cypher.replaceAll("(?m)//.*$", "");
  }
}
