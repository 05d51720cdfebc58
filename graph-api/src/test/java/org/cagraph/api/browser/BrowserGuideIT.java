package org.cagraph.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cagraph.api.GraphFixture;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Every runnable Cypher block of cypher/browser/guide.html runs, read-only, and answers the
 * analyst's question.
 */
class BrowserGuideIT {
  private static final Pattern RUNNABLE =
      Pattern.compile(
          "<pre mode=\"cypher\" class=\"[^\"]*runnable[^\"]*\">(.*?)</pre>", Pattern.DOTALL);

  @Test
  void everyGuideQueryRunsAndAnswers() throws IOException {
    List<String> queries = queries();
    assertThat(queries).hasSizeGreaterThanOrEqualTo(12);
    try (Session s =
        GraphFixture.driver()
            .session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
      List<List<Record>> answers = new ArrayList<>();
      for (String q : queries) {
        answers.add(s.executeRead(tx -> tx.run(q).list()));
      }
      for (int i = 0; i < queries.size(); i++) {
        assertThat(answers.get(i)).as(queries.get(i)).isNotEmpty();
      }
      Record membership = answer(queries, answers, "RETURN o.name AS organisation").get(0);
      assertThat(membership.get("organisation").asString())
          .isEqualTo("Shanghai Cooperation Organisation");
      assertThat(membership.get("since").asString()).isEqualTo("2001-06");
      assertThat(membership.get("citing_sentences").get(0).asString())
          .contains("共同創立上海合作組織", "2023");
      assertThat(
              answer(queries, answers, "RETURN x.name AS who").stream()
                  .map(r -> r.get("who").asString()))
          .containsExactly("European Union", "United States");
      Record lease = answer(queries, answers, "RETURN lessee.name AS lessee").get(0);
      assertThat(lease.asMap())
          .containsAllEntriesOf(
              Map.of(
                  "lessee",
                  "Russia",
                  "facility",
                  "Baikonur Cosmodrome",
                  "located_in",
                  "Kazakhstan",
                  "until",
                  "2050"));
      assertThat(
              answer(queries, answers, "RETURN [n IN nodes(p) | n.name] AS chain").stream()
                  .map(r -> r.get("relation").asString()))
          .contains("PARTICIPATES_IN", "PROPOSED");
    }
  }

  private static List<Record> answer(
      List<String> queries, List<List<Record>> answers, String marker) {
    for (int i = 0; i < queries.size(); i++) {
      if (queries.get(i).contains(marker)) {
        return answers.get(i);
      }
    }
    throw new AssertionError("no guide query with " + marker);
  }

  private static List<String> queries() throws IOException {
    String html;
    try (InputStream in = BrowserGuideIT.class.getResourceAsStream("/cypher/browser/guide.html")) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> out = new ArrayList<>();
    Matcher m = RUNNABLE.matcher(html);
    while (m.find()) {
      out.add(
          m.group(1)
              .replace("&lt;", "<")
              .replace("&gt;", ">")
              .replace("&quot;", "\"")
              .replace("&amp;", "&"));
    }
    return out;
  }
}
