package org.cagraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * An OpenAPI-driven fuzz of every GET operation: {@code /v3/api-docs} is read, and each path and
 * query parameter of each operation gets odd values (empty, very long, Unicode, an encoded slash,
 * backslash or NUL, broken escapes, negative and huge numbers, wrong types, SQL-, Cypher- and
 * Lucene-looking strings, unknown enum and type names, impossible dates) while the others keep a
 * good value; then seeded random mixes of odd, good and absent values, missing required parameters,
 * repeated and unknown parameters. No answer may be a 5xx, and every 4xx must be {@code
 * application/problem+json} with a {@code detail}.
 *
 * <p>The requests are written as raw bytes on a socket, as curl would send them, so that values a
 * URI class refuses ({@code %zz}, a bare {@code |}, raw UTF-8) reach Tomcat too. The seed is fixed:
 * the same ~1,900 requests every run, in well under a minute against the in-process Neo4j of {@link
 * GraphFixture}.
 */
class ApiFuzzIT extends ApiTestSupport {
  private static final long SEED = 20_2611L;
  private static final int MIXES_PER_OPERATION = 15;

  @LocalServerPort int port;

  /**
   * A good value for each parameter name the API uses; an unknown name falls back to its schema
   * type.
   */
  private static final Map<String, String> GOOD =
      Map.ofEntries(
          Map.entry("q", "Kazakh"),
          Map.entry("actor", "kazakhstan"),
          Map.entry("a", "kazakhstan"),
          Map.entry("b", "russia"),
          Map.entry("from", "kazakhstan"),
          Map.entry("to", "russia"),
          Map.entry("center", "kazakhstan"),
          Map.entry("type", "MEMBER_OF"),
          Map.entry("types", "MEMBER_OF,BORDERS"),
          Map.entry("page", "1"),
          Map.entry("size", "5"),
          Map.entry("depth", "1"),
          Map.entry("maxHops", "2"),
          Map.entry("asOf", "2005"),
          Map.entry("direction", "out"),
          Map.entry("undated", "true"),
          Map.entry("minConfidence", "0.5"));

  /**
   * Odd values as they go on the wire: percent-encoded by {@link #enc}, or raw bytes where marked
   * so.
   */
  static List<String> oddValues() {
    List<String> v =
        new ArrayList<>(
            List.of(
                "",
                "%20",
                "%2F",
                "a%2Fb",
                "%5C",
                "a%5Cb",
                "%00",
                "a%00b",
                "%FF",
                "%C3%28",
                "%25",
                "..",
                "%2E%2E",
                "-1",
                "0",
                "-2147483649",
                "2147483648",
                "99999999999999999999999",
                "1e308",
                "NaN",
                "Infinity",
                "1.5",
                "true",
                "FOO",
                "member_of",
                "2005-13-40",
                "2005-02-30",
                "0000-00-00",
                "-2005",
                "2005-W01",
                "2005-01-01T00:00",
                "%0D%0ASet-Cookie:x=1"));
    for (String s :
        List.of(
            "a".repeat(5_000),
            "哈".repeat(2_000),
            "哈薩克",
            "Казахстан",
            "😀",
            "\u202Eevil",
            "\uFEFF",
            "{\"a\":1}",
            "' OR '1'='1",
            "') MATCH (n) DETACH DELETE n //",
            "$id",
            "*",
            "kazakhstan~",
            "a AND OR (",
            "\"",
            "MEMBER_OF|BORDERS",
            ",,",
            "MEMBER_OF,FOO",
            "<script>alert(1)</script>",
            "a&b=c",
            "#x")) {
      v.add(enc(s));
    }
    // raw, as a careless client sends them: Tomcat parses these itself before the API sees anything
    v.addAll(List.of("RAW:%", "RAW:%zz", "RAW:|", "RAW:哈薩克", "RAW:a\\b"));
    return v;
  }

  record Param(String name, String in, boolean required, String type) {}

  record Operation(String path, List<Param> params) {}

  record Answer(int status, String contentType, String body) {}

  @Test
  void everyGetOperationAnswersOddValuesWithoutA5xxAndWithProblemJson4xx() throws Exception {
    List<Operation> ops = operations(get("/v3/api-docs", HttpStatus.OK));
    assertThat(ops).hasSizeGreaterThanOrEqualTo(12);
    List<String> odd = oddValues();
    Random random = new Random(SEED);
    List<String> targets = new ArrayList<>();
    List<String> opOf = new ArrayList<>();
    for (Operation op : ops) {
      Map<String, String> good = new LinkedHashMap<>();
      op.params().forEach(p -> good.put(p.name(), good(op, p)));
      targets.add(target(op, good));
      for (Param p : op.params()) {
        for (String value : odd) {
          Map<String, String> values = new LinkedHashMap<>(good);
          values.put(p.name(), value);
          targets.add(target(op, values));
        }
        if (p.in().equals("query")) {
          Map<String, String> without = new LinkedHashMap<>(good);
          without.remove(p.name());
          targets.add(target(op, without));
          targets.add(
              plus(
                  target(op, good),
                  p.name() + "=" + enc("FOO") + "&" + p.name() + "=" + good.get(p.name())));
        }
      }
      targets.add(plus(target(op, good), "unknown=%00"));
      for (int i = 0; i < MIXES_PER_OPERATION; i++) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Param p : op.params()) {
          int roll = random.nextInt(p.in().equals("path") ? 2 : 3);
          if (roll == 0) {
            values.put(p.name(), odd.get(random.nextInt(odd.size())));
          } else if (roll == 1) {
            values.put(p.name(), good.get(p.name()));
          }
        }
        targets.add(target(op, values));
      }
      while (opOf.size() < targets.size()) {
        opOf.add(op.path());
      }
    }

    List<String> failures = new ArrayList<>();
    Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    long t0 = System.nanoTime();
    Map<String, Long> millis = new java.util.TreeMap<>();
    java.util.PriorityQueue<Map.Entry<Long, String>> slowest =
        new java.util.PriorityQueue<>(Map.Entry.comparingByKey());
    for (int i = 0; i < targets.size(); i++) {
      String t = targets.get(i);
      long t1 = System.nanoTime();
      Answer a = send(t);
      long ms = (System.nanoTime() - t1) / 1_000_000;
      millis.merge(opOf.get(i), ms, Long::sum);
      slowest.add(Map.entry(ms, shorten(t)));
      if (slowest.size() > 5) {
        slowest.poll();
      }
      statuses.merge(a.status(), 1, Integer::sum);
      String failure = check(a);
      if (failure != null) {
        failures.add(a.status() + " " + shorten(t) + ": " + failure + " -> " + shorten(a.body()));
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.err.printf(
        Locale.ROOT,
        "api fuzz: %d requests over %d GET operations in %.1f s, statuses %s, ms per "
            + "operation %s, slowest %s%n",
        targets.size(),
        ops.size(),
        seconds,
        statuses,
        millis,
        slowest);
    assertThat(targets.size()).isBetween(500, 2_500);
    assertThat(failures)
        .as(failures.size() + " of " + targets.size() + " answers break the contract")
        .isEmpty();
  }

  /** Null when the answer keeps the contract, else what is wrong with it. */
  static String check(Answer a) {
    if (a.status() >= 500) {
      return "a server error";
    }
    if (a.status() < 400) {
      return a.status() >= 100 ? null : "no HTTP answer";
    }
    if (a.contentType() == null
        || !a.contentType().toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
      return "a " + a.status() + " of " + a.contentType() + ", not application/problem+json";
    }
    try {
      JsonNode p = JSON.readTree(a.body());
      if (p == null || !p.hasNonNull("detail") || p.get("detail").asText().isBlank()) {
        return "a problem without a detail";
      }
      if (p.path("status").asInt() != a.status()) {
        return "a problem whose status is not the answer's";
      }
    } catch (IOException e) {
      return "a problem body that is not JSON";
    }
    return null;
  }

  /** The GET operations of the description with their path and query parameters. */
  static List<Operation> operations(JsonNode api) {
    List<Operation> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = api.get("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode get = e.getValue().get("get");
      if (get == null) {
        continue;
      }
      List<Param> params = new ArrayList<>();
      for (JsonNode p : get.path("parameters")) {
        String in = p.path("in").asText();
        if (in.equals("path") || in.equals("query")) {
          params.add(
              new Param(
                  p.get("name").asText(),
                  in,
                  p.path("required").asBoolean(),
                  p.path("schema").path("type").asText("string")));
        }
      }
      out.add(new Operation(e.getKey(), params));
    }
    return out;
  }

  private static String good(Operation op, Param p) {
    if (op.path().startsWith("/api/sentences/") && p.name().equals("id")) {
      return enc("003_8dee7df64dc63a72:492");
    }
    if (p.name().equals("id")) {
      return "kazakhstan";
    }
    String v = GOOD.get(p.name());
    if (v != null) {
      return enc(v);
    }
    return switch (p.type()) {
      case "integer", "number" -> "1";
      case "boolean" -> "true";
      default -> "kazakhstan";
    };
  }

  /**
   * The request target: path variables filled in, query parameters appended; a null value leaves
   * one out.
   */
  private static String target(Operation op, Map<String, String> values) {
    String path = op.path();
    StringBuilder query = new StringBuilder();
    for (Param p : op.params()) {
      String v = values.get(p.name());
      if (p.in().equals("path")) {
        path = path.replace("{" + p.name() + "}", v == null ? "" : raw(v));
      } else if (v != null) {
        query.append(query.length() == 0 ? "?" : "&").append(p.name()).append('=').append(raw(v));
      }
    }
    return path + query;
  }

  private static String plus(String target, String parameter) {
    return target + (target.contains("?") ? "&" : "?") + parameter;
  }

  private static String raw(String v) {
    return v.startsWith("RAW:") ? v.substring(4) : v;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String shorten(String s) {
    return s == null
        ? "null"
        : s.length() <= 160 ? s : s.substring(0, 160) + "…(" + s.length() + ")";
  }

  /** One GET on a fresh connection, the target written as UTF-8 bytes as it is. */
  private Answer send(String target) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("GET "
                  + target
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      return parse(all.toByteArray());
    }
  }

  static Answer parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.1 ") || end < 0) {
      return new Answer(0, null, text);
    }
    String[] head = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(head[0].substring(9, 12));
    String contentType = null;
    boolean chunked = false;
    for (String h : head) {
      String lower = h.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-type:")) {
        contentType = h.substring(13).strip();
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
    if (chunked) {
      ByteArrayOutputStream joined = new ByteArrayOutputStream();
      int i = 0;
      while (i < body.length) {
        int eol = new String(body, i, body.length - i, StandardCharsets.ISO_8859_1).indexOf("\r\n");
        if (eol < 0) {
          break;
        }
        int size =
            Integer.parseInt(
                new String(body, i, eol, StandardCharsets.ISO_8859_1).split(";")[0].strip(), 16);
        if (size == 0) {
          break;
        }
        joined.write(body, i + eol + 2, Math.min(size, body.length - i - eol - 2));
        i += eol + 2 + size + 2;
      }
      body = joined.toByteArray();
    }
    return new Answer(status, contentType, new String(body, StandardCharsets.UTF_8));
  }
}
