package org.cagraph.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * data/schema/relation-types.tsv is the one list of relation types; in the manner of
 * spring-petclinic's I18nPropertiesSyncTest this fails when a copy elsewhere in the API or the
 * Cypher disagrees with it: the file this module ships, the pattern alternations of the named
 * queries and the Browser guide (which GraphQueries rewrites from the file, and which must still
 * paste into Browser as they are), the $symmetric defaults of their :param lines, and the embed,
 * which must name no type at all (it asks /api/relation-types). The loader's copies are checked by
 * graph-loader's RelationTypesSyncTest.
 */
class RelationTypesSyncTest {
  private static final Path ROOT = Path.of("..");
  private static final String ALL = String.join("|", RelationTypes.NAMES);

  /**
   * Three or more type-like names separated by , or | (quoted or not): a list of relation types
   * written out.
   */
  private static final Pattern LIST =
      Pattern.compile("['\"]?[A-Z][A-Z_]{2,}['\"]?(\\s*[,|]\\s*['\"]?[A-Z][A-Z_]{2,}['\"]?){2,}");

  @Test
  void theFileOnTheClasspathIsTheFileInData() throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(RelationTypes.FILE)) {
      assertThat(in)
          .as(RelationTypes.FILE + " on graph-api's classpath (graph-api/pom.xml resources)")
          .isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(ROOT.resolve(RelationTypes.FILE), StandardCharsets.UTF_8));
    }
    List<String> column = new ArrayList<>();
    for (String line :
        Files.readAllLines(ROOT.resolve(RelationTypes.FILE), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("type\t")) {
        column.add(line.split("\t")[0]);
      }
    }
    assertThat(RelationTypes.NAMES).containsExactlyElementsOf(column);
  }

  @Test
  void everyListOfTypesInTheCypherAndTheApiIsTheFilesList() throws IOException {
    List<String> wrong = new ArrayList<>();
    int alternations = 0;
    for (Path p : files(ROOT.resolve("cypher"), ROOT.resolve("graph-api/src/main/java"))) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      Matcher m = LIST.matcher(text);
      while (m.find()) {
        List<String> names = names(m.group());
        if (!RelationTypes.ALL.containsAll(names)) {
          continue; // not relation types (labels, constants)
        }
        if (m.group().contains("|")) {
          alternations++;
        }
        if (!names.equals(RelationTypes.NAMES) && !names.equals(RelationTypes.SYMMETRIC)) {
          wrong.add(ROOT.relativize(p) + ": " + m.group());
        }
      }
    }
    assertThat(wrong)
        .as(
            "lists of relation types that are not those of "
                + RelationTypes.FILE
                + " (all its types, or its symmetric ones), in its order")
        .isEmpty();
    assertThat(alternations)
        .as("graph.cypher 4, paths.cypher 1, the Browser guide 3")
        .isGreaterThanOrEqualTo(8);
  }

  @Test
  void theNamedQueriesTakeTheSymmetricTypesAsAParameter() throws IOException {
    String symmetric =
        RelationTypes.SYMMETRIC.stream()
            .map(t -> "'" + t + "'")
            .reduce((a, b) -> a + ", " + b)
            .map(s -> "[" + s + "]")
            .orElseThrow();
    for (Path p : files(ROOT.resolve("cypher/queries"))) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      String code = text.replaceAll("(?m)//.*$", "");
      assertThat(code)
          .as(p + ": a list of types written into the query")
          .doesNotContainPattern("IN\\s*\\[\\s*'[A-Z]");
      Matcher m = Pattern.compile("(?m)^// :param symmetric => (.*)$").matcher(text);
      if (m.find()) {
        assertThat(m.group(1)).as(p + ": the default of $symmetric").isEqualTo(symmetric);
      }
    }
  }

  @Test
  void theEmbedNamesNoRelationType() throws IOException {
    for (Path p : files(ROOT.resolve("graph-api/src/main/resources"))) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      for (String type : RelationTypes.NAMES) {
        assertThat(text)
            .as(p + " names " + type + ": take it from /api/relation-types")
            .doesNotContain(type);
      }
    }
  }

  @Test
  void theQueriesAreWrittenWithTheFilesTypes() {
    assertThat(
            GraphQueries.typed(
                "MATCH (a)-[r:MEMBER_OF|SIGNED]-(b) MATCH p = (a)-[:AIDS|BORDERS*..6]-(b)"))
        .isEqualTo("MATCH (a)-[r:" + ALL + "]-(b) MATCH p = (a)-[:" + ALL + "*..6]-(b)");
    assertThat(GraphQueries.typed("MATCH (a)-[r:MEMBER_OF]->(b)"))
        .isEqualTo("MATCH (a)-[r:MEMBER_OF]->(b)");
  }

  @Test
  void aBadRowStopsTheApiNamingTheLine() {
    String header = "# a comment\n" + RelationTypes.HEADER + "\n";
    assertThat(RelationTypes.parse(header + "A_B\tno\t-\tevent\ta b\t甲\t#a3adb8\n", "x.tsv"))
        .containsKey("A_B");
    assertThatThrownBy(() -> RelationTypes.parse(header + "A_B\tno\t-\tevent\ta b\t甲\n", "x.tsv"))
        .hasMessageStartingWith("x.tsv:3:");
    assertThatThrownBy(
            () -> RelationTypes.parse(header + "A_B\tno\tC_D\tevent\ta b\t甲\t#a3adb8\n", "x.tsv"))
        .hasMessageContaining("C_D");
  }

  private static List<String> names(String list) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("[A-Z][A-Z_]{2,}").matcher(list);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static List<Path> files(Path... dirs) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path dir : dirs) {
      try (Stream<Path> s = Files.walk(dir)) {
        s.filter(Files::isRegularFile)
            .filter(p -> p.toString().matches(".*\\.(cypher|html|js|css|java|grass)$"))
            .sorted()
            .forEach(out::add);
      }
    }
    return out;
  }
}
