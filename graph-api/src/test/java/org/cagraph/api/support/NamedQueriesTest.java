package org.cagraph.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The saved queries are what an analyst pastes into Browser: each says what it answers, lists a
 * :param line for every parameter it uses, and reads only (the server enforces READ transactions
 * too; this catches it at review).
 */
class NamedQueriesTest {
  private static final Pattern WRITE =
      Pattern.compile(
          "\\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|FOREACH|LOAD\\s+CSV|DROP|TRANSACTIONS|TERMINATE)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PROCEDURE =
      Pattern.compile("\\bCALL\\s+([A-Za-z_][\\w.]*)", Pattern.CASE_INSENSITIVE);
  private static final Set<String> ALLOWED_PROCEDURES = Set.of("db.index.fulltext.queryNodes");

  @Test
  void everyQueryIsDocumentedParameterisedAndReadOnly() throws Exception {
    List<Path> files = queries();
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .contains(
            "actor.cypher",
            "actor-search.cypher",
            "actor-relations.cypher",
            "relations.cypher",
            "paths.cypher",
            "timeline.cypher",
            "compare.cypher",
            "conflicts.cypher",
            "graph.cypher",
            "documents.cypher",
            "sentence.cypher");
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String name = file.getFileName().toString();
      assertThat(text).as(name).startsWith("//");
      String code = text.replaceAll("(?m)//.*$", "").replaceAll("'(\\\\.|[^'\\\\])*'", "''");
      assertThat(WRITE.matcher(code).find()).as(name + " writes: " + code).isFalse();
      Matcher call = PROCEDURE.matcher(code);
      while (call.find()) {
        assertThat(ALLOWED_PROCEDURES).as(name).contains(call.group(1));
      }
      Set<String> used = names(Pattern.compile("\\$(\\w+)"), code);
      Set<String> documented = names(Pattern.compile("(?m)^// :param (\\w+) =>"), text);
      assertThat(documented).as(name + " :param lines").isEqualTo(used);
    }
  }

  private static Set<String> names(Pattern p, String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static List<Path> queries() throws IOException, URISyntaxException {
    Path dir = Path.of(NamedQueriesTest.class.getResource("/cypher/queries").toURI());
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".cypher")).sorted().toList();
    }
  }
}
