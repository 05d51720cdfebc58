package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cagraph.data.DataFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * data/schema/relation-types.tsv is the one list of relation types; everything in the loader that
 * names the types must agree with it, in the manner of spring-petclinic's I18nPropertiesSyncTest: a
 * rules file for each row and a row for each rules file, one paper.cypher branch per type,
 * Synthetic drawing every type, and no other list of types spelled out in the loader's code.
 * (graph-api's RelationTypesSyncTest checks the Cypher and the embed.)
 */
class RelationTypesSyncTest {
  private static final Path DATA = Path.of("..", "data");

  /** Three or more quoted type names on one line: a list of types written out by hand. */
  private static final Pattern LIST =
      Pattern.compile("\"([A-Z][A-Z_]+)\"(\\s*,\\s*\"([A-Z][A-Z_]+)\"){2,}");

  @TempDir Path tmp;

  @Test
  void everyTypeRowHasARulesFileAndEveryRulesFileATypeRow() throws IOException {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> s = Files.list(DATA.resolve("rules"))) {
      s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".rules") && !n.equals("macros.rules"))
          .forEach(n -> files.add(n.substring(0, n.length() - ".rules".length())));
    }
    Set<String> rows = new TreeSet<>(RelationTypes.names());
    assertEquals(
        Set.of(),
        difference(files, rows),
        "data/rules/*.rules without a row in " + RelationTypes.FILE);
    assertEquals(
        Set.of(),
        difference(rows, files),
        "rows of " + RelationTypes.FILE + " without data/rules/TYPE.rules");
    // what the loader reads from its classpath is the same
    RuleSet.checkRulesFiles(DataFiles.list("rules"), RuleSet.TYPES);
  }

  @Test
  void aRulesFileWithoutATypeRowStopsTheRulesFromLoadingAndNamesTheFile() throws IOException {
    Path jar = tmp.resolve("stray.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String name : List.of("data/rules/", "data/rules/NOT_IN_THE_SCHEMA.rules")) {
        out.putNextEntry(new JarEntry(name));
        if (!name.endsWith("/")) {
          out.write("x\t0.9\t-\tS:C 加入 O:O\n".getBytes(StandardCharsets.UTF_8));
        }
        out.closeEntry();
      }
    }
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
      Set<String> files = DataFiles.list("rules", loader);
      assertTrue(
          files.containsAll(List.of("NOT_IN_THE_SCHEMA.rules", "MEMBER_OF.rules")),
          files.toString());
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class, () -> RuleSet.checkRulesFiles(files, RuleSet.TYPES));
      assertTrue(
          e.getMessage().contains("data/rules/NOT_IN_THE_SCHEMA.rules")
              && e.getMessage().contains("data/schema/relation-types.tsv"),
          e.getMessage());
    }
    List<String> withoutRules = new ArrayList<>(RuleSet.TYPES);
    withoutRules.add("NO_RULES_YET");
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> RuleSet.checkRulesFiles(DataFiles.list("rules"), withoutRules));
    assertTrue(e.getMessage().contains("data/rules/NO_RULES_YET.rules"), e.getMessage());
  }

  @Test
  void symmetricTypesAreTheRowsMarkedSo() {
    assertEquals(RelationTypes.names(), RuleSet.TYPES);
    assertEquals(
        RelationTypes.all().stream()
            .filter(RelationTypes.Type::symmetric)
            .map(RelationTypes.Type::name)
            .toList(),
        RuleSet.SYMMETRIC);
    for (RelationTypes.Type t : RelationTypes.all()) {
      assertTrue(t.colour().matches("#[0-9a-f]{6}"), t.name() + " " + t.colour());
    }
  }

  @Test
  void thePaperQueryHasOneBranchPerType() throws Exception {
    Class<?> loader = Class.forName("org.cagraph.graph.GraphLoader");
    Field f = loader.getDeclaredField("PAPER");
    f.setAccessible(true);
    String paper = (String) f.get(null);
    Set<String> merged = new TreeSet<>();
    Matcher m = Pattern.compile("MERGE \\(a\\)-\\[r:(\\w+) ").matcher(paper);
    while (m.find()) {
      merged.add(m.group(1));
    }
    assertEquals(new TreeSet<>(RelationTypes.names()), merged);
    assertEquals(RelationTypes.names().size() - 1, paper.split("\n    UNION ALL\n", -1).length - 1);
  }

  @Test
  void syntheticDrawsEveryTypeAndNoOther() throws Exception {
    Method m = Class.forName("org.cagraph.graph.Synthetic").getDeclaredMethod("predicates");
    m.setAccessible(true);
    assertEquals(
        new TreeSet<>(RelationTypes.names()), new TreeSet<>(List.of((String[]) m.invoke(null))));
  }

  @Test
  void theTypesThatNoEndingWordEndsAreTypes() {
    assertEquals(Set.of(), difference(Scope.NOT_ENDED, new TreeSet<>(RelationTypes.names())));
    assertEquals(Set.of(), difference(Scope.BACKGROUND, new TreeSet<>(RelationTypes.names())));
  }

  @Test
  void noListOfTypesIsWrittenOutInTheLoadersCode() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of("src", "main", "java"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          // a list that runs on to the next line counts too
          String text = lines.get(i) + (i + 1 < lines.size() ? " " + lines.get(i + 1).strip() : "");
          Matcher m = LIST.matcher(text);
          if (m.find() && RelationTypes.names().contains(m.group(1)) && !p.endsWith("Scope.java")) {
            found.add(p + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertEquals(
        List.of(),
        found,
        "read the types from RelationTypes (data/schema/relation-types.tsv) instead");
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }
}
