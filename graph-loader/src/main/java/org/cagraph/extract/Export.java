package org.cagraph.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cagraph.actors.Actor;
import org.cagraph.actors.Mention;
import org.cagraph.relations.Citation;
import org.cagraph.relations.Periods;
import org.cagraph.relations.Relation;
import org.cagraph.relations.Statement;
import org.cagraph.text.Paper;
import org.cagraph.text.Sentence;

/**
 * Writes the statements file (the JSONL contract of DESIGN.md: actor and relation lines) and,
 * beside it, {@code *.sentences.jsonl} with documents, sentences, mentions and the claims kept
 * apart (negated or hypothetical). Both are written to temporary files and moved into place
 * together ({@link AtomicFiles}): a failure, a full disk included, leaves the previous files as
 * they were.
 */
public final class Export {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Export() {}

  public static Path sidecar(Path statements) {
    String n = statements.getFileName().toString();
    String base = n.endsWith(".jsonl") ? n.substring(0, n.length() - 6) : n;
    return statements.resolveSibling(base + ".sentences.jsonl");
  }

  public static void write(Extraction.Result r, Path out) throws IOException {
    Set<String> used = new LinkedHashSet<>();
    r.mentions().values().forEach(ms -> ms.forEach(m -> used.add(m.actor().id())));
    r.relations()
        .forEach(
            rel -> {
              used.add(rel.subject());
              used.add(rel.object());
            });
    // both files complete before either replaces its previous version: a full disk leaves the old
    // pair as it was
    try (AtomicFiles files = new AtomicFiles()) {
      files.text(
          out,
          w -> {
            // by id: the same corpus gives the same bytes, whatever order discovery found the
            // actors in
            for (Actor a :
                r.actors().values().stream()
                    .sorted(java.util.Comparator.comparing(Actor::id))
                    .toList()) {
              if (used.contains(a.id())) {
                line(w, actor(a));
              }
            }
            for (Relation rel : r.relations()) {
              line(w, relation(rel));
            }
          });
      files.text(
          sidecar(out),
          w -> {
            for (Paper p : r.papers()) {
              for (String l : paperLines(p, r.documents().get(p.id()), r.mentions()::get)) {
                w.write(l);
                w.write('\n');
              }
            }
            for (Statement st : r.statements()) {
              if (!st.asserted()) {
                line(w, claim(st));
              }
            }
          });
      files.commit();
    }
  }

  /**
   * A paper's lines of the sentences file: its document, then its sentences with their mentions.
   */
  public static List<String> paperLines(
      Paper p, DocumentInfo d, java.util.function.Function<String, List<Mention>> mentions)
      throws IOException {
    List<String> out = new java.util.ArrayList<>();
    out.add(JSON.writeValueAsString(document(d, p)));
    for (Sentence s : p.sentences()) {
      out.add(JSON.writeValueAsString(sentence(p, s, mentions.apply(s.id()), d)));
    }
    return out;
  }

  /** The line of the sentences file for a claim kept apart (negated, hypothetical, ended). */
  public static String claimLine(Statement st) throws IOException {
    return JSON.writeValueAsString(claim(st));
  }

  /** The line of the statements file for an actor. */
  public static String actorLine(Actor a) throws IOException {
    return JSON.writeValueAsString(actor(a));
  }

  /** The line of the statements file for a relation. */
  public static String relationLine(Relation r) throws IOException {
    return JSON.writeValueAsString(relation(r));
  }

  private static void line(BufferedWriter w, ObjectNode n) throws IOException {
    w.write(JSON.writeValueAsString(n));
    w.write('\n');
  }

  static ObjectNode actor(Actor a) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", "actor").put("id", a.id()).put("label", a.label()).put("name", a.name());
    n.put("nameZh", a.nameZh());
    n.put("nameZhHans", a.nameZhHans());
    if (a.iso3() != null) {
      n.put("iso3", a.iso3());
    }
    n.put("discovered", a.discovered());
    ArrayNode names = n.putArray("names");
    a.names().forEach(names::add);
    return n;
  }

  static ObjectNode relation(Relation r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", "relation")
        .put("subject", r.subject())
        .put("predicate", r.predicate())
        .put("object", r.object());
    n.put("role", r.role());
    n.put("date", r.date());
    n.put("since", r.since());
    n.put("until", r.until());
    n.put("confidence", r.confidence());
    ArrayNode dates = n.putArray("dates");
    r.dates().forEach(dates::add);
    ArrayNode rules = n.putArray("rules");
    r.rules().forEach(rules::add);
    ArrayNode cites = n.putArray("citations");
    for (Citation c : r.citations()) {
      ObjectNode cn =
          cites
              .addObject()
              .put("doc", c.doc())
              .put("sentence", c.sentence())
              .put("start", c.start())
              .put("end", c.end())
              .put("quote", c.quote())
              .put("rule", c.rule());
      if (c.endsOnly()) {
        cn.put(
            "endsOnly",
            true); // bounds the relation without stating it: an end, or a head of state's act
      }
      ArrayNode rs = cn.putArray("readings");
      c.readings().forEach(t -> rs.addObject().put("kind", t.kind()).put("date", t.date()));
    }
    ArrayNode periods = n.putArray("periods");
    for (Periods.Period p : r.timeline().periods()) {
      periods
          .addObject()
          .put("start", p.start())
          .put("startSentence", p.startSentence())
          .put("end", p.end())
          .put("endSentence", p.endSentence())
          .put("seen", p.seen());
    }
    ArrayNode conflicts = n.putArray("conflicts");
    for (Periods.Conflict c : r.timeline().conflicts()) {
      ObjectNode cn = conflicts.addObject().put("bound", c.bound()).put("period", c.period());
      ArrayNode sides = cn.putArray("sides");
      c.sides()
          .forEach(
              sd ->
                  sides
                      .addObject()
                      .put("date", sd.date())
                      .put("sentence", sd.sentence())
                      .put("doc", sd.doc()));
    }
    return n;
  }

  private static ObjectNode document(DocumentInfo d, Paper p) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", "document").put("id", p.id()).put("file", d.file()).put("title", d.title());
    ArrayNode authors = n.putArray("authors");
    d.authors().forEach(authors::add);
    if (d.year() != null) {
      n.put("year", d.year());
    }
    if (d.date() != null) {
      n.put("date", d.date());
    }
    n.put("venue", d.venue())
        .put("language", d.language())
        .put("sha256", p.source().sha256())
        .put("format", p.source().format());
    return n;
  }

  private static ObjectNode sentence(Paper p, Sentence s, List<Mention> ms, DocumentInfo d) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", "sentence")
        .put("id", s.id())
        .put("doc", p.id())
        .put("index", s.index())
        .put("kind", s.kind().name())
        .put("section", s.section())
        .put("text", s.text())
        .put("start", p.source().codePoint(s.start()))
        .put("end", p.source().codePoint(s.end()))
        .put("quote", s.original(p.source()));
    int line =
        (int) p.source().text().substring(0, s.start()).chars().filter(c -> c == '\n').count() + 1;
    DocumentInfo.Article art = d.articleAt(line);
    if (art != null) {
      n.put("article", art.title());
      ArrayNode aa = n.putArray("articleAuthors");
      art.authors().forEach(aa::add);
    }
    if (!p.source().pageStarts().isEmpty()) {
      n.put("page", p.source().page(s.start()));
    }
    ArrayNode mentions = n.putArray("mentions");
    for (Mention m : ms) {
      mentions
          .addObject()
          .put("actor", m.actor().id())
          .put("begin", m.begin())
          .put("end", m.end())
          .put("method", m.method())
          .put("confidence", m.confidence());
    }
    return n;
  }

  private static ObjectNode claim(Statement st) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", "claim")
        .put("status", st.status())
        .put("subject", st.subject())
        .put("predicate", st.predicate())
        .put("object", st.object())
        .put("role", st.role())
        .put("date", st.date())
        .put("sentence", st.sentence().id())
        .put("rule", st.rule());
    return n;
  }

  /** Maps for tests and tools that read an export back. */
  public static Map<String, Object> readLine(String json) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> m = JSON.readValue(json, Map.class);
    return m;
  }
}
