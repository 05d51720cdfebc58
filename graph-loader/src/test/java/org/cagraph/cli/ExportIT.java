package org.cagraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cagraph.embedded.EmbeddedNeo4j;
import org.cagraph.extract.Export;
import org.cagraph.graph.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** kg export in its three formats, through the command line, against an in-process Neo4j. */
class ExportIT {
  /**
   * A citation's fields, in this order, in every export format (the CSV after source, target, type
   * and role), written out here rather than read from GraphExport so that a change there fails.
   */
  private static final List<String> CITATION_FIELDS =
      List.of(
          "doc",
          "sentence",
          "start",
          "end",
          "quote",
          "title",
          "authors",
          "year",
          "published",
          "page");

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static EmbeddedNeo4j neo4j;
  private static Driver driver;
  private static Map<String, String> env;

  @TempDir Path tmp;

  @BeforeAll
  static void start() throws Exception {
    neo4j =
        EmbeddedNeo4j.start(Cli.freePort(), 0, Files.createTempDirectory("kg-export-it-"), null);
    driver = new Connection(neo4j.boltUri().toString(), "neo4j", "", null).open(3);
    env = Map.of("NEO4J_URI", neo4j.boltUri().toString());
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.close();
    }
    if (neo4j != null) {
      neo4j.close();
    }
  }

  @BeforeEach
  void loadTheFixture() throws Exception {
    empty();
    Cli load = Cli.run(env, "load", "--statements", Cli.fixture().toString());
    assertEquals(0, load.exitCode(), load.toString());
  }

  private static void empty() {
    try (Session s = driver.session()) {
      s.run("MATCH (n) DETACH DELETE n").consume();
    }
  }

  private static long count(String cypher) {
    try (Session s = driver.session()) {
      return s.run(cypher).single().get(0).asLong();
    }
  }

  @Test
  void jsonlExportLoadedIntoAnEmptyDatabaseExportsTheSameBytes() throws Exception {
    Path first = tmp.resolve("first.jsonl");
    Cli export = Cli.run(env, "export", "--format", "jsonl", "--out", first.toString());
    assertEquals(0, export.exitCode(), export.toString());
    assertTrue(export.out().startsWith("exported 79 actors and 40 relations"), export.out());

    empty();
    Cli load = Cli.run(env, "load", "--statements", first.toString());
    assertEquals(0, load.exitCode(), load.toString());
    Path second = tmp.resolve("second.jsonl");
    assertEquals(0, Cli.run(env, "export", "--out", second.toString()).exitCode());

    assertArrayEquals(
        Files.readAllBytes(first),
        Files.readAllBytes(second),
        "statements differ after a round trip");
    assertArrayEquals(
        Files.readAllBytes(Export.sidecar(first)),
        Files.readAllBytes(Export.sidecar(second)),
        "sentences sidecars differ after a round trip");
    // what a round trip must keep: an article's own authors, the issue's date, a PDF sentence's
    // page
    String sidecar = Files.readString(Export.sidecar(first));
    assertTrue(
        sidecar.contains("\"article\":\"美國撤軍行動後中國與阿富汗塔利班政府的關係\",\"articleAuthors\":[\"沈明室\"]"),
        "no article authors in the sidecar");
    assertTrue(sidecar.contains("\"year\":2023,\"date\":\"2023-12-15\""), "no date in the sidecar");
    assertTrue(
        sidecar.matches("(?s).*\"doc\":\"004_6e22301367ae5e87\".*\"page\":\\d+.*"),
        "no page in the sidecar");
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonlKeepsTheContractActorsThenRelationsWithTheirQuotedCitations() throws Exception {
    Path out = tmp.resolve("graph.jsonl");
    assertEquals(0, Cli.run(env, "export", "--out", out.toString()).exitCode());
    Map<String, String> quotes = new java.util.HashMap<>();
    for (String line : Files.readAllLines(Cli.fixture())) {
      Map<String, Object> m = Export.readLine(line);
      if ("relation".equals(m.get("type"))) {
        for (Map<String, Object> c : (List<Map<String, Object>>) m.get("citations")) {
          quotes.put((String) c.get("sentence"), (String) c.get("quote"));
        }
      }
    }
    boolean relations = false;
    Set<String> cited = new HashSet<>();
    Map<String, Map<String, Object>> exported = new HashMap<>();
    for (String line : Files.readAllLines(out)) {
      Map<String, Object> m = Export.readLine(line);
      if ("actor".equals(m.get("type"))) {
        assertTrue(!relations, "an actor line after a relation line: " + line);
        assertTrue(m.keySet().containsAll(List.of("id", "label", "name", "names")), line);
      } else {
        relations = true;
        assertEquals("relation", m.get("type"));
        List<Map<String, Object>> cites = (List<Map<String, Object>>) m.get("citations");
        assertTrue(!cites.isEmpty(), "uncited: " + line);
        for (Map<String, Object> c : cites) {
          assertEquals(CITATION_FIELDS, new ArrayList<>(c.keySet()));
          assertEquals(quotes.get(c.get("sentence")), c.get("quote"), line);
          cited.add((String) c.get("sentence"));
          exported.put((String) c.get("sentence"), c);
        }
      }
    }
    assertEquals(quotes.keySet(), cited);
    assertCitationsNameTheirSource(exported);
  }

  /** The issue's seven authors, in the fixture as in data/corpus/manifest.json. */
  private static final List<String> ISSUE_AUTHORS =
      List.of("李哲全", "劉蕭翔", "曾怡碩", "沈明室", "Chukubayev Yermek", "Kuzembayeva Assiya", "侍建宇");

  /**
   * Citations by sentence id, as one export format gives them: a sentence in one article of the
   * 2023 issue names that article and its authors only, with the issue's year and date; a sentence
   * of the PDF source (004 stands for one in the fixture: its sentences carry pages) has its page;
   * a text source's has none.
   */
  static void assertCitationsNameTheirSource(Map<String, Map<String, Object>> bySentence) {
    Map<String, Object> article =
        bySentence.values().stream()
            .filter(c -> "美國撤軍行動後中國與阿富汗塔利班政府的關係".equals(c.get("title")))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("沈明室"), article.get("authors"), article.toString());
    assertEquals("2023", String.valueOf(article.get("year")), article.toString());
    assertEquals("2023-12-15", article.get("published"), article.toString());
    assertEquals(null, article.get("page"), "a text source has no pages: " + article);
    long issue =
        bySentence.values().stream().filter(c -> ISSUE_AUTHORS.equals(c.get("authors"))).count();
    assertEquals(0, issue, "a citation names the whole issue's seven authors");
    List<Map<String, Object>> pdf =
        bySentence.values().stream()
            .filter(c -> String.valueOf(c.get("doc")).startsWith("004_"))
            .toList();
    assertTrue(!pdf.isEmpty(), "the PDF source is cited");
    for (Map<String, Object> c : pdf) {
      assertTrue(
          c.get("page") != null && Integer.parseInt(String.valueOf(c.get("page"))) >= 1,
          "no page: " + c);
      assertEquals(List.of("林子立"), c.get("authors"), c.toString());
      assertEquals("哈薩克多方外交中的國際體系結構因素", c.get("title"), c.toString());
    }
  }

  @Test
  void graphmlIsWellFormedWithDeclaredKeysAndEveryActorAndRelation() throws Exception {
    Path out = tmp.resolve("graph.graphml");
    Cli export = Cli.run(env, "export", "--format", "graphml", "--out", out.toString());
    assertEquals(0, export.exitCode(), export.toString());

    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(out)));
    String ns = "http://graphml.graphdrawing.org/xmlns";
    assertEquals(
        count("MATCH (a:Actor) RETURN count(a)"),
        doc.getElementsByTagNameNS(ns, "node").getLength());
    assertEquals(
        count("MATCH (:Actor)-[r]->(:Actor) RETURN count(r)"),
        doc.getElementsByTagNameNS(ns, "edge").getLength());

    Set<String> declared = new HashSet<>();
    Set<String> names = new HashSet<>();
    NodeList keys = doc.getElementsByTagNameNS(ns, "key");
    for (int i = 0; i < keys.getLength(); i++) {
      Element k = (Element) keys.item(i);
      declared.add(k.getAttribute("id"));
      names.add(k.getAttribute("for") + "." + k.getAttribute("attr.name"));
    }
    assertTrue(
        names.containsAll(
            List.of(
                "node.id",
                "node.name",
                "node.nameZh",
                "node.label",
                "node.type",
                "edge.type",
                "edge.date",
                "edge.role",
                "edge.confidence",
                "edge.citations")),
        names.toString());
    NodeList data = doc.getElementsByTagNameNS(ns, "data");
    for (int i = 0; i < data.getLength(); i++) {
      assertTrue(declared.contains(((Element) data.item(i)).getAttribute("key")), "undeclared key");
    }
    // Gephi captions a node with its "label" attribute: the actor's name, with the Neo4j label as
    // "type"
    Map<String, String> kz = new HashMap<>();
    NodeList nodes = doc.getElementsByTagNameNS(ns, "node");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element node = (Element) nodes.item(i);
      if (node.getAttribute("id").equals("kazakhstan")) {
        NodeList d = node.getElementsByTagNameNS(ns, "data");
        for (int j = 0; j < d.getLength(); j++) {
          kz.put(((Element) d.item(j)).getAttribute("key"), d.item(j).getTextContent());
        }
      }
    }
    assertEquals("Kazakhstan", kz.get("n_label"), kz.toString());
    assertEquals("Country", kz.get("n_type"), kz.toString());
    // each edge's citations: a JSON array of the JSONL export's citation objects
    Map<String, Map<String, Object>> cites = new HashMap<>();
    for (int i = 0; i < data.getLength(); i++) {
      Element d = (Element) data.item(i);
      if (d.getAttribute("key").equals("e_citations")) {
        for (Map<String, Object> c :
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readValue(
                    d.getTextContent(),
                    new com.fasterxml.jackson.core.type.TypeReference<
                        List<Map<String, Object>>>() {})) {
          assertEquals(CITATION_FIELDS, new ArrayList<>(c.keySet()));
          cites.put((String) c.get("sentence"), c);
        }
      }
    }
    assertCitationsNameTheirSource(cites);
    String text = Files.readString(out);
    assertTrue(text.contains("上海合作組織"), "Chinese names are kept");
    assertTrue(
        text.contains("Shanghai Cooperation Organisation, &quot;SCO&quot;")
            || text.contains("Shanghai Cooperation Organisation, \"SCO\""),
        "a name with a comma and quotes");
  }

  @Test
  void csvHasABomQuotedCellsAndOneRowPerActorAndRelation() throws Exception {
    Path dir = tmp.resolve("csv");
    Cli export = Cli.run(env, "export", "--format", "csv", "--out", dir.toString());
    assertEquals(0, export.exitCode(), export.toString());
    List<List<String>> nodes = csv(dir.resolve("nodes.csv"));
    List<List<String>> edges = csv(dir.resolve("edges.csv"));
    assertEquals(count("MATCH (a:Actor) RETURN count(a)") + 1, nodes.size());
    assertEquals(count("MATCH (:Actor)-[r]->(:Actor) RETURN count(r)") + 1, edges.size());
    assertEquals(
        List.of("id", "type", "name", "nameZh", "nameZhHans", "iso3", "discovered", "aliases"),
        nodes.get(0));
    assertTrue(
        nodes.stream()
            .anyMatch(
                r ->
                    r.get(0).equals("sco")
                        && r.get(2).equals("Shanghai Cooperation Organisation, \"SCO\"")
                        && r.get(3).equals("上海合作組織")),
        "sco row");
    for (List<String> row : edges) {
      assertEquals(edges.get(0).size(), row.size(), row.toString());
    }
    // one row per sentence cited for an edge, with the citation fields of the other formats
    List<List<String>> citations = csv(dir.resolve("citations.csv"));
    List<String> header = citations.get(0);
    assertEquals(concat(List.of("source", "target", "type", "role"), CITATION_FIELDS), header);
    long cited = edges.stream().skip(1).mapToLong(r -> r.get(9).split(" ").length).sum();
    assertEquals(cited + 1, citations.size());
    Map<String, Map<String, Object>> bySentence = new HashMap<>();
    for (List<String> row : citations.subList(1, citations.size())) {
      assertEquals(header.size(), row.size(), row.toString());
      Map<String, Object> c = new HashMap<>();
      for (int i = 4; i < header.size(); i++) {
        String cell = row.get(i);
        c.put(
            header.get(i),
            cell.isEmpty()
                ? null
                : header.get(i).equals("authors") ? List.of(cell.split(" \\| ")) : cell);
      }
      bySentence.put(row.get(5), c);
    }
    assertCitationsNameTheirSource(bySentence);

    Path prefix = tmp.resolve("kg-");
    assertEquals(
        0, Cli.run(env, "export", "--format", "csv", "--out", prefix.toString()).exitCode());
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("nodes.csv")),
        Files.readAllBytes(tmp.resolve("kg-nodes.csv")));
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("edges.csv")),
        Files.readAllBytes(tmp.resolve("kg-edges.csv")));
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("citations.csv")),
        Files.readAllBytes(tmp.resolve("kg-citations.csv")));
  }

  /**
   * RFC 4180: CRLF records, double quotes around cells holding commas, quotes or line breaks; a
   * UTF-8 BOM first.
   */
  static List<List<String>> csv(Path file) throws Exception {
    byte[] b = Files.readAllBytes(file);
    assertTrue(
        b.length > 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF,
        "no UTF-8 BOM");
    String s = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    assertTrue(s.endsWith("\r\n"), "records end in CRLF");
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        assertEquals(0, cell.length(), "a quote inside an unquoted cell");
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        assertTrue(c != '\n' && c != '\r', "a bare line break outside quotes");
        cell.append(c);
      }
    }
    return rows;
  }

  @Test
  void aFullDiskIsOneLineNamingTheFileAndTheFilesThereStayAsTheyWere() throws Exception {
    // the kernel's own "no space left on device" from /dev/full, through links in the test's
    // folder: no file system is
    // filled, and were the device ever renamed over, only the link would go
    Path full = Path.of("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.exists(full) && !Files.isRegularFile(full), "no /dev/full here");
    Path graphml = Files.createSymbolicLink(tmp.resolve("graph.graphml"), full);
    Cli export = Cli.run(env, "export", "--format", "graphml", "--out", graphml.toString());
    assertEquals(6, export.exitCode(), export.toString());
    assertEquals("", export.out(), export.toString());
    assertEquals(
        List.of("kg export: disk full writing " + graphml + ": free some space and run again"),
        export.err().lines().toList());

    Path jsonl = Files.createSymbolicLink(tmp.resolve("graph.jsonl"), full);
    Files.writeString(Export.sidecar(jsonl), "the previous sidecar\n");
    export = Cli.run(env, "export", "--out", jsonl.toString());
    assertEquals(6, export.exitCode(), export.toString());
    assertEquals(
        List.of("kg export: disk full writing " + jsonl + ": free some space and run again"),
        export.err().lines().toList());
    assertEquals(
        "the previous sidecar\n",
        Files.readString(Export.sidecar(jsonl)),
        "half an export replaced a file");
    try (var files = Files.list(tmp)) {
      assertEquals(
          List.of(),
          files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList(),
          "temporary files left");
    }
    Files.delete(graphml);
    Files.delete(jsonl);
    assertTrue(!Files.isRegularFile(full), "/dev/full was replaced");
  }
}
