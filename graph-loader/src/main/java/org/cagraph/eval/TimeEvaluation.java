package org.cagraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cagraph.relations.Periods;
import org.cagraph.relations.RuleSet;

/**
 * Scores time (issue 17) against the temporal gold of {@code data/time}: as-of questions answered
 * from the extracted relations' periods exactly as the API answers them ({@link
 * Periods.Timeline#holds}; a relation no sentence dates is not listed as holding), the reported
 * conflicts against the genuine disagreements annotated, and the typed reading of each annotated
 * sentence. Every item has a split (train or dev) by a hash of its key, as the relation gold does.
 */
public final class TimeEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TimeEvaluation() {}

  /**
   * One extracted relation: its key and timeline, and its citations' quotes (white space removed)
   * and readings.
   */
  record Extracted(
      String subject,
      String predicate,
      String object,
      String role,
      Periods.Timeline timeline,
      List<String[]> readings) {}

  /** Counts of one split. */
  public record Score(
      int includes,
      int includesRight,
      int excludes,
      int excludesRight,
      int excludesOfExtracted,
      int excludesOfExtractedRight,
      int questions,
      int questionsRight,
      int conflictsReported,
      int conflictsGenuine,
      int goldConflicts,
      int goldConflictsFound,
      int notConflicts,
      int notConflictsReported,
      int readings,
      int readingsCited,
      int readingKindRight,
      int readingDateRight,
      List<String> errors) {

    public double asOfAccuracy() {
      int n = includes + excludes;
      return n == 0 ? Double.NaN : (includesRight + excludesRight) / (double) n;
    }
  }

  public static Map<String, Score> run(Path goldDir, Path statements) {
    List<Extracted> extracted = extracted(statements);
    Map<String, Score> out = new java.util.LinkedHashMap<>();
    for (String split : List.of(Split.TRAIN, Split.DEV)) {
      out.put(split, score(goldDir, extracted, split));
    }
    return out;
  }

  private static Score score(Path dir, List<Extracted> ex, String split) {
    List<String> errors = new ArrayList<>();
    int inc = 0, incR = 0, exc = 0, excR = 0, excX = 0, excXR = 0, q = 0, qR = 0;
    for (JsonNode n : lines(dir.resolve("asof.jsonl"))) {
      String actor = n.path("actor").asText();
      String asOf = n.path("asOf").asText();
      if (!Split.of("asof:" + actor, asOf).equals(split)) {
        continue;
      }
      q++;
      boolean all = true;
      for (String side : List.of("includes", "excludes")) {
        boolean want = side.equals("includes");
        for (JsonNode item : n.path(side)) {
          List<Extracted> rels = find(ex, actor, item);
          boolean held = rels.stream().anyMatch(r -> Boolean.TRUE.equals(r.timeline().holds(asOf)));
          boolean right = held == want;
          if (want) {
            inc++;
            incR += right ? 1 : 0;
          } else {
            exc++;
            excR += right ? 1 : 0;
            if (!rels.isEmpty()) {
              excX++;
              excXR += right ? 1 : 0;
            }
          }
          all &= right;
          if (!right) {
            errors.add(
                String.format(
                    "as-of %s %s: %s %s %s %s — %s",
                    actor,
                    asOf,
                    want ? "missing" : "listed",
                    item.path("predicate").asText(),
                    item.path("direction").asText("out"),
                    item.path("other").asText(),
                    rels.isEmpty() ? "no such relation extracted" : "periods " + periods(rels)));
          }
        }
      }
      qR += all ? 1 : 0;
    }
    // conflicts: every one reported on a relation of this split, against the genuine ones annotated
    Set<String> gold = new LinkedHashSet<>();
    for (JsonNode n : lines(dir.resolve("conflicts.jsonl"))) {
      String k =
          key(n.path("subject").asText(), n.path("predicate").asText(), n.path("object").asText());
      if (splitOf(k).equals(split)) {
        gold.add(k + "|" + n.path("bound").asText());
      }
    }
    Set<String> nots = new LinkedHashSet<>();
    for (JsonNode n : lines(dir.resolve("not-conflicts.jsonl"))) {
      String k =
          key(n.path("subject").asText(), n.path("predicate").asText(), n.path("object").asText());
      if (splitOf(k).equals(split)) {
        nots.add(k);
      }
    }
    Set<String> reported = new LinkedHashSet<>();
    for (Extracted r : ex) {
      String k = key(r.subject(), r.predicate(), r.object());
      if (splitOf(k).equals(split)) {
        r.timeline().conflicts().forEach(c -> reported.add(k + "|" + c.bound()));
      }
    }
    int genuine = 0;
    for (String r : reported) {
      if (gold.contains(r)) {
        genuine++;
      } else {
        errors.add("conflict reported, not in the gold: " + r);
      }
    }
    int found = 0;
    for (String g : gold) {
      if (reported.contains(g)) {
        found++;
      } else {
        errors.add("conflict missed: " + g);
      }
    }
    int notsReported = 0;
    for (String k : nots) {
      // a relation both readers list (one paper's dates agree, another paper's disagree) counts
      // only when the
      // conflict reported is not the genuine one
      if (reported.stream().anyMatch(r -> r.startsWith(k + "|") && !gold.contains(r))) {
        notsReported++;
        errors.add("different events reported as a conflict: " + k);
      }
    }
    // readings: the kind and date of each annotated sentence's reading, where the relation cites
    // that sentence
    int rd = 0, cited = 0, kindR = 0, dateR = 0;
    for (JsonNode n : lines(dir.resolve("readings.jsonl"))) {
      String k =
          key(n.path("subject").asText(), n.path("predicate").asText(), n.path("object").asText());
      if (!splitOf(k).equals(split)) {
        continue;
      }
      rd++;
      String quote = n.path("quote").asText().replaceAll("\\s+", "");
      String kind = n.path("reading").asText();
      String date = n.path("date").isTextual() ? n.path("date").asText() : null;
      List<String[]> mine = new ArrayList<>();
      for (Extracted r : ex) {
        if (key(r.subject(), r.predicate(), r.object()).equals(k)) {
          r.readings().stream()
              .filter(x -> x[0].contains(quote) || quote.contains(x[0]))
              .forEach(mine::add);
        }
      }
      if (mine.isEmpty()) {
        continue;
      }
      cited++;
      boolean kr = mine.stream().anyMatch(x -> x[1].equals(kind));
      // a date the text leaves unresolved (目前 in an undated paper) is right when read as none
      boolean dr =
          mine.stream()
              .anyMatch(
                  x ->
                      x[1].equals(kind)
                          && (date == null
                              ? x[2].isEmpty()
                              : !x[2].isEmpty() && Periods.agree(date, x[2])));
      kindR += kr ? 1 : 0;
      dateR += dr ? 1 : 0;
      if (!kr || !dr) {
        errors.add(
            String.format(
                "reading %s %s %s: gold %s %s, read %s",
                k,
                n.path("doc").asText(),
                quote.substring(0, Math.min(40, quote.length())),
                kind,
                date,
                mine.stream().map(x -> x[1] + " " + x[2]).toList()));
      }
    }
    return new Score(
        inc,
        incR,
        exc,
        excR,
        excX,
        excXR,
        q,
        qR,
        reported.size(),
        genuine,
        gold.size(),
        found,
        nots.size(),
        notsReported,
        rd,
        cited,
        kindR,
        dateR,
        List.copyOf(errors));
  }

  /**
   * The split of a relation's temporal gold: a hash of its key, as {@link Split} does for
   * sentences.
   */
  static String splitOf(String key) {
    return Split.of("time", key);
  }

  /** Subject|type|object, the pair in order for a symmetric type (as the graph stores it). */
  static String key(String s, String p, String o) {
    if (RuleSet.SYMMETRIC.contains(p) && s.compareTo(o) > 0) {
      return o + "|" + p + "|" + s;
    }
    return s + "|" + p + "|" + o;
  }

  private static List<Extracted> find(List<Extracted> ex, String actor, JsonNode item) {
    String p = item.path("predicate").asText();
    String other = item.path("other").asText();
    boolean in = item.path("direction").asText("out").equals("in");
    String role = item.path("role").isTextual() ? item.path("role").asText() : null;
    String k = in ? key(other, p, actor) : key(actor, p, other);
    return ex.stream()
        .filter(
            r ->
                key(r.subject(), r.predicate(), r.object()).equals(k)
                    && (role == null || role.equals(r.role())))
        .toList();
  }

  private static String periods(List<Extracted> rels) {
    List<String> out = new ArrayList<>();
    for (Extracted r : rels) {
      if (r.timeline().periods().isEmpty()) {
        out.add("undated");
      }
      r.timeline()
          .periods()
          .forEach(
              p ->
                  out.add(
                      "["
                          + (p.start() == null
                              ? (p.seen() == null ? "?" : "?" + p.seen())
                              : p.start())
                          + ", "
                          + (p.end() == null ? "" : p.end())
                          + ")"));
    }
    return String.join(" ", out);
  }

  static List<Extracted> extracted(Path statements) {
    List<Extracted> out = new ArrayList<>();
    for (JsonNode n : lines(statements)) {
      if (!n.path("type").asText().equals("relation")) {
        continue;
      }
      List<Periods.Period> ps = new ArrayList<>();
      for (JsonNode p : n.path("periods")) {
        ps.add(
            new Periods.Period(
                text(p, "start"),
                text(p, "startSentence"),
                text(p, "end"),
                text(p, "endSentence"),
                text(p, "seen")));
      }
      List<Periods.Conflict> cs = new ArrayList<>();
      for (JsonNode c : n.path("conflicts")) {
        List<Periods.Side> sides = new ArrayList<>();
        c.path("sides")
            .forEach(
                s ->
                    sides.add(
                        new Periods.Side(text(s, "date"), text(s, "sentence"), text(s, "doc"))));
        cs.add(new Periods.Conflict(c.path("bound").asText(), c.path("period").asInt(), sides));
      }
      List<String[]> rs = new ArrayList<>();
      for (JsonNode c : n.path("citations")) {
        String quote = c.path("quote").asText().replaceAll("\\s+", "");
        for (JsonNode r : c.path("readings")) {
          rs.add(new String[] {quote, r.path("kind").asText(), r.path("date").asText("")});
        }
      }
      out.add(
          new Extracted(
              n.path("subject").asText(),
              n.path("predicate").asText(),
              n.path("object").asText(),
              text(n, "role"),
              new Periods.Timeline(ps, cs),
              rs));
    }
    return out;
  }

  private static String text(JsonNode n, String f) {
    return n.path(f).isTextual() ? n.path(f).asText() : null;
  }

  private static List<JsonNode> lines(Path f) {
    if (!Files.exists(f)) {
      throw new IllegalArgumentException(
          f + ": no such file (the temporal gold, see data/time/README.md)");
    }
    List<JsonNode> out = new ArrayList<>();
    try {
      int n = 0;
      for (String line : Files.readAllLines(f)) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(JSON.readTree(line));
        } catch (IOException e) {
          throw new IllegalArgumentException(f + ":" + n + ": not valid JSON");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
