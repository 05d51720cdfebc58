package org.cagraph.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cagraph.extract.AtomicFiles;
import org.cagraph.extract.Export;
import org.cagraph.extract.Progress;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

/**
 * Reads the graph back out over Bolt, in one read transaction (one consistent snapshot), streaming:
 * JSONL in the statements contract (plus its sentences sidecar, so that the file loads back as it
 * was), GraphML for Gephi and Cytoscape, CSV for spreadsheets. Orders are stable, so an export of a
 * graph loaded from an export is the same file byte for byte. Every format carries the same
 * citation fields ({@link #CITATION}): the sentence and its quote, the title and authors of the
 * article it is in (else the paper's), the paper's year and date ({@code published}), and the page
 * of a PDF.
 */
public final class GraphExport {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Stored once, queried without direction (DESIGN.md): undirected edges in GraphML and CSV. */
  private static final Set<String> SYMMETRIC = Set.copyOf(org.cagraph.relations.RuleSet.SYMMETRIC);

  private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

  /** The fields of a citation, in every format, in this order (cypher/export/relations.cypher). */
  static final List<String> CITATION =
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

  private final Driver driver;
  private final SessionConfig session;
  private final java.io.PrintStream progressTo;

  public GraphExport(Driver driver, SessionConfig readSession, java.io.PrintStream progressTo) {
    this.driver = driver;
    this.session = readSession;
    this.progressTo = progressTo;
  }

  /** What an export wrote, for the summary line. */
  public record Counts(long actors, long relations, long documents, long sentences) {}

  /**
   * The statements contract (actor lines, then relation lines) and, beside it, the documents and
   * sentences.
   */
  public Counts jsonl(Path out) throws IOException {
    return read(
        tx -> {
          Counts n = counts(tx);
          try (AtomicFiles files = new AtomicFiles()) {
            files.text(
                out,
                w -> {
                  stream(
                      tx,
                      "export/actors.cypher",
                      progress("actors", n.actors()),
                      r -> line(w, actorLine(r)));
                  stream(
                      tx,
                      "export/relations.cypher",
                      progress("relations", n.relations()),
                      r -> line(w, relationLine(r)));
                });
            files.text(
                Export.sidecar(out),
                w -> {
                  stream(
                      tx,
                      "export/documents.cypher",
                      Progress.silent(),
                      r -> line(w, documentLine(r)));
                  stream(
                      tx,
                      "export/sentences.cypher",
                      progress("sentences", n.sentences()),
                      r -> line(w, sentenceLine(r)));
                });
            files.commit();
          }
          return n;
        });
  }

  /** GraphML with declared keys: opens in Gephi and Cytoscape desktop. */
  public Counts graphml(Path out) throws IOException {
    return read(
        tx -> {
          Counts n = counts(tx);
          try (AtomicFiles files = new AtomicFiles()) {
            files.bytes(
                out,
                os ->
                    xml(
                        () -> {
                          XMLStreamWriter x =
                              XMLOutputFactory.newFactory().createXMLStreamWriter(os, "UTF-8");
                          x.writeStartDocument("UTF-8", "1.0");
                          x.writeCharacters("\n");
                          x.writeStartElement("graphml");
                          x.writeDefaultNamespace(GRAPHML_NS);
                          x.writeCharacters("\n");
                          // Gephi shows a node's "label" attribute as its caption, so that is the
                          // actor's name; its kind (the
                          // Neo4j label: Country, Organization, …) is "type".
                          key(x, "n_id", "node", "id", "string");
                          key(x, "n_label", "node", "label", "string");
                          key(x, "n_type", "node", "type", "string");
                          key(x, "n_name", "node", "name", "string");
                          key(x, "n_nameZh", "node", "nameZh", "string");
                          key(x, "e_type", "edge", "type", "string");
                          key(x, "e_date", "edge", "date", "string");
                          key(x, "e_role", "edge", "role", "string");
                          key(x, "e_confidence", "edge", "confidence", "double");
                          // GraphML has no lists: an edge's citations are one JSON array, the
                          // citation objects of the JSONL export
                          key(x, "e_citations", "edge", "citations", "string");
                          x.writeStartElement("graph");
                          x.writeAttribute("id", "cagraph");
                          x.writeAttribute("edgedefault", "directed");
                          x.writeCharacters("\n");
                          stream(
                              tx,
                              "export/actors.cypher",
                              progress("actors", n.actors()),
                              r ->
                                  xml(
                                      () -> {
                                        x.writeStartElement("node");
                                        x.writeAttribute("id", clean(r.get("id").asString()));
                                        data(x, "n_id", r.get("id"));
                                        data(
                                            x,
                                            "n_label",
                                            r.get("name").isNull() ? r.get("id") : r.get("name"));
                                        data(x, "n_type", r.get("label"));
                                        data(x, "n_name", r.get("name"));
                                        data(x, "n_nameZh", r.get("nameZh"));
                                        x.writeEndElement();
                                        x.writeCharacters("\n");
                                      }));
                          long[] edge = {0};
                          stream(
                              tx,
                              "export/relations.cypher",
                              progress("relations", n.relations()),
                              r ->
                                  xml(
                                      () -> {
                                        x.writeStartElement("edge");
                                        x.writeAttribute("id", "e" + edge[0]++);
                                        x.writeAttribute(
                                            "source", clean(r.get("subject").asString()));
                                        x.writeAttribute(
                                            "target", clean(r.get("object").asString()));
                                        if (SYMMETRIC.contains(r.get("predicate").asString())) {
                                          x.writeAttribute("directed", "false");
                                        }
                                        data(x, "e_type", r.get("predicate"));
                                        data(x, "e_date", r.get("date"));
                                        data(x, "e_role", r.get("role"));
                                        data(x, "e_confidence", r.get("confidence"));
                                        x.writeStartElement("data");
                                        x.writeAttribute("key", "e_citations");
                                        x.writeCharacters(
                                            clean(JSON.writeValueAsString(citations(r))));
                                        x.writeEndElement();
                                        x.writeEndElement();
                                        x.writeCharacters("\n");
                                      }));
                          x.writeEndElement();
                          x.writeCharacters("\n");
                          x.writeEndElement();
                          x.writeCharacters("\n");
                          x.writeEndDocument();
                          x.close();
                        }));
            files.commit();
          }
          return n;
        });
  }

  /**
   * nodes.csv, edges.csv and citations.csv (one row per sentence cited for an edge, the edge named
   * by its source, target, type and role): RFC 4180 (CRLF, quoted where needed), UTF-8 with a byte
   * order mark for Excel. Lists (aliases, authors) are joined with " | ".
   */
  public Counts csv(Path nodes, Path edges, Path citations) throws IOException {
    return read(
        tx -> {
          Counts n = counts(tx);
          try (AtomicFiles files = new AtomicFiles()) {
            files.text(
                nodes,
                w -> {
                  w.write('\uFEFF');
                  // "type", not "label": Gephi's spreadsheet import takes a "label" column as the
                  // node's caption
                  csvRow(
                      w,
                      List.of(
                          "id",
                          "type",
                          "name",
                          "nameZh",
                          "nameZhHans",
                          "iso3",
                          "discovered",
                          "aliases"));
                  stream(
                      tx,
                      "export/actors.cypher",
                      progress("actors", n.actors()),
                      r ->
                          csvRow(
                              w,
                              Arrays.asList(
                                  str(r, "id"),
                                  str(r, "label"),
                                  str(r, "name"),
                                  str(r, "nameZh"),
                                  str(r, "nameZhHans"),
                                  str(r, "iso3"),
                                  str(r, "discovered"),
                                  r.get("names").asList(Value::asString).stream()
                                      .collect(Collectors.joining(" | ")))));
                });
            files.text(
                edges,
                w -> {
                  w.write('\uFEFF');
                  csvRow(
                      w,
                      List.of(
                          "source",
                          "target",
                          "type",
                          "directed",
                          "role",
                          "date",
                          "since",
                          "until",
                          "confidence",
                          "sentences"));
                  stream(
                      tx,
                      "export/relations.cypher",
                      progress("relations", n.relations()),
                      r ->
                          csvRow(
                              w,
                              Arrays.asList(
                                  str(r, "subject"),
                                  str(r, "object"),
                                  str(r, "predicate"),
                                  String.valueOf(
                                      !SYMMETRIC.contains(r.get("predicate").asString())),
                                  str(r, "role"),
                                  str(r, "date"),
                                  str(r, "since"),
                                  str(r, "until"),
                                  str(r, "confidence"),
                                  r
                                      .get("citations")
                                      .asList(c -> c.get("sentence").asString())
                                      .stream()
                                      .collect(Collectors.joining(" ")))));
                });
            files.text(
                citations,
                w -> {
                  w.write('\uFEFF');
                  List<String> header =
                      new java.util.ArrayList<>(List.of("source", "target", "type", "role"));
                  header.addAll(CITATION);
                  csvRow(w, header);
                  stream(
                      tx,
                      "export/relations.cypher",
                      Progress.silent(),
                      r -> {
                        for (Value c : r.get("citations").values()) {
                          List<String> row =
                              new java.util.ArrayList<>(
                                  Arrays.asList(
                                      str(r, "subject"),
                                      str(r, "object"),
                                      str(r, "predicate"),
                                      str(r, "role")));
                          for (String f : CITATION) {
                            Value v = c.get(f);
                            row.add(
                                v.isNull()
                                    ? null
                                    : f.equals("authors")
                                        ? v.asList(Value::asString).stream()
                                            .collect(Collectors.joining(" | "))
                                        : v.asObject().toString());
                          }
                          csvRow(w, row);
                        }
                      });
                });
            files.commit();
          }
          return n;
        });
  }

  // --- reading

  private interface ReadWork<T> {
    T run(Transaction tx) throws IOException;
  }

  /** One read transaction for the whole export: every file shows the same state of the graph. */
  private <T> T read(ReadWork<T> work) throws IOException {
    try (Session s = driver.session(session);
        Transaction tx = s.beginTransaction()) {
      T t = work.run(tx);
      tx.commit();
      return t;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Counts counts(Transaction tx) {
    Record r = tx.run(Cypher.load("export/counts.cypher")).single();
    return new Counts(
        r.get("actors").asLong(),
        r.get("relations").asLong(),
        r.get("documents").asLong(),
        r.get("sentences").asLong());
  }

  private interface RowWriter {
    void write(Record r) throws IOException;
  }

  private static void stream(Transaction tx, String file, Progress p, RowWriter w)
      throws IOException {
    Result result = tx.run(Cypher.load(file));
    while (result.hasNext()) {
      w.write(result.next());
      p.add(1);
    }
  }

  private Progress progress(String what, long total) {
    return progressTo == null ? Progress.silent() : new Progress(what, total, progressTo);
  }

  // --- JSONL

  private static ObjectNode actorLine(Record r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", "actor")
        .put("id", str(r, "id"))
        .put("label", str(r, "label"))
        .put("name", str(r, "name"));
    n.put("nameZh", str(r, "nameZh"));
    n.put("nameZhHans", str(r, "nameZhHans"));
    if (!r.get("iso3").isNull()) {
      n.put("iso3", str(r, "iso3"));
    }
    n.put("discovered", r.get("discovered").asBoolean());
    n.set("names", JSON.valueToTree(r.get("names").asList(Value::asString)));
    return n;
  }

  private static ObjectNode relationLine(Record r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", "relation")
        .put("subject", str(r, "subject"))
        .put("predicate", str(r, "predicate"))
        .put("object", str(r, "object"));
    n.put("role", str(r, "role"));
    n.put("date", str(r, "date"));
    n.put("since", str(r, "since"));
    n.put("until", str(r, "until"));
    n.set("confidence", JSON.valueToTree(r.get("confidence").asObject()));
    n.set("dates", JSON.valueToTree(r.get("dates").asList(Value::asString)));
    n.set("rules", JSON.valueToTree(r.get("rules").asList(Value::asString)));
    n.set("citations", citations(r));
    return n;
  }

  /**
   * A relation's citations as JSON objects with the fields of {@link #CITATION}, in that order,
   * null where unknown.
   */
  private static com.fasterxml.jackson.databind.node.ArrayNode citations(Record r) {
    var cites = JSON.createArrayNode();
    for (Value c : r.get("citations").values()) {
      ObjectNode o = cites.addObject();
      for (String f : CITATION) {
        o.set(f, JSON.valueToTree(c.get(f).asObject()));
      }
    }
    return cites;
  }

  private static ObjectNode documentLine(Record r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", "document")
        .put("id", str(r, "id"))
        .put("file", str(r, "file"))
        .put("title", str(r, "title"));
    n.set("authors", JSON.valueToTree(r.get("authors").asList(Value::asString)));
    if (!r.get("year").isNull()) {
      n.set("year", JSON.valueToTree(r.get("year").asObject()));
    }
    if (!r.get("date").isNull()) {
      n.put("date", str(r, "date"));
    }
    n.put("venue", str(r, "venue"))
        .put("language", str(r, "language"))
        .put("sha256", str(r, "sha256"));
    return n;
  }

  private static ObjectNode sentenceLine(Record r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", "sentence").put("id", str(r, "id")).put("doc", str(r, "doc"));
    n.set("index", JSON.valueToTree(r.get("index").asObject()));
    n.put("kind", str(r, "kind")).put("section", str(r, "section")).put("text", str(r, "text"));
    n.set("start", JSON.valueToTree(r.get("start").asObject()));
    n.set("end", JSON.valueToTree(r.get("end").asObject()));
    n.put("quote", str(r, "quote"));
    if (!r.get("article").isNull()) {
      n.put("article", str(r, "article"));
    }
    if (!r.get("articleAuthors").isNull()) {
      n.set("articleAuthors", JSON.valueToTree(r.get("articleAuthors").asList(Value::asString)));
    }
    if (!r.get("page").isNull()) {
      n.set("page", JSON.valueToTree(r.get("page").asObject()));
    }
    var mentions = n.putArray("mentions");
    r.get("actors").asList(Value::asString).forEach(a -> mentions.addObject().put("actor", a));
    return n;
  }

  private static void line(BufferedWriter w, ObjectNode n) throws IOException {
    w.write(JSON.writeValueAsString(n));
    w.write('\n');
  }

  // --- GraphML

  private interface XmlWork {
    void run() throws XMLStreamException, IOException;
  }

  private static void xml(XmlWork w) throws IOException {
    try {
      w.run();
    } catch (XMLStreamException e) {
      throw new IOException("writing GraphML: " + e.getMessage(), e);
    }
  }

  private static void key(XMLStreamWriter x, String id, String forWhat, String name, String type)
      throws XMLStreamException {
    x.writeEmptyElement("key");
    x.writeAttribute("id", id);
    x.writeAttribute("for", forWhat);
    x.writeAttribute("attr.name", name);
    x.writeAttribute("attr.type", type);
    x.writeCharacters("\n");
  }

  /**
   * Absent values are left out: GraphML readers then use their default (empty), not the text
   * "null".
   */
  private static void data(XMLStreamWriter x, String key, Value v) throws XMLStreamException {
    if (v == null || v.isNull()) {
      return;
    }
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    x.writeCharacters(clean(v.asObject().toString()));
    x.writeEndElement();
  }

  /**
   * Characters XML 1.0 cannot carry (control characters, lone surrogates) would make the file
   * unreadable.
   */
  static String clean(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || (Character.isHighSurrogate(c)
                  && i + 1 < s.length()
                  && Character.isLowSurrogate(s.charAt(i + 1)))
              || (Character.isLowSurrogate(c)
                  && i > 0
                  && Character.isHighSurrogate(s.charAt(i - 1)));
      if (!ok && b == null) {
        b = new StringBuilder(s.substring(0, i));
      }
      if (b != null) {
        b.append(ok ? c : '\uFFFD');
      }
    }
    return b == null ? s : b.toString();
  }

  // --- CSV

  static void csvRow(BufferedWriter w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(csvCell(cells.get(i)));
    }
    w.write("\r\n");
  }

  static String csvCell(String s) {
    if (s == null) {
      return "";
    }
    boolean quote =
        s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  private static String str(Record r, String key) {
    Value v = r.get(key);
    return v.isNull() ? null : v.asObject().toString();
  }
}
